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
  if (!response.ok) throw new Error(`Activation Explorer: ${response.status} fetching ${wasmUrl}`);
  const type = response.headers.get("content-type") || "";
  return WebAssembly.compileStreaming && type.startsWith("application/wasm")
    ? WebAssembly.compileStreaming(response)
    : response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
});
const core = await import("./ae-core.js");
const ready = core.default({ module_or_path: compiled });

/** Mounts a widget into `element` (its data-* attributes configure it). */
export async function mount(element) {
  await ready;
  core.mountWidget(element);
}

/** Mounts every not yet mounted `[data-activation-explorer]` under `root` (default: the document). */
export async function mountAll(root = document) {
  await ready;
  return core.mountAll(root);
}

await ready;
const start = () => {
  core.mountAll(document);
  askHeights();
};
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start, { once: true });
} else {
  start();
}
