/**
 * The day in the address (components/course/timepoint-url.tsx, issue 28 item 3): an address naming
 * another day of the case edits that day; one naming a day the case does not have shows the current
 * day and says so; one without a day is given the current one.
 */
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { StepDay } from "@/components/course/step-day";
import { CASE_KEY, DRAFT_KEY } from "@/lib/form/keys";

vi.mock("next/navigation", () => ({ usePathname: () => window.location.pathname, useSearchParams: () => new URLSearchParams(window.location.search) }));

const DAY_1 = { schemaVersion: 1, vitals: { temperatureMaxC: 38.6 } };
const DAY_3 = { schemaVersion: 1, vitals: { temperatureMaxC: 39.4 } };

/** A page loaded at `address`: the module afresh, as a page load has it (once a page leaves for another day it checks no more). */
async function openAt(address: string): Promise<void> {
  window.history.replaceState(null, "", address);
  vi.resetModules();
  const { TimePointInUrl } = await import("@/components/course/timepoint-url");
  render(<TimePointInUrl />);
}

describe("the time-point in the address", () => {
  beforeEach(() => {
    window.sessionStorage.clear();
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify(DAY_3));
    window.sessionStorage.setItem(CASE_KEY, JSON.stringify({ current: 1, timepoints: [{ at: { day: 1 }, assessment: DAY_1 }, { at: { day: 3 }, assessment: DAY_3 }] }));
  });
  afterEach(cleanup);

  test("an address of day 1 while day 3 is edited switches the steps to day 1 (Back to a page of day 1)", async () => {
    // jsdom does not load pages: the reload that follows the switch is not part of this test.
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    await openAt("/assess/vitals?day=1");
    expect(JSON.parse(window.sessionStorage.getItem(DRAFT_KEY)!)).toEqual(DAY_1);
    expect(JSON.parse(window.sessionStorage.getItem(CASE_KEY)!).current).toBe(0);
    quiet.mockRestore();
  });

  test("an address of a day the case does not have keeps the current day, names it, and corrects the address", async () => {
    await openAt("/assess/vitals?day=2");
    expect(screen.getByRole("status").textContent).toBe("Day 2 is not a time-point of this case (it may have been moved or cleared): this page edits Day 3.");
    expect(window.location.search).toBe("?day=3");
    expect(JSON.parse(window.sessionStorage.getItem(DRAFT_KEY)!)).toEqual(DAY_3);
  });

  test("an address without a day (a link from elsewhere) is given the current day, and nothing is said", async () => {
    await openAt("/assess/laboratory");
    expect(window.location.search).toBe("?day=3");
    expect(screen.queryByRole("status")).toBeNull();
  });

  test("a step's heading names its day in a case of several time-points, and none for one", () => {
    const { container } = render(<StepDay />);
    expect(container.textContent).toBe(" — Day 3");
    cleanup();
    window.sessionStorage.removeItem(CASE_KEY);
    expect(render(<StepDay />).container.textContent).toBe("");
  });
});
