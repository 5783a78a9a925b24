import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Two environments (STYLE.md): node for the framework-free library and CLI, jsdom only for components.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { "@": root } },
  test: {
    // Property tests screen thousands of generated cases: 1–3 s on a quiet machine, but CI runs on
    // a shared 2-core machine where they were seen to take over 20 s (issue 16). A hang still fails.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: "lib", environment: "node", setupFiles: ["tests/setup-properties.ts"], include: ["tests/lib/**/*.test.ts", "tests/cli/**/*.test.ts", "tests/scripts/**/*.test.ts"] },
      },
      {
        extends: true,
        test: { name: "components", environment: "jsdom", setupFiles: ["tests/setup-components.ts"], include: ["tests/components/**/*.test.tsx"] },
      },
    ],
  },
});
