/**
 * The seed's cytokine → sign mechanisms (../shared/clinical/MECHANISMS.md; `shimabukuro-2018`,
 * `fajgenbaum-2020`, `staedtke-2018`). Shown as "signs in this assessment consistent with …",
 * never as a measurement of the cytokine.
 */
import type { SourceKey } from "../sources/registry";
import type { Assessment } from "../assessment/schema";
import type { InstrumentResult } from "../scores/types";
import { SIGN_IDS, SIGNS, type SignId } from "./signs";

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

export function mechanisms(assessment: Assessment, isthDic: InstrumentResult): MechanismResult[] {
  // Each sign judged once: several mediators share one.
  const value = new Map(SIGN_IDS.map((id) => [id, SIGNS[id](assessment, isthDic).value]));
  return MEDIATORS.map((m) => {
    const signs: readonly SignId[] = m.signs;
    return {
      id: m.id,
      observed: signs.filter((id) => value.get(id) === true),
      absent: signs.filter((id) => value.get(id) === false),
      notAssessed: signs.filter((id) => value.get(id) === null),
    };
  });
}
