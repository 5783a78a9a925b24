/**
 * The steps of the assessment form, as data: which fields each step asks for, grouped as the
 * clinician meets them. The form renders this table; labels, units, ranges and options come from
 * lib/assessment/fields.ts. Framework-free so it can be tested and reused (review, result links).
 */
import {
  ASTCT_FEVER,
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
import type { EnumFieldPath, FieldPath, NumericFieldPath, TriStateFieldPath } from "../assessment/fields";

/**
 * A question asked only when the answers it qualifies call for it (GOV.UK's conditional reveal):
 * `asked` reads the current answers in canonical form (a number as a number, a finding as
 * true/false, a choice as its value; undefined while not answered). `dependsOn` names the fields it
 * reads, so the form re-checks only when one of them changes. A hidden question keeps its answer.
 */
export interface AskedWhen {
  readonly dependsOn: readonly FieldPath[];
  readonly asked: (valueOf: (path: FieldPath) => unknown) => boolean;
}

export type FieldSpec =
  | { readonly kind: "number"; readonly path: NumericFieldPath; readonly hint?: string; readonly askedWhen?: AskedWhen }
  | { readonly kind: "tri-state"; readonly path: TriStateFieldPath; readonly hint?: string; readonly askedWhen?: AskedWhen }
  | { readonly kind: "choice"; readonly path: EnumFieldPath; readonly hint?: string; readonly askedWhen?: AskedWhen }
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

/** Is the field asked, given the current answers (`valueOf` reads one by path, canonical; undefined = not answered)? */
export function fieldShown(spec: FieldSpec, valueOf: (path: FieldPath) => unknown): boolean {
  if (spec.kind === "ice-items" || spec.kind === "text" || spec.askedWhen === undefined) return true;
  return spec.askedWhen.asked(valueOf);
}

/** The fields a question's `askedWhen` reads (none for a question always asked). */
export function dependenciesOf(spec: FieldSpec): readonly FieldPath[] {
  return spec.kind === "ice-items" || spec.kind === "text" ? [] : (spec.askedWhen?.dependsOn ?? []);
}

/** The CAPD as published (CHOP delirium pathway), linked rather than reproduced: its licence is unverified. */
const CAPD_TOOL_URL = "https://www.chop.edu/node/138797";

export type Section = "context" | "vitals" | "findings" | "neuro" | "labs" | "pathology";

export interface StepDefinition {
  readonly id: string;
  readonly title: string;
  /** One line under the title: what this step is for. */
  readonly intro: string;
  /** The questions, grouped as the clinician meets them; a step owns exactly the fields it asks (stepPaths). */
  readonly groups: readonly FieldGroup[];
}

const number = (path: NumericFieldPath, hint?: string, askedWhen?: AskedWhen): FieldSpec => ({ kind: "number", path, hint, askedWhen });
const tri = (path: TriStateFieldPath, hint?: string, askedWhen?: AskedWhen): FieldSpec => ({ kind: "tri-state", path, hint, askedWhen });
const choice = (path: EnumFieldPath, hint?: string): FieldSpec => ({ kind: "choice", path, hint });

// When the qualifying questions can matter (each reads only answers on its own step).
/** CRS before the therapy matters only when the therapy was given (ASSESSMENT.md, second 2026-12 addition). */
const WHEN_THERAPY_GIVEN: AskedWhen = { dependsOn: ["context.antipyreticOrAnticytokineGiven"], asked: (v) => v("context.antipyreticOrAnticytokineGiven") === true };
/** Fever's cause matters unless the temperature is known to be below the ASTCT fever threshold. */
const WHEN_FEVER_POSSIBLE: AskedWhen = {
  dependsOn: ["vitals.temperatureMaxC"],
  asked: (v) => {
    const t = v("vitals.temperatureMaxC");
    return typeof t !== "number" || t >= ASTCT_FEVER.value;
  },
};
/** Hypotension's cause matters unless hypotension was answered "no" with no vasopressor given. */
const WHEN_HYPOTENSION_POSSIBLE: AskedWhen = {
  dependsOn: ["vitals.hypotension", "vitals.vasopressorsExcludingVasopressin", "vitals.vasopressin"],
  asked: (v) => {
    const count = v("vitals.vasopressorsExcludingVasopressin");
    return !(v("vitals.hypotension") === false && (count === undefined || count === 0) && v("vitals.vasopressin") !== true);
  },
};
/** Hypoxia's cause matters only on oxygen (an unrecorded device leaves it open). */
const WHEN_ON_OXYGEN: AskedWhen = { dependsOn: ["vitals.oxygenDevice"], asked: (v) => v("vitals.oxygenDevice") !== "none" };
/** The flow decides low- or high-flow only for an ordinary nasal cannula (ASTCT: > 6 L/min is high-flow). */
const WHEN_NASAL_CANNULA: AskedWhen = { dependsOn: ["vitals.oxygenDevice"], asked: (v) => v("vitals.oxygenDevice") === "nasal-cannula" };
const WHEN_VENTILATED: AskedWhen = { dependsOn: ["vitals.oxygenDevice"], asked: (v) => v("vitals.oxygenDevice") === "mechanical-ventilation" };

export const STEPS = [
  {
    id: "context",
    title: "Context",
    intro: "The clinical setting decides which instruments apply. No patient identifiers — a case title is enough.",
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
        ],
      },
    ],
  },
  {
    id: "vitals",
    title: "Vital signs and support",
    intro: "The highest temperature in the last 24 h, blood pressure and any vasopressor or oxygen support.",
    groups: [
      {
        // The questions fever hinges on sit beside the temperature (CRS is a diagnosis of exclusion).
        legend: "Temperature",
        fields: [
          number("vitals.temperatureMaxC", "Highest in the last 24 h."),
          tri(
            "context.feverOtherCause",
            "ASTCT counts fever only when not attributable to another cause — infection first: cultures and imaging before attributing it to CRS.",
            WHEN_FEVER_POSSIBLE,
          ),
          tri(
            "context.antipyreticOrAnticytokineGiven",
            "Paracetamol, NSAIDs, tocilizumab or corticosteroids mask fever (and CRP): a normal temperature after them does not rule out infection or CRS.",
          ),
          tri(
            "context.crsBeforeTherapy",
            "ASTCT (Lee 2019): fever is no longer required only in patients who had CRS and then received the therapy. No: fever is still required. Not answered: the grade stays open.",
            WHEN_THERAPY_GIVEN,
          ),
        ],
      },
      {
        legend: "Vital signs",
        fields: [
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
          tri(
            "vitals.hypotensionOtherCause",
            "ASTCT grades hypotension only when not attributable to another cause (Lee 2019). Not answered: the grade stays open between both readings.",
            WHEN_HYPOTENSION_POSSIBLE,
          ),
        ],
      },
      {
        legend: "Oxygen",
        fields: [
          choice("vitals.oxygenDevice"),
          number("vitals.oxygenFlowLPerMin", `ASTCT: a nasal cannula above ${LOW_FLOW_NASAL_CANNULA_MAX_L_PER_MIN} L/min counts as high-flow.`, WHEN_NASAL_CANNULA),
          tri(
            "vitals.intubatedForAirwayProtection",
            "If yes, crs-screen does not count the ventilation as CRS hypoxia — our convention; Lee 2019 itself lists positive pressure, intubation included, under hypoxia. Not answered: it counts.",
            WHEN_VENTILATED,
          ),
          tri(
            "vitals.hypoxiaOtherCause",
            "ASTCT grades hypoxia only when not attributable to another cause (Lee 2019). Not answered: the grade stays open between both readings.",
            WHEN_ON_OXYGEN,
          ),
        ],
      },
    ],
  },
  {
    id: "findings",
    title: "Signs and examination",
    intro: "For each sign: present, looked for and absent, or not assessed. Not assessed is never read as absent.",
    groups: [
      {
        legend: "Symptoms",
        fields: [tri("findings.chills"), tri("findings.headache"), tri("findings.dizziness"), tri("findings.fatigue"), tri("findings.malaise"), tri("findings.myalgia"), tri("findings.wateryDiarrhea")],
      },
      {
        legend: "Examination",
        fields: [tri("findings.capillaryLeak"), tri("findings.hepatomegaly"), tri("findings.splenomegaly"), tri("findings.bleeding")],
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
        fields: [
          choice("neuro.consciousness"),
          // Beside the level of consciousness it qualifies (qSOFA's altered mentation is GCS < 15).
          tri("findings.alteredMentation", "qSOFA: GCS < 15. Awakening only to voice, to touch or not at all already means GCS < 15."),
          choice("neuro.seizure"),
          tri("neuro.motorWeakness"),
          choice("neuro.cerebralEdema"),
        ],
      },
    ],
  },
  {
    id: "laboratory",
    title: "Laboratory",
    intro: "Enter values in the units your laboratory reports; they are stored in canonical units.",
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
    groups: [],
  },
] as const satisfies readonly StepDefinition[];

