// Size section: runs scripts/size-report.mjs on the dist, prints its table and the budget line.
// Usage: node scripts/bench/size.mjs <dist>
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { ROOT, writeResult } from "./lib.mjs";

const dist = process.argv[2] ?? "dist";
const out = execFileSync(process.execPath, [join(ROOT, "scripts", "size-report.mjs"), dist], { encoding: "utf8" });
process.stdout.write(out);
const total = out.split("\n").find((l) => l.startsWith("TOTAL ") && !l.includes(":"));
if (!total) throw new Error("size-report.mjs printed no TOTAL line");
const [, raw, gzip, brotli] = total.trim().split(/\s+/).map(Number);
const wasm = out.split("\n").find((l) => /\.wasm\s/.test(l));
const wasmGzip = wasm ? Number(wasm.trim().split(/\s+/)[2]) : NaN;
const KB = 1024;
const pass = gzip <= 180 * KB;
console.log(`budget: total gzip-9 ≤ 180 KiB (184,320 B): ${(gzip / KB).toFixed(1)} KiB → ${pass ? "PASS" : "MISS"}`);
writeResult("size", [
  { metric: "dist total, gzip -9", value: gzip / KB, unit: "KiB", budget: "≤ 180 KiB", pass },
  { metric: "  of which wasm, gzip -9", value: wasmGzip / KB, unit: "KiB", budget: "", pass: null },
  { metric: "dist total, brotli", value: brotli / KB, unit: "KiB", budget: "", pass: null },
  { metric: "dist total, raw", value: raw / KB, unit: "KiB", budget: "", pass: null },
]);
