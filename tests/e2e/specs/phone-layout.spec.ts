import { test, expect } from "../fixtures/app_page";

// Issue 19, item 6: on a phone the header is compact, the tabs are one row that stays on
// screen, the detail chart stays above its slider, and tap targets are at least 44 px.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test("compact header: title, derivative toggle and a menu for theme, language and Embed", async ({ app, page }) => {
  await app.open("?view=gallery");
  const header = await page.locator("header.ae-header").boundingBox();
  const nav = await page.locator("nav.ae-nav").boundingBox();
  expect(header!.height + nav!.height).toBeLessThan(150);
  await expect(page.getByTestId("lang-toggle")).toBeHidden();
  await page.getByTestId("menu-button").click();
  await expect(page.getByTestId("menu-button")).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByTestId("lang-toggle")).toBeVisible();
  await page.getByTestId("lang-toggle").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("the tabs are one row that scrolls sideways and stays on screen", async ({ app, page }) => {
  await app.open("?view=table");
  const tops = await page.locator("nav.ae-nav a.ae-tab").evaluateAll((tabs) =>
    tabs.map((t) => Math.round(t.getBoundingClientRect().top)),
  );
  expect(new Set(tops).size).toBe(1);
  await page.evaluate(() => window.scrollTo(0, 2000));
  const nav = await page.locator("nav.ae-nav").boundingBox();
  expect(nav!.y).toBeGreaterThanOrEqual(-1);
  expect(nav!.y).toBeLessThan(5);
});

test("the detail chart stays on screen while its slider is used", async ({ app, page }) => {
  await app.open("?view=detail&fn=leaky_relu");
  const slider = page.getByTestId("slider-negative_slope");
  await slider.scrollIntoViewIfNeeded();
  const s = await slider.boundingBox();
  const chart = await page.locator(".ae-interactive canvas").boundingBox();
  // Both fully inside the 844 px viewport at once.
  expect(s!.y + s!.height).toBeLessThanOrEqual(844);
  expect(chart!.y).toBeGreaterThanOrEqual(0);
  expect(chart!.y + chart!.height).toBeLessThanOrEqual(s!.y);
});

test("tap targets are at least 44 px tall", async ({ app, page }) => {
  for (const [query, selector] of [
    ["?view=gallery", "a.ae-detail-link"],
    ["?view=detail", "[data-testid=zoom-in]"],
    ["?view=overlay", ".ae-chooser .ae-check"],
    ["?view=guide", ".ae-chip"],
  ] as const) {
    await app.open(query);
    const h = await page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().height);
    expect(h, `${query} ${selector}`).toBeGreaterThanOrEqual(44);
  }
});
