/**
 * Unknown inputs (../shared/spec/ASSESSMENT.md, "The Screening"): `min`/`max` span every completion
 * of the unknown inputs, exactly; `value` equals them when they are equal and is null otherwise;
 * `meetsThreshold` is null only when the range straddles the threshold.
 */
import { describe, expect, test } from "vitest";
import type { Assessment } from "@/lib/assessment";
import { astctCrs, astctIcans, chis, hlh2004, hscore, isthDic, mas2016, qsofa, type InstrumentId, type InstrumentResult, lowestPoints, highestPoints, fieldsToSettle } from "@/lib/scores";
import { toCanonical } from "@/lib/units";
import { assessment, knownWith, KNOWN_NORMAL } from "../fixtures";
import { criterion, days } from "./helpers";

type Score = (a: Assessment) => InstrumentResult;

/** Each instrument with its published span and (where it is a plain cut-off on `value`) its threshold. */
const INSTRUMENTS: readonly { id: InstrumentId; score: Score; max: number; cutOff: number | null }[] = [
  { id: "astct-crs", score: astctCrs, max: 4, cutOff: 1 },
  { id: "astct-icans", score: astctIcans, max: 4, cutOff: 1 },
  { id: "hscore", score: hscore, max: 337, cutOff: 169 },
  { id: "hlh-2004", score: hlh2004, max: 8, cutOff: null },
  { id: "chis", score: chis, max: 6, cutOff: 3 },
  { id: "mas-2016", score: mas2016, max: 4, cutOff: null },
  { id: "isth-dic", score: isthDic, max: 8, cutOff: 5 },
  { id: "qsofa", score: qsofa, max: 3, cutOff: 2 },
];

/** What meetsThreshold must be for a range against a plain cut-off. */
function expectedVerdict(min: number, max: number, cutOff: number): boolean | null {
  if (min >= cutOff) return true;
  if (max < cutOff) return false;
  return null;
}

/** A known-abnormal CAR-T picture: every instrument scores above 0 and most fields are known. */
const SICK = {
  context: { immunosuppressed: true, sjia: true },
  vitals: {
    temperatureMaxC: 39.6,
    systolicBpMmHg: 84,
    diastolicBpMmHg: 48,
    respiratoryRatePerMin: 26,
    hypotension: true,
    vasopressorsExcludingVasopressin: 1,
    oxygenDevice: "nasal-cannula",
    oxygenFlowLPerMin: 4,
  },
  findings: { hepatomegaly: true, splenomegaly: true, alteredMentation: true },
  neuro: { iceScore: 6, consciousness: "awakens-to-voice" },
  labs: {
    hemoglobinGPerDl: 8.5,
    leukocytesE9PerL: 2.1,
    neutrophilsE9PerL: 1.6,
    lymphocytesE9PerL: 0.1,
    plateletsE9PerL: 60,
    ferritinNgPerMl: 9000,
    triglyceridesMmolPerL: 3.4,
    fibrinogenGPerL: 1.3,
    astUPerL: 150,
    ldhUPerL: 900,
    il6PgPerMl: 300,
    dDimerNgPerMlFeu: 8000,
    solubleCd25UPerMl: 6000,
    ptProlongationSeconds: 4,
    fibrinMarkerIncrease: "moderate",
  },
  pathology: { hemophagocytosisBoneMarrow: true },
} as const;

/** Every field set in a section map, as [section, field] pairs (the case label is not a section). */
function fieldsOf(sections: object): [string, string][] {
  return Object.entries(sections).flatMap(([section, fields]: [string, unknown]) =>
    typeof fields === "object" && fields !== null ? Object.keys(fields).map((field): [string, string] => [section, field]) : [],
  );
}

function without(overrides: Parameters<typeof knownWith>[0], section: string, field: string): Assessment {
  const sections = overrides as Record<string, Record<string, unknown> | undefined>;
  return knownWith({ ...overrides, [section]: { ...sections[section], [field]: null } });
}

