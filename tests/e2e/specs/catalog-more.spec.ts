import { test, expect, LANGS, GALLERY_CARDS } from "../fixtures/app_page";
import { CJK } from "../fixtures/i18n";

// Issue 14: the activations added beyond the seed, the gated units' view and the set filter.

const ADDED = [
  "celu", "rrelu", "logsigmoid", "hardshrink", "softshrink", "tanhshrink", "threshold", "squared_relu",
  "quick_gelu", "snake",
];
const GATED = ["glu", "reglu", "geglu", "swiglu"];

for (const lang of LANGS) {
  test(`every added activation has a drawn detail chart and facts (${lang})`, async ({ app, detail, page }) => {
    for (const id of ADDED) {
      await detail.open(id, `&lang=${lang}`);
      const section = page.locator(`section[data-view="detail"][data-activation="${id}"]`);
      await app.waitChartsDrawn();
      await app.expectCanvasesDrawn(".ae-detail-chart canvas");
      await expect(page.locator(`dl.ae-facts[data-activation="${id}"] math`).first()).toBeVisible();
      await expect(section.locator("h2")).not.toBeEmpty();
    }
  });

  test(`every added activation and gated unit has a table card (${lang})`, async ({ app, page }) => {
    await app.open(`?view=table&lang=${lang}`);
    for (const id of [...ADDED, ...GATED]) {
      const row = page.locator(`section[data-view=table] tbody tr[data-activation="${id}"]`);
      await expect(row).toBeVisible();
      await expect(row.locator("td.ae-formula math")).toBeAttached();
      const cells = await row.locator("td:not(.ae-formula)").allInnerTexts();
      expect(cells).toHaveLength(5);
      for (const text of cells.slice(1)) {
        if (lang === "zh") expect(text, `${id}: a Chinese cell`).toMatch(CJK);
        else expect(text, `${id}: an English cell`).not.toMatch(CJK);
      }
    }
    // The three groups, in order: the guide's set (marked), the added ones, the gated units.
    const groups = await page.locator("section[data-view=table] tr.ae-group-row").evaluateAll((els) =>
      els.map((e) => e.getAttribute("data-group")),
    );
    expect(groups).toEqual(["seed", "added", "gated"]);
    await expect(page.locator('section[data-view=table] tr[data-seed="true"]')).toHaveCount(17);
    // A gated unit's link opens its view.
    await page.locator('section[data-view=table] a[data-activation="geglu"]').click();
    await expect(page.locator('section[data-view="gated"][data-activation="geglu"]')).toBeVisible();
    await app.expectUrlParam("fn", "geglu");
  });

  test(`the gated view draws its heat map and gate for every unit (${lang})`, async ({ app, page }) => {
    await app.open(`?view=gated&lang=${lang}`);
    const root = page.locator('section[data-view="gated"]');
    await expect(root).toHaveAttribute("data-activation", "swiglu");
    let before = await app.canvasesData("section[data-view=gated] canvas");
    expect(before).toHaveLength(2);
    let current = "swiglu";
    for (const u of [...GATED, "swiglu"]) {
      if (u !== current) {
        current = u;
        await root.locator(`[data-unit="${u}"]`).click();
        await app.expectUrlParam("fn", u);
        await expect(root).toHaveAttribute("data-activation", u);
        await app.expectCanvasChanged(before[0], `section[data-view=gated] [data-activation="${u}"] canvas`);
      }
      await app.waitChartsDrawn();
      const charts = root.locator(`[data-activation="${u}"] canvas`);
      await expect(charts).toHaveCount(2);
      await app.expectCanvasesDrawn(`section[data-view=gated] canvas`);
      // The heat map is not blank: it has many distinct colours (a gradient), not a few lines.
      const colours = await charts.first().evaluate((c: HTMLCanvasElement) => {
        const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
        const seen = new Set<number>();
        for (let i = 0; i < d.length; i += 4 * 97) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
        return seen.size;
      });
      expect(colours, `${u}: colours in the heat map`).toBeGreaterThan(40);
      await expect(root.locator(`dl[data-activation="${u}"] math`).first()).toBeVisible();
      const facts = await root.locator(`dl[data-activation="${u}"]`).innerText();
      if (lang === "zh") expect(facts).toMatch(CJK);
      else expect(facts).not.toMatch(CJK);
      before = await app.canvasesData("section[data-view=gated] canvas");
    }
    await expect(root.locator("dl")).toContainText(lang === "zh" ? "LLaMA" : "LLaMA");
  });
}

