/**
 * The differentials to keep in mind — prompts, not conclusions (`fajgenbaum-2020` for the overview,
 * qSOFA from `seymour-2016`). Each rule is data: when it fires, and what it says. The first rule
 * that fires is shown first: after immune effector cells, infection comes first (issue 27).
 */
import { counted, isSingular } from "../plural";
import { ASTCT_FEVER, hypotension, oxygenClasses, vasopressorGiven, ventilatedForAirwayProtection, type HypotensionBasis } from "../assessment/derived";
import { OXYGEN_DEVICES } from "../assessment/fields";
import { meets, readFinding, readValue } from "../assessment/read";
import type { Assessment } from "../assessment/schema";
import type { SourceKey } from "../sources/registry";
import { publishedThreshold } from "../units";
import { INSTRUMENTS } from "../scores/index";
import { PAEDIATRIC_SEPSIS_CRITERIA, QSOFA_MIN_AGE_YEARS } from "../scores/qsofa";
import type { InstrumentId, InstrumentResult } from "../scores/types";

/** A differential shown for this assessment (its title, text and sources: DIFFERENTIAL_RULES). */
export interface Differential {
  readonly id: string;
  /** Why it is shown for this assessment. */
  readonly because: string;
}

type Results = Readonly<Record<InstrumentId, InstrumentResult>>;

interface DifferentialRule {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly sources: readonly SourceKey[];
  /** The reason it applies, or null. */
  readonly when: (assessment: Assessment, results: Results) => string | null;
}

export const DIFFERENTIAL_RULES: readonly DifferentialRule[] = [
  {
    id: "infection-first",
    title: "Infection first, including neutropenic sepsis",
    // ASCO 2021 (Santomasso), Table 1 of its pocket guide, read: CRS work-up at all grades assesses
    // infection with blood and urine cultures and a chest radiograph if fever is present, follows
    // neutropenic-fever guidelines in neutropenia, considers chest/abdominal CT, brain MRI or lumbar
    // puncture; grade 1 may add empirical broad-spectrum antibiotics if neutropenic. That antipyretic
    // and anti-cytokine therapy blunt fever and CRP is SECONDARY here (../shared/clinical/ADDITIONS-2026-12.md,
    // section 6, from ASCO 2021 and the SITC 2020 guideline, whose full text could not be read).
    text:
      "After immune effector cell therapy, infection looks like CRS and can come with it, and the patient may be neutropenic. " +
      "ASCO 2021 works up every fever for infection — blood and urine cultures, a chest radiograph, and CT, brain MRI or lumbar puncture where they fit — " +
      "and follows neutropenic-fever guidance (empirical broad-spectrum antibiotics considered in neutropenia): cultures and imaging come before fever, hypotension or hypoxia is put down to CRS. " +
      "Antipyretics, corticosteroids and IL-6 blockade (tocilizumab) mask fever and lower CRP: after them a normal temperature or a falling CRP does not exclude infection " +
      "(and ASTCT no longer requires fever to grade CRS that was present before them, Lee 2019). Hypotension or hypoxia put down to another cause is still a sign to work up.",
    sources: ["santomasso-2021", "lee-2019", "schlapbach-2024"],
    when: (a) => {
      if (a.context?.setting !== "immune-effector-cell-therapy") return null;
      const signs = infectionFirstSigns(a);
      if (signs.length === 0) return null;
      return `After immune effector cell therapy: ${signs.join("; ")}.${isChild(a) ? ` ${PAEDIATRIC_SEPSIS_CRITERIA}` : ""}`;
    },
  },
  {
    id: "sepsis",
    title: "Sepsis",
    text: "Sepsis mimics cytokine storm and coexists with it (and infection is a common trigger): a sepsis work-up belongs beside any cytokine-storm screening.",
    sources: ["singer-2016", "seymour-2016", "fajgenbaum-2020", "schlapbach-2024"],
    when: (a, r) => {
      // qSOFA prompts only where it applies (adults, Sepsis-3); under 18 it is shown for teaching and prompts nothing.
      const q = r.qsofa;
      const ageUnknown = readValue(a, "context.ageYears") === undefined;
      if (q.applicable && q.meetsThreshold === true) return `qSOFA ${q.min} of 3 (≥ 2 prompts a sepsis work-up in adults${ageUnknown ? "; the age is not recorded" : ""}).`;
      if (a.context?.setting === "suspected-sepsis") return isChild(a) ? `The setting is suspected sepsis. ${PAEDIATRIC_SEPSIS_CRITERIA}` : "The setting is suspected sepsis.";
      if (q.applicable && q.meetsThreshold === null) return `qSOFA is incomplete (${q.min}–${q.max} of 3).`;
      return null;
    },
  },
  {
    id: "hlh-mas",
    title: "Haemophagocytic syndromes (HLH / MAS)",
    text: "Persisting fever with cytopenias, rising ferritin, falling fibrinogen and organomegaly point towards haemophagocytic lymphohistiocytosis or, in rheumatic disease, macrophage activation syndrome — including after immune effector cell therapy.",
    sources: ["fajgenbaum-2020", "henter-2007", "fardet-2014"],
    when: (_a, r) =>
      [r.hscore, r["hlh-2004"], r["mas-2016"]].some((x) => x.applicable && x.meetsThreshold === true) ? "An applicable HLH or MAS instrument meets its threshold." : null,
  },
  {
    id: "dic",
    title: "Disseminated intravascular coagulation",
    text: "Overt DIC is a consequence with its own cause to look for (sepsis, malignancy, trauma, obstetric causes) and its own management.",
    sources: ["taylor-2001"],
    when: (_a, r) => (r["isth-dic"].meetsThreshold === true ? `ISTH overt DIC score ${r["isth-dic"].min} (≥ 5).` : null),
  },
  {
    id: "icans",
    title: "Neurotoxicity (ICANS) and its mimics",
    text:
      "Neurological signs after immune effector cell therapy are graded separately from CRS (ICANS) and may occur with or without it. " +
      "Mimics to exclude: sedating medication or any other cause of depressed consciousness (ASTCT counts depressed consciousness only when nothing else explains it); " +
      "non-convulsive seizures (ASCO 2021: EEG for unexplained altered mental status); severe hyponatraemia (ASCO 2021: monitor and correct); " +
      "and what brain imaging and lumbar puncture show (ASCO 2021 work-up). ASCO 2021 manages ICANS with corticosteroids and supportive care; IL-6 blockade appears there only for concurrent CRS.",
    sources: ["lee-2019", "santomasso-2021"],
    when: (a, r) =>
      a.context?.setting === "immune-effector-cell-therapy" && r["astct-icans"].meetsThreshold === true
        ? `ICANS grade ${r["astct-icans"].value ?? `${r["astct-icans"].min}–${r["astct-icans"].max}`}.`
        : null,
  },
  {
    id: "iec-hs",
    title: "IEC-HS: HLH-like syndrome after immune effector cells",
    text:
      "An ASTCT consensus (Hines 2023) names the HLH-like toxicity after immune effector cell therapy “immune effector cell-associated HLH-like syndrome” (IEC-HS), " +
      "notes that these toxicities are often not as directly tied to CRS or its severity as first described, and gives its own framework and grading. " +
      "Its criteria and grades could not be read for crs-screen, so none are applied here. HScore and HLH-2004 were not derived after immune effector cell therapy: " +
      "read their results here as HLH-like features, not as a classification.",
    sources: ["hines-2023", "fardet-2014", "henter-2007"],
    when: (a, r) => {
      if (a.context?.setting !== "immune-effector-cell-therapy") return null;
      const met = [r.hscore, r["hlh-2004"]].filter((x) => x.meetsThreshold === true);
      if (met.length === 0) return null;
      return `After immune effector cell therapy, ${met.map(hlhLikeFinding).join(" and ")}.`;
    },
  },
];

