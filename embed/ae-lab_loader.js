// The depth lab's Web Worker (a classic worker script with a stable name). The page starts it
// with `new Worker(".../ae-lab_loader.js")` when a lab view opens: it loads the worker's
// wasm-bindgen glue (`ae-lab.js`, bin ae-lab built by trunk as a worker) and then its wasm,
// both next to this file; the wasm's main installs the message loop (src/worker.rs).
// (trunk's own `data-loader-shim` does the same but passes the wasm URL in the form
// wasm-bindgen 0.2.130 reports as deprecated on the console.)
// A glue that cannot load throws here; a wasm that cannot load rejects a promise, which a
// worker does not report to its page: it is rethrown from a task, so the page's `error`
// handler hears of it and the lab says so instead of waiting forever.
importScripts("./ae-lab.js");
wasm_bindgen({ module_or_path: "./ae-lab_bg.wasm" }).catch((e) => {
  setTimeout(() => {
    throw new Error(`ae-lab: the worker's WebAssembly did not load (${e && e.message ? e.message : e})`);
  });
});
