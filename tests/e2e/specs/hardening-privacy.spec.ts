import { test, expect, VIEWS } from "../fixtures/app_page";
import type { Frame, Page } from "@playwright/test";
import { DIST, stampedBuild, waitWorkerActive } from "../fixtures/offline";

// Offline and private: every request goes to the page's own origin (the `app` fixture fails the
// test on any other), no cookie is set, and nothing about the user is stored — localStorage,
// sessionStorage, IndexedDB stay empty — after using every view and toggling language, theme and
// derivatives. (The language and theme choice lives in the URL.) The app page keeps one thing:
// its offline copy (issue 18), the service worker and one Cache of the build's own files
// (offline.spec.ts checks what it holds); the docs page with widgets and the iframe embed store
// nothing at all.

/** Every client-side store of a frame, summarised (all empty: "" / 0 / []). */
async function stores(f: Page | Frame) {
  return f.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

const EMPTY = { cookie: "", localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [], serviceWorkers: 0 };

test("using every view and every switch stores nothing but the offline copy and asks no other origin", async ({ app, page, baseURL }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await app.open("?view=guide&fn=leaky_relu,gelu");
  await waitWorkerActive(page);
  const OFFLINE_COPY = { ...EMPTY, caches: [`activation-explorer ${baseURL}/#${stampedBuild(DIST)!.id}`], serviceWorkers: 1 };
  expect(await stores(page)).toEqual(OFFLINE_COPY);
  // Answer the questionnaire.
  await page.getByTestId("quiz").locator("[data-answer]").first().click();
  for (const view of VIEWS) {
    await app.gotoView(view);
    await app.derivToggle().click();
    await page.locator(".ae-tools button[aria-pressed]").click(); // theme
    await app.langToggle().click();
    await page.locator(".ae-tools .ae-primary").click(); // the Embed dialog, open
    await page.locator(".ae-tools .ae-primary").click(); // and closed
    await app.waitChartsDrawn();
  }
  await app.gotoView("detail");
  await page.getByTestId("slider-negative_slope").fill("0.5");
  await app.waitChartsDrawn();
  // Back and Forward re-read the URL.
  await page.goBack();
  await page.goForward();
  await app.waitChartsDrawn();
  expect(await stores(page)).toEqual(OFFLINE_COPY);
  expect(requests.length, "requests were seen").toBeGreaterThan(0);
  // Only the app's own files (and its service worker), nothing fetched at run time beyond them.
  const paths = [...new Set(requests.map((u) => new URL(u).pathname))].sort();
  for (const p of paths) expect(p, "requested path").toMatch(/^\/(|index\.html|activation-explorer\.js|sw\.js|ae-(core|lab|views)[^/]*\.(js|wasm)|snippets\/activation-explorer-[0-9a-f]+\/inline\d+\.js|[^/]+\.css)$/);
});

test("the docs page with widgets and an iframe stores nothing and asks no other origin", async ({ app, page }) => {
  await page.goto("/examples/docs-page.html");
  const widget = page.locator("#w-overlay");
  await expect(widget.locator("canvas").first()).toBeVisible({ timeout: 15_000 });
  await page.locator("#w-guide").locator("[data-answer]").first().click();
  const frame = page.frameLocator("iframe[data-activation-explorer-frame]");
  await expect(frame.locator("main section[data-view=table]")).toBeVisible({ timeout: 15_000 });
  expect(await stores(page)).toEqual(EMPTY);
  const iframe = page.frames().find((f) => f !== page.mainFrame())!;
  expect(iframe, "the iframe embed").toBeTruthy();
  expect(await stores(iframe)).toEqual(EMPTY);
  // The widgets left the host's URL alone.
  expect(new URL(page.url()).search).toBe("");
  expect(app.foreignRequests).toEqual([]);
});
