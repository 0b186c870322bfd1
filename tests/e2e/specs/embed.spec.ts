import { test, expect } from "../fixtures/app_page";
import { DocsPage } from "../fixtures/docs_page";

test("every widget on the docs page renders inside its own shadow root", async ({ app, page }) => {
  const docs = new DocsPage(page);
  await docs.open();
  for (const sel of DocsPage.WIDGETS) {
    const hasShadow = await page.$eval(sel, (e) => !!e.shadowRoot);
    expect(hasShadow, `${sel} has a shadow root`).toBe(true);
  }
  for (const sel of ["#w-overlay", "#w-detail", "#w-badvalues"]) {
    const { drawn, total } = await docs.canvasesIn(sel);
    expect(total, `${sel} canvases`).toBeGreaterThan(0);
    expect(drawn, `${sel} drawn canvases`).toBe(total);
  }
  // The questionnaires show their first question, in their own language.
  await expect(docs.widget("#w-guide").getByRole("button", { name: "Yes", exact: true })).toBeVisible();
  await expect(docs.widget("#w-guide2").getByRole("button", { name: "是", exact: true })).toBeVisible();
  await app.screenshots("embed-docs-page");
});

test("the widgets share one wasm instance (and one of the lazily loaded views')", async ({ app, page }) => {
  const wasm: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith(".wasm") && r.frame() === page.mainFrame()) wasm.push(r.url());
  });
  const docs = new DocsPage(page);
  await docs.open();
  // The page's overlay and detail widgets are views of the lazily loaded wasm: it comes once too.
  await expect.poll(async () => (await docs.canvasesIn("#w-detail")).drawn).toBeGreaterThan(0);
  expect(wasm.map((u) => new URL(u).pathname).sort()).toEqual(["/sub/path/ae-core_bg.wasm", "/sub/path/ae-views_bg.wasm"]);
});

test("the widgets share one parsed stylesheet, and the app page adopts the same CSS", async ({ app, page }) => {
  const docs = new DocsPage(page);
  await docs.open();
  const sheets = await page.evaluate((sels) => {
    const roots = sels.map((s) => document.querySelector(s)?.shadowRoot).filter((r) => r);
    const first = roots[0]!.adoptedStyleSheets[0];
    return {
      roots: roots.length,
      same: roots.every((r) => r!.adoptedStyleSheets.length === 1 && r!.adoptedStyleSheets[0] === first),
      rules: first.cssRules.length,
    };
  }, [...DocsPage.WIDGETS]);
  expect(sheets.roots).toBeGreaterThan(1);
  expect(sheets.same, "one CSSStyleSheet object in every widget").toBe(true);
  expect(sheets.rules).toBeGreaterThan(50);
  // The app's own page links no component CSS: the header is laid out by the adopted sheet.
  await app.open("?view=gallery");
  const page_ = await page.evaluate(() => ({
    adopted: document.adoptedStyleSheets.length,
    linked: [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => (l as HTMLLinkElement).href),
    header: getComputedStyle(document.querySelector(".ae-header")!).display,
  }));
  expect(page_.adopted).toBe(1);
  expect(page_.linked.every((h) => h.endsWith("/page.css"))).toBe(true);
  expect(page_.header).toBe("flex");
  // On its own page the app's sizes follow the root font size (the reader's setting); in a
  // widget they do not follow the host's (docs-sites-draw.spec.ts).
  const h1 = () => page.evaluate(() => getComputedStyle(document.querySelector(".ae-header h1")!).fontSize);
  expect(await h1()).toBe("23.2px");
  await page.evaluate(() => (document.documentElement.style.fontSize = "20px"));
  expect(await h1()).toBe("29px");
});

test("widgets are independent: answering one questionnaire leaves the other alone", async ({ app, page }) => {
  const docs = new DocsPage(page);
  await docs.open();
  await docs.widget("#w-guide").getByRole("button", { name: "Yes", exact: true }).click();
  await expect(docs.widget("#w-guide").locator("[role=status]")).toContainText("Sigmoid");
  await expect(docs.widget("#w-guide2").locator("[role=status]")).toHaveText("");
  await expect(docs.widget("#w-guide2").getByRole("button", { name: "是", exact: true })).toBeVisible();
});

test("widgets are independent: a slider redraws only its own chart", async ({ app, page }) => {
  const docs = new DocsPage(page);
  await docs.open();
  const overlayBefore = await docs.canvasData("#w-overlay");
  const detailBefore = await docs.canvasData("#w-detail");
  const slider = docs.widget("#w-detail").locator("[data-testid=slider-negative_slope]");
  await slider.fill("0.5");
  await expect.poll(() => docs.canvasData("#w-detail")).not.toBe(detailBefore);
  expect(await docs.canvasData("#w-overlay")).toBe(overlayBefore);
});

