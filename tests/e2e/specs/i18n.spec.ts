import { test, expect, LANGS, type AppPage, type LangId } from "../fixtures/app_page";
import { CJK, languageProblems } from "../fixtures/i18n";

// Every view walked in English and in Chinese: no Chinese on the English page (but a tiny,
// justified allow-list: fixtures/i18n.ts) and nothing left in English on the Chinese page
// (names, code and formulas excepted); the table and the practical notes render in both.

const ALL_IDS = [
  "sigmoid", "tanh", "hardsigmoid", "hardtanh", "softsign", "relu", "leaky_relu", "prelu", "elu", "selu",
  "relu6", "gelu", "gelu_tanh", "silu", "mish", "softplus", "hardswish",
  "celu", "rrelu", "logsigmoid", "hardshrink", "softshrink", "tanhshrink", "threshold", "squared_relu",
  "quick_gelu", "snake",
];
const GATED_IDS = ["glu", "reglu", "geglu", "swiglu"];
const ROW_IDS = [...ALL_IDS, ...GATED_IDS];

async function expectLanguage(app: AppPage, lang: LangId, what: string) {
  await expect(app.page.locator("html")).toHaveAttribute("lang", lang === "zh" ? "zh-CN" : "en");
  expect(await languageProblems(app, lang), `${what} (${lang})`).toEqual([]);
}

