import { expect, test } from "@playwright/test";

const ROUTES = ["/", "/assess/context", "/assess/result", "/summary", "/scenarios", "/scenarios/cart-crs-grade-1", "/import", "/about", "/icon.svg", "/manifest.webmanifest", "/sw.js", "/no-such-page"];

test.describe("security headers (production server, over HTTP)", () => {
  for (const route of ROUTES) {
    test(`${route} carries the security headers`, async ({ request }) => {
      const response = await request.get(route);
      const headers = response.headers();
      const csp = headers["content-security-policy"] ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toContain("unsafe-eval");
      // The offline worker (app/sw.ts) and the web app manifest: this origin's, none other.
      expect(csp).toContain("worker-src 'self'");
      expect(csp).toContain("manifest-src 'self'");
      expect(headers["referrer-policy"]).toBe("no-referrer");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  }

  test("the app runs under its policy: no CSP violation while a case is entered and scored", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      // A policy the browser cannot read (an unknown Permissions-Policy feature) is reported here too.
      if (/Content Security Policy|Refused to|Permissions-Policy/.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      window.sessionStorage.setItem("crs-screen.notice-acknowledged", "true");
      // Chromium reports a blocked eval that the page catches (zod's probe) as an event and a
      // DevTools issue, not on the console.
      document.addEventListener("securitypolicyviolation", (event) =>
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`),
      );
    });
    await page.goto("/assess/vitals");
    await page.getByLabel("Highest temperature", { exact: true }).fill("39");
    await page.getByRole("button", { name: /Save and continue/ }).click();
    await page.goto("/assess/result");
    await page.getByRole("button", { name: "Create share link" }).click();
    await expect(page.getByLabel(/Share link/)).toHaveValue(/#case=v1\./);
    await page.goto("/summary");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
  });
});
