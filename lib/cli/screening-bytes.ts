/**
 * A Screening's JSON as UTF-8 bytes (json-bytes.ts), written field by field in the order screen()
 * and the instruments make them, so the bytes are JSON.stringify's (tests/cli/json-bytes.test.ts
 * proves it on random Screenings). Why by hand: a literal property read is far cheaper than
 * walking keys, and the parts that repeat from one Screening to the next — settled criteria, shared
 * lists and panels, the fixed texts — are copied as bytes encoded once.
 */
import type { Screening } from "../screen/screen";
import type { CriterionResult, InstrumentResult, SettledCriterion } from "../scores/types";
import type { JsonBytesWriter } from "./json-bytes";

/**
 * The bytes before each value: `{"first":` then `,"next":`… Every key of T must be listed (a key
 * added to the type and not written here fails the type check), in the order objects are made.
 */
function fields<T>() {
  return <const K extends readonly (keyof T & string)[]>(...keys: K & ([Exclude<keyof T, K[number]>] extends [never] ? unknown : never)) =>
    Object.fromEntries(keys.map((key, i) => [key, Buffer.from(`${i === 0 ? "{" : ","}${JSON.stringify(key)}:`, "latin1")])) as unknown as Record<K[number], Uint8Array>;
}

const SCREENING = fields<Screening>()(
  "level",
  "levelReasons",
  "instruments",
  "mechanisms",
  "differentials",
  "disagreements",
  "patterns",
  "therapies",
  "therapyDisclaimer",
  "disclaimer",
  "rulesVersion",
);

const INSTRUMENT = fields<InstrumentResult>()(
  "id",
  "source",
  "value",
  "min",
  "max",
  "meetsThreshold",
  "applicable",
  "applicability",
  "criteria",
  "missing",
  "notes",
);

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;

/**
 * A settled criterion is its id, whether it is met and its points, nothing else: its bytes are made
 * once per (id, met, points). By id: slot 0 is "not met" (0 points), slot p + 1 "met with p points".
 */
const settledBytes = new Map<string, Uint8Array[]>();
const MAX_CACHED_POINTS = 1000;

function settledCriterion(w: JsonBytesWriter, c: SettledCriterion): void {
  const { id, met, points } = c;
  const cacheable = (points | 0) === points && points >= 0 && points <= MAX_CACHED_POINTS && (met || points === 0);
  if (!cacheable) return w.value(c);
  let byPoints = settledBytes.get(id);
  if (byPoints === undefined) settledBytes.set(id, (byPoints = []));
  const slot = met ? points + 1 : 0;
  w.put((byPoints[slot] ??= Buffer.from(JSON.stringify(c))));
}

/** An array, each item written by `write`. */
function list<T>(w: JsonBytesWriter, items: readonly T[], write: (w: JsonBytesWriter, item: T) => void): void {
  w.byte(OPEN_BRACKET);
  for (let i = 0; i < items.length; i++) {
    if (i > 0) w.byte(COMMA);
    write(w, items[i]!);
  }
  w.byte(CLOSE_BRACKET);
}

function criterion(w: JsonBytesWriter, c: CriterionResult): void {
  if (c.missing) w.value(c);
  else settledCriterion(w, c);
}

const shared = (w: JsonBytesWriter, value: object): void => w.shared(value);

function instrument(w: JsonBytesWriter, r: InstrumentResult): void {
  w.put(INSTRUMENT.id);
  w.string(r.id);
  w.put(INSTRUMENT.source);
  w.string(r.source);
  w.put(INSTRUMENT.value);
  w.nullable(r.value);
  w.put(INSTRUMENT.min);
  w.number(r.min);
  w.put(INSTRUMENT.max);
  w.number(r.max);
  w.put(INSTRUMENT.meetsThreshold);
  w.value(r.meetsThreshold);
  w.put(INSTRUMENT.applicable);
  w.boolean(r.applicable);
  w.put(INSTRUMENT.applicability);
  w.string(r.applicability);
  w.put(INSTRUMENT.criteria);
  list(w, r.criteria, criterion);
  w.put(INSTRUMENT.missing);
  w.shared(r.missing);
  w.put(INSTRUMENT.notes);
  w.shared(r.notes);
  w.byte(CLOSE_BRACE);
}

export function writeScreening(w: JsonBytesWriter, s: Screening): void {
  w.put(SCREENING.level);
  w.string(s.level);
  w.put(SCREENING.levelReasons);
  w.value(s.levelReasons);
  w.put(SCREENING.instruments);
  list(w, s.instruments, instrument);
  w.put(SCREENING.mechanisms);
  // Item by item: the panels are many (up to 3¹⁴ sets of sign values), each mediator's results few.
  list(w, s.mechanisms, shared);
  w.put(SCREENING.differentials);
  w.value(s.differentials);
  w.put(SCREENING.disagreements);
  w.value(s.disagreements);
  w.put(SCREENING.patterns);
  w.shared(s.patterns);
  w.put(SCREENING.therapies);
  w.shared(s.therapies);
  w.put(SCREENING.therapyDisclaimer);
  w.string(s.therapyDisclaimer);
  w.put(SCREENING.disclaimer);
  w.string(s.disclaimer);
  w.put(SCREENING.rulesVersion);
  w.string(s.rulesVersion);
  w.byte(CLOSE_BRACE);
}
