// Starts the production app on loopback for the benchmark scripts and waits until it answers:
// `next start`, or the static export (out/) on a plain file server.
import { spawn } from "node:child_process";
import { resolve } from "node:path";

async function answering(base, server, whatToRun) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return { base, server };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`the production server did not start (run \`${whatToRun}\` first)`);
}

// `dir`: the app to serve (default this one; the benchmarks also serve scripts/floor-app).
export async function startProductionServer(port, dir = ".") {
  const server = spawn(process.execPath, [resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  return answering(`http://127.0.0.1:${port}`, server, "npm run build");
}

// The static export served by `serve`, as the static e2e run and a static host serve it.
export async function startStaticServer(port) {
  const server = spawn(process.execPath, ["node_modules/serve/build/main.js", "out", "--no-clipboard", "--no-port-switching", "-l", `tcp://127.0.0.1:${port}`], { stdio: "ignore" });
  return answering(`http://127.0.0.1:${port}`, server, "npm run build:static");
}
