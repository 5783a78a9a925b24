import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { ProgressNav } from "@/components/assessment/progress-nav";
import { DONE_KEY, DRAFT_KEY } from "@/lib/form/keys";
import { markStepDone } from "@/lib/form/draft";
import { STEPS, stepPaths } from "@/lib/form/steps";

let pathname = "/assess/findings";
vi.mock("next/navigation", () => ({ usePathname: () => pathname }));

const STEP_LINKS = STEPS.map((step) => ({ id: step.id, title: step.title, paths: stepPaths(step) }));

function ticked(): string[] {
  return screen.getAllByRole("link").filter((link) => link.querySelector(".marker")?.textContent === "✓").map((link) => link.getAttribute("href")!);
}

describe("ProgressNav: a step is ticked when it holds values, not because it comes before this one", () => {
  beforeEach(() => window.sessionStorage.clear());
  afterEach(cleanup);

  test("on the third step with only vital signs entered, only vital signs is ticked (context was skipped)", () => {
    pathname = "/assess/findings";
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ schemaVersion: 1, vitals: { temperatureMaxC: 38.4 } }));
    render(<ProgressNav steps={STEP_LINKS} />);
    expect(ticked()).toEqual(["/assess/vitals"]);
    const link = (href: string) => screen.getAllByRole("link").find((a) => a.getAttribute("href") === href)!;
    // what a screen reader hears besides the tick, which is hidden from it
    expect(link("/assess/vitals").textContent).toContain("Vital signs and support (values entered)");
    expect(link("/assess/context").textContent).not.toContain("values entered");
    expect(link("/assess/findings").getAttribute("aria-current")).toBe("step");
  });

  test("a step after the current one that holds values (an imported case) is ticked too", () => {
    pathname = "/assess/context";
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ schemaVersion: 1, labs: { ferritinNgPerMl: 14500 }, context: {} }));
    render(<ProgressNav steps={STEP_LINKS} />);
    expect(ticked()).toEqual(["/assess/laboratory"]);
  });

  test("ICE items recorded as not assessable are an answer; unknown (null) elsewhere is not", () => {
    pathname = "/assess/context";
    window.sessionStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({ schemaVersion: 1, vitals: { temperatureMaxC: null }, neuro: { iceItems: { orientation: null } } }),
    );
    render(<ProgressNav steps={STEP_LINKS} />);
    expect(ticked()).toEqual(["/assess/neurology"]);
  });

  test("a step saved with nothing in it (pathology not done) is ticked, and Review once viewed; a step only skipped past is not", () => {
    pathname = "/assess/result";
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ schemaVersion: 1, vitals: { temperatureMaxC: 38.4 } }));
    const stores = { session: window.sessionStorage, local: window.localStorage };
    markStepDone(stores, "pathology");
    markStepDone(stores, "review");
    markStepDone(stores, "review");
    expect(JSON.parse(window.sessionStorage.getItem(DONE_KEY)!)).toEqual(["pathology", "review"]);
    render(<ProgressNav steps={STEP_LINKS} />);
    expect(ticked()).toEqual(["/assess/vitals", "/assess/pathology", "/assess/review"]);
    const link = (href: string) => screen.getAllByRole("link").find((a) => a.getAttribute("href") === href)!;
    expect(link("/assess/pathology").textContent).toContain("Pathology (done)");
  });
});
