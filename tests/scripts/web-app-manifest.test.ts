import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import manifest, { THEME_COLOUR } from "@/app/manifest";

describe("web app manifest", () => {
  test("its theme colour is the accent of app/tokens.css", () => {
    const tokens = readFileSync("app/tokens.css", "utf8");
    expect(/--colour-accent:\s*(#[0-9a-f]{6});/i.exec(tokens)?.[1]?.toLowerCase()).toBe(THEME_COLOUR);
    expect(manifest().theme_color).toBe(THEME_COLOUR);
  });

  test("it opens the home page standalone, with an SVG icon and PNGs of 192 and 512 px that exist", () => {
    const { start_url, display, icons = [] } = manifest();
    expect(start_url).toBe("/");
    expect(display).toBe("standalone");
    expect(icons.map((icon) => icon.sizes)).toEqual(["any", "192x192", "512x512"]);
    for (const icon of icons) {
      const file = icon.src === "/icon.svg" ? "app/icon.svg" : `public${icon.src}`;
      expect(() => readFileSync(file), file).not.toThrow();
    }
  });
});
