import { expect, test, type Page } from "@playwright/test";
import ebv from "../lib/scenarios/builtin/ebv-secondary-hlh.json" with { type: "json" };

/**
 * Phones first: every route at 320 and 360 px, emulated as mobile Chrome does it (isMobile widens
 * the layout viewport to fit content that overflows, so a too-wide page shows up as a page wider
 * than the screen, and the notice's button off-screen).
 */
const ROUTES = [
  "/",
  "/about",
  "/import",
  "/assess/context",
  "/assess/vitals",
  "/assess/findings",
  "/assess/neurology",
  "/assess/laboratory",
  "/assess/pathology",
  "/assess/review",
  "/assess/result",
  "/summary",
  "/scenarios",
  `/scenarios/${ebv.id}`,
  `/scenarios/${ebv.id}/instructor`,
  `/scenarios/imported#id=my-own-case`,
  `/scenarios/imported/instructor#id=my-own-case`,
];

/** An instructor's own scenario (a copy of a built-in under another id), imported in this tab. */
const IMPORTED = { ...ebv, id: "my-own-case", title: "My own EBV case" };

async function seed(page: Page) {
  await page.addInitScript(
    ([draft, imported]) => {
      window.sessionStorage.setItem("crs-screen.notice-acknowledged", "true");
      window.sessionStorage.setItem("crs-screen.draft.v1", JSON.stringify(draft));
      window.sessionStorage.setItem("crs-screen.imported-scenarios.v1", JSON.stringify([imported]));
    },
    [ebv.answerKey, IMPORTED] as const,
  );
}

/** How wide the page is laid out, and how wide the screen is (innerWidth grows with overflow on mobile). */
async function widths(page: Page) {
  return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, screen: window.screen.width }));
}

for (const width of [320, 360]) {
  test.describe(`phone at ${width} px (mobile emulation, touch)`, () => {
    test.use({ viewport: { width, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

    test("no route is wider than the screen", async ({ page }) => {
      test.setTimeout(120_000);
      await seed(page);
      const measured: string[] = [];
      for (const route of ROUTES) {
        await page.goto(route);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expect(page.getByText(/^(Loading|Preparing)/)).toHaveCount(0);
        const { scroll } = await widths(page);
        measured.push(`${route}: ${scroll}`);
        expect.soft(scroll, `${route} at ${width} px`).toBeLessThanOrEqual(width);
      }
      // The lead's closing note quotes these figures (before and after).
      console.log(`widths at ${width} px\n  ${measured.join("\n  ")}`);
      await test.info().attach(`widths-${width}.txt`, { body: measured.join("\n"), contentType: "text/plain" });
    });

    // Axe on every route at 320 and 360 px: e2e/accessibility.spec.ts, over the named page states.

    test("the first-run notice fits the screen and its button can be tapped", async ({ page }) => {
      await page.goto("/assess/context");
      const notice = page.getByRole("dialog", { name: /not a diagnosis/i });
      await expect(notice).toBeVisible();
      const box = await notice.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      expect(box!.y + box!.height).toBeLessThanOrEqual(740);
      const { scroll } = await widths(page);
      expect(scroll).toBeLessThanOrEqual(width);
      const button = notice.getByRole("button", { name: "I understand — continue" });
      const buttonBox = await button.boundingBox();
      expect(buttonBox!.height).toBeGreaterThanOrEqual(44);
      // tap() fails when the button is not inside the visual viewport's reach.
      await button.tap();
      await expect(notice).toBeHidden();
      await expect(page.getByRole("heading", { level: 1, name: "Context" })).toBeVisible();
    });

    test("the form's radio options and buttons are at least 44 px tall", async ({ page }) => {
      await seed(page);
      await page.goto("/assess/findings");
      await expect(page.getByText("Loading the case")).toHaveCount(0);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll("main label.radio, main label.checkbox, main .button, main button")]
          .filter((el) => (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().height < 44)
          .map((el) => `${el.textContent?.trim()} ${Math.round(el.getBoundingClientRect().height)} px`),
      );
      expect(small).toEqual([]);
    });

    test("the review's Edit links are at least 44 px tall", async ({ page }) => {
      await seed(page);
      await page.goto("/assess/review");
      const edits = page.getByRole("link", { name: /^Edit / });
      await expect(edits.first()).toBeVisible();
      const heights = await edits.evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().height)));
      expect(heights.length).toBeGreaterThanOrEqual(6);
      expect(heights.filter((height) => height < 44)).toEqual([]);
    });

    test("the file choosers (a case, a scenario) are at least 44 px tall", async ({ page }) => {
      await seed(page);
      for (const [route, label] of [
        ["/import", "Choose a case file (.json), or drop it here"],
        ["/scenarios", /scenario file/i],
      ] as const) {
        await page.goto(route);
        const chooser = page.getByLabel(label);
        await expect(chooser).toBeVisible();
        expect(Math.round((await chooser.boundingBox())!.height), route).toBeGreaterThanOrEqual(44);
      }
    });

    test("every disclosure on the result and the review is at least 44 px tall", async ({ page }) => {
      await seed(page);
      for (const route of ["/assess/result", "/assess/review"]) {
        await page.goto(route);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expect(page.getByText(/^(Loading|Preparing)/)).toHaveCount(0);
        if (route === "/assess/result") await expect(page.locator("#instruments-heading")).toBeVisible({ timeout: 20_000 });
        const summaries = page.locator("summary:visible");
        const heights = await summaries.evaluateAll((all) =>
          all.map((summary) => ({ text: (summary.textContent ?? "").trim().slice(0, 40), height: Math.round(summary.getBoundingClientRect().height) })),
        );
        if (route === "/assess/result") expect(heights.length).toBeGreaterThanOrEqual(5);
        expect(heights.filter(({ height }) => height < 44)).toEqual([]);
      }
    });
  });
}
