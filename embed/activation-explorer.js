// Activation Explorer loader: an ES module with a stable name. Load it once per page:
//   <script type="module" src=".../activation-explorer.js"></script>
// It loads the wasm next to it (resolved against this module's own URL, so it works from a
// sub-path and from another origin), then
//   - on the app page (<body data-activation-explorer-app>) the app mounts itself;
//   - every element with a `data-activation-explorer` attribute becomes a widget;
//   - iframes marked `data-activation-explorer-frame` are sized to their content.
// Elements added later: `import { mount, mountAll } from ".../activation-explorer.js"`.
import init, * as core from "./ae-core.js";

const ready = init({ module_or_path: new URL("./ae-core_bg.wasm", import.meta.url) });

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

// Size iframe embeds from the height their content reports.
addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "activation-explorer:height" || typeof data.height !== "number") return;
  for (const frame of document.querySelectorAll("iframe[data-activation-explorer-frame]")) {
    if (frame.contentWindow === event.source) {
      frame.style.height = `${Math.max(100, Math.min(20000, Math.ceil(data.height)))}px`;
    }
  }
});

await ready;
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => core.mountAll(document), { once: true });
} else {
  core.mountAll(document);
}