describe("an empty assessment (everything unknown)", () => {
  const empty = assessment({});
  test.each(INSTRUMENTS.map(({ id, score, max }) => ({ id, score, max })))("$id spans its whole published range 0–$max, undecided", ({ score, max }) => {
    const result = score(empty);
    expect(result.min).toBe(0);
    expect(result.max).toBe(max);
    expect(result.value).toBeNull();
    expect(result.meetsThreshold).toBeNull();
    expect(result.missing.length).toBeGreaterThan(0);
  });
});

describe("the fully known normal baseline", () => {
  // MAS-2016 counts 1: the baseline's fibrinogen, 3.0 g/L = 300 mg/dL, is ≤ 360 mg/dL.
  const expected: Record<InstrumentId, number> = {
    "astct-crs": 0,
    "astct-icans": 0,
    hscore: 0,
    "hlh-2004": 0,
    chis: 0,
    "mas-2016": 1,
    "isth-dic": 0,
    qsofa: 0,
  };
  test.each(INSTRUMENTS.map(({ id, score }) => ({ id, score })))("$id is exact and below its threshold", ({ id, score }) => {
    const result = score(knownWith({}));
    expect(result.value).toBe(expected[id]);
    expect(result.min).toBe(expected[id]);
    expect(result.max).toBe(expected[id]);
    expect(result.meetsThreshold).toBe(false);
    expect(result.missing).toEqual([]);
    for (const c of result.criteria) {
      expect(c.missing, `${id} criterion ${c.id}`).toBe(false);
      expect(c.missing, `${id} criterion ${c.id}`).toBe(false);
      expect(c.points, `${id} criterion ${c.id}`).not.toBeNull();
    }
  });
});

describe("ASTCT CRS over unknown inputs", () => {
  test("a nasal cannula with unknown flow ranges over low- and high-flow: grade 2–3", () => {
    const result = astctCrs(knownWith({ vitals: { temperatureMaxC: 38.6, oxygenDevice: "nasal-cannula", oxygenFlowLPerMin: null } }));
    expect(result.min).toBe(2);
    expect(result.max).toBe(3);
    expect(result.value).toBeNull();
    expect(result.meetsThreshold).toBe(true);
    expect(result.missing).toEqual(["vitals.oxygenFlowLPerMin"]);
    const hypoxia = criterion(result, "hypoxia");
    expect(hypoxia.points).toBeNull();
    expect(lowestPoints(hypoxia)).toBe(2);
    expect(highestPoints(hypoxia)).toBe(3);
    expect(hypoxia.missing).toBe(true);
    expect(fieldsToSettle(hypoxia)).toEqual(["vitals.oxygenFlowLPerMin"]);
  });

  test("a nasal cannula with unknown flow but hypotension on two vasopressors is grade 4 either way", () => {
    const result = astctCrs(
      knownWith({ vitals: { temperatureMaxC: 38.6, hypotension: true, vasopressorsExcludingVasopressin: 2, oxygenDevice: "nasal-cannula", oxygenFlowLPerMin: null } }),
    );
    expect(result.value).toBe(4);
    expect(result.min).toBe(4);
    expect(result.max).toBe(4);
  });

  test("temperature unknown with nothing else abnormal: grade 0–1, threshold open", () => {
    const result = astctCrs(knownWith({ vitals: { temperatureMaxC: null } }));
    expect(result.min).toBe(0);
    expect(result.max).toBe(1);
    expect(result.value).toBeNull();
    expect(result.meetsThreshold).toBeNull();
    expect(result.missing).toContain("vitals.temperatureMaxC");
  });

  test("temperature unknown with hypotension: grade 0–2", () => {
    const result = astctCrs(knownWith({ vitals: { temperatureMaxC: null, hypotension: true } }));
    expect(result.min).toBe(0);
    expect(result.max).toBe(2);
  });

  test("fever of another cause unknown: a fever with hypoxia could be no CRS or grade 3", () => {
    const result = astctCrs(knownWith({ context: { feverOtherCause: null }, vitals: { temperatureMaxC: 39, oxygenDevice: "non-rebreather" } }));
    expect(result.min).toBe(0);
    expect(result.max).toBe(3);
    expect(result.meetsThreshold).toBeNull();
  });

  test("vasopressor count unknown with hypotension and fever: grade 2–4", () => {
    const result = astctCrs(knownWith({ vitals: { temperatureMaxC: 38.6, hypotension: true, vasopressorsExcludingVasopressin: null } }));
    expect(result.min).toBe(2);
    expect(result.max).toBe(4);
    expect(result.value).toBeNull();
    expect(result.meetsThreshold).toBe(true);
  });

  test("vasopressin unknown with hypotension, no other vasopressor and fever: grade 2–3", () => {
    const result = astctCrs(knownWith({ vitals: { temperatureMaxC: 38.6, hypotension: true, vasopressin: null } }));
    expect(result.min).toBe(2);
    expect(result.max).toBe(3);
  });

  test("hypotension, BP and vasopressors unknown with fever: grade 1–4", () => {
    const result = astctCrs(
      knownWith({
        vitals: { temperatureMaxC: 38.6, hypotension: null, systolicBpMmHg: null, diastolicBpMmHg: null, vasopressorsExcludingVasopressin: null, vasopressin: null },
      }),
    );
    expect(result.min).toBe(1);
    expect(result.max).toBe(4);
  });

  test("oxygen device unknown with fever: grade 1–4", () => {
    const result = astctCrs(knownWith({ vitals: { temperatureMaxC: 38.6, oxygenDevice: null } }));
    expect(result.min).toBe(1);
    expect(result.max).toBe(4);
    expect(result.meetsThreshold).toBe(true);
  });
});

