import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav aria-label="Main">
        <Link href="/" className="brand">
          crs-screen
        </Link>
        <Link href="/assess/context">New assessment</Link>
        <Link href="/scenarios">Scenarios</Link>
        <Link href="/import">Import</Link>
        <Link href="/about">Method</Link>
        {/* A link, not a dialog, so pages without a form load no dialog code; the assessment pages open the dialog itself. */}
        <Link href="/about#notice">Notice</Link>
      </nav>
    </header>
  );
}
