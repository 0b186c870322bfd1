// Prints the final table of the benchmark from bench-out/results/*.json (and the seed/app ratio,
// computed here from the seed's and the app's results). Usage: node scripts/bench/summary.mjs
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { execSync } from "node:child_process";
import { OUT, fmt, writeResult } from "./lib.mjs";

const dir = join(OUT, "results");
const load = (n) => (existsSync(join(dir, `${n}.json`)) ? JSON.parse(readFileSync(join(dir, `${n}.json`), "utf8")) : null);

// The seed comparison needs both halves.
const seed = load("seed");
const sw = load("switch");
const st = load("startup");
if (seed && sw) {
  const rows = [];
  const ratio1 = seed.figuresMs / sw.medianWallSum;
  const ratio2 = seed.wallMs / sw.coldWallSum;
  rows.push({ metric: "seed: matplotlib, three figures (exec, imports excluded; median)", value: seed.figuresMs, unit: "ms", budget: "", pass: null });
  rows.push({ metric: "seed: whole script, python start → exit (median)", value: seed.wallMs, unit: "ms", budget: "", pass: null });
  rows.push({ metric: "app: tab click → all charts drawn, gallery+groups+overlay (median)", value: sw.medianWallSum, unit: "ms", budget: "", pass: null });
  rows.push({ metric: "app: first (cold) switch to each of the three, summed", value: sw.coldWallSum, unit: "ms", budget: "", pass: null });
  rows.push({ metric: "ratio seed figures / app switches (like for like)", value: ratio1, unit: "×", budget: "≥ 50×", pass: ratio1 >= 50 });
  rows.push({ metric: "ratio seed whole script / app first switches", value: ratio2, unit: "×", budget: "", pass: null });
  // Only the charts' drawing (the ae:draw measures), without building the views' HTML: what
  // matplotlib's figure code does, for reference; the budget is judged on the switches above.
  rows.push({ metric: "app: drawing alone, the three figures' charts (median)", value: sw.medianDrawSum, unit: "ms", budget: "", pass: null });
  rows.push({ metric: "ratio seed figures / app drawing alone", value: seed.figuresMs / sw.medianDrawSum, unit: "×", budget: "", pass: null });
  if (st && st.detail.groups) {
    const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
    const cold = med(st.detail.gallery.samples) + med(st.detail.groups.samples) + med(st.detail.overlay.samples);
    rows.push({ metric: "app: three cold page loads to ae:ready (charts in view), summed medians", value: cold, unit: "ms", budget: "", pass: null });
    rows.push({ metric: "ratio seed whole script / app three cold page loads", value: seed.wallMs / cold, unit: "×", budget: "", pass: null });
  }
  writeResult("seedratio", rows);
}

const order = ["size", "startup", "repeat", "phone", "seedratio", "interaction", "tasks", "math", "memory", "fuzz"];
const present = order.filter((n) => load(n));
const lines = [];
for (const n of present) for (const r of load(n).rows) lines.push(r);
const val = (r) => (typeof r.value === "string" ? r.value : `${fmt(r.value, r.unit === "×" ? 2 : r.value < 10 ? 2 : 1)} ${r.unit ?? ""}`.trim());
const w0 = Math.max(6, ...lines.map((r) => r.metric.length));
const w1 = Math.max(5, ...lines.map((r) => val(r).length));
const w2 = Math.max(6, ...lines.map((r) => (r.budget ?? "").length));
console.log(`\n${"=".repeat(w0 + w1 + w2 + 16)}`);
console.log(`${"metric".padEnd(w0)} | ${"value".padStart(w1)} | ${"budget".padEnd(w2)} | result`);
console.log(`${"-".repeat(w0)}-+-${"-".repeat(w1)}-+-${"-".repeat(w2)}-+-------`);
for (const r of lines) {
  const res = r.pass === null || r.pass === undefined ? "" : r.pass ? "PASS" : "MISS";
  console.log(`${r.metric.padEnd(w0)} | ${val(r).padStart(w1)} | ${(r.budget ?? "").padEnd(w2)} | ${res}`);
}
const missing = order.filter((n) => !load(n) && n !== "seedratio");
if (missing.length) console.log(`(sections not run or failed: ${missing.join(", ")})`);
const sh = (c) => { try { return execSync(c, { encoding: "utf8" }).trim(); } catch { return "?"; } };
console.log(`\nmachine: ${sh("nproc")} cores, ${sh("lscpu | sed -n 's/^Model name: *//p'")}, ` +
  `${sh("free -g | awk '/^Mem:/{print $2}'")} GiB RAM; load average at the end: ${sh("cut -d' ' -f1-3 /proc/loadavg")}`);
const meta = load("meta");
if (meta) console.log(`load average at the start: ${meta.loadStart}; commit ${meta.commit}; chromium ${meta.chromium}; node ${process.version}`);
console.log(`date: ${new Date().toISOString()}`);
