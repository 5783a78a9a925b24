import type { Metadata } from "next";
import { StudioNav } from "@/components/studio/studio-nav";
import { VignettePart } from "@/components/studio/vignette-part";

export const metadata: Metadata = { title: "The vignette — scenario studio" };

export default function StudioVignettePage() {
  return (
    <main id="main">
      <h1>The vignette</h1>
      <StudioNav current="vignette" />
      <p className="lede">
        Per stage, what the trainee reads. The check beside it marks every value of the answer key the vignette does not state, and every number that disagrees
        with the key. Saved in this browser as you type; nothing leaves it.
      </p>
      <VignettePart />
    </main>
  );
}
