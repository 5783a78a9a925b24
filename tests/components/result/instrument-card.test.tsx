/**
 * One instrument on the result page: the value or the range it could still take, the verdict, the
 * criteria table with Met / Not met / Unknown, and links to the data that would complete it.
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { InstrumentCard } from "@/components/result/instrument-card";
import { AssessmentSchema, type Assessment } from "@/lib/assessment/schema";
import { astctCrs, astctIcans, chis, hscore } from "@/lib/scores";
import { criterionWords } from "@/lib/scores";

function assessment(sections: Omit<Assessment, "schemaVersion">): Assessment {
  return AssessmentSchema.parse({ schemaVersion: 1, ...sections });
}

/**
 * Immunosuppressed (18), 39.0 °C (33), neither organ enlarged (0), normal fibrinogen (0) and AST
 * (0); cytopenias, ferritin, triglycerides and haemophagocytosis unknown: 51–234 points.
 */
const PARTIAL = assessment({
  context: { ageYears: 45, immunosuppressed: true },
  vitals: { temperatureMaxC: 39.0 },
  findings: { hepatomegaly: false, splenomegaly: false },
  labs: { fibrinogenGPerL: 3.2, astUPerL: 25 },
});

/** The criteria table's body rows as [criterion, entered, status, points]. */
function rows(): string[][] {
  const table = screen.getByRole("table", { name: "HScore criteria" });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("cell").map((cell) => cell.textContent ?? ""));
}

function row(criterion: string): string[] | undefined {
  return rows().find(([label]) => label === criterionWords("hscore", criterion));
}

