// Starts `next start` on loopback for the benchmark scripts and waits until it answers.
import { spawn } from "node:child_process";
import { resolve } from "node:path";

// `dir`: the app to serve (default this one; the benchmarks also serve scripts/floor-app).
export async function startProductionServer(port, dir = ".") {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return { base, server };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error("the production server did not start (run `npm run build` first)");
}
