import { test, expect } from "../fixtures/app_page";

// Comparing a few functions on the overlay (issue 19, item 4): None and quick sets get to a
// small set in a few clicks; a few chosen curves get a colour-blind-safe palette with dash
// patterns, shown by the chooser's swatches too; the overlay zooms, takes typed bounds and
// reads out every chosen curve at the probe, like the detail view; long names stay beside
// their swatch.

test("None empties the chart, which says so; three clicks then give GELU, SiLU and Mish", async ({ app, overlay, page }) => {
  await overlay.open();
  expect((await overlay.checkedIds()).length).toBe(16);
  const before = await app.canvasData(overlay.canvasSel);
  await page.getByTestId("overlay-none").click();
  await app.expectUrlParam("fn", "none");
  expect(await overlay.checkedIds()).toEqual([]);
  await app.expectCanvasChanged(before, overlay.canvasSel);
  // Not silently empty: the chart's label (and its drawing) say to pick functions.
  await expect(overlay.canvas()).toHaveAttribute("aria-label", /No function chosen/);
  await expect(overlay.caption()).toHaveText(/^0 of 27 functions/);
  for (const id of ["gelu", "silu", "mish"]) await overlay.checkbox(id).check();
  await app.expectUrlParam("fn", "gelu,silu,mish");
  expect(await overlay.checkedIds()).toEqual(["gelu", "silu", "mish"]);
  await expect(overlay.caption()).toHaveText(/^3 of 27 functions/);
  // The link reproduces it; Back returns to none.
  await page.reload();
  await app.waitReady();
  expect(await overlay.checkedIds()).toEqual(["gelu", "silu", "mish"]);
  // Reset returns to the seed's 16.
  await page.getByTestId("overlay-reset").click();
  await app.expectUrlParam("fn", null);
  expect((await overlay.checkedIds()).length).toBe(16);
});

test("quick sets: each category, and the guide's recommendation once there is one", async ({ app, overlay, page }) => {
  await overlay.open();
  // No answers yet: the guide's set is not available, and says why.
  await expect(page.getByTestId("overlay-set-guide")).toBeDisabled();
  await expect(page.getByTestId("overlay-set-guide")).toHaveAttribute("title", /guide/);
  const sets: [string, string][] = [
    ["saturating", "sigmoid,tanh,hardsigmoid,hardtanh,softsign"],
    ["relu_family", "relu,leaky_relu,prelu,elu,selu,relu6"],
    ["smooth", "gelu,silu,mish,softplus,hardswish"],
    ["shrinkage", "hardshrink,softshrink,tanhshrink"],
  ];
  for (const [id, fns] of sets) {
    await page.getByTestId(`overlay-set-${id}`).click();
    await app.expectUrlParam("fn", fns);
    expect(await overlay.checkedIds()).toEqual(fns.split(","));
  }
  // "Best accuracy, compute to spare" recommends Mish and SiLU.
  await overlay.open("&answers=nnnnnny");
  await expect(page.getByTestId("overlay-set-guide")).toBeEnabled();
  await page.getByTestId("overlay-set-guide").click();
  await app.expectUrlParam("fn", "mish,silu");
  expect(await app.recommendedIds(".ae-chooser")).toEqual(["mish", "silu"]);
});

/** Squared RGB distance. */
const dist2 = (a: number[], b: number[]) => a.reduce((s, v, i) => s + (v - b[i]) ** 2, 0);

