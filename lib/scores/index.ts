import type { Assessment } from "../assessment/schema";
import { astctCrs } from "./astct-crs";
import { astctIcans } from "./astct-icans";
import { chis } from "./chis";
import { hlh2004 } from "./hlh-2004";
import { hscore } from "./hscore";
import { isthDic } from "./isth-dic";
import { mas2016 } from "./mas-2016";
import { qsofa } from "./qsofa";
import type { InstrumentId, InstrumentResult } from "./types";

export * from "./types";
export { astctCrs, astctIcans, chis, hlh2004, hscore, isthDic, mas2016, qsofa };

/** Every instrument, in the order the result page shows them. */
export const INSTRUMENTS = {
  "astct-crs": astctCrs,
  "astct-icans": astctIcans,
  hscore,
  "hlh-2004": hlh2004,
  chis,
  "mas-2016": mas2016,
  "isth-dic": isthDic,
  qsofa,
} as const satisfies Record<InstrumentId, (assessment: Assessment) => InstrumentResult>;

/**
 * Every instrument's result by id, in INSTRUMENTS order (tests/lib/screen/screen.test.ts, "scoreEach lists every instrument in INSTRUMENTS order"). Written
 * out as one object literal, not built key by key from INSTRUMENTS: it gets one fixed shape, and
 * `screen()` makes one per assessment.
 */
export function scoreEach(assessment: Assessment): Readonly<Record<InstrumentId, InstrumentResult>> {
  return {
    "astct-crs": astctCrs(assessment),
    "astct-icans": astctIcans(assessment),
    hscore: hscore(assessment),
    "hlh-2004": hlh2004(assessment),
    chis: chis(assessment),
    "mas-2016": mas2016(assessment),
    "isth-dic": isthDic(assessment),
    qsofa: qsofa(assessment),
  };
}

/** The results of scoreEach as a list, in INSTRUMENTS order (a literal: Object.values walks the keys). */
export function inOrder(r: Readonly<Record<InstrumentId, InstrumentResult>>): InstrumentResult[] {
  return [r["astct-crs"], r["astct-icans"], r.hscore, r["hlh-2004"], r.chis, r["mas-2016"], r["isth-dic"], r.qsofa];
}
