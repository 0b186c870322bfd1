import { test, expect } from "../fixtures/app_page";
import { WidgetHost } from "../fixtures/widget_host";

// 100 insert/remove cycles of <activation-explorer> leave nothing behind: the loader holds no
// widget, the page no canvas, and the JS heap (after a forced GC) and the wasm memory do not
// grow beyond noise. Measured with the DevTools protocol (HeapProfiler.collectGarbage +
// Runtime.getHeapUsage), the JS heap numbers are printed.

const VIEWS = [
  [["view", "overlay"], ["fn", "relu,gelu,silu"], ["deriv", "1"]],
  [["view", "detail"], ["fn", "leaky_relu"]],
  [["view", "guide"]],
  [["view", "groups"]],
] as [string, string][][];
const CYCLES = 100;

test(`${CYCLES} insert/remove cycles leak no widget, canvas or memory`, async ({ app, page }) => {
  test.setTimeout(180_000);
  const host = new WidgetHost(page);
  await host.open();
  const cdp = await page.context().newCDPSession(page);
  const measure = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number; totalSize: number };
    const wasm = (await page.evaluate(`import("/sub/path/activation-explorer.js").then((m) => m.wasmMemoryBytes())`)) as number;
    return { js: heap.usedSize, wasm };
  };
  const cycle = async (i: number) => {
    const id = `w${i}`;
    await host.insert(id, VIEWS[i % VIEWS.length]);
    await host.waitDrawn(id);
    await host.remove(id);
    await host.expectLive(0);
  };
  // Warm-up: the canvas pool fills, code paths compile, the wasm heap reaches its working size.
  for (let i = 0; i < 20; i++) await cycle(i);
  const before = await measure();
  for (let i = 0; i < CYCLES; i++) await cycle(i);
  const after = await measure();
  const grew = { js: after.js - before.js, wasm: after.wasm - before.wasm };
  console.log(
    `leak check, ${CYCLES} cycles: JS heap ${(before.js / 1e6).toFixed(2)} → ${(after.js / 1e6).toFixed(2)} MB ` +
      `(${grew.js >= 0 ? "+" : ""}${(grew.js / 1e3).toFixed(0)} KB), wasm memory ${(before.wasm / 1e6).toFixed(2)} → ${(after.wasm / 1e6).toFixed(2)} MB`,
  );
  await host.expectLive(0);
  expect(await page.evaluate(() => document.querySelectorAll("activation-explorer, canvas").length)).toBe(0);
  // A leaked widget (its view, closures, observers, four canvases' elements) costs ~50-100 KB
  // of JS heap: 100 of them would be megabytes.
  expect(grew.js, "JS heap growth (bytes)").toBeLessThan(1_000_000);
  expect(grew.wasm, "wasm memory growth (bytes)").toBeLessThanOrEqual(128 * 1024);
});
