import { test, expect } from "../fixtures/app_page";

// Regression test: the iframe embed reports its height when it changes (ResizeObserver in
// src/ui/app.rs report_height). If that message comes before the host's loader listens, the loader
// must still size the frame: it asks each frame for its height once it listens (and on the frame's
// load event), and the app answers. This test makes the bad order deterministic by holding the
// host's ae-core.js until the frame has rendered and reported.
test("the iframe embed is sized even when its height message comes before the host's loader listens", async ({
  app,
  page,
}) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route("**/sub/path/ae-core.js", async (route) => {
    if (route.request().frame() === page.mainFrame()) await held;
    await route.continue();
  });
  await page.goto("/examples/docs-page.html", { waitUntil: "commit" });
  const frame = page.frameLocator("iframe[data-activation-explorer-frame]");
  await expect(frame.locator("main section[data-view=table]")).toBeVisible({ timeout: 15_000 });
  // Two animation frames: the frame's ResizeObserver has fired and posted its height.
  const f = page.frames().find((x) => x !== page.mainFrame())!;
  await f.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  release();
  await expect(page.locator("#w-guide [data-answer]").first()).toBeVisible({ timeout: 15_000 });
  await expect
    .poll(() => page.locator("iframe[data-activation-explorer-frame]").evaluate((el) => el.getBoundingClientRect().height))
    .toBeGreaterThan(300);
  expect(app.foreignRequests).toEqual([]);
});
