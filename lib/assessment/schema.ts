import * as z from "zod/mini";
import {
  CEREBRAL_EDEMA_STATES,
  CONSCIOUSNESS_LEVELS,
  FIBRIN_MARKER_INCREASES,
  NUMERIC_FIELDS,
  OXYGEN_DEVICES,
  SEIZURE_STATES,
  SETTINGS,
  TRI_STATE_FIELDS,
  LABEL_MAX_LENGTH,
  SCHEMA_VERSION,
  fieldLabel,
  type NumericField,
  type NumericFieldPath,
  type TriStateFieldPath,
} from "./fields";
import { crossFieldProblems } from "./cross-field";

// In the browser the app's Content-Security-Policy forbids eval (lib/security-headers.ts), so
// zod's compiled fast path can never run there; but zod finds that out by calling `new Function`
// once, and Chromium reports that caught call as a CSP violation (DevTools Issues; Lighthouse
// best practices). `jitless` skips the probe and takes the same path the probe would pick. Node
// (the CLI, tests under `node`) has no such policy and keeps the fast path.
if (typeof window !== "undefined") z.config({ jitless: true });

/**
 * The Assessment v1 contract (../shared/spec/ASSESSMENT.md) as one zod schema. The form, the
 * importer, the scenario files, the CLI and the published JSON Schema all use this schema;
 * `Assessment` is inferred from it. Absent or `null` means unknown everywhere. Written with
 * `zod/mini` (the same zod 4 core, functional API): the browser bundles only the parts used —
 * about a third of classic zod, whose every schema carries all methods and the JSON Schema code.
 */

function shown(input: unknown): string {
  if (typeof input === "string") return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (input === undefined) return "nothing";
  if (typeof input === "object" && input !== null) return Array.isArray(input) ? "a list" : "an object";
  return String(input);
}

/** A measured value in its canonical unit; messages name the field, the value and the allowed range. */
function measured(path: NumericFieldPath) {
  const field: NumericField = NUMERIC_FIELDS[path];
  const name = fieldLabel(path);
  const range = `must be between ${field.min} and ${field.max}`;
  const checks = [
    ...(field.integer ? [z.int({ error: (issue) => `${name} must be a whole number; got ${shown(issue.input)}` })] : []),
    z.gte(field.min, { error: (issue) => `${name} ${range}; got ${shown(issue.input)}` }),
    z.lte(field.max, { error: (issue) => `${name} ${range}; got ${shown(issue.input)}` }),
  ];
  const schema = z
    .number({ error: (issue) => `${name} must be a number; got ${shown(issue.input)}` })
    .check(...checks)
    .register(z.globalRegistry, { description: `${name}: plausible ${field.min}–${field.max}${field.unit ? ` ${field.unit}` : ""}. Absent or null = unknown.` });
  return z.nullish(schema);
}

/** A tri-state finding: true = present, false = looked for and absent, absent/null = not assessed. */
function finding(path: TriStateFieldPath) {
  const name = TRI_STATE_FIELDS[path];
  return z.nullish(
    z
      .boolean({ error: (issue) => `${name} must be true (present), false (absent) or left out (not assessed); got ${shown(issue.input)}` })
      .register(z.globalRegistry, { description: `${name}: true = present, false = looked for and absent; absent or null = not assessed.` }),
  );
}

function oneOf<const T extends Record<string, string>>(options: T, label: string) {
  const values = Object.keys(options) as [keyof T & string, ...(keyof T & string)[]];
  return z.nullish(
    z
      .enum(values, { error: (issue) => `${label} must be one of ${values.join(", ")}; got ${shown(issue.input)}` })
      .register(z.globalRegistry, { description: `${label}: ${values.map((v) => `${v} (${options[v]})`).join("; ")}. Absent or null = unknown.` }),
  );
}

export const ContextSchema = z.strictObject({
  setting: oneOf(SETTINGS, fieldLabel("context.setting")),
  ageYears: measured("context.ageYears"),
  daysSinceInfusion: measured("context.daysSinceInfusion"),
  immunosuppressed: finding("context.immunosuppressed"),
  sjia: finding("context.sjia"),
  hlhMolecularDiagnosis: finding("context.hlhMolecularDiagnosis"),
  antipyreticOrAnticytokineGiven: finding("context.antipyreticOrAnticytokineGiven"),
  feverOtherCause: finding("context.feverOtherCause"),
});

export const VitalsSchema = z.strictObject({
  temperatureMaxC: measured("vitals.temperatureMaxC"),
  systolicBpMmHg: measured("vitals.systolicBpMmHg"),
  diastolicBpMmHg: measured("vitals.diastolicBpMmHg"),
  heartRateBpm: measured("vitals.heartRateBpm"),
  respiratoryRatePerMin: measured("vitals.respiratoryRatePerMin"),
  spo2Percent: measured("vitals.spo2Percent"),
  hypotension: finding("vitals.hypotension"),
  vasopressorsExcludingVasopressin: measured("vitals.vasopressorsExcludingVasopressin"),
  vasopressin: finding("vitals.vasopressin"),
  oxygenDevice: oneOf(OXYGEN_DEVICES, fieldLabel("vitals.oxygenDevice")),
  oxygenFlowLPerMin: measured("vitals.oxygenFlowLPerMin"),
});

