import type { Page } from "@playwright/test";
import { test, expect } from "../fixtures/app_page";

// On a phone the charts fill the screen's width: a vertical swipe that starts on one must scroll
// the page. Over the detail chart a sideways drag still pans it.
test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

/** A one-finger swipe by (dx, dy) CSS px starting at the centre of `selector`'s first match. */
async function swipe(page: Page, selector: string, dx: number, dy: number) {
  const box = (await page.locator(selector).first().boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: x + (dx * i) / 10, y: y + (dy * i) / 10 }] });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

test("a vertical swipe on a gallery chart scrolls the page", async ({ app, page }) => {
  await app.open("?view=gallery");
  await swipe(page, "canvas.ae-chart", 0, -250);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
});

test("on the detail chart a vertical swipe scrolls the page, a sideways drag pans the chart", async ({ app, page }) => {
  await app.open("?view=detail&fn=relu");
  await swipe(page, ".ae-interactive canvas", 0, -250);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
  expect(await app.urlParam("x"), "the range stays").toBeNull();
  await page.evaluate(() => scrollTo(0, 0));
  await swipe(page, ".ae-interactive canvas", -150, 0);
  await expect.poll(() => app.urlParam("x")).not.toBeNull();
});
