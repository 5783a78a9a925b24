import type { Metadata } from "next";
import { gallerySummaries, scenarioById } from "@/lib/scenarios/data";
import { TRAINING_NOTICE } from "@/components/scenarios/labels";
import { ScenarioGallery } from "@/components/scenarios/scenario-gallery";
import { OwnScenarios } from "@/components/scenarios/own-scenarios";
import { vignetteOpening } from "@/lib/scenarios/opening";
import type { GalleryCard } from "@/components/scenarios/labels";

/** The cards carry the vignette's opening, not the teaching point (it gives the answer away). */
function galleryCards(): readonly GalleryCard[] {
  return gallerySummaries().map((s) => ({
    id: s.id,
    title: s.title,
    setting: s.setting,
    settingLabel: s.settingLabel,
    difficulty: s.difficulty,
    opening: vignetteOpening(scenarioById(s.id)?.vignette ?? []),
  }));
}

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
      <ScenarioGallery scenarios={galleryCards()} />
      <OwnScenarios />
    </main>
  );
}