describe("ASTCT ICANS over unknown inputs", () => {
  test("ICE unknown with every other domain normal: grade 0–3 (ICE cannot reach grade 4)", () => {
    const result = astctIcans(knownWith({ neuro: { iceScore: null } }));
    expect(result.min).toBe(0);
    expect(result.max).toBe(3);
    expect(result.value).toBeNull();
    expect(result.meetsThreshold).toBeNull();
    expect(result.missing).toContain("neuro.iceScore");
  });

  test("consciousness unknown with ICE 10: grade 0–4", () => {
    const result = astctIcans(knownWith({ neuro: { consciousness: null } }));
    expect(result.min).toBe(0);
    expect(result.max).toBe(4);
  });

  test("ICE unknown but a prolonged seizure: grade 4 whatever ICE is", () => {
    const result = astctIcans(knownWith({ neuro: { iceScore: null, seizure: "prolonged" } }));
    expect(result.value).toBe(4);
    expect(result.meetsThreshold).toBe(true);
  });
});

describe("range invariants", () => {
  const cases: { label: string; data: Assessment }[] = [
    { label: "empty", data: assessment({}) },
    { label: "normal baseline", data: knownWith({}) },
    { label: "sick", data: knownWith(SICK) },
    { label: "labs unknown", data: assessment({ context: KNOWN_NORMAL.context, vitals: KNOWN_NORMAL.vitals, neuro: KNOWN_NORMAL.neuro }) },
    { label: "vitals unknown", data: assessment({ context: KNOWN_NORMAL.context, labs: KNOWN_NORMAL.labs, findings: KNOWN_NORMAL.findings }) },
    { label: "sick with labs unknown", data: assessment({ context: SICK.context, vitals: SICK.vitals, findings: SICK.findings, neuro: SICK.neuro }) },
    ...fieldsOf(SICK).map(([section, field]) => ({ label: `sick without ${section}.${field}`, data: without(SICK, section, field) })),
  ];

  describe.each(INSTRUMENTS.map(({ id, score, max, cutOff }) => ({ id, score, max, cutOff })))("$id", ({ score, max, cutOff }) => {
    test.each(cases)("$label: 0 ≤ min ≤ max ≤ published maximum, value set exactly when min = max", ({ data }) => {
      const result = score(data);
      expect(result.min).toBeGreaterThanOrEqual(0);
      expect(result.min).toBeLessThanOrEqual(result.max);
      expect(result.max).toBeLessThanOrEqual(max);
      if (result.min === result.max) expect(result.value).toBe(result.min);
      else expect(result.value).toBeNull();
    });

    if (cutOff !== null) {
      test.each(cases)(`$label: meetsThreshold is null only when the range straddles ${cutOff}`, ({ data }) => {
        const result = score(data);
        expect(result.meetsThreshold).toBe(expectedVerdict(result.min, result.max, cutOff));
      });
    }
  });

  describe("forgetting one known input never narrows the range past the known value", () => {
    const scenarios = [
      { name: "normal baseline", overrides: {} },
      { name: "sick", overrides: SICK },
    ];
    for (const { name, overrides } of scenarios) {
      const known = INSTRUMENTS.map(({ id, score }) => ({ id, score, value: score(knownWith(overrides)).value }));
      const paths = new Map(
        [...fieldsOf(KNOWN_NORMAL), ...fieldsOf(overrides)].map(([section, field]) => [`${section}.${field}`, [section, field] as const]),
      );
      const fields = [...paths.values()];
      test.each(fields.map(([section, field]) => ({ path: `${section}.${field}`, section, field })))(`${name} without $path`, ({ section, field }) => {
        const data = without(overrides, section, field);
        for (const { id, score, value } of known) {
          const result = score(data);
          expect(value, `${id} is exact on the full ${name} data`).not.toBeNull();
          expect(result.min, `${id} min`).toBeLessThanOrEqual(value ?? Number.NaN);
          expect(result.max, `${id} max`).toBeGreaterThanOrEqual(value ?? Number.NaN);
        }
      });
    }
  });
});

