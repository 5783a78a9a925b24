/**
 * A scenario written in the studio, carried by a share link (`#scenario=v1.…`) as a case is: the
 * same codec (./share-pack.ts, ./share-codec.ts), never sent anywhere; opened, it is read exactly as a scenario
 * file is imported (size, JSON, schema, not a built-in's id). Not in ./index.ts: it loads the
 * scenario library, which the case pages do not need.
 */
import { MAX_SCENARIO_BYTES, readScenarioText } from "../scenarios/library";
import type { ScenarioParse } from "../scenarios/runner";
import type { Scenario } from "../scenarios/schema";
import { unpackFragment, type ShareKind } from "./share-codec";
import { packFragment } from "./share-pack";

/** An instructor's scenario, from the studio: `#scenario=v1.…`. */
export const SCENARIO_SHARE: ShareKind = { prefix: "scenario=", version: "v1", noun: "a scenario" };

/** The fragment (without `#`) that carries the scenario. */
export function scenarioShareFragment(scenario: Scenario): Promise<string> {
  return packFragment(SCENARIO_SHARE, scenario);
}

/** Reads a shared scenario from a location hash: version, encoding, size, then the import's own checks. */
export async function readSharedScenario(hash: string): Promise<ScenarioParse> {
  const unpacked = await unpackFragment(SCENARIO_SHARE, hash, MAX_SCENARIO_BYTES);
  return unpacked.ok ? readScenarioText(JSON.stringify(unpacked.json)) : { ok: false, problems: [{ path: "", message: unpacked.message }] };
}
