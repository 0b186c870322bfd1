import { test, expect } from "../fixtures/app_page";

// The detail chart's readout: the x under the pointer (an affine map of the pointer's position
// inside the plot), and f(x), f′(x) computed with the math — equal to a JS reference here.
const sigmoid = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));
const REF: Record<string, { f: (x: number) => number; d: (x: number) => number }> = {
  relu: { f: (x) => Math.max(x, 0), d: (x) => (x > 0 ? 1 : 0) },
  sigmoid: { f: sigmoid, d: (x) => sigmoid(x) * sigmoid(-x) },
  tanh: { f: Math.tanh, d: (x) => 1 / Math.cosh(x) ** 2 },
  softsign: { f: (x) => x / (1 + Math.abs(x)), d: (x) => 1 / (1 + Math.abs(x)) ** 2 },
  hardtanh: { f: (x) => Math.min(Math.max(x, -1), 1), d: (x) => (x > -1 && x < 1 ? 1 : 0) },
};

/** |a − b| within 1e-12 relative (exact when the reference is 0). */
function expectClose(actual: number, ref: number, what: string) {
  const tol = 1e-12 * Math.max(Math.abs(ref), Math.abs(actual));
  expect(Math.abs(actual - ref), `${what}: ${actual} vs reference ${ref}`).toBeLessThanOrEqual(tol);
}

for (const fn of Object.keys(REF)) {
  test(`hovering the ${fn} chart reads out x, f(x), f′(x) of the math`, async ({ detail }) => {
    await detail.open(fn);
    await expect(detail.readout().locator("[data-x]")).toHaveCount(0);
    const box = await detail.canvasBox();
    const y = box.height / 2;
    // Sweep the middle 60 % of the canvas (inside the plot area, past the y-axis labels).
    const pixels = [0.25, 0.35, 0.5, 0.62, 0.8].map((t) => Math.round(box.width * t));
    const xs: number[] = [];
    let prev: number | null = null;
    for (const px of pixels) {
      await detail.hover(px, y);
      const r = await detail.waitReadoutChange(prev);
      prev = r.x;
      xs.push(r.x);
      const ref = REF[fn];
      expectClose(r.f, ref.f(r.x), `f(${r.x})`);
      expectClose(r.d, ref.d(r.x), `f′(${r.x})`);
      // The readout text shows the same numbers, rounded.
      await expect(detail.readout()).toContainText("x = ");
    }
    // x is inside the range, increasing with the pointer, and an affine function of it.
    const [x0, x1] = await detail.urlRange();
    for (const x of xs) {
      expect(x).toBeGreaterThan(x0);
      expect(x).toBeLessThan(x1);
    }
    const slope = (xs[4] - xs[0]) / (pixels[4] - pixels[0]);
    expect(slope).toBeGreaterThan(0);
    for (let i = 1; i < 4; i++) {
      const predicted = xs[0] + slope * (pixels[i] - pixels[0]);
      // offsetX is a whole CSS pixel: allow one pixel's worth of x.
      expect(Math.abs(xs[i] - predicted), `x at pixel ${pixels[i]}`).toBeLessThanOrEqual(Math.abs(slope) * 1.01);
    }
    // The plot spans most of the canvas: the x per pixel is the range over 60–100 % of the width.
    const plotWidth = (x1 - x0) / slope;
    expect(plotWidth).toBeGreaterThan(0.6 * box.width);
    expect(plotWidth).toBeLessThanOrEqual(box.width);
  });
}

test("arrow keys move the probe when the canvas has focus", async ({ app, detail, page }) => {
  await detail.open("tanh");
  await detail.canvas().focus();
  await expect(detail.canvas()).toBeFocused();
  const unprobed = await detail.canvasData();
  await page.keyboard.press("ArrowRight");
  const a = await detail.waitReadoutChange(null);
  // The probe is drawn on the chart too.
  await app.expectCanvasChanged(unprobed, detail.canvasSel);
  const [x0, x1] = await detail.urlRange();
  const step = (x1 - x0) / 100;
  expect(Math.abs(a.x - ((x0 + x1) / 2 + step))).toBeLessThan(1e-12);
  await page.keyboard.press("ArrowRight");
  const b = await detail.waitReadoutChange(a.x);
  expect(Math.abs(b.x - (a.x + step))).toBeLessThan(1e-12);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect.poll(async () => (await detail.readoutValues())!.x).toBeCloseTo(a.x - 2 * step, 12);
  const c = (await detail.readoutValues())!;
  expectClose(c.f, Math.tanh(c.x), "tanh");
  expectClose(c.d, 1 / Math.cosh(c.x) ** 2, "tanh′");
  await page.keyboard.press("End");
  await expect.poll(async () => (await detail.readoutValues())!.x).toBe(x1);
  await page.keyboard.press("Home");
  await expect.poll(async () => (await detail.readoutValues())!.x).toBe(x0);
});
