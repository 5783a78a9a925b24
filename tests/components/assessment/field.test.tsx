/**
 * The field primitives tie label, hint and error together by construction: the label names the
 * control, the hint and the error describe it, and only an error marks it invalid.
 */
import { render, screen } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { Field, fieldId } from "@/components/assessment/field";

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
