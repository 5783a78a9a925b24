/**
 * No doses on any rendered page (issue 15, item 1): each built-in scenario's trainee view and
 * instructor view, and the result page and printable summary for its answer key, are rendered and
 * their whole text scanned with the dose pattern of lib/doses.ts.
 */
import { render, screen } from "@testing-library/react";
import { describe, expect, test, vi } from "vitest";
import { ResultView } from "@/components/result/result-view";
import { InstructorView } from "@/components/scenarios/instructor-view";
import { ScenarioView } from "@/components/scenarios/scenario-view";
import { SummaryView } from "@/components/summary/summary-view";
import { dosesIn } from "@/lib/doses";
import type * as CaseExport from "@/lib/transfer/case-export";
import { DRAFT_KEY } from "@/lib/form";
import { builtinScenarios } from "@/lib/scenarios/builtin";

// jsdom's Blob has no stream(), which the share link's compression needs; the link is not under test here.
vi.mock("@/lib/transfer/case-export", async (importOriginal) => ({
  ...(await importOriginal<typeof CaseExport>()),
  shareFragment: async () => "case=v1.not-under-test",
}));

const SCENARIOS = builtinScenarios();

const pageText = () => document.body.textContent ?? "";

describe("no rendered page gives a dose", () => {
  test.each(SCENARIOS.map((s) => [s.id, s] as const))("%s: the scenario and instructor views", (_id, scenario) => {
    render(<ScenarioView scenario={scenario} />);
    render(<InstructorView scenario={scenario} />);
    expect(pageText()).toContain(scenario.vignette[0]!.slice(0, 40));
    expect(dosesIn(pageText())).toEqual([]);
  });

  test.each(SCENARIOS.map((s) => [s.id, s] as const))("%s: the result page and the summary of its answer key", async (_id, scenario) => {
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify(scenario.answerKey));
    render(<ResultView />);
    render(<SummaryView version="test" />);
    await screen.findAllByRole("heading", { name: /Therapy classes/i });
    expect(dosesIn(pageText())).toEqual([]);
  });
});
