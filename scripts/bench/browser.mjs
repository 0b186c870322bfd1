// The in-browser half of the benchmark (scripts/bench.sh): start-up, view switches (the app's side
// of the seed comparison), interaction redraws and memory, in headless Chromium via playwright-core.
// Usage: node scripts/bench/browser.mjs <dist> <port> [sections, default startup,switch,interaction,memory]
// Prints a table per section and writes bench-out/results/<section>.json for the summary.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startServer, launch, freshPage, median, max, quantile, fmt, writeResult, OUT } from "./lib.mjs";

const dist = process.argv[2] ?? "dist";
const port = Number(process.argv[3] ?? 4190);
const sections = (process.argv[4] ?? "startup,switch,interaction,memory").split(",");
const BASE = `http://127.0.0.1:${port}/`;
const COLD_LOADS = Number(process.env.AE_BENCH_LOADS ?? 10);
const CHANGES = Number(process.env.AE_BENCH_CHANGES ?? 200);
const WARMUP = 20;

// Runs before the app: keeps the wasm instance's memory reachable (window.__aeMem) however the
// loader instantiates it (trunk's inline loader, an external loader file, or the embed script).
const INIT = () => {
  const keep = (r) => {
    const inst = r && (r.instance ?? r);
    const mem = inst && inst.exports && inst.exports.memory;
    if (mem instanceof WebAssembly.Memory) window.__aeMem = mem;
    if (!performance.getEntriesByName("bench:wasm-instantiated").length) performance.mark("bench:wasm-instantiated");
    return r;
  };
  const is = WebAssembly.instantiateStreaming;
  if (is) WebAssembly.instantiateStreaming = (...a) => is.apply(WebAssembly, a).then(keep);
  const i = WebAssembly.instantiate;
  WebAssembly.instantiate = (...a) => i.apply(WebAssembly, a).then(keep);
  addEventListener("TrunkApplicationStarted", (e) => {
    const m = e.detail && e.detail.wasm && e.detail.wasm.memory;
    if (m instanceof WebAssembly.Memory) window.__aeMem = m;
  });
};

const waitReady = (page) =>
  page.waitForFunction(() => performance.getEntriesByName("ae:ready").length > 0, null, { timeout: 30_000 });

function table(head, rows) {
  const all = [head, ...rows].map((r) => r.map(String));
  const w = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  for (const r of all) console.log(r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join("  "));
}

// In the page: waits until the draws a change caused are done. `expect` draws at least (or, when 0,
// until no new ae:draw arrives for two animation frames); returns draw sum and wall time from t0.
const PAGE_HELPERS = `
window.__aeSettle = async (t0, expect) => {
  const n = () => performance.getEntriesByName("ae:draw").length;
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const deadline = performance.now() + 5000;
  while (n() < expect && performance.now() < deadline) await new Promise((r) => setTimeout(r, 0));
  // Late draws (ResizeObserver, a second effect) land within a frame or two.
  let last = n();
  for (let k = 0; k < 2; k++) { await frame(); if (n() !== last) { last = n(); k = -1; } if (performance.now() > deadline) break; }
  const m = performance.getEntriesByName("ae:draw");
  const end = m.reduce((e, x) => Math.max(e, x.startTime + x.duration), t0);
  return { draws: m.length, drawMs: m.reduce((s, x) => s + x.duration, 0), wallMs: end - t0,
           firstDrawMs: m.length ? m[0].startTime - t0 : NaN, timedOut: n() < expect };
};`;

