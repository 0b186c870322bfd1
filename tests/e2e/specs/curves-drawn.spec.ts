import { test, expect } from "../fixtures/app_page";

// The curves reach the canvas in their own colours, solid and dashed alike: the canvas surface
// batches lines into Path2D strokes, and a batch left unstroked would leave only the axes
// (which the "non-uniform pixels" checks elsewhere would still accept).
test("every curve of the overlay is on the canvas, in its legend colour", async ({ app, page }) => {
  // Four chosen: the palette's colours, solid, dashed, dash-dot and dash-dot-dot.
  await app.open("?view=overlay&fn=sigmoid,hardtanh,softsign,relu");
  await app.waitChartsDrawn();
  const counts = await page.evaluate(() => {
    const c = document.querySelector("canvas") as HTMLCanvasElement;
    const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    // Each pixel goes to the nearest colour of a palette: the background, the greys of text,
    // axes and grid, and the chosen curves' colours (anti-aliased edges included).
    const curves: [string, number[]][] = [];
    for (const li of document.querySelectorAll<HTMLElement>(".ae-chooser li")) {
      if (!li.querySelector<HTMLInputElement>("input")!.checked) continue;
      const rgb = getComputedStyle(li.querySelector(".ae-swatch")!).backgroundColor.match(/\d+/g)!.map(Number);
      curves.push([li.dataset.activation!, rgb]);
    }
    const bg = [d[4 * (c.width + 1)], d[4 * (c.width + 1) + 1], d[4 * (c.width + 1) + 2]];
    const palette: [string, number[]][] = [["bg", bg], ["black", [0, 0, 0]], ["grey", [128, 128, 128]], ["grid", [225, 225, 225]], ...curves];
    const out: Record<string, number> = Object.fromEntries(curves.map(([id]) => [id, 0]));
    for (let i = 0; i < d.length; i += 4) {
      let best = "";
      let bestD = Infinity;
      for (const [id, m] of palette) {
        const dist = Math.abs(d[i] - m[0]) + Math.abs(d[i + 1] - m[1]) + Math.abs(d[i + 2] - m[2]);
        if (dist < bestD) [best, bestD] = [id, dist];
      }
      if (best in out) out[best]++;
    }
    return { out, width: c.width };
  });
  expect(Object.keys(counts.out).sort()).toEqual(["hardtanh", "relu", "sigmoid", "softsign"]);
  // A curve across the plot covers at least a third of the canvas width in pixels of its colour
  // (dashes included); missing strokes leave a few legend-sample pixels at most.
  for (const [id, n] of Object.entries(counts.out)) {
    expect(n, `${id}: pixels in its colour`).toBeGreaterThan(counts.width / 3);
  }
});
