import { test, expect, VIEWS, DetailPage } from "../fixtures/app_page";
import { cacheNames, controlled, stampedBuild, waitWorkerActive, workerStores, DIST } from "../fixtures/offline";
import type { Response } from "@playwright/test";

// The app page's service worker (sw/sw.js): after one visit the app works with the network off,
// in every view, with no console error, every file coming from the worker's Cache; the worker
// caches the app's own files only; and only the app page registers it, never the widgets or
// the iframe embed on a host's page.

test("after one visit the app works offline: every view, from the cache", async ({ app, quiz, page, context, baseURL }) => {
  await app.open("?view=guide&fn=leaky_relu,gelu");
  // The first visit is not controlled (no clients.claim()); its worker installs and activates.
  await waitWorkerActive(page);
  expect(await controlled(page), "the first visit runs from the network").toBe(false);

  await context.setOffline(true);
  const responses: Response[] = [];
  page.on("response", (r) => responses.push(r));
  await page.reload();
  await app.waitReady();
  expect(await controlled(page), "the second visit is controlled by the worker").toBe(true);

  // Every view, with what it does: the questionnaire, the toggles, the chooser, the sliders.
  const detail = new DetailPage(app);
  // (The chooser and the questionnaire last: they change the chosen functions, whose first one
  // the detail view shows: leaky_relu, with its slope slider, until then.)
  const order = ["gallery", "groups", "table", "detail", "gated", "depth", "overlay", "guide"] as const;
  expect([...order].sort()).toEqual([...VIEWS].sort());
  for (const view of order) {
    await app.gotoView(view);
    await expect(app.viewRoot(view)).toBeVisible();
    if (view === "guide") {
      await quiz.answer("n", "en");
    } else if (view === "gallery") {
      const before = await app.canvasData();
      await app.derivToggle().click();
      await app.expectCanvasChanged(before);
      await app.expectCanvasesDrawn();
    } else if (view === "overlay") {
      const before = await app.canvasData();
      await app.viewRoot("overlay").locator(".ae-chooser input[type=checkbox]:not(:checked)").first().check();
      await app.expectCanvasChanged(before);
    } else if (view === "groups") {
      await app.expectCanvasesDrawn();
    } else if (view === "table") {
      expect(await app.viewRoot("table").locator("tbody tr").count(), "table rows").toBeGreaterThan(10);
    } else if (view === "gated") {
      await app.expectCanvasesDrawn();
    } else if (view === "depth") {
      // The lab's worker files come from the cache too, and it simulates offline.
      await expect(page.getByTestId("lab-status")).toHaveAttribute("data-state", "done", { timeout: 30_000 });
      await app.expectCanvasesDrawn();
    } else if (view === "detail") {
      const before = await detail.canvasData();
      await detail.setSlider("negative_slope", 0.5);
      await app.expectCanvasChanged(before, detail.canvasSel);
    }
  }
  await app.langToggle().click();
  await app.waitChartsDrawn();

  // Everything the page loaded came from the worker (nothing from the network: it is off).
  const own = responses.filter((r) => r.url().startsWith(baseURL!));
  expect(own.length, "responses after the reload").toBeGreaterThan(3);
  expect(own.filter((r) => !r.fromServiceWorker()).map((r) => r.url()), "not from the worker").toEqual([]);
  expect(own.filter((r) => !r.ok()).map((r) => r.url()), "failed").toEqual([]);
  await context.setOffline(false);
  // (the app fixture checks: no console error, no uncaught error, no other origin)
});

test("the worker caches exactly the app's own files, in one Cache for the build", async ({ app, page, baseURL }) => {
  await app.open("?view=gallery");
  await waitWorkerActive(page);
  const build = stampedBuild(DIST);
  expect(build, "dist/sw.js is stamped (scripts/release-build.sh)").not.toBeNull();
  const names = await cacheNames(page);
  expect(names).toEqual([`activation-explorer ${baseURL}/#${build!.id}`]);
  const keys = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url), names[0]);
  expect(keys.sort()).toEqual(Object.keys(build!.files).map((p) => `${baseURL}/${p}`).sort());
  expect(Object.keys(build!.files)).toContain("index.html");
  expect(Object.keys(build!.files)).toContain("ae-core_bg.wasm");
  expect(Object.keys(build!.files)).not.toContain("sw.js");
});

test("only the app page registers the worker: not the widgets, not the iframe embed", async ({ app, page }) => {
  // The docs page: script widgets, custom elements and the iframe embed of the app page.
  await page.goto("/examples/docs-page.html");
  const frame = page.frameLocator("iframe[data-activation-explorer-frame]");
  await expect(frame.locator("main section[data-view=table]")).toBeVisible({ timeout: 15_000 });
  await expect(page.locator("#w-overlay canvas").first()).toBeVisible({ timeout: 15_000 });
  const iframe = page.frames().find((f) => f !== page.mainFrame())!;
  // Past both documents' load events (where the app page registers it) and a task more.
  for (const f of [page.mainFrame(), iframe]) {
    await f.waitForFunction(() => document.readyState === "complete");
    await f.evaluate(() => new Promise((ok) => setTimeout(ok, 200)));
  }
  const none = { registrations: [], caches: [] };
  expect(await workerStores(page), "the host page").toEqual(none);
  expect(await workerStores(iframe), "the iframe embed").toEqual(none);

  // The same probe sees the app page's registration (at the top level).
  await app.open("?view=table");
  await page.waitForFunction(() => document.readyState === "complete");
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 200)));
  expect((await workerStores(page)).registrations, "the app page").toEqual(["/"]);
});