test("a few chosen curves get distinct palette colours and dashes, the swatches match the chart", async ({ app, overlay, page }) => {
  // The seed's colours for the full overlay: Sigmoid's red, GELU's orange-red, close together.
  await overlay.open();
  const seedSigmoid = await overlay.swatchRgb("sigmoid");
  const seedGelu = await overlay.swatchRgb("gelu");
  expect(seedSigmoid).toEqual([231, 76, 60]);
  expect(dist2(seedSigmoid, seedGelu)).toBeLessThan(60 ** 2);
  // The hard pairs chosen together: the palette's blue, vermillion, green, purple, …
  await overlay.open("&fn=gelu,sigmoid,mish,hardtanh,tanh,elu");
  const ids = ["gelu", "sigmoid", "mish", "hardtanh", "tanh", "elu"];
  const rgb = await Promise.all(ids.map((id) => overlay.swatchRgb(id)));
  expect(rgb.slice(0, 4)).toEqual([[0, 114, 178], [213, 94, 0], [0, 158, 115], [204, 121, 167]]);
  for (let i = 0; i < rgb.length; i++) {
    // Farther apart than the seed's GELU and Sigmoid (a crude RGB check; the native tests
    // measure CIEDE2000 for normal and colour-blind vision).
    for (let j = i + 1; j < rgb.length; j++) expect(dist2(rgb[i], rgb[j]), `${ids[i]}/${ids[j]}`).toBeGreaterThan(45 ** 2);
  }
  // Dash patterns in the chosen order, as the chart draws them.
  const styles = await page.locator(".ae-chooser .ae-swatch").evaluateAll((els) =>
    Object.fromEntries(els.map((e) => [e.closest("li")!.getAttribute("data-activation"), e.getAttribute("data-style")])),
  );
  expect(ids.map((id) => styles[id])).toEqual(["solid", "dashed", "dash-dot", "dash-dot-dot", "solid", "dashed"]);
  expect(styles["relu"]).toBeNull(); // not drawn: an empty swatch
  // Every chosen curve is on the canvas in its swatch's colour.
  const counts = await overlay.canvas().evaluate((c: HTMLCanvasElement, curves: [string, number[]][]) => {
    const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    const palette: [string, number[]][] = [["bg", [d[0], d[1], d[2]]], ["black", [0, 0, 0]], ["grey", [128, 128, 128]], ["grid", [225, 225, 225]], ...curves];
    const out: Record<string, number> = Object.fromEntries(curves.map(([id]) => [id, 0]));
    for (let i = 0; i < d.length; i += 4) {
      let best = "";
      let bestD = Infinity;
      for (const [id, m] of palette) {
        const dd = Math.abs(d[i] - m[0]) + Math.abs(d[i + 1] - m[1]) + Math.abs(d[i + 2] - m[2]);
        if (dd < bestD) [best, bestD] = [id, dd];
      }
      if (best in out) out[best]++;
    }
    return { out, width: c.width };
  }, ids.map((id, i) => [id, rgb[i]] as [string, number[]]));
  for (const id of ids) expect(counts.out[id], `${id}: pixels in its swatch colour`).toBeGreaterThan(counts.width / 6);
  // The dark theme has its own palette (white for black, yellow kept), swatches follow it.
  await overlay.open("&fn=gelu,sigmoid,mish,hardtanh,tanh,elu,relu,selu&theme=dark");
  expect(await overlay.swatchRgb("relu")).toEqual([240, 228, 66]);
  expect(await overlay.swatchRgb("selu")).toEqual([255, 255, 255]);
});

const sigmoid = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));
const REF: Record<string, { f: (x: number) => number; d: (x: number) => number }> = {
  sigmoid: { f: sigmoid, d: (x) => sigmoid(x) * sigmoid(-x) },
  tanh: { f: Math.tanh, d: (x) => 1 / Math.cosh(x) ** 2 },
  relu: { f: (x) => Math.max(x, 0), d: (x) => (x > 0 ? 1 : 0) },
};

