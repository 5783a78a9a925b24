import type { Metadata } from "next";
import { Suspense } from "react";
import { ImportedScenario } from "@/components/scenarios/imported-scenario";

export const metadata: Metadata = { title: "Imported scenario: instructor view" };

/** A static page (the static export has no server routes): the scenario is read from this tab's session. */
export default function ImportedInstructorPage() {
  return (
    <main id="main" className="wide">
      <Suspense fallback={<p>Loading the scenario from this browser…</p>}>
        <ImportedScenario page="instructor" />
      </Suspense>
    </main>
  );
}
