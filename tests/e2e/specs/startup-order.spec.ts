import { test, expect, GALLERY_CARDS } from "../fixtures/app_page";

// Start-up draws what is in view first: `ae:ready` is marked when every chart in the viewport is
// drawn; the gallery's cards below the fold draw right after the first paint, without scrolling.
test("ae:ready waits for the charts in view, the rest draw right after", async ({ app, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // At the moment of the mark (synchronously, before anything else can run): which canvases
  // intersect the viewport, and which have pixels.
  await page.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = ((name: string, opts?: PerformanceMarkOptions) => {
      if (name === "ae:ready") {
        (window as any).__atReady = [...document.querySelectorAll("canvas")].map((c) => {
          const r = c.getBoundingClientRect();
          const inView = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
          let drawn = false;
          if (c.width > 0 && c.height > 0) {
            const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
            for (let i = 4; i < d.length && !drawn; i += 4) drawn = d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2] || d[i + 3] !== d[3];
          }
          return { inView, drawn };
        });
      }
      return mark(name, opts);
    }) as typeof performance.mark;
  });
  await app.open("?view=gallery");
  const at = (await page.evaluate(() => (window as any).__atReady)) as { inView: boolean; drawn: boolean }[];
  expect(at.length, "canvases at ae:ready").toBe(GALLERY_CARDS);
  const inView = at.filter((c) => c.inView);
  const below = at.filter((c) => !c.inView);
  expect(inView.length, "cards in view at 1280×800").toBeGreaterThan(0);
  expect(below.length, "cards below the fold at 1280×800").toBeGreaterThan(0);
  expect(inView.every((c) => c.drawn), "every chart in view is drawn at ae:ready").toBe(true);
  expect(below.some((c) => !c.drawn), "charts out of view wait for the first paint").toBe(true);
  // app.open waited for every canvas: all are drawn now, none scrolled into view.
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await app.expectCanvasesDrawn();
  app.expectClean();
});
