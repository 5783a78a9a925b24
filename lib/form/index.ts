export * from "./steps";
export * from "./values";
export * from "./draft";
