import { test, expect } from "@playwright/test";

// When the app cannot start (here: its wasm answers 404), the page says so in both languages
// where the app or each widget would have been: no blank page, no uncaught error.
for (const [what, url, places] of [
  ["the app page", "/?view=gallery", "body"],
  ["a page of widgets", "/examples/docs-page.html", "[data-activation-explorer]"],
] as const) {
  test(`${what} says when the app cannot start`, async ({ page }) => {
    const uncaught: string[] = [];
    page.on("pageerror", (e) => uncaught.push(String(e)));
    await page.route("**/ae-core_bg.wasm", (r) => r.fulfill({ status: 404, body: "gone" }));
    await page.goto(url);
    const alerts = page.locator(`${places} > div.ae-load-error[role=alert]`);
    await expect(alerts.first()).toBeVisible();
    const expected = url.startsWith("/examples") ? await page.locator("[data-activation-explorer]").count() : 1;
    await expect(alerts).toHaveCount(expected);
    for (const t of await alerts.allTextContents()) {
      expect(t).toContain("Activation Explorer could not start (404");
      expect(t).toContain("激活函数探索器无法启动");
    }
    expect(uncaught).toEqual([]);
  });
}

// The same for <activation-explorer> elements, present at load or inserted later.
test("custom elements say when the app cannot start, also those inserted later", async ({ page }) => {
  const uncaught: string[] = [];
  page.on("pageerror", (e) => uncaught.push(String(e)));
  await page.route("**/ae-core_bg.wasm", (r) => r.fulfill({ status: 404, body: "gone" }));
  await page.route("**/ce-failure.html", (r) =>
    r.fulfill({
      contentType: "text/html",
      body: `<!DOCTYPE html><title>host</title><link rel="icon" href="data:,">
<script type="module" src="/sub/path/activation-explorer.js"></script>
<activation-explorer id="a" view="overlay">Loading…</activation-explorer>`,
    }),
  );
  await page.goto("/ce-failure.html");
  const alert = page.locator("#a > div.ae-load-error[role=alert]");
  await expect(alert).toContainText("Activation Explorer could not start (404");
  await expect(alert).toContainText("激活函数探索器无法启动");
  await expect(page.locator("#a")).not.toContainText("Loading…");
  await page.evaluate(() => {
    const el = document.createElement("activation-explorer");
    el.id = "b";
    document.body.append(el);
  });
  await expect(page.locator("#b > div.ae-load-error[role=alert]")).toContainText("could not start");
  expect(uncaught).toEqual([]);
});

// Files on another origin without Access-Control-Allow-Origin: the message says what to do.
test("a widget whose files another origin refuses (no CORS) says they must be hosted", async ({ page, baseURL }) => {
  const other = baseURL!.replace("127.0.0.1", "localhost");
  await page.route(`${other}/cors-host.html`, (r) =>
    r.fulfill({
      contentType: "text/html",
      body: `<!DOCTYPE html><title>host</title><link rel="icon" href="data:,">
<script type="module" src="${baseURL}/sub/path/activation-explorer.js"></script>
<activation-explorer id="a" view="guide"></activation-explorer>`,
    }),
  );
  // The loader itself is served with CORS (else nothing of ours could run); its glue and wasm
  // are not, as from a host that forgot the header.
  await page.route(`${baseURL}/sub/path/activation-explorer.js`, async (r) => {
    const res = await r.fetch();
    await r.fulfill({ response: res, headers: { ...res.headers(), "access-control-allow-origin": "*" } });
  });
  await page.goto(`${other}/cors-host.html`);
  const alert = page.locator("#a > div.ae-load-error[role=alert]");
  await expect(alert).toContainText("could not start");
  await expect(alert).toContainText("Access-Control-Allow-Origin");
  await expect(alert).toContainText("须由本站托管");
});
