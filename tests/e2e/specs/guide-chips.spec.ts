import { test, expect } from "../fixtures/app_page";

// The guide's function chips (category guide and practical notes) look like links: each opens
// the detail view of its function, in the same app, with a history entry.
test("a function chip of the guide opens its detail view", async ({ app, page }) => {
  await app.open("?view=guide");
  const chip = page.locator(".ae-chip[data-activation=selu]").first();
  await expect(chip).toHaveAttribute("href", "?view=detail&fn=selu");
  await chip.click();
  await expect(app.viewRoot("detail")).toHaveAttribute("data-activation", "selu");
  await app.waitChartsDrawn();
  await expect.poll(() => app.urlParam("fn")).toBe("selu");
  await page.goBack();
  await expect(app.viewRoot("guide")).toBeVisible();
});

test("the chips are reachable with the keyboard", async ({ app, page }) => {
  await app.open("?view=guide&lang=zh");
  const chip = page.locator(".ae-chip[data-activation=gelu]").first();
  await chip.focus();
  await page.keyboard.press("Enter");
  await expect(app.viewRoot("detail")).toHaveAttribute("data-activation", "gelu");
});
