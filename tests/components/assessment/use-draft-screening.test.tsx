/**
 * The draft behind the result, review and summary pages: a draft that passes the quick check is
 * screened at once, without the schema; any other is handed to the schema (loaded on demand),
 * which words its problems.
 */
import { render, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, test } from "vitest";
import { useDraftScreening } from "@/components/assessment/use-draft-screening";
import { DRAFT_KEY } from "@/lib/form";

function Probe() {
  const result = useDraftScreening();
  let detail = "";
  if (result.state === "ready") detail = result.screening.level;
  if (result.state === "invalid") detail = result.validation.problems.map((p) => p.path).join(" ");
  return <p data-testid="probe">{`${result.state} ${detail}`.trim()}</p>;
}

const probe = () => screen.getByTestId("probe").textContent;

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

describe("useDraftScreening", () => {
  test("a draft the form saved is screened as soon as the view renders, without waiting for the schema", () => {
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ schemaVersion: 1, labs: { ferritinNgPerMl: 2400 } }));
    render(<Probe />);
    expect(probe()).toMatch(/^ready (consistent|incomplete|not-flagged)$/);
  });

  test("a draft out of range waits for the schema, then shows its problems by field", async () => {
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ schemaVersion: 1, labs: { ferritinNgPerMl: -5 }, vitals: { systolicBpMmHg: 80, diastolicBpMmHg: 80 } }));
    render(<Probe />);
    expect(probe()).toBe("loading");
    await waitFor(() => expect(probe()).toBe("invalid labs.ferritinNgPerMl vitals.diastolicBpMmHg"));
  });
});
