// The depth lab's Web Worker (a classic worker script with a stable name). The page starts it
// with `new Worker(".../ae-lab_loader.js")` when a lab view opens: it loads the worker's
// wasm-bindgen glue (`ae-lab.js`, bin ae-lab built by trunk as a worker) and then its wasm,
// both next to this file; the wasm's main installs the message loop (src/worker.rs).
// (trunk's own `data-loader-shim` does the same but passes the wasm URL in the form
// wasm-bindgen 0.2.130 reports as deprecated on the console.)
importScripts("./ae-lab.js");
wasm_bindgen({ module_or_path: "./ae-lab_bg.wasm" });
