// Size section: runs scripts/size-report.mjs on the dist, prints its table and the budget line.
// Usage: node scripts/bench/size.mjs <dist> [stack-floor dist]
// The optional second build (scripts/bench/stack-floor) is the stack alone: its total is printed
// as a floor, what any app on Leptos + plotters-canvas ships before its own content.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { ROOT, writeResult } from "./lib.mjs";

/** size-report.mjs on `dir`: its printed table and its TOTAL row's raw, gzip and brotli bytes. */
function report(dir) {
  const out = execFileSync(process.execPath, [join(ROOT, "scripts", "size-report.mjs"), dir], { encoding: "utf8" });
  const total = out.split("\n").find((l) => l.startsWith("TOTAL ") && !l.includes(":"));
  if (!total) throw new Error(`size-report.mjs printed no TOTAL line for ${dir}`);
  const [, raw, gzip, brotli] = total.trim().split(/\s+/).map(Number);
  return { out, raw, gzip, brotli };
}

const KB = 1024;
const { out, raw, gzip, brotli } = report(process.argv[2] ?? "dist");
process.stdout.write(out);
const wasmRow = (name) => out.split("\n").find((l) => l.startsWith(name + " "));
const gz = (row) => (row ? Number(row.trim().split(/\s+/)[2]) : NaN);
const wasmGzip = gz(wasmRow("ae-core_bg.wasm"));
const viewsGzip = gz(wasmRow("ae-views_bg.wasm"));
const labGzip = gz(wasmRow("ae-lab_bg.wasm"));
// The whole dist has no budget since issue 18: the first view's bytes are budgeted instead
// (browser.mjs, start-up section); the views' wasm and the lab's worker load when opened.
console.log(`dist total gzip -9: ${(gzip / KB).toFixed(1)} KiB (reported; the first view is budgeted in the start-up section)`);
let floorRows = [];
if (process.argv[3]) {
  const floor = report(process.argv[3]);
  console.log(`floor: the stack alone (scripts/bench/stack-floor: Leptos + plotters-canvas, one chart, same release build): ${(floor.gzip / KB).toFixed(1)} KiB gzip -9 (${(floor.raw / KB).toFixed(1)} KiB raw)`);
  floorRows = [{ metric: "  floor: a minimal Leptos + plotters-canvas app, gzip -9", value: floor.gzip / KB, unit: "KiB", budget: "", pass: null }];
}
writeResult("size", [
  { metric: "dist total, gzip -9 (every view, the lab's worker, the service worker)", value: gzip / KB, unit: "KiB", budget: "", pass: null },
  { metric: "  of which the first view's wasm (ae-core), gzip -9", value: wasmGzip / KB, unit: "KiB", budget: "", pass: null },
  { metric: "  of which the other views' wasm (ae-views), gzip -9", value: viewsGzip / KB, unit: "KiB", budget: "", pass: null },
  { metric: "  of which the depth lab's worker (ae-lab), gzip -9", value: labGzip / KB, unit: "KiB", budget: "", pass: null },
  { metric: "dist total, brotli", value: brotli / KB, unit: "KiB", budget: "", pass: null },
  { metric: "dist total, raw", value: raw / KB, unit: "KiB", budget: "", pass: null },
  ...floorRows,
]);
