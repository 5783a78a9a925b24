export * from "./steps";
export * from "./values";
export * from "./unit-choice";
export * from "./typed-value";
export * from "./messages";
export * from "./threshold-hint";
export * from "./draft";
export { CASE_KEY } from "./keys";
export * from "./number-entry";
