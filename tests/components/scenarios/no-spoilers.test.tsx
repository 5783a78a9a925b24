/**
 * Scenarios that do not spoil themselves (issue 28, item 5): the teaching title ("CRS rises, then
 * settles after tocilizumab") never appears on a page or sheet a trainee reads — the gallery, the
 * scenario page and its document title, the vignette panel above every step, the printed scenario
 * sheet — for any built-in scenario; the trainee sees the neutral title (setting, day, patient).
 * The teaching title is on the instructor's answer sheet, and on the checklist once the case is
 * done. The predictions asked are the instruments that apply to the case, and the checklist's
 * tally counts every mark shown beneath it.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { generateMetadata } from "@/app/scenarios/[id]/page";
import { ScenarioChecklist } from "@/components/result/scenario-checklist";
import { InstructorView } from "@/components/scenarios/instructor-view";
import { ScenarioGallery } from "@/components/scenarios/scenario-gallery";
import { ScenarioVignettePanel } from "@/components/scenarios/scenario-vignette-panel";
import { ScenarioView } from "@/components/scenarios/scenario-view";
import type { Assessment } from "@/lib/assessment/schema";
import { SCENARIO_TAG_KEY } from "@/lib/form/keys";
import { builtinScenarios } from "@/lib/scenarios/builtin";
import { gallerySummaries, scenarioById } from "@/lib/scenarios/data";
import { vignetteOpening } from "@/lib/scenarios/opening";
import { PLAY_KEY, type Predictions } from "@/lib/scenarios/predictions";
import type { Scenario } from "@/lib/scenarios/schema";
import { scenarioStages } from "@/lib/scenarios/stages";
import { traineeTitle } from "@/lib/scenarios/trainee-title";

const SCENARIOS = builtinScenarios().map((s) => [s.id, s] as const);
const text = (element: Element | null = document.body) => element?.textContent ?? "";

describe("no teaching title where a trainee reads", () => {
  test("the gallery: every card carries the neutral title, none a teaching title", () => {
    const cards = gallerySummaries().map((s) => ({ ...s, opening: vignetteOpening(scenarioById(s.id)!.vignette) }));
    render(<ScenarioGallery scenarios={cards} />);
    const list = screen.getByRole("list", { name: "Scenarios" });
    for (const scenario of builtinScenarios()) {
      expect(within(list).getByRole("link", { name: traineeTitle(scenario) })).toHaveProperty("href", expect.stringContaining(`/scenarios/${scenario.id}`));
      expect(text(list)).not.toContain(scenario.title);
    }
  });

  test.each(SCENARIOS)("%s: the scenario page, its document title and its printed sheet", async (id, scenario) => {
    render(<ScenarioView scenario={scenario} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(traineeTitle(scenario));
    expect(text()).not.toContain(scenario.title);
    expect((await generateMetadata({ params: Promise.resolve({ id }) })).title).toBe(traineeTitle(scenario));
  });

  test.each(SCENARIOS)("%s: the instructor's scenario sheet (handed to trainees) has the neutral title; the answer sheet the teaching one", (_id, scenario) => {
    const { container } = render(<InstructorView scenario={scenario} />);
    // An unfolding scenario's later days are revealed one at a time: the first day's sheets are shown.
    const scenarioSheets = [...container.querySelectorAll('[data-sheet="scenario"]')];
    expect(scenarioSheets.length).toBeGreaterThan(0);
    for (const sheet of scenarioSheets) {
      expect(text(sheet)).toContain(traineeTitle(scenario));
      expect(text(sheet)).not.toContain(scenario.title);
    }
    expect(text(container.querySelector('[data-sheet="answer"]'))).toContain(scenario.title);
  });

  test.each(SCENARIOS)("%s: the vignette panel above every step", async (_id, scenario) => {
    window.sessionStorage.setItem(SCENARIO_TAG_KEY, scenario.id);
    render(<ScenarioVignettePanel />);
    await screen.findByText(traineeTitle(scenario));
    expect(text()).not.toContain(scenario.title);
  });
});

/** Plays a stage of an unfolding scenario with these predictions already committed. */
function playStage(scenario: Scenario, stage: number, predictions: Readonly<Record<number, Predictions>>) {
  window.sessionStorage.setItem(SCENARIO_TAG_KEY, scenario.id);
  window.sessionStorage.setItem(PLAY_KEY, JSON.stringify({ scenarioId: scenario.id, stage, predictions }));
  return scenarioStages(scenario)[stage - 1]!.answerKey as Assessment;
}

