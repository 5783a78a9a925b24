export { SOURCES, SOURCE_KEYS, citationUrl, formatCitation, isSourceKey, sourceOf } from "./registry";
export type { SourceKey } from "./registry";