export const FindingsSchema = z.strictObject({
  chills: finding("findings.chills"),
  headache: finding("findings.headache"),
  dizziness: finding("findings.dizziness"),
  fatigue: finding("findings.fatigue"),
  malaise: finding("findings.malaise"),
  myalgia: finding("findings.myalgia"),
  wateryDiarrhea: finding("findings.wateryDiarrhea"),
  capillaryLeak: finding("findings.capillaryLeak"),
  hepatomegaly: finding("findings.hepatomegaly"),
  splenomegaly: finding("findings.splenomegaly"),
  cardiomyopathy: finding("findings.cardiomyopathy"),
  lungInjury: finding("findings.lungInjury"),
  acuteKidneyInjury: finding("findings.acuteKidneyInjury"),
  bleeding: finding("findings.bleeding"),
  alteredMentation: finding("findings.alteredMentation"),
});

/** ICE items; `null` = not assessable (language, vision or hearing barrier). */
export const IceItemsSchema = z.strictObject({
  orientation: measured("neuro.iceItems.orientation"),
  naming: measured("neuro.iceItems.naming"),
  commands: measured("neuro.iceItems.commands"),
  writing: measured("neuro.iceItems.writing"),
  attention: measured("neuro.iceItems.attention"),
});

export const NeuroSchema = z.strictObject({
  iceScore: measured("neuro.iceScore"),
  iceItems: z.nullish(IceItemsSchema),
  consciousness: oneOf(CONSCIOUSNESS_LEVELS, fieldLabel("neuro.consciousness")),
  seizure: oneOf(SEIZURE_STATES, fieldLabel("neuro.seizure")),
  motorWeakness: finding("neuro.motorWeakness"),
  cerebralEdema: oneOf(CEREBRAL_EDEMA_STATES, fieldLabel("neuro.cerebralEdema")),
});

export const LabsSchema = z.strictObject({
  hemoglobinGPerDl: measured("labs.hemoglobinGPerDl"),
  leukocytesE9PerL: measured("labs.leukocytesE9PerL"),
  neutrophilsE9PerL: measured("labs.neutrophilsE9PerL"),
  lymphocytesE9PerL: measured("labs.lymphocytesE9PerL"),
  plateletsE9PerL: measured("labs.plateletsE9PerL"),
  ferritinNgPerMl: measured("labs.ferritinNgPerMl"),
  triglyceridesMmolPerL: measured("labs.triglyceridesMmolPerL"),
  fibrinogenGPerL: measured("labs.fibrinogenGPerL"),
  astUPerL: measured("labs.astUPerL"),
  altUPerL: measured("labs.altUPerL"),
  ldhUPerL: measured("labs.ldhUPerL"),
  crpMgPerL: measured("labs.crpMgPerL"),
  il6PgPerMl: measured("labs.il6PgPerMl"),
  dDimerNgPerMlFeu: measured("labs.dDimerNgPerMlFeu"),
  solubleCd25UPerMl: measured("labs.solubleCd25UPerMl"),
  ptProlongationSeconds: measured("labs.ptProlongationSeconds"),
  fibrinMarkerIncrease: oneOf(FIBRIN_MARKER_INCREASES, fieldLabel("labs.fibrinMarkerIncrease")),
  creatinineMgPerDl: measured("labs.creatinineMgPerDl"),
});

export const PathologySchema = z.strictObject({
  hemophagocytosisBoneMarrow: finding("pathology.hemophagocytosisBoneMarrow"),
  hemophagocytosisSpleenOrLymphNode: finding("pathology.hemophagocytosisSpleenOrLymphNode"),
  nkActivityLowOrAbsent: finding("pathology.nkActivityLowOrAbsent"),
});

/** The object shape alone, for `z.pick()` by the form's steps. */
export const AssessmentShape = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION, {
    error: (issue) => `Schema version must be ${SCHEMA_VERSION}; got ${shown(issue.input)}`,
  }),
  label: z.nullish(
    z
      .string({ error: (issue) => `Case label must be text; got ${shown(issue.input)}` })
      .check(z.maxLength(LABEL_MAX_LENGTH, { error: (issue) => `Case label must be at most ${LABEL_MAX_LENGTH} characters; got ${(issue.input as string).length}` })),
  ),
  context: z.nullish(ContextSchema),
  vitals: z.nullish(VitalsSchema),
  findings: z.nullish(FindingsSchema),
  neuro: z.nullish(NeuroSchema),
  labs: z.nullish(LabsSchema),
  pathology: z.nullish(PathologySchema),
});

/** The cross-field rules (cross-field.ts), as issues on the fields a person should change. */
function crossFieldRules(a: z.output<typeof AssessmentShape>, ctx: z.core.$RefinementCtx<z.output<typeof AssessmentShape>>): void {
  for (const problem of crossFieldProblems(a)) ctx.addIssue({ code: "custom", path: [...problem.path], message: problem.message, input: problem.input });
}

export const AssessmentSchema = AssessmentShape.check(z.superRefine(crossFieldRules));

/** A validated Assessment (canonical units; absent or null = unknown). */
export type Assessment = z.output<typeof AssessmentSchema>;
/** What a file or the form may hold before validation. */
export type AssessmentInput = z.input<typeof AssessmentSchema>;
