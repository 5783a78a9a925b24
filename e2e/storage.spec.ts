import { expect, test } from "@playwright/test";
import { acknowledgeNotice } from "./helpers";

/**
 * A browser that blocks site storage (cookies and site data off — common on locked-down hospital
 * profiles): reading `window.sessionStorage` throws a SecurityError there, as Chromium does. The
 * app must still load, and every view that needs the case must say why it cannot keep one.
 */
test.describe("site storage blocked", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      for (const name of ["sessionStorage", "localStorage"] as const) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException(`Failed to read the '${name}' property from 'Window': Access is denied for this document.`, "SecurityError");
          },
        });
      }
    });
  });

  test("the app loads, and each case view explains that the case cannot be kept", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    await page.goto("/assess/context");
    await acknowledgeNotice(page); // asked on every load: there is nowhere to remember the answer
    await expect(page.getByRole("alert").filter({ hasText: "This browser blocks site storage" })).toBeVisible();

    for (const path of ["/assess/review", "/assess/result", "/summary", "/scenarios/imported#id=x"]) {
      await page.goto(path);
      if (path.startsWith("/assess")) await acknowledgeNotice(page);
      await expect(page.getByRole("alert").filter({ hasText: "This browser blocks site storage" }), path).toBeVisible();
    }
    expect(errors).toEqual([]);
  });
});
