/**
 * Every unit conversion the form offers, as data: a unit is `canonical × scale + offset`.
 * Factors from ../shared/clinical/INSTRUMENTS.md ("Unit facts"): triglycerides 1 mmol/L =
 * 88.57 mg/dL; fibrinogen 1 g/L = 100 mg/dL; Hb 1 g/dL = 10 g/L; CRP 1 mg/dL = 10 mg/L; D-dimer
 * 1 µg/mL = 1000 ng/mL FEU (DDU is never guessed); creatinine 1 mg/dL = 88.4 µmol/L;
 * ×10³/µL = ×10⁹/L, /µL ÷ 1000 = ×10⁹/L; ferritin ng/mL = µg/L; °F = °C × 9/5 + 32.
 */
export interface UnitDefinition {
  /** Printed symbol. */
  readonly symbol: string;
  /** value in this unit = canonical × scale + offset */
  readonly scale: number;
  readonly offset?: number;
}

export const QUANTITIES = {
  temperature: {
    canonical: "°C",
    units: { "°C": { symbol: "°C", scale: 1 }, "°F": { symbol: "°F", scale: 9 / 5, offset: 32 } },
  },
  hemoglobin: {
    canonical: "g/dL",
    units: { "g/dL": { symbol: "g/dL", scale: 1 }, "g/L": { symbol: "g/L", scale: 10 } },
  },
  cellCount: {
    canonical: "×10⁹/L",
    units: {
      "×10⁹/L": { symbol: "×10⁹/L", scale: 1 },
      "×10³/µL": { symbol: "×10³/µL", scale: 1 },
      "/µL": { symbol: "/µL", scale: 1000 },
    },
  },
  ferritin: {
    canonical: "ng/mL",
    units: { "ng/mL": { symbol: "ng/mL", scale: 1 }, "µg/L": { symbol: "µg/L", scale: 1 } },
  },
  triglycerides: {
    canonical: "mmol/L",
    units: { "mmol/L": { symbol: "mmol/L", scale: 1 }, "mg/dL": { symbol: "mg/dL", scale: 88.57 } },
  },
  fibrinogen: {
    canonical: "g/L",
    units: { "g/L": { symbol: "g/L", scale: 1 }, "mg/dL": { symbol: "mg/dL", scale: 100 } },
  },
  crp: {
    canonical: "mg/L",
    units: { "mg/L": { symbol: "mg/L", scale: 1 }, "mg/dL": { symbol: "mg/dL", scale: 0.1 } },
  },
  dDimer: {
    canonical: "ng/mL FEU",
    units: {
      "ng/mL FEU": { symbol: "ng/mL FEU", scale: 1 },
      "µg/mL FEU": { symbol: "µg/mL FEU", scale: 0.001 },
      "mg/L FEU": { symbol: "mg/L FEU", scale: 0.001 },
    },
  },
  creatinine: {
    canonical: "mg/dL",
    units: { "mg/dL": { symbol: "mg/dL", scale: 1 }, "µmol/L": { symbol: "µmol/L", scale: 88.4 } },
  },
} as const satisfies Record<string, { canonical: string; units: Record<string, UnitDefinition> }>;

export type Quantity = keyof typeof QUANTITIES;
export type UnitOf<Q extends Quantity> = keyof (typeof QUANTITIES)[Q]["units"] & string;

/** The quantity each convertible Assessment field measures (the form offers these units). */
export const FIELD_QUANTITY = {
  "vitals.temperatureMaxC": "temperature",
  "labs.hemoglobinGPerDl": "hemoglobin",
  "labs.leukocytesE9PerL": "cellCount",
  "labs.neutrophilsE9PerL": "cellCount",
  "labs.lymphocytesE9PerL": "cellCount",
  "labs.plateletsE9PerL": "cellCount",
  "labs.ferritinNgPerMl": "ferritin",
  "labs.triglyceridesMmolPerL": "triglycerides",
  "labs.fibrinogenGPerL": "fibrinogen",
  "labs.crpMgPerL": "crp",
  "labs.dDimerNgPerMlFeu": "dDimer",
  "labs.creatinineMgPerDl": "creatinine",
} as const satisfies Record<string, Quantity>;

/** A field whose value the form lets the user enter in another unit. */
export type ConvertibleField = keyof typeof FIELD_QUANTITY;

export function isConvertible(path: string): path is ConvertibleField {
  return path in FIELD_QUANTITY;
}

export function quantityOf(path: ConvertibleField): Quantity {
  return FIELD_QUANTITY[path];
}

function definition<Q extends Quantity>(quantity: Q, unit: UnitOf<Q>): UnitDefinition {
  const units: Record<string, UnitDefinition> = QUANTITIES[quantity].units;
  const found = units[unit];
  if (!found) throw new RangeError(`Unknown unit ${unit} for ${quantity}`);
  return found;
}

/** A value entered in `unit`, in the canonical unit the Assessment stores. */
export function toCanonical<Q extends Quantity>(quantity: Q, unit: UnitOf<Q>, value: number): number {
  const { scale, offset = 0 } = definition(quantity, unit);
  return (value - offset) / scale;
}

/** A canonical value expressed in `unit`. */
export function fromCanonical<Q extends Quantity>(quantity: Q, unit: UnitOf<Q>, canonical: number): number {
  const { scale, offset = 0 } = definition(quantity, unit);
  return canonical * scale + offset;
}

/** Whether values in `unit` are the canonical values themselves (no conversion, so no noise). */
export function isIdentity<Q extends Quantity>(quantity: Q, unit: UnitOf<Q>): boolean {
  const { scale, offset = 0 } = definition(quantity, unit);
  return scale === 1 && offset === 0;
}

/**
 * Removes the floating-point noise a unit round trip leaves (360 mg/dL → 3.6 g/L → 360.00000000000006)
 * so that a value entered in a published unit compares exactly as published (`meets` in
 * lib/assessment/read.ts settles every value it converts to a threshold's unit): rounded to 9
 * decimals (3 from a million up, where 9 decimals would ask for more digits than a double holds) —
 * far beyond any laboratory's precision, far above the noise (~1e-16 relative).
 */
export function settle(value: number): number {
  if (value > -1e6 && value < 1e6) return Math.round(value * 1e9) / 1e9;
  if (Number.isFinite(value)) return Math.round(value * 1e3) / 1e3;
  return value;
}
