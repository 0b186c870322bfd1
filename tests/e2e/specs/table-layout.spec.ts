import { test, expect } from "../fixtures/app_page";

// The overview table is laid out as one card per activation. At every width, from a small phone
// to a desktop, nothing in it is wider than its box: no formula is cut or scrolls, the page
// never scrolls sideways, and each prose cell is headed by its column's name.
const WIDTHS = [320, 390, 700, 1280];

for (const lang of ["en", "zh"]) {
  test(`the overview table fits every width (${lang})`, async ({ app, page }) => {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await app.open(`?view=table&lang=${lang}`);
      const m = await page.evaluate(() => {
        const box = document.querySelector("section[data-view=table] .ae-table-box")!.getBoundingClientRect();
        const rows = [...document.querySelectorAll<HTMLElement>("section[data-view=table] tbody tr[data-activation]")];
        const wide = [...document.querySelectorAll<HTMLElement>("section[data-view=table] tbody :is(th, td)")]
          .filter((c) => c.scrollWidth > c.clientWidth + 1 || c.getBoundingClientRect().right > box.right + 1)
          .map((c) => `${c.closest("tr")!.dataset.activation} ${c.dataset.label ?? "name"}`);
        const labels = rows.map((r) =>
          [...r.querySelectorAll("td")].map((td) => getComputedStyle(td, "::before").content),
        );
        return {
          pageWidth: document.documentElement.scrollWidth,
          wide,
          labels,
          cardHeights: rows.map((r) => r.getBoundingClientRect().height),
        };
      });
      expect(m.pageWidth, `${width}px: the page scrolls sideways`).toBeLessThanOrEqual(width);
      expect(m.wide, `${width}px: cells wider than the table`).toEqual([]);
      const columns = await page.locator("section[data-view=table] thead th").allTextContents();
      for (const row of m.labels) {
        expect(row.map((c) => c.replace(/^"|" \/ ""$|"$/g, ""))).toEqual(columns.slice(1));
      }
      // A card, not a thin table column: no row is taller than two screens.
      expect(Math.max(...m.cardHeights), `${width}px: tallest row`).toBeLessThan(2 * 900);
    }
  });
}

// The overlay's chooser stays in its column when a long name carries the "Recommended" badge
// (GELU (tanh approximation) after Transformer → yes), at desktop and phone widths.
for (const width of [1280, 390]) {
  test(`the overlay chooser fits its column with recommendations (${width}px)`, async ({ app, page }) => {
    await page.setViewportSize({ width, height: 900 });
    await app.open("?view=overlay&answers=nny&lang=en");
    const m = await page.evaluate(() => {
      const box = document.querySelector(".ae-chooser")!.getBoundingClientRect();
      const wide = [...document.querySelectorAll<HTMLElement>(".ae-chooser li")].filter((li) => li.getBoundingClientRect().right > box.right + 1);
      return { right: box.right, page: document.documentElement.scrollWidth, wide: wide.map((li) => li.dataset.activation) };
    });
    expect(m.page, "the page scrolls sideways").toBeLessThanOrEqual(width);
    expect(m.right).toBeLessThanOrEqual(width);
    expect(m.wide).toEqual([]);
  });
}
