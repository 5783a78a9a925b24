/**
 * A stored draft that needs the schema's check, when the check cannot be fetched (offline, or
 * the site was updated meanwhile): the views say so instead of waiting for ever.
 */
import { render, screen, waitFor } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import { DRAFT_KEY } from "@/lib/form";

vi.mock("@/lib/assessment/validate", () => {
  throw new Error("the chunk could not be fetched");
});

test("a draft out of range with no way to fetch the schema: 'unavailable', with a message, not 'loading' for ever", async () => {
  const { useDraftScreening } = await import("@/components/assessment/use-draft-screening");
  function Probe() {
    const result = useDraftScreening();
    return <p data-testid="probe">{result.state === "unavailable" ? `unavailable: ${result.message}` : result.state}</p>;
  }
  window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ schemaVersion: 1, labs: { ferritinNgPerMl: -5 } }));
  render(<Probe />);
  await waitFor(() => expect(screen.getByTestId("probe").textContent).toMatch(/^unavailable: The saved case needs a check that could not be loaded/));
});
