import { test, expect, LANGS, type AppPage } from "../fixtures/app_page";

// The eight paths of the seed's decision tree, clicked in both languages: the role="status"
// region names the recommendation, and the views highlight exactly the recommended set
// (outcome.recommended + outcome.also, e.g. GELU's tanh form beside GELU).
const PATHS: { path: string; outcome: string; recommended: string[]; also: string[] }[] = [
  { path: "y", outcome: "sigmoid", recommended: ["sigmoid"], also: [] },
  { path: "ny", outcome: "tanh", recommended: ["tanh"], also: [] },
  { path: "nny", outcome: "gelu", recommended: ["gelu"], also: ["gelu_tanh"] },
  { path: "nnny", outcome: "mobile", recommended: ["hardswish", "relu6", "hardtanh"], also: [] },
  { path: "nnnny", outcome: "dying_neurons", recommended: ["leaky_relu", "elu"], also: [] },
  { path: "nnnnny", outcome: "selu", recommended: ["selu"], also: [] },
  { path: "nnnnnny", outcome: "accuracy", recommended: ["mish", "silu"], also: [] },
  { path: "nnnnnnn", outcome: "default", recommended: ["relu"], also: [] },
];

/** Views that show activations, and the scope of their activation elements. */
const HIGHLIGHT_VIEWS = [
  ["gallery", "section[data-view=gallery]"],
  ["table", "section[data-view=table] tbody"],
  ["groups", "section[data-view=groups] .ae-members"],
  ["overlay", "section[data-view=overlay] .ae-legend"],
] as const;

/** Checks the highlight on the current view (`scope`: where its activations are) against
 * `expected`, restricted to the activations the view shows. */
async function expectHighlightHere(app: AppPage, view: string, scope: string, expected: string[]) {
  const shown = await app.shownIds(scope);
  expect(shown.length, `activations on ${view}`).toBeGreaterThanOrEqual(16);
  const want = expected.filter((a) => shown.includes(a)).sort();
  expect(await app.recommendedIds(scope), `data-recommended on ${view}`).toEqual(want);
  // Not by colour alone: each recommended activation carries a ★ badge, the others none.
  const stars = await app.page.locator(scope).evaluateAll((roots) => {
    const out: Record<string, boolean> = {};
    for (const root of roots) {
      root.querySelectorAll<HTMLElement>("[data-activation]").forEach((el) => {
        const id = el.dataset.activation!;
        out[id] = (out[id] ?? false) || el.querySelector(".ae-badge") !== null;
      });
    }
    return out;
  });
  for (const [id, star] of Object.entries(stars)) expect(star, `★ on ${view}/${id}`).toBe(want.includes(id));
}

/** Checks the highlight on every view that shows activations. */
async function expectHighlight(app: AppPage, expected: string[]) {
  for (const [view, scope] of HIGHLIGHT_VIEWS) {
    await app.gotoView(view);
    await expectHighlightHere(app, view, scope, expected);
  }
}

async function statusNames(app: AppPage, ids: string[]): Promise<string[]> {
  // The display names of `ids` in the page's language, from the result list's own entries.
  return Promise.all(
    ids.map((id) => app.page.locator(`[data-outcome] li[data-activation="${id}"] strong`).innerText()),
  );
}

for (const lang of LANGS) {
  for (const p of PATHS) {
    test(`path ${p.path} (${lang}) recommends ${p.recommended.join(", ")}`, async ({ app, quiz, page }) => {
      await app.open(`?lang=${lang}`);
      await expect(quiz.status()).toHaveText("");
      await quiz.answer(p.path, lang);
      expect(await app.urlParam("answers")).toBe(p.path);
      expect(await quiz.outcome()).toBe(p.outcome);
      // The result lists exactly the recommended ones, each with a link to its detail view.
      const listed = await page.locator("[data-outcome] .ae-rec-list > li").evaluateAll((els) => els.map((e) => e.getAttribute("data-activation")));
      expect(listed).toEqual(p.recommended);
      for (const id of p.recommended) {
        await expect(page.locator(`[data-outcome] li[data-activation="${id}"] a.ae-detail-link`)).toHaveAttribute("href", `?view=detail&fn=${id}`);
      }
      // The status region names every recommended activation.
      const names = await statusNames(app, p.recommended);
      const status = await quiz.status().innerText();
      expect(status.length).toBeGreaterThan(20);
      for (const n of names) expect(status).toContain(n);
      if (lang === "zh") expect(status).toMatch(/[\u4e00-\u9fff]/);
      else expect(status).not.toMatch(/[\u4e00-\u9fff]/);
      // The highlight on the views is exactly recommended + also.
      await expectHighlight(app, [...p.recommended, ...p.also]);
      // Reloading restores the same state.
      const url = page.url();
      await page.reload();
      await app.waitReady();
      expect(page.url()).toBe(url);
      await expectHighlightHere(app, "overlay (reloaded)", HIGHLIGHT_VIEWS[3][1], [...p.recommended, ...p.also]);
      await app.gotoView("guide");
      expect(await quiz.outcome()).toBe(p.outcome);
      await expect(quiz.status()).toHaveText(status);
    });
  }
}