test("the set filter narrows the gallery and the table, and lives in the URL", async ({ app, page }) => {
  await app.open("?view=gallery");
  const cards = page.locator("section[data-view=gallery] article.ae-card");
  await expect(cards).toHaveCount(GALLERY_CARDS);
  await expect(page.locator('.ae-gallery-section[data-group="added"] h2')).toContainText("Beyond the guide");
  await expect(page.locator('article.ae-card[data-seed="true"]')).toHaveCount(16);

  await page.locator('[data-testid=set-filter] [data-set="seed"]').click();
  await app.expectUrlParam("set", "seed");
  await expect(cards).toHaveCount(16);
  await expect(page.locator('.ae-gallery-section[data-group="added"]')).toBeHidden();

  await page.locator('[data-testid=set-filter] [data-set="models"]').click();
  await app.expectUrlParam("set", "models");
  const ids = async () => (await cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-activation")))).sort();
  await expect.poll(ids).toEqual(["gelu", "quick_gelu", "relu", "silu", "snake", "softplus", "squared_relu"]);
  await app.waitChartsDrawn();
  await app.expectCanvasesDrawn();

  await page.locator('[data-testid=set-filter] [data-set="pytorch"]').click();
  await expect(cards).toHaveCount(GALLERY_CARDS - 3);
  await expect(page.locator('article.ae-card[data-activation="snake"]')).toHaveCount(0);

  // The same filter on the table, carried over by the state.
  await app.gotoView("table");
  await expect(page.locator('[data-testid=set-filter] [data-set="pytorch"]')).toHaveAttribute("aria-pressed", "true");
  const visible = page.locator("section[data-view=table] tbody tr[data-activation]:visible");
  await expect(visible).toHaveCount(24 + 1);
  await expect(page.locator('section[data-view=table] tr[data-activation="squared_relu"]')).toBeHidden();
  await expect(page.locator('section[data-view=table] tr[data-activation="glu"]')).toBeVisible();

  // Back restores the previous filter.
  await page.goBack();
  await expect.poll(() => app.urlParam("view")).toBe("gallery");
  await expect.poll(() => app.urlParam("set")).toBe("pytorch");

  // A bad value: a notice, and the default (everything).
  await app.open("?view=gallery&set=everything");
  await expect(page.getByTestId("notices")).toContainText("set");
  await expect(cards).toHaveCount(GALLERY_CARDS);
});

test("the GELU results note the gated units of large language models and link to them", async ({ app, page }) => {
  for (const answers of ["nny", "nnnnnnn"]) {
    await app.open(`?answers=${answers}&lang=en`);
    const note = page.getByTestId("outcome-note");
    await expect(note).toContainText("SwiGLU");
    await expect(note).toContainText("GeGLU");
  }
  await app.open("?answers=y");
  await expect(page.getByTestId("outcome-note")).toHaveCount(0);
  await app.open("?answers=nny&lang=zh");
  await expect(page.getByTestId("outcome-note")).toContainText("大语言模型");
  await page.getByTestId("outcome-note").locator('a[data-activation="swiglu"]').click();
  await expect(page.locator('section[data-view="gated"][data-activation="swiglu"]')).toBeVisible();
  await app.expectUrlParam("view", "gated");
  await app.waitChartsDrawn();
  await app.expectCanvasesDrawn();
});

test("parameters of the added activations: RReLU's ordered slopes, threshold's keys", async ({ app, detail, page }) => {
  await detail.open("rrelu", "&lang=en");
  await detail.typeParam("lower", "0.5");
  await expect(detail.error("lower")).toContainText("lower must not be greater than upper");
  await detail.typeParam("lower", "0.3333333333333333");
  await expect(detail.error("lower")).toHaveText("");
  await app.expectUrlParam("lower", "0.3333333333333333");
  // threshold and value are the threshold function's keys; softplus' moved.
  await detail.open("threshold", "&threshold=1&value=-1");
  await expect(page.locator("dl.ae-facts math").first()).toContainText("−1");
  await app.open("?view=detail&fn=softplus&softplus_threshold=20");
  await expect(page.getByTestId("notices")).toHaveCount(0);
});
