import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StepForm } from "@/components/assessment/step-form";
import { StoredLayoutScript } from "@/components/assessment/stored-layout-script";
import { CopyPrevious } from "@/components/course/copy-previous";
import { StepDay } from "@/components/course/step-day";
import { publishedThresholdsOf } from "@/lib/form/published-thresholds";
import { STEPS, stepById } from "@/lib/form/steps";

// The review step has a route of its own (../review): its client code (the screening) is not
// shipped with the form steps, nor the form's with it.
const FORM_STEPS = STEPS.filter((s) => s.id !== "review");

export function generateStaticParams() {
  return FORM_STEPS.map((s) => ({ step: s.id }));
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
  if (!definition || definition.id === "review") notFound();
  return (
    <main id="main">
      <StoredLayoutScript step={definition} />
      <h1 id="step-heading" tabIndex={-1}>
        {definition.title}
        <StepDay />
      </h1>
      <CopyPrevious stepId={definition.id} />
      <StepForm stepId={definition.id} published={publishedThresholdsOf(definition)} />
    </main>
  );
}
