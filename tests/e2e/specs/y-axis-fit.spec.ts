import { test, expect } from "../fixtures/app_page";

// The y-axis (issue 19, item 5): the groups, the overlay and the detail chart fit their y-range
// to the curves shown (f′ included), with a little margin and round ends; it stays put while a
// parameter slides; the gallery's cards keep their own per-card range.

test("groups and overlay fit the y-axis to their curves", async ({ app, overlay, page }) => {
  // Saturating curves: the panel is ±1.25, not the seed's fixed −3…7.
  await app.open("?view=groups");
  const panel = (c: string) => `article[data-category="${c}"] canvas`;
  expect(await app.yRange(panel("saturating"))).toEqual([-1.25, 1.25]);
  expect(await app.yRange(panel("smooth"))).toEqual([-1, 6.5]);
  // With derivatives, f′ is inside too (SiLU's f′ reaches 1.1).
  await app.derivToggle().check();
  await app.waitChartsDrawn();
  await expect.poll(() => app.yRange(panel("saturating"))).toEqual([-1.25, 1.25]);
  // The overlay: sigmoid and tanh fill the panel; GELU, SiLU, Mish with f′ get their dips room.
  await overlay.open("&fn=sigmoid,tanh");
  expect(await app.yRange(overlay.canvasSel)).toEqual([-1.25, 1.25]);
  await overlay.open("&fn=gelu,silu,mish&deriv=1");
  expect(await app.yRange(overlay.canvasSel)).toEqual([-0.5, 6.5]);
  // Choosing another set refits at once.
  await page.getByTestId("overlay-set-saturating").click();
  await expect.poll(() => app.yRange(overlay.canvasSel)).toEqual([-1.25, 1.25]);
  // The gallery keeps the seed's per-card rule: ReLU's data (0…6) ± max(15 %, 0.5).
  await app.open("?view=gallery");
  const [a, b] = (await app.yRange('article[data-activation="relu"] canvas'))!;
  expect(a).toBeCloseTo(-0.9, 9);
  expect(b).toBeCloseTo(6.9, 9);
});

test("the detail chart's y-axis stays put while a parameter slides, and never cuts the curve", async ({ app, detail }) => {
  await detail.open("leaky_relu");
  const start = (await app.yRange(detail.canvasSel))!;
  expect(start).toEqual([-0.5, 6.5]);
  // Wiggling across the point where a fresh fit would change (0.05 / 0.06): one rescale at most.
  const seen = new Set<string>();
  for (const v of [0.02, 0.03, 0.05, 0.06, 0.05, 0.06, 0.05, 0.06, 0.05]) {
    const before = await detail.canvasData();
    await detail.setSlider("negative_slope", v);
    await app.expectUrlParam("negative_slope", String(v));
    await app.expectCanvasChanged(before, detail.canvasSel);
    const r = (await app.yRange(detail.canvasSel))!;
    seen.add(r.join(","));
    expect(r[0], `slope ${v}: the curve's −6·slope is inside`).toBeLessThanOrEqual(-6 * v);
  }
  expect(seen.size, [...seen].join(" | ")).toBeLessThanOrEqual(2);
  // A big move grows the axis at once, and the link of that state shows the fit.
  await detail.setSlider("negative_slope", 0.9);
  await expect.poll(async () => (await app.yRange(detail.canvasSel))![0]).toBeLessThanOrEqual(-5.4);
  await app.page.reload();
  await app.waitReady();
  expect(await app.yRange(detail.canvasSel)).toEqual([-6.25, 7.5]);
});
