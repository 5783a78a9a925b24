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
    await answer(page, /Antipyretic or anti-cytokine therapy given/, "No");
    await answer(page, "Fever attributable to another cause", "No");
    await continueTo(page, "Vital signs and support");

    await page.getByLabel("Highest temperature", { exact: true }).fill("39.2");
    await page.getByLabel("Systolic blood pressure").fill("85");
    await page.getByLabel("Diastolic blood pressure").fill("50");
    await answer(page, "Hypotension (clinician's judgement)", "Yes");
    await page.getByLabel("Vasopressors (not counting vasopressin)").fill("0");
    await answer(page, "Vasopressin given", "No");
    await page.getByLabel("Oxygen device").selectOption("nasal-cannula");
    await page.getByLabel("Oxygen flow").fill("8");
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
});