// The floor of start-up: pages served next to the app (at /examples/) that cost what the app's
// page costs before any view is built. "page": the app's <head> (both stylesheets, one module
// script) and a script that only marks ae:ready. "wasm": the same, but the script loads and
// starts the app's wasm (fetch, compile, instantiate, main without a mount), then marks.
const FLOOR = join(OUT, "floor");
mkdirSync(FLOOR, { recursive: true });
const head = (script) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" /><title>floor</title><link rel="icon" href="data:," />
<link rel="stylesheet" href="/page.css"/>
<script type="module" src="${script}"></script></head><body></body></html>`;
writeFileSync(join(FLOOR, "page.html"), head("page.js"));
writeFileSync(join(FLOOR, "page.js"), `performance.mark("ae:ready");\n`);
writeFileSync(join(FLOOR, "wasm.html"), head("wasm.js"));
writeFileSync(join(FLOOR, "wasm.js"), `import init from "/ae-core.js";
await init({ module_or_path: new URL("/ae-core_bg.wasm", location.href) });
performance.mark("ae:ready");\n`);

// The stack floor (scripts/bench/stack-floor, built by bench.sh into bench-out/stack-floor): the
// smallest Leptos + plotters-canvas app drawing one chart, served at /examples/stack/.
const STACK = join(OUT, "stack-floor");
const hasStack = existsSync(join(STACK, "index.html"));
rmSync(join(FLOOR, "stack"), { recursive: true, force: true });
if (hasStack) cpSync(STACK, join(FLOOR, "stack"), { recursive: true });

const srv = await startServer(dist, port, FLOOR);
const browser = await launch();
const errorsSeen = [];
try {
  if (sections.includes("startup")) await startup();
  if (sections.includes("switch")) await viewSwitch();
  if (sections.includes("interaction")) await interaction();
  if (sections.includes("memory")) await memory();
} finally {
  await browser.close();
  srv.kill();
}
if (errorsSeen.length) {
  console.log(`\nconsole/page errors during the benchmark (${errorsSeen.length}):`);
  for (const e of errorsSeen.slice(0, 10)) console.log(`  ${e}`);
}

// 2. Cold loads: a fresh context per load, cache disabled; navigation start → ae:ready.
async function startup() {
  console.log(`\n## Start-up: navigation start → ae:ready, ${COLD_LOADS} cold loads each (fresh context, cache off)`);
  const rows = [];
  const res = {};
  const pages = { gallery: "?view=gallery", overlay: "?view=overlay", groups: "?view=groups",
    "floor: page only": "examples/page.html", "floor: + wasm": "examples/wasm.html",
    ...(hasStack ? { "floor: stack, 1 chart": "examples/stack/index.html" } : {}) };
  for (const [view, url] of Object.entries(pages)) {
    const t = [];
    const phases = [];
    for (let i = 0; i < COLD_LOADS; i++) {
      const { context, page, errors } = await freshPage(browser, INIT);
      await page.goto(BASE + url);
      await waitReady(page);
      const p = await page.evaluate(() => {
        const nav = performance.getEntriesByType("navigation")[0];
        const wasm = performance.getEntriesByType("resource").find((r) => r.name.endsWith(".wasm"));
        return {
          ready: performance.getEntriesByName("ae:ready")[0].startTime,
          domContentLoaded: nav.domContentLoadedEventEnd,
          wasmFetched: wasm ? wasm.responseEnd : NaN,
          wasmInstantiated: (performance.getEntriesByName("bench:wasm-instantiated")[0] || { startTime: NaN }).startTime,
          canvases: document.querySelectorAll("canvas").length,
        };
      });
      t.push(p.ready);
      phases.push(p);
      errorsSeen.push(...errors);
      await context.close();
    }
    res[view] = { samples: t, phases };
    rows.push([view, phases[0].canvases, fmt(median(t)), fmt(max(t)), fmt(Math.min(...t)),
      fmt(median(phases.map((p) => p.domContentLoaded))), fmt(median(phases.map((p) => p.wasmFetched))),
      fmt(median(phases.map((p) => p.wasmInstantiated)))]);
  }
  table(["view", "charts", "median ms", "max ms", "min ms", "DOMContentLoaded (med)", "wasm fetched (med)", "wasm instantiated (med)"], rows);
  console.log("(all times from navigation start; 'instantiated' = WebAssembly.instantiate(Streaming) resolved, before the app starts;\n" +
    " ae:ready = every chart in view drawn; the floors: the app's page with no app (marks at once), and with the wasm\n" +
    " loaded and started but no view built" +
    (hasStack ? "; the stack: a minimal Leptos + plotters-canvas app, same release build, one chart)" : ")"));
  writeResult("startup", [
    { metric: "start-up gallery (median of 10 cold loads)", value: median(res.gallery.samples), unit: "ms", budget: "≤ 100 ms", pass: median(res.gallery.samples) <= 100 },
    { metric: "start-up gallery (max)", value: max(res.gallery.samples), unit: "ms", budget: "", pass: null },
    { metric: "start-up overlay (median of 10 cold loads)", value: median(res.overlay.samples), unit: "ms", budget: "≤ 100 ms", pass: median(res.overlay.samples) <= 100 },
    { metric: "start-up overlay (max)", value: max(res.overlay.samples), unit: "ms", budget: "", pass: null },
    { metric: "  floor: the page with no app (median)", value: median(res["floor: page only"].samples), unit: "ms", budget: "", pass: null },
    { metric: "  floor: the page with the wasm started, no view (median)", value: median(res["floor: + wasm"].samples), unit: "ms", budget: "", pass: null },
    ...(hasStack
      ? [{ metric: "  floor: a minimal Leptos + plotters-canvas app, one chart (median)", value: median(res["floor: stack, 1 chart"].samples), unit: "ms", budget: "", pass: null }]
      : []),
  ], { detail: res });
}

