/**
 * Issue 28, item 2: when one or two open answers decide an instrument, the summary table says what
 * each answer would give, each question a link that lands on its field; otherwise it names what is missing.
 */
import { render, screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { SummaryTable } from "@/components/result/summary-table";
import { AssessmentSchema } from "@/lib/assessment/schema";
import { scoreEach } from "@/lib/scores";

/** The review's adult CAR-T case: 39.2 °C on one vasopressor, room air; fever and hypotension attribution left open. */
const OPEN_ATTRIBUTION = AssessmentSchema.parse({
  schemaVersion: 1,
  context: { setting: "immune-effector-cell-therapy", ageYears: 61, antipyreticOrAnticytokineGiven: false },
  vitals: { temperatureMaxC: 39.2, hypotension: true, vasopressorsExcludingVasopressin: 1, vasopressin: false, oxygenDevice: "none" },
});

describe("SummaryTable", () => {
  test("the CRS row says the conditional reading, each question a link to its field", () => {
    const results = scoreEach(OPEN_ATTRIBUTION);
    render(<SummaryTable instruments={[results["astct-crs"]]} assessment={OPEN_ATTRIBUTION} />);
    const cell = screen.getByRole("cell", { name: /^Grade 0 if/ });
    expect(cell.textContent).toBe(
      "Grade 0 if “Fever attributable to another cause” is yes; grade 1 if “Fever attributable to another cause” is no and “Hypotension attributable to another cause (e.g. sepsis, bleeding, sedation)” is yes; grade 3 if “Fever attributable to another cause” is no and “Hypotension attributable to another cause (e.g. sepsis, bleeding, sedation)” is no.",
    );
    const links = within(cell).getAllByRole("link");
    expect(links.map((a) => a.getAttribute("href"))).toContain("/assess/vitals#field-vitals-hypotensionOtherCause");
    expect(links.map((a) => a.getAttribute("href"))).toContain("/assess/vitals#field-context-feverOtherCause");
  });

  test("with many fields open the row names what is missing instead", () => {
    const empty = AssessmentSchema.parse({ schemaVersion: 1, context: { setting: "immune-effector-cell-therapy" } });
    render(<SummaryTable instruments={[scoreEach(empty)["astct-crs"]]} assessment={empty} />);
    expect(screen.getByRole("cell", { name: /more$/ }).textContent).toMatch(/^\S.* \+\d+ more$/);
  });
});
