import type { Metadata } from "next";
import { SharedScenario } from "@/components/scenarios/shared-scenario";

export const metadata: Metadata = { title: "Shared scenario" };

export default function SharedScenarioPage() {
  return (
    <main id="main">
      <h1>Shared scenario</h1>
      <SharedScenario />
    </main>
  );
}
