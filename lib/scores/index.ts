import type { Assessment } from "../assessment/schema";
import { astctCrs } from "./astct-crs";
import { astctIcans } from "./astct-icans";
import { chis } from "./chis";
import { hlh2004 } from "./hlh-2004";
import { hscore } from "./hscore";
import { isthDic } from "./isth-dic";
import { mas2016 } from "./mas-2016";
import { qsofa } from "./qsofa";
import { INSTRUMENT_IDS, type InstrumentId, type InstrumentResult } from "./types";

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

/** Every instrument's result by id, in INSTRUMENT_IDS order (the order of INSTRUMENTS). */
export function scoreEach(assessment: Assessment): Readonly<Record<InstrumentId, InstrumentResult>> {
  const results = {} as Record<InstrumentId, InstrumentResult>;
  for (const id of INSTRUMENT_IDS) results[id] = INSTRUMENTS[id](assessment);
  return results;
}