/**
 * Candidate values for each input: the plausible-range limits and both sides of every published
 * threshold (INSTRUMENTS.md, in canonical units). Every score is constant between these points, so
 * the hull of the scores over them is the exact range over every completion of that one input.
 */
const tg = (mgPerDl: number) => toCanonical("triglycerides", "mg/dL", mgPerDl);
const CANDIDATES: Record<string, readonly unknown[]> = {
  "context.setting": ["immune-effector-cell-therapy", "covid-19", "viral-infection", "suspected-sepsis", "rheumatologic", "malignancy", "other"],
  "context.ageYears": [0, days(20), days(27), days(28), days(29), 0.5, 1, 4, 9.99, 10, 11, 11.9, 12, 17, 18, 54, 120],
  "context.daysSinceInfusion": [0, 365],
  "vitals.temperatureMaxC": [30, 37.9, 38.0, 38.05, 38.1, 38.39, 38.4, 38.45, 38.5, 39.4, 39.41, 45],
  "vitals.systolicBpMmHg": [30, 59, 60, 69, 70, 77, 78, 89, 90, 100, 101, 300],
  "vitals.diastolicBpMmHg": [10, 40, 47, 49.5, 50, 60, 200],
  "vitals.heartRateBpm": [20, 300],
  "vitals.respiratoryRatePerMin": [0, 21, 22, 80],
  "vitals.spo2Percent": [30, 100],
  "vitals.vasopressorsExcludingVasopressin": [0, 1, 2, 3, 5],
  "vitals.oxygenDevice": ["none", "nasal-cannula", "blow-by", "high-flow-nasal-cannula", "simple-facemask", "non-rebreather", "venturi", "cpap", "bipap", "mechanical-ventilation"],
  "vitals.oxygenFlowLPerMin": [0, 6, 6.01, 80],
  "neuro.iceScore": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  "neuro.capdScore": [0, 1, 8, 9, 32],
  "neuro.consciousness": ["alert", "awakens-spontaneously", "awakens-to-voice", "awakens-to-touch", "unarousable"],
  "neuro.seizure": ["none", "resolving", "prolonged"],
  "neuro.cerebralEdema": ["none", "focal", "diffuse"],
  "labs.hemoglobinGPerDl": [1, 8.99, 9.0, 9.2, 9.21, 9.99, 10, 25],
  "labs.leukocytesE9PerL": [0, 5.0, 5.01, 500],
  "labs.neutrophilsE9PerL": [0, 0.5, 0.99, 1.0, 4.5, 20, 500],
  "labs.lymphocytesE9PerL": [0, 0.1, 0.16, 0.17, 0.45, 0.46, 2, 500],
  "labs.plateletsE9PerL": [0, 49, 50, 51, 99, 100, 101, 110, 111, 181, 182, 3000],
  "labs.ferritinNgPerMl": [0, 499, 500, 684, 685, 699, 700, 1999, 2000, 6000, 6001, 500000],
  "labs.triglyceridesMmolPerL": [0, tg(149), tg(150), 1.49, 1.5, tg(156), tg(157), tg(264), tg(265), 2.99, 3.0, 4, 4.01, 100],
  "labs.fibrinogenGPerL": [0, 0.99, 1.0, 1.5, 1.51, 2.5, 2.51, 3.6, 3.61, 20],
  "labs.astUPerL": [0, 29, 30, 48, 49, 99, 100, 100000],
  "labs.altUPerL": [0, 100000],
  "labs.ldhUPerL": [0, 399, 400, 100000],
  "labs.crpMgPerL": [0, 149, 150, 1000],
  "labs.il6PgPerMl": [0, 14.9, 15, 1000000],
  "labs.dDimerNgPerMlFeu": [0, 1499, 1500, 1000000],
  "labs.solubleCd25UPerMl": [0, 2399, 2400, 1000000],
  "labs.ptProlongationSeconds": [-10, 2.9, 3, 5.9, 6, 200],
  "labs.fibrinMarkerIncrease": ["none", "moderate", "strong"],
  "labs.creatinineMgPerDl": [0, 30],
};

