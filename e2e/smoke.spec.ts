import { expect, test } from "@playwright/test";
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { STEPS } from "../lib/form/steps";
import { assessFeverOnlyCase, recordRequests } from "./helpers";

/**
 * The smoke suite (tag @smoke): what a host can break. `npm test` runs every browser test on
 * `next start`, then only the @smoke tests on the static export served by a plain file server —
 * both serve the same client bundle, so what differs is the serving: a page missing, the 404, the
 * chunks a page loads, a link that must reopen a case. Also tagged @smoke: the share link in a
 * fresh browser (transfer.spec.ts) and the QR code read back by jsQR (summary.spec.ts).
 */

const APP = join(import.meta.dirname, "../app");
const BUILTIN = join(import.meta.dirname, "../lib/scenarios/builtin");

/** Every page.tsx under app/, as its route pattern ("/scenarios/[id]/instructor"). */
function routePatterns(dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return routePatterns(join(dir, entry.name));
    if (entry.name !== "page.tsx") return [];
    return [`/${relative(APP, dir).split(sep).join("/")}`.replace(/\/$/, "") || "/"];
  });
}

/** The values each dynamic segment is built for (the pages' generateStaticParams, restated from lib/). */
const PARAMS: Record<string, readonly string[]> = {
  "[step]": STEPS.map((s) => s.id).filter((id) => id !== "review"),
  "[id]": readdirSync(BUILTIN)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.replace(/\.json$/, "")),
};

/** Every address a route pattern is built at; a dynamic segment not in PARAMS fails here, so a new route cannot go unlisted. */
function addresses(pattern: string): string[] {
  const segment = pattern.split("/").find((s) => s.startsWith("["));
  if (!segment) return [pattern];
  const values = PARAMS[segment];
  if (!values) throw new Error(`no values listed for ${segment} in ${pattern} (e2e/smoke.spec.ts PARAMS)`);
  return values.flatMap((value) => addresses(pattern.replace(segment, value)));
}

const PATTERNS = routePatterns().sort();

test.describe("smoke", { tag: "@smoke" }, () => {
  // Fetched, not opened: a page whose content is computed in the browser (the summary, an imported
  // scenario) has its heading only once it runs, which the test below checks per route.
  test("every page the app builds answers 200 with its own title, not the not-found page's", async ({ request }) => {
    const all = PATTERNS.flatMap(addresses);
    expect(all.length).toBeGreaterThan(PATTERNS.length);
    for (const address of all) {
      const response = await request.get(address);
      expect.soft(response.status(), address).toBe(200);
      const title = /<title>([^<]*)<\/title>/.exec(await response.text())?.[1];
      expect.soft(title, address).toContain("crs-screen");
      expect.soft(title, address).not.toMatch(/^Page not found/);
    }
  });

  for (const pattern of PATTERNS) {
    const address = addresses(pattern)[0]!;
    test(`${pattern} opens in the browser with its heading, nothing left loading (${address})`, async ({ page }) => {
      await page.addInitScript(() => window.sessionStorage.setItem("crs-screen.notice-acknowledged", "true"));
      const response = await page.goto(address);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByText(/^(Loading|Preparing)/)).toHaveCount(0);
    });
  }

  test("an address the app does not have answers 404 with the not-found page, whose links work", async ({ page }) => {
    const response = await page.goto("/assess/no-such-step");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await page.getByRole("link", { name: "Go to the home page" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "crs-screen" })).toBeVisible();
  });

  test("one assessment end to end: typed in the form, graded on the result, printed on the summary, nothing sent", async ({ page, baseURL }) => {
    const requests = recordRequests(page);
    await page.goto("/");
    await assessFeverOnlyCase(page, "Smoke case");
    await expect(page.getByRole("heading", { name: /ASTCT CRS \(2019 consensus\): 1/ })).toBeVisible();
    // Nothing left the origin, and no request carried what was typed.
    expect(requests.filter((r) => !r.includes(baseURL!))).toEqual([]);
    expect(requests.filter((r) => r.includes("Smoke case") || r.includes("39.2"))).toEqual([]);
  });
});
