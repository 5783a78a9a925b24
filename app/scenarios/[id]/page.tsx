import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { scenarioById, scenarioIds } from "@/lib/scenarios/data";
import { ScenarioView } from "@/components/scenarios/scenario-view";

export function generateStaticParams() {
  return scenarioIds().map((id) => ({ id }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: { readonly params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return { title: scenarioById(id)?.title ?? "Scenario" };
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
