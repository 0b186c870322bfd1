import { test, expect } from "../fixtures/app_page";
import { DocsSite, SITES } from "../fixtures/docs_site";

// Each generator's site (mdBook, MkDocs Material, Sphinx + Furo; scripts/build-docs-sites.sh):
// on both pages every widget mounts and draws, with no console error and no foreign request
// (the `app` fixture checks both after each test). Screenshots in light and dark.

for (const site of SITES) {
  for (const i of [0, 1] as const) {
    test(`${site.gen}: the widgets of page ${i + 1} draw`, async ({ app, page }) => {
      const docs = new DocsSite(page, site);
      await page.emulateMedia({ colorScheme: "light" });
      await docs.open(i);
      for (const id of site.pages[i].widgets) {
        const { drawn, total } = await docs.canvases(id);
        expect(drawn, `${id}: drawn canvases`).toBe(total);
      }
      if (i === 0) {
        await expect(docs.widget("w-guide").getByRole("button", { name: "Yes", exact: true })).toBeVisible();
        // The host's root font size (mdBook 10px, Material 20px) does not reach the widget's
        // type: its headings are the size they have on the app's own page (1.2 × 16px).
        expect(await docs.widget("w-guide").evaluate((h) => getComputedStyle(h.shadowRoot!.querySelector("h2")!).fontSize)).toBe("19.2px");
        expect((await docs.canvases("w-overlay")).total).toBe(1);
      } else {
        expect((await docs.canvases("w-detail")).total).toBe(1);
        // Every function of the catalogue: 27 activations and the 4 gated units.
        await expect(docs.widget("w-table").locator("table.ae-table tbody tr[data-activation]")).toHaveCount(31);
      }
      await docs.screenshot(`page${i + 1}-light`);
      await site.setHostTheme(page, true);
      await docs.expectWidgetsTheme("dark");
      await docs.waitWidgets(i);
      await docs.screenshot(`page${i + 1}-dark`);
    });
  }
}
