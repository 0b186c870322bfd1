import { test, expect } from "../fixtures/app_page";
import { DocsSite, SITES } from "../fixtures/docs_site";

// Navigating to the other page and back (MkDocs Material: instant navigation, which swaps the
// content without loading a page) mounts the new page's widgets and leaves no orphan: the
// loader holds exactly the widgets on the page.

for (const site of SITES) {
  test(`${site.gen}: to the other page and back, the widgets mount and none is orphaned`, async ({ app, page }) => {
    const docs = new DocsSite(page, site);
    await docs.open(0);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    expect(await docs.liveAndPresent()).toEqual({ live: 2, present: 2 });

    await site.sidebarLink(page, 1).click();
    await expect(page).toHaveURL(/reference/);
    await docs.waitWidgets(1);
    expect(await docs.liveAndPresent()).toEqual({ live: 2, present: 2 });

    await page.goBack();
    await expect(page).not.toHaveURL(/reference/);
    await docs.waitWidgets(0);
    expect(await docs.liveAndPresent()).toEqual({ live: 2, present: 2 });
    // The widgets work after the round trip.
    await docs.widget("w-guide").getByRole("button", { name: "No", exact: true }).click();
    await expect(docs.widget("w-guide").locator("[data-question]")).toBeVisible();

    const same = await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);
    // Material's instant navigation keeps the document; the others load pages.
    expect(same).toBe(site.gen === "mkdocs");
  });
}
