import { test, expect } from "../fixtures/app_page";

// Issue 19, item 7: widgets can be trimmed for a docs page.
test("sections=quiz shows the questionnaire alone, much shorter", async ({ app, page }) => {
  await app.open("?view=guide");
  const full = await app.viewRoot("guide").boundingBox();
  await expect(page.getByTestId("notes")).toBeVisible();
  await app.open("?view=guide&sections=quiz");
  await expect(page.getByTestId("notes")).toHaveCount(0);
  await expect(page.locator("section.ae-guide button").first()).toBeVisible();
  const quiz = await app.viewRoot("guide").boundingBox();
  expect(quiz!.height).toBeLessThan(full!.height / 2);
  // A bad part gets a notice and the whole guide.
  await app.open("?view=guide&sections=quiz,faq");
  await expect(page.getByTestId("notices")).toContainText("sections");
  await expect(page.getByTestId("notes")).toBeVisible();
});

test("the table shows only the functions of fn", async ({ app, page }) => {
  await app.open("?view=table&fn=gelu,silu,mish");
  const shown = await page.locator("tbody tr[data-activation]:not([hidden])").evaluateAll((rows) =>
    rows.map((r) => r.getAttribute("data-activation")),
  );
  expect(shown).toEqual(["gelu", "silu", "mish"]);
});

test("the example docs page says how to open it", async ({ page }) => {
  await page.goto("/examples/docs-page.html");
  await expect(page.locator(".how-to-open")).toContainText("static-server.mjs");
});
