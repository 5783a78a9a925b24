/**
 * A form step is prerendered as for a new case (issue 31 item 1): the browser fills in a stored
 * case's values after the scripts run. Values alone do not move anything, but a few stored
 * answers change which questions a step asks, and so its layout. These hints tell the small
 * script that runs before the first paint (components/assessment/mark-stored-layout.ts) which
 * stored answers those are, so the prerendered step never shifts under the reader:
 * - the age decides the encephalopathy test (ICE from 12 years, the CAPD under 12): the group not
 *   asked is hidden by the stylesheet until the form drops it;
 * - anything else (an answer a question on this step depends on, a unit other than the canonical
 *   one, typing kept from before a reload, a case of several time-points with its day and copy
 *   button, a scenario's vignette above the step) keeps the step unpainted until it is filled,
 *   and it appears at once, in its final place.
 * Pure data: computed on the server from the step table.
 */
import { ICE_MIN_AGE_YEARS } from "../assessment/derived";
import type { NumericFieldPath } from "../assessment/fields";
import { CASE_KEY, DRAFT_KEY, KEEP_KEY, PENDING_PREFIX, SCENARIO_TAG_KEY, UNITS_KEY } from "./keys";
import { dependenciesOf, type StepDefinition } from "./steps";
import { unitOf, unitsFor } from "./unit-choice";

export interface StoredLayoutHints {
  readonly keys: { readonly draft: string; readonly frame: string; readonly keep: string; readonly units: string; readonly pending: string; readonly scenario: string };
  /** Stored answers (Assessment paths) that decide whether one of this step's questions is asked. */
  readonly reshapedBy: readonly string[];
  /** This step's fields offered in several units, with the unit the prerendered step shows. */
  readonly canonicalUnits: Readonly<Record<string, string>>;
  /** Set on a step asking the ICE or the CAPD: the age from which ICE is asked instead of the CAPD. */
  readonly iceFromAgeYears: number | null;
}

export function storedLayoutHints(step: StepDefinition): StoredLayoutHints {
  const fields = step.groups.flatMap((group) => group.fields);
  const asksIce = fields.some((field) => field.kind === "ice-items");
  const numberPaths: NumericFieldPath[] = fields.flatMap((field) => (field.kind === "number" ? [field.path] : []));
  return {
    keys: { draft: DRAFT_KEY, frame: CASE_KEY, keep: KEEP_KEY, units: UNITS_KEY, pending: PENDING_PREFIX + step.id, scenario: SCENARIO_TAG_KEY },
    // An ICE score recorded without its items (an imported case) adds a notice above the items;
    // the items' total is restated in a sentence whose length depends on them.
    reshapedBy: [...new Set([...fields.flatMap(dependenciesOf), ...(asksIce ? ["neuro.iceScore", "neuro.iceItems"] : [])])],
    canonicalUnits: Object.fromEntries(numberPaths.filter((path) => unitsFor(path).length > 1).map((path) => [path, unitOf(path, {})])),
    iceFromAgeYears: step.groups.some((group) => group.forTest !== undefined) ? ICE_MIN_AGE_YEARS : null,
  };
}
