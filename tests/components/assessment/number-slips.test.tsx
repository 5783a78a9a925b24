/**
 * Slips caught kindly (issue 28, item 7), as a person meets them: a temperature typed without its
 * decimal point is echoed with a question while typing, kept nowhere, and the question is asked
 * again in the error on Save. Nothing is ever changed for the person.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { StepForm } from "@/components/assessment/step-form";
import { DRAFT_KEY, stepById } from "@/lib/form";
import { publishedThresholdsOf } from "@/lib/form/published-thresholds";
import { router } from "../../setup-components";

const PENDING_KEY = "crs-screen.pending.vitals";

function renderVitals() {
  return render(<StepForm stepId="vitals" published={publishedThresholdsOf(stepById("vitals")!)} />);
}

function temperature(): HTMLInputElement {
  return screen.getByLabelText("Highest temperature");
}

/** The echo tied to the input by aria-describedby. */
function echoOf(input: HTMLElement): HTMLElement {
  const id = input.getAttribute("aria-describedby")?.split(" ").find((ref) => ref.endsWith("-echo"));
  const element = id ? document.getElementById(id) : null;
  if (!element) throw new Error(`no echo is tied to ${input.id}`);
  return element;
}

describe("a slip in a number field", () => {
  test("392 typed as a temperature: the echo asks about 39.2 °C, and nothing is kept", async () => {
    renderVitals();
    fireEvent.change(temperature(), { target: { value: "392" } });
    expect(echoOf(temperature()).textContent).toBe("392 °C is outside the plausible 30–45 °C, so it is not kept. Did you mean 39.2 °C?");
    // The typing is kept for a reload; the draft holds no temperature, neither 392 nor 39.2.
    await waitFor(() => expect(window.sessionStorage.getItem(PENDING_KEY)).toContain("392"));
    expect(window.sessionStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(temperature().value).toBe("392");
  });

  test("on Save the error repeats the question, and the form stays on the step with the text as typed", async () => {
    renderVitals();
    fireEvent.change(temperature(), { target: { value: "392" } });
    fireEvent.click(screen.getByRole("button", { name: "Save and continue to signs and examination" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link").textContent).toBe("Highest temperature: you typed 392; it must be between 30 and 45 °C. Did you mean 39.2 °C?");
    expect(document.getElementById("field-vitals-temperatureMaxC-error")?.textContent).toBe("Error: Highest temperature: you typed 392; it must be between 30 and 45 °C. Did you mean 39.2 °C?");
    expect(temperature().value).toBe("392");
    expect(window.sessionStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(router.push).not.toHaveBeenCalled();
  });

  test("choosing the unit the question names re-reads the text, which is then kept", async () => {
    renderVitals();
    fireEvent.change(temperature(), { target: { value: "102" } });
    expect(echoOf(temperature()).textContent).toContain("Did you mean 102 °F (≈ 38.9 °C)? Choose °F in the unit list.");
    fireEvent.change(screen.getByRole("combobox", { name: "Unit for Highest temperature" }), { target: { value: "°F" } });
    expect(echoOf(temperature()).textContent).toBe("= 102 °F");
    await waitFor(() => expect((JSON.parse(window.sessionStorage.getItem(DRAFT_KEY) ?? "{}") as { vitals?: { temperatureMaxC?: number } }).vitals?.temperatureMaxC).toBeCloseTo(38.889, 3));
  });
});
