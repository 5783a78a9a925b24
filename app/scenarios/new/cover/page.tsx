import type { Metadata } from "next";
import { CoverPart } from "@/components/studio/cover-part";

export const metadata: Metadata = { title: "Scenario studio: the cover, and save" };

export default function StudioCoverPage() {
  return (
    <main id="main">
      <CoverPart />
    </main>
  );
}
