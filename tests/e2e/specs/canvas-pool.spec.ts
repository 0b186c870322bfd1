import { test, expect } from "../fixtures/app_page";

// Charts that leave the page give their <canvas> back for the next ones (a new canvas, its
// context and its backing store cost most of a gallery switch's drawing). A reused canvas must
// carry its new chart's label and focusability, never the old ones, and be drawn.
test("canvases are reused across view switches, relabelled and redrawn", async ({ app, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // The guide's 16 cards (the whole gallery holds 26, more than the pool's 24 canvases).
  await app.open("?view=gallery&set=seed");
  await app.waitChartsDrawn();
  const marked = await page.evaluate(() => {
    const cs = [...document.querySelectorAll("canvas")];
    cs.forEach((c, i) => ((c as any).__aeMark = i + 1));
    return cs.length;
  });
  expect(marked).toBe(16);

  // The detail view's chart takes keyboard focus; the gallery's do not.
  await app.gotoView("detail");
  await app.waitChartsDrawn();
  const detail = await page.evaluate(() => {
    const c = document.querySelector(".ae-detail canvas") as HTMLCanvasElement;
    return { reused: !!(c as any).__aeMark, tabindex: c.getAttribute("tabindex"), label: c.getAttribute("aria-label") };
  });
  expect(detail.reused, "the detail chart reuses a gallery canvas").toBe(true);
  expect(detail.tabindex).toBe("0");
  expect(detail.label).toContain("ReLU");

  await app.gotoView("table");
  await app.gotoView("gallery");
  await app.waitChartsDrawn();
  const back = await page.evaluate(() =>
    [...document.querySelectorAll("article")].flatMap((card) => {
      const c = card.querySelector("canvas");
      if (!c) return [];
      return [{
        reused: !!(c as any).__aeMark,
        tabindex: c.getAttribute("tabindex"),
        role: c.getAttribute("role"),
        label: c.getAttribute("aria-label") ?? "",
        title: card.querySelector("h3")?.textContent ?? "",
      }];
    }),
  );
  expect(back).toHaveLength(16);
  expect(back.filter((c) => c.reused).length, "canvases reused").toBeGreaterThanOrEqual(15);
  for (const c of back) {
    expect(c.tabindex, `${c.title}: no focus stop`).toBeNull();
    expect(c.role).toBe("img");
    expect(c.label, `${c.title}: its own label`).toContain(c.title);
  }
  await app.expectCanvasesDrawn();
});

// The pool holds at most 8 million backing-store pixels: big canvases are not all kept.
test.describe("with large, dense canvases", () => {
  test.use({ viewport: { width: 2400, height: 1000 }, deviceScaleFactor: 3 });
  test("the pool keeps only what fits its pixel budget", async ({ app, page }) => {
    await app.open("?view=gallery&set=seed");
    await app.waitChartsDrawn();
    const pixels = await page.evaluate(() => {
      const cs = [...document.querySelectorAll("canvas")];
      cs.forEach((c) => ((c as any).__aeMark = true));
      return cs.map((c) => c.width * c.height);
    });
    expect(pixels).toHaveLength(16);
    const each = Math.min(...pixels);
    expect(each * 16, "this gallery holds more than the pool's budget").toBeGreaterThan(8_000_000);
    await app.gotoView("table");
    await app.gotoView("gallery");
    await app.waitChartsDrawn();
    const reused = await page.evaluate(() => [...document.querySelectorAll("canvas")].filter((c) => (c as any).__aeMark).length);
    expect(reused).toBeGreaterThan(0);
    expect(reused).toBeLessThanOrEqual(Math.floor(8_000_000 / each));
    await app.expectCanvasesDrawn();
  });
});
