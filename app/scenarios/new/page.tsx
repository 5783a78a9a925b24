import type { Metadata } from "next";
import { builtinScenarios } from "@/lib/scenarios/builtin/index";
import { StudioStart } from "@/components/studio/studio-start";

export const metadata: Metadata = { title: "Scenario studio" };

export default function StudioStartPage() {
  return (
    <main id="main">
      <StudioStart builtins={builtinScenarios().map(({ id, title }) => ({ id, title }))} />
    </main>
  );
}
