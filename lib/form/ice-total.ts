/**
 * The ICE total shown live on the neurology step while the items are typed (issue 17 item 2):
 * the same sum the ICANS grade reads (`iceScore` in ../assessment/derived.ts), from the text in
 * the item fields, so the step and the result can never disagree.
 */
import { iceScore } from "../assessment/derived";
import { NUMERIC_FIELDS, type IceItem } from "../assessment/fields";
import type { Assessment } from "../assessment/schema";
import { readTyped } from "./typed-value";
import { ICE_ITEM_KEYS } from "./values";

export interface LiveIceTotal {
  /** null until at least one item reads as a number or is marked not assessable. */
  readonly range: { readonly min: number; readonly max: number } | null;
  /** Items left open: typed text that is not a number yet, nothing typed, or not assessable. */
  readonly open: readonly IceItem[];
}

export function liveIceTotal(typed: Partial<Record<IceItem, unknown>>, notAssessable: Partial<Record<IceItem, boolean>>): LiveIceTotal {
  const items: Partial<Record<IceItem, number | null>> = {};
  for (const item of ICE_ITEM_KEYS) {
    if (notAssessable[item] === true) {
      items[item] = null;
      continue;
    }
    const field = NUMERIC_FIELDS[`neuro.iceItems.${item}`];
    const reading = readTyped(`neuro.iceItems.${item}`, typed[item], field.unit);
    // Only what the step would accept counts; anything else stays open until it is corrected.
    if (reading.kind === "number" && Number.isInteger(reading.value) && reading.value >= field.min && reading.value <= field.max) items[item] = reading.value;
  }
  if (Object.keys(items).length === 0) return { range: null, open: ICE_ITEM_KEYS };
  const ice = iceScore({ neuro: { iceItems: items } } as Assessment);
  return { range: { min: ice.min, max: ice.max }, open: [...ice.notAssessable, ...ice.notRecorded] };
}
