import { test, expect } from "../fixtures/app_page";

// On the detail view of each parameterised activation, moving a slider redraws the chart (the
// canvas pixels change) and the URL gains the parameter.
const CASES = [
  { fn: "leaky_relu", param: "negative_slope", value: 0.3 },
  { fn: "elu", param: "alpha", value: 2.5 },
  { fn: "softplus", param: "beta", value: 4 },
];

for (const { fn, param, value } of CASES) {
  test(`moving the ${param} slider of ${fn} redraws and goes into the URL`, async ({ app, detail }) => {
    await detail.open(fn);
    expect(await app.urlParam(param)).toBeNull();
    const before = await detail.canvasData();
    await detail.setSlider(param, value);
    await app.expectCanvasChanged(before, detail.canvasSel);
    await app.expectUrlParam(param, String(value));
    // The number field follows the slider, and there is no error.
    await expect(detail.input(param)).toHaveValue(String(value));
    await expect(detail.error(param)).toHaveText("");
    const after = await detail.canvasData();
    // The readout uses the new parameter: probe the left end via the keyboard (Home).
    await detail.canvas().focus();
    await detail.page.keyboard.press("Home");
    const r = await detail.waitReadoutChange(null);
    expect(r.x).toBe(-6);
    const ref = { leaky_relu: value * -6, elu: value * Math.expm1(-6), softplus: Math.log1p(Math.exp(-6 * value)) / value }[fn]!;
    expect(Math.abs(r.f - ref)).toBeLessThanOrEqual(1e-12 * Math.abs(ref));
    // Reloading the URL gives the same chart (as it was before the probe was placed).
    await app.page.reload();
    await app.waitReady();
    await expect(detail.slider(param)).toHaveValue(String(value));
    expect(await detail.canvasData()).toBe(after);
  });
}
