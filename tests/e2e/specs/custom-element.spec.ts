import { test, expect } from "../fixtures/app_page";
import { WidgetHost } from "../fixtures/widget_host";

// <activation-explorer>: mounts when a script inserts it, redraws in place when an attribute
// changes, releases everything when removed, survives a move.

test("inserted by a script, the element mounts and draws", async ({ app, page }) => {
  const host = new WidgetHost(page);
  await host.open();
  await host.expectLive(0);
  await host.insert("w1", [["view", "overlay"], ["fn", "relu,gelu"], ["deriv", "1"]]);
  await host.waitDrawn("w1");
  expect((await host.shown("w1")).view).toBe("overlay");
  const ticked = await page.$eval("#w1", (h) =>
    [...h.shadowRoot!.querySelectorAll<HTMLElement>(".ae-chooser li")]
      .filter((li) => li.querySelector<HTMLInputElement>("input")!.checked)
      .map((li) => li.dataset.activation),
  );
  expect(ticked).toEqual(["relu", "gelu"]);
  expect(await page.$eval("#w1", (h) => h.shadowRoot!.querySelector<HTMLInputElement>("[data-testid=deriv-toggle]")!.checked)).toBe(true);
  await host.expectLive(1);
});

test("setAttribute('fn', …) redraws the mounted widget in place", async ({ app, page }) => {
  const host = new WidgetHost(page);
  await host.open();
  await host.insert("w1", [["view", "detail"], ["fn", "relu"]]);
  await host.waitDrawn("w1");
  const before = await host.canvasData("w1");
  // Tag the widget's root node: a remount would replace it.
  await page.$eval("#w1", (h) => ((h.shadowRoot!.querySelector(".ae-root") as HTMLElement & { tag?: number }).tag = 42));
  await page.$eval("#w1", (h) => h.setAttribute("fn", "tanh"));
  await expect.poll(async () => (await host.shown("w1")).fn).toBe("tanh");
  await host.waitDrawn("w1");
  expect(await host.canvasData("w1")).not.toBe(before);
  expect(await page.$eval("#w1", (h) => (h.shadowRoot!.querySelector(".ae-root") as HTMLElement & { tag?: number }).tag)).toBe(42);
  await host.expectLive(1);
});

test("an attribute change keeps what the reader did with the rest", async ({ app, page }) => {
  const host = new WidgetHost(page);
  await host.open();
  await host.insert("g", [["view", "guide"], ["lang", "en"]]);
  await host.waitDrawn("g");
  const widget = page.locator("#g");
  const question = widget.locator("[data-question]");
  const first = await question.getAttribute("data-question");
  await widget.getByRole("button", { name: "No", exact: true }).click();
  const second = await question.getAttribute("data-question");
  expect(second).not.toBe(first);
  // Two attributes in one task: one update with both.
  await page.$eval("#g", (h) => {
    h.setAttribute("lang", "zh");
    h.setAttribute("deriv", "1");
  });
  await expect.poll(async () => (await host.shown("g")).lang).toBe("zh-CN");
  await expect(widget.getByRole("button", { name: "否", exact: true })).toBeVisible();
  expect(await question.getAttribute("data-question"), "the answer given stays").toBe(second);
});

test("a bad view shows a message; correcting the attribute mounts the view", async ({ app, page }) => {
  const host = new WidgetHost(page);
  await host.open();
  await host.insert("w1", [["view", "galery"]]);
  const error = page.locator("#w1 .ae-widget-error");
  await expect(error).toContainText("galery");
  await page.$eval("#w1", (h) => h.setAttribute("view", "groups"));
  await host.waitDrawn("w1");
  await expect(error).toHaveCount(0);
  expect((await host.shown("w1")).view).toBe("groups");
  await host.expectLive(1);
});

test("removed, the element releases its widget; inserted again, it mounts again", async ({ app, page }) => {
  const host = new WidgetHost(page);
  await host.open();
  await host.insert("w1", [["view", "gallery"]]);
  await host.waitDrawn("w1");
  await host.expectLive(1);
  const el = await page.$("#w1");
  await host.remove("w1");
  await host.expectLive(0);
  const left = await el!.evaluate((h) => ({
    nodes: h.shadowRoot!.childNodes.length,
    mounted: h.hasAttribute("data-activation-explorer-mounted"),
    canvasesInPage: document.querySelectorAll("canvas").length,
  }));
  expect(left).toEqual({ nodes: 0, mounted: false, canvasesInPage: 0 });
  await el!.evaluate((h) => document.getElementById("host")!.append(h));
  await host.waitDrawn("w1");
  await host.expectLive(1);
  // A chart per gallery card, all drawn again.
  const counts = await page.$eval("#w1", (h) => ({
    canvases: h.shadowRoot!.querySelectorAll("canvas").length,
    cards: h.shadowRoot!.querySelectorAll("article.ae-card").length,
  }));
  expect(counts.cards).toBeGreaterThanOrEqual(16);
  expect(counts.canvases).toBe(counts.cards);
});

test("moved within the page, the widget stays mounted with its state", async ({ app, page }) => {
  const host = new WidgetHost(page);
  await host.open();
  await host.insert("g", [["view", "guide"]]);
  await host.waitDrawn("g");
  await page.locator("#g").getByRole("button", { name: "Yes", exact: true }).click();
  await expect(page.locator("#g [role=status]")).toContainText("Sigmoid");
  await page.evaluate(() => {
    const el = document.getElementById("g")!;
    const aside = document.createElement("aside");
    document.body.prepend(aside);
    aside.append(el); // removed and inserted in one task
  });
  await host.expectLive(1);
  await expect(page.locator("aside #g [role=status]")).toContainText("Sigmoid");
});

test("the data-* form keeps working and can be unmounted through the module", async ({ app, page }) => {
  const host = new WidgetHost(page);
  await host.open();
  await page.evaluate(() => {
    const el = document.createElement("div");
    el.id = "d1";
    el.dataset.activationExplorer = "overlay";
    el.dataset.fn = "elu";
    document.getElementById("host")!.append(el);
  });
  expect(await page.evaluate(`import("/sub/path/activation-explorer.js").then((m) => m.mountAll())`)).toBe(1);
  await host.waitDrawn("d1");
  await host.expectLive(1);
  expect(await page.evaluate(`import("/sub/path/activation-explorer.js").then((m) => m.unmount(document.getElementById("d1")))`)).toBe(true);
  await host.expectLive(0);
  expect(await page.$eval("#d1", (h) => h.shadowRoot!.childNodes.length)).toBe(0);
});
