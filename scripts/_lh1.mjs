import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
const urls = process.argv.slice(2);
const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
for (const url of urls) for (let i = 0; i < 3; i++) {
  const r = await lighthouse(url, { port: chrome.port, logLevel: "error", onlyCategories: ["performance"] });
  const a = r.lhr.audits; const m = a.metrics.details.items[0];
  console.log(url.slice(-20), r.lhr.categories.performance.score, "LCP", Math.round(a["largest-contentful-paint"].numericValue), "TBT", Math.round(a["total-blocking-time"].numericValue), "obsFCP", Math.round(m.observedFirstContentfulPaint), "styleLayout", Math.round(a["mainthread-work-breakdown"].details.items.find(i => i.group === "styleLayout")?.duration ?? 0));
}
chrome.kill();
