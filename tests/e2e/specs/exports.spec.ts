import { readFileSync } from "node:fs";
import type { Download, Locator, Page } from "@playwright/test";
import { test, expect } from "../fixtures/app_page";

// Every chart's exports: PNG at 2× the CSS size, SVG that parses (its curves unrounded, for
// papers), CSV that reads back to the same f64 values; files named after the view and the
// functions shown.

async function download(page: Page, figure: Locator, kind: "png" | "svg" | "csv"): Promise<{ d: Download; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent("download"), figure.locator(`[data-export="${kind}"]`).click()]);
  const path = await d.path();
  expect(await d.failure()).toBeNull();
  return { d, bytes: readFileSync(path!) };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test("PNG export is a PNG at twice the canvas' CSS size", async ({ app, page }) => {
  await app.open("?view=detail&fn=relu");
  const figure = page.locator(".ae-detail-chart figure");
  const css = (await figure.locator("canvas").boundingBox())!;
  const { d, bytes } = await download(page, figure, "png");
  expect(d.suggestedFilename()).toBe("detail-relu.png");
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  // IHDR: width and height, big-endian, at bytes 16..24.
  expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
  const w = bytes.readUInt32BE(16);
  const h = bytes.readUInt32BE(20);
  expect(w).toBe(2 * Math.round(css.width));
  expect(h).toBe(2 * Math.round(css.height));
  expect(bytes.length).toBeGreaterThan(5000); // something is drawn, not an empty image
});

test("SVG export parses and is an <svg> with the chart's text", async ({ app, page }) => {
  await app.open("?view=gallery");
  const figure = page.locator('article[data-activation="tanh"] figure');
  const { d, bytes } = await download(page, figure, "svg");
  expect(d.suggestedFilename()).toBe("gallery-tanh.svg");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const err = doc.getElementsByTagName("parsererror").length;
    const root = doc.documentElement;
    return {
      err,
      root: root.localName,
      ns: root.namespaceURI,
      width: root.getAttribute("width"),
      paths: doc.querySelectorAll("path, polyline, line").length,
      text: [...doc.querySelectorAll("text")].map((t) => t.textContent).join(" "),
    };
  }, bytes.toString("utf8"));
  expect(parsed.err).toBe(0);
  expect(parsed.root).toBe("svg");
  expect(parsed.ns).toBe("http://www.w3.org/2000/svg");
  expect(Number(parsed.width)).toBeGreaterThan(100);
  expect(parsed.paths).toBeGreaterThan(0);
  expect(parsed.text).toContain("Tanh");
});

