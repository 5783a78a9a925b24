export * from "./screen";
export * from "./level";
export * from "./mechanisms";
export * from "./differentials";
export * from "./signs";
export * from "./wording";
