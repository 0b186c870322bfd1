import { test, expect } from "../fixtures/app_page";

// Issue 19, item 1: everything the detail view shows follows the parameters, not only the curve.
test("dragging Leaky ReLU's slope updates label, formula, statistics, gain and code", async ({ app, page }) => {
  await app.open("?view=detail&fn=leaky_relu");
  const facts = page.locator("dl.ae-facts");
  await expect(page.getByTestId("pytorch-module")).toHaveText("nn.LeakyReLU(negative_slope=0.01)");
  await page.getByTestId("input-negative_slope").fill("0.29");
  await page.getByTestId("input-negative_slope").press("Enter");
  await expect(page.getByTestId("pytorch-module")).toHaveText("nn.LeakyReLU(negative_slope=0.29)");
  await expect(page.getByTestId("pytorch-functional")).toHaveText("F.leaky_relu(x, negative_slope=0.29)");
  await expect(facts.locator(".ae-formula").first()).toContainText("0.29");
  await expect(page.getByTestId("fact-init")).toContainText("calculate_gain('leaky_relu', 0.29)");
  // E[f(z)] = (1 − s)/√(2π) for the slope s.
  const mean = ((1 - 0.29) / Math.sqrt(2 * Math.PI)).toFixed(6);
  await expect(page.getByTestId("fact-stats")).toContainText(`E[f(z)] = ${mean}`);
  // The chart's legend/title names the slope under the formula's symbol.
  await expect(page.locator("figure figcaption, figure table caption").first()).toBeAttached();
  const label = await page.locator("figure canvas").first().getAttribute("aria-label");
  expect(label).toContain("α=0.29");
});

test("ELU's range follows alpha; GELU's tanh form shows its own code", async ({ app, page }) => {
  await app.open("?view=detail&fn=elu&alpha=2");
  await expect(page.getByTestId("fact-range")).toHaveText("(−2, ∞)");
  await app.open("?view=detail&fn=gelu&approximate=tanh");
  await expect(page.getByTestId("pytorch-module")).toHaveText("nn.GELU(approximate='tanh')");
});

test("the PyTorch line has a Copy button that copies the module call", async ({ app, page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await app.open("?view=detail&fn=leaky_relu&negative_slope=0.2");
  await page.locator("[data-copy=pytorch]").click();
  await expect(page.locator("[data-copy=pytorch] + [role=status]")).toHaveText("Copied to the clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("nn.LeakyReLU(negative_slope=0.2)");
});

test("a statistic that is zero shows as 0, not rounding noise", async ({ app, page }) => {
  await app.open("?view=detail&fn=selu");
  await expect(page.getByTestId("fact-stats")).toContainText("E[f(z)] = 0,");
});

test("the slider names the PyTorch argument, its symbol and its default", async ({ app, page }) => {
  await app.open("?view=detail&fn=leaky_relu");
  const label = page.locator(".ae-param[data-param=negative_slope] label");
  await expect(label).toContainText("negative_slope");
  await expect(label).toContainText("α");
  await expect(label).toContainText("0.01");
});