describe("InstrumentCard", () => {
  test("renders the criteria table with its column headers, one row per criterion", () => {
    render(<InstrumentCard result={hscore(PARTIAL)} assessment={PARTIAL} />);
    const table = screen.getByRole("table", { name: "HScore criteria" });
    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Criterion (as published)", "Entered", "Status", "Points"]);
    expect(rows()).toHaveLength(9);
  });

  test("a criterion the data meet is Met, with its points", () => {
    render(<InstrumentCard result={hscore(PARTIAL)} assessment={PARTIAL} />);
    expect(row("immunosuppression")?.slice(2)).toEqual(["Met", "18"]);
    expect(row("temperature")?.slice(2)).toEqual(["Met", "33"]);
  });

  test("a criterion the data rule out is Not met, with 0 points", () => {
    render(<InstrumentCard result={hscore(PARTIAL)} assessment={PARTIAL} />);
    expect(row("organomegaly")?.slice(2)).toEqual(["Not met", "0"]);
    expect(row("fibrinogen")?.slice(2)).toEqual(["Not met", "0"]);
  });

  test("a criterion on unknown data is Unknown, with the range of points it could still score", () => {
    render(<InstrumentCard result={hscore(PARTIAL)} assessment={PARTIAL} />);
    expect(row("ferritin")?.slice(2)).toEqual(["Unknown", "0–50"]);
    expect(row("cytopenias")?.slice(2)).toEqual(["Unknown", "0–34"]);
    expect(row("hemophagocytosis")?.slice(2)).toEqual(["Unknown", "0–35"]);
  });

  test("an open criterion whose range is a single value shows that value, never 0–0", () => {
    const result = hscore(PARTIAL);
    const ferritin = { id: "ferritin", met: null, points: null, missing: true, minPoints: 0, maxPoints: 0, missingFields: ["labs.ferritinNgPerMl"] } as const;
    render(<InstrumentCard result={{ ...result, criteria: result.criteria.map((c) => (c.id === "ferritin" ? ferritin : c)) }} assessment={PARTIAL} />);
    expect(row("ferritin")?.slice(2)).toEqual(["Unknown", "0"]);
  });

  test("a grading instrument's table calls its column Grade, not Points", () => {
    const a = assessment({ vitals: { temperatureMaxC: 39 } });
    render(<InstrumentCard result={astctCrs(a)} assessment={a} />);
    const table = screen.getByRole("table", { name: "ASTCT CRS criteria" });
    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Criterion (as published)", "Entered", "Status", "Grade"]);
  });

  test("while the value is unknown, shows the range it could take and an undecided verdict", () => {
    const result = hscore(PARTIAL);
    expect(result.value).toBeNull();
    render(<InstrumentCard result={result} assessment={PARTIAL} />);
    const card = screen.getByRole("region", { name: "HScore (Fardet 2014)" });
    expect(card.querySelector(".figure")?.textContent).toBe(`${result.min}–${result.max}`);
    expect(`${result.min}–${result.max}`).toBe("51–234");
    expect(card.textContent).toContain("(range: unknown data)");
    expect(card.textContent).toContain("threshold ≥ 169 points");
    expect(card.textContent).toContain("Not yet decided — missing data could still change it");
  });

  test("links each missing field to the step that asks for it (a long list behind one line that opens)", () => {
    render(<InstrumentCard result={hscore(PARTIAL)} assessment={PARTIAL} />);
    const missing = screen.getByText(/^Would complete it: \d+ fields not entered$/).closest("details") as HTMLElement;
    expect(within(missing).getByRole("link", { name: "Ferritin (ng/mL)" }).getAttribute("href")).toBe("/assess/laboratory#field-labs-ferritinNgPerMl");
    expect(within(missing).getByRole("link", { name: "Haemophagocytosis on bone-marrow aspirate" }).getAttribute("href")).toBe("/assess/pathology#field-pathology-hemophagocytosisBoneMarrow");
  });

  test("a fully known assessment shows the value, a settled verdict and nothing missing", () => {
    const full = assessment({
      context: { ageYears: 45, immunosuppressed: false },
      vitals: { temperatureMaxC: 37.0 },
      findings: { hepatomegaly: false, splenomegaly: false },
      labs: { hemoglobinGPerDl: 13, leukocytesE9PerL: 7, plateletsE9PerL: 250, ferritinNgPerMl: 150, triglyceridesMmolPerL: 1.2, fibrinogenGPerL: 3.2, astUPerL: 25 },
      pathology: { hemophagocytosisBoneMarrow: false },
    });
    const result = hscore(full);
    render(<InstrumentCard result={result} assessment={full} />);
    const card = screen.getByRole("region", { name: "HScore (Fardet 2014)" });
    expect(card.querySelector(".figure")?.textContent).toBe("0");
    expect(card.textContent).not.toContain("range: unknown data");
    expect(card.textContent).toContain("Below the published threshold");
    expect(rows().map(([, , status]) => status)).toEqual(Array(9).fill("Not met"));
    expect(screen.queryByText(/Would complete it:/)).toBeNull();
  });

  test("says whether the instrument applies, and why", () => {
    render(<InstrumentCard result={hscore(assessment({ context: { ageYears: 12 } }))} assessment={assessment({ context: { ageYears: 12 } })} />);
    expect(screen.getByText(/^Does not apply here:/).textContent).toBe("Does not apply here: Derived in adults; under 18, shown for teaching.");
  });

  test("opens the instrument's source and derivation in a dialog", () => {
    render(<InstrumentCard result={hscore(PARTIAL)} assessment={PARTIAL} />);
    // dom-accessibility-api drops the leading space of the visually hidden " (opens a dialog)".
    fireEvent.click(screen.getByRole("button", { name: /^About HScore and its source ?\(opens a dialog\)$/ }));
    const dialog = screen.getByRole("dialog", { name: "HScore (Fardet 2014)" });
    expect(within(dialog).getByRole("heading", { name: "Reference" })).toBeDefined();
  });

  test("each criterion shows what was entered, in the unit chosen, and the threshold it falls on", () => {
    render(<InstrumentCard result={hscore(PARTIAL)} assessment={PARTIAL} units={{ "labs.fibrinogenGPerL": "mg/dL" }} />);
    expect(row("temperature")?.[1]).toBe("Highest temperature 39 °C · ≥ 38.4");
    expect(row("fibrinogen")?.[1]).toBe("Fibrinogen 320 mg/dL · > 250 (published 2.5 g/L)");
  });

  test("a criterion on unknown data says so and links to the field that would settle it", () => {
    render(<InstrumentCard result={hscore(PARTIAL)} assessment={PARTIAL} />);
    const table = screen.getByRole("table", { name: "HScore criteria" });
    const link = within(table).getByRole("link", { name: /^enter it ?\(Ferritin\)$/ });
    expect(link.getAttribute("href")).toBe("/assess/laboratory#field-labs-ferritinNgPerMl");
  });

  test("every status carries an icon and a word, not colour alone", () => {
    const { container } = render(<InstrumentCard result={hscore(PARTIAL)} assessment={PARTIAL} />);
    const statuses = container.querySelectorAll("[data-status]");
    expect(statuses.length).toBeGreaterThan(9);
    for (const s of statuses) {
      expect(s.querySelector("svg")).not.toBeNull();
      expect(s.textContent?.trim()).not.toBe("");
    }
  });

  test("the ICANS card states the ICE total, as a range when an item is not assessable", () => {
    const a = assessment({ context: { setting: "immune-effector-cell-therapy", ageYears: 40 }, neuro: { iceItems: { orientation: 3, naming: 3, commands: 1, writing: null, attention: 1 } } });
    render(<InstrumentCard result={astctIcans(a)} assessment={a} />);
    expect(screen.getByText(/^ICE total:/).textContent).toBe("ICE total: 8–9 of 10 (writing not assessable).");
  });

  test("an instrument that does not apply never says in bold that it meets the threshold", () => {
    const a = assessment({ context: { setting: "viral-infection" }, vitals: { temperatureMaxC: 39 }, labs: { ferritinNgPerMl: 2000, il6PgPerMl: 80, dDimerNgPerMlFeu: 3000 } });
    const { container } = render(<InstrumentCard result={chis(a)} assessment={a} />);
    expect(container.querySelector("[data-status]")?.textContent).toMatch(/Would meet the published threshold — shown for teaching, does not apply here/);
    expect(screen.getByText(/^Does not apply here:/).textContent).toMatch(/cHIS applies to COVID-19 only/);
  });

  test("when one unknown answer decides the grade, the card says which answer gives which grade, the question a link to its field", () => {
    const a = assessment({
      context: { setting: "immune-effector-cell-therapy", antipyreticOrAnticytokineGiven: false },
      vitals: { temperatureMaxC: 38.5, hypotension: false, vasopressorsExcludingVasopressin: 0, vasopressin: false, oxygenDevice: "high-flow-nasal-cannula", hypoxiaOtherCause: false },
    });
    render(<InstrumentCard result={astctCrs(a)} assessment={a} />);
    const reading = screen.getByText(/^Grade 0 if/);
    expect(reading.textContent).toBe("Grade 0 if “Fever attributable to another cause” is yes; grade 3 if “Fever attributable to another cause” is no.");
    expect(within(reading).getAllByRole("link", { name: "Fever attributable to another cause" })[0]!.getAttribute("href")).toBe("/assess/vitals#field-context-feverOtherCause");
  });

  test("when two unknown answers decide the grade, the card words each combination in the fewest conditions", () => {
    const a = assessment({
      context: { setting: "immune-effector-cell-therapy", antipyreticOrAnticytokineGiven: false },
      vitals: { temperatureMaxC: 38.5, hypotension: false, vasopressorsExcludingVasopressin: 0, vasopressin: false, oxygenDevice: "high-flow-nasal-cannula" },
    });
    render(<InstrumentCard result={astctCrs(a)} assessment={a} />);
    const fever = "“Fever attributable to another cause”";
    const hypoxia = "“Hypoxia attributable to another cause (e.g. pneumonia, fluid overload)”";
    expect(screen.getByText(/^Grade 0 if/).textContent).toBe(`Grade 0 if ${fever} is yes; grade 1 if ${fever} is no and ${hypoxia} is yes; grade 3 if ${fever} is no and ${hypoxia} is no.`);
  });
});
