import { test, expect, VIEWS, LANGS, THEMES } from "../fixtures/app_page";
import type { Page } from "@playwright/test";

// axe-core on every view, in both languages and both themes: zero violations of impact serious
// or critical (colour contrast AA included). Runs on the CSP-free server (axe is injected as a
// script). A failure lists each violation with its rule, impact, help text and the elements.

const AXE = require.resolve("axe-core/axe.min.js");

interface AxeNode {
  target: string[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** Runs axe on the document, or on the elements matching `include` (shadow roots included). */
async function axe(page: Page, include?: string): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (include) => {
    const w = window as unknown as {
      axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
    };
    const ctx = include ? { include: [...document.querySelectorAll(include)] } : document;
    const r = await w.axe.run(ctx, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  }, include);
}

/** Violations found and reported but not fixable in the files this suite's author may edit:
 * [rule id, CSS selector of the element]. Each is skipped only for that element and noted as an
 * annotation on the test; delete the entry once fixed.
 * - label-content-name-mismatch on the language switch: its visible text "中文"/"English" is not
 *   part of its aria-label "Switch to Chinese"/"切换到英文" (WCAG 2.5.3). Fix in
 *   src/ui/strings.rs SWITCH_LANG_LABEL, e.g. "中文 – switch the language to Chinese" /
 *   "English – 切换到英文", or drop the aria-label and mark the text `lang`. */
const KNOWN_UNFIXED: [string, string][] = [];

/** The serious and critical violations, minus the KNOWN_UNFIXED elements (noted on the test). */
async function seriousViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  const out: AxeViolation[] = [];
  for (const v of await axe(page, include)) {
    if (v.impact !== "serious" && v.impact !== "critical") continue;
    const nodes: AxeNode[] = [];
    for (const n of v.nodes) {
      const known = await Promise.all(
        KNOWN_UNFIXED.filter(([id]) => id === v.id).map(([, sel]) =>
          page.evaluate(([t, sel]) => document.querySelector(t)?.matches(sel) ?? false, [n.target.join(" "), sel]),
        ),
      );
      if (known.some(Boolean)) {
        test.info().annotations.push({ type: "known a11y violation", description: `${v.id} on ${n.target.join(" ")}` });
      } else nodes.push(n);
    }
    if (nodes.length) out.push({ ...v, nodes });
  }
  return out;
}

function readable(vs: AxeViolation[]): string {
  return vs
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element(s))\n` +
        v.nodes
          .slice(0, 6)
          .map((n) => `    ${n.target.join(" ")}  ${n.html.slice(0, 140)}\n      ${(n.failureSummary ?? "").replace(/\n/g, " ")}`)
          .join("\n"),
    )
    .join("\n");
}

for (const view of VIEWS) {
  for (const lang of LANGS) {
    for (const theme of THEMES) {
      test(`axe: ${view} view, ${lang}, ${theme}: no serious or critical violation`, async ({ app, page }) => {
        await app.open(`?view=${view}&lang=${lang}&theme=${theme}&fn=gelu,relu,silu`);
        await expect(page.locator(`.ae-root[data-theme="${theme}"]`)).toBeVisible();
        const bad = await seriousViolations(page);
        expect(readable(bad), `axe violations on ${view}/${lang}/${theme}`).toBe("");
      });
    }
  }
}

test("axe: the questionnaire's result and the notices box (en, dark)", async ({ app, page }) => {
  await app.open("?view=guide&answers=nny&lang=en&theme=dark&foo=1");
  await expect(page.getByTestId("notices")).toBeVisible();
  await expect(page.locator("[data-outcome]")).toBeVisible();
  const bad = await seriousViolations(page);
  expect(readable(bad), "axe violations").toBe("");
});

for (const theme of ["light", "dark"]) {
  test(`axe: the widgets of the example docs page (${theme} system theme), inside their shadow roots`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme as "light" | "dark" });
    await page.goto("/examples/docs-page.html");
    await expect(page.locator("#w-overlay canvas").first()).toBeVisible({ timeout: 15_000 });
    await expect(page.locator("#w-detail canvas").first()).toBeVisible();
    await expect(page.locator("#w-guide [data-answer]").first()).toBeVisible();
    const bad = await seriousViolations(page, "[data-activation-explorer]");
    expect(readable(bad), "axe violations in the widgets").toBe("");
  });
}
