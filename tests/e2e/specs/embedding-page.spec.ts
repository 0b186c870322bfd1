import { test, expect } from "../fixtures/app_page";
import { CSP_ORIGIN, Guard, cspViolations, recordCspViolations } from "../fixtures/hardening";

// examples/embedding.html, the page for embedders: every configuration key is shown on a live
// widget, the code beside each widget is that widget's code, every widget draws, and the
// attribute-change demo redraws in place.

test("every attribute is shown beside a live widget that draws, with its own code", async ({ app, page }) => {
  await page.goto("/examples/embedding.html");
  // The keys of the URL / attributes, as the app itself declares them: the custom element
  // observes exactly those (state::Key::all()).
  await page.waitForFunction(() => customElements.get("activation-explorer") !== undefined);
  const KEYS: string[] = await page.evaluate(
    () => [...((customElements.get("activation-explorer") as unknown as { observedAttributes: string[] }).observedAttributes)],
  );
  expect(KEYS.length).toBeGreaterThan(10);
  const ids = await page.locator("activation-explorer").evaluateAll((els) => els.map((e) => e.id));
  await page.waitForFunction(
    (ids) =>
      ids.every((id) => {
        const root = document.getElementById(id)?.shadowRoot;
        if (!root?.querySelector(".ae-root main section")) return false;
        return [...root.querySelectorAll("canvas")].every((c) => {
          if (c.width === 0) return false;
          const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
          for (let k = 4; k < d.length; k += 4) if (d[k] !== d[0] || d[k + 1] !== d[1] || d[k + 2] !== d[2]) return true;
          return false;
        });
      }),
    ids,
    { timeout: 30_000 },
  );
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll("activation-explorer")].flatMap((e) => e.getAttributeNames()),
  );
  for (const key of KEYS.filter((k) => k !== "embed")) expect(shown, `an example of ${key}`).toContain(key);
  // No widget shows a notice: every example is valid.
  expect(await page.evaluate(() => [...document.querySelectorAll("activation-explorer")].filter((e) => e.shadowRoot!.querySelector("[data-testid=notices]")).map((e) => e.id))).toEqual([]);
  // The code beside each widget is that widget.
  const pairs = await page.locator("code[data-for]").evaluateAll((codes) =>
    codes.map((c) => {
      const el = document.getElementById(c.getAttribute("data-for")!)!.cloneNode() as Element;
      el.removeAttribute("id");
      el.removeAttribute("data-activation-explorer-mounted");
      return [c.textContent, el.outerHTML];
    }),
  );
  expect(pairs.length).toBeGreaterThanOrEqual(12);
  for (const [code, element] of pairs) expect(code).toBe(element);
  await app.screenshots("embedding-page");
});

test("the attribute-change demo redraws the widget beside it", async ({ app, page }) => {
  await page.goto("/examples/embedding.html");
  const widget = page.locator("#a-change");
  await expect(widget.locator("section[data-activation=relu] canvas")).toBeVisible();
  await expect.poll(() => widget.evaluate((h) => (h.shadowRoot!.querySelector("canvas") as HTMLCanvasElement).width)).toBeGreaterThan(0);
  await page.locator("#cycle-fn").click();
  await expect(widget.locator("section[data-view=detail]")).toHaveAttribute("data-activation", "gelu");
  await expect(page.locator("#cycle-current")).toHaveText("gelu");
});

test("under the strict CSP the embedders' page works with zero violations", async ({ page }) => {
  const guard = new Guard(page, CSP_ORIGIN);
  await recordCspViolations(page);
  const res = await page.goto(`${CSP_ORIGIN}/examples/embedding.html`);
  expect(res!.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval';");
  const widget = page.locator("#a-change");
  await expect(widget.locator("section[data-activation=relu] canvas")).toBeVisible({ timeout: 15_000 });
  await page.locator("#cycle-fn").click();
  await expect(widget.locator("section[data-view=detail]")).toHaveAttribute("data-activation", "gelu");
  await expect(page.locator("#a-theme .ae-root")).toHaveAttribute("data-theme", "dark");
  expect(await cspViolations(page), "securitypolicyviolation events").toEqual([]);
  expect(guard.take(), "console errors / panics / uncaught / dialogs / foreign requests").toEqual([]);
});
