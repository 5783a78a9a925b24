/**
 * The case draft (lib/form/case-draft.ts): time-points around the single-Assessment draft. An old
 * draft (no case key) is a Case of one at day 0; adding a time-point carries the context only;
 * copying a step marks it until edited; Clear case clears every time-point.
 */
import { beforeEach, describe, expect, test } from "vitest";
import type { AssessmentInput } from "@/lib/assessment/schema";
import { CASE_KEY, DONE_KEY, DRAFT_KEY, clearDraft, loadDoneSteps, loadDraft, markStepDone, saveDraft, setKeepOnDevice, stepById, type Stores } from "@/lib/form";
import { addTimePoint, loadCaseDraft, replaceCaseDraft, setCurrentAt, switchTimePoint, transferable } from "@/lib/form/case-draft";
import { validateCase } from "@/lib/case/schema";
import { copiedFrom, copyPreviousStep } from "@/lib/form/case-copy";

function memory(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

const DAY1: AssessmentInput = {
  schemaVersion: 1,
  label: "CAR-T",
  context: { setting: "immune-effector-cell-therapy", ageYears: 54 },
  vitals: { temperatureMaxC: 38.6, hypotension: false },
  labs: { ferritinNgPerMl: 900 },
};

let stores: Stores;
beforeEach(() => {
  stores = { session: memory(), local: memory() };
});

describe("the case draft", () => {
  test("an old single-Assessment draft is a Case of one at day 0, and exports as the plain Assessment", () => {
    saveDraft(stores, DAY1);
    const theCase = loadCaseDraft(stores);
    expect(theCase).toEqual({ current: 0, timepoints: [{ at: { day: 0 }, assessment: DAY1, done: [] }] });
    expect(transferable(theCase)).toEqual(DAY1);
  });

  test("the first time-point's day defaults from the days since infusion (issue 28: \"Day 0\" 5 days after it); the next defaults to the day after", () => {
    const fiveDaysAfter: AssessmentInput = { ...DAY1, context: { ...DAY1.context, daysSinceInfusion: 5 } };
    saveDraft(stores, fiveDaysAfter);
    expect(loadCaseDraft(stores).timepoints[0]!.at).toEqual({ day: 5 });
    // Outside the immune-effector setting day 0 is the admission: the field does not move it.
    saveDraft(stores, { schemaVersion: 1, context: { setting: "rheumatologic", daysSinceInfusion: 5 } });
    expect(loadCaseDraft(stores).timepoints[0]!.at).toEqual({ day: 0 });
    saveDraft(stores, fiveDaysAfter);
    expect(addTimePoint(stores, { day: 6 })).toBe(true);
    expect(loadCaseDraft(stores).timepoints.map((p) => p.at)).toEqual([{ day: 5 }, { day: 6 }]);
    expect(loadDraft(stores).context?.daysSinceInfusion).toBe(6);
  });

  test("a single assessment at its default day exports as the plain Assessment and imports back at that day, unchanged", () => {
    const fiveDaysAfter: AssessmentInput = { ...DAY1, context: { ...DAY1.context, daysSinceInfusion: 5 } };
    saveDraft(stores, fiveDaysAfter);
    const exported = transferable(loadCaseDraft(stores));
    expect(exported).toEqual(fiveDaysAfter);
    const read = validateCase(exported);
    if (!read.ok) throw new Error("refused");
    stores = { session: memory(), local: memory() };
    replaceCaseDraft(stores, read.case.timepoints);
    expect(loadCaseDraft(stores).timepoints[0]!.at).toEqual({ day: 5 });
    expect(transferable(loadCaseDraft(stores))).toEqual(fiveDaysAfter);
    // A day set by hand stays: the case then travels as a Case.
    setCurrentAt(stores, { day: 4 });
    expect(transferable(loadCaseDraft(stores))).toMatchObject({ caseVersion: 1, timepoints: [{ at: { day: 4 } }] });
  });

  test("a single time-point moved off day 0 exports as a Case, so it comes back at its day", () => {
    saveDraft(stores, DAY1);
    setCurrentAt(stores, { day: 3 });
    expect(transferable(loadCaseDraft(stores))).toEqual({ caseVersion: 1, timepoints: [{ at: { day: 3 }, assessment: DAY1 }] });
  });

  test("the form never makes a case its own import refuses: days within ±3650, at most 60 time-points", () => {
    saveDraft(stores, DAY1);
    expect(setCurrentAt(stores, { day: -3651 })).toBe(false);
    expect(addTimePoint(stores, { day: 3651 })).toBe(false);
    expect(addTimePoint(stores, { day: 3650 })).toBe(true);
    replaceCaseDraft(stores, Array.from({ length: 60 }, (_, day) => ({ at: { day }, assessment: DAY1 })));
    expect(addTimePoint(stores, { day: 60 })).toBe(false);
    expect(loadCaseDraft(stores).timepoints).toHaveLength(60);
  });

  test("adding a time-point carries the context and title forward and nothing else; it becomes current", () => {
    saveDraft(stores, DAY1);
    setCurrentAt(stores, { day: 1 });
    expect(addTimePoint(stores, { day: 1 })).toBe(false); // not after the last
    expect(addTimePoint(stores, { day: 3, time: "08:00" })).toBe(true);
    const theCase = loadCaseDraft(stores);
    expect(theCase.current).toBe(1);
    expect(loadDraft(stores)).toEqual({ schemaVersion: 1, label: "CAR-T", context: DAY1.context });
    expect(theCase.timepoints.map((p) => p.at)).toEqual([{ day: 1 }, { day: 3, time: "08:00" }]);
    expect(transferable(theCase)).toEqual({
      caseVersion: 1,
      timepoints: [
        { at: { day: 1 }, assessment: DAY1 },
        { at: { day: 3, time: "08:00" }, assessment: { schemaVersion: 1, label: "CAR-T", context: DAY1.context } },
      ],
    });
  });

  test("days since infusion moves with the day of the new time-point; past the field's range it is unknown", () => {
    saveDraft(stores, { ...DAY1, context: { ...DAY1.context, daysSinceInfusion: 1 } });
    setCurrentAt(stores, { day: 1 });
    addTimePoint(stores, { day: 3 });
    expect(loadDraft(stores).context).toEqual({ ...DAY1.context, daysSinceInfusion: 3 });
    addTimePoint(stores, { day: 364 });
    expect(loadDraft(stores).context?.daysSinceInfusion).toBe(364);
    addTimePoint(stores, { day: 366 });
    expect(loadDraft(stores).context).toEqual(DAY1.context);
  });

  test("switching keeps each time-point's values; a day out of order is refused", () => {
    saveDraft(stores, DAY1);
    setCurrentAt(stores, { day: 1 });
    addTimePoint(stores, { day: 3 });
    saveDraft(stores, { ...loadDraft(stores), vitals: { temperatureMaxC: 37 } });
    switchTimePoint(stores, 0);
    expect(loadDraft(stores)).toEqual(DAY1);
    expect(setCurrentAt(stores, { day: 4 })).toBe(false);
    switchTimePoint(stores, 1);
    expect(loadDraft(stores).vitals).toEqual({ temperatureMaxC: 37 });
  });

  test("copying a step takes the previous time-point's values, marked until edited", () => {
    saveDraft(stores, DAY1);
    setCurrentAt(stores, { day: 1 });
    addTimePoint(stores, { day: 3 });
    const labs = stepById("laboratory")!;
    expect(copiedFrom(loadCaseDraft(stores), labs)).toBeNull();
    expect(copyPreviousStep(stores, labs)).toBe(true);
    expect(loadDraft(stores).labs).toEqual(DAY1.labs);
    expect(loadDraft(stores).vitals).toBeUndefined(); // only that step
    expect(copiedFrom(loadCaseDraft(stores), labs)).toBe(1);
    saveDraft(stores, { ...loadDraft(stores), labs: { ferritinNgPerMl: 2000 } });
    expect(copiedFrom(loadCaseDraft(stores), labs)).toBeNull();
  });

  test("Clear case clears every time-point; keep-on-device moves them all", () => {
    saveDraft(stores, DAY1);
    addTimePoint(stores, { day: 2 });
    setKeepOnDevice(stores, true);
    expect(stores.session.getItem(CASE_KEY)).toBeNull();
    expect(loadCaseDraft(stores).timepoints).toHaveLength(2);
    clearDraft(stores);
    for (const s of [stores.session, stores.local]) {
      expect(s.getItem(CASE_KEY)).toBeNull();
      expect(s.getItem(DRAFT_KEY)).toBeNull();
    }
    expect(loadCaseDraft(stores).timepoints).toHaveLength(1);
  });

  test("a replaced case opens at its last time-point", () => {
    replaceCaseDraft(stores, [{ at: { day: 1 }, assessment: DAY1 }, { at: { day: 2 }, assessment: { schemaVersion: 1 } }], "x");
    expect(loadCaseDraft(stores).current).toBe(1);
    expect(loadDraft(stores)).toEqual({ schemaVersion: 1 });
  });

  test("the steps saved belong to their time-point: a new time-point starts with none, switching back brings them back; Clear case and keep-on-device carry them", () => {
    saveDraft(stores, DAY1);
    markStepDone(stores, "context");
    markStepDone(stores, "pathology");
    addTimePoint(stores, { day: 2 });
    expect(loadDoneSteps(stores)).toEqual([]);
    markStepDone(stores, "vitals");
    switchTimePoint(stores, 0);
    expect(loadDoneSteps(stores)).toEqual(["context", "pathology"]);
    switchTimePoint(stores, 1);
    expect(loadDoneSteps(stores)).toEqual(["vitals"]);
    setKeepOnDevice(stores, true);
    expect(stores.session.getItem(DONE_KEY)).toBeNull();
    expect(loadDoneSteps(stores)).toEqual(["vitals"]);
    // What the form did is not the case's: export carries none of it.
    expect(JSON.stringify(transferable(loadCaseDraft(stores)))).not.toContain("done");
    clearDraft(stores);
    expect(loadDoneSteps(stores)).toEqual([]);
  });
});
