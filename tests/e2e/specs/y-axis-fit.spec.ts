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

test("the detail chart's y-axis stays put while a slider is dragged, and fits again when let go", async ({ app, detail, page }) => {
  await detail.open("leaky_relu");
  expect(await app.yRange(detail.canvasSel)).toEqual([-0.5, 6.5]);
  // Drag negative_slope from 0.01 to 0.5 with the mouse, reading the y-range at each step.
  const slider = detail.slider("negative_slope");
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  // The thumb travels the track minus its own width (about 16 px).
  const at = (v: number) => box.x + 8 + v * (box.width - 16);
  const y = box.y + box.height / 2;
  await page.mouse.move(at(0.01), y);
  await page.mouse.down();
  const seen: string[] = [];
  let last = await app.urlParam("negative_slope");
  for (let i = 1; i <= 25; i++) {
    await page.mouse.move(at(0.01 + (0.49 * i) / 25), y);
    await expect.poll(() => app.urlParam("negative_slope")).not.toBe(last);
    last = await app.urlParam("negative_slope");
    const slope = Number(last);
    await expect.poll(async () => (await app.yRange(detail.canvasSel))![0], `slope ${slope}: the curve's −6·slope is inside`).toBeLessThanOrEqual(-6 * slope);
    const r = (await app.yRange(detail.canvasSel))!.join(",");
    if (seen[seen.length - 1] !== r) seen.push(r);
  }
  // A fit at every step would rescale about every 0.08 of slope; held, the axis moves twice.
  expect(seen.length, seen.join(" | ")).toBeLessThanOrEqual(3);
  await page.mouse.up();
  // Let go: the fit of the final value, exactly what the link shows.
  await app.waitChartsDrawn();
  const settled = await app.yRange(detail.canvasSel);
  const chart = await detail.canvasData();
  await page.reload();
  await app.waitReady();
  expect(await app.yRange(detail.canvasSel)).toEqual(settled);
  expect(await detail.canvasData()).toBe(chart);
});
