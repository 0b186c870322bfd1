// Activation Explorer loader: an ES module with a stable name. Load it once per page:
//   <script type="module" src=".../activation-explorer.js"></script>
// It loads the wasm next to it (resolved against this module's own URL, so it works from a
// sub-path and from another origin), then
//   - on the app page (<body data-activation-explorer-app>) the app mounts itself;
//   - every element with a `data-activation-explorer` attribute becomes a widget;
//   - iframes marked `data-activation-explorer-frame` are sized to their content.
// Elements added later: `import { mount, mountAll } from ".../activation-explorer.js"`.

const FRAMES = "iframe[data-activation-explorer-frame]";

// Size iframe embeds from the height their content reports. Listen first (before anything
// loads), then ask every frame for its height, now and whenever one (re)loads.
addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "activation-explorer:height" || typeof data.height !== "number") return;
  for (const frame of document.querySelectorAll(FRAMES)) {
    if (frame.contentWindow === event.source) {
      frame.style.height = `${Math.max(100, Math.min(20000, Math.ceil(data.height)))}px`;
    }
  }
});
function askHeights() {
  for (const frame of document.querySelectorAll(FRAMES)) {
    frame.style.border = "0";
    if (!frame.hasAttribute("width")) frame.style.width = "100%";
    frame.contentWindow?.postMessage({ type: "activation-explorer:measure" }, "*");
    if (!frame.dataset.activationExplorerFrameWatched) {
      frame.dataset.activationExplorerFrameWatched = "1";
      frame.addEventListener("load", () => frame.contentWindow?.postMessage({ type: "activation-explorer:measure" }, "*"));
    }
  }
}
askHeights();

// Fetch and compile the wasm while the glue module loads (not one after the other). A server
// that does not label it application/wasm gets the slower non-streaming compile.
const wasmUrl = new URL("./ae-core_bg.wasm", import.meta.url);
const compiled = fetch(wasmUrl).then((response) => {
  if (!response.ok) throw new Error(`${response.status} ${response.statusText} fetching ${wasmUrl}`);
  const type = response.headers.get("content-type") || "";
  return WebAssembly.compileStreaming && type.startsWith("application/wasm")
    ? WebAssembly.compileStreaming(response)
    : response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
});
// (Its failure is reported through `ready`; this keeps it from also counting as unhandled.)
compiled.catch(() => {});
// The glue module and the wasm instance; rejected (with the reason) if either cannot load.
const ready = import("./ae-core.js").then((core) => core.default({ module_or_path: compiled }).then(() => core));

/** Mounts a widget into `element` (its data-* attributes configure it). */
export async function mount(element) {
  (await ready).mountWidget(element);
}

/** Mounts every not yet mounted `[data-activation-explorer]` under `root` (default: the document). */
export async function mountAll(root = document) {
  return (await ready).mountAll(root);
}

// If the app cannot start (a file missing, a browser without WebAssembly), the page says so
// where the app or each widget would have been, as text, in both languages.
function showFailure(reason) {
  const lines = [
    `Activation Explorer could not start (${reason}). Reload the page to try again.`,
    `激活函数探索器无法启动（${reason}）。请刷新页面重试。`,
  ];
  const place = (el) => {
    const box = document.createElement("div");
    box.className = "ae-load-error";
    box.setAttribute("role", "alert");
    for (const line of lines) box.appendChild(document.createElement("p")).textContent = line;
    el.replaceChildren(box);
  };
  if (document.body?.hasAttribute("data-activation-explorer-app")) place(document.body);
  for (const el of document.querySelectorAll("[data-activation-explorer]:not([data-activation-explorer-mounted])")) place(el);
}

const whenParsed = () =>
  document.readyState === "loading"
    ? new Promise((ok) => document.addEventListener("DOMContentLoaded", ok, { once: true }))
    : Promise.resolve();
try {
  const core = await ready;
  await whenParsed();
  core.mountAll(document);
  askHeights();
} catch (e) {
  console.error("Activation Explorer could not start:", e);
  await whenParsed();
  showFailure(e instanceof Error ? e.message : String(e));
}
