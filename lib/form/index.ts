export * from "./steps";
export * from "./values";
export * from "./draft";
export { CASE_KEY } from "./keys";
export * from "./number-entry";
export * from "./readout";
