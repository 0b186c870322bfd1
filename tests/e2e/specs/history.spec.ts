import { test, expect } from "../fixtures/app_page";

// The app writes the URL just after each state change. Back and Forward in quick succession
// must never let a write that was pending cut off the forward history or land on the wrong
// entry: after any burst of traversals the page shows the entry the browser is on.
test("quick Back/Forward bursts keep the history and the view in step", async ({ app, page }) => {
  await app.open("?view=gallery");
  for (const v of ["groups", "overlay", "table"] as const) await app.gotoView(v);
  const entries = await page.evaluate(() => history.length);
  for (let round = 0; round < 8; round++) {
    const result = await page.evaluate(async (round) => {
      const popped = () => new Promise<void>((ok) => addEventListener("popstate", () => ok(), { once: true }));
      const steps = round % 2 ? [-1, -1, 1, -1, 1, 1] : [-1, 1, -1, -1, 1, 1];
      for (const s of steps) {
        const p = popped();
        history.go(s);
        await p;
        // No pause: the app's pending URL writes race the next traversal.
      }
      await new Promise((ok) => setTimeout(ok, 50));
      return { length: history.length, search: location.search, shown: document.querySelector("main section")?.getAttribute("data-view") };
    }, round);
    expect(result.length, "no forward entry lost, none added").toBe(entries);
    expect(result.search).toContain("view=table");
    expect(result.shown).toBe("table");
  }
});
