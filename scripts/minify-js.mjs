// Minifies the JavaScript of a release dist/ in place with esbuild (npm, pinned in package.json):
// the wasm-bindgen glue of each wasm and the loaders. Run by scripts/release-build.sh after trunk
// (trunk's own `minify` leaves ES modules alone) and before the service worker is stamped.
// sw.js is left as it is: its /*ae-build*/ markers are comments that the stamp needs.
// Usage: node scripts/minify-js.mjs <dist>
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

const dist = process.argv[2] ?? "dist";
// Every .js file of the dist's top level but sw.js: ES modules (their exports and import.meta
// stay), except the worker's two classic scripts, which keep their top-level names (ae-lab.js
// defines the global `wasm_bindgen` that its loader calls). Also the stack floor's glue
// (scripts/bench/stack-floor), so that the benchmark compares like with like.
const CLASSIC = new Set(["ae-lab.js", "ae-lab_loader.js"]);
const FILES = readdirSync(dist)
  .filter((name) => name.endsWith(".js") && name !== "sw.js")
  .sort()
  .map((name) => [name, CLASSIC.has(name) ? undefined : "esm"]);
let before = 0;
let after = 0;
for (const [name, format] of FILES) {
  const path = join(dist, name);
  const src = readFileSync(path, "utf8");
  const { code } = transformSync(src, { minify: true, format, target: "es2022", legalComments: "none" });
  writeFileSync(path, code);
  before += src.length;
  after += code.length;
}
console.log(`minify-js: ${FILES.length} files, ${before} → ${after} B`);