export type StepId = (typeof STEPS)[number]["id"];

export function stepById(id: string): StepDefinition | undefined {
  return STEPS.find((s) => s.id === id);
}

/**
 * The Assessment paths a step asks for, in its order: each field's path, the ICE screen as its items
 * (`neuro.iceItems`), the case title as `label`. Every path belongs to exactly one step
 * (tests/lib/form/steps.test.ts), so saving a step replaces these and nothing else.
 */
export function stepPaths(step: StepDefinition): readonly string[] {
  return step.groups.flatMap((g) => g.fields.map((f) => (f.kind === "ice-items" ? "neuro.iceItems" : f.path)));
}

/** The Assessment sections a step writes into (its paths' first parts; "label" for the case title). */
export function stepSections(step: StepDefinition): readonly (Section | "label")[] {
  return [...new Set(stepPaths(step).map((p) => p.split(".")[0] as Section | "label"))];
}

/** Does `path` (a field, or a part of one such as an ICE item) lie under one of these paths? */
export function underAny(path: string, paths: readonly string[]): boolean {
  return paths.some((p) => path === p || path.startsWith(`${p}.`));
}

/** The step that asks for a field path ("labs.ferritinNgPerMl" → "laboratory"), for "complete it" links. */
export function stepOfField(path: string): StepId {
  // The ICE score itself has no input: its items, on the neurology step, stand for it.
  const asked = path === "neuro.iceScore" ? "neuro.iceItems" : path;
  const found = STEPS.find((s) => underAny(asked, stepPaths(s)));
  return found ? found.id : "review";
}
