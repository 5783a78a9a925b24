/**
 * One step of the assessment, as a person uses it: labelled controls from the step table, errors
 * summarised and tied to their fields, nothing saved until the step is valid, the draft stored in
 * canonical units, and every keystroke kept for a reload. The validator arrives after the step has
 * rendered (a separate chunk); what happens before it arrives is tested at the end.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { StepForm as StepFormAlone } from "@/components/assessment/step-form";
import { ENUM_FIELDS, NUMERIC_FIELDS, TRI_STATE_FIELDS } from "@/lib/assessment/fields";
import { DRAFT_KEY, ICE_ITEM_KEYS, UNITS_KEY, fieldShown, stepById } from "@/lib/form";
import { publishedThresholdsOf } from "@/lib/form/published-thresholds";
import { router } from "../../setup-components";

/** The form as its page renders it: with the step's published thresholds looked up (on the server, there). */
function StepForm({ stepId }: { readonly stepId: string }) {
  return <StepFormAlone stepId={stepId} published={publishedThresholdsOf(stepById(stepId)!)} />;
}

const PENDING_KEY = "crs-screen.pending.vitals";
const SUBMIT = { name: "Save and continue to signs and examination" };

function storedDraft(): unknown {
  const text = window.sessionStorage.getItem(DRAFT_KEY);
  return text === null ? null : JSON.parse(text);
}

function temperature(): HTMLInputElement {
  return screen.getByLabelText("Highest temperature");
}

function type(input: HTMLElement, value: string): void {
  fireEvent.change(input, { target: { value } });
}

/** The echo beside a number input: what will be kept, tied to the input by aria-describedby. */
function echo(input: HTMLElement): string {
  const id = input.getAttribute("aria-describedby")?.split(" ").find((ref) => ref.endsWith("-echo"));
  const element = id ? document.getElementById(id) : null;
  if (!element) throw new Error(`no echo is tied to ${input.id}`);
  expect(element.getAttribute("aria-live")).toBe("polite");
  return element.textContent ?? "";
}

function chooseUnit(label: string, unit: string): void {
  fireEvent.change(screen.getByRole("combobox", { name: `Unit for ${label}` }), { target: { value: unit } });
}

