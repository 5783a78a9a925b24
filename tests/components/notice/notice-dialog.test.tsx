/**
 * The non-diagnostic notice must be acknowledged once per browser session before an assessment;
 * the acknowledgement is kept in sessionStorage only.
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { NoticeButton, NoticeGate } from "@/components/notice/notice-dialog";
import { DISCLAIMER } from "@/lib/disclaimer";
import { NOTICE_KEY } from "@/lib/form";

const GATE_TITLE = `Before you start: ${DISCLAIMER.heading.toLowerCase()}`;

describe("NoticeGate", () => {
  test("shows the notice when this session has not acknowledged it", () => {
    render(<NoticeGate />);
    const dialog = screen.getByRole("dialog", { name: GATE_TITLE });
    expect(dialog.textContent).toContain(DISCLAIMER.body);
    expect(within(dialog).getByRole("link", { name: "Back to home" }).getAttribute("href")).toBe("/");
  });

  test("acknowledging stores it for the session and closes the notice", () => {
    render(<NoticeGate />);
    fireEvent.click(screen.getByRole("button", { name: "I understand — continue" }));
    expect(window.sessionStorage.getItem(NOTICE_KEY)).toBe("true");
    expect(window.localStorage.getItem(NOTICE_KEY)).toBeNull();
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  test("is not shown when the session has already acknowledged it", () => {
    window.sessionStorage.setItem(NOTICE_KEY, "true");
    render(<NoticeGate />);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  test("Escape does not dismiss it without an acknowledgement", () => {
    render(<NoticeGate />);
    const dialog = screen.getByRole("dialog", { name: GATE_TITLE });
    fireEvent.keyDown(dialog, { key: "Escape" });
    expect(screen.getByRole("dialog", { name: GATE_TITLE })).toBeDefined();
    expect(window.sessionStorage.getItem(NOTICE_KEY)).toBeNull();
  });
});

describe("NoticeButton", () => {
  test("reopens the notice on demand and closes it", () => {
    window.sessionStorage.setItem(NOTICE_KEY, "true");
    render(<NoticeButton />);
    fireEvent.click(screen.getByRole("button", { name: "Reopen the notice" }));
    const dialog = screen.getByRole("dialog", { name: DISCLAIMER.heading });
    expect(dialog.textContent).toContain(DISCLAIMER.body);
    fireEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
