import { storedLayoutHints } from "@/lib/form/stored-layout";
import type { StepDefinition } from "@/lib/form/steps";
import { STORED_LAYOUT_ATTRIBUTES, markStoredLayout } from "./mark-stored-layout";

/**
 * Placed before the step's questions: the browser runs it while parsing, so the prerendered step
 * is first painted in the layout of the stored case (./mark-stored-layout.ts). A server component:
 * no page's scripts grow. After a client-side navigation React does not run it, and need not: the
 * form is then drawn with the stored case from the start.
 */
export function StoredLayoutScript({ step }: { readonly step: StepDefinition }) {
  return <script>{`(${markStoredLayout.toString()})(${JSON.stringify(storedLayoutHints(step))},${JSON.stringify(STORED_LAYOUT_ATTRIBUTES)})`}</script>;
}
