import type { Metadata } from "next";
import { CasePart } from "@/components/studio/case-part";

export const metadata: Metadata = { title: "Scenario studio: the case" };

export default function StudioCasePage() {
  return (
    <main id="main">
      <CasePart />
    </main>
  );
}
