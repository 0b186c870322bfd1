import { test, expect } from "../fixtures/app_page";

test("the home page shows the header and a drawn curve, cleanly", async ({ app, page }) => {
  await app.open("?view=detail");
  await expect(page.locator("h1")).toContainText("Activation Explorer");
  await app.expectCanvasesDrawn();
  await app.screenshots("home");
});

test("the canvas backing store is CSS size × devicePixelRatio", async ({ browser, baseURL }) => {
  const ctx = await browser.newContext({ deviceScaleFactor: 2, viewport: { width: 800, height: 600 } });
  const page = await ctx.newPage();
  await page.goto(baseURL + "/?view=detail");
  await page.waitForSelector("canvas");
  await page.waitForFunction(() => {
    const c = document.querySelector("canvas")!;
    return c.width > 0 && Math.abs(c.width - c.getBoundingClientRect().width * 2) <= 1;
  });
  const { w, cssW, h, cssH } = await page.$eval("canvas", (c: HTMLCanvasElement) => ({
    w: c.width, cssW: c.getBoundingClientRect().width, h: c.height, cssH: c.getBoundingClientRect().height,
  }));
  expect(Math.abs(w - cssW * 2)).toBeLessThanOrEqual(1);
  expect(Math.abs(h - cssH * 2)).toBeLessThanOrEqual(1);
  await ctx.close();
});
