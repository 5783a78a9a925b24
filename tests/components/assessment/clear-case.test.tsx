/**
 * "Clear case" removes the draft only after the person confirms in a dialog; cancelling keeps
 * everything. Unit choices and the notice acknowledgement are not part of the case.
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, test } from "vitest";
import { ClearCaseButton } from "@/components/assessment/clear-case";
import { DRAFT_KEY, KEEP_KEY, NOTICE_KEY, STEPS, UNITS_KEY } from "@/lib/form";
import { router } from "../../setup-components";

const DRAFT = JSON.stringify({ schemaVersion: 1, label: "Case 7", labs: { ferritinNgPerMl: 2400 } });
const UNITS = JSON.stringify({ "vitals.temperatureMaxC": "°F" });

beforeEach(() => {
  window.sessionStorage.setItem(DRAFT_KEY, DRAFT);
  window.localStorage.setItem(DRAFT_KEY, DRAFT);
  window.localStorage.setItem(KEEP_KEY, "true");
  window.sessionStorage.setItem(UNITS_KEY, UNITS);
  window.sessionStorage.setItem(NOTICE_KEY, "true");
  for (const step of STEPS) window.sessionStorage.setItem(`crs-screen.pending.${step.id}`, "{}");
});

function open(): HTMLElement {
  fireEvent.click(screen.getByRole("button", { name: "Clear case" }));
  return screen.getByRole("dialog", { name: "Clear this case?" });
}

describe("ClearCaseButton", () => {
  test("opens a dialog that says what will happen", () => {
    render(<ClearCaseButton />);
    expect(screen.queryByRole("dialog")).toBeNull();
    const dialog = open();
    expect(dialog.textContent).toContain("Everything entered for this case is removed from this browser. This cannot be undone.");
    expect(within(dialog).getByRole("button", { name: "Keep the case" })).toBeDefined();
    expect(within(dialog).getByRole("button", { name: "Clear everything" })).toBeDefined();
  });

  test("opening the dialog clears nothing", () => {
    render(<ClearCaseButton />);
    open();
    expect(window.sessionStorage.getItem(DRAFT_KEY)).toBe(DRAFT);
    expect(window.localStorage.getItem(DRAFT_KEY)).toBe(DRAFT);
  });

  test("keeping the case closes the dialog and clears nothing", () => {
    render(<ClearCaseButton />);
    fireEvent.click(within(open()).getByRole("button", { name: "Keep the case" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(window.sessionStorage.getItem(DRAFT_KEY)).toBe(DRAFT);
    expect(window.localStorage.getItem(DRAFT_KEY)).toBe(DRAFT);
    expect(window.sessionStorage.getItem("crs-screen.pending.vitals")).toBe("{}");
    expect(router.push).not.toHaveBeenCalled();
  });

  test("confirming clears the draft from both storages and every step's pending copy, then opens the first step", () => {
    render(<ClearCaseButton />);
    fireEvent.click(within(open()).getByRole("button", { name: "Clear everything" }));
    expect(window.sessionStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(window.localStorage.getItem(DRAFT_KEY)).toBeNull();
    for (const step of STEPS) expect(window.sessionStorage.getItem(`crs-screen.pending.${step.id}`)).toBeNull();
    expect(router.push).toHaveBeenCalledWith("/assess/context");
  });

  test("confirming keeps the unit choices, the notice acknowledgement and the keep-on-device option", () => {
    render(<ClearCaseButton />);
    fireEvent.click(within(open()).getByRole("button", { name: "Clear everything" }));
    expect(window.sessionStorage.getItem(UNITS_KEY)).toBe(UNITS);
    expect(window.sessionStorage.getItem(NOTICE_KEY)).toBe("true");
    expect(window.localStorage.getItem(KEEP_KEY)).toBe("true");
  });
});
