/**
 * The therapy-class catalogue: every class the seed text names plus the classes that anchor current
 * care (../shared/clinical/THERAPIES.md). Education only — classes, mechanisms and evidence, never an
 * order and never a dose. Negative and harmful trials are listed as plainly as positive ones.
 *
 * Each class is one entry in its own file (./classes/<id>.ts) holding its whole story: mechanism,
 * examples, every evidence line with its indication — condition, severity or line, population — as
 * words and as requirements the case is judged on (indications.ts; shared ones and our conventions
 * in requirements.ts), its sources and notes. The tier a case sees is computed from those lines
 * (select.ts); nothing here is kept per pattern.
 *
 * This list holds only the order, which is the tie-break order of `matchTherapies`: care that comes
 * before any immunomodulator first, then standard of care, then the seed's broader classes.
 */
import { ACE_INHIBITORS_ARBS } from "./classes/ace-inhibitors-arbs";
import { AMPK_AGONISTS } from "./classes/ampk-agonists";
import { ANTI_TNF } from "./classes/anti-tnf";
import { ANTIMICROBIALS_SOURCE_CONTROL } from "./classes/antimicrobials-source-control";
import { ANTIOXIDANTS } from "./classes/antioxidants";
import { CALCINEURIN_INHIBITION } from "./classes/calcineurin-inhibition";
import { CATECHOLAMINE_SYNTHESIS_INHIBITION } from "./classes/catecholamine-synthesis-inhibition";
import { CCR_INHIBITORS } from "./classes/ccr-inhibitors";
import { COX_INHIBITORS } from "./classes/cox-inhibitors";
import { ETOPOSIDE_HLH } from "./classes/etoposide-hlh";
import { GLUCOCORTICOIDS } from "./classes/glucocorticoids";
import { IFNG_BLOCKADE } from "./classes/ifng-blockade";
import { IL1_BLOCKADE } from "./classes/il1-blockade";
import { IL6_BLOCKADE } from "./classes/il6-blockade";
import { IVIG } from "./classes/ivig";
import { JAK_STAT_INHIBITORS } from "./classes/jak-stat-inhibitors";
import { MACROLIDES } from "./classes/macrolides";
import { OX40_BLOCKADE } from "./classes/ox40-blockade";
import { PPAR_AGONISTS } from "./classes/ppar-agonists";
import { S1P1_AGONISTS } from "./classes/s1p1-agonists";
import { SUPPORTIVE_CARE } from "./classes/supportive-care";
import { VITAMIN_C_E } from "./classes/vitamin-c-e";
import type { TherapyClass, TherapyClassEntry } from "./types";

export const THERAPY_DISCLAIMER =
  "Educational content for training. Not a diagnosis and not treatment advice. Doses are never shown. " +
  "Decisions belong to the treating team and local protocols.";

const ENTRIES = [
  // Care that comes before any immunomodulator
  SUPPORTIVE_CARE,
  ANTIMICROBIALS_SOURCE_CONTROL,
  // Standard of care
  IL6_BLOCKADE,
  GLUCOCORTICOIDS,
  IL1_BLOCKADE,
  IFNG_BLOCKADE,
  JAK_STAT_INHIBITORS,
  ETOPOSIDE_HLH,
  CALCINEURIN_INHIBITION,
  // Broader immunomodulator classes named by the seed
  PPAR_AGONISTS,
  S1P1_AGONISTS,
  COX_INHIBITORS,
  ANTIOXIDANTS,
  ANTI_TNF,
  IVIG,
  ACE_INHIBITORS_ARBS,
  CCR_INHIBITORS,
  AMPK_AGONISTS,
  OX40_BLOCKADE,
  MACROLIDES,
  VITAMIN_C_E,
  CATECHOLAMINE_SYNTHESIS_INHIBITION,
] as const satisfies readonly TherapyClassEntry[];

export type TherapyClassId = (typeof ENTRIES)[number]["id"];

function withSources(entry: TherapyClassEntry): TherapyClass {
  const sources = [...new Set([...entry.classSources, ...entry.evidence.flatMap((line) => line.sources)])];
  return { ...entry, sources };
}

/** The catalogue, in tie-break order (care before immunomodulators, then standard of care). */
export const THERAPY_CLASSES: readonly TherapyClass[] = ENTRIES.map(withSources);

export function therapyClass(id: TherapyClassId): TherapyClass {
  const found = THERAPY_CLASSES.find((c) => c.id === id);
  if (found === undefined) throw new Error(`unknown therapy class ${id}`);
  return found;
}
