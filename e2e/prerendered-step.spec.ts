import { expect, test, type Page } from "@playwright/test";

/**
 * Issue 31 item 1: each form step is in its HTML, as for a new case; a stored case is filled in
 * after hydration, into the same form, without moving anything on the screen.
 */

const NOTICE_KEY = "crs-screen.notice-acknowledged";
const DRAFT_KEY = "crs-screen.draft.v1";
const UNITS_KEY = "crs-screen.units.v1";
const CASE_KEY = "crs-screen.case.v1";

/** One question each step's prerendered HTML must hold: a labelled input, or a yes/no group. */
const STEP_FIELDS = {
  context: (page: Page) => page.getByLabel("Case label", { exact: true }),
  vitals: (page: Page) => page.getByLabel("Highest temperature", { exact: true }),
  findings: (page: Page) => page.getByRole("group", { name: /^Chills/ }),
  neurology: (page: Page) => page.getByLabel("Level of consciousness", { exact: true }),
  laboratory: (page: Page) => page.getByLabel("Ferritin", { exact: true }),
  pathology: (page: Page) => page.getByRole("group", { name: /^Haemophagocytosis on bone-marrow aspirate/ }),
} as const;

/** The page's layout shifts not caused by input, summed as CLS sums them (from before the first paint). */
async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { shifted: number };
    w.shifted = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.shifted += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
}

async function layoutShift(page: Page): Promise<number> {
  // Two frames after the last change, so a shift still being reported is counted.
  return page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as { shifted: number }).shifted)))));
}

/** A stored case, as the form keeps it (this tab's session), with the notice already acknowledged. */
async function storeCase(page: Page, draft: object, units: Record<string, string> = {}): Promise<void> {
  await page.addInitScript(
    ([notice, draftKey, unitsKey, stored, chosen]) => {
      // Once: a reload keeps what the page itself saved since.
      if (window.sessionStorage.getItem(draftKey) !== null) return;
      window.sessionStorage.setItem(notice, "true");
      window.sessionStorage.setItem(draftKey, JSON.stringify(stored));
      window.sessionStorage.setItem(unitsKey, JSON.stringify(chosen));
    },
    [NOTICE_KEY, DRAFT_KEY, UNITS_KEY, { schemaVersion: 1, ...draft }, units] as const,
  );
}

