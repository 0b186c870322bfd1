import { test, expect } from "../fixtures/app_page";
import { WidgetHost } from "../fixtures/widget_host";

// With no theme chosen, the app and every widget follow a change of the system's colour scheme
// while open (emulateMedia stands in for the OS switch): the page, the components and the
// charts. A widget also follows the host page's own dark-mode marker (the docs generators'
// attributes; the real generators are in docs-sites-*.spec.ts), and an explicit theme wins.

test("the app follows an OS theme change while open, charts included", async ({ app, page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await app.open("?view=gallery");
  const root = page.locator(".ae-root");
  await expect(root).toHaveAttribute("data-theme", "light");
  const before = await app.canvasData();
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(root).toHaveAttribute("data-theme", "dark");
  await app.waitChartsDrawn();
  await app.expectCanvasChanged(before);
  await page.emulateMedia({ colorScheme: "light" });
  await expect(root).toHaveAttribute("data-theme", "light");
  await expect.poll(() => app.canvasData()).toBe(before);
});

test("a chosen theme wins over the OS theme", async ({ app, page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await app.open("?view=overlay&theme=light");
  await page.emulateMedia({ colorScheme: "dark" });
  // One frame later, still light.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(page.locator(".ae-root")).toHaveAttribute("data-theme", "light");
});

test("a widget follows an OS theme change; theme=\"dark\" stays dark", async ({ app, page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  const host = new WidgetHost(page);
  await host.open();
  await host.insert("auto", [["view", "overlay"]]);
  await host.insert("fixed", [["view", "overlay"], ["theme", "light"]]);
  await host.waitDrawn("auto");
  await host.waitDrawn("fixed");
  const before = await host.canvasData("auto");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(async () => (await host.shown("auto")).theme).toBe("dark");
  await expect.poll(() => host.canvasData("auto")).not.toBe(before);
  expect((await host.shown("fixed")).theme).toBe("light");
  // theme="auto" set later: it follows again.
  await page.$eval("#fixed", (h) => h.setAttribute("theme", "auto"));
  await expect.poll(async () => (await host.shown("fixed")).theme).toBe("dark");
});

for (const [generator, dark, light] of [
  ["mdBook", "document.documentElement.className = 'navy sidebar-visible'", "document.documentElement.className = 'light sidebar-visible'"],
  ["MkDocs Material", "document.body.setAttribute('data-md-color-scheme', 'slate')", "document.body.setAttribute('data-md-color-scheme', 'default')"],
  ["Furo", "document.body.dataset.theme = 'dark'", "document.body.dataset.theme = 'light'"],
] as const) {
  test(`a widget follows the host's ${generator} dark-mode marker, whatever the OS says`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    const host = new WidgetHost(page);
    await host.open();
    await host.insert("w", [["view", "detail"], ["fn", "gelu"]]);
    await host.waitDrawn("w");
    await page.evaluate(dark);
    await expect.poll(async () => (await host.shown("w")).theme).toBe("dark");
    await page.emulateMedia({ colorScheme: "dark" });
    await page.evaluate(light);
    await expect.poll(async () => (await host.shown("w")).theme).toBe("light");
  });
}
