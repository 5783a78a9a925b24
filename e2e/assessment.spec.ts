import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { acknowledgeNotice, answer, continueTo, recordRequests } from "./helpers";

test.describe("assessment flow", () => {
  test("a CAR-T patient on a nasal cannula at 8 L/min is graded ASTCT CRS 3, computed in the browser", async ({ page, baseURL }) => {
    const requests = recordRequests(page);
    await page.goto("/assess/context");
    await acknowledgeNotice(page);
    await expect(page.getByText("Step 1 of 7: Context")).toBeVisible();
    await page.getByLabel("Case label").fill("Teaching case 3");
    await page.getByLabel("Clinical setting").selectOption("immune-effector-cell-therapy");
    await page.getByLabel("Age").fill("54");
    await continueTo(page, "Vital signs and support");

    // The questions the grade hinges on are asked beside the temperature (issue 28).
    await page.getByLabel("Highest temperature", { exact: true }).fill("39.2");
    await answer(page, "Fever attributable to another cause", "No");
    await answer(page, /Antipyretic or anti-cytokine therapy given/, "No");
    await page.getByLabel("Systolic blood pressure").fill("85");
    await page.getByLabel("Diastolic blood pressure").fill("50");
    await answer(page, "Hypotension (clinician's judgement)", "Yes");
    await page.getByLabel("Vasopressors (not counting vasopressin)").fill("0");
    await answer(page, "Vasopressin given", "No");
    await answer(page, /^Hypotension attributable to another cause/, "No");
    await page.getByLabel("Oxygen device").selectOption("nasal-cannula");
    await page.getByLabel("Oxygen flow").fill("8");
    await answer(page, /^Hypoxia attributable to another cause/, "No");
    await continueTo(page, "Signs and examination");
    await continueTo(page, "Neurological status");
    await continueTo(page, "Laboratory");
    await continueTo(page, "Pathology");
    await continueTo(page, "Review");
    await page.getByRole("link", { name: "See the result" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Pattern consistent with cytokine storm or a look-alike" })).toBeVisible();
    const crs = page.getByRole("region", { name: "ASTCT CRS grade (2019 consensus)" });
    await expect(crs.locator(".figure")).toHaveText("3");
    await expect(page.getByText("Educational tool — not a diagnosis.").first()).toBeVisible();

    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations).toEqual([]);
    // Nothing left the origin, and no request carried what was typed.
    expect(requests.filter((r) => !r.includes(baseURL!))).toEqual([]);
    expect(requests.filter((r) => r.includes("Teaching case") || r.includes("39.2"))).toEqual([]);
  });

  test("CRS is a diagnosis of exclusion: afebrile after paracetamol on a vasopressor is not read as CRS 3 until CRS before the drug is answered", async ({ page }) => {
    await page.goto("/assess/context");
    await acknowledgeNotice(page);
    await page.getByLabel("Clinical setting").selectOption("immune-effector-cell-therapy");
    await page.getByLabel("Age").fill("61");
    await continueTo(page, "Vital signs and support");
    await page.getByLabel("Highest temperature", { exact: true }).fill("37.2");
    // Below 38.0 °C the fever's cause cannot matter: not asked.
    await expect(page.getByRole("group", { name: "Fever attributable to another cause" })).toHaveCount(0);
    const crsBefore = page.getByRole("group", { name: /^CRS \(fever with no other cause\) was present before/ });
    // Asked only once the therapy is recorded as given.
    await expect(crsBefore).toHaveCount(0);
    await answer(page, /Antipyretic or anti-cytokine therapy given/, "Yes");
    await expect(crsBefore).toBeVisible();
    await answer(page, "Hypotension (clinician's judgement)", "Yes");
    await page.getByLabel("Vasopressors (not counting vasopressin)").fill("1");
    await answer(page, "Vasopressin given", "No");
    await answer(page, /^Hypotension attributable to another cause/, "No");
    await page.getByLabel("Oxygen device").selectOption("none");
    await continueTo(page, "Signs and examination");

    await page.goto("/assess/result");
    const crs = page.getByRole("region", { name: "ASTCT CRS grade (2019 consensus)" });
    await expect(crs.locator(".figure")).toHaveText("0–3");
    await expect(crs).toContainText("Grade 3 if “CRS (fever with no other cause) was present before the antipyretic or anti-cytokine therapy” is yes; grade 0 if");
    // Infection first: the differentials open with it.
    const differentials = page.getByRole("region", { name: "Differentials to keep in mind" });
    await expect(differentials.locator("summary strong").first()).toContainText(/infection/i);

    // The conditional reading's question is a link that lands on its field, focused and in view.
    await crs.getByRole("link", { name: /^CRS \(fever with no other cause\) was present before/ }).first().click();
    const field = page.locator("#field-context-crsBeforeTherapy");
    await expect(field).toBeFocused();
    await expect(field).toBeInViewport();
    // CRS was not present before the paracetamol: fever is still required, so this is not CRS.
    await answer(page, /^CRS \(fever with no other cause\) was present before/, "No");
    await continueTo(page, "Signs and examination");
    await page.goto("/assess/result");
    await expect(crs.locator(".figure")).toHaveText("0");
  });
});
