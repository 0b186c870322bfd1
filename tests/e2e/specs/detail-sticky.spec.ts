import { test, expect } from "../fixtures/app_page";

// On a wide, tall window the detail chart stays in view while the facts beside it scroll past;
// on a short window it scrolls away with the page, so its range controls are never out of reach.
for (const [height, sticky] of [[900, true], [600, false]] as const) {
  test(`the detail chart ${sticky ? "stays in view" : "scrolls with the page"} at 1280×${height}`, async ({ app, page }) => {
    await page.setViewportSize({ width: 1280, height });
    await app.open("?view=detail&fn=gelu");
    await page.evaluate(() => scrollTo(0, 600));
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(600);
    const box = await page.locator(".ae-detail-chart").evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    if (sticky) {
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(height);
    } else {
      expect(box.top).toBeLessThan(0);
    }
  });
}
