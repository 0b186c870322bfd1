import { defineConfig } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Chromium's flags, one list for this suite and the benchmark. */
const CHROMIUM_FLAGS: string[] = JSON.parse(readFileSync(join(__dirname, "..", "..", "scripts", "chromium-flags.json"), "utf8"));

const PORT = Number(process.env.AE_E2E_PORT ?? 4173);
/** The built app to serve (default: the release build in dist/). */
const DIST = process.env.AE_DIST ?? "../../dist";
/** The docs sites built by scripts/build-docs-sites.sh, served at /sites/. */
const SITES = process.env.AE_DOCS_SITES ?? "../../.cache/docs-sites";
/** The port of the server that sends the strict CSP header. */
const CSP_PORT = Number(process.env.AE_E2E_CSP_PORT ?? PORT + 1);

export default defineConfig({
  testDir: "./specs",
  outputDir: "./test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0, // a flaky test is a bug
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      // Shared with the benchmark (scripts/bench/lib.mjs): no sandbox (containers), no
      // background traffic.
      args: CHROMIUM_FLAGS,
    },
  },
  webServer: [
    {
      command: `node ../../scripts/static-server.mjs ${DIST} ${PORT} ../../examples ${SITES}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    // The same files with the strict Content-Security-Policy header (hardening-csp.spec.ts;
    // its port: fixtures/hardening.ts CSP_PORT).
    {
      command: `node ../../scripts/static-server.mjs ${DIST} ${CSP_PORT} ../../examples ${SITES}`,
      env: { AE_CSP: "1" },
      url: `http://127.0.0.1:${CSP_PORT}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
