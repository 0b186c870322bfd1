import { test, expect } from "../fixtures/app_page";

// Issue 19, item 8: the table opens with a compact comparison grid (range, bounded, monotonic,
// smooth, zero-centred, cost, PyTorch call), one row per function, sortable by a click on a
// column's header, each function's prose (its card) one click away.
const GRID = "section[data-view=table] table.ae-table";
const COLS = ["range", "bounded", "monotonic", "smooth", "zero_centred", "cost", "pytorch"];

test("the grid has a row per function with its facts, much shorter than the cards were", async ({ app, page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open("?view=table&lang=en");
  const rows = page.locator(`${GRID} tbody tr[data-activation]`);
  await expect(rows).toHaveCount(31);
  const sortable = await page.locator(`${GRID} thead th button.ae-sort`).evaluateAll((bs) => bs.map((b) => b.getAttribute("data-sort")));
  expect(sortable).toEqual(["name", ...COLS]);
  const gelu = page.locator(`${GRID} tr[data-activation="gelu"]`);
  for (const col of COLS) await expect(gelu.locator(`td[data-col="${col}"]`)).toHaveCount(1);
  await expect(gelu.locator('td[data-col="range"]')).toHaveText("[−0.17, ∞)");
  await expect(gelu.locator('td[data-col="monotonic"]')).toContainText("✗");
  await expect(gelu.locator('td[data-col="smooth"]')).toContainText("✓");
  await expect(gelu.locator('td[data-col="cost"]')).toContainText("erf");
  await expect(gelu.locator('td[data-col="pytorch"]')).toHaveText("nn.GELU()");
  await expect(page.locator(`${GRID} tr[data-activation="tanh"] td[data-col="zero_centred"]`)).toContainText("✓");
  await expect(page.locator(`${GRID} tr[data-activation="sigmoid"] td[data-col="bounded"]`)).toHaveText("both");
  // The prose is closed: one line per function (the 17 cards were 5,679 px tall).
  await expect(page.locator(`${GRID} tr.ae-card-row:visible`)).toHaveCount(0);
  const height = await page.locator(GRID).evaluate((t) => t.getBoundingClientRect().height);
  expect(height).toBeLessThan(2000);
  const tallest = await rows.evaluateAll((rs) => Math.max(...rs.map((r) => r.getBoundingClientRect().height)));
  expect(tallest, "at most two lines (a long name wraps)").toBeLessThan(80);
});

test("a header click sorts the rows, again reverses them, with aria-sort", async ({ app, page }) => {
  await app.open("?view=table&lang=en&set=seed");
  const order = () =>
    page.locator(`${GRID} tbody tr[data-activation]:not([hidden])`).evaluateAll((rs) => rs.map((r) => r.getAttribute("data-activation")));
  const before = await order();
  expect(before[0]).toBe("sigmoid");
  const th = page.locator(`${GRID} thead th[data-col="cost"]`);
  await expect(th).not.toHaveAttribute("aria-sort");
  await th.locator("button").click();
  await expect(th).toHaveAttribute("aria-sort", "ascending");
  const asc = await order();
  expect(asc.at(-1)).toBe("mish"); // exp, log1p, tanh: the costliest
  expect(asc.slice(0, 3)).toEqual(["hardsigmoid", "hardtanh", "softsign"]);
  await th.locator("button").click();
  await expect(th).toHaveAttribute("aria-sort", "descending");
  const desc = await order();
  expect(desc[0]).toBe("mish");
  expect(new Set(desc)).toEqual(new Set(before));
  // Another column takes the sort over.
  const name = page.locator(`${GRID} thead th[data-col="name"]`);
  await name.locator("button").click();
  await expect(name).toHaveAttribute("aria-sort", "ascending");
  await expect(th).not.toHaveAttribute("aria-sort");
  expect((await order())[0]).toBe("elu");
  // The keyboard sorts too (the headers are buttons).
  await page.locator(`${GRID} thead th[data-col="smooth"] button`).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(`${GRID} thead th[data-col="smooth"]`)).toHaveAttribute("aria-sort", "ascending");
});

test("each row's button opens its card with the prose, and closes it", async ({ app, page }) => {
  await app.open("?view=table&lang=en");
  const button = page.locator(`${GRID} tr[data-activation="mish"] button.ae-expand`);
  await expect(button).toHaveAttribute("aria-expanded", "false");
  const card = page.locator(`${GRID} #${await button.getAttribute("aria-controls")}`);
  await expect(card).toBeHidden();
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(card).toBeVisible();
  await expect(card.locator("math")).toHaveCount(1);
  await expect(card).toContainText("Pros");
  await expect(card).toContainText("−0.3088"); // Mish's minimum, in its full range text
  // A sort keeps it open, under its own row.
  await page.locator(`${GRID} thead th[data-col="name"] button`).click();
  await expect(card).toBeVisible();
  const next = await page.locator(`${GRID} tr[data-activation="mish"]`).evaluate((r) => r.nextElementSibling?.getAttribute("data-card"));
  expect(next).toBe("mish");
  await button.click();
  await expect(card).toBeHidden();
  // The name still opens the detail view.
  await page.locator(`${GRID} a.ae-detail-link[data-activation="mish"]`).click();
  await expect(page).toHaveURL(/view=detail/);
});

test("Chinese headers and cells", async ({ app, page }) => {
  await app.open("?view=table&lang=zh");
  await expect(page.locator(`${GRID} thead th[data-col="monotonic"]`)).toHaveText(/单调/);
  await expect(page.locator(`${GRID} tr[data-activation="relu"] td[data-col="range"]`)).toHaveText("[0, +∞)");
  await expect(page.locator(`${GRID} tr[data-activation="sigmoid"] td[data-col="bounded"]`)).toHaveText("双侧");
});

test("fn narrows the grid to those functions", async ({ app, page }) => {
  await app.open("?view=table&fn=gelu,silu,mish");
  await expect(page.locator(`${GRID} tbody tr[data-activation]:visible`)).toHaveCount(3);
});
