import { test, expect, VIEWS, CHART_VIEWS } from "../fixtures/app_page";

// The header's derivative toggle works on every view: it goes into the URL, and on the views
// with charts every chart is redrawn (with the dashed f′ curves) and stays drawn.
for (const view of VIEWS) {
  test(`the derivative toggle on ${view}`, async ({ app, page }) => {
    await app.open(`?view=${view}`);
    const toggle = app.derivToggle();
    await expect(toggle).not.toBeChecked();
    const before = await app.canvasesData();
    await toggle.check();
    await app.expectUrlParam("deriv", "1");
    if (CHART_VIEWS.includes(view)) {
      expect(before.length).toBeGreaterThan(0);
      // Every chart changes.
      await expect
        .poll(async () => {
          const after = await app.canvasesData();
          return after.filter((d, i) => d !== before[i]).length;
        })
        .toBe(before.length);
      await app.waitChartsDrawn();
      await app.expectCanvasesDrawn();
      // The charts' screen-reader tables name f′ columns.
      await expect(page.locator("figure table th", { hasText: "′" }).first()).toBeAttached();
    } else {
      expect(before).toEqual([]);
    }
    // Switching it off restores the charts exactly.
    await toggle.uncheck();
    await app.expectUrlParam("deriv", null);
    if (CHART_VIEWS.includes(view)) {
      await expect.poll(() => app.canvasesData()).toEqual(before);
    }
  });
}
