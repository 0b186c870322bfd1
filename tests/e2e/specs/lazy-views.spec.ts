import { test, expect } from "../fixtures/app_page";
import { WidgetHost } from "../fixtures/widget_host";
import type { Page } from "@playwright/test";

// The depth lab's code is not in the first view's wasm: its own (ae-views.js + ae-views_bg.wasm)
// is fetched the first time the lab opens, once per page, and mounted as a second app whose
// state follows the page's (src/ui/lazy_view.rs, src/ui/views_entry.rs).

/** Counts the requests of each of the lazily loaded views' files. */
function countViewsRequests(page: Page): Map<string, number> {
  const counts = new Map<string, number>();
  page.on("request", (r) => {
    const file = new URL(r.url()).pathname.split("/").pop()!;
    if (file.startsWith("ae-views")) counts.set(file, (counts.get(file) ?? 0) + 1);
  });
  return counts;
}

async function waitLabDone(page: Page) {
  await expect(page.getByTestId("lab-status")).toHaveAttribute("data-state", "done", { timeout: 30_000 });
}

/** The start times of the views' files' requests, relative to the `ae:ready` mark (ms). */
async function viewsFetchesAfterReady(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const ready = performance.getEntriesByName("ae:ready")[0].startTime;
    return performance
      .getEntriesByType("resource")
      .filter((e) => /\/ae-views/.test(e.name))
      .map((e) => e.startTime - ready);
  });
}

test("the first view does not wait for the other views' code; it comes once, after ae:ready", async ({ app, page }) => {
  const counts = countViewsRequests(page);
  await app.open("?view=guide&lang=en");
  // The app page prefetches it while the reader looks at the first view.
  await expect.poll(() => counts.get("ae-views_bg.wasm") ?? 0).toBe(1);
  // (A resource timing entry appears when its response has ended.)
  await expect.poll(async () => (await viewsFetchesAfterReady(page)).length).toBeGreaterThanOrEqual(2);
  const starts = await viewsFetchesAfterReady(page);
  for (const t of starts) expect(t, "fetched after the first view was ready").toBeGreaterThanOrEqual(0);
  await page.locator('.ae-nav [data-view="depth"]').click();
  await waitLabDone(page);
  // Away and back: the module is kept, the view mounts again from it.
  await page.locator('.ae-nav [data-view="guide"]').click();
  await expect(page.getByTestId("lab-status")).toHaveCount(0);
  await app.gotoView("overlay");
  await page.locator('.ae-nav [data-view="depth"]').click();
  await waitLabDone(page);
  expect(counts.get("ae-views.js")).toBe(1);
  expect(counts.get("ae-views_bg.wasm")).toBe(1);
  expect(app.pageErrors).toEqual([]);
});

test("a widget page loads the views' code only when a widget shows one of them", async ({ app, page }) => {
  const counts = countViewsRequests(page);
  const host = new WidgetHost(page);
  await host.open();
  await host.insert("g", [["view", "gallery"], ["set", "seed"]]);
  await host.waitDrawn("g");
  await page.waitForTimeout(500);
  expect([...counts.keys()], "no prefetch on other sites' pages").toEqual([]);
  await host.insert("o", [["view", "overlay"], ["fn", "relu,gelu"]]);
  await host.waitDrawn("o");
  expect(counts.get("ae-views_bg.wasm")).toBe(1);
  expect(app.pageErrors).toEqual([]);
});

test("the lab's settings write the page's URL, and Back brings the lab back", async ({ app, page }) => {
  await app.open("?view=depth&lang=en&fn=tanh&init=xavier&depth=10&width=32&batch=32");
  await waitLabDone(page);
  const sigmas = page.getByTestId("lab-sigmas");
  const xavierText = await sigmas.textContent();
  await page.getByTestId("lab-init").selectOption("he");
  await expect.poll(() => new URL(page.url()).searchParams.get("init")).toBe("he");
  await expect(sigmas).not.toHaveText(xavierText!);
  await waitLabDone(page);
  await page.goBack();
  await expect.poll(() => new URL(page.url()).searchParams.get("init")).toBe("xavier");
  await expect(page.getByTestId("lab-init")).toHaveValue("xavier");
  await expect(sigmas).toHaveText(xavierText!);
  // The page's own controls reach the lab too: the language switch.
  await page.getByTestId("lang-toggle").click();
  await expect(page.locator(".ae-depth h2").first()).toContainText("深度实验室");
  expect(app.pageErrors).toEqual([]);
});

