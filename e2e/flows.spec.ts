import { expect, test, type Page } from "@playwright/test";
import { acknowledgeNotice, answer, continueTo, recordRequests } from "./helpers";

async function start(page: Page) {
  await page.goto("/assess/context");
  await acknowledgeNotice(page);
}

async function skipTo(page: Page, step: string, heading: string) {
  await page.goto(`/assess/${step}`);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

function card(page: Page, name: string) {
  return page.getByRole("region", { name });
}

test.describe("flows typed as a user", () => {
  test("an EBV-driven HLH pattern: HScore and HLH-2004 both meet their thresholds", async ({ page }) => {
    await start(page);
    await page.getByLabel("Clinical setting").selectOption("viral-infection");
    await page.getByLabel("Age").fill("34");
    await answer(page, /Known underlying immunosuppression/, "No");
    await answer(page, /Molecular diagnosis/, "No");
    await continueTo(page, "Vital signs and support");
    await page.getByLabel("Highest temperature", { exact: true }).fill("39.8");
    await continueTo(page, "Signs and examination");
    await answer(page, "Hepatomegaly", "Yes");
    await answer(page, "Splenomegaly", "Yes");
    await continueTo(page, "Neurological status");
    await continueTo(page, "Laboratory");
    await page.getByLabel("Haemoglobin", { exact: true }).fill("8.1");
    await page.getByLabel("Leukocytes", { exact: true }).fill("1.9");
    await page.getByLabel("Neutrophils (absolute)", { exact: true }).fill("0.6");
    await page.getByLabel("Platelets", { exact: true }).fill("42");
    await page.getByLabel("Ferritin", { exact: true }).fill("12000");
    await page.getByLabel("Triglycerides", { exact: true }).fill("4.2");
    await page.getByLabel("Fibrinogen", { exact: true }).fill("1.2");
    await page.getByLabel("AST").fill("180");
    await page.getByLabel("Soluble CD25 (sIL-2R)").fill("8000");
    await continueTo(page, "Pathology");
    await answer(page, "Haemophagocytosis on bone-marrow aspirate", "Yes");
    await answer(page, "Low or absent NK-cell activity", "Not assessed");
    await continueTo(page, "Review");
    await page.getByRole("link", { name: "See the result" }).click();
    // HScore 0 + 49 + 38 + 34 + 50 + 64 + 30 + 19 + 35 = 319
    await expect(card(page, "HScore (Fardet 2014)").locator(".figure")).toHaveText("319");
    await expect(card(page, "HScore (Fardet 2014)")).toContainText("Meets the published threshold");
    // HLH-2004: fever, splenomegaly, cytopenias, TG/fibrinogen, haemophagocytosis, ferritin, sCD25 = 7; NK unknown → 7–8
    await expect(card(page, "HLH-2004 diagnostic criteria (Henter 2007)").locator(".figure")).toHaveText("7–8");
    await expect(page.getByRole("heading", { name: "Pattern consistent with cytokine storm or a look-alike" })).toBeVisible();
  });

  test("a sepsis mimic: qSOFA 3 brings sepsis to mind and does not make the level", async ({ page }) => {
    await start(page);
    await page.getByLabel("Clinical setting").selectOption("suspected-sepsis");
    await page.getByLabel("Age").fill("71");
    await continueTo(page, "Vital signs and support");
    await page.getByLabel("Respiratory rate").fill("26");
    await page.getByLabel("Systolic blood pressure").fill("92");
    await page.getByLabel("Diastolic blood pressure").fill("55");
    await continueTo(page, "Signs and examination");
    await continueTo(page, "Neurological status");
    // Asked beside the level of consciousness it qualifies.
    await answer(page, "Altered mentation (GCS < 15)", "Yes");
    await skipTo(page, "review", "Review");
    await page.getByRole("link", { name: "See the result" }).click();
    await expect(card(page, "qSOFA (Sepsis-3, 2016)").locator(".figure")).toHaveText("3");
    // the differential's text sits in its disclosure (the result page stays short)
    await page.locator("summary", { hasText: /^Sepsis — why shown/ }).click();
    await expect(page.getByText(/Sepsis mimics cytokine storm/)).toBeVisible();
    await expect(page.getByRole("heading", { name: /Incomplete — these data would complete the assessment/ })).toBeVisible();
  });

  test("an incomplete work-up says which data would complete it, with links to the steps", async ({ page }) => {
    await start(page);
    await page.getByLabel("Clinical setting").selectOption("viral-infection");
    await page.getByLabel("Age").fill("40");
    await continueTo(page, "Vital signs and support");
    await page.getByLabel("Highest temperature", { exact: true }).fill("39.0");
    await skipTo(page, "laboratory", "Laboratory");
    await page.getByLabel("Ferritin", { exact: true }).fill("3000");
    await continueTo(page, "Pathology");
    await page.goto("/assess/result");
    await expect(page.getByRole("heading", { name: /Incomplete — these data would complete the assessment/ })).toBeVisible();
    const hscore = card(page, "HScore (Fardet 2014)");
    await expect(hscore.locator(".figure")).toHaveText(/^\d+–\d+$/);
    // a long missing list sits in its disclosure (the result page stays short)
    await hscore.locator("summary", { hasText: /^Would complete it: \d+ fields not entered/ }).click();
    await hscore.getByRole("link", { name: "Triglycerides (mmol/L)" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Laboratory" })).toBeVisible();
  });
});

test.describe("units", () => {
  async function masCase(page: Page, labs: (page: Page) => Promise<void>) {
    await start(page);
    await page.getByLabel("Clinical setting").selectOption("rheumatologic");
    await page.getByLabel("Age").fill("9");
    await answer(page, "Known or suspected systemic JIA", "Yes");
    await skipTo(page, "laboratory", "Laboratory");
    await labs(page);
    await continueTo(page, "Pathology");
    await page.goto("/assess/result");
    return card(page, "MAS in sJIA — 2016 classification criteria (Ravelli 2016)");
  }

  test("ferritin, triglycerides and fibrinogen in conventional units score as in SI; 360 mg/dL fibrinogen meets ≤ 360 mg/dL", async ({ page, context }) => {
    const conventional = await masCase(page, async (p) => {
      await p.getByLabel("Ferritin", { exact: true }).fill("800");
      await p.getByLabel("Unit for Ferritin").selectOption("µg/L");
      await p.getByLabel("Unit for Triglycerides").selectOption("mg/dL");
      await p.getByLabel("Triglycerides", { exact: true }).fill("150");
      await p.getByLabel("Unit for Fibrinogen").selectOption("mg/dL");
      await p.getByLabel("Fibrinogen", { exact: true }).fill("360");
      await p.getByLabel("Platelets", { exact: true }).fill("250");
      await p.getByLabel("AST").fill("30");
    });
    await expect(conventional.locator(".figure")).toHaveText("1");
    await conventional.getByText("Criteria and values").click();
    await expect(conventional.getByRole("row", { name: /Fibrinogen ≤ 360 mg\/dL/ })).toContainText("Met");
    await expect(conventional.getByRole("row", { name: /Triglycerides > 156 mg\/dL/ })).toContainText("Not met");

    const fresh = await context.newPage();
    const si = await masCase(fresh, async (p) => {
      await p.getByLabel("Ferritin", { exact: true }).fill("800");
      await p.getByLabel("Triglycerides", { exact: true }).fill("1.6936");
      await p.getByLabel("Fibrinogen", { exact: true }).fill("3.6");
      await p.getByLabel("Platelets", { exact: true }).fill("250");
      await p.getByLabel("AST").fill("30");
    });
    await expect(si.locator(".figure")).toHaveText("1");
    await si.getByText("Criteria and values").click();
    await expect(si.getByRole("row", { name: /Fibrinogen ≤ 360 mg\/dL/ })).toContainText("Met");
  });

  // Issue 14: a unit change re-reads the text as typed in the new unit; it never converts it.
  test("switching a field's unit keeps the typed text, reads it in the new unit, and the choice sticks", async ({ page }) => {
    await start(page);
    await skipTo(page, "vitals", "Vital signs and support");
    await page.getByLabel("Highest temperature", { exact: true }).fill("101.3");
    await page.getByLabel("Unit for Highest temperature").selectOption("°F");
    await expect(page.getByLabel("Highest temperature", { exact: true })).toHaveValue("101.3");
    await continueTo(page, "Signs and examination");
    await skipTo(page, "vitals", "Vital signs and support");
    await expect(page.getByLabel("Unit for Highest temperature")).toHaveValue("°F");
    await expect(page.getByLabel("Highest temperature", { exact: true })).toHaveValue("101.3");
  });
});

test.describe("validation and drafts", () => {
  test("out-of-range, wrong-type and cross-field errors are summarised, announced and linked, and nothing typed is lost", async ({ page }) => {
    await start(page);
    await skipTo(page, "vitals", "Vital signs and support");
    await page.getByLabel("Highest temperature", { exact: true }).fill("451");
    await page.getByLabel("Heart rate").fill("fast");
    await page.getByRole("button", { name: /Save and continue/ }).click();
    const summary = page.getByRole("alert").filter({ hasText: "problems to fix" });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("Highest temperature: you typed 451; it must be between 30 and 45 °C.");
    await expect(summary).toContainText('Heart rate: you typed "fast", which is not a number.');
    await summary.getByRole("link", { name: /Highest temperature/ }).click();
    await expect(page.getByLabel("Highest temperature", { exact: true })).toBeFocused();
    await expect(page.getByLabel("Highest temperature", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Heart rate")).toHaveValue("fast");
    await expect(page.getByRole("heading", { level: 1, name: "Vital signs and support" })).toBeVisible();

    // Once each field is right, the rules between fields are checked.
    await page.getByLabel("Highest temperature", { exact: true }).fill("38.1");
    await page.getByLabel("Heart rate").fill("110");
    await page.getByLabel("Systolic blood pressure").fill("80");
    await page.getByLabel("Diastolic blood pressure").fill("90");
    await page.getByRole("button", { name: /Save and continue/ }).click();
    await expect(page.getByRole("alert").filter({ hasText: "problem to fix" })).toContainText("Diastolic blood pressure: you typed 90; it must be below the systolic pressure, 80 mmHg.");
    await expect(page.getByLabel("Diastolic blood pressure")).toHaveValue("90");
  });

  test("a range error is stated in the unit the user chose", async ({ page }) => {
    await start(page);
    await skipTo(page, "vitals", "Vital signs and support");
    await page.getByLabel("Unit for Highest temperature").selectOption("°F");
    await page.getByLabel("Highest temperature", { exact: true }).fill("120");
    await page.getByRole("button", { name: /Save and continue/ }).click();
    await expect(page.getByRole("alert").filter({ hasText: "problem" })).toContainText("Highest temperature: you typed 120; it must be between 86 and 113 °F.");
  });

  test("a reload in the middle of step 5 loses nothing, and Clear case clears everything after asking", async ({ page }) => {
    const requests = recordRequests(page);
    await start(page);
    await page.getByLabel("Age").fill("61");
    await continueTo(page, "Vital signs and support");
    await skipTo(page, "laboratory", "Laboratory");
    await page.getByLabel("Ferritin", { exact: true }).fill("2345");
    await page.getByLabel("Platelets", { exact: true }).fill("88");
    await page.reload();
    await expect(page.getByLabel("Ferritin", { exact: true })).toHaveValue("2345");
    await expect(page.getByLabel("Platelets", { exact: true })).toHaveValue("88");
    await page.goBack();
    await page.goForward();
    await expect(page.getByLabel("Ferritin", { exact: true })).toHaveValue("2345");
    await skipTo(page, "context", "Context");
    await expect(page.getByLabel("Age")).toHaveValue("61");

    await skipTo(page, "review", "Review");
    await page.getByRole("button", { name: "Clear case" }).click();
    const dialog = page.getByRole("dialog", { name: "Clear this case?" });
    await dialog.getByRole("button", { name: "Keep the case" }).click();
    await expect(page.getByRole("button", { name: "Clear case" })).toBeFocused();
    await expect(page.getByText("61 years")).toBeVisible();
    await page.getByRole("button", { name: "Clear case" }).click();
    await dialog.getByRole("button", { name: "Clear everything" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Context" })).toBeVisible();
    await expect(page.getByLabel("Age")).toHaveValue("");
    await skipTo(page, "laboratory", "Laboratory");
    await expect(page.getByLabel("Ferritin", { exact: true })).toHaveValue("");
    // Static chunks are content-hashed file names; nothing else may carry what was typed. The
    // origin is left out: the test server's port (3611, say) is not something the user typed.
    const withoutOrigin = requests.map((r) => r.replace(/https?:\/\/[^/]+/, ""));
    expect(withoutOrigin.filter((r) => !r.includes("/_next/static/") && (r.includes("2345") || r.includes("61")))).toEqual([]);
    // only reads (a static host prefetches links with HEAD); nothing is ever posted
    expect(requests.filter((r) => !r.startsWith("GET ") && !r.startsWith("HEAD "))).toEqual([]);
  });

  test("the vitals step shows the oxygen class and hypotension derived as you type", async ({ page }) => {
    await start(page);
    // the cut-off depends on age (AHA/PALS 2010): an adult is hypotensive below 90 mmHg
    await page.getByLabel("Age").fill("40");
    await continueTo(page, "Vital signs and support");
    await page.getByLabel("Oxygen device").selectOption("nasal-cannula");
    await expect(page.getByText(/Oxygen class:.*the flow decides/)).toBeVisible();
    await page.getByLabel("Oxygen flow").fill("8");
    await expect(page.getByText("high-flow oxygen (ASTCT hypoxia grade 3).")).toBeVisible();
    await page.getByLabel("Systolic blood pressure").fill("84");
    await page.getByLabel("Vasopressors (not counting vasopressin)").fill("0");
    await answer(page, "Vasopressin given", "No");
    await expect(page.getByText(/yes — derived from blood pressure/)).toBeVisible();
  });
});
