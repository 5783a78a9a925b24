import type { Metadata } from "next";
import { Review } from "@/components/assessment/review";
import { STEPS } from "@/lib/form/steps";

const index = STEPS.findIndex((s) => s.id === "review");

export const metadata: Metadata = { title: `Step ${index + 1} of ${STEPS.length}: ${STEPS[index]!.title}` };

export default function ReviewPage() {
  return (
    <main id="main">
      <h1 id="step-heading" tabIndex={-1}>
        {STEPS[index]!.title}
      </h1>
      <Review />
    </main>
  );
}