describe("StepForm", () => {
  test("renders every field of the vitals step as a labelled control", () => {
    render(<StepForm stepId="vitals" />);
    const vitals = stepById("vitals");
    if (!vitals) throw new Error("no vitals step");
    for (const spec of vitals.groups.flatMap((g) => g.fields)) {
      // A question asked only after another answer (the airway question: mechanical ventilation; CRS
      // before the therapy: the therapy given) is not shown on an empty step.
      const asked = fieldShown(spec, () => undefined);
      switch (spec.kind) {
        case "number":
          if (asked) expect(screen.getByLabelText(NUMERIC_FIELDS[spec.path].label).tagName).toBe("INPUT");
          else expect(screen.queryByLabelText(NUMERIC_FIELDS[spec.path].label)).toBeNull();
          break;
        case "tri-state":
          if (!asked) expect(screen.queryByRole("group", { name: TRI_STATE_FIELDS[spec.path] })).toBeNull();
          else expect(within(screen.getByRole("group", { name: TRI_STATE_FIELDS[spec.path] })).getAllByRole("radio")).toHaveLength(3);
          break;
        case "choice":
          expect(screen.getByRole("combobox", { name: ENUM_FIELDS[spec.path].label })).toBeDefined();
          break;
        case "text":
        case "ice-items":
          throw new Error(`the vitals step has no ${spec.kind} field`);
      }
    }
    expect(temperature().id).toBe("field-vitals-temperatureMaxC");
    expect(screen.getByRole("combobox", { name: "Unit for Highest temperature" })).toBeDefined();
    expect(screen.getByRole("button", SUBMIT)).toBeDefined();
  });

  test("an out-of-range temperature shows an error summary linking to the field and an inline error", async () => {
    render(<StepForm stepId="vitals" />);
    type(temperature(), "50");
    fireEvent.click(screen.getByRole("button", SUBMIT));

    const summary = await screen.findByRole("alert");
    const message = "Highest temperature: you typed 50; it must be between 30 and 45 °C.";
    const link = within(summary).getByRole("link", { name: message });
    expect(link.getAttribute("href")).toBe(`#${temperature().id}`);
    expect(within(summary).getAllByRole("link")).toHaveLength(1);

    const inline = document.getElementById("field-vitals-temperatureMaxC-error");
    expect(inline?.textContent).toBe(`Error: ${message}`);
    expect(temperature().getAttribute("aria-invalid")).toBe("true");
    expect(temperature().getAttribute("aria-describedby")?.split(" ")).toContain("field-vitals-temperatureMaxC-error");
  });

  test("the error summary takes focus after a failed submit", async () => {
    render(<StepForm stepId="vitals" />);
    type(temperature(), "50");
    fireEvent.click(screen.getByRole("button", SUBMIT));
    const summary = await screen.findByRole("alert");
    await waitFor(() => expect(document.activeElement).toBe(summary));
  });

  test("a range error is restated in the unit chosen for the field", async () => {
    render(<StepForm stepId="vitals" />);
    chooseUnit("Highest temperature", "°F");
    type(temperature(), "134.3");
    fireEvent.click(screen.getByRole("button", SUBMIT));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link").textContent).toBe("Highest temperature: you typed 134.3; it must be between 86 and 113 °F.");
  });

  test("a diastolic pressure not below the systolic is reported at the diastolic field", async () => {
    render(<StepForm stepId="vitals" />);
    type(screen.getByLabelText("Systolic blood pressure"), "90");
    type(screen.getByLabelText("Diastolic blood pressure"), "95");
    fireEvent.click(screen.getByRole("button", SUBMIT));
    const summary = await screen.findByRole("alert");
    const link = within(summary).getByRole("link");
    expect(link.getAttribute("href")).toBe("#field-vitals-diastolicBpMmHg");
    expect(link.textContent).toBe("Diastolic blood pressure: you typed 95; it must be below the systolic pressure, 90 mmHg.");
    expect(screen.getByLabelText("Diastolic blood pressure").getAttribute("aria-invalid")).toBe("true");
  });

  test("nothing is saved and nobody navigates when the step is invalid", async () => {
    render(<StepForm stepId="vitals" />);
    type(temperature(), "50");
    fireEvent.click(screen.getByRole("button", SUBMIT));
    await screen.findByRole("alert");
    expect(storedDraft()).toBeNull();
    expect(router.push).not.toHaveBeenCalled();
  });

  test("a valid step is saved in canonical units and the next step opens", async () => {
    render(<StepForm stepId="vitals" />);
    chooseUnit("Highest temperature", "°F");
    type(temperature(), "101.3");
    fireEvent.click(within(screen.getByRole("group", { name: TRI_STATE_FIELDS["vitals.hypotension"] })).getByRole("radio", { name: "No" }));
    fireEvent.click(screen.getByRole("button", SUBMIT));

    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/assess/findings"));
    expect(router.push).toHaveBeenCalledTimes(1);
    const draft = storedDraft() as { schemaVersion: number; vitals: { temperatureMaxC: number; hypotension: boolean } };
    expect(draft.schemaVersion).toBe(1);
    expect(draft.vitals.temperatureMaxC).toBeCloseTo(38.5, 9);
    expect(draft.vitals.hypotension).toBe(false);
    expect(Object.keys(draft.vitals).sort()).toEqual(["hypotension", "temperatureMaxC"]);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("a submit still waiting for the paint is dropped when the step is left first (a link, Back)", async () => {
    const { unmount } = render(<StepForm stepId="vitals" />);
    type(temperature(), "38.5");
    fireEvent.click(screen.getByRole("button", SUBMIT));
    unmount();
    // The typing itself is kept: the step saved it on the way out (once its validator is here).
    await waitFor(() => expect((storedDraft() as { vitals?: { temperatureMaxC?: number } } | null)?.vitals?.temperatureMaxC).toBe(38.5));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(router.push).not.toHaveBeenCalled();
  });

  test("saving a step keeps what other steps saved", async () => {
    const earlier = { schemaVersion: 1, label: "Case 7", labs: { ferritinNgPerMl: 2400 } };
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify(earlier));
    render(<StepForm stepId="vitals" />);
    type(screen.getByLabelText("Heart rate"), "120");
    fireEvent.click(screen.getByRole("button", SUBMIT));
    await waitFor(() => expect(router.push).toHaveBeenCalled());
    expect(storedDraft()).toEqual({ ...earlier, vitals: { heartRateBpm: 120 } });
  });

  test("the chosen unit is remembered for the session", () => {
    render(<StepForm stepId="vitals" />);
    chooseUnit("Highest temperature", "°F");
    expect(JSON.parse(window.sessionStorage.getItem(UNITS_KEY) ?? "null")).toEqual({ "vitals.temperatureMaxC": "°F" });
  });

  test("beside each number, the echo says what will be kept, in the unit chosen, as the person types", () => {
    render(<StepForm stepId="laboratory" />);
    const ferritin = screen.getByLabelText("Ferritin");
    expect(echo(ferritin)).toBe("");
    type(ferritin, "12 400");
    expect(echo(ferritin)).toBe("= 12\u202f400 ng/mL");
    type(ferritin, "12400");
    expect(echo(ferritin)).toBe("= 12\u202f400 ng/mL");
    type(ferritin, "12,400");
    expect(echo(ferritin)).toBe("12,400 is not kept. Did you mean 12\u202f400 or 12.4 ng/mL? Type 12400 for the first, 12.4 for the second.");
    type(ferritin, "12,4");
    expect(echo(ferritin)).toBe("= 12.4 ng/mL");
    chooseUnit("Ferritin", "µg/L");
    expect(echo(ferritin)).toBe("= 12.4 µg/L");
    const creatinine = screen.getByLabelText("Creatinine");
    type(creatinine, "1,250");
    expect(echo(creatinine)).toBe("= 1.25 mg/dL (read as 1.25, not 1\u202f250, which is implausible)");
    type(creatinine, "1.2x");
    expect(echo(creatinine)).toBe('Not read as a number: "1.2x" is not kept.');
  });

  test("an echo that says the text is not kept is drawn as an error while the person types, not only after Save", () => {
    render(<StepForm stepId="laboratory" />);
    const ferritin = screen.getByLabelText("Ferritin");
    const echoElement = () => document.getElementById(`${ferritin.id}-echo`)!;
    for (const [text, notKept] of [
      ["12 400", false],
      ["12,400", true],
      ["12.4x", true],
      ["9999999", true],
      ["8500", false],
    ] as const) {
      type(ferritin, text);
      expect(echoElement().classList.contains("echo-not-kept"), text).toBe(notKept);
    }
  });

  test("an ICE item echoes its points in the singular for one, and says when it is not assessable", () => {
    render(<StepForm stepId="neurology" />);
    const naming = screen.getByLabelText("ICE naming (0–3)");
    type(naming, "1");
    expect(echo(naming)).toBe("= 1 point");
    type(naming, "3");
    expect(echo(naming)).toBe("= 3 points");
    fireEvent.click(screen.getAllByRole("checkbox", { name: /^Not assessable/ })[1]!);
    expect(echo(naming)).toBe("Not assessable: this item's points are left open.");
  });

  // Issue 14: with BP entered and vasopressin unknown, the hint asked for BP.
  test("with a normal blood pressure entered, the hypotension hint asks for the vasopressor inputs, not the pressure", async () => {
    render(<StepForm stepId="vitals" />);
    type(screen.getByLabelText("Systolic blood pressure"), "120");
    type(screen.getByLabelText("Diastolic blood pressure"), "80");
    const hint = await screen.findByText(/^unknown — /);
    expect(hint.textContent).toContain("Vasopressors (not counting vasopressin)");
    expect(hint.textContent).toContain("Vasopressin given");
    expect(hint.textContent).not.toMatch(/blood pressure/i);
  });

  test("a decimal comma is kept as a decimal: 38,5 °C is saved as 38.5", async () => {
    render(<StepForm stepId="vitals" />);
    type(temperature(), "38,5");
    expect(echo(temperature())).toBe("= 38.5 °C");
    await waitFor(() => expect(storedDraft()).toEqual({ schemaVersion: 1, vitals: { temperatureMaxC: 38.5 } }));
  });

  test("an ambiguous 12,400 is not saved, and a submit names both readings", async () => {
    render(<StepForm stepId="laboratory" />);
    type(screen.getByLabelText("Ferritin"), "12,400");
    await waitFor(() => expect(window.sessionStorage.getItem("crs-screen.pending.laboratory")).toContain("12,400"));
    expect(storedDraft()).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Save and continue to pathology" }));
    const summary = await screen.findByRole("alert");
    expect(summary.textContent).toContain('Ferritin: "12,400" can be read two ways. Did you mean 12\u202f400 or 12.4 ng/mL? Type 12400 for the first, 12.4 for the second.');
    expect(router.push).not.toHaveBeenCalled();
  });

  test("changing the unit keeps the typed text and reads it in the new unit", () => {
    render(<StepForm stepId="vitals" />);
    type(temperature(), "101.3");
    expect(echo(temperature())).toBe("101.3 °C is outside the plausible 30–45 °C, so it is not kept. Did you mean 101.3 °F (= 38.5 °C)? Choose °F in the unit list.");
    chooseUnit("Highest temperature", "°F");
    expect(temperature().value).toBe("101.3");
    expect(echo(temperature())).toBe("= 101.3 °F");
    chooseUnit("Highest temperature", "°C");
    expect(temperature().value).toBe("101.3");
  });

  test("a saved draft is shown in the unit chosen earlier", () => {
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ schemaVersion: 1, vitals: { temperatureMaxC: 38.5, hypotension: true } }));
    window.sessionStorage.setItem(UNITS_KEY, JSON.stringify({ "vitals.temperatureMaxC": "°F" }));
    render(<StepForm stepId="vitals" />);
    expect(temperature().value).toBe("101.3");
    expect((screen.getByRole("combobox", { name: "Unit for Highest temperature" }) as HTMLSelectElement).value).toBe("°F");
    const hypotension = screen.getByRole("group", { name: TRI_STATE_FIELDS["vitals.hypotension"] });
    expect((within(hypotension).getByRole("radio", { name: "Yes" }) as HTMLInputElement).checked).toBe(true);
  });

  test("typing is kept in the session, valid or not", async () => {
    render(<StepForm stepId="vitals" />);
    type(temperature(), "39.2");
    type(screen.getByLabelText("Heart rate"), "fast");
    await waitFor(() => expect(window.sessionStorage.getItem(PENDING_KEY)).toContain("fast"));
    const pending = JSON.parse(window.sessionStorage.getItem(PENDING_KEY) ?? "null") as { vitals: { temperatureMaxC: string; heartRateBpm: string } };
    expect(pending.vitals.temperatureMaxC).toBe("39.2");
    expect(pending.vitals.heartRateBpm).toBe("fast");
  });

  test("values that pass the step's schema go into the draft as they are typed, in canonical units", async () => {
    render(<StepForm stepId="vitals" />);
    chooseUnit("Highest temperature", "°F");
    type(temperature(), "101.3");
    await waitFor(() => expect(storedDraft()).not.toBeNull());
    expect((storedDraft() as { vitals: { temperatureMaxC: number } }).vitals.temperatureMaxC).toBeCloseTo(38.5, 9);
    expect(router.push).not.toHaveBeenCalled();
  });

  test("values that fail the step's schema are not put into the draft while typing", async () => {
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ schemaVersion: 1, vitals: { temperatureMaxC: 38.5 } }));
    render(<StepForm stepId="vitals" />);
    type(temperature(), "50");
    await waitFor(() => expect(window.sessionStorage.getItem(PENDING_KEY)).toContain("50"));
    expect(storedDraft()).toEqual({ schemaVersion: 1, vitals: { temperatureMaxC: 38.5 } });
  });

  // Issue 14: 9.5 typed as CRP in mg/L, then mg/dL chosen, once became 0.95 mg/dL — still in
  // range, a silent 10× error. The text stays; the saved value is what it now says.
  test("switching the unit of a typed CRP saves the typed number in the new unit", async () => {
    render(<StepForm stepId="laboratory" />);
    const crp = screen.getByLabelText("CRP") as HTMLInputElement;
    type(crp, "9.5");
    await waitFor(() => expect(storedDraft()).toEqual({ schemaVersion: 1, labs: { crpMgPerL: 9.5 } }));
    chooseUnit("CRP", "mg/dL");
    expect(crp.value).toBe("9.5");
    expect(echo(crp)).toBe("= 9.5 mg/dL");
    await waitFor(() => expect(storedDraft()).toEqual({ schemaVersion: 1, labs: { crpMgPerL: 95 } }));
  });

  test("switching the unit of a saved temperature re-reads its text; out of range, the draft keeps the old value", async () => {
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ schemaVersion: 1, vitals: { temperatureMaxC: 38.5 } }));
    render(<StepForm stepId="vitals" />);
    chooseUnit("Highest temperature", "°F");
    expect(temperature().value).toBe("38.5");
    expect(echo(temperature())).toBe("38.5 °F is outside the plausible 86–113 °F, so it is not kept. Did you mean 38.5 °C (= 101.3 °F)? Choose °C in the unit list.");
    await waitFor(() => expect(window.sessionStorage.getItem(PENDING_KEY)).toContain("38.5"));
    expect(storedDraft()).toEqual({ schemaVersion: 1, vitals: { temperatureMaxC: 38.5 } });
  });

  test("after a failed submit, a unit change restates the error in the new unit, quoting what was typed", async () => {
    render(<StepForm stepId="vitals" />);
    type(temperature(), "451");
    fireEvent.click(screen.getByRole("button", SUBMIT));
    await screen.findByRole("alert");
    expect(document.getElementById("field-vitals-temperatureMaxC-error")?.textContent).toBe("Error: Highest temperature: you typed 451; it must be between 30 and 45 °C.");
    chooseUnit("Highest temperature", "°F");
    await waitFor(() =>
      expect(document.getElementById("field-vitals-temperatureMaxC-error")?.textContent).toBe("Error: Highest temperature: you typed 451; it must be between 86 and 113 °F."),
    );
  });

  test("after a reload, unsaved typing is back in the form", async () => {
    const first = render(<StepForm stepId="vitals" />);
    type(temperature(), "39.2");
    type(screen.getByLabelText("Heart rate"), "12O");
    await waitFor(() => expect(window.sessionStorage.getItem(PENDING_KEY)).toContain("12O"));
    first.unmount();

    render(<StepForm stepId="vitals" />);
    expect(temperature().value).toBe("39.2");
    expect((screen.getByLabelText("Heart rate") as HTMLInputElement).value).toBe("12O");
  });

  test("a damaged pending copy falls back to the saved draft", () => {
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ schemaVersion: 1, vitals: { temperatureMaxC: 38.5 } }));
    window.sessionStorage.setItem(PENDING_KEY, "{\"vitals\":");
    render(<StepForm stepId="vitals" />);
    expect(temperature().value).toBe("38.5");
  });

  test("typing that does not validate yet is kept aside; once valid it is saved and the aside copy goes", async () => {
    render(<StepForm stepId="vitals" />);
    type(temperature(), "451");
    await waitFor(() => expect(window.sessionStorage.getItem(PENDING_KEY)).not.toBeNull());
    type(temperature(), "38.5");
    await waitFor(() => expect(window.sessionStorage.getItem(PENDING_KEY)).toBeNull());
    fireEvent.click(screen.getByRole("button", SUBMIT));
    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/assess/findings"));
    expect(window.sessionStorage.getItem(PENDING_KEY)).toBeNull();
  });

  test("ICE items: an item marked not assessable is saved as null", async () => {
    render(<StepForm stepId="neurology" />);
    type(screen.getByLabelText("ICE orientation (0–4)"), "3");
    type(screen.getByLabelText("ICE naming (0–3)"), "3");
    type(screen.getByLabelText("ICE following commands (0–1)"), "1");
    type(screen.getByLabelText("ICE attention (0–1)"), "0");
    // each checkbox names its item, so a screen-reader user can tell them apart
    const notAssessable = screen.getAllByRole("checkbox", { name: /^Not assessable/ });
    expect(notAssessable).toHaveLength(ICE_ITEM_KEYS.length);
    fireEvent.click(screen.getByRole("checkbox", { name: /^Not assessable\s*\(ICE writing\)$/ }));
    fireEvent.click(screen.getByRole("button", { name: "Save and continue to laboratory" }));

    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/assess/laboratory"));
    expect(storedDraft()).toEqual({ schemaVersion: 1, neuro: { iceItems: { orientation: 3, naming: 3, commands: 1, writing: null, attention: 0 } } });
  });

  test("ICE items: a score above the item's maximum is an error at that item", async () => {
    render(<StepForm stepId="neurology" />);
    type(screen.getByLabelText("ICE naming (0–3)"), "4");
    fireEvent.click(screen.getByRole("button", { name: "Save and continue to laboratory" }));
    const link = within(await screen.findByRole("alert")).getByRole("link");
    expect(link.getAttribute("href")).toBe("#field-neuro-iceItems-naming");
    expect(link.textContent).toBe("ICE naming: you typed 4; it must be between 0 and 3 points.");
    expect(storedDraft()).toBeNull();
  });

  test("the step that Save and continue opens is prefetched once the page is idle (the step links are not)", async () => {
    render(<StepForm stepId="vitals" />);
    await waitFor(() => expect(router.prefetch).toHaveBeenCalledWith("/assess/findings"));
    expect(router.prefetch).toHaveBeenCalledTimes(1);
  });

  test("Back opens the previous step", () => {
    render(<StepForm stepId="vitals" />);
    fireEvent.click(screen.getByRole("button", { name: "Back" }));
    expect(router.push).toHaveBeenCalledWith("/assess/context");
    expect(router.push).toHaveBeenCalledTimes(1);
  });
});

