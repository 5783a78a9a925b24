/**
 * The draft case kept in the browser: sessionStorage by default, localStorage when the user keeps
 * it on the device, unit choices in the session. Both storages are in-memory fakes of the Web
 * Storage interface, so each test sees exactly what was written where.
 */
import { beforeEach, describe, expect, test } from "vitest";
import type { AssessmentInput } from "@/lib/assessment/schema";
import {
  DRAFT_KEY,
  EMPTY_DRAFT,
  KEEP_KEY,
  NOTICE_KEY,
  UNITS_KEY,
  clearDraft,
  keepsOnDevice,
  loadDraft,
  loadUnits,
  saveDraft,
  saveUnits,
  setKeepOnDevice,
  type Stores,
} from "@/lib/form";
import { builtinScenarios } from "@/lib/scenarios/builtin/index";

/** The Web Storage interface over a Map (values are strings, as in the browser). */
class MemoryStorage implements Storage {
  [name: string]: unknown;
  readonly #items = new Map<string, string>();

  get length(): number {
    return this.#items.size;
  }

  clear(): void {
    this.#items.clear();
  }

  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.#items.delete(key);
  }

  setItem(key: string, value: string): void {
    this.#items.set(key, String(value));
  }

  keys(): string[] {
    return [...this.#items.keys()];
  }
}

const CASE: AssessmentInput = builtinScenarios()[0]!.answerKey;

let session: MemoryStorage;
let local: MemoryStorage;
let stores: Stores;

beforeEach(() => {
  session = new MemoryStorage();
  local = new MemoryStorage();
  stores = { session, local };
});

describe("loadDraft", () => {
  test("with nothing stored, the draft is empty", () => {
    expect(loadDraft(stores)).toEqual({ schemaVersion: 1 });
    expect(loadDraft(stores)).toEqual(EMPTY_DRAFT);
  });

  test.each([
    ["damaged JSON", "{\"schemaVersion\": 1, \"vitals\": {"],
    ["JSON null", "null"],
    ["a number", "42"],
    ["a list", "[]"],
    ["another schema version", "{\"schemaVersion\": 2, \"label\": \"from the future\"}"],
  ])("%s gives the empty draft", (_name, text) => {
    session.setItem(DRAFT_KEY, text);
    expect(loadDraft(stores)).toEqual(EMPTY_DRAFT);
  });
});

describe("saveDraft", () => {
  test("what is saved is loaded back", () => {
    saveDraft(stores, CASE);
    expect(loadDraft(stores)).toEqual(CASE);
  });

  test("by default the draft lives in the session only", () => {
    saveDraft(stores, CASE);
    expect(JSON.parse(session.getItem(DRAFT_KEY) ?? "null")).toEqual(CASE);
    expect(local.length).toBe(0);
    expect(keepsOnDevice(stores)).toBe(false);
  });

  test("a later save replaces the earlier one", () => {
    saveDraft(stores, CASE);
    saveDraft(stores, { schemaVersion: 1, label: "Second case" });
    expect(loadDraft(stores)).toEqual({ schemaVersion: 1, label: "Second case" });
  });
});

describe("setKeepOnDevice", () => {
  test("keeping on the device moves the draft to local storage and out of the session", () => {
    saveDraft(stores, CASE);
    setKeepOnDevice(stores, true);
    expect(keepsOnDevice(stores)).toBe(true);
    expect(local.getItem(KEEP_KEY)).toBe("true");
    expect(JSON.parse(local.getItem(DRAFT_KEY) ?? "null")).toEqual(CASE);
    expect(session.getItem(DRAFT_KEY)).toBeNull();
    expect(loadDraft(stores)).toEqual(CASE);
  });

  test("while kept on the device, saves go to local storage", () => {
    setKeepOnDevice(stores, true);
    saveDraft(stores, CASE);
    expect(JSON.parse(local.getItem(DRAFT_KEY) ?? "null")).toEqual(CASE);
    expect(session.getItem(DRAFT_KEY)).toBeNull();
  });

  test("a device draft survives the session: a new session sees it", () => {
    setKeepOnDevice(stores, true);
    saveDraft(stores, CASE);
    expect(loadDraft({ session: new MemoryStorage(), local })).toEqual(CASE);
  });

  test("turning it off moves the draft back to the session and forgets the option", () => {
    saveDraft(stores, CASE);
    setKeepOnDevice(stores, true);
    setKeepOnDevice(stores, false);
    expect(keepsOnDevice(stores)).toBe(false);
    expect(local.getItem(KEEP_KEY)).toBeNull();
    expect(local.getItem(DRAFT_KEY)).toBeNull();
    expect(JSON.parse(session.getItem(DRAFT_KEY) ?? "null")).toEqual(CASE);
    expect(loadDraft(stores)).toEqual(CASE);
  });

  test("with no draft yet, the option still moves an empty draft", () => {
    setKeepOnDevice(stores, true);
    expect(loadDraft(stores)).toEqual(EMPTY_DRAFT);
    expect(session.getItem(DRAFT_KEY)).toBeNull();
  });
});

describe("clearDraft", () => {
  test("removes the draft from both storages", () => {
    saveDraft(stores, CASE);
    local.setItem(DRAFT_KEY, JSON.stringify(CASE));
    clearDraft(stores);
    expect(session.getItem(DRAFT_KEY)).toBeNull();
    expect(local.getItem(DRAFT_KEY)).toBeNull();
    expect(loadDraft(stores)).toEqual(EMPTY_DRAFT);
  });

  test("keeps the unit choices, the notice acknowledgement and the keep-on-device option", () => {
    saveUnits(stores, { "vitals.temperatureMaxC": "°F" });
    session.setItem(NOTICE_KEY, "true");
    setKeepOnDevice(stores, true);
    saveDraft(stores, CASE);
    clearDraft(stores);
    expect(loadUnits(stores)).toEqual({ "vitals.temperatureMaxC": "°F" });
    expect(session.getItem(NOTICE_KEY)).toBe("true");
    expect(keepsOnDevice(stores)).toBe(true);
    expect(loadDraft(stores)).toEqual(EMPTY_DRAFT);
  });
});

describe("unit choices", () => {
  test("with nothing stored, every field is in its canonical unit", () => {
    expect(loadUnits(stores)).toEqual({});
  });

  test("are saved in the session and loaded back", () => {
    const units = { "vitals.temperatureMaxC": "°F", "labs.plateletsE9PerL": "/µL" };
    saveUnits(stores, units);
    expect(JSON.parse(session.getItem(UNITS_KEY) ?? "null")).toEqual(units);
    expect(local.keys()).toEqual([]);
    expect(loadUnits(stores)).toEqual(units);
  });

  test("stay in the session even while the draft is kept on the device", () => {
    setKeepOnDevice(stores, true);
    saveUnits(stores, { "labs.fibrinogenGPerL": "mg/dL" });
    expect(session.getItem(UNITS_KEY)).not.toBeNull();
    expect(local.getItem(UNITS_KEY)).toBeNull();
  });

  test("a damaged copy reads as no choices", () => {
    session.setItem(UNITS_KEY, "{°F");
    expect(loadUnits(stores)).toEqual({});
  });
});
