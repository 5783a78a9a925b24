export * from "./steps";
export * from "./values";
export * from "./draft";
export * from "./number-entry";
