import { test, expect } from "@playwright/test";
import type { BrowserContext, Page } from "@playwright/test";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  cacheNames,
  controlled,
  fetchedHashes,
  makeBuild,
  runningBuild,
  serveAtSwitch,
  stampedBuild,
  waitWorkerActive,
  workerStates,
} from "../fixtures/offline";

// The service worker's update policy, with two builds served at the same URLs (/switch/ on the
// test server, scripts/static-server.mjs AE_SWITCH_ROOT_FILE): build A, then build B (the same
// dist with a changed index.html, loader and wasm glue, stamped again by scripts/sw-manifest.mjs).
// A page that started with A keeps every file of A while B installs; B runs on the first visit
// after every A page closed; a build whose files do not match its list never installs.

// One server directory for both tests: they run one after the other. Several pages, two
// builds, installs: more time than one page's test.
test.describe.configure({ mode: "serial", timeout: 90_000 });

const APP = "/switch/";

/** A page of `context` that records console errors, uncaught errors, and every response of the
 * app (with whether the service worker answered it). */
async function visit(context: BrowserContext, query: string) {
  const page = await context.newPage();
  const errors: string[] = [];
  const responses: { url: string; fromWorker: boolean }[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("response", (r) => responses.push({ url: r.url(), fromWorker: r.fromServiceWorker() }));
  await page.goto(APP + query);
  await page.waitForFunction(() => performance.getEntriesByName("ae:ready").length > 0, null, { timeout: 15_000 });
  return { page, errors, responses };
}

/** Waits until no page uses the old worker and the waiting one has activated, seen from a page
 * of the same origin outside the app's scope (a navigation into it would count as a visit). */
async function waitActivated(page: Page) {
  await page.route("**/sw-probe.html", (r) => r.fulfill({ contentType: "text/html", body: "<!DOCTYPE html><title>probe</title>" }));
  await page.goto("/sw-probe.html");
  await expect
    .poll(() => workerStates(page, APP), { timeout: 15_000, message: "the waiting worker activated" })
    .toEqual({ active: "activated", waiting: null, installing: null });
}

test("an update is picked up on the next visit, never half-applied", async ({ context }, testInfo) => {
  const dirA = testInfo.outputPath("build-a");
  const dirB = testInfo.outputPath("build-b");
  makeBuild(dirA, "A");
  makeBuild(dirB, "B");
  const a = stampedBuild(dirA)!;
  const b = stampedBuild(dirB)!;
  expect(a.id).not.toBe(b.id);
  const paths = Object.keys(a.files).filter((p) => p !== "index.html");
  for (const p of ["activation-explorer.js", "ae-core.js"]) expect(b.files[p], p).not.toBe(a.files[p]);

  // Visit 1: build A from the network; the worker of A installs, caches A, activates.
  serveAtSwitch(dirA);
  const v1 = await visit(context, "?view=gallery");
  expect(await runningBuild(v1.page)).toEqual({ html: "A", loader: "A" });
  await waitWorkerActive(v1.page);

  // The server now has B. Visit 2 (visit 1 still open) runs A, all of it from A's Cache ...
  serveAtSwitch(dirB);
  const v2 = await visit(context, "?view=overlay");
  expect(await controlled(v2.page)).toBe(true);
  expect(await runningBuild(v2.page)).toEqual({ html: "A", loader: "A" });
  const own = v2.responses.filter((r) => new URL(r.url).pathname.startsWith(APP));
  expect(own.filter((r) => !r.fromWorker).map((r) => r.url), "visit 2: not from the worker").toEqual([]);
  // ... while B installs beside it (the navigation made the browser check sw.js) and waits.
  await expect.poll(async () => (await workerStates(v2.page)).waiting, { timeout: 20_000, message: "B installed" }).toBe("installed");
  // A file the page fetches now (as the depth lab fetches its worker when opened) is still A's.
  expect(await fetchedHashes(v2.page, paths)).toEqual(Object.fromEntries(paths.map((p) => [p, a.files[p]])));
  // A reload of the page keeps A: the old page is still there when the new one starts.
  await v2.page.reload();
  await v2.page.waitForFunction(() => performance.getEntriesByName("ae:ready").length > 0, null, { timeout: 15_000 });
  expect(await runningBuild(v2.page)).toEqual({ html: "A", loader: "A" });
  expect(await fetchedHashes(v2.page, paths)).toEqual(Object.fromEntries(paths.map((p) => [p, a.files[p]])));
  // Both versions' Caches exist now (A in use, B waiting).
  expect((await cacheNames(v2.page)).filter((n) => n.includes(APP)).sort()).toEqual(
    [a.id, b.id].map((id) => `activation-explorer ${new URL(v2.page.url()).origin}${APP}#${id}`).sort(),
  );
  const errors = [...v1.errors, ...v2.errors];

  // Every A page closes; B activates (and deletes A's Cache). The next visit runs B.
  await v1.page.close();
  await v2.page.close();
  const probe = await context.newPage();
  await waitActivated(probe);
  const v3 = await visit(context, "?view=gallery");
  expect(await controlled(v3.page)).toBe(true);
  expect(await runningBuild(v3.page)).toEqual({ html: "B", loader: "B" });
  expect(await fetchedHashes(v3.page, paths)).toEqual(Object.fromEntries(paths.map((p) => [p, b.files[p]])));
  expect((await cacheNames(v3.page)).filter((n) => n.includes(APP))).toEqual([
    `activation-explorer ${new URL(v3.page.url()).origin}${APP}#${b.id}`,
  ]);
  expect([...errors, ...v3.errors], "console errors").toEqual([]);
});

test("a build whose files do not match its list never installs", async ({ context }, testInfo) => {
  const dirA = testInfo.outputPath("build-a");
  const dirB = testInfo.outputPath("build-b-torn");
  makeBuild(dirA, "A");
  // B's worker lists B's files, but one file on the server is not the one listed (a deploy half
  // done, a proxy that rewrites files).
  makeBuild(dirB, "B", (dir) => writeFileSync(join(dir, "ae-core.js"), "// not the listed file\n", { flag: "a" }));
  const a = stampedBuild(dirA)!;
  const paths = Object.keys(a.files).filter((p) => p !== "index.html");

  serveAtSwitch(dirA);
  const v1 = await visit(context, "?view=table");
  await waitWorkerActive(v1.page);
  serveAtSwitch(dirB);
  const v2 = await visit(context, "?view=table");
  expect(await runningBuild(v2.page)).toEqual({ html: "A", loader: "A" });
  // B's install fails: its worker ends redundant, nothing of it is kept.
  const state = await v2.page.evaluate(async () => {
    const reg = (await navigator.serviceWorker.getRegistration())!;
    return new Promise<string>((ok) => {
      const watch = (w: ServiceWorker | null) => {
        if (!w) return;
        const check = () => (w.state === "redundant" || w.state === "installed") && ok(w.state);
        w.addEventListener("statechange", check);
        check();
      };
      reg.addEventListener("updatefound", () => watch(reg.installing));
      watch(reg.installing);
      reg.update().catch(() => {});
    });
  });
  expect(state).toBe("redundant");
  expect((await cacheNames(v2.page)).filter((n) => n.includes(APP))).toEqual([
    `activation-explorer ${new URL(v2.page.url()).origin}${APP}#${a.id}`,
  ]);
  await v1.page.close();
  await v2.page.close();
  // The next visit still runs A, entirely.
  const v3 = await visit(context, "?view=table");
  expect(await controlled(v3.page)).toBe(true);
  expect(await runningBuild(v3.page)).toEqual({ html: "A", loader: "A" });
  expect(await fetchedHashes(v3.page, paths)).toEqual(Object.fromEntries(paths.map((p) => [p, a.files[p]])));
  expect([...v1.errors, ...v2.errors, ...v3.errors], "console errors").toEqual([]);
});
