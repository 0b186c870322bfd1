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
