#!/usr/bin/env node
/**
 * `node scripts/render-icons.mjs`: renders app/icon.svg to the PNG icons the web app manifest
 * names (app/manifest.ts), public/icons/icon-192.png and icon-512.png, with Chromium (the browser
 * the tests use). Run it again after changing app/icon.svg; the PNGs are committed.
 */
import { chromium } from "@playwright/test";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

const svg = readFileSync("app/icon.svg", "utf8");
const debianChromium = "/usr/bin/chromium";
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-dev-shm-usage"] });
mkdirSync("public/icons", { recursive: true });
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
