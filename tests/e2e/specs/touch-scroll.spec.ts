import type { Page } from "@playwright/test";
import { test, expect } from "../fixtures/app_page";

// On a phone the charts fill the screen's width: a vertical swipe that starts on one must scroll
// the page. Over the detail chart a sideways drag still pans it, and a tap reads a value.
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

test("a tap on the detail chart reads the value under the finger", async ({ app, detail, page }) => {
  await app.open("?view=detail&fn=relu");
  // The hint shown is the touch one (no wheel, no Ctrl on a phone).
  await expect(page.locator(".ae-hint:visible")).toHaveText("Tap the chart to read exact values; pinch to zoom, drag sideways to pan.");
  expect(await detail.readoutValues()).toBeNull();
  const box = (await page.locator(".ae-interactive canvas").boundingBox())!;
  await page.touchscreen.tap(box.x + box.width * 0.75, box.y + box.height / 2);
  const r = await detail.waitReadoutChange(null);
  // Right of centre on the default range (−6, 6), and ReLU's value there.
  expect(r.x).toBeGreaterThan(0);
  expect(r.x).toBeLessThan(6);
  expect(r.f).toBe(r.x);
  expect(await app.urlParam("x"), "a tap does not pan").toBeNull();
});