// 3 (app side). View switches from the table view (no charts) to each of the seed's three figures:
// click on the tab → the last ae:draw of the new view. The first switch of a fresh page is "cold".
async function viewSwitch() {
  const ROUNDS = 10;
  console.log(`\n## The seed's three figures in the app: tab click → all charts drawn (${ROUNDS} rounds, after one cold round)`);
  const { context, page, errors } = await freshPage(browser, INIT);
  await page.goto(`${BASE}?view=table`);
  await waitReady(page);
  await page.evaluate(PAGE_HELPERS);
  const res = await page.evaluate(async ({ rounds }) => {
    performance.mark("ae:bench");
    const out = { gallery: [], groups: [], overlay: [] };
    const cold = {};
    for (let r = 0; r <= rounds; r++) {
      for (const v of ["gallery", "groups", "overlay"]) {
        performance.clearMeasures("ae:draw");
        performance.clearMarks("ae:draw-start");
        const t0 = performance.now();
        document.querySelector(`a[data-view=${v}]`).click();
        const canvases = document.querySelectorAll("canvas").length;
        const s = await window.__aeSettle(t0, 0);
        s.canvases = document.querySelectorAll("canvas").length || canvases;
        if (r === 0) cold[v] = s; else out[v].push(s);
        document.querySelector("a[data-view=table]").click();
        await new Promise((ok) => requestAnimationFrame(() => ok()));
      }
    }
    performance.clearMarks("ae:bench");
    return { out, cold };
  }, { rounds: ROUNDS });
  errorsSeen.push(...errors);
  await context.close();
  const rows = [];
  let sumWall = 0;
  let sumDraw = 0;
  for (const v of ["gallery", "groups", "overlay"]) {
    const s = res.out[v];
    const wall = median(s.map((x) => x.wallMs));
    const draw = median(s.map((x) => x.drawMs));
    sumWall += wall;
    sumDraw += draw;
    rows.push([v, s[0].canvases, s[0].draws, fmt(res.cold[v].wallMs), fmt(wall), fmt(max(s.map((x) => x.wallMs))), fmt(draw), fmt(median(s.map((x) => x.firstDrawMs)))]);
  }
  rows.push(["all three", "", "", fmt(["gallery", "groups", "overlay"].reduce((a, v) => a + res.cold[v].wallMs, 0)), fmt(sumWall), "", fmt(sumDraw), ""]);
  table(["view", "charts", "draws", "cold ms", "median ms", "max ms", "draw-only med ms", "click→1st draw med"], rows);
  const coldSum = ["gallery", "groups", "overlay"].reduce((a, v) => a + res.cold[v].wallMs, 0);
  writeResult("switch", [], { medianWallSum: sumWall, medianDrawSum: sumDraw, coldWallSum: coldSum, detail: res });
}

