/**
 * `npm run bench:cli`: the command line end to end, against the budgets of issues 16 and 29 —
 *
 * - start-up: `crs-screen score` on one assessment (< 300 ms), next to Node starting alone;
 * - `score --format csv` on 20 000 complete assessments, beyond start-up (< 1.5 s; one thread);
 * - the same run against plain Node reading the same file, parsing it and writing a line per item
 *   (within 4.5×, issue 29); the two are run alternately, so both see the same load;
 * - `score --format ndjson` on 1 000 000 assessments streamed on stdin: peak RSS (< 300 MB).
 *
 * Output goes to /dev/null (what is timed is crs-screen, not a reader). Prints figures; asserts
 * nothing. BENCH_CLI_N and BENCH_NDJSON_N change the counts.
 */
import * as fc from "fast-check";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { assessmentArbitrary } from "../tests/lib/arbitraries";

const COUNT = Number(process.env.BENCH_CLI_N ?? 20_000);
const STREAMED = Number(process.env.BENCH_NDJSON_N ?? 1_000_000);
const BIN = "bin/crs-screen.mjs";
/**
 * Preloaded into every timed run: as it exits, the process's CPU time (user + system, µs) and peak
 * resident set size (kB), from getrusage. CPU time is printed beside wall time because this machine
 * is shared: under load, wall time measures the queue as much as the program.
 */
const REPORT_USAGE = `data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("usage "+(u.userCPUTime+u.systemCPUTime)+" "+u.maxRSS+"\\n")})`;

interface Usage {
  /** Wall time, ms. */
  readonly wall: number;
  /** CPU time (user + system), ms. */
  readonly cpu: number;
  /** Peak resident set size, MB. */
  readonly peakMb: number;
}

function usageOf(stderr: string, wall: number, what: string): Usage {
  const usage = /usage (\d+) (\d+)/.exec(stderr);
  if (usage === null) throw new Error(`${what}: no usage reported: ${stderr.slice(0, 500)}`);
  return { wall, cpu: Number(usage[1]) / 1000, peakMb: Number(usage[2]) / 1024 };
}

const medianBy = (runs: readonly Usage[], key: keyof Usage): number => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;

