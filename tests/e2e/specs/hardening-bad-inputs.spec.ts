import { test, expect } from "../fixtures/app_page";
import {
  BAD_INPUTS,
  Guard,
  embedCase,
  injectedElements,
  markupTokens,
  queryPairs,
  type BadInput,
} from "../fixtures/hardening";

// Every case of tests/data/bad_inputs.json, loaded as the page's URL query and as the attributes
// of an embedded widget: the page renders with a visible notice; zero wasm panics, console
// errors, uncaught errors, dialogs, foreign requests; zero injected elements; markup in the input
// shows up only as text.
//
// One page load per URL case (the app reads its URL at start-up); the widgets of a batch share
// one page and one wasm instance. The cases are split into batches so two workers share them.

const BATCHES = 6;
function batches(): BadInput[][] {
  const out: BadInput[][] = Array.from({ length: BATCHES }, () => []);
  BAD_INPUTS.forEach((c, i) => out[i % BATCHES].push(c));
  return out;
}

test("the corpus has at least 60 cases", () => {
  expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(60);
});

test("the injection scan finds injected elements, handlers and javascript: URLs, also in shadow roots", async ({
  page,
}) => {
  await page.goto("/?view=table");
  expect(await injectedElements(page), "the app page itself is clean").toEqual([]);
  await page.evaluate(() => {
    const host = document.createElement("div");
    document.body.append(host);
    const root = host.attachShadow({ mode: "open" });
    root.innerHTML = '<img src="data:," alt=""><a href="javascript:void 0">x</a><p onclick="void 0">y</p>';
  });
  const found = await injectedElements(page);
  expect(found.join("\n")).toMatch(/<img/);
  expect(found.join("\n")).toMatch(/javascript: URL in href/);
  expect(found.join("\n")).toMatch(/handler attribute onclick/);
});

/** "#12 lang=fr (unsupported language)" — the query cut to 60 characters. */
function label(c: BadInput): string {
  const q = c.query.length > 60 ? `${c.query.slice(0, 60)}…(${c.query.length} chars)` : c.query;
  return `#${BAD_INPUTS.indexOf(c)} ${q} (${c.note})`;
}

for (const [b, cases] of batches().entries()) {
  test(`URL batch ${b + 1}/${BATCHES}: ${cases.length} bad queries render with a notice, nothing injected`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(60_000 + cases.length * 3_000);
    const guard = new Guard(page, new URL(baseURL!).origin);
    const failures: string[] = [];
    for (const c of cases) {
      const problems: string[] = [];
      await page.goto(`/?${c.query}`);
      try {
        await page.waitForFunction(() => performance.getEntriesByName("ae:ready").length > 0, null, {
          timeout: 10_000,
        });
      } catch {
        problems.push("never ready (no ae:ready mark)");
      }
      if (!(await page.locator(".ae-root main section[data-view]").isVisible())) problems.push("no view rendered");
      const notices = page.getByTestId("notices");
      if (c.expect_notice_keys.length && !(await notices.isVisible())) problems.push("no visible notice");
      const noticeText = (await notices.count()) ? ((await notices.textContent()) ?? "") : "";
      const decoded = queryPairs(c.query)
        .map(([k, v]) => `${k}=${v}`)
        .join("&");
      for (const tok of markupTokens(decoded)) {
        if (!noticeText.toLowerCase().includes(tok)) problems.push(`markup ${tok} not shown as text in the notice`);
      }
      problems.push(...(await injectedElements(page)));
      problems.push(...guard.take());
      if (problems.length) failures.push(`${label(c)}:\n    ${problems.join("\n    ")}`);
    }
    expect(failures, failures.join("\n")).toEqual([]);
  });
}

/** A blank page on the app's origin that loads the widget loader, and a module handing its
 * `mount` to the test as `window.aeMount` (a dynamic import() inside page.evaluate would be
 * transpiled away). Both served by routes: the test owns them, the server stays untouched. */
