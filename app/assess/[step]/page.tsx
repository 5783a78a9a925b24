import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Review } from "@/components/assessment/review";
import { StepForm } from "@/components/assessment/step-form";
import { STEPS, stepById } from "@/lib/form";

export function generateStaticParams() {
  return STEPS.map((s) => ({ step: s.id }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: { readonly params: Promise<{ step: string }> }): Promise<Metadata> {
  const { step } = await params;
  const index = STEPS.findIndex((s) => s.id === step);
  return { title: index >= 0 ? `Step ${index + 1} of ${STEPS.length}: ${STEPS[index]!.title}` : "Assessment" };
}

export default async function StepPage({ params }: { readonly params: Promise<{ step: string }> }) {
  const { step } = await params;
  const definition = stepById(step);
  if (!definition) notFound();
  return (
    <main id="main">
      <h1 id="step-heading" tabIndex={-1}>
        {definition.title}
      </h1>
      {definition.id === "review" ? <Review /> : <StepForm stepId={definition.id} />}
    </main>
  );
}