// 4. Interaction: parameter changes; per change the sum of its ae:draw durations and the wall time
// from dispatching the event to the end of its last draw.
async function interaction() {
  console.log(`\n## Interaction: ${CHANGES} programmatic changes each (after ${WARMUP} warm-up changes)`);
  const cases = [
    {
      name: "detail leaky_relu slider",
      url: "?view=detail&fn=leaky_relu",
      budget: 4,
      // Sets the negative_slope slider to a new value and dispatches `input`.
      act: `(i) => { const s = document.querySelector('[data-testid=slider-negative_slope]');
        const lo = Number(s.min), hi = Number(s.max), st = Number(s.step) || (hi - lo) / 100;
        const steps = Math.max(2, Math.round((hi - lo) / st));
        let v = lo + ((i * 37) % steps + 1) * st; if (v > hi) v = lo + st;
        if (String(v) === s.value) v = lo;
        s.value = String(v); s.dispatchEvent(new Event('input', { bubbles: true })); }`,
    },
    {
      // Every change redraws all sixteen cards (f and f' on, then off, ...).
      name: "gallery derivative toggle, all 16 cards",
      url: "?view=gallery&deriv=1",
      budget: 16,
      act: `(i) => document.querySelector('[data-testid=deriv-toggle]').click()`,
    },
    {
      // Only the GELU card reads `approximate`: one chart redraws.
      name: "gallery (deriv on) GELU erf/tanh, one card",
      url: "?view=gallery&deriv=1",
      budget: null,
      act: `(i) => document.querySelector(i % 2 ? '[data-testid=gelu-erf]' : '[data-testid=gelu-tanh]').click()`,
    },
  ];
  const rows = [];
  const results = [];
  for (const c of cases) {
    const { context, page, errors } = await freshPage(browser, INIT);
    await page.goto(BASE + c.url);
    await waitReady(page);
    await page.evaluate(PAGE_HELPERS);
    const r = await page.evaluate(async ({ act, n, warm }) => {
      const f = eval(act);
      performance.mark("ae:bench");
      const samples = [];
      let expect = 0;
      for (let i = 0; i < n + warm; i++) {
        performance.clearMeasures("ae:draw");
        performance.clearMarks("ae:draw-start");
        const t0 = performance.now();
        f(i);
        const s = await window.__aeSettle(t0, expect);
        if (i === 0) expect = s.draws; // later changes wait for at least as many draws
        if (i >= warm) samples.push(s);
      }
      performance.clearMarks("ae:bench");
      return { samples, canvases: document.querySelectorAll("canvas").length };
    }, { act: c.act, n: CHANGES, warm: WARMUP });
    errorsSeen.push(...errors);
    await context.close();
    const d = r.samples.map((s) => s.drawMs);
    const w = r.samples.map((s) => s.wallMs);
    const draws = r.samples.map((s) => s.draws);
    const res = {
      name: c.name, canvases: r.canvases, drawsPerChange: median(draws), drawsMin: Math.min(...draws), drawsMax: max(draws),
      drawP50: quantile(d, 0.5), drawP95: quantile(d, 0.95), wallP50: quantile(w, 0.5), wallP95: quantile(w, 0.95),
      drawMax: max(d), wallMax: max(w), timedOut: r.samples.filter((s) => s.timedOut).length, budget: c.budget,
    };
    results.push(res);
    rows.push([c.name, r.canvases, `${res.drawsMin}-${res.drawsMax}`, fmt(res.drawP50, 2), fmt(res.drawP95, 2), fmt(res.drawMax, 2), fmt(res.wallP50, 2), fmt(res.wallP95, 2), fmt(res.wallMax, 2)]);
  }
  table(["change", "charts", "draws/change", "draw p50 ms", "draw p95", "draw max", "wall p50 ms", "wall p95", "wall max"], rows);
  const summary = [];
  for (const res of results.filter((x) => x.budget !== null)) {
    summary.push({ metric: `redraw p95, ${res.name} (sum of ae:draw per change)`, value: res.drawP95, unit: "ms", budget: `≤ ${res.budget} ms`, pass: res.drawP95 <= res.budget });
    summary.push({ metric: `redraw p95, ${res.name} (wall: dispatch → last draw)`, value: res.wallP95, unit: "ms", budget: `≤ ${res.budget} ms`, pass: res.wallP95 <= res.budget });
  }
  writeResult("interaction", summary, { detail: results });
}