/** Under 18 by a recorded age: qSOFA does not apply, and a sepsis prompt says that children's criteria differ. */
function isChild(a: Assessment): boolean {
  const age = readValue(a, "context.ageYears");
  return age !== undefined && age < QSOFA_MIN_AGE_YEARS;
}

/** "38.0" for a whole number, else as entered: a temperature reads like its threshold ("≥ 38.0 °C"). */
const celsius = (t: number): string => `${Number.isInteger(t) ? t.toFixed(1) : t} °C`;

/** A device's label inside a sentence: "nasal cannula", but "CPAP" and "BiPAP" as they are. */
const inSentence = (label: string): string => (/^[A-Z][a-z]+\b/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);

const OTHER_CAUSE = ", put down to another cause";

/** How a present hypotension shows, in a few words: the vasopressors when any is given, else how it was judged. */
function hypotensionWords(a: Assessment, basis: HypotensionBasis): string {
  if (vasopressorGiven(a).value === true) {
    const count = readValue(a, "vitals.vasopressorsExcludingVasopressin") ?? 0;
    const drugs = [...(count > 0 ? [counted(count, "vasopressor")] : []), ...(readFinding(a, "vitals.vasopressin").value === true ? ["vasopressin"] : [])];
    return `on ${drugs.join(" and ")}`;
  }
  switch (basis) {
    case "clinician":
    case "vasopressor":
      return "hypotension";
    case "blood-pressure":
      return `hypotension for age (systolic ${readValue(a, "vitals.systolicBpMmHg")} mmHg)`;
  }
}

