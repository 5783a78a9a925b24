/**
 * The `crs-screen` command line (../shared/spec/ASSESSMENT.md, "The command line"). Pure over its
 * I/O so tests drive it directly; no framework code on this path (start-up matters).
 */
import * as z from "zod";
import { AssessmentSchema } from "@/lib/assessment/schema";
import { course } from "@/lib/case/course";
import { validateCase } from "@/lib/case/schema";
import { builtinScenarios } from "@/lib/scenarios/builtin/index";
import { parseScenario, runAllStages, type ScenarioRun } from "@/lib/scenarios/runner";
import { ScenarioSchema, type Scenario } from "@/lib/scenarios/schema";
import { InputError, parseJson, problemLines, read, sourceName, type CliIo } from "./io";
import { score } from "./score";

export type { CliIo } from "./io";

export const USAGE = `Usage: crs-screen <command>

  score [--format json|ndjson|csv] FILE|-
                       Score one Assessment or many (- reads stdin). json (the default)
                       prints the Screening, or an array of them; ndjson streams one
                       Screening per line; csv prints one row per assessment.
                       \`crs-screen score --help\` says more.
  course FILE|-        Score a Case (one patient's time-points; a single Assessment is a
                       Case of one) and print each time-point's Screening and, per
                       instrument, the highest value and when its threshold was met.
                       \`crs-screen course --help\` says more.
  scenarios [PATH…]    Run scenario checklists (files or folders of .json; the built-in
                       library by default). Prints a pass/fail table; exit 1 on a failure.
  schema [scenario]    Print the JSON Schema of the Assessment (or of a scenario file).

Exit codes: 0 ok; 1 a scenario expectation failed; 2 invalid input or usage (or output
that cannot be written).
crs-screen is educational and non-diagnostic.`;

function loadScenarios(io: CliIo, paths: readonly string[]): { scenarios: Scenario[]; problems: string[] } {
  if (paths.length === 0) return { scenarios: [...builtinScenarios()], problems: [] };
  const scenarios: Scenario[] = [];
  const problems: string[] = [];
  const files = paths.flatMap((path) => {
    const listed = io.listJsonFiles(path);
    if (listed !== null && listed.length === 0) problems.push(`${path}: no scenario files (*.json) in this folder`);
    return listed ?? [path];
  });
  for (const file of files) {
    let json: unknown;
    try {
      json = parseJson(read(io, file), file);
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    const parsed = parseScenario(json);
    if (parsed.ok) scenarios.push(parsed.scenario);
    else problems.push(...problemLines(parsed.problems, "").map((line) => `${file}: ${line}`));
  }
  return { scenarios, problems };
}

function formatRunTable(runs: readonly ScenarioRun[]): string {
  const rows = runs.map((run) => [
    run.passed ? "PASS" : "FAIL",
    runName(run),
    run.expectedFailures.length === 0 ? "ok" : `${run.expectedFailures.length} off`,
    `${run.checklistPassed}/${run.checklist.length}`,
  ]);
  const header = ["result", "scenario", "expected", "checklist"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  const details = runs.flatMap((run) => [
    ...run.expectedFailures.map((f) => `  ${runName(run)}: expected result — ${f}`),
    ...run.checklist.filter((c) => !c.passed).map((c) => `  ${runName(run)}: checklist "${c.id}" — ${c.detail}`),
  ]);
  const passed = runs.filter((r) => r.passed).length;
  return [line(header), ...rows.map(line), ...(details.length ? ["", ...details] : []), "", `${passed} passed, ${runs.length - passed} failed`].join("\n");
}

/** A run's row name: the scenario id, and for an unfolding scenario its stage ("cart-crs-unfolding · day 2"). */
function runName(run: ScenarioRun): string {
  return run.stage ? `${run.id} · ${run.stage.name.toLowerCase()}` : run.id;
}

function scenarios(io: CliIo, args: readonly string[]): number {
  const { scenarios: loaded, problems } = loadScenarios(io, args);
  if (problems.length > 0) {
    io.err(problems.join("\n"));
    return 2;
  }
  // Every stage of an unfolding scenario is a row of its own; any stage that disagrees fails the run.
  const runs = loaded.flatMap((s) => runAllStages(s));
  io.out(formatRunTable(runs));
  return runs.every((r) => r.passed) ? 0 : 1;
}

/** `course FILE|-`: docs/case-format.md. Problems name the time-point (`timepoints[2].assessment.labs.…`). */
const COURSE_USAGE = `Usage: crs-screen course FILE|-

Reads a Case (docs/case-format.md: caseVersion 1, 1 to 60 time-points in order, each an
unchanged Assessment) or a single Assessment (a Case of one at day 0), from FILE or stdin (-).
Prints one JSON object: each time-point's Screening, and per instrument the value at every
time-point, the highest, and the first and last time its threshold was met. HLH-2004 is counted
at each time-point: whether its criteria may be combined across days could not be verified.
Problems name the time-point (timepoints[2].assessment.labs.…); exit 2, nothing printed.`;

function courseCommand(io: CliIo, args: readonly string[]): number {
  if (args.length === 1 && (args[0] === "--help" || args[0] === "-h")) {
    io.out(COURSE_USAGE);
    return 0;
  }
  // "-" is stdin; any other argument starting with "-" is an option course does not have.
  const unknown = args.find((arg) => arg.startsWith("-") && arg !== "-");
  if (unknown !== undefined) throw new InputError(`course: unknown option "${unknown}" (crs-screen course --help)`);
  if (args.length !== 1) throw new InputError("course takes one FILE (or - for stdin); crs-screen course --help says more");
  const checked = validateCase(parseJson(read(io, args[0]!), sourceName(args[0]!)));
  if (!checked.ok) {
    io.err(problemLines(checked.problems, "").join("\n"));
    return 2;
  }
  io.out(JSON.stringify(course(checked.case)));
  return 0;
}

function schema(io: CliIo, args: readonly string[]): number {
  const which = args[0] ?? "assessment";
  if (which !== "assessment" && which !== "scenario") throw new InputError(`schema: unknown schema "${which}" (assessment or scenario)`);
  const target = which === "assessment" ? AssessmentSchema : ScenarioSchema;
  io.out(JSON.stringify(z.toJSONSchema(target, { io: "input", unrepresentable: "any" }), null, 2));
  return 0;
}

/** Runs one command; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "score":
        return await score(io, args);
      case "course":
        return courseCommand(io, args);
      case "scenarios":
        return scenarios(io, args);
      case "schema":
        return schema(io, args);
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return 0;
      default:
        io.err(command === undefined ? USAGE : `Unknown command "${command}".\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof InputError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
}
