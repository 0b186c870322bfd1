import { test, expect, type AppPage } from "../fixtures/app_page";
import type { Page } from "@playwright/test";

// The depth lab (?view=depth): the simulation runs in a Web Worker and the view draws what it
// sends, per layer, for the chosen activations and initialisation; the main thread stays free
// while it works; without a worker the view says why nothing runs.

/** The per-layer charts, in the order the lab shows them. */
const METRICS = ["variance", "grad", "correlation", "mean", "dead", "saturated"];

/** Records the main thread's long tasks (over 50 ms) from the first script on. */
async function recordLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  });
}

/** The long tasks that started after `t0` (performance.now() time). */
async function longTasksSince(page: Page, t0: number): Promise<{ start: number; duration: number }[]> {
  return page.evaluate(
    (t0) => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start >= t0),
    t0,
  );
}

/** Waits until the lab's status says the simulation is done; returns the worker's time, ms. */
async function waitDone(page: Page, timeout = 30_000): Promise<number> {
  const status = page.getByTestId("lab-status");
  await expect(status).toHaveAttribute("data-state", "done", { timeout });
  return Number(await status.getAttribute("data-sim-ms"));
}

/** The simulated column of `fnName` in the screen-reader table of chart `metric`, by layer,
 * once every row of the table has its value (the table is rebuilt shortly after the chart
 * stops changing). */
async function column(page: Page, metric: string, fnName: string): Promise<Map<number, number>> {
  const table = page.locator(`figure[data-chart="${metric}"] table.ae-sr-only`);
  const read = () =>
    table.evaluate((t, fnName) => {
      const header = [...t.querySelectorAll("thead th")].map((th) => th.textContent!.trim());
      const rows = [...t.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent!.trim()));
      const i = header.findIndex((h) => h.startsWith(fnName) && /simulation|模拟/.test(h));
      return { i, header, rows, complete: i > 0 && rows.length > 0 && rows.every((r) => r[i] !== "") };
    }, fnName);
  await expect.poll(async () => (await read()).complete, { message: `${metric} table of ${fnName}` }).toBe(true);
  const { i, rows } = await read();
  const out = new Map<number, number>();
  for (const r of rows) out.set(Number(r[0]), Number(r[i]));
  return out;
}

/** Every lab chart drawn, and labelled with the activations shown. */
async function expectChartsDrawn(app: AppPage, page: Page, ids: string) {
  for (const m of METRICS) {
    await expect(page.locator(`figure[data-chart="${m}"]`)).toHaveAttribute("data-activation", ids);
  }
  await app.waitChartsDrawn(".ae-depth canvas");
  const { drawn, total } = await app.drawnCanvasCount(".ae-depth canvas");
  expect(total).toBeGreaterThanOrEqual(METRICS.length);
  expect(drawn).toBe(total);
}

test("the lab simulates ReLU, Tanh and SELU in the worker and draws every layer", async ({ app, page }) => {
  await app.open("?view=depth&fn=tanh,relu,selu");
  await expect(app.viewRoot("depth")).toBeVisible();
  const ms = await waitDone(page);
  expect(ms).toBeGreaterThan(0);
  test.info().annotations.push({ type: "worker ms (3 × 50 × 256 × 256)", description: String(ms) });
  await expectChartsDrawn(app, page, "tanh,relu,selu");
  for (const name of ["Tanh", "ReLU", "SELU"]) {
    const v = await column(page, "variance", name);
    const g = await column(page, "grad", name);
    expect(v.size, `${name}: variance rows`).toBeGreaterThan(3);
    expect([...v.values(), ...g.values()].every(Number.isFinite), `${name}: finite values`).toBe(true);
    expect(v.has(1) && v.has(50), `${name}: layers 1 and 50`).toBe(true);
  }
  expect(app.consoleErrors).toEqual([]);
  expect(app.pageErrors).toEqual([]);
});

test("what the reader should see: ReLU keeps its gradient with He and loses it with PyTorch's default; SELU keeps unit variance with LeCun", async ({ app, page }) => {
  await app.open("?view=depth&fn=relu&init=he&depth=50&width=256&batch=128");
  await waitDone(page);
  let g = await column(page, "grad", "ReLU");
  let ratio = g.get(1)! / g.get(50)!;
  expect(ratio, "ReLU + He: |∂L/∂z¹| / |∂L/∂z⁵⁰|").toBeGreaterThan(0.1);
  expect(ratio).toBeLessThan(10);

  await app.open("?view=depth&fn=relu&depth=50&width=256&batch=128");
  await waitDone(page);
  g = await column(page, "grad", "ReLU");
  ratio = g.get(1)! / g.get(50)!;
  expect(ratio, "ReLU + kaiming_uniform(a=√5): the first layer's gradient vanishes").toBeLessThan(1e-6);

  await app.open("?view=depth&fn=selu&init=lecun&depth=50&width=256&batch=128");
  await waitDone(page);
  const v = await column(page, "variance", "SELU");
  expect(v.get(50)!, "SELU + LeCun: variance at layer 50").toBeGreaterThan(0.5);
  expect(v.get(50)!).toBeLessThan(2);
});

for (const init of ["pytorch", "he", "xavier", "lecun", "orthogonal", "custom"]) {
  test(`init=${init} runs and says its σw², σb²`, async ({ app, page }) => {
    await app.open(`?view=depth&fn=tanh&init=${init}&depth=20&width=64&batch=64`);
    await waitDone(page);
    await expect(page.getByTestId("lab-init")).toHaveValue(init);
    await expect(page.getByTestId("lab-sigmas")).toContainText("σw² = ");
    await expectChartsDrawn(app, page, "tanh");
    expect(app.pageErrors).toEqual([]);
  });
}