// 6. Memory: JS heap (after a forced GC) and wasm memory, after start-up and after 1,000
// redraw-causing changes and 100 view switches.
async function memory() {
  console.log("\n## Memory: after start-up vs after 1,000 redraw-causing changes and 100 view switches");
  const { context, page, cdp, errors } = await freshPage(browser, INIT);
  await cdp.send("HeapProfiler.enable");
  const measure = async () => {
    for (let i = 0; i < 3; i++) await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    const dom = await cdp.send("Memory.getDOMCounters");
    const inPage = await page.evaluate(() => ({
      wasm: window.__aeMem ? window.__aeMem.buffer.byteLength : null,
      perfHeap: performance.memory ? performance.memory.usedJSHeapSize : null,
      canvases: document.querySelectorAll("canvas").length,
      entries: performance.getEntries().length,
    }));
    return { jsHeap: heap.usedSize, ...dom, ...inPage };
  };
  await page.goto(`${BASE}?view=detail&fn=leaky_relu`);
  await waitReady(page);
  // Start-up state: the detail view, then one visit of each view so every code path ran once.
  const VIEWS = ["guide", "gallery", "groups", "overlay", "table", "detail"];
  const visit = (v) => page.evaluate(async (v) => {
    document.querySelector(`a[data-view=${v}]`).click();
    for (let k = 0; k < 2; k++) await new Promise((r) => requestAnimationFrame(() => r()));
  }, v);
  const before = await measure();
  // 1,000 redraws: 500 slider changes of the detail chart, 500 derivative toggles on the gallery (16 charts each).
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const s = document.querySelector("[data-testid=slider-negative_slope]");
    for (let i = 0; i < 500; i++) {
      s.value = String(((i * 37) % 100) / 1000 + 0.001);
      s.dispatchEvent(new Event("input", { bubbles: true }));
      await frame();
    }
  });
  await visit("gallery");
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    // 500 toggles of the derivatives: 500 redraws of all sixteen cards.
    for (let i = 0; i < 500; i++) {
      document.querySelector("[data-testid=deriv-toggle]").click();
      await frame();
    }
  });
  for (let i = 0; i < 100; i++) await visit(VIEWS[i % VIEWS.length]);
  await visit("detail");
  const after = await measure();
  errorsSeen.push(...errors);
  await context.close();
  const MB = 1024 * 1024;
  const rows = [
    ["JS heap (used, after GC)", fmt(before.jsHeap / MB, 2), fmt(after.jsHeap / MB, 2), fmt((after.jsHeap - before.jsHeap) / MB, 2)],
    ["wasm memory", before.wasm === null ? "n/a" : fmt(before.wasm / MB, 2), after.wasm === null ? "n/a" : fmt(after.wasm / MB, 2), before.wasm === null ? "n/a" : fmt((after.wasm - before.wasm) / MB, 2)],
    ["DOM nodes", before.nodes, after.nodes, after.nodes - before.nodes],
    ["JS event listeners", before.jsEventListeners, after.jsEventListeners, after.jsEventListeners - before.jsEventListeners],
    ["documents", before.documents, after.documents, after.documents - before.documents],
    ["canvases in DOM", before.canvases, after.canvases, after.canvases - before.canvases],
    ["performance entries", before.entries, after.entries, after.entries - before.entries],
  ];
  table(["measure", "start-up", "after", "growth"], rows);
  console.log("(start-up = ?view=detail&fn=leaky_relu ready; 'after' = back on the same view after 500 slider changes,\n 500 gallery derivative toggles (16 charts each) and 100 switches through all six views)");
  const growth = (after.jsHeap - before.jsHeap) + (after.wasm !== null && before.wasm !== null ? after.wasm - before.wasm : 0);
  writeResult("memory", [
    { metric: "memory growth, JS heap + wasm memory", value: growth / MB, unit: "MB", budget: "≤ 5 MB", pass: growth / MB <= 5 },
    { metric: "  of which JS heap", value: (after.jsHeap - before.jsHeap) / MB, unit: "MB", budget: "", pass: null },
    { metric: "  of which wasm memory" + (after.wasm === null ? " (not reachable)" : ""), value: after.wasm === null ? NaN : (after.wasm - before.wasm) / MB, unit: "MB", budget: "", pass: null },
    { metric: "wasm memory after start-up", value: before.wasm / MB, unit: "MB", budget: "", pass: null },
    { metric: "JS heap after start-up", value: before.jsHeap / MB, unit: "MB", budget: "", pass: null },
  ], { before, after });
}