test("Back, a step of the path, and Start over move the questionnaire and the highlight", async ({ app, quiz, page }) => {
  await app.open("?lang=en");
  await expect(quiz.back()).toBeDisabled();
  await expect(quiz.restart()).toBeDisabled();
  expect(await quiz.currentQuestion()).toBe("binary_output");
  await quiz.answer("nny", "en");
  expect(await quiz.outcome()).toBe("gelu");
  // Back: the last answer is undone, the result and its status go away.
  await quiz.back().click();
  await app.expectUrlParam("answers", "nn");
  expect(await quiz.currentQuestion()).toBe("transformer_nlp");
  await expect(quiz.status()).toHaveText("");
  await app.gotoView("table");
  expect(await app.recommendedIds("section[data-view=table] tbody")).toEqual([]);
  await app.gotoView("guide");
  // Answer differently: the highlight moves.
  await quiz.answer("y", "en");
  expect(await quiz.outcome()).toBe("gelu");
  await quiz.back().click();
  await quiz.answer("ny", "en");
  await app.expectUrlParam("answers", "nnny");
  expect(await quiz.outcome()).toBe("mobile");
  await app.gotoView("gallery");
  expect(await app.recommendedIds("section[data-view=gallery]")).toEqual(["hardswish", "hardtanh", "relu6"]);
  await app.gotoView("guide");
  // Clicking the first step of the path goes back to that question.
  await page.locator(".ae-path button[data-step='1']").click();
  await app.expectUrlParam("answers", "n");
  expect(await quiz.currentQuestion()).toBe("rnn_generative");
  // Start over clears everything.
  await quiz.restart().click();
  await app.expectUrlParam("answers", null);
  expect(await quiz.currentQuestion()).toBe("binary_output");
  await expect(quiz.back()).toBeDisabled();
  await app.gotoView("overlay");
  expect(await app.recommendedIds("section[data-view=overlay] .ae-legend")).toEqual([]);
});

test("browser Back and Forward move between questionnaire states and views", async ({ app, quiz, page }) => {
  await app.open("?lang=zh");
  await quiz.answer("nny", "zh");
  expect(await quiz.outcome()).toBe("gelu");
  await app.gotoView("table");
  expect(await app.recommendedIds("section[data-view=table] tbody")).toEqual(["gelu", "gelu_tanh"]);
  await page.goBack();
  await expect(app.viewRoot("guide")).toBeVisible();
  expect(await quiz.outcome()).toBe("gelu");
  await page.goBack();
  await app.expectUrlParam("answers", "nn");
  await expect.poll(() => quiz.currentQuestion()).toBe("transformer_nlp");
  await expect(quiz.status()).toHaveText("");
  await page.goBack();
  await app.expectUrlParam("answers", "n");
  await expect.poll(() => quiz.currentQuestion()).toBe("rnn_generative");
  await page.goForward();
  await page.goForward();
  await app.expectUrlParam("answers", "nny");
  await expect.poll(() => quiz.outcome()).toBe("gelu");
  await expect(quiz.status()).toContainText("GELU");
  await page.goForward();
  await expect(app.viewRoot("table")).toBeVisible();
  expect(await app.recommendedIds("section[data-view=table] tbody")).toEqual(["gelu", "gelu_tanh"]);
  // The language stayed Chinese throughout.
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});
