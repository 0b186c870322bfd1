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
const wasm = out.split("\n").find((l) => /\.wasm\s/.test(l));
const wasmGzip = wasm ? Number(wasm.trim().split(/\s+/)[2]) : NaN;
const pass = gzip <= 180 * KB;
console.log(`budget: total gzip-9 ≤ 180 KiB (184,320 B): ${(gzip / KB).toFixed(1)} KiB → ${pass ? "PASS" : "MISS"}`);
let floorRows = [];
if (process.argv[3]) {
  const floor = report(process.argv[3]);
  console.log(`floor: the stack alone (scripts/bench/stack-floor: Leptos + plotters-canvas, one chart, same release build): ${(floor.gzip / KB).toFixed(1)} KiB gzip -9 (${(floor.raw / KB).toFixed(1)} KiB raw)`);
  floorRows = [{ metric: "  floor: a minimal Leptos + plotters-canvas app, gzip -9", value: floor.gzip / KB, unit: "KiB", budget: "", pass: null }];
}
writeResult("size", [
  { metric: "dist total, gzip -9", value: gzip / KB, unit: "KiB", budget: "≤ 180 KiB", pass },
  { metric: "  of which wasm, gzip -9", value: wasmGzip / KB, unit: "KiB", budget: "", pass: null },
  { metric: "dist total, brotli", value: brotli / KB, unit: "KiB", budget: "", pass: null },
  { metric: "dist total, raw", value: raw / KB, unit: "KiB", budget: "", pass: null },
  ...floorRows,
]);
