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
      // Every chart changes (on the gated view the gate's chart; its heat map has no f′).
      await expect
        .poll(async () => {
          const after = await app.canvasesData();
          return after.filter((d, i) => d !== before[i]).length;
        })
        .toBe(view === "gated" ? before.length - 1 : before.length);
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

// The overlay's caption says what the chart holds: how many functions, and whether f′ is drawn.
test("the overlay caption counts the curves and names f′ when shown", async ({ app, page }) => {
  await app.open("?view=overlay");
  const caption = page.locator("section[data-view=overlay] figcaption .ae-caption");
  await expect(caption).toHaveText("16 of 27 functions, f(x)");
  await page.locator("section[data-view=overlay] fieldset input[type=checkbox]").first().uncheck();
  await expect(caption).toHaveText("15 of 27 functions, f(x)");
  await app.derivToggle().check();
  await expect(caption).toHaveText("15 of 27 functions, f(x) and f′(x)");
  await app.langToggle().click();
  await expect(caption).toHaveText("27 个函数中的 15 个，f(x) 与 f′(x)");
});
