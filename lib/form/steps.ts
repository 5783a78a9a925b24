/**
 * The steps of the assessment form, as data: which fields each step asks for, grouped as the
 * clinician meets them. The form renders this table; labels, units, ranges and options come from
 * lib/assessment/fields.ts. Framework-free so it can be tested and reused (review, result links).
 */
import {
  HYPOTENSION_INFANT_SBP_BELOW_MMHG,
  HYPOTENSION_MAP_BELOW_MMHG,
  HYPOTENSION_MAP_FROM_AGE_YEARS,
  HYPOTENSION_NEONATE_SBP_BELOW_MMHG,
  HYPOTENSION_SBP_BELOW_MMHG,
  ICE_MIN_AGE_YEARS,
  LOW_FLOW_NASAL_CANNULA_MAX_L_PER_MIN,
  NEONATE_MAX_AGE_DAYS,
  encephalopathyTests,
} from "../assessment/derived";
import type { EnumFieldPath, NumericFieldPath, TriStateFieldPath } from "../assessment/fields";

/** A question asked only when another field on the same step has this value (as the form holds it: a tri-state's "true"). */
export interface ShownWhen {
  readonly path: EnumFieldPath | TriStateFieldPath;
  readonly equals: string;
}

export type FieldSpec =
  | { readonly kind: "number"; readonly path: NumericFieldPath; readonly hint?: string }
  | { readonly kind: "tri-state"; readonly path: TriStateFieldPath; readonly hint?: string; readonly shownWhen?: ShownWhen }
  | { readonly kind: "choice"; readonly path: EnumFieldPath; readonly hint?: string }
  | { readonly kind: "ice-items" }
  | { readonly kind: "text"; readonly path: "label"; readonly hint?: string };

export interface FieldGroup {
  readonly legend: string;
  readonly fields: readonly FieldSpec[];
  /** Asked only for this age's encephalopathy test (ICE from 12, CAPD under 12; both while the age is unknown). */
  readonly forTest?: "ice" | "capd";
  /** A published tool to link to under the legend (its wording is not reproduced). */
  readonly link?: { readonly href: string; readonly text: string };
}

/** Is the group asked at this age (the context step's age; undefined = not recorded)? */
export function groupShown(group: FieldGroup, ageYears: number | undefined): boolean {
  return group.forTest === undefined || encephalopathyTests(ageYears).includes(group.forTest);
}

/** Is the field asked, given the step's current form values (`valueOf` reads one by path)? */
export function fieldShown(spec: FieldSpec, valueOf: (path: string) => unknown): boolean {
  if (spec.kind !== "tri-state" || spec.shownWhen === undefined) return true;
  return valueOf(spec.shownWhen.path) === spec.shownWhen.equals;
}

/** The CAPD as published (CHOP delirium pathway), linked rather than reproduced: its licence is unverified. */
export const CAPD_TOOL_URL = "https://www.chop.edu/node/138797";

export type Section = "context" | "vitals" | "findings" | "neuro" | "labs" | "pathology";

export interface StepDefinition {
  readonly id: string;
  readonly title: string;
  /** One line under the title: what this step is for. */
  readonly intro: string;
  /** The Assessment sections the step edits (none for review). */
  readonly sections: readonly (Section | "label")[];
  readonly groups: readonly FieldGroup[];
}

const number = (path: NumericFieldPath, hint?: string): FieldSpec => ({ kind: "number", path, hint });
const tri = (path: TriStateFieldPath, hint?: string): FieldSpec => ({ kind: "tri-state", path, hint });
const choice = (path: EnumFieldPath, hint?: string): FieldSpec => ({ kind: "choice", path, hint });

