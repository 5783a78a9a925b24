/**
 * The scenarios a browser knows: the built-ins and any an instructor imported this session
 * (kept in sessionStorage, validated on the way in and on the way out).
 */
import { builtinScenarios } from "./builtin/index";
import { parseScenario, type ScenarioParse } from "./runner";
import type { Scenario } from "./schema";
import { CASE_NOT_SCENARIO, fileKind } from "../transfer/file-kind";

export { SCENARIO_TAG_KEY } from "../form/draft";
import { IMPORTED_SCENARIOS_KEY } from "../form/keys";

export { IMPORTED_SCENARIOS_KEY };
/** A scenario file is a few kilobytes. */
export const MAX_SCENARIO_BYTES = 256 * 1024;

export function importedScenarios(storage: Storage): Scenario[] {
  try {
    const raw = JSON.parse(storage.getItem(IMPORTED_SCENARIOS_KEY) ?? "[]") as unknown[];
    return raw.flatMap((item) => {
      const parsed = parseScenario(item);
      return parsed.ok ? [parsed.scenario] : [];
    });
  } catch {
    return [];
  }
}

export function findScenario(id: string, storage: Storage | null): Scenario | undefined {
  return builtinScenarios().find((s) => s.id === id) ?? (storage ? importedScenarios(storage).find((s) => s.id === id) : undefined);
}

const TOO_LARGE: ScenarioParse = { ok: false, problems: [{ path: "", message: `The file is larger than ${MAX_SCENARIO_BYTES / 1024} KB; a scenario file is a few kilobytes.` }] };

/** Reads a scenario file chosen in the browser: an oversized file is refused before it is read into memory. */
export async function readScenarioFile(file: Blob): Promise<ScenarioParse> {
  return file.size > MAX_SCENARIO_BYTES ? TOO_LARGE : readScenarioText(await file.text());
}

/** Reads a scenario file's text: size, JSON, schema; a built-in id may not be replaced. */
export function readScenarioText(text: string): ScenarioParse {
  if (new TextEncoder().encode(text).length > MAX_SCENARIO_BYTES) return TOO_LARGE;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: "", message: `The file is not valid JSON (${(error as Error).message.replace(/\s+/g, " ").trim()}).` }] };
  }
  // A case offered here gets one sentence pointing to the right door, not the schema's complaints.
  if (fileKind(json) === "case") return { ok: false, problems: [{ path: "", message: CASE_NOT_SCENARIO }] };
  const parsed = parseScenario(json);
  if (parsed.ok && builtinScenarios().some((s) => s.id === parsed.scenario.id)) {
    return { ok: false, problems: [{ path: "id", message: `"${parsed.scenario.id}" is a built-in scenario's id; give yours another id.` }] };
  }
  return parsed;
}

export function addImportedScenario(storage: Storage, scenario: Scenario): void {
  const others = importedScenarios(storage).filter((s) => s.id !== scenario.id);
  storage.setItem(IMPORTED_SCENARIOS_KEY, JSON.stringify([...others, scenario]));
}