/** Medians (wall and CPU, separately) of `runs` runs of node with these arguments, output to /dev/null; throws unless exit 0. */
function timed(args: readonly string[], runs: number): Usage {
  const all: Usage[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ["--import", REPORT_USAGE, ...args], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    const wall = Number(process.hrtime.bigint() - started) / 1e6;
    if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    all.push(usageOf(r.stderr, wall, args.join(" ")));
  }
  return { wall: medianBy(all, "wall"), cpu: medianBy(all, "cpu"), peakMb: medianBy(all, "peakMb") };
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;

/** Plain Node's share of `score --format csv`: read the file, parse it, write one line per item (its index) to stdout. */
const PARSE_AND_WRITE = `const items=JSON.parse(require("node:fs").readFileSync(process.argv[1],"utf8"));let out="";for(let i=0;i<items.length;i++)out+=i+"\\n";process.stdout.write(out)`;

/** Medians of `runs` runs each of `a` and `b`, run alternately (a b a b …): load on the shared machine falls on both alike. */
function timedAlternately(a: readonly string[], b: readonly string[], runs: number): [Usage, Usage] {
  const ofA: Usage[] = [];
  const ofB: Usage[] = [];
  for (let i = 0; i < runs; i++) {
    ofA.push(timed(a, 1));
    ofB.push(timed(b, 1));
  }
  const median = (all: readonly Usage[]): Usage => ({ wall: medianBy(all, "wall"), cpu: medianBy(all, "cpu"), peakMb: medianBy(all, "peakMb") });
  return [median(ofA), median(ofB)];
}

/** `score --format ndjson -` with `total` NDJSON lines written to its stdin as it reads them: wall time and peak RSS. */
async function streamed(pool: readonly string[], total: number): Promise<Usage> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ["--import", REPORT_USAGE, BIN, "score", "--format", "ndjson", "-"], { stdio: ["pipe", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
  const exited = once(child, "close");
  // A batch of lines per write keeps this side cheap; waiting for "drain" keeps it at crs-screen's pace.
  const batch = pool.join("\n") + "\n";
  for (let written = 0; written < total; written += pool.length) {
    if (!child.stdin.write(written + pool.length <= total ? batch : pool.slice(0, total - written).join("\n") + "\n")) await once(child.stdin, "drain");
  }
  child.stdin.end();
  const [code] = (await exited) as [number | null];
  if (code !== 0) throw new Error(`ndjson run exited ${code}: ${stderr.slice(0, 500)}`);
  return usageOf(stderr, Number(process.hrtime.bigint() - started) / 1e6, "ndjson run");
}

const dir = mkdtempSync(join(tmpdir(), "crs-bench-cli-"));
try {
  console.log(`crs-screen bench:cli — Node ${process.version}; medians; output to /dev/null\n`);
  const one = join(dir, "one.json");
  writeFileSync(one, JSON.stringify(fc.sample(assessmentArbitrary("complete"), { numRuns: 1, seed: 7 })[0]));
  const nodeAlone = timed(["-e", "0"], 7);
  const startup = timed([BIN, "score", one], 7);
  console.log(`start-up: crs-screen score (1 assessment) ${ms(startup.wall)} wall, ${ms(startup.cpu)} CPU (budget < 300 ms); node alone ${ms(nodeAlone.wall)} wall, ${ms(nodeAlone.cpu)} CPU`);

  const complete = join(dir, "complete.json");
  writeFileSync(complete, JSON.stringify(fc.sample(assessmentArbitrary("complete"), { numRuns: COUNT, seed: 7 })));
  const [csv, plain] = timedAlternately([BIN, "score", "--format", "csv", complete], ["-e", PARSE_AND_WRITE, complete], 5);
  console.log(
    `score --format csv, ${COUNT.toLocaleString("en")} complete assessments: ${ms(csv.wall)} wall (${ms(csv.wall - startup.wall)} beyond start-up), ` +
      `${ms(csv.cpu)} CPU (${ms(csv.cpu - startup.cpu)} beyond start-up) (budget < 1 500 ms beyond start-up), peak RSS ${csv.peakMb.toFixed(0)} MB`,
  );
  console.log(
    `  against node parsing the same file and writing a line per item: ${ms(plain.wall)} wall, ${ms(plain.cpu)} CPU; ` +
      `csv takes ${(csv.wall / plain.wall).toFixed(2)}× the wall time, ${(csv.cpu / plain.cpu).toFixed(2)}× the CPU time (budget ≤ 4.5×)`,
  );
  const json = timed([BIN, "score", "--format", "json", complete], 5);
  console.log(
    `score --format json, ${COUNT.toLocaleString("en")} complete assessments: ${ms(json.wall)} wall (${ms(json.wall - startup.wall)} beyond start-up), ` +
      `${ms(json.cpu)} CPU (${ms(json.cpu - startup.cpu)} beyond start-up), peak RSS ${json.peakMb.toFixed(0)} MB`,
  );

  // 1 000 distinct assessments (complete and with unknowns), repeated: the input is never held whole, here or there.
  const pool = [...fc.sample(assessmentArbitrary("complete"), { numRuns: 500, seed: 9 }), ...fc.sample(assessmentArbitrary("any"), { numRuns: 500, seed: 9 })].map((a) => JSON.stringify(a));
  const run = await streamed(pool, STREAMED);
  console.log(
    `score --format ndjson, ${STREAMED.toLocaleString("en")} assessments on stdin: peak RSS ${run.peakMb.toFixed(0)} MB (budget < 300 MB); ` +
      `${(run.wall / 1000).toFixed(1)} s wall, ${(run.cpu / 1000).toFixed(1)} s CPU (${Math.round(STREAMED / (run.wall / 1000)).toLocaleString("en")} /s)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
