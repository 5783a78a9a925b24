import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { scenarioById, scenarioIds } from "@/lib/scenarios/data";
import { InstructorView } from "@/components/scenarios/instructor-view";

export function generateStaticParams() {
  return scenarioIds().map((id) => ({ id }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: { readonly params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const scenario = scenarioById(id);
  return { title: scenario ? `Instructor: ${scenario.title}` : "Scenario instructor view" };
}

export default async function InstructorPage({ params }: { readonly params: Promise<{ id: string }> }) {
  const { id } = await params;
  const scenario = scenarioById(id);
  if (!scenario) notFound();
  return (
    <main id="main" className="wide">
      <InstructorView scenario={scenario} />
    </main>
  );
}
