/**
 * Warnings on identifier-like text (issue 30, item 3): dates of birth, record numbers, names after
 * a title — and clinical text (lab values, days, temperatures) stays quiet.
 */
import { describe, expect, test } from "vitest";
import { builtinScenarios } from "@/lib/scenarios/builtin/index";
import { draftFromScenario, emptyStudioDraft } from "@/lib/scenarios/studio/draft";
import { draftIdentifierWarnings, identifierWarnings } from "@/lib/scenarios/studio/identifiers";

const flagged = (text: string) => identifierWarnings(text).map((w) => w.text);

describe("identifierWarnings: what looks like an identifier", () => {
  test.each([
    ["DOB 12/03/1961.", ["DOB", "12/03/1961"]],
    ["Date of birth: 3 March 1961.", ["Date of birth", "3 March 1961"]],
    ["She was born in 1961.", ["born"]],
    ["Admitted on 2024-05-17 with fever.", ["2024-05-17"]],
    ["Seen on March 3, 2024.", ["March 3, 2024"]],
    ["Admitted 17.05.24 to the ward.", ["17.05.24"]],
    ["MRN 00123456 on the label.", ["MRN", "00123456"]],
    ["NHS number 943 476 5919.", ["NHS number", "943 476 5919"]],
    ["Hospital no. K123456.", ["Hospital no."]],
    ["Ref 12345678 on the request form.", ["12345678"]],
    ["Mr Smith, 61, febrile.", ["Mr Smith"]],
    ["Mrs. O'Brien is drowsy.", ["Mrs. O'Brien"]],
    ["Seen by Dr Patel overnight.", ["Dr Patel"]],
    ["Ms Nguyen and Miss Jones.", ["Ms Nguyen", "Miss Jones"]],
  ])("%s", (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  test("each warning says why, and where", () => {
    const [warning] = identifierWarnings("Seen by Dr Patel.");
    expect(warning).toEqual({ text: "Dr Patel", start: 8, end: 16, reason: expect.stringMatching(/title followed by a name/) });
  });
});

describe("identifierWarnings: clinical text stays quiet", () => {
  test.each([
    "Ferritin 8 500 ng/mL, D-dimer 24 000 ng/mL FEU, platelets 45 ×10⁹/L.",
    "Ferritin 8500 µg/L; IL-6 1200000 pg/mL.",
    "Day 3 after CAR-T cell infusion; day −2 was the lymphodepletion.",
    "Highest temperature 38.5 °C, blood pressure 84/50 mmHg, ICE 10/10, GCS 15.",
    "Day 4, 08:00: SpO₂ 94 % on 8 L/min by nasal cannula.",
    "A 61-year-old man with relapsed large B-cell lymphoma, no HIV.",
    "HLH-2004 and MAS-2016 criteria; the laboratory reports a strong increase.",
    "Record no other cause for the fever before grading.",
    "Drowsy, awakens to voice; Dr and nurse agree he is not confused.",
  ])("%s", (text) => {
    expect(identifierWarnings(text)).toEqual([]);
  });
});

describe("draftIdentifierWarnings", () => {
  test("names the page, part and field of each warning in a draft", () => {
    const draft = emptyStudioDraft();
    const withText = { ...draft, cover: { ...draft.cover, title: "Mr Jones's CRS" }, stages: [{ ...draft.stages[0]!, vignette: ["Day 1.", "DOB 01/02/1960."] }] };
    expect(draftIdentifierWarnings(withText).map((w) => `${w.page}: ${w.part} · ${w.field}: ${w.text}`)).toEqual([
      "cover: Cover · Title for the instructor: Mr Jones's",
      "vignette: Stage 1 · Vignette paragraph 2: DOB",
      "vignette: Stage 1 · Vignette paragraph 2: 01/02/1960",
    ]);
  });

  test.each(builtinScenarios().map((s) => [s.id, s] as const))("%s: no built-in warns", (_, scenario) => {
    expect(draftIdentifierWarnings(draftFromScenario(scenario))).toEqual([]);
  });
});
