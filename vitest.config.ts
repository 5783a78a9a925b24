import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Vitest 5's reporter calls Map.groupBy (Node ≥ 21) when it prints failures; this machine has Node 20.
if (!("groupBy" in Map)) {
  Object.defineProperty(Map, "groupBy", {
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}

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
