/**
 * Issue 28, item 6: on paper a criteria table that runs onto the next column or page is named
 * there, so the instrument's name and the column names stand in the table's head (a thead repeats
 * after a break); on the screen the name is a heading above the table.
 */
import { render, screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { SummaryInstrument, printedName, printedVerdict } from "@/components/summary/summary-instrument";
import { AssessmentSchema } from "@/lib/assessment/schema";
import { scoreEach } from "@/lib/scores";
import ebv from "@/lib/scenarios/builtin/ebv-secondary-hlh.json" with { type: "json" };

const EBV = AssessmentSchema.parse(ebv.answerKey);

describe("SummaryInstrument", () => {
  test("the table’s head carries the name, value and verdict with the column names; the screen’s head row is left out of print", () => {
    const hscore = scoreEach(EBV).hscore;
    const { container } = render(<SummaryInstrument result={hscore} brief={false} />);
    const head = container.querySelector("table.criteria thead")!;
    const rows = head.querySelectorAll("tr");
    expect(rows).toHaveLength(2);
    // The paper's row: the name across the table, the column names at its end.
    expect(rows[0]!.className).toBe("print-head");
    expect(rows[0]!.textContent).toContain("HScore (Fardet 2014): 299");
    expect(rows[0]!.textContent).toContain("(threshold ≥ 169 points; meets)");
    expect(rows[0]!.textContent).toMatch(/^StatusPoints/);
    // The screen's row: the column names, left out of print (the paper's row says them).
    expect(rows[1]!.className).toBe("no-print");
    expect(within(rows[1]! as HTMLElement).getAllByRole("columnheader").map((th) => th.textContent)).toEqual(["Criterion (as published)", "Status", "Points"]);
  });

  test("on the screen the name is a heading, printed only when the criteria are not", () => {
    const crs = scoreEach(EBV)["astct-crs"];
    const { rerender } = render(<SummaryInstrument result={crs} brief={false} />);
    expect(screen.getByRole("heading", { level: 3, name: /^ASTCT CRS \(2019 consensus\)/ }).className).toBe("no-print");
    rerender(<SummaryInstrument result={crs} brief />);
    expect(screen.getByRole("heading", { level: 3, name: /^ASTCT CRS \(2019 consensus\)/ }).className).toBe("");
    expect(screen.getByRole("table").className).toBe("criteria no-print");
  });

  test("the fields still missing are named on the screen only (on paper they stand under “Not assessed”)", () => {
    const crs = scoreEach(EBV)["astct-crs"];
    expect(crs.missing.length).toBeGreaterThan(0);
    render(<SummaryInstrument result={crs} brief={false} />);
    expect(screen.getByText(/^Missing: /).className).toBe("small no-print");
  });

  test("a line of context follows the criteria", () => {
    render(<SummaryInstrument result={scoreEach(EBV)["astct-icans"]} brief={false} extra="ICE total: 10 of 10." />);
    expect(screen.getByText("ICE total: 10 of 10.").previousElementSibling?.tagName).toBe("TABLE");
  });
});

describe("printedName and printedVerdict", () => {
  test("a short name with its source; an instrument that does not apply would meet, never meets", () => {
    expect(printedName("chis")).toBe("cHIS (Webb 2020)");
    expect(printedVerdict({ meetsThreshold: true, applicable: false })).toBe("would meet; not applicable here");
    expect(printedVerdict({ meetsThreshold: null, applicable: true })).toBe("undecided");
  });
});