const unfolding = scenarioById("cart-crs-unfolding-treated")!;
// Day 1 is CRS grade 1, ICANS 0, HScore and HLH-2004 not met, level consistent (WORKING.md).
const DAY_1_ONE_MISS: Predictions = { crsGrade: "2", icansGrade: "0", hscore: "not-met", hlh2004: "not-met", level: "consistent" };

describe("the checklist after a day of an unfolding scenario", () => {
  test("day 1 of 3: the neutral title, and a tally that counts the missed prediction beside it", async () => {
    render(<ScenarioChecklist assessment={playStage(unfolding, 1, { 1: DAY_1_ONE_MISS })} />);
    const heading = await screen.findByRole("heading", { level: 2, name: /Scenario checklist/ });
    // 3 of 3 data-entry items and 4 of 5 predictions: 7 of 8 marks.
    expect(heading.textContent).toBe(`Scenario checklist: ${traineeTitle(unfolding)} — Day 1 (stage 1 of 3) — 7 of 8 (88 %)`);
    expect(await screen.findByText("Predictions 4 of 5 · Data entry 3 of 3")).toBeTruthy();
    expect(text()).not.toContain(unfolding.title);
  });

  test("the last day: the attempt is over, so the teaching title is shown", async () => {
    const right: Predictions = { crsGrade: "0", icansGrade: "0", hscore: "not-met", hlh2004: "not-met", level: "not-flagged" };
    render(<ScenarioChecklist assessment={playStage(unfolding, 3, { 1: DAY_1_ONE_MISS, 3: right })} />);
    const heading = await screen.findByRole("heading", { level: 2, name: /Scenario checklist/ });
    expect(heading.textContent).toBe(`Scenario checklist: ${unfolding.title} — Day 4 (stage 3 of 3) — 8 of 8 (100 %)`);
  });

  test("the predictions asked are the instruments that apply: no MAS-2016 for a 61-year-old after CAR-T", async () => {
    render(<ScenarioChecklist assessment={playStage(unfolding, 1, {})} />);
    const dialog = await screen.findByRole("dialog", { name: /your predictions for Day 1/ });
    await waitFor(() => expect(within(dialog).getByLabelText("ASTCT CRS grade")).toBeTruthy());
    expect(within(dialog).queryByLabelText("MAS-2016 met")).toBeNull();
    expect(within(dialog).getAllByRole("combobox").map((c) => c.id)).toEqual(["predict-crsGrade", "predict-icansGrade", "predict-hscore", "predict-hlh2004", "predict-level"]);
  });

  test("a child with sJIA is asked MAS-2016 and HLH-2004, never the ASTCT grades or HScore", async () => {
    const sjia = scenarioById("sjia-flare-into-mas")!;
    render(<ScenarioChecklist assessment={playStage(sjia, 1, {})} />);
    const dialog = await screen.findByRole("dialog", { name: /your predictions for Day 0/ });
    await waitFor(() => expect(within(dialog).getByLabelText("MAS-2016 met")).toBeTruthy());
    expect(within(dialog).getAllByRole("combobox").map((c) => c.id)).toEqual(["predict-hlh2004", "predict-mas2016", "predict-level"]);
  });

  test("a scenario that does not unfold shows its teaching title once the result is reached", async () => {
    const single = scenarioById("sepsis-mimic-urosepsis")!;
    window.sessionStorage.setItem(SCENARIO_TAG_KEY, single.id);
    render(<ScenarioChecklist assessment={single.answerKey} />);
    const heading = await screen.findByRole("heading", { level: 2, name: /Scenario checklist/ });
    expect(heading.textContent).toBe(`Scenario checklist: ${single.title} — 5 of 5 (100 %)`);
  });
});
