export { SOURCES, SOURCE_KEYS, citationUrl, formatCitation, isSourceKey, sourceOf } from "./registry";
export type { Source, SourceKey } from "./registry";