function candidatesFor(path: string): readonly unknown[] {
  return CANDIDATES[path] ?? [true, false];
}

/**
 * A completion of altered mentation that contradicts the known consciousness by definition:
 * "altered mentation" is GCS < 15 (qSOFA), and a patient who awakens only to voice, to touch or
 * not at all has GCS < 15. (Only the unknown finding is completed this way; other inputs range
 * independently, as the contract says.)
 */
function contradictory(path: string, data: Assessment): boolean {
  if (path !== "findings.alteredMentation") return false;
  const consciousness = data.neuro?.consciousness;
  return data.findings?.alteredMentation === false && consciousness != null && consciousness !== "alert" && consciousness !== "awakens-spontaneously";
}

/** The scenario with one field set to `value`, or null when the contract rejects that combination. */
function withValue(overrides: Parameters<typeof knownWith>[0], section: string, field: string, value: unknown): Assessment | null {
  const sections = overrides as Record<string, Record<string, unknown> | undefined>;
  try {
    const data = knownWith({ ...overrides, [section]: { ...sections[section], [field]: value } });
    return contradictory(`${section}.${field}`, data) ? null : data;
  } catch {
    return null;
  }
}

describe("the range over one unknown input is exactly the hull of its completions", () => {
  const scenarios = [
    { name: "normal baseline", overrides: {} },
    { name: "sick", overrides: SICK },
  ];
  for (const { name, overrides } of scenarios) {
    const paths = new Map(
      [...fieldsOf(KNOWN_NORMAL), ...fieldsOf(overrides)].map(([section, field]) => [`${section}.${field}`, [section, field] as const]),
    );
    describe(name, () => {
      test.each([...paths.values()].map(([section, field]) => ({ path: `${section}.${field}`, section, field })))(
        "without $path",
        ({ path, section, field }) => {
          const completions = candidatesFor(path)
            .map((value) => withValue(overrides, section, field, value))
            .filter((data): data is Assessment => data !== null);
          expect(completions.length, `valid completions of ${path}`).toBeGreaterThan(0);
          const unknown = without(overrides, section, field);
          for (const { id, score } of INSTRUMENTS) {
            const values = completions.map((data) => score(data));
            const verdicts = new Set(values.map((r) => r.meetsThreshold));
            const result = score(unknown);
            const low = Math.min(...values.map((r) => r.value ?? Number.NaN));
            const high = Math.max(...values.map((r) => r.value ?? Number.NaN));
            expect([result.min, result.max], `${id} range without ${path}`).toEqual([low, high]);
            expect(result.meetsThreshold, `${id} meetsThreshold without ${path}`).toBe(verdicts.size === 1 ? [...verdicts][0] : null);
          }
        },
      );
    });
  }
});
