// Shared helpers of the benchmark drivers: the static server, Chromium, statistics, results.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const OUT = resolve(process.env.AE_BENCH_OUT ?? join(ROOT, "bench-out"));

/** Chromium flags: the end-to-end suite's (scripts/chromium-flags.json: no sandbox for
 * containers, no background traffic), plus headless, no extensions or default apps, muted, and
 * `gc()` exposed for the memory section. */
export const CHROMIUM_ARGS = [
  "--headless",
  ...JSON.parse(readFileSync(join(ROOT, "scripts", "chromium-flags.json"), "utf8")),
  "--disable-extensions",
  "--disable-default-apps",
  "--mute-audio",
  "--js-flags=--expose-gc",
];

/** Starts scripts/static-server.mjs on 127.0.0.1:`port` serving `dist` (and `extra`, if given,
 * at /examples/); resolves when it listens. */
export async function startServer(dist, port, extra) {
  const args = [join(ROOT, "scripts", "static-server.mjs"), dist, String(port), ...(extra ? [extra] : [])];
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`static server did not start on port ${port}`)), 10_000);
    child.stdout.on("data", (d) => {
      if (String(d).includes("serving")) {
        clearTimeout(timer);
        ok();
      }
    });
    child.on("exit", (code) => fail(new Error(`static server exited (${code}): is port ${port} taken?`)));
  });
  return child;
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.AE_CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** A fresh context + page with the HTTP cache disabled (CDP), viewport 1280×800. */
export async function freshPage(browser, initScript) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  return { context, page, cdp, errors };
}

export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
export const median = (xs) => quantile(xs, 0.5);
export const max = (xs) => Math.max(...xs);
export const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : String(x));

/** Writes one section's summary rows ({metric, value, budget, pass}) to bench-out/results/<name>.json. */
export function writeResult(name, rows, extra = {}) {
  const dir = join(OUT, "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ name, rows, ...extra }, null, 2));
}
