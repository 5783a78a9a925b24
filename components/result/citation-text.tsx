import { citationUrl, formatCitation, type SourceKey } from "@/lib/sources";

/** References in full from the sources registry, optionally each with its address (DOI or PubMed). */
export function CitationText({ sources, withUrl = false }: { readonly sources: readonly SourceKey[]; readonly withUrl?: boolean }) {
  return (
    <>
      {sources.map((source, i) => (
        <span key={source}>
          {i > 0 ? " " : ""}
          {formatCitation(source)}
          {withUrl ? (
            <>
              {" "}
              <span className="url">{citationUrl(source)}</span>
            </>
          ) : null}
        </span>
      ))}
    </>
  );
}
