export * from "./case-export";
export * from "./case-file";
export * from "./share-link";
