import { test, expect } from "../fixtures/app_page";

// Zooming the detail chart: buttons, wheel and typed bounds change the x-range (URL `x=`) and
// redraw; refused bounds and parameter values show a message and keep the last good chart.

test("zoom in / out / reset buttons change the x-range and redraw", async ({ app, detail }) => {
  await detail.open("gelu");
  const before = await detail.canvasData();
  await detail.page.getByTestId("zoom-in").click();
  await app.expectUrlParam("x", "-3,3");
  await app.expectCanvasChanged(before, detail.canvasSel);
  await expect(detail.from()).toHaveValue("-3");
  await expect(detail.to()).toHaveValue("3");
  // The GELU comparison chart follows the range too; every chart stays drawn.
  await app.waitChartsDrawn();
  await app.expectCanvasesDrawn();
  await detail.page.getByTestId("zoom-out").click();
  await detail.page.getByTestId("zoom-out").click();
  await app.expectUrlParam("x", "-12,12");
  await detail.page.getByTestId("zoom-reset").click();
  await app.expectUrlParam("x", null);
  expect(await detail.canvasData()).toBe(before);
});

test("Ctrl + wheel over the chart zooms around the pointer; a plain wheel scrolls the page", async ({ app, detail, page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await detail.open("relu");
  // With a mouse, the hint says how to zoom.
  await expect(page.locator(".ae-hint:visible")).toHaveText(/Ctrl \+ wheel/);
  const before = await detail.canvasData();
  const box = await detail.canvasBox();
  await detail.hover(box.width * 0.75, box.height / 2);
  const probe = (await detail.waitReadoutChange(null)).x;
  // A plain wheel is the page's: it scrolls, and the range stays.
  const scrolled = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 120);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled);
  expect(await app.urlParam("x")).toBeNull();
  await page.evaluate(() => scrollTo(0, 0));
  await detail.hover(box.width * 0.75, box.height / 2);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -200); // zoom in
  await expect.poll(() => detail.urlRange()).not.toEqual([-6, 6]);
  const [a, b] = await detail.urlRange();
  expect(b - a).toBeLessThan(12);
  // The point under the pointer stays put: it is inside the new range, right of centre.
  expect(a).toBeLessThan(probe);
  expect(b).toBeGreaterThan(probe);
  expect(a).toBeGreaterThan(-6);
  expect(b).toBeLessThanOrEqual(6 + 1e-9);
  await app.expectCanvasChanged(before, detail.canvasSel);
  await page.mouse.wheel(0, 400); // zoom out again, past the start
  await expect.poll(async () => (await detail.urlRange())[1] - (await detail.urlRange())[0]).toBeGreaterThan(12);
  await page.keyboard.up("Control");
});

test("typed bounds set the x-range", async ({ app, detail }) => {
  await detail.open("sigmoid");
  const before = await detail.canvasData();
  await detail.typeRange("-10", "2.5");
  await app.expectUrlParam("x", "-10,2.5");
  await app.expectCanvasChanged(before, detail.canvasSel);
  await expect(detail.rangeError()).toHaveCount(0);
  // The chart's accessible label says the new range.
  await expect(detail.canvas()).toHaveAttribute("aria-label", /-10.*2\.5/);
});

const BAD_BOUNDS = [
  ["3", "-3", "reversed"],
  ["2", "2", "equal"],
  ["NaN", "4", "NaN"],
  ["abc", "4", "not a number"],
  ["-1", "2e6", "beyond 1e6"],
  ["-2e6", "0", "beyond -1e6"],
];

test("bad typed bounds (reversed, equal, NaN, text, beyond ±1e6) are refused and the last chart stays", async ({ app, detail }) => {
  await detail.open("tanh", "&x=-4,4");
  for (const [i, [from, to, why]] of BAD_BOUNDS.entries()) {
    const chart = await detail.canvasData();
    const url = app.page.url();
    await detail.typeRange(from, to);
    await expect(detail.rangeError(), why).toBeVisible();
    await expect(detail.rangeError(), why).not.toHaveText("");
    await expect(detail.from(), why).toHaveAttribute("aria-invalid", "true");
    expect(app.page.url(), why).toBe(url);
    expect(await detail.canvasData(), why).toBe(chart);
    // A good range afterwards (a new one each time) clears the message and is applied.
    await detail.typeRange("-1", String(i + 1));
    await expect(detail.rangeError(), why).toHaveCount(0);
    await app.expectUrlParam("x", `-1,${i + 1}`);
    await app.expectCanvasChanged(chart, detail.canvasSel);
  }
});

const BAD_PARAMS: [string, string, string][] = [
  ["leaky_relu", "negative_slope", "abc"],
  ["leaky_relu", "negative_slope", "1e9"],
  ["leaky_relu", "negative_slope", "NaN"],
  ["elu", "alpha", "-50"],
  ["hardtanh", "min_val", "5"], // min_val ≥ max_val (1)
  ["softplus", "beta", "0"],
];

test("bad parameter values are refused with a message next to the input; the chart stays", async ({ app, detail }) => {
  for (const [fn, param, bad] of BAD_PARAMS) {
    const what = `${fn} ${param}=${bad}`;
    await detail.open(fn);
    const chart = await detail.canvasData();
    const url = app.page.url();
    await detail.typeParam(param, bad);
    await expect(detail.error(param), what).not.toHaveText("");
    await expect(detail.input(param), what).toHaveAttribute("aria-invalid", "true");
    expect(app.page.url(), what).toBe(url);
    expect(await detail.canvasData(), what).toBe(chart);
  }
});
