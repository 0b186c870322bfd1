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
 * at /examples/) with the environment `env` added (AE_GZIP=1: gzip); resolves when it listens. */
export async function startServer(dist, port, extra, env = {}) {
  const args = [join(ROOT, "scripts", "static-server.mjs"), dist, String(port), ...(extra ? [extra] : [])];
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, ...env },
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

/** The desktop the benchmark measures on by default. */
export const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

/** "A phone": Lighthouse's default mobile profile, mobileSlow4G with DevTools throttling
 * (GoogleChrome/lighthouse core/config/constants.js: 150 ms RTT and 1.6 Mbps down / 750 kbps
 * up, applied through DevTools as a request latency of 150 × 3.75 = 562.5 ms and 0.9 × the
 * throughputs; CPU slowed down 4×) on its emulated Moto G Power screen (412×823, DPR 1.75). */
export const PHONE = {
  context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  cpuRate: 4,
  network: { offline: false, latency: 150 * 3.75, downloadThroughput: (1.6 * 1024 * 0.9 * 1024) / 8, uploadThroughput: (750 * 0.9 * 1024) / 8 },
};

/** Slows the page of `cdp` down like PHONE: its CPU (main thread) and its network. */
export async function throttle(cdp, profile = PHONE) {
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpuRate });
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", profile.network);
}

/** A fresh context + page with the HTTP cache disabled (CDP), viewport 1280×800 (or the
 * context options `contextOptions`, e.g. PHONE.context). */
export async function freshPage(browser, initScript, contextOptions = DESKTOP) {
  const context = await browser.newContext(contextOptions);
  if (initScript) await context.addInitScript(initScript);
  const { page, cdp, errors } = await pageIn(context, { cacheDisabled: true });
  return { context, page, cdp, errors };
}

/** A new page in `context` (its init scripts apply), with its CDP session and the console and
 * page errors it reports; the HTTP cache disabled if asked. */
export async function pageIn(context, { cacheDisabled = false } = {}) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  if (cacheDisabled) await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  return { page, cdp, errors };
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
