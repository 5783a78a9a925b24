import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Two environments (STYLE.md): node for the framework-free library and CLI, jsdom only for components.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { "@": root } },
  test: {
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
