/**
 * The segmented tri-state control is a radio group underneath: a fieldset named by its legend, one
 * native radio per segment sharing a name (so arrow keys and screen readers behave as for radios),
 * each named by its visible label, the first carrying the field's id for the error summary's link.
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { useForm } from "react-hook-form";
import { describe, expect, test } from "vitest";
import { SegmentedField } from "@/components/assessment/segmented";
import type { FormValues } from "@/lib/form";

const OPTIONS = [
  { value: "true", label: "Yes" },
  { value: "false", label: "No" },
  { value: "", label: "Not assessed" },
];

function Chills({ error, initial = "" }: { readonly error?: string; readonly initial?: string }) {
  const { register } = useForm<FormValues>({ defaultValues: { findings: { chills: initial } } });
  return <SegmentedField path="findings.chills" legend="Chills" hint="Rigors count." error={error} options={OPTIONS} register={register} />;
}

describe("SegmentedField", () => {
  test("is a group named by its legend, one native radio per segment, in order", () => {
    render(<Chills />);
    const group = screen.getByRole("group", { name: "Chills" });
    expect(group.tagName).toBe("FIELDSET");
    const radios = within(group).getAllByRole("radio");
    expect(radios.map((r) => r.getAttribute("value"))).toEqual(["true", "false", ""]);
    expect(within(group).getByRole("radio", { name: "Yes" })).toBe(radios[0]);
    expect(within(group).getByRole("radio", { name: "No" })).toBe(radios[1]);
    expect(within(group).getByRole("radio", { name: "Not assessed" })).toBe(radios[2]);
    for (const r of radios) expect(r.closest("label")?.className).toBe("segment");
  });

  test("the radios share one name (one tab stop, arrow keys), the first carries the field's id", () => {
    render(<Chills />);
    const radios = screen.getAllByRole("radio");
    expect(new Set(radios.map((r) => r.getAttribute("name")))).toEqual(new Set(["findings.chills"]));
    expect(radios[0]?.id).toBe("field-findings-chills");
    expect(new Set(radios.map((r) => r.id)).size).toBe(3);
  });

  test("shows the form's value and follows a click on a segment's label", () => {
    render(<Chills initial="false" />);
    expect((screen.getByRole("radio", { name: "No" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByText("Yes"));
    expect((screen.getByRole("radio", { name: "Yes" }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("radio", { name: "No" }) as HTMLInputElement).checked).toBe(false);
  });

  test("hint and error describe the group; an error marks the field", () => {
    const { container } = render(<Chills error="Choose an answer" />);
    const group = screen.getByRole("group", { name: "Chills" });
    expect(group.getAttribute("aria-describedby")).toBe("field-findings-chills-hint field-findings-chills-error");
    expect(container.querySelector(".has-error")).toBe(group);
  });
});