for (const lang of LANGS) {
  test(`the questionnaire and its eight results speak ${lang} only`, async ({ app }) => {
    for (const answers of ["", "y", "ny", "nny", "nnny", "nnnny", "nnnnny", "nnnnnny", "nnnnnnn"]) {
      await app.open(`?lang=${lang}${answers ? `&answers=${answers}` : ""}`);
      await expectLanguage(app, lang, `guide answers=${answers}`);
    }
  });

  test(`the chart views speak ${lang} only`, async ({ app, page }) => {
    await app.open(`?view=gallery&lang=${lang}&deriv=1`);
    await expectLanguage(app, lang, "gallery");
    await page.getByTestId("gelu-tanh").click();
    await expectLanguage(app, lang, "gallery, GELU tanh form");
    await app.gotoView("groups");
    await expectLanguage(app, lang, "groups");
    await app.gotoView("overlay");
    await page.getByTestId("overlay-all").click();
    await app.waitChartsDrawn();
    await expectLanguage(app, lang, "overlay, all");
    for (const u of GATED_IDS) {
      await app.open(`?view=gated&fn=${u}&lang=${lang}&deriv=1`);
      await expectLanguage(app, lang, `gated ${u}`);
    }
  });

  test(`the detail view of every activation speaks ${lang} only`, async ({ app, detail, page }) => {
    await detail.open("relu", `&lang=${lang}`);
    for (const id of ALL_IDS) {
      await page.getByTestId("detail-select").selectOption(id);
      await expect(page.locator(`section[data-view="detail"][data-activation="${id}"]`)).toBeVisible();
      await app.waitChartsDrawn();
      // With the probe placed, so the readout is walked too.
      await detail.canvas().focus();
      await page.keyboard.press("ArrowRight");
      await expect(detail.readout().locator("[data-x]")).toHaveCount(1);
      await expectLanguage(app, lang, `detail of ${id}`);
    }
  });

  test(`messages (refused input, notices, embed dialog) speak ${lang}`, async ({ app, detail, page }) => {
    // Notices for ignored URL values.
    await detail.open("hardtanh", `&lang=${lang}&x=9,1&approximate=nope`);
    await expect(page.getByTestId("notices")).toBeVisible();
    await expectLanguage(app, lang, "notices");
    // Refused parameters (every kind of refusal) and a refused range.
    await detail.typeParam("min_val", "abc");
    await expect(detail.error("min_val")).not.toHaveText("");
    await expectLanguage(app, lang, "not a number");
    await detail.typeParam("min_val", "5000");
    await expect(detail.error("min_val")).not.toHaveText("");
    await expectLanguage(app, lang, "out of range");
    await detail.typeParam("min_val", "3");
    await expect(detail.error("min_val")).not.toHaveText("");
    await expectLanguage(app, lang, "min_val ≥ max_val");
    await detail.typeRange("5", "1");
    await expect(detail.rangeError()).toBeVisible();
    await expectLanguage(app, lang, "range error");
    // The embed dialog.
    await page.getByTestId("embed-button").click();
    await expect(page.getByTestId("embed-button")).toHaveAttribute("aria-expanded", "true");
    await expectLanguage(app, lang, "embed dialog");
  });

  test(`the table and the practical notes render in ${lang}`, async ({ app, page }) => {
    await app.open(`?view=table&lang=${lang}`);
    await expectLanguage(app, lang, "table");
    const rows = page.locator("section[data-view=table] tbody tr[data-activation]");
    await expect(rows).toHaveCount(ROW_IDS.length);
    expect((await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-activation")))).sort()).toEqual([...ROW_IDS].sort());
    // Every grid cell filled; every card's prose in the page's language; formulas are MathML.
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.trim())));
    for (const [i, row] of cells.entries()) {
      expect(row).toHaveLength(8);
      for (const c of row) expect(c.length, `row ${ROW_IDS[i]}`).toBeGreaterThan(0);
    }
    const cards = await page.locator("section[data-view=table] tbody tr[data-card]").evaluateAll((trs) =>
      trs.map((tr) => ({
        math: tr.querySelector("dd.ae-formula math") !== null,
        prose: [...tr.querySelectorAll("dd:not(.ae-formula)")].map((d) => (d.textContent ?? "").trim()),
      })),
    );
    expect(cards).toHaveLength(ROW_IDS.length);
    for (const [i, card] of cards.entries()) {
      expect(card.math, `formula of card ${i}`).toBe(true);
      for (const c of card.prose.slice(1, 5)) {
        if (lang === "zh") expect(c, "a Chinese card text").toMatch(CJK);
        else expect(c, "an English card text").not.toMatch(CJK);
      }
    }
    // The category filter.
    for (const cat of ["saturating", "relu_family", "smooth", "shrinkage", "periodic", "gated"]) {
      await page.locator(`[data-filter="${cat}"]`).click();
      const visible = await rows.evaluateAll((trs) => trs.filter((t) => !(t as HTMLElement).hidden).map((t) => t.getAttribute("data-category")));
      expect(visible.length).toBeGreaterThan(0);
      expect(new Set(visible)).toEqual(new Set([cat]));
    }
    await page.locator('[data-filter="all"]').click();
    await expect(rows.locator("visible=true")).toHaveCount(ROW_IDS.length);

    // The practical notes and the category guide, on the guide view.
    await app.gotoView("guide");
    const notes = page.locator("[data-testid=notes] article[data-note]");
    await expect(notes).toHaveCount(5);
    const ids = await notes.evaluateAll((els) => els.map((e) => e.getAttribute("data-note")));
    expect(ids).toEqual(["vanishing_gradients", "cost", "initialisation", "learnable_params", "bounded_outputs"]);
    // The notes' prose (the links to the depth lab under some notes are short on purpose).
    for (const text of await notes.locator("p:not(.ae-lab-links)").allInnerTexts()) {
      expect(text.length).toBeGreaterThan(40);
      if (lang === "zh") expect(text).toMatch(CJK);
      else expect(text).not.toMatch(CJK);
    }
    await expect(page.locator(".ae-prose article[data-category]")).toHaveCount(6);
  });
}

test("the language switch swaps every string and keeps the state", async ({ app, page }) => {
  await app.open("?view=overlay&lang=en&answers=nny&fn=gelu,relu");
  await expectLanguage(app, "en", "overlay");
  await app.langToggle().click();
  await app.expectUrlParam("lang", "zh");
  await expectLanguage(app, "zh", "overlay after the switch");
  expect(await app.urlParam("answers")).toBe("nny");
  expect(await app.urlParam("fn")).toBe("gelu,relu");
  await app.langToggle().click();
  await app.expectUrlParam("lang", "en");
  await expectLanguage(app, "en", "overlay after switching back");
});
