/**
 * The therapy classes on the result page (issue 17 item 4): the disclaimer before any class, the
 * classes grouped by evidence tier with a chip each, and the preclinical group collapsed.
 */
import { render, screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { TherapyList } from "@/components/result/therapy-list";
import { AssessmentSchema } from "@/lib/assessment/schema";
import { screen as screenAssessment } from "@/lib/screen";

const cart = JSON.parse(readFileSync("lib/scenarios/builtin/cart-crs-grade-2.json", "utf8")) as { answerKey: unknown };

test("a CRS case: disclaimer first, tiers as headings with chips, preclinical classes collapsed", () => {
  const screening = screenAssessment(AssessmentSchema.parse(cart.answerKey));
  const { container } = render(<TherapyList screening={screening} />);
  const section = screen.getByRole("region", { name: "Therapy classes discussed for this pattern" });
  // The disclaimer is the first thing after the heading, before any class.
  const disclaimer = within(section).getByText("Education, not a treatment recommendation.");
  const firstClass = container.querySelector("li");
  expect(firstClass).not.toBeNull();
  expect(disclaimer.compareDocumentPosition(firstClass!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  // Each class carries its tier as a chip.
  for (const item of container.querySelectorAll("li summary")) {
    expect(item.querySelector("span")?.textContent).toMatch(/^(Approved|Guideline|Trials \/ cohorts|Preclinical|No benefit \/ harm|Indication open|Outside indication)$/);
  }
  // The preclinical group is a closed disclosure; the others are open lists under headings.
  const preclinical = [...container.querySelectorAll("details")].find((d) => d.querySelector(":scope > summary")?.textContent?.startsWith("Preclinical only"));
  expect(preclinical).toBeDefined();
  expect(preclinical!.open).toBe(false);
  expect(within(section).getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^Recommended by a guideline or consensus for this case's indication \(\d+\)$/)]),
  );
});

/** Issue 27: the indication is named beside each class; an approval the case does not meet is said in words, not grouped under "Approved". */
test("a grade-1 CRS case: tocilizumab's approval is named as outside, and no class sits under Approved", () => {
  const grade1 = JSON.parse(readFileSync("lib/scenarios/builtin/cart-crs-grade-1.json", "utf8")) as { answerKey: unknown };
  const screening = screenAssessment(AssessmentSchema.parse(grade1.answerKey));
  render(<TherapyList screening={screening} />);
  const section = screen.getByRole("region", { name: "Therapy classes discussed for this pattern" });
  expect(within(section).queryByRole("heading", { name: /^Approved/ })).toBeNull();
  const il6 = within(section).getByText("IL-6 receptor / IL-6 blockade").closest("li")!;
  expect(il6.textContent).toMatch(/Outside the approved indication: severe or life-threatening CRS induced by CAR T cells.* — here: ASTCT CRS grade 1\./);
  expect(il6.querySelector("summary span")?.textContent).not.toBe("Approved");
  const supportive = within(section).getByText("Supportive care and infection work-up").closest("li")!;
  expect(supportive.textContent).toMatch(/Recommended by a guideline for CRS of any grade after CAR T cells/);
});
