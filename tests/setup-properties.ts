import * as fc from "fast-check";

// Deterministic CI: property tests use a fixed seed unless FC_SEED asks for another exploration.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261125) });
