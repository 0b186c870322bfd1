import { test, expect } from "@playwright/test";
import { DocsSite, SITES } from "../fixtures/docs_site";
import { CSP_ORIGIN, Guard, cspViolations, recordCspViolations } from "../fixtures/hardening";

// Each docs site under a strict Content-Security-Policy (scripts/static-server.mjs with
// AE_CSP=1): the hardening policy — scripts and styles only from the site itself, wasm
// compilation allowed, no eval — plus what the generator's own markup needs (the hashes of its
// inline scripts and styles, inline style attributes). The widgets need nothing more: they
// mount and draw, the host's theme toggle still reaches them, and no violation is reported.

for (const site of SITES) {
  for (const i of [0, 1] as const) {
    test(`${site.gen}: page ${i + 1} works under a strict CSP with zero violations`, async ({ page }) => {
      const guard = new Guard(page, CSP_ORIGIN);
      await recordCspViolations(page);
      await page.emulateMedia({ colorScheme: "light" });
      const docs = new DocsSite(page, site);
      const res = await page.goto(CSP_ORIGIN + site.pages[i].path);
      const policy = res!.headers()["content-security-policy"];
      expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(policy).not.toMatch(/(^|\s)'unsafe-eval'/);
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      await docs.waitWidgets(i);
      for (const id of site.pages[i].widgets) {
        const { drawn, total } = await docs.canvases(id);
        expect(drawn, `${id}: drawn canvases`).toBe(total);
      }
      await site.setHostTheme(page, true);
      await docs.expectWidgetsTheme("dark");
      expect(await cspViolations(page), "securitypolicyviolation events").toEqual([]);
      expect(guard.take(), "console errors / panics / uncaught / dialogs / foreign requests").toEqual([]);
    });
  }
}
