export * from "./case-file";
export * from "./share-link";
