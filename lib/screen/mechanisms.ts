/**
 * The seed's cytokine → sign mechanisms (../shared/clinical/MECHANISMS.md; `shimabukuro-2018`,
 * `fajgenbaum-2020`, `staedtke-2018`). Shown as "signs in this assessment consistent with …",
 * never as a measurement of the cytokine.
 */
import type { SourceKey } from "../sources/registry";
import type { Assessment } from "../assessment/schema";
import type { InstrumentResult } from "../scores/types";
import { SIGN_IDS, SIGNS, type SignId, type SignJudge } from "./signs";

export interface Mediator {
  readonly id: "ifn-gamma" | "tnf-alpha" | "il-6" | "endothelial-dysfunction" | "catecholamines";
  readonly name: string;
  /** One line: what the mediator does in cytokine storm (our words). */
  readonly role: string;
  readonly signs: readonly SignId[];
  readonly sources: readonly SourceKey[];
}

export const MEDIATORS = [
  {
    id: "ifn-gamma",
    name: "IFN-γ",
    role: "Released by activated T cells; drives fever and the constitutional symptoms of the storm.",
    signs: ["fever", "chills", "headache", "dizziness", "fatigue"],
    sources: ["shimabukuro-2018"],
  },
  {
    id: "tnf-alpha",
    name: "TNF-α",
    role: "Gives a flu-like illness like IFN-γ, and also gut, vascular, cardiac and lung effects.",
    signs: ["fever", "malaise", "fatigue", "watery-diarrhea", "capillary-leak", "cardiomyopathy", "lung-injury"],
    sources: ["shimabukuro-2018"],
  },
  {
    id: "il-6",
    name: "IL-6",
    role: "Central to CRS: promotes vascular leak, activates complement and coagulation (towards DIC), and depresses the myocardium.",
    signs: ["capillary-leak", "dic", "cardiomyopathy", "il6-crp-raised"],
    sources: ["shimabukuro-2018", "fajgenbaum-2020"],
  },
  {
    id: "endothelial-dysfunction",
    name: "Endothelial dysfunction",
    role: "Activated endothelium leaks, loses vascular tone and turns procoagulant.",
    signs: ["capillary-leak", "hypotension", "coagulopathy"],
    sources: ["shimabukuro-2018"],
  },
  {
    id: "catecholamines",
    name: "Catecholamines (epinephrine, norepinephrine)",
    role: "Amplify cytokine release in a self-reinforcing loop; tyrosine hydroxylase, the rate-limiting enzyme of their synthesis, is blocked by metyrosine (mouse models).",
    signs: [],
    sources: ["staedtke-2018"],
  },
] as const satisfies readonly Mediator[];

/** For one mediator, its signs sorted by what this assessment shows (labels: SIGN_LABELS; the mediator: MEDIATORS). */
export interface MechanismResult {
  readonly id: Mediator["id"];
  /** Signs in this assessment consistent with the mediator. */
  readonly observed: readonly SignId[];
  /** Signs looked for and absent. */
  readonly absent: readonly SignId[];
  /** Signs not assessed. */
  readonly notAssessed: readonly SignId[];
}

const NONE: readonly SignId[] = Object.freeze([]);
const JUDGES: readonly SignJudge[] = SIGN_IDS.map((id) => SIGNS[id]);
/** Each mediator's signs as positions in SIGN_IDS (worked out once, not per screening). */
const SIGN_POSITIONS: readonly (readonly number[])[] = MEDIATORS.map((m) => m.signs.map((id: SignId) => SIGN_IDS.indexOf(id)));

/**
 * One mediator's result for the values of its own signs (base 3: 0 absent, 1 observed, 2 not
 * assessed), made once and shared, frozen: it depends on nothing else, there are at most 3⁷ per
 * mediator, and shared results let the CLI write each one's JSON once (lib/cli/screening-bytes.ts).
 */
const mediatorResults: Map<number, MechanismResult>[] = MEDIATORS.map(() => new Map());

/** A sign's value as one base-3 digit of a key: 0 absent, 1 observed, 2 not assessed. */
function digit(value: boolean | null | undefined): number {
  if (typeof value !== "boolean") return 2;
  return value ? 1 : 0;
}

function mediatorResult(m: number, values: readonly (boolean | null)[]): MechanismResult {
  const positions = SIGN_POSITIONS[m]!;
  let key = 0;
  for (const position of positions) {
    key = key * 3 + digit(values[position]);
  }
  let result = mediatorResults[m]!.get(key);
  if (result !== undefined) return result;
  let observed: SignId[] | null = null;
  let absent: SignId[] | null = null;
  let notAssessed: SignId[] | null = null;
  for (const position of positions) {
    const id = SIGN_IDS[position]!;
    const value = values[position];
    if (value === true) (observed ??= []).push(id);
    else if (value === false) (absent ??= []).push(id);
    else (notAssessed ??= []).push(id);
  }
  result = Object.freeze({
    id: MEDIATORS[m]!.id,
    observed: observed ? Object.freeze(observed) : NONE,
    absent: absent ? Object.freeze(absent) : NONE,
    notAssessed: notAssessed ? Object.freeze(notAssessed) : NONE,
  });
  mediatorResults[m]!.set(key, result);
  return result;
}

/**
 * The panel for a set of sign values, made once per set and shared (frozen), so that a screening
 * that only looked it up allocates nothing. Bounded, since unknown signs make up to 3¹⁴ sets
 * (beyond the bound a panel is a new array of the shared mediator results).
 */
const panels = new Map<number, readonly MechanismResult[]>();
const MAX_PANELS = 4096;

function panel(values: readonly (boolean | null)[]): readonly MechanismResult[] {
  return Object.freeze(MEDIATORS.map((_, m) => mediatorResult(m, values)));
}

export function mechanisms(assessment: Assessment, isthDic: InstrumentResult): readonly MechanismResult[] {
  // Every sign is judged once (several mediators share one); the values, as a base-3 number, name the panel.
  const values = new Array<boolean | null>(JUDGES.length);
  let key = 0;
  for (let i = 0; i < JUDGES.length; i++) {
    const value = JUDGES[i]!(assessment, isthDic).value;
    values[i] = value;
    key = key * 3 + digit(value);
  }
  let found = panels.get(key);
  if (found === undefined) {
    found = panel(values);
    if (panels.size < MAX_PANELS) panels.set(key, found);
  }
  return found;
}
