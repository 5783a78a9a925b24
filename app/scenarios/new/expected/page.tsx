import type { Metadata } from "next";
import { StudioNav } from "@/components/studio/studio-nav";
import { ExpectedPart } from "@/components/studio/expected-part";

export const metadata: Metadata = { title: "Expected results and checklist — scenario studio" };

export default function StudioExpectedPage() {
  return (
    <main id="main">
      <h1>Expected results and checklist</h1>
      <StudioNav current="expected" />
      <p className="lede">
        Proposed from the app’s own screening of each stage’s answer key. Check each one against the published criteria shown beside it, then confirm it: the
        scenario cannot be saved before. Saved in this browser as you go; nothing leaves it.
      </p>
      <ExpectedPart />
    </main>
  );
}
