/**
 * Judging an evidence line's indication against one case: the requirements the catalogue writes as
 * data, read against what the case holds (its Assessment and its instruments' results). Pure.
 *
 * Unknown is never normal: a requirement the data cannot settle leaves the indication open, and the
 * words say what is missing ("age not recorded") instead of reading it as met.
 */
import { oxygenClasses, vasopressorGiven } from "../assessment/derived";
import { OXYGEN_DEVICES, SETTINGS, TRI_STATE_FIELDS } from "../assessment/fields";
import { readFinding } from "../assessment/read";
import type { Assessment } from "../assessment/schema";
import { INSTRUMENTS } from "../scores/index";
import type { InstrumentId, InstrumentResult } from "../scores/types";
import { withUnit } from "../units";
import { ASTCT_TOP_GRADE } from "./requirements";
import { tierRank, type EvidenceTier, type Indication, type LineMatch, type Requirement, type TherapyMatch } from "./types";

/** What a case holds that an indication is judged on. */
export interface CaseFacts {
  readonly assessment: Assessment;
  /** Every instrument's result for the assessment (`scoreEach`). */
  readonly results: Readonly<Record<InstrumentId, InstrumentResult>>;
}

/** Whether a requirement (or a whole indication) is met, and the case's facts that decided it. */
export interface Verdict {
  readonly met: boolean | null;
  readonly here: string;
}

const span = (low: number, high: number): string => (low === high ? `${low}` : `${low}–${high}`);

