import { expect, type Page } from "@playwright/test";

/** Acknowledges the non-diagnostic notice that opens before the first assessment of a session. */
export async function acknowledgeNotice(page: Page): Promise<void> {
  const dialog = page.getByRole("dialog", { name: /not a diagnosis/i });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "I understand — continue" }).click();
  await expect(dialog).toBeHidden();
}

export async function answer(page: Page, question: string | RegExp, option: "Yes" | "No" | "Not assessed"): Promise<void> {
  await page.getByRole("group", { name: question }).getByLabel(option, { exact: true }).check();
}

export async function continueTo(page: Page, heading: string): Promise<void> {
  await page.getByRole("button", { name: /^Save and continue|^See the result/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

/**
 * A new assessment from the home page's link to the printable summary, through every step: an
 * adult CAR-T patient at 39.2 °C with the fever's two questions answered, graded ASTCT CRS 1 on
 * the result (e2e/smoke.spec.ts online, e2e/offline.spec.ts with the network off).
 */
export async function assessFeverOnlyCase(page: Page, label: string): Promise<void> {
  await page.getByRole("link", { name: "Start a new assessment" }).click();
  await acknowledgeNotice(page);
  await page.getByLabel("Case label").fill(label);
  await page.getByLabel("Clinical setting").selectOption("immune-effector-cell-therapy");
  await page.getByLabel("Age").fill("54");
  await continueTo(page, "Vital signs and support");
  await page.getByLabel("Highest temperature", { exact: true }).fill("39.2");
  await answer(page, "Fever attributable to another cause", "No");
  await answer(page, /Antipyretic or anti-cytokine therapy given/, "No");
  for (const heading of ["Signs and examination", "Neurological status", "Laboratory", "Pathology", "Review"]) await continueTo(page, heading);
  await page.getByRole("link", { name: "See the result" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();
  await expect(page.getByRole("region", { name: "ASTCT CRS grade (2019 consensus)" }).locator(".figure")).toHaveText(/^1/);
  await page.getByRole("link", { name: "Printable summary" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Educational screening summary — not a diagnosis" })).toBeVisible();
  await expect(page.getByText(label).first()).toBeVisible();
}

/** Every request the page makes, to prove no case data leaves the browser. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(`${request.method()} ${request.url()} ${request.postData() ?? ""}`));
  return urls;
}
