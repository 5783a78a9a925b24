/**
 * Issue 27 on the pages a trainee reads: after immune effector cells the differentials open with
 * infection (with their sources), and the APL case — ISTH overt DIC 6, level "consistent" — never
 * reads "No instrument meets its threshold" on the result page or the printable summary.
 */
import { render, screen, within } from "@testing-library/react";
import { describe, expect, test, vi } from "vitest";
import { ResultView } from "@/components/result/result-view";
import { SummaryView } from "@/components/summary/summary-view";
import type * as CaseExport from "@/lib/transfer/case-export";
import { DRAFT_KEY } from "@/lib/form";
import { builtinScenarios } from "@/lib/scenarios/builtin";

// jsdom's Blob has no stream(), which the share link's compression needs; the link is not under test here.
vi.mock("@/lib/transfer/case-export", async (importOriginal) => ({
  ...(await importOriginal<typeof CaseExport>()),
  shareFragment: async () => "case=v1.not-under-test",
}));

const answerKey = (id: string) => builtinScenarios().find((s) => s.id === id)!.answerKey;

describe("the APL case (ISTH overt DIC 6, consistent)", () => {
  test("the result page names ISTH DIC instead of 'No instrument meets its threshold'", async () => {
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify(answerKey("apl-overt-dic")));
    render(<ResultView />);
    const therapies = await screen.findByRole("region", { name: /Therapy classes/i });
    expect(document.body.textContent).not.toMatch(/No instrument meets its threshold/i);
    expect(therapies.textContent).toMatch(/ISTH DIC meets its threshold but names no pattern/);
  });

  test("the printable summary says the same", async () => {
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify(answerKey("apl-overt-dic")));
    render(<SummaryView version="test" />);
    const therapies = await screen.findByRole("region", { name: /Therapy classes/i });
    expect(document.body.textContent).not.toMatch(/no instrument meets its threshold/i);
    expect(therapies.textContent).toBe(
      "Therapy classes discussed (education, not orders)None listed. ISTH DIC meets its threshold but names no pattern that therapy classes are listed for: see the differentials.",
    );
  });
});

describe("differentials after immune effector cells", () => {
  test("the 4-year-old after CAR-T: infection first, with its sources, and no qSOFA sepsis prompt", async () => {
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify(answerKey("cart-crs-child-normal-bp")));
    render(<ResultView />);
    const section = await screen.findByRole("region", { name: "Differentials to keep in mind" });
    const items = within(section).getAllByRole("listitem");
    expect(items[0]!.querySelector("summary")!.textContent).toMatch(/^Infection first, including neutropenic sepsis — why shown: After immune effector cell therapy: temperature 38\.9 °C/);
    expect(section.textContent).not.toMatch(/qSOFA \d of 3/);
    expect(await within(items[0]!).findByText(/Management of immune-related adverse events in patients treated with chimeric antigen receptor T-cell therapy/)).toBeTruthy();
  });
});
