import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** A bare app, built with the project's own node_modules. */
const config = { turbopack: { root }, outputFileTracingRoot: root };
export default config;
