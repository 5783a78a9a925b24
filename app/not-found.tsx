import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

/** Any address the app does not have (and notFound() from a page, e.g. an unknown scenario id). */
export default function NotFound() {
  return (
    <main id="main">
      <h1>Page not found</h1>
      <p className="lede">There is no page at this address. It may have been mistyped, or the link may be out of date.</p>
      <div className="actions">
        <Link href="/" className="button primary">
          Go to the home page
        </Link>
        <Link href="/assess/context" className="button">
          Start a new assessment
        </Link>
        <Link href="/scenarios" className="button">
          Scenario checklists
        </Link>
      </div>
    </main>
  );
}