export const STEPS = [
  {
    id: "context",
    title: "Context",
    intro: "The clinical setting decides which instruments apply. No patient identifiers — a case title is enough.",
    sections: ["label", "context"],
    groups: [
      {
        legend: "Case",
        fields: [{ kind: "text", path: "label", hint: "A training title such as “Case 7, day 3” — never a name or record number." }],
      },
      {
        legend: "Setting and patient",
        fields: [
          choice("context.setting"),
          number("context.ageYears", "Fractions are fine for infants (e.g. 0.05 years ≈ 18 days)."),
          number("context.daysSinceInfusion", "Immune effector cell therapy only."),
        ],
      },
      {
        legend: "History",
        fields: [
          tri("context.immunosuppressed", "HScore: HIV or long-term immunosuppressive therapy."),
          tri("context.sjia", "MAS-2016 applies only to known or suspected systemic JIA."),
          tri("context.hlhMolecularDiagnosis", "HLH-2004 criterion A (Table I). A family history alone is not enough: that was HLH-94's “familial disease”."),
          tri(
            "context.antipyreticOrAnticytokineGiven",
            "Paracetamol, NSAIDs, tocilizumab or corticosteroids mask fever (and CRP): a normal temperature after them does not rule out infection or CRS.",
          ),
          {
            kind: "tri-state",
            path: "context.crsBeforeTherapy",
            shownWhen: { path: "context.antipyreticOrAnticytokineGiven", equals: "true" },
            hint: "ASTCT (Lee 2019): fever is no longer required only in patients who had CRS and then received the therapy. No: fever is still required. Not answered: the grade stays open.",
          },
          tri("context.feverOtherCause", "ASTCT counts fever only when not attributable to another cause — infection first: cultures and imaging before attributing it to CRS."),
        ],
      },
    ],
  },
  {
    id: "vitals",
    title: "Vital signs and support",
    intro: "The highest temperature in the last 24 h, blood pressure and any vasopressor or oxygen support.",
    sections: ["vitals"],
    groups: [
      {
        legend: "Vital signs",
        fields: [
          number("vitals.temperatureMaxC", "Highest in the last 24 h."),
          number("vitals.systolicBpMmHg"),
          number("vitals.diastolicBpMmHg"),
          number("vitals.heartRateBpm"),
          number("vitals.respiratoryRatePerMin"),
          number("vitals.spo2Percent"),
        ],
      },
      {
        legend: "Circulatory support",
        fields: [
          tri(
            "vitals.hypotension",
            `Your judgement. Left unanswered, it is derived from blood pressure by age (AHA/PALS 2010): SBP < ${HYPOTENSION_NEONATE_SBP_BELOW_MMHG} mmHg to ${NEONATE_MAX_AGE_DAYS} days, < ${HYPOTENSION_INFANT_SBP_BELOW_MMHG} to 1 year, < 70 + 2 × age in completed years from 1 to 10, < ${HYPOTENSION_SBP_BELOW_MMHG} from 10; from ${HYPOTENSION_MAP_FROM_AGE_YEARS} years also MAP < ${HYPOTENSION_MAP_BELOW_MMHG} mmHg (our convention, not PALS).`,
          ),
          number("vitals.vasopressorsExcludingVasopressin", "How many vasopressors, not counting vasopressin."),
          tri("vitals.vasopressin"),
          tri("vitals.hypotensionOtherCause", "ASTCT grades hypotension only when not attributable to another cause (Lee 2019). Not answered: the grade stays open between both readings."),
        ],
      },
      {
        legend: "Oxygen",
        fields: [
          choice("vitals.oxygenDevice"),
          number("vitals.oxygenFlowLPerMin", `ASTCT: a nasal cannula above ${LOW_FLOW_NASAL_CANNULA_MAX_L_PER_MIN} L/min counts as high-flow.`),
          {
            kind: "tri-state",
            path: "vitals.intubatedForAirwayProtection",
            shownWhen: { path: "vitals.oxygenDevice", equals: "mechanical-ventilation" },
            hint: "If yes, crs-screen does not count the ventilation as CRS hypoxia — our convention; Lee 2019 itself lists positive pressure, intubation included, under hypoxia. Not answered: it counts.",
          },
          tri("vitals.hypoxiaOtherCause", "ASTCT grades hypoxia only when not attributable to another cause (Lee 2019). Not answered: the grade stays open between both readings."),
        ],
      },
    ],
  },
  {
    id: "findings",
    title: "Signs and examination",
    intro: "For each sign: present, looked for and absent, or not assessed. Not assessed is never read as absent.",
    sections: ["findings"],
    groups: [
      {
        legend: "Symptoms",
        fields: [tri("findings.chills"), tri("findings.headache"), tri("findings.dizziness"), tri("findings.fatigue"), tri("findings.malaise"), tri("findings.myalgia"), tri("findings.wateryDiarrhea")],
      },
      {
        legend: "Examination",
        fields: [tri("findings.capillaryLeak"), tri("findings.hepatomegaly"), tri("findings.splenomegaly"), tri("findings.bleeding"), tri("findings.alteredMentation")],
      },
      {
        legend: "Organ involvement",
        fields: [tri("findings.cardiomyopathy"), tri("findings.lungInjury"), tri("findings.acuteKidneyInjury")],
      },
    ],
  },
  {
    id: "neurology",
    title: "Neurological status",
    intro: `The ICE screen item by item from ${ICE_MIN_AGE_YEARS} years (an item can be marked not assessable) or, under ${ICE_MIN_AGE_YEARS}, the CAPD total; then consciousness, seizures, motor findings and oedema.`,
    sections: ["neuro"],
    groups: [
      { legend: `ICE screen (Immune effector Cell-associated Encephalopathy) — age ${ICE_MIN_AGE_YEARS} and over`, forTest: "ice", fields: [{ kind: "ice-items" }] },
      {
        legend: `CAPD (Cornell Assessment of Pediatric Delirium) — children under ${ICE_MIN_AGE_YEARS}`,
        forTest: "capd",
        link: { href: CAPD_TOOL_URL, text: "The CAPD scale (8 items, 0–32) on the CHOP delirium pathway" },
        fields: [
          number(
            "neuro.capdScore",
            "The total of the 8 items (0–32), scored with the published tool. ASTCT: ≥ 9 is grade 3; 1–8 is grade 1–2, the level of consciousness deciding. If the child cannot be assessed because of ICANS, record the level of consciousness; under sedation the CAPD is not assessable.",
          ),
        ],
      },
      {
        legend: "Other domains",
        fields: [choice("neuro.consciousness"), choice("neuro.seizure"), tri("neuro.motorWeakness"), choice("neuro.cerebralEdema")],
      },
    ],
  },
  {
    id: "laboratory",
    title: "Laboratory",
    intro: "Enter values in the units your laboratory reports; they are stored in canonical units.",
    sections: ["labs"],
    groups: [
      {
        legend: "Blood count",
        fields: [number("labs.hemoglobinGPerDl"), number("labs.leukocytesE9PerL"), number("labs.neutrophilsE9PerL"), number("labs.lymphocytesE9PerL"), number("labs.plateletsE9PerL")],
      },
      {
        legend: "Inflammation",
        fields: [number("labs.ferritinNgPerMl"), number("labs.crpMgPerL"), number("labs.il6PgPerMl"), number("labs.solubleCd25UPerMl")],
      },
      {
        legend: "Coagulation",
        fields: [
          number("labs.fibrinogenGPerL"),
          number("labs.dDimerNgPerMlFeu", "Fibrinogen-equivalent units (FEU); a D-dimer in DDU is about half — ask the laboratory."),
          number("labs.ptProlongationSeconds", "Seconds above the upper reference limit."),
          choice("labs.fibrinMarkerIncrease", "ISTH: moderate or strong, as your laboratory defines it."),
        ],
      },
      {
        legend: "Chemistry",
        fields: [number("labs.triglyceridesMmolPerL", "Fasting, if possible."), number("labs.astUPerL"), number("labs.altUPerL"), number("labs.ldhUPerL"), number("labs.creatinineMgPerDl")],
      },
    ],
  },
  {
    id: "pathology",
    title: "Pathology",
    intro: "Tissue and functional findings for the haemophagocytic syndromes.",
    sections: ["pathology"],
    groups: [
      {
        legend: "Findings",
        fields: [tri("pathology.hemophagocytosisBoneMarrow"), tri("pathology.hemophagocytosisSpleenOrLymphNode"), tri("pathology.nkActivityLowOrAbsent")],
      },
    ],
  },
  {
    id: "review",
    title: "Review",
    intro: "Everything entered, and the data that would complete each instrument.",
    sections: [],
    groups: [],
  },
] as const satisfies readonly StepDefinition[];

export type StepId = (typeof STEPS)[number]["id"];
export const STEP_IDS: readonly StepId[] = STEPS.map((s) => s.id);

export function stepById(id: string): StepDefinition | undefined {
  return STEPS.find((s) => s.id === id);
}

/** The step that asks for a field path ("labs.ferritinNgPerMl" → "laboratory"), for "complete it" links. */
export function stepOfField(path: string): StepId {
  const section = path.split(".")[0];
  const found = STEPS.find((s) => (s.sections as readonly string[]).includes(section ?? ""));
  return found ? found.id : "review";
}
