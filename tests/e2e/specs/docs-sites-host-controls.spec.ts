import { test, expect } from "../fixtures/app_page";
import { DocsSite, SITES } from "../fixtures/docs_site";

// With widgets on the page, the host's own search, sidebar and theme toggle still work.

for (const site of SITES) {
  test(`${site.gen}: the host's search finds the pages`, async ({ app, page }) => {
    const docs = new DocsSite(page, site);
    await docs.open(0);
    const results = await site.search(page, "Leaky");
    await expect(results.first()).toBeVisible({ timeout: 10_000 });
    await expect(results.first()).toHaveAttribute("href", /reference/);
  });

  test(`${site.gen}: the host's sidebar navigates (and its toggle hides it)`, async ({ app, page }) => {
    const docs = new DocsSite(page, site);
    await docs.open(0);
    const visible = await site.toggleSidebar(page);
    if (visible !== null) {
      expect(visible, "hidden by the toggle").toBe(false);
      expect(await site.toggleSidebar(page), "shown again").toBe(true);
    }
    await site.sidebarLink(page, 1).click();
    await expect(page).toHaveURL(/reference/);
    await docs.waitWidgets(1);
  });

  test(`${site.gen}: the host's theme toggle switches the host`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    const docs = new DocsSite(page, site);
    await docs.open(0);
    expect(await site.hostIsDark(page)).toBe(false);
    await site.setHostTheme(page, true);
    await expect.poll(() => site.hostIsDark(page)).toBe(true);
    await site.setHostTheme(page, false);
    await expect.poll(() => site.hostIsDark(page)).toBe(false);
  });
}