for (const lang of ["en", "zh"] as const) {
  test(`when the lab's code does not load, it says so and Try again loads it (${lang})`, async ({ app, page }) => {
    await page.route("**/ae-views_bg.wasm", (r) => r.fulfill({ status: 404, body: "" }));
    await page.goto(`/?view=depth&lang=${lang}&depth=5&width=16&batch=16`);
    const status = page.getByTestId("lazy-status");
    await expect(status).toHaveAttribute("data-state", "failed", { timeout: 15_000 });
    await expect(status).toContainText(lang === "en" ? "did not load" : "未能加载");
    await page.unroute("**/ae-views_bg.wasm");
    await status.getByRole("button").click();
    await waitLabDone(page);
    await expect(page.getByTestId("lazy-status")).toHaveCount(0);
    expect(app.pageErrors).toEqual([]);
    // The browser logs the refused file; that error, and only it, was expected.
    expect(app.consoleErrors.length).toBeGreaterThan(0);
    expect(app.consoleErrors.filter((m) => !/404/.test(m))).toEqual([]);
    app.consoleErrors.length = 0;
  });
}

test("two depth-lab widgets on one page run side by side, each with its own settings", async ({ app, page }) => {
  const counts = countViewsRequests(page);
  const host = new WidgetHost(page);
  await host.open();
  await host.insert("a", [["view", "depth"], ["fn", "relu"], ["init", "he"], ["depth", "8"], ["width", "16"], ["batch", "16"]]);
  await host.insert("b", [["view", "depth"], ["fn", "tanh"], ["init", "xavier"], ["depth", "6"], ["width", "16"], ["batch", "16"]]);
  const state = (id: string) =>
    page.$eval(`#${id}`, (h) => h.shadowRoot!.querySelector<HTMLElement>("[data-testid=lab-status]")?.dataset.state ?? "none");
  await expect.poll(() => state("a"), { timeout: 30_000 }).toBe("done");
  await expect.poll(() => state("b"), { timeout: 30_000 }).toBe("done");
  const shown = (id: string) =>
    page.$eval(`#${id}`, (h) => h.shadowRoot!.querySelector('figure[data-chart="variance"]')!.getAttribute("data-activation"));
  expect(await shown("a")).toBe("relu");
  expect(await shown("b")).toBe("tanh");
  // An attribute change reaches the lab inside the widget.
  await page.$eval("#b", (h) => h.setAttribute("fn", "selu"));
  await expect.poll(() => shown("b")).toBe("selu");
  expect(counts.get("ae-views_bg.wasm"), "one module for the page").toBe(1);
  await host.remove("a");
  await host.remove("b");
  expect(app.pageErrors).toEqual([]);
});

test("without requestIdleCallback (Safari) the app page still loads the views' code after ae:ready", async ({ app, page }) => {
  await page.addInitScript(() => {
    delete (window as unknown as { requestIdleCallback?: unknown }).requestIdleCallback;
  });
  const counts = countViewsRequests(page);
  await app.open("?view=gallery&lang=en");
  await expect.poll(() => counts.get("ae-views_bg.wasm") ?? 0, { timeout: 10_000 }).toBe(1);
  await expect.poll(async () => (await viewsFetchesAfterReady(page)).length).toBeGreaterThanOrEqual(2);
  for (const t of await viewsFetchesAfterReady(page)) expect(t).toBeGreaterThanOrEqual(0);
  expect(app.pageErrors).toEqual([]);
});
