/**
 * A Screening's JSON as UTF-8 bytes (json-bytes.ts), written field by field in the order screen()
 * and the instruments make them, so the bytes are JSON.stringify's (tests/cli/json-bytes.test.ts
 * checks it on random Screenings). Why by field: a literal property read is far cheaper than
 * walking keys, and the parts that repeat from one Screening to the next — settled criteria,
 * mechanism results, pattern and therapy lists, fixed texts — are copied as bytes encoded once.
 */
import type { Differential } from "../screen/differentials";
import type { LevelReason } from "../screen/level";
import type { MechanismResult } from "../screen/mechanisms";
import type { Screening } from "../screen/screen";
import type { CriterionResult, InstrumentResult, OpenCriterion, SettledCriterion } from "../scores/types";
import type { ItemWriter as Write } from "./json-bytes";

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * A writer for objects of type T, from one writer per property, listed in the order the objects
 * are made (JSON.stringify's order). The mapped type makes the list complete: a property added to
 * T and not written here fails the type check.
 */
function objectWriter<T>(properties: { readonly [K in keyof T]-?: Write<T> }): Write<T> {
  const writes = Object.entries<Write<T>>(properties).map(([key, write], i) => ({
    key: Buffer.from(`${i === 0 ? "" : ","}${JSON.stringify(key)}:`),
    write,
  }));
  return (w, value) => {
    w.byte(OPEN_BRACE);
    for (const { key, write } of writes) {
      w.put(key);
      write(w, value);
    }
    w.byte(CLOSE_BRACE);
  };
}

const string: Write<string> = (w, text) => w.string(text);
const strings: Write<readonly string[]> = (w, texts) => w.list(texts, string);

/**
 * A settled criterion is its id, whether it is met and its points, nothing else: its bytes are made
 * once per (id, met, points). By id: slot 0 is "not met" (0 points), slot p + 1 "met with p points".
 */
const settledBytes = new Map<string, Uint8Array[]>();
const MAX_CACHED_POINTS = 1000;

const settledCriterion: Write<SettledCriterion> = (w, c) => {
  const { id, met, points } = c;
  const cacheable = (points | 0) === points && points >= 0 && points <= MAX_CACHED_POINTS && (met || points === 0);
  if (!cacheable) return w.value(c);
  let byPoints = settledBytes.get(id);
  if (byPoints === undefined) settledBytes.set(id, (byPoints = []));
  const slot = met ? points + 1 : 0;
  w.put((byPoints[slot] ??= Buffer.from(JSON.stringify(c))));
};

const openCriterion = objectWriter<OpenCriterion>({
  id: (w, c) => w.string(c.id),
  met: (w, c) => w.value(c.met),
  points: (w, c) => w.value(c.points),
  missing: (w, c) => w.boolean(c.missing),
  minPoints: (w, c) => w.number(c.minPoints),
  maxPoints: (w, c) => w.number(c.maxPoints),
  missingFields: (w, c) => strings(w, c.missingFields),
});

const criterion: Write<CriterionResult> = (w, c) => (c.missing ? openCriterion(w, c) : settledCriterion(w, c));

const instrument = objectWriter<InstrumentResult>({
  id: (w, r) => w.string(r.id),
  source: (w, r) => w.string(r.source),
  value: (w, r) => w.nullableNumber(r.value),
  min: (w, r) => w.number(r.min),
  max: (w, r) => w.number(r.max),
  meetsThreshold: (w, r) => w.value(r.meetsThreshold),
  applicable: (w, r) => w.boolean(r.applicable),
  applicability: (w, r) => w.string(r.applicability),
  criteria: (w, r) => w.list(r.criteria, criterion),
  missing: (w, r) => strings(w, r.missing),
  notes: (w, r) => strings(w, r.notes),
});

const levelReason = objectWriter<LevelReason>({
  instrument: (w, r) => w.string(r.instrument),
  text: (w, r) => w.string(r.text),
  details: (w, r) => strings(w, r.details),
});

const differential = objectWriter<Differential>({
  id: (w, d) => w.string(d.id),
  because: (w, d) => w.string(d.because),
});

const mechanism: Write<MechanismResult> = (w, m) => w.shared(m);

export const writeScreening = objectWriter<Screening>({
  level: (w, s) => w.string(s.level),
  levelReasons: (w, s) => w.list(s.levelReasons, levelReason),
  instruments: (w, s) => w.list(s.instruments, instrument),
  // Item by item: the panels are many (up to 3¹⁴ sets of sign values), each mediator's results few.
  mechanisms: (w, s) => w.list(s.mechanisms, mechanism),
  differentials: (w, s) => w.list(s.differentials, differential),
  disagreements: (w, s) => strings(w, s.disagreements),
  patterns: (w, s) => w.shared(s.patterns),
  therapies: (w, s) => w.shared(s.therapies),
  therapyDisclaimer: (w, s) => w.string(s.therapyDisclaimer),
  disclaimer: (w, s) => w.string(s.disclaimer),
  rulesVersion: (w, s) => w.string(s.rulesVersion),
});
