/**
 * A share link opened when the code that reads it cannot be fetched (offline, a file server under
 * load, or the site updated since the page was opened): the page says so instead of doing nothing.
 */
import { render, screen } from "@testing-library/react";
import { afterEach, expect, test, vi } from "vitest";
import { DRAFT_KEY } from "@/lib/form";

vi.mock("@/lib/transfer/share-link", () => {
  throw new Error("the chunk could not be fetched");
});

afterEach(() => {
  window.history.replaceState(null, "", "/");
  window.sessionStorage.clear();
});

test("a share link whose reader cannot be loaded: an alert that says so, and the case in this browser is untouched", async () => {
  const { SharedCaseLoader } = await import("@/components/transfer/shared-case-loader");
  const draft = JSON.stringify({ schemaVersion: 1, context: { ageYears: 40 } });
  window.sessionStorage.setItem(DRAFT_KEY, draft);
  window.history.replaceState(null, "", "/summary#case=v1.AAAA");
  render(<SharedCaseLoader />);
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toMatch(/The shared case could not be opened/);
  expect(alert.textContent).toMatch(/could not be loaded .*Reload the page to try again\. The case in this browser is unchanged\./);
  expect(window.sessionStorage.getItem(DRAFT_KEY)).toBe(draft);
});
