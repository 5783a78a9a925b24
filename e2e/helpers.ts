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

/** Every request the page makes, to prove no case data leaves the browser. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(`${request.method()} ${request.url()} ${request.postData() ?? ""}`));
  return urls;
}
