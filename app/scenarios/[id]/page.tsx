import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { scenarioById, scenarioIds } from "@/lib/scenarios/data";
import { ScenarioView } from "@/components/scenarios/scenario-view";
import { traineeTitle } from "@/lib/scenarios/trainee-title";

export function generateStaticParams() {
  return scenarioIds().map((id) => ({ id }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: { readonly params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  // The trainee's page: the neutral title, never the teaching one (a tab's title is read too).
  const scenario = scenarioById(id);
  return { title: scenario ? traineeTitle(scenario) : "Scenario" };
}

export default async function ScenarioPage({ params }: { readonly params: Promise<{ id: string }> }) {
  const { id } = await params;
  const scenario = scenarioById(id);
  if (!scenario) notFound();
  return (
    <main id="main">
      <ScenarioView scenario={scenario} />
    </main>
  );
}