/** An ASTCT grade (0–4) against min..max; open while the grade's range straddles a bound. */
function grade(name: string, result: InstrumentResult, min: number, max = ASTCT_TOP_GRADE): Verdict {
  if (!result.applicable) return { met: false, here: `${name} grading does not apply in this setting` };
  const now = `${name} grade ${span(result.min, result.max)}`;
  if (result.min >= min && result.max <= max) return { met: true, here: now };
  if (result.max < min || result.min > max) return { met: false, here: now };
  return { met: null, here: `${now} with the data recorded, ${max >= ASTCT_TOP_GRADE ? `grade ${min} or above` : `grade ${span(min, max)}`} needed` };
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** Supplemental oxygen or ventilation in use: any device but none (derived.ts, oxygenClasses). */
function supplementalOxygen(assessment: Assessment): Verdict {
  const { classes } = oxygenClasses(assessment);
  const device = assessment.vitals?.oxygenDevice;
  if (classes.every((c) => c !== "none")) return { met: true, here: device == null ? "on supplemental oxygen" : `on ${lowerFirst(OXYGEN_DEVICES[device])}` };
  if (classes.some((c) => c !== "none")) return { met: null, here: "oxygen device not recorded" };
  // On room air; a saturation below 90 % there may still mean oxygen is needed (WHO 2020 counts
  // SpO₂ < 90 % on room air as severe COVID-19), so that is left open, not read as "no oxygen".
  const spo2 = assessment.vitals?.spo2Percent;
  if (spo2 != null && spo2 < 90) return { met: null, here: `room air with SpO₂ ${spo2} %: whether oxygen is needed is not recorded` };
  return { met: false, here: "no supplemental oxygen (room air)" };
}

/** One requirement against the case. Each case reads its published comparison in one place. */
export function judgeRequirement(requirement: Requirement, facts: CaseFacts): Verdict {
  const { assessment, results } = facts;
  switch (requirement.kind) {
    case "crs-grade":
      return grade(INSTRUMENTS["astct-crs"].shortName, results["astct-crs"], requirement.min, requirement.max);
    case "icans-grade":
      return grade(INSTRUMENTS["astct-icans"].shortName, results["astct-icans"], requirement.min, requirement.max);
    case "age": {
      const age = assessment.context?.ageYears;
      if (age == null) return { met: null, here: "age not recorded" };
      const met = (requirement.min === undefined || age >= requirement.min) && (requirement.below === undefined || age < requirement.below);
      return { met, here: `age ${withUnit(age, "years")}` };
    }
    case "setting": {
      const setting = assessment.context?.setting;
      if (setting == null) return { met: null, here: "clinical setting not recorded" };
      const met = (requirement.is === undefined || requirement.is.includes(setting)) && !(requirement.not ?? []).includes(setting);
      return { met, here: `setting: ${lowerFirst(SETTINGS[setting])}` };
    }
    case "finding": {
      const found = readFinding(assessment, requirement.path).value;
      const label = lowerFirst(TRI_STATE_FIELDS[requirement.path]);
      if (found === null) return { met: null, here: `${label}: not recorded` };
      return { met: found === requirement.present, here: `${label}: ${found ? "yes" : "no"}` };
    }
    case "oxygen": {
      const onOxygen = supplementalOxygen(assessment);
      return requirement.needed ? onOxygen : { met: onOxygen.met === null ? null : !onOxygen.met, here: onOxygen.here };
    }
    case "vasopressor": {
      const given = vasopressorGiven(assessment).value;
      if (given === null) return { met: null, here: "vasopressors not recorded" };
      return { met: given, here: given ? "on a vasopressor" : "no vasopressor" };
    }
    case "not-recorded":
      return { met: null, here: `not recorded: ${requirement.what}` };
    case "any-of": {
      const parts = requirement.of.map((r) => judgeRequirement(r, facts));
      const met = parts.find((p) => p.met === true);
      if (met !== undefined) return met;
      if (parts.some((p) => p.met === null)) return { met: null, here: parts.map((p) => p.here).join(", or ") };
      return { met: false, here: parts.map((p) => p.here).join("; ") };
    }
  }
}

/**
 * An indication against the case: outside it as soon as one requirement is not met (naming those),
 * open while any cannot be settled (naming what is missing), met when every one is.
 */
export function judgeIndication(indication: Indication, facts: CaseFacts): Verdict {
  const verdicts = indication.requires.map((r) => judgeRequirement(r, facts));
  const outside = verdicts.filter((v) => v.met === false);
  if (outside.length > 0) return { met: false, here: outside.map((v) => v.here).join("; ") };
  const open = verdicts.filter((v) => v.met === null);
  if (open.length > 0) return { met: null, here: open.map((v) => v.here).join("; ") };
  return { met: true, here: verdicts.map((v) => v.here).join("; ") };
}

/** How each tier words a line whose indication is met, outside it, or open. */
const TIER_WORDS = {
  approved: { met: "Approved for", unmet: "Approved for", outside: "outside this approval here", open: "only if the case meets this approval" },
  guideline: { met: "Recommended by a guideline for", unmet: "Recommended for", outside: "not this case", open: "only if the case meets it" },
  "clinical studies": { met: "Studied in", unmet: "Studied in", outside: "not this case", open: "only if the case matches" },
  preclinical: { met: "Studied in animals or cells only:", unmet: "Studied in animals or cells only:", outside: "not this case", open: "only if the case matches" },
} as const satisfies Record<EvidenceTier, { readonly met: string; readonly unmet: string; readonly outside: string; readonly open: string }>;

/**
 * One line in words, as the result page and the printout show it: "Approved for severe or
 * life-threatening CRS … — outside this approval here: ASTCT CRS grade 1."
 */
export function lineStatement(line: Pick<LineMatch, "tier" | "indication" | "met" | "here">): string {
  const words = TIER_WORDS[line.tier];
  if (line.met === true) return `${words.met} ${line.indication}.`;
  if (line.met === false) return `${words.unmet} ${line.indication} — ${words.outside}: ${line.here}.`;
  return `${words.unmet} ${line.indication} — ${words.open}; ${line.here}.`;
}

/**
 * The class in one sentence: the line whose tier is shown, or — when the case meets no line — the
 * strongest line it does not meet, said as outside ("Outside the approved indication: … — here: …")
 * or open. Used beside the class name on screen and in print.
 */
export function matchSummary(match: TherapyMatch): string {
  const shown = match.lines.find((l) => l.met === true && l.tier === match.strongestTier && l.indication === match.indication);
  if (shown !== undefined) return lineStatement(shown);
  const unmet = [...match.lines].sort((a, b) => tierRank(a.tier) - tierRank(b.tier) || Number(a.met === false) - Number(b.met === false));
  const first = unmet[0];
  if (first === undefined) return "";
  if (first.met === false && first.tier === "approved") return `Outside the approved indication: ${first.indication} — here: ${first.here}.`;
  return lineStatement(first);
}