test("a change while the worker simulates restarts it; the page's long tasks are reported", async ({ app, page }) => {
  await recordLongTasks(page);
  await app.open("?view=depth");
  await waitDone(page);
  // A new setup restarts the simulation. The page's thread only draws (about ten times a
  // second while results stream in); its long tasks are reported here, not asserted: a timed
  // assertion fails on a loaded machine (seen at load 8-12 with two test workers), and speed
  // goals belong to the benchmark (scripts/bench.sh). That the simulation never runs on the
  // page's thread is what the no-Worker test below shows (nothing is computed without one).
  const t0 = await page.evaluate(() => performance.now());
  await page.getByTestId("lab-init").selectOption("he");
  // A change while it runs restarts it (the worker drops the older request).
  await expect(page.getByTestId("lab-status")).toHaveAttribute("data-state", "running");
  await page.getByTestId("lab-init").selectOption("xavier");
  const ms = await waitDone(page);
  await expect(page.getByTestId("lab-sigmas")).toContainText("σw² = 1,");
  const long = await longTasksSince(page, t0);
  test.info().annotations.push({ type: "worker ms", description: String(ms) });
  test.info().annotations.push({ type: "long tasks", description: JSON.stringify(long) });
  expect(app.pageErrors).toEqual([]);
});

test("without Web Workers the lab says the simulation cannot run here", async ({ app, page }) => {
  await page.addInitScript(() => {
    delete (window as unknown as { Worker?: unknown }).Worker;
  });
  await app.open("?view=depth");
  const status = page.getByTestId("lab-status");
  await expect(status).toHaveAttribute("data-state", "broken");
  await expect(status).toContainText("could not start");
  expect(app.pageErrors).toEqual([]);
});

test("a worker whose WebAssembly fails to load is reported, not waited for", async ({ app, page }) => {
  await page.route("**/ae-lab_bg.wasm", (r) => r.fulfill({ status: 404, body: "" }));
  await app.open("?view=depth&lang=zh");
  const status = page.getByTestId("lab-status");
  await expect(status).toHaveAttribute("data-state", "broken", { timeout: 15_000 });
  await expect(status).toContainText("无法");
  expect(app.pageErrors).toEqual([]);
});

/** The mean-field column of `fnName` in chart `metric`'s screen-reader table, by layer. */
async function theoryColumn(page: Page, metric: string, fnName: string): Promise<Map<number, number>> {
  const table = page.locator(`figure[data-chart="${metric}"] table.ae-sr-only`);
  const read = () =>
    table.evaluate((t, fnName) => {
      const header = [...t.querySelectorAll("thead th")].map((th) => th.textContent!.trim());
      const rows = [...t.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent!.trim()));
      const i = header.findIndex((h) => h.startsWith(fnName) && /mean field|平均场/.test(h));
      return { i, rows, complete: i > 0 && rows.length > 0 && rows.every((r) => r[i] !== "") };
    }, fnName);
  await expect.poll(async () => (await read()).complete, { message: `${metric} theory of ${fnName}` }).toBe(true);
  const { i, rows } = await read();
  return new Map(rows.map((r) => [Number(r[0]), Number(r[i])]));
}

test("the mean-field lines come with the simulation: ReLU at He's critical point keeps its variance, tanh's falls", async ({ app, page }) => {
  await app.open("?view=depth&fn=relu,tanh&init=he&depth=30&width=64&batch=64");
  await waitDone(page);
  // The screen-reader table holds evenly spread layers, the first and the last included.
  const relu = await theoryColumn(page, "variance", "ReLU");
  expect(relu.has(1) && relu.has(30), `layers ${[...relu.keys()]}`).toBe(true);
  const q1 = relu.get(1)!;
  for (const [layer, q] of relu) expect(Math.abs(q / q1 - 1), `ReLU q at layer ${layer}`).toBeLessThan(1e-6);
  const tanh = await theoryColumn(page, "variance", "Tanh");
  expect(tanh.get(30)!).toBeLessThan(tanh.get(1)!);
  // The summary under the charts: ReLU at He's (2, 0) is critical, tanh is chaotic.
  const theory = page.getByTestId("lab-theory");
  await expect(theory).toContainText(/ReLU: q\* = 1, χ₁ = 1 \(critical\)/);
  await expect(theory).toContainText(/Tanh: q\* = [0-9.]+, χ₁ = 1\.[0-9]+/);
  // The phase diagram is drawn, with its chart labelled.
  await expect(page.locator('figure[data-chart="phase"] canvas')).toHaveCount(1);
  expect(app.pageErrors).toEqual([]);
});

for (const lang of ["en", "zh"] as const) {
  test(`the guide's note on vanishing gradients opens the lab on its setup (${lang})`, async ({ app, page }) => {
    await app.open(`?view=guide&lang=${lang}`);
    const link = page.locator('[data-lab-links="vanishing_gradients"] a').first();
    await expect(link).toContainText(lang === "en" ? "depth lab" : "深度实验室");
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expect(app.viewRoot("depth")).toBeVisible();
    await app.expectUrlParam("view", "depth");
    await app.expectUrlParam("fn", "sigmoid,tanh,relu");
    await app.expectUrlParam("init", "xavier");
    await expect(page.getByTestId("lab-init")).toHaveValue("xavier");
    await waitDone(page);
    for (const m of METRICS) {
      await expect(page.locator(`figure[data-chart="${m}"]`)).toHaveAttribute("data-activation", "sigmoid,tanh,relu");
    }
    expect(app.pageErrors).toEqual([]);
  });
}