/**
 * What opens "infection first" after immune effector cells: fever (the ASTCT threshold, whatever it
 * is put down to), hypotension (the contract's reading: the clinician's call, any vasopressor, or
 * blood pressure for age), hypoxia (any oxygen, except ventilation recorded as only protecting the
 * airway), or antipyretic or anti-cytokine therapy given, which can mask the fever. A sign put down
 * to another cause is still present. Each counts only when the data say it is present: an unknown
 * sign is not a present one, so with all of them unknown the rule stays silent (and says nothing
 * about them); qSOFA's own prompt, adults only, still names what is incomplete.
 */
function infectionFirstSigns(a: Assessment): string[] {
  const signs: string[] = [];
  const temperature = readValue(a, "vitals.temperatureMaxC");
  const fever = meets(a, ASTCT_FEVER).value === true && temperature !== undefined;
  if (fever) {
    const elsewhere = readFinding(a, "context.feverOtherCause").value === true ? OTHER_CAUSE : "";
    signs.push(`temperature ${celsius(temperature)} (fever ${publishedThreshold(ASTCT_FEVER)}${elsewhere})`);
  }
  const low = hypotension(a);
  if (low.value === true) signs.push(`${hypotensionWords(a, low.basis)}${readFinding(a, "vitals.hypotensionOtherCause").value === true ? OTHER_CAUSE : ""}`);
  const device = a.vitals?.oxygenDevice;
  const onOxygen = device != null && !oxygenClasses(a).classes.includes("none") && !ventilatedForAirwayProtection(a);
  if (onOxygen) signs.push(`oxygen by ${inSentence(OXYGEN_DEVICES[device])}${readFinding(a, "vitals.hypoxiaOtherCause").value === true ? OTHER_CAUSE : ""}`);
  if (readFinding(a, "context.antipyreticOrAnticytokineGiven").value === true) {
    const therapy = fever || temperature === undefined ? "antipyretic or anti-cytokine therapy given" : `temperature ${celsius(temperature)} after antipyretic or anti-cytokine therapy`;
    signs.push(`${therapy}, which can mask fever and CRP`);
  }
  return signs;
}

/**
 * Why no therapy class is listed, in a sentence that is true for this screening. "No instrument
 * meets its threshold" was not (issue 27: the APL case, ISTH overt DIC 6 and level "consistent"):
 * an applicable instrument can meet its threshold and name no pattern — ISTH DIC, whose cause is
 * looked for instead (its differential).
 */
export function noTherapiesReason(instruments: readonly InstrumentResult[]): string {
  const applicable = instruments.filter((r) => r.applicable);
  const met = applicable.filter((r) => r.meetsThreshold === true);
  if (met.length > 0) {
    const names = met.map((r) => INSTRUMENTS[r.id].shortName).join(" and ");
    const one = isSingular(met.length);
    return `${names} meet${one ? "s its" : " their"} threshold but name${one ? "s" : ""} no pattern that therapy classes are listed for: see the differentials.`;
  }
  if (applicable.some((r) => r.meetsThreshold === null)) {
    return "No applicable instrument meets its threshold yet (missing data could still change that), so no pattern is named and no therapy classes are listed.";
  }
  return "No applicable instrument meets its threshold, so no pattern is named and no therapy classes are listed.";
}

/** "HScore 201 (≥ 169)", "HLH-2004 5 of 8 criteria (≥ 5)": what an HLH instrument found, in a few words. */
function hlhLikeFinding(r: InstrumentResult): string {
  return r.id === "hscore" ? `HScore ${r.min} (≥ 169)` : `HLH-2004 ${r.min} of 8 criteria (≥ 5, or a molecular diagnosis)`;
}

export function differentials(assessment: Assessment, results: Results): Differential[] {
  const shown: Differential[] = [];
  for (const rule of DIFFERENTIAL_RULES) {
    const because = rule.when(assessment, results);
    if (because !== null) shown.push({ id: rule.id, because });
  }
  return shown;
}

/** Where two instruments for the same syndrome disagree, say so (e.g. HScore ≥ 169 but HLH-2004 < 5). */
export function disagreements(results: Results): string[] {
  const out: string[] = [];
  const h = results.hscore;
  const hlh = results["hlh-2004"];
  if (h.meetsThreshold === true && hlh.meetsThreshold === false) {
    out.push(`HScore ${h.min} meets ≥ 169 but HLH-2004 has ${hlh.min} of 8 criteria (< 5): the instruments disagree — HScore weighs laboratory degree, HLH-2004 counts criteria.`);
  }
  if (h.meetsThreshold === false && hlh.meetsThreshold === true) {
    out.push(`HLH-2004 criteria are met but HScore ${h.max} is below 169: the instruments disagree.`);
  }
  return out;
}