const OWN_SCRIPTS = "/(activation-explorer\\.js|hardening-embed\\.mjs)$";
const EMBED_HELPER = `import { mount } from "/activation-explorer.js"; window.aeMount = mount;`;
const EMBED_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>hardening host</title><link rel="icon" href="data:,">
<script type="module" src="/activation-explorer.js"></script>
<script type="module" src="/hardening-embed.mjs"></script></head>
<body><h1>Host page</h1><div id="host"></div></body></html>`;

for (const [b, cases] of batches().entries()) {
  test(`embed batch ${b + 1}/${BATCHES}: ${cases.length} bad attribute sets show a message, nothing injected`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(60_000 + cases.length * 3_000);
    const guard = new Guard(page, new URL(baseURL!).origin);
    await page.route("**/hardening-embed.html", (route) =>
      route.fulfill({ contentType: "text/html; charset=utf-8", body: EMBED_PAGE }),
    );
    await page.route("**/hardening-embed.mjs", (route) =>
      route.fulfill({ contentType: "text/javascript; charset=utf-8", body: EMBED_HELPER }),
    );
    await page.goto("/hardening-embed.html");
    await page.waitForFunction(() => typeof (window as unknown as { aeMount?: unknown }).aeMount === "function");
    const failures: string[] = [];
    for (const c of cases) {
      const problems: string[] = [];
      const ec = embedCase(c);
      const id = `w${BAD_INPUTS.indexOf(c)}`;
      const set: string[] = await page.evaluate(
        async ({ attrs, id }) => {
          const host = document.getElementById("host")!;
          host.replaceChildren();
          const el = document.createElement("div");
          el.id = id;
          const ok: string[] = [];
          for (const [k, v] of attrs) {
            try {
              el.setAttribute(k, v);
              ok.push(k);
            } catch {
              // not a valid attribute name: a host page cannot write it either
            }
          }
          host.append(el);
          await (window as unknown as { aeMount: (el: Element) => Promise<void> }).aeMount(el);
          return ok;
        },
        { attrs: ec.attrs, id },
      );
      try {
        await page.waitForFunction(
          (id) => {
            const root = document.getElementById(id)?.shadowRoot;
            if (!root?.querySelector(".ae-root")) return false;
            // A lazily loaded view's code may still be on its way: wait for the view itself.
            if (root.querySelector(".ae-lazy-view") && !root.querySelector(".ae-lazy-view section[data-view]")) return false;
            const dpr = window.devicePixelRatio;
            return [...root.querySelectorAll("canvas")].every((c) => {
              const r = c.getBoundingClientRect();
              if (r.width < 1 || r.height < 1) return true;
              if (Math.abs(c.width - Math.round(r.width * dpr)) > 1) return false;
              const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
              for (let i = 4; i < d.length; i += 4) if (d[i] !== d[0] || d[i + 3] !== d[3]) return true;
              return false;
            });
          },
          id,
          { timeout: 10_000 },
        );
      } catch {
        problems.push("widget never rendered (no .ae-root in its shadow root, or blank charts)");
      }
      const shown = await page.evaluate((id) => {
        const root = document.getElementById(id)?.shadowRoot;
        const vis = (sel: string) => {
          const el = root?.querySelector(sel) as HTMLElement | null;
          return el && el.checkVisibility() ? (el.textContent ?? "") : null;
        };
        return {
          notice: vis('[data-testid="notices"]'),
          error: vis(".ae-widget-error"),
          view: root?.querySelector("main section[data-view]")?.getAttribute("data-view") ?? null,
          outside: document.body.children.length,
        };
      }, id);
      const expectMessage = ec.badView || ec.flagged.some((a) => set.includes(a));
      if (expectMessage && shown.notice === null && shown.error === null) problems.push("no visible message");
      if (ec.badView && shown.error === null) problems.push("bad view: no error box");
      if (!ec.badView && shown.view === null) problems.push("no view rendered");
      if (shown.outside !== 2) problems.push(`host page body changed: ${shown.outside} children`);
      const text = `${shown.notice ?? ""} ${shown.error ?? ""}`.toLowerCase();
      const input = ec.attrs
        .filter(([k]) => set.includes(k))
        .map(([k, v]) => `${k}=${v}`)
        .join(" ");
      for (const tok of markupTokens(input)) {
        if (!text.includes(tok)) problems.push(`markup ${tok} not shown as text`);
      }
      problems.push(...(await injectedElements(page, OWN_SCRIPTS)));
      problems.push(...guard.take());
      if (problems.length) {
        failures.push(`${label(c)} as ${JSON.stringify(ec.attrs).slice(0, 160)}:\n    ${problems.join("\n    ")}`);
      }
    }
    expect(failures, failures.join("\n")).toEqual([]);
  });
}
