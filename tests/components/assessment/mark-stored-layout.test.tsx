/**
 * The script that runs before a prerendered step's first paint: it marks the html element with
 * what the stored case changes in the step's layout, reading the storage the way the draft code
 * writes it (the stores are filled here with lib/form's own functions, not by hand).
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { STORED_LAYOUT_ATTRIBUTES, markStoredLayout } from "@/components/assessment/mark-stored-layout";
import { ICE_MIN_AGE_YEARS, encephalopathyTests } from "@/lib/assessment/derived";
import type { AssessmentInput } from "@/lib/assessment/schema";
import { PENDING_PREFIX, SCENARIO_TAG_KEY, saveDraft, saveUnits, setKeepOnDevice, stepById, type Stores } from "@/lib/form";
import { replaceCaseDraft } from "@/lib/form/case-draft";
import { storedLayoutHints } from "@/lib/form/stored-layout";

const stores: Stores = { session: window.sessionStorage, local: window.localStorage };
const root = document.documentElement;

function mark(stepId: string): { readonly waits: boolean; readonly test: string | null } {
  const step = stepById(stepId);
  if (!step) throw new Error(`no step ${stepId}`);
  markStoredLayout(storedLayoutHints(step), STORED_LAYOUT_ATTRIBUTES);
  return { waits: root.hasAttribute(STORED_LAYOUT_ATTRIBUTES.waits), test: root.getAttribute(STORED_LAYOUT_ATTRIBUTES.encephalopathyTest) };
}

function draft(sections: Omit<AssessmentInput, "schemaVersion">): void {
  saveDraft(stores, { schemaVersion: 1, ...sections });
}

function clearStoredLayoutMarks(): void {
  for (const name of Object.values(STORED_LAYOUT_ATTRIBUTES)) root.removeAttribute(name);
}

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});
afterEach(() => clearStoredLayoutMarks());

describe("markStoredLayout", () => {
  test("a new case: nothing is marked, the prerendered step is the step", () => {
    for (const id of ["context", "vitals", "findings", "neurology", "laboratory", "pathology"]) expect(mark(id), id).toEqual({ waits: false, test: null });
  });

  test("values that change no question do not hold the step back", () => {
    draft({ context: { ageYears: 40, setting: "immune-effector-cell-therapy" }, labs: { ferritinNgPerMl: 8500 }, vitals: { temperatureMaxC: 39.2 } });
    expect(mark("laboratory")).toEqual({ waits: false, test: null });
    expect(mark("findings")).toEqual({ waits: false, test: null });
  });

  test("the stored age picks the encephalopathy test as the form does, at the boundary", () => {
    for (const age of [ICE_MIN_AGE_YEARS - 0.01, ICE_MIN_AGE_YEARS, 3, 70]) {
      draft({ context: { ageYears: age } });
      const { test: marked, waits } = mark("neurology");
      expect(waits, String(age)).toBe(false);
      expect([marked], String(age)).toEqual(encephalopathyTests(age));
      clearStoredLayoutMarks();
    }
    draft({ context: { setting: "immune-effector-cell-therapy" } });
    expect(mark("neurology")).toEqual({ waits: false, test: null });
  });

  test("an answer a question depends on holds the step until it is filled", () => {
    draft({ vitals: { oxygenDevice: "none" } });
    expect(mark("vitals").waits).toBe(true);
    clearStoredLayoutMarks();
    draft({ context: { antipyreticOrAnticytokineGiven: true } });
    expect(mark("vitals").waits).toBe(true);
    clearStoredLayoutMarks();
    draft({ neuro: { iceScore: 7 } });
    expect(mark("neurology").waits).toBe(true);
  });

  test("a unit other than the canonical one, or typing kept from before a reload, holds the step", () => {
    saveUnits(stores, { "labs.crpMgPerL": "mg/L" });
    expect(mark("laboratory").waits).toBe(false);
    saveUnits(stores, { "labs.crpMgPerL": "mg/dL" });
    expect(mark("laboratory").waits).toBe(true);
    clearStoredLayoutMarks();
    expect(mark("findings").waits).toBe(false);
    window.sessionStorage.setItem(`${PENDING_PREFIX}findings`, "{}");
    expect(mark("findings").waits).toBe(true);
  });

  test("a case of several time-points, or a scenario's, holds the step (its days, copy button or vignette come above it)", () => {
    replaceCaseDraft(stores, [{ at: { day: 0 }, assessment: { schemaVersion: 1 } }]);
    expect(mark("findings").waits).toBe(false);
    replaceCaseDraft(stores, [
      { at: { day: 0 }, assessment: { schemaVersion: 1 } },
      { at: { day: 3 }, assessment: { schemaVersion: 1 } },
    ]);
    expect(mark("context").waits).toBe(true);
    clearStoredLayoutMarks();
    window.sessionStorage.clear();
    window.sessionStorage.setItem(SCENARIO_TAG_KEY, "cart-crs-grade-2");
    expect(mark("context").waits).toBe(true);
  });

  test("a case kept on this device is read from localStorage", () => {
    setKeepOnDevice(stores, true);
    draft({ context: { ageYears: 5 } });
    expect(window.sessionStorage.length).toBe(0);
    expect(mark("neurology").test).toBe("capd");
  });

  test("a damaged entry, or a draft of another version, marks nothing", () => {
    window.sessionStorage.setItem("crs-screen.draft.v1", "{not json");
    expect(mark("neurology")).toEqual({ waits: false, test: null });
    // A draft of another schema version is not read by the form either (loadDraft).
    window.sessionStorage.setItem("crs-screen.draft.v1", JSON.stringify({ schemaVersion: 2, context: { ageYears: 5 } }));
    expect(mark("neurology")).toEqual({ waits: false, test: null });
  });

  test("its inlined source runs on its own (the page puts it in a script element)", () => {
    draft({ context: { ageYears: 5 } });
    const hints = storedLayoutHints(stepById("neurology")!);
    // The same text stored-layout-script.tsx writes into the page.
    new Function(`(${markStoredLayout.toString()})(${JSON.stringify(hints)},${JSON.stringify(STORED_LAYOUT_ATTRIBUTES)})`)();
    expect(root.getAttribute(STORED_LAYOUT_ATTRIBUTES.encephalopathyTest)).toBe("capd");
  });
});
