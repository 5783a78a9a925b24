import { expect, test } from "@playwright/test";

test.describe("home page (production build)", () => {
  test("states what the tool is and that it is not a diagnosis", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "crs-screen" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Educational tool — not a diagnosis" })).toBeVisible();
    await expect(page).toHaveTitle(/crs-screen/);
  });
});