/** Parses simple RFC 4180 CSV (quoted fields may hold commas and quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const fields: string[] = [];
    let i = 0;
    while (i <= line.length) {
      if (line[i] === '"') {
        let f = "";
        i++;
        while (i < line.length) {
          if (line[i] === '"' && line[i + 1] === '"') { f += '"'; i += 2; }
          else if (line[i] === '"') { i++; break; }
          else f += line[i++];
        }
        fields.push(f);
        i++; // the comma
      } else {
        const j = line.indexOf(",", i);
        const end = j < 0 ? line.length : j;
        fields.push(line.slice(i, end));
        i = end + 1;
      }
    }
    rows.push(fields);
  }
  return rows;
}

test("CSV export of the detail chart reads back to the same numbers", async ({ app, page }) => {
  await app.open("?view=detail&fn=relu&deriv=1&x=-2,3");
  const figure = page.locator(".ae-detail-chart figure");
  const { d, bytes } = await download(page, figure, "csv");
  expect(d.suggestedFilename()).toBe("detail-relu.csv");
  const rows = parseCsv(bytes.toString("utf8"));
  const [head, ...body] = rows;
  expect(head[0]).toBe("x");
  expect(head).toHaveLength(3);
  expect(head[1]).toMatch(/ReLU f\(x\)/);
  expect(head[2]).toMatch(/ReLU f'\(x\)/);
  expect(body.length).toBeGreaterThanOrEqual(1001);
  // Checked in plain JS, reported at once (one `expect` per value would take seconds).
  const bad: string[] = [];
  let prev = -Infinity;
  for (const [i, r] of body.entries()) {
    const [x, f, dd] = r.map(Number);
    if (r.length !== 3 || ![x, f, dd].every(Number.isFinite)) bad.push(`row ${i}: ${r}`);
    if (!(x > prev)) bad.push(`row ${i}: x ${x} not increasing`);
    prev = x;
    // The numbers are written so they read back to the same f64: relu is exact.
    if (f !== Math.max(x, 0) || dd !== (x > 0 ? 1 : 0)) bad.push(`row ${i}: ${r}`);
  }
  expect(bad).toEqual([]);
  let gridHits = 0;
  // The x column is the grid x0 + (x1 − x0)·i/1000 to the last bit (plus the kink at 0).
  const xs = new Set(body.map((r) => Number(r[0])));
  for (let i = 0; i < 1000; i++) if (xs.has(-2 + 5 * (i / 1000))) gridHits++;
  expect(gridHits).toBe(1000);
  expect(xs.has(3)).toBe(true);
  expect(xs.has(0)).toBe(true);
});

test("CSV export of the overlay names every curve and reads back", async ({ app, page }) => {
  await app.open("?view=overlay&fn=sigmoid,tanh,gelu");
  const figure = page.locator("section[data-view=overlay] figure");
  const { bytes } = await download(page, figure, "csv");
  const [head, ...body] = parseCsv(bytes.toString("utf8"));
  expect(head[0]).toBe("x");
  expect(head.slice(1).join("|")).toMatch(/^Sigmoid f\(x\)\|Tanh f\(x\)\|GE?LU f\(x\)$/i);
  const bad: string[] = [];
  let prev = -Infinity;
  for (const [i, r] of body.entries()) {
    const [x, s, t] = r.map(Number);
    if (!(x > prev)) bad.push(`row ${i}: x ${x} not increasing`);
    prev = x;
    // Full precision (a 6-digit rounding would miss these tolerances by orders of magnitude).
    if (!(Math.abs(s - 1 / (1 + Math.exp(-x))) <= 1e-15)) bad.push(`row ${i}: sigmoid ${r[1]}`);
    if (!(Math.abs(t - Math.tanh(x)) <= 1e-15)) bad.push(`row ${i}: tanh ${r[2]}`);
  }
  expect(bad).toEqual([]);
  expect(body.length).toBeGreaterThanOrEqual(1001);
  expect(prev).toBe(6);
});

test("files are named after the view and the functions shown", async ({ app, page }) => {
  await app.open("?view=overlay&fn=gelu,silu,mish&deriv=1");
  const overlay = page.locator("section[data-view=overlay] figure");
  for (const kind of ["svg", "csv", "png"] as const) {
    expect((await download(page, overlay, kind)).d.suggestedFilename()).toBe(`overlay-gelu-silu-mish.${kind}`);
  }
  await app.open("?view=overlay");
  expect((await download(page, overlay, "svg")).d.suggestedFilename()).toBe("overlay-all.svg");
  await app.open("?view=detail&fn=leaky_relu");
  const detail = page.locator(".ae-detail-chart figure");
  for (const kind of ["svg", "csv", "png"] as const) {
    expect((await download(page, detail, kind)).d.suggestedFilename()).toBe(`detail-leaky_relu.${kind}`);
  }
  await app.open("?view=groups");
  const panel = page.locator('article[data-category="smooth"] figure');
  expect((await download(page, panel, "csv")).d.suggestedFilename()).toBe("groups-smooth.csv");
});

test("the SVG export draws the curves as paths with unrounded coordinates and exact dashes", async ({ app, page }) => {
  await app.open("?view=overlay&fn=gelu,silu,mish&deriv=1");
  const figure = page.locator("section[data-view=overlay] figure");
  const { bytes } = await download(page, figure, "svg");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const paths = [...doc.querySelectorAll("path")].map((p) => ({
      d: p.getAttribute("d")!,
      dash: p.getAttribute("stroke-dasharray"),
      width: p.getAttribute("stroke-width"),
    }));
    return { err: doc.getElementsByTagName("parsererror").length, viewBox: doc.documentElement.getAttribute("viewBox"), paths };
  }, bytes.toString("utf8"));
  expect(parsed.err).toBe(0);
  expect(parsed.viewBox).toMatch(/^0 0 \d+ \d+$/);
  // Three functions and their derivatives: six curves, one path each.
  expect(parsed.paths).toHaveLength(6);
  for (const [i, p] of parsed.paths.entries()) {
    const nums = p.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const points = nums.length / 2;
    expect(points, `curve ${i}: points`).toBeGreaterThanOrEqual(30);
    // Points off the whole-pixel grid (plotters' backend put every one on it).
    let off = 0;
    for (let k = 0; k < nums.length; k += 2) if (!Number.isInteger(nums[k]) || !Number.isInteger(nums[k + 1])) off++;
    expect(off / points, `curve ${i}: unrounded`).toBeGreaterThan(0.9);
    // f: solid, dashed, dash-dot (the palette's patterns); every f′ dotted. Exact widths.
    expect(p.width).toBe(i % 2 === 0 ? "1.8" : "1.44");
  }
  expect(parsed.paths.map((p) => p.dash)).toEqual([null, "1.58 2.3", "6.66 3.42", "1.58 2.3", "6.66 2.88 1.98 2.88", "1.58 2.3"]);
});
