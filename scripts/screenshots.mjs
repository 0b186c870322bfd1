// Screenshots of views for looking at them: node scripts/screenshots.mjs <base-url> <out-dir> <name>=<query>[@WxH][!action] ...
// Actions: "slide:<testid>=<value>" fills a parameter input and presses Enter; "menu" opens the phone menu.
import { chromium } from "@playwright/test";
import { readFileSync, mkdirSync } from "node:fs";

const [base, out, ...specs] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const flags = JSON.parse(readFileSync(new URL("./chromium-flags.json", import.meta.url), "utf8"));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: flags });
for (const spec of specs) {
  const [nameQuery, action] = spec.split("!");
  const cut = nameQuery.indexOf("=");
  const [name, rest] = [nameQuery.slice(0, cut), nameQuery.slice(cut + 1)];
  const [query, size] = rest.split("@");
  const [w, h] = (size ?? "1280x900").split("x").map(Number);
  const phone = w < 600;
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, deviceScaleFactor: phone ? 2 : 1, hasTouch: phone, isMobile: phone });
  const page = await ctx.newPage();
  await page.goto(`${base}/${query}`);
  await page.waitForFunction(() => performance.getEntriesByName("ae:ready").length > 0, null, { timeout: 20000 });
  if (action?.startsWith("slide:")) {
    const [testid, value] = action.slice(6).split("=");
    await page.getByTestId(testid).fill(value);
    await page.getByTestId(testid).press("Enter");
    await page.getByTestId(testid).scrollIntoViewIfNeeded();
  } else if (action === "menu") {
    await page.getByTestId("menu-button").click();
  } else if (action?.startsWith("scroll:")) {
    await page.evaluate((y) => window.scrollTo(0, y), Number(action.slice(7)));
  }
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: false });
  await ctx.close();
}
await browser.close();
