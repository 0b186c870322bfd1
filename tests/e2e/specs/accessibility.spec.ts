import { test, expect, CHART_VIEWS, LANGS } from "../fixtures/app_page";

// Accessibility basics: charts are figures with captions, canvases are labelled images with a
// data table for screen readers; the questionnaire works from the keyboard.
for (const view of CHART_VIEWS) {
  for (const lang of LANGS) {
    test(`every chart on ${view} (${lang}) is a labelled figure`, async ({ app, page }) => {
      await app.open(`?view=${view}&lang=${lang}&fn=gelu`);
      const canvases = page.locator("canvas");
      const n = await canvases.count();
      expect(n).toBeGreaterThan(0);
      const facts = await canvases.evaluateAll((els) =>
        els.map((c) => {
          const fig = c.closest("figure");
          return {
            inFigure: fig !== null,
            caption: fig?.querySelector(":scope > figcaption")?.textContent?.trim() ?? "",
            role: c.getAttribute("role"),
            label: c.getAttribute("aria-label") ?? "",
            table: fig?.querySelectorAll("table tbody tr").length ?? 0,
          };
        }),
      );
      for (const [i, f] of facts.entries()) {
        expect(f.inFigure, `canvas ${i} in a <figure>`).toBe(true);
        expect(f.caption.length, `canvas ${i} <figcaption>`).toBeGreaterThan(0);
        expect(f.role, `canvas ${i} role`).toBe("img");
        expect(f.label.length, `canvas ${i} aria-label`).toBeGreaterThan(10);
        expect(f.table, `canvas ${i} sample table rows`).toBeGreaterThan(0);
        if (lang === "zh") expect(f.label).toMatch(/[\u4e00-\u9fff]/);
        else expect(f.label).not.toMatch(/[\u4e00-\u9fff]/);
      }
    });
  }
}

test("the sample table follows the chart: a parameter change rewrites it", async ({ app, detail, page }) => {
  await app.open("?view=detail&fn=leaky_relu&x=-2,2");
  const table = page.locator(".ae-detail-chart table.ae-sr-only");
  const before = await table.textContent();
  // Rows at x = -2, -4/3, …: f = 0.01·x with the default slope.
  expect(before).toContain("-0.02");
  expect(before).toContain("-0.013333");
  await detail.setSlider("negative_slope", 0.3);
  await expect(table).toContainText("-0.6");
  await expect(table).toContainText("-0.4");
  await expect(table).not.toContainText("-0.013333");
});

test("the canvas' aria-label says what is drawn", async ({ app, page }) => {
  await app.open("?view=detail&fn=elu&x=-3,2");
  const label = await page.locator(".ae-detail-chart canvas").getAttribute("aria-label");
  expect(label).toContain("ELU");
  expect(label).toMatch(/-3/);
  expect(label).toMatch(/\b2\b/);
});

test("Tab reaches the Yes button; Enter and Space answer; focus follows", async ({ app, quiz, page }) => {
  await app.open("?lang=en");
  const yes = quiz.answerButton(true, "en");
  const no = quiz.answerButton(false, "en");
  // Tab from the top of the page until the Yes button has focus (bounded).
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await yes.evaluate((el) => el === document.activeElement);
  }
  expect(reached, "Tab reaches Yes").toBe(true);
  // The focused button shows a visible focus indicator.
  const outline = await yes.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
  });
  expect(outline.style !== "none" && outline.width > 0 || outline.shadow !== "none", "visible focus").toBe(true);
  // Tab on to No and answer it with Enter.
  await page.keyboard.press("Tab");
  await expect(no).toBeFocused();
  await page.keyboard.press("Enter");
  await app.expectUrlParam("answers", "n");
  expect(await quiz.currentQuestion()).toBe("rnn_generative");
  // Focus moved to the next question's box; Tab goes on to its Yes.
  await expect(page.locator(".ae-question-box")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(yes).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(no).toBeFocused();
  await page.keyboard.press(" ");
  await app.expectUrlParam("answers", "nn");
  await page.keyboard.press("Tab");
  await expect(yes).toBeFocused();
  await page.keyboard.press(" ");
  await app.expectUrlParam("answers", "nny");
  // The result has focus (its box), and is announced in the status region.
  await expect(page.locator(".ae-question-box")).toBeFocused();
  await expect(page.locator(".ae-question-box [data-outcome]")).toBeVisible();
  await expect(quiz.status()).toContainText("GELU");
  await expect(quiz.status()).toHaveAttribute("role", "status");
});
