/**
 * The field primitives tie label, hint and error together by construction: the label names the
 * control, the hint and the error describe it, and only an error marks it invalid.
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { useForm } from "react-hook-form";
import { describe, expect, test } from "vitest";
import { Field, RadioField, fieldId } from "@/components/assessment/field";
import type { FormValues } from "@/lib/form";

const PATH = "labs.ferritinNgPerMl";
const ID = "field-labs-ferritinNgPerMl";
const HINT = "As your laboratory reports it.";
const ERROR = "Ferritin (ng/mL) must be between 0 and 500000; got -5";

function renderField(props: { hint?: string; error?: string }) {
  return render(
    <Field path={PATH} label="Ferritin" {...props}>
      {(controlProps) => <input type="text" {...controlProps} />}
    </Field>,
  );
}

describe("fieldId", () => {
  test("turns a field path into an element id", () => {
    expect(fieldId(PATH)).toBe(ID);
    expect(fieldId("neuro.iceItems.writing")).toBe("field-neuro-iceItems-writing");
  });
});

describe("Field", () => {
  test("the label names the control, whose id comes from the field path", () => {
    renderField({});
    const input = screen.getByLabelText("Ferritin");
    expect(input.id).toBe(ID);
  });

  test("the hint and the error describe the control", () => {
    renderField({ hint: HINT, error: ERROR });
    const input = screen.getByLabelText("Ferritin");
    expect(input.getAttribute("aria-describedby")?.split(" ")).toEqual([`${ID}-hint`, `${ID}-error`]);
    expect(document.getElementById(`${ID}-hint`)?.textContent).toBe(HINT);
    expect(document.getElementById(`${ID}-error`)?.textContent).toBe(`Error: ${ERROR}`);
    // The accessible description as assistive technology reads it (dom-accessibility-api trims the space after "Error:").
    expect(screen.getByRole("textbox", { name: "Ferritin", description: /^As your laboratory reports it\. Error: ?Ferritin \(ng\/mL\) must be between 0 and 500000; got -5$/ })).toBe(input);
  });

  test("an error marks the control invalid", () => {
    renderField({ error: ERROR });
    const input = screen.getByLabelText("Ferritin");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toBe(`${ID}-error`);
  });

  test("without an error the control is not marked invalid and no error is shown", () => {
    renderField({ hint: HINT });
    const input = screen.getByLabelText("Ferritin");
    expect(input.hasAttribute("aria-invalid")).toBe(false);
    expect(input.getAttribute("aria-describedby")).toBe(`${ID}-hint`);
    expect(document.getElementById(`${ID}-error`)).toBeNull();
  });

  test("with neither hint nor error the control has no description", () => {
    renderField({});
    const input = screen.getByLabelText("Ferritin");
    expect(input.hasAttribute("aria-describedby")).toBe(false);
    expect(input.hasAttribute("aria-invalid")).toBe(false);
  });
});

describe("RadioField", () => {
  const OPTIONS = [
    { value: "true", label: "Yes" },
    { value: "false", label: "No" },
    { value: "", label: "Not assessed" },
  ];

  function Chills({ error, initial = "" }: { readonly error?: string; readonly initial?: string }) {
    const { register } = useForm<FormValues>({ defaultValues: { findings: { chills: initial } } });
    return <RadioField path="findings.chills" legend="Chills" hint="Rigors count." error={error} options={OPTIONS} register={register} />;
  }

  test("renders a group named by its legend with one radio per option", () => {
    render(<Chills />);
    const group = screen.getByRole("group", { name: "Chills" });
    expect(group.tagName).toBe("FIELDSET");
    const radios = within(group).getAllByRole("radio");
    expect(radios).toHaveLength(3);
    expect(radios.map((r) => r.getAttribute("value"))).toEqual(["true", "false", ""]);
    expect(within(group).getByRole("radio", { name: "Yes" })).toBe(radios[0]);
    expect(within(group).getByRole("radio", { name: "No" })).toBe(radios[1]);
    expect(within(group).getByRole("radio", { name: "Not assessed" })).toBe(radios[2]);
  });

  test("the radios form one group of choices, the first carrying the field's id for error links", () => {
    render(<Chills />);
    const radios = screen.getAllByRole("radio");
    expect(new Set(radios.map((r) => r.getAttribute("name")))).toEqual(new Set(["findings.chills"]));
    expect(radios[0]?.id).toBe("field-findings-chills");
    expect(new Set(radios.map((r) => r.id)).size).toBe(3);
  });

  test("shows the form's value and follows a click", () => {
    render(<Chills initial="false" />);
    expect((screen.getByRole("radio", { name: "No" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole("radio", { name: "Yes" }));
    expect((screen.getByRole("radio", { name: "Yes" }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("radio", { name: "No" }) as HTMLInputElement).checked).toBe(false);
  });

  test("the hint and the error describe the group", () => {
    render(<Chills error="Chills must be true, false or left out" />);
    const group = screen.getByRole("group", { name: "Chills" });
    expect(group.getAttribute("aria-describedby")).toBe("field-findings-chills-hint field-findings-chills-error");
    expect(screen.getByRole("group", { name: "Chills", description: /^Rigors count\. Error: ?Chills must be true, false or left out$/ })).toBe(group);
  });
});
