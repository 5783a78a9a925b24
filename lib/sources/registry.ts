// placeholder until the registry lands (being written now)
export type SourceKey = string;
