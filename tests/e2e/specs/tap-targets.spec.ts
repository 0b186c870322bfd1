import type { Locator } from "@playwright/test";
import { test, expect } from "../fixtures/app_page";

// On a touch screen (issue 19, item 6) the overlay's chooser rows and buttons and the zoom and
// range controls are at least 44 CSS px tall, the size a finger needs.
test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

/** The heights of every visible element of `loc`, keyed by a short description. */
async function heights(loc: Locator): Promise<[string, number][]> {
  return loc.evaluateAll((els) =>
    els
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => [`${e.tagName} ${e.textContent!.trim().slice(0, 30)}`, e.getBoundingClientRect().height] as [string, number]),
  );
}

test("the overlay's chooser and zoom buttons are finger-sized", async ({ overlay, page }) => {
  await overlay.open();
  expect(await page.evaluate(() => matchMedia("(pointer: coarse)").matches)).toBe(true);
  const targets = [
    ...(await heights(page.locator(".ae-chooser label.ae-check"))),
    ...(await heights(page.locator(".ae-chooser button"))),
    ...(await heights(page.locator("section[data-view=overlay] .ae-range button"))),
    ...(await heights(page.locator("section[data-view=overlay] .ae-range input"))),
  ];
  // 27 rows; All, None, Reset and 5 quick sets; Apply and five zoom/pan buttons; 2 fields.
  expect(targets.length).toBe(27 + 8 + 6 + 2);
  const small = targets.filter(([, h]) => h < 44);
  expect(small, "targets under 44 px").toEqual([]);
  // A tap anywhere on a row's label ticks its box.
  const label = overlay.row("relu").locator("label");
  await label.scrollIntoViewIfNeeded();
  const box = (await label.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width - 10, box.y + box.height - 4);
  await expect(overlay.checkbox("relu")).not.toBeChecked();
});

test("the detail view's zoom buttons are finger-sized", async ({ app, page }) => {
  await app.open("?view=detail&fn=relu");
  const targets = await heights(page.locator(".ae-range button, .ae-range input"));
  expect(targets.length).toBe(8);
  expect(targets.filter(([, h]) => h < 44)).toEqual([]);
});
