// Activation Explorer loader: an ES module with a stable name. Load it once per page:
//   <script type="module" src=".../activation-explorer.js"></script>
// It loads the wasm next to it (resolved against this module's own URL, so it works from a
// sub-path and from another origin that sends Access-Control-Allow-Origin), then
//   - on the app page (<body data-activation-explorer-app>) the app mounts itself;
//   - it defines the custom element <activation-explorer view="overlay" fn="relu,gelu">: a widget
//     that mounts when it enters the page (also later, from any script or a docs site's instant
//     navigation), redraws when an attribute changes, and releases everything when removed;
//   - every element with a `data-activation-explorer` attribute present at load becomes a widget;
//   - iframes marked `data-activation-explorer-frame` are sized to their content.
// Elements of the data-* form added later:
//   import { mount, mountAll, unmount } from ".../activation-explorer.js";

const FRAMES = "iframe[data-activation-explorer-frame]";
const DATA_FORM = "[data-activation-explorer]";

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

// The mounted widgets: element → its handle (src/embed.rs WidgetHandle).
const handles = new WeakMap();

function mountNow(core, element) {
  if (handles.has(element)) return false;
  handles.set(element, core.mountWidget(element));
  return true;
}

/** Mounts a widget into `element` (its attributes configure it); resolves once mounted. */
export async function mount(element) {
  mountNow(await ready, element);
}

/** Mounts every not yet mounted `[data-activation-explorer]` under `root` (default: the
 * document); resolves to how many were mounted. (`<activation-explorer>` mounts itself.) */
export async function mountAll(root = document) {
  const core = await ready;
  let mounted = 0;
  for (const el of root.querySelectorAll(DATA_FORM)) {
    try {
      if (mountNow(core, el)) mounted++;
    } catch (e) {
      console.warn("Activation Explorer: widget not mounted", e);
    }
  }
  return mounted;
}

/** Removes the widget in `element` and releases everything it holds (its view, listeners,
 * observers, canvases); the element stays. `<activation-explorer>` does this itself when it
 * leaves the page. Returns whether there was one. */
export function unmount(element) {
  const handle = handles.get(element);
  if (!handle) return false;
  handles.delete(element);
  handle.unmount();
  handle.free();
  return true;
}

/** Re-reads the attributes of the widget in `element` and shows what changed (the custom
 * element does this itself on every attribute change). */
export function update(element) {
  handles.get(element)?.update();
}

/** How many widgets are mounted on the page now (for tests and leak checks). */
export async function liveWidgets() {
  return (await ready).liveWidgets();
}

/** The size of the wasm memory in bytes (it only grows; for leak checks). */
export async function wasmMemoryBytes() {
  return (await ready).wasmMemoryBytes();
}

// If the app cannot start (a file missing or refused, a browser without WebAssembly), the page
// says so where the app or each widget would have been, as text, in both languages.
function failureBox(reason, crossOrigin) {
  const lines = [
    `Activation Explorer could not start (${reason}). Reload the page to try again.`,
    `激活函数探索器无法启动（${reason}）。请刷新页面重试。`,
  ];
  if (crossOrigin) {
    lines[0] += ` Its files must be hosted by this site, or served with Access-Control-Allow-Origin (${new URL(".", import.meta.url)}).`;
    lines[1] += `其文件须由本站托管，或由服务器附带 Access-Control-Allow-Origin 发送（${new URL(".", import.meta.url)}）。`;
  }
  const box = document.createElement("div");
  box.className = "ae-load-error";
  box.setAttribute("role", "alert");
  for (const line of lines) box.appendChild(document.createElement("p")).textContent = line;
  return box;
}

/** Defines `<activation-explorer>`: with `core`, a live widget; without (the app could not
 * start), an element that shows `failure`. */
function defineElement(name, observed, core, failure) {
  if (customElements.get(name)) return; // a second copy of the loader on the page
  customElements.define(
    name,
    class ActivationExplorerElement extends HTMLElement {
      #updateQueued = false;

      static get observedAttributes() {
        return observed;
      }

      connectedCallback() {
        if (!core) {
          if (!this.querySelector(":scope > .ae-load-error")) this.replaceChildren(failure());
          return;
        }
        try {
          mountNow(core, this);
        } catch (e) {
          console.warn("Activation Explorer: widget not mounted", e);
        }
      }

      disconnectedCallback() {
        // A move (removed and inserted again in one task) keeps the widget; an element that
        // stays out of the page releases it.
        queueMicrotask(() => {
          if (!this.isConnected) unmount(this);
        });
      }

      attributeChangedCallback(_name, old, value) {
        if (old === value || !handles.has(this) || this.#updateQueued) return;
        // Several attributes set in a row: one update, with all of them.
        this.#updateQueued = true;
        queueMicrotask(() => {
          this.#updateQueued = false;
          handles.get(this)?.update();
        });
      }
    },
  );
}

const whenParsed = () =>
  document.readyState === "loading"
    ? new Promise((ok) => document.addEventListener("DOMContentLoaded", ok, { once: true }))
    : Promise.resolve();
try {
  const core = await ready;
  await whenParsed();
  defineElement(core.elementName(), core.widgetAttributes(), core, null);
  await mountAll(document);
  askHeights();
} catch (e) {
  console.error("Activation Explorer could not start:", e);
  await whenParsed();
  const reason = e instanceof Error ? e.message : String(e);
  // A fetch the browser refused (network, CORS) is a TypeError; an HTTP error has a status.
  const crossOrigin = e instanceof TypeError && new URL(import.meta.url).origin !== location.origin;
  const failure = () => failureBox(reason, crossOrigin);
  if (document.body?.hasAttribute("data-activation-explorer-app")) document.body.replaceChildren(failure());
  for (const el of document.querySelectorAll(`${DATA_FORM}:not([data-activation-explorer-mounted])`)) {
    el.replaceChildren(failure());
  }
  defineElement("activation-explorer", [], null, failure);
}
