import type { Metadata } from "next";
import { gallerySummaries } from "@/lib/scenarios/data";
import { TRAINING_NOTICE } from "@/components/scenarios/labels";
import { ScenarioGallery } from "@/components/scenarios/scenario-gallery";
import { ScenarioImport } from "@/components/transfer/scenario-import";

export const metadata: Metadata = { title: "Scenario checklists" };

export default function ScenariosPage() {
  return (
    <main id="main">
      <h1>Scenario checklists</h1>
      <p className="lede">
        Training cases to work through: read the vignette, enter what it tells you in a blank form, and compare your result with the checklist.
      </p>
      <p className="notice-inline">
        <strong>{TRAINING_NOTICE}</strong> The cases are fictional and carry no patient identifiers.
      </p>
      <ScenarioGallery scenarios={gallerySummaries()} />
      <ScenarioImport />
    </main>
  );
}