test("mounting changes nothing outside the widgets' elements", async ({ app, page }) => {
  const docs = new DocsPage(page);
  // The page without the loader: what the host looks like before any widget mounts.
  await page.route("**/activation-explorer.js", (r) => r.fulfill({ contentType: "text/javascript", body: "" }));
  await page.goto(DocsPage.URL);
  const before = await docs.hostSnapshot();
  await page.unroute("**/activation-explorer.js");
  await docs.open();
  // Interact: answer, toggle a checkbox, move a slider, press keys.
  await docs.widget("#w-guide").getByRole("button", { name: "No", exact: true }).click();
  await docs.widget("#w-overlay").locator("input[type=checkbox]").first().check();
  await docs.widget("#w-detail").locator("[data-testid=slider-negative_slope]").fill("0.3");
  await page.keyboard.press("ArrowRight");
  const after = await docs.hostSnapshot();
  expect(after).toEqual(before);
});

test("hostile host CSS hides or shrinks no control", async ({ app, page }) => {
  const docs = new DocsPage(page);
  await docs.open();
  // The host's `button { display: none }` hides its own buttons, not the widgets'.
  for (const sel of ["#w-guide", "#w-overlay", "#w-detail"]) {
    const buttons = docs.widget(sel).locator("button");
    const n = await buttons.count();
    expect(n, `${sel} buttons`).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const box = await buttons.nth(i).boundingBox();
      expect(box, `${sel} button ${i} is laid out`).not.toBeNull();
      expect(box!.width).toBeGreaterThan(10);
    }
  }
  // The host's `canvas { width: 10px }` does not reach the widgets' canvases.
  const widths = await page.$eval("#w-overlay", (h) =>
    [...h.shadowRoot!.querySelectorAll("canvas")].map((c) => c.getBoundingClientRect().width));
  for (const w of widths) expect(w).toBeGreaterThan(200);
  // Nor its fonts and alignment.
  const style = await page.$eval("#w-guide", (h) => {
    const cs = getComputedStyle(h.shadowRoot!.querySelector(".ae-root")!);
    return { align: cs.textAlign, spacing: cs.letterSpacing, family: cs.fontFamily };
  });
  expect(style.align).toBe("left");
  expect(style.spacing).toBe("normal");
  expect(style.family).not.toBe("serif");
});

test("a bad widget shows its message in its own box; the others work", async ({ app, page }) => {
  const docs = new DocsPage(page);
  await docs.open();
  const bad = docs.widget("#w-bad").locator(".ae-widget-error");
  await expect(bad).toBeVisible();
  await expect(bad).toContainText("galery");
  await expect(bad).toContainText("gallery");
  // Bad values: a visible notice, then defaults.
  const notices = docs.widget("#w-badvalues").locator("[data-testid=notices]");
  await expect(notices).toBeVisible();
  await expect(notices).toContainText("nope");
  const { drawn, total } = await docs.canvasesIn("#w-badvalues");
  expect(drawn).toBe(total);
  await expect(docs.widget("#w-overlay").locator("[data-testid=notices]")).toHaveCount(0);
});

test("elements added later mount through the exported function", async ({ app, page }) => {
  const docs = new DocsPage(page);
  await docs.open();
  const count = await page.evaluate(async () => {
    const m = await import("/sub/path/activation-explorer.js");
    const el = document.createElement("div");
    el.id = "late";
    el.dataset.activationExplorer = "groups";
    document.body.append(el);
    await m.mount(el);
    return el.shadowRoot ? 1 : -1;
  });
  expect(count, "mounted into its shadow root").toBe(1);
  // The groups view's code may still be on its way (the lazily loaded views' wasm): it draws soon.
  await expect.poll(async () => (await docs.canvasesIn("#late")).total).toBe(3);
  await expect.poll(async () => (await docs.canvasesIn("#late")).drawn).toBe(3);
});

test("the iframe embed is bare and sized from the height it reports", async ({ app, page }) => {
  await new DocsPage(page).open();
  const frame = page.frameLocator("#f-table");
  await expect(frame.locator("table.ae-table")).toBeVisible();
  await expect(frame.locator("header.ae-header")).toHaveCount(0);
  await expect(frame.locator("nav.ae-nav")).toHaveCount(0);
  await expect.poll(() => page.$eval("#f-table", (f) => f.getBoundingClientRect().height)).toBeGreaterThan(600);
  const [outer, inner] = await page.$eval("#f-table", (f: HTMLIFrameElement) =>
    [f.getBoundingClientRect().height, f.contentDocument!.documentElement.scrollHeight]);
  expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
});