// The step's validator (zod and the schema) is loaded with import() after the step renders. A fresh
// module graph per test means it has not arrived yet when the first keystroke or submit happens.
describe("StepForm before its validator has arrived", () => {
  let FreshStepForm: typeof StepFormAlone;
  let loadedStepValidation: () => unknown;

  beforeEach(async () => {
    vi.resetModules();
    ({ StepForm: FreshStepForm } = await import("@/components/assessment/step-form"));
    ({ loadedStepValidation } = await import("@/components/assessment/use-step-validation"));
  });

  function renderFresh(stepId: string) {
    render(<FreshStepForm stepId={stepId} published={publishedThresholdsOf(stepById(stepId)!)} />);
    expect(loadedStepValidation()).toBeNull();
  }

  test("typing is checked when the validator arrives, and valid values go into the draft", async () => {
    renderFresh("vitals");
    type(temperature(), "38.5");
    await waitFor(() => expect(storedDraft()).toEqual({ schemaVersion: 1, vitals: { temperatureMaxC: 38.5 } }));
    expect(window.sessionStorage.getItem(PENDING_KEY)).toBeNull();
  });

  test("typing that does not validate is kept aside when the validator arrives", async () => {
    renderFresh("vitals");
    type(temperature(), "50");
    await waitFor(() => expect(window.sessionStorage.getItem(PENDING_KEY)).toContain("50"));
    expect(storedDraft()).toBeNull();
  });

  test("a submit waits for the validator and reports the same error", async () => {
    renderFresh("vitals");
    type(temperature(), "50");
    fireEvent.click(screen.getByRole("button", SUBMIT));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link").textContent).toBe("Highest temperature: you typed 50; it must be between 30 and 45 °C.");
    expect(router.push).not.toHaveBeenCalled();
  });

  test("a valid submit waits for the validator, saves and opens the next step", async () => {
    renderFresh("vitals");
    type(screen.getByLabelText("Heart rate"), "120");
    fireEvent.click(screen.getByRole("button", SUBMIT));
    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/assess/findings"));
    expect(storedDraft()).toEqual({ schemaVersion: 1, vitals: { heartRateBpm: 120 } });
  });

  test("the derived oxygen class and hypotension appear once it has arrived", async () => {
    renderFresh("vitals");
    expect(screen.queryByText("Oxygen class:")).toBeNull();
    // No age recorded: SBP 50 is hypotensive at every age (< 60, PALS 2010).
    type(screen.getByLabelText("Systolic blood pressure"), "50");
    type(screen.getByLabelText("Diastolic blood pressure"), "30");
    expect(await screen.findByText(/yes — derived from blood pressure/)).toBeDefined();
  });
});

describe("StepForm when its validator cannot be fetched (offline, or the site was updated meanwhile)", () => {
  let FreshStepForm: typeof StepFormAlone;

  beforeEach(async () => {
    vi.resetModules();
    vi.doMock("@/components/assessment/step-validation", () => {
      throw new Error("the chunk could not be fetched");
    });
    ({ StepForm: FreshStepForm } = await import("@/components/assessment/step-form"));
  });

  afterEach(() => {
    vi.doUnmock("@/components/assessment/step-validation");
  });

  test("a submit says why nothing happened, stays on the step, and the typing is kept aside", async () => {
    render(<FreshStepForm stepId="vitals" published={publishedThresholdsOf(stepById("vitals")!)} />);
    type(temperature(), "38.5");
    fireEvent.click(screen.getByRole("button", SUBMIT));
    const summary = await screen.findByRole("alert");
    expect(summary.textContent).toContain("This step's checks could not be loaded (are you offline?)");
    expect(router.push).not.toHaveBeenCalled();
    await waitFor(() => expect(window.sessionStorage.getItem(PENDING_KEY)).toContain("38.5"));
  });
});
