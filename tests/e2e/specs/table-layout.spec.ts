import { test, expect } from "../fixtures/app_page";

// The overview table is a comparison grid. At every width, from a small phone to a desktop, the
// page never scrolls sideways: a grid wider than its box scrolls inside the box, with the names
// kept in view; an open card is as wide as the box (its prose and formula never scroll).
const WIDTHS = [320, 390, 700, 1280];

for (const lang of ["en", "zh"]) {
  test(`the overview table fits every width (${lang})`, async ({ app, page }) => {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await app.open(`?view=table&lang=${lang}`);
      await page.locator("section[data-view=table] tr[data-activation=selu] button.ae-expand").click();
      const m = await page.evaluate(() => {
        const boxEl = document.querySelector<HTMLElement>("section[data-view=table] .ae-table-box")!;
        const box = boxEl.getBoundingClientRect();
        const card = document.querySelector<HTMLElement>("section[data-view=table] tr[data-card=selu] .ae-fn-card")!;
        const c = card.getBoundingClientRect();
        const math = card.querySelector("math")!.getBoundingClientRect();
        return {
          pageWidth: document.documentElement.scrollWidth,
          boxScrolls: boxEl.scrollWidth > boxEl.clientWidth + 1,
          boxOverflow: getComputedStyle(boxEl).overflowX,
          card: [c.left - box.left, box.right - c.right],
          mathInside: math.left >= box.left - 1 && math.right <= box.right + 1,
          rowHeights: [...document.querySelectorAll("section[data-view=table] tbody tr[data-activation]")].map(
            (r) => r.getBoundingClientRect().height,
          ),
        };
      });
      expect(m.pageWidth, `${width}px: the page scrolls sideways`).toBeLessThanOrEqual(width);
      expect(m.boxOverflow).toBe("auto");
      if (width <= 700) expect(m.boxScrolls, `${width}px: the grid scrolls in its box`).toBe(true);
      expect(m.card[0], `${width}px: card's left edge`).toBeGreaterThanOrEqual(-1);
      expect(m.card[1], `${width}px: card's right edge`).toBeGreaterThanOrEqual(-1);
      expect(m.mathInside, `${width}px: the formula fits the card`).toBe(true);
      // Compact: a row of the grid (a long name may wrap to three short lines), not a card.
      expect(Math.max(...m.rowHeights), `${width}px: tallest row`).toBeLessThan(100);
    }
  });
}

test("on a phone the names stay in view while the grid scrolls sideways", async ({ app, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await app.open("?view=table&lang=en");
  const box = page.locator("section[data-view=table] .ae-table-box");
  const name = page.locator("section[data-view=table] tr[data-activation=gelu] th[scope=row]");
  const before = (await name.boundingBox())!.x;
  await box.evaluate((b) => (b.scrollLeft = 400));
  expect(await box.evaluate((b) => b.scrollLeft)).toBeGreaterThan(100);
  expect(Math.abs((await name.boundingBox())!.x - before)).toBeLessThan(2);
});

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
