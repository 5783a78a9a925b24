import Link from "next/link";

/**
 * The site's navigation. Its links are not prefetched: on every page they would fetch five other
 * routes' code and data while the page itself is still loading, which on a weak hospital Wi-Fi or
 * phone connection costs the page the user actually opened (the assessment steps' own links do
 * prefetch: moving between steps should be instant).
 *
 * The wordmark is text (a quiet identity, no image to load): "crs" bold, "screen" in the accent.
 */
export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav aria-label="Main">
        <Link prefetch={false} href="/" className="brand">
          <span className="mark" aria-hidden="true" />
          <span className="crs">crs</span>
          <span className="dash">-</span>
          <span className="screen">screen</span>
        </Link>
        <Link prefetch={false} href="/assess/context">New assessment</Link>
        <Link prefetch={false} href="/scenarios">Scenarios</Link>
        <Link prefetch={false} href="/import">Import</Link>
        <Link prefetch={false} href="/about">Method</Link>
        {/* A link, not a dialog, so pages without a form load no dialog code; the assessment pages open the dialog itself. */}
        <Link prefetch={false} href="/about#notice">Notice</Link>
      </nav>
    </header>
  );
}
