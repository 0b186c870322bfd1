import { test, expect } from "../fixtures/app_page";

// The Embed dialog's snippets, pasted into a page of one's own, show what the app showed; its
// Copy buttons put them on the clipboard; Escape closes it and gives focus back to its button.
const STATE = "?view=overlay&fn=relu,gelu&deriv=1&lang=zh";

async function openDialog(app: import("../fixtures/app_page").AppPage) {
  await app.open(STATE);
  await app.page.getByTestId("embed-button").click();
  await expect(app.page.getByTestId("embed-dialog")).toBeVisible();
}

test("the script snippet, pasted into a page, shows the same view", async ({ app, page, baseURL }) => {
  await openDialog(app);
  const snippet = await page.getByTestId("embed-script").inputValue();
  expect(snippet).toContain(`${baseURL}/activation-explorer.js`);
  expect(snippet).toContain(`<activation-explorer view="overlay" lang="zh" fn="relu,gelu" deriv="1"></activation-explorer>`);
  // The dialog says where the files must live.
  await expect(page.getByTestId("embed-hosting")).toContainText("Access-Control-Allow-Origin");
  await page.route(`${baseURL}/my-docs.html`, (r) =>
    r.fulfill({ contentType: "text/html", body: `<!DOCTYPE html><title>docs</title><h1>My docs</h1>${snippet}` }),
  );
  await page.goto(`${baseURL}/my-docs.html`);
  const host = page.locator("activation-explorer");
  await expect.poll(() => host.evaluate((h) => h.shadowRoot?.querySelectorAll("canvas.ae-chart").length ?? 0)).toBe(1);
  const shown = await host.evaluate((h) => ({
    view: h.shadowRoot!.querySelector("main section")?.getAttribute("data-view"),
    lang: h.shadowRoot!.querySelector(".ae-root")?.getAttribute("lang"),
    deriv: h.shadowRoot!.querySelector<HTMLInputElement>("[data-testid=deriv-toggle]")?.checked,
  }));
  expect(shown).toEqual({ view: "overlay", lang: "zh-CN", deriv: true });
  // The functions the overlay's chooser has ticked.
  expect(
    await host.evaluate((h) =>
      [...h.shadowRoot!.querySelectorAll<HTMLElement>(".ae-chooser li")]
        .filter((li) => li.querySelector<HTMLInputElement>("input")!.checked)
        .map((li) => li.dataset.activation),
    ),
  ).toEqual(["relu", "gelu"]);
});

test("the iframe snippet, pasted into a page, shows the same view, sized to it", async ({ app, page, baseURL }) => {
  await openDialog(app);
  const snippet = await page.getByTestId("embed-iframe").inputValue();
  await page.route(`${baseURL}/my-docs.html`, (r) =>
    r.fulfill({ contentType: "text/html", body: `<!DOCTYPE html><title>docs</title><h1>My docs</h1>${snippet}` }),
  );
  await page.goto(`${baseURL}/my-docs.html`);
  const frame = page.frameLocator("iframe[data-activation-explorer-frame]");
  await expect(frame.locator("main section[data-view=overlay]")).toBeVisible();
  expect(await frame.locator(".ae-root").getAttribute("lang")).toBe("zh-CN");
  expect(
    await frame.locator(".ae-chooser").evaluate((el) =>
      [...el.querySelectorAll<HTMLElement>("li")].filter((li) => li.querySelector<HTMLInputElement>("input")!.checked).map((li) => li.dataset.activation),
    ),
  ).toEqual(["relu", "gelu"]);
  // The loader in the snippet sizes the frame to its content.
  await expect.poll(() => page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(400);
});

test("Copy puts each snippet on the clipboard and says so; Escape closes the dialog", async ({ app, page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await openDialog(app);
  for (const id of ["embed-script", "embed-iframe"]) {
    await page.locator(`[data-copy=${id}]`).click();
    await expect(page.locator(`[data-copy=${id}] + [role=status]`)).toHaveText("已复制到剪贴板。");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByTestId(id).inputValue());
  }
  await page.getByTestId("embed-script").focus();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("embed-dialog")).toHaveCount(0);
  await expect(page.getByTestId("embed-button")).toBeFocused();
});

test("where the browser has no clipboard, Copy selects the snippet and says to copy it by hand", async ({ app, page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
  await openDialog(app);
  await page.locator("[data-copy=embed-iframe]").click();
  await expect(page.locator("[data-copy=embed-iframe] + [role=status]")).toHaveText("无法在此复制：文本已选中，请按 Ctrl+C（⌘C）。");
  const sel = await page.getByTestId("embed-iframe").evaluate((t: HTMLTextAreaElement) => [t.selectionStart, t.selectionEnd, t.value.length]);
  expect(sel).toEqual([0, sel[2], sel[2]]);
  expect(sel[2]).toBeGreaterThan(50);
  await expect(page.getByTestId("embed-iframe")).toBeFocused();
});
