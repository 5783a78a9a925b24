import type { Metadata } from "next";
import { Suspense } from "react";
import { ImportedScenario } from "@/components/scenarios/imported-scenario";

export const metadata: Metadata = { title: "Imported scenario" };

export default function ImportedScenarioPage() {
  return (
    <main id="main">
      <Suspense fallback={<p>Loading the scenario from this browser…</p>}>
        <ImportedScenario page="trainee" />
      </Suspense>
    </main>
  );
}
