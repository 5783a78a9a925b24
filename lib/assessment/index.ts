export * from "./fields";
export * from "./schema";
export * from "./validate";
export * from "./judgement";
export * from "./read";
export * from "./derived";