test("the overlay zooms, takes typed bounds and reads out every chosen curve at the probe", async ({ app, overlay, detail, page }) => {
  await overlay.open("&fn=sigmoid,tanh,relu&deriv=1");
  const before = await app.canvasData(overlay.canvasSel);
  await page.getByTestId("zoom-in").click();
  await app.expectUrlParam("x", "-3,3");
  await app.expectCanvasChanged(before, overlay.canvasSel);
  await detail.typeRange("-4", "2");
  await app.expectUrlParam("x", "-4,2");
  await expect(overlay.canvas()).toHaveAttribute("aria-label", /-4.*2/);
  // Hover: a row per chosen function, with f and f′ of the math at the probe's x.
  await expect(overlay.readout().locator("[data-x]")).toHaveCount(0);
  // Clicking the range controls below the chart scrolled it partly out of the 800 px viewport.
  await overlay.canvas().scrollIntoViewIfNeeded();
  const box = (await overlay.canvas().boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2);
  await expect.poll(async () => (await overlay.readoutValues())?.rows.length ?? 0).toBe(3);
  const r = (await overlay.readoutValues())!;
  expect(r.x).toBeGreaterThan(-4);
  expect(r.x).toBeLessThan(2);
  expect(r.rows.map((row) => row.id)).toEqual(["sigmoid", "tanh", "relu"]);
  for (const row of r.rows) {
    const ref = REF[row.id];
    expect(Math.abs(row.f - ref.f(r.x)), `${row.id} f`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(row.f)));
    expect(Math.abs(row.d! - ref.d(r.x)), `${row.id} f′`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(row.d!)));
  }
  await expect(overlay.readout()).toContainText("Tanh");
  // The keyboard moves the probe too; Ctrl + wheel zooms around the pointer.
  await overlay.canvas().focus();
  await page.keyboard.press("End");
  await expect.poll(async () => (await overlay.readoutValues())?.x).toBe(2);
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -200);
  await page.keyboard.up("Control");
  await expect.poll(async () => {
    const [a, b] = (await app.urlParam("x"))!.split(",").map(Number);
    return b - a;
  }).toBeLessThan(6);
  // Without derivatives the rows hold f only.
  await overlay.open("&fn=tanh");
  const box2 = (await overlay.canvas().boundingBox())!;
  await page.mouse.move(box2.x + box2.width * 0.4, box2.y + box2.height / 2);
  await expect.poll(async () => (await overlay.readoutValues())?.rows.length ?? 0).toBe(1);
  expect((await overlay.readoutValues())!.rows[0].d).toBeNull();
});

/** For each chooser row: the swatch's and the name's boxes. */
async function rowBoxes(page: import("@playwright/test").Page) {
  return page.locator(".ae-chooser li").evaluateAll((lis) =>
    lis.map((li) => {
      const s = li.querySelector(".ae-swatch")!.getBoundingClientRect();
      const n = li.querySelector(".ae-check-name, .ae-check > span:not(.ae-swatch):not(.ae-badge)")!.getBoundingClientRect();
      return { id: li.getAttribute("data-activation")!, s: [s.left, s.right, s.top, s.bottom], n: [n.left, n.right, n.top, n.bottom] };
    }),
  );
}

for (const [what, width, column] of [["desktop", 1280, 0], ["phone", 390, 0], ["a narrow docs column", 1280, 340]] as const) {
  test(`long names stay beside their swatch (${what})`, async ({ overlay, page }) => {
    await page.setViewportSize({ width, height: 900 });
    await overlay.open("&answers=nny"); // GELU's tanh form recommended: its badge is shown too
    if (column) {
      await page.evaluate((w) => {
        const main = document.querySelector("main") as HTMLElement;
        main.style.maxWidth = `${w}px`;
        main.style.margin = "0";
      }, column);
    }
    await expect(overlay.row("gelu_tanh")).toContainText("GELU (tanh approximation)");
    for (const r of await rowBoxes(page)) {
      // The name starts right of the swatch, and the swatch sits beside the name's lines.
      expect(r.n[0], `${r.id}: name left of its swatch's right edge`).toBeGreaterThanOrEqual(r.s[1]);
      const mid = (r.s[2] + r.s[3]) / 2;
      expect(mid, `${r.id}: swatch beside the name`).toBeGreaterThanOrEqual(r.n[2]);
      expect(mid, `${r.id}: swatch beside the name`).toBeLessThanOrEqual(r.n[3]);
    }
    // The chart keeps the width: in a narrow column the chooser goes below it.
    const section = (await page.locator("section[data-view=overlay]").boundingBox())!;
    const chart = (await overlay.canvas().boundingBox())!;
    if (width < 800 || column) expect(chart.width).toBeGreaterThan(0.9 * section.width);
    // Nothing sticks out of the page sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
