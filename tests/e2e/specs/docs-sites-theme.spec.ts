import { test, expect } from "../fixtures/app_page";
import { DocsSite, SITES } from "../fixtures/docs_site";

// The widgets (theme="auto", the default) follow the host's dark mode: its theme toggle while
// open, the next page's stored choice, and the system's scheme where the host follows it.

for (const site of SITES) {
  test(`${site.gen}: the widgets follow the host's theme toggle, charts included`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    const docs = new DocsSite(page, site);
    await docs.open(0);
    await docs.expectWidgetsTheme("light");
    const before = await docs.canvasData("w-overlay");
    await site.setHostTheme(page, true);
    await docs.expectWidgetsTheme("dark");
    await expect.poll(() => docs.canvasData("w-overlay")).not.toBe(before);
    await site.setHostTheme(page, false);
    await docs.expectWidgetsTheme("light");
    await expect.poll(() => docs.canvasData("w-overlay")).toBe(before);
  });

  test(`${site.gen}: a dark host stays dark on the next page`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    const docs = new DocsSite(page, site);
    await docs.open(0);
    await site.setHostTheme(page, true);
    await site.sidebarLink(page, 1).click();
    await docs.waitWidgets(1);
    expect(await site.hostIsDark(page)).toBe(true);
    await docs.expectWidgetsTheme("dark");
  });

  test(`${site.gen}: the widgets show what the host shows when the system turns dark`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    const docs = new DocsSite(page, site);
    await docs.open(0);
    await page.emulateMedia({ colorScheme: "dark" });
    // mdBook's and Furo's "auto" themes follow the system; Material's palette, as configured
    // here, does not. Either way the widgets agree with the host.
    await expect
      .poll(async () => {
        const dark = await site.hostIsDark(page);
        const themes = [...new Set(Object.values(await docs.widgetThemes()))];
        return themes.length === 1 && themes[0] === (dark ? "dark" : "light");
      })
      .toBe(true);
  });
}