/** Holds the page's scripts until `release` is called: the prerendered step is all there is until then. */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  // Scripts only: the stylesheet is part of the prerendered step.
  await page.route("**/_next/static/chunks/**/*.js", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe("a form step in its HTML", () => {
  test.use({ javaScriptEnabled: false });

  for (const [step, question] of Object.entries(STEP_FIELDS)) {
    test(`${step}: labels and empty inputs without JavaScript`, async ({ page }) => {
      await page.goto(`/assess/${step}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByText("Loading the case from this browser")).toHaveCount(0);
      await expect(question(page)).toBeVisible();
      // Every text input is empty, as for a new case; every question is there to be answered.
      const texts = page.locator("form.step-form input[type=text]");
      for (const value of await texts.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))) expect(value).toBe("");
      expect(await page.locator("form.step-form").locator("input, select").count()).toBeGreaterThan(2);
      await expect(page.getByRole("button", { name: /^Save and continue|^See the result/ })).toBeVisible();
    });
  }

  test("the neurology step asks both encephalopathy tests while the age is unknown", async ({ page }) => {
    await page.goto("/assess/neurology");
    await expect(page.getByRole("group", { name: /^ICE screen/ })).toBeVisible();
    await expect(page.getByRole("group", { name: /^CAPD/ })).toBeVisible();
  });
});

test.describe("a stored case is filled in without a layout shift", () => {
  // Tall enough that the whole step is on screen: a shift anywhere in it would be counted.
  for (const width of [360, 1280]) {
    test.describe(`at ${width} px`, () => {
      test.use({ viewport: { width, height: 3200 } });

      // The vitals step's derived box (oxygen class, hypotension) is drawn below its questions when
      // the step's checks arrive, after the first paint: below the fold on a phone and a laptop, so
      // this test takes screens of those sizes; a taller one would see the buttons under it move.
      test.describe("on a screen of that width", () => {
        test.use({ viewport: { width, height: width === 360 ? 740 : 800 } });
        test("vital signs visited again: the questions its stored answers do not ask stay away", async ({ page }) => {
          await watchLayoutShifts(page);
          await storeCase(page, { vitals: { temperatureMaxC: 37.1, oxygenDevice: "none", hypotension: false, heartRateBpm: 88 } });
          await page.goto("/assess/vitals");
          await expect(page.getByLabel("Highest temperature", { exact: true })).toHaveValue("37.1");
          await expect(page.getByLabel("Heart rate")).toHaveValue("88");
          await expect(page.getByRole("group", { name: /Fever attributable to another cause/ })).toHaveCount(0);
          await expect(page.getByRole("group", { name: /Hypoxia attributable to another cause/ })).toHaveCount(0);
          expect(await layoutShift(page)).toBe(0);
        });
      });

      test("neurology for a child of 5: the CAPD only, with the stored answers", async ({ page }) => {
        await watchLayoutShifts(page);
        await storeCase(page, { context: { ageYears: 5 }, neuro: { capdScore: 12, consciousness: "awakens-to-voice" } });
        await page.goto("/assess/neurology");
        await expect(page.getByLabel(/^CAPD total/)).toHaveValue("12");
        await expect(page.getByLabel("Level of consciousness")).toHaveValue("awakens-to-voice");
        await expect(page.getByRole("group", { name: /^ICE screen/ })).toHaveCount(0);
        expect(await layoutShift(page)).toBe(0);
      });

      test("neurology for an adult: the ICE items only", async ({ page }) => {
        await watchLayoutShifts(page);
        await storeCase(page, { context: { ageYears: 54 }, neuro: { iceItems: { orientation: 4, naming: 3, commands: 1, writing: 1, attention: 1 } } });
        await page.goto("/assess/neurology");
        await expect(page.getByText("ICE total: 10 of 10")).toBeVisible();
        await expect(page.getByRole("group", { name: /^CAPD/ })).toHaveCount(0);
        expect(await layoutShift(page)).toBe(0);
      });

      test("a later time-point: its days and copy button come with the step, not above it after", async ({ page }) => {
        await watchLayoutShifts(page);
        await storeCase(page, {});
        await page.addInitScript((caseKey) => {
          if (window.sessionStorage.getItem(caseKey) !== null) return;
          const day0 = { at: { day: 0 }, assessment: { schemaVersion: 1, findings: { chills: true } } };
          window.sessionStorage.setItem(caseKey, JSON.stringify({ current: 1, timepoints: [day0, { at: { day: 3 }, assessment: { schemaVersion: 1 } }] }));
        }, CASE_KEY);
        await page.goto("/assess/findings");
        await expect(page.getByRole("button", { name: /^Copy the previous time-point/ })).toBeVisible();
        await expect(page.getByRole("heading", { level: 1 })).toContainText("Day 3");
        expect(await layoutShift(page)).toBe(0);
      });

      test("laboratory in the units chosen earlier: values in those units, no echo pushing the fields down", async ({ page }) => {
        await watchLayoutShifts(page);
        await storeCase(page, { labs: { ferritinNgPerMl: 8500, crpMgPerL: 95 } }, { "labs.crpMgPerL": "mg/dL" });
        await page.goto("/assess/laboratory");
        await expect(page.getByLabel("Ferritin", { exact: true })).toHaveValue("8500");
        await expect(page.getByLabel("CRP", { exact: true })).toHaveValue("9.5");
        await expect(page.getByRole("combobox", { name: "Unit for CRP" })).toHaveValue("mg/dL");
        expect(await layoutShift(page)).toBe(0);
        // Typing is echoed as before.
        await page.getByLabel("Ferritin", { exact: true }).fill("9000");
        await expect(page.locator("#field-labs-ferritinNgPerMl-echo")).toHaveText("= 9 000 ng/mL");
      });
    });
  }
});

test("typing into the prerendered step before its scripts run is kept, in the same form", async ({ page }) => {
  await storeCase(page, { context: { ageYears: 54 }, vitals: { heartRateBpm: 110 } });
  const release = await holdScripts(page);
  await page.goto("/assess/vitals", { waitUntil: "domcontentloaded" });
  const temperature = page.getByLabel("Highest temperature", { exact: true });
  await temperature.fill("39.2");
  const prerendered = await temperature.elementHandle();
  release();
  // The stored heart rate arrives; the temperature typed meanwhile stays, in the very same input.
  await expect(page.getByLabel("Heart rate")).toHaveValue("110");
  await expect(temperature).toHaveValue("39.2");
  expect(await prerendered!.evaluate((input) => input.isConnected && input === document.getElementById("field-vitals-temperatureMaxC"))).toBe(true);
  // Saved as soon as the form is filled, with the stored answers beside it (a reload now loses nothing).
  await expect
    .poll(async () => (await page.evaluate((key) => JSON.parse(window.sessionStorage.getItem(key) ?? "null"), DRAFT_KEY))?.vitals)
    .toMatchObject({ temperatureMaxC: 39.2, heartRateBpm: 110 });
  await page.getByRole("button", { name: /^Save and continue/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Signs and examination" })).toBeVisible();
  const saved = await page.evaluate((key) => JSON.parse(window.sessionStorage.getItem(key) ?? "null"), DRAFT_KEY);
  expect(saved.vitals).toMatchObject({ temperatureMaxC: 39.2, heartRateBpm: 110 });
});
