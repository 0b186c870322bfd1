import { test, expect, VIEWS, LANGS, THEMES, GALLERY_CARDS } from "../fixtures/app_page";

// Every view, in both languages and both themes, at desktop and phone width: the view renders,
// every canvas in it is sized to CSS × devicePixelRatio and drawn, and a screenshot is saved as
// screenshots/<view>-<lang>-<theme>-<desktop|phone>.png.
for (const view of VIEWS) {
  for (const lang of LANGS) {
    for (const theme of THEMES) {
      test(`${view} renders (${lang}, ${theme})`, async ({ app, page }) => {
        await app.open(`?view=${view}&lang=${lang}&theme=${theme}`);
        const root = app.viewRoot(view);
        await expect(root).toBeVisible();
        await expect(page.locator(".ae-root")).toHaveAttribute("data-theme", theme);
        await expect(page.locator("html")).toHaveAttribute("lang", lang === "zh" ? "zh-CN" : "en");
        await expect(page.locator(`nav a[data-view="${view}"]`)).toHaveAttribute("aria-current", "page");
        // The depth lab: six layer charts and the phase diagram, once the worker has answered.
        if (view === "depth") await expect(page.getByTestId("lab-status")).toHaveAttribute("data-state", "done", { timeout: 30_000 });
        const expected = { guide: 0, table: 0, gallery: GALLERY_CARDS, groups: 3, overlay: 1, detail: 1, gated: 2, depth: 7 }[view];
        await app.screenshots(`${view}-${lang}-${theme}`, async (size) => {
          const { drawn, total } = await app.drawnCanvasCount();
          expect(total, `canvases in ${view} at ${size}`).toBe(expected);
          expect(drawn, `drawn canvases in ${view} at ${size}`).toBe(total);
          // Nothing may stick out sideways (at phone width the grid reflows, the table scrolls).
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `horizontal overflow at ${size}`).toBeLessThanOrEqual(0);
        });
      });
    }
  }
}
