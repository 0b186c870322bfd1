// Minifies the JavaScript of a release dist/ in place with esbuild (npm, pinned in package.json):
// the wasm-bindgen glue of each wasm and the loaders. Run by scripts/release-build.sh after trunk
// (trunk's own `minify` leaves ES modules alone) and before the service worker is stamped.
// sw.js is left as it is: its /*ae-build*/ markers are comments that the stamp needs.
// Usage: node scripts/minify-js.mjs <dist>
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

const dist = process.argv[2] ?? "dist";
// The app's files (a build without one of them, e.g. a dev build, just has fewer): ES modules
// (their exports and import.meta stay), and the worker's two classic scripts, which keep their
// top-level names (ae-lab.js defines the global `wasm_bindgen` that its loader calls). Not the
// stack floor's glue (scripts/bench/stack-floor): trunk gives it an integrity attribute, which
// a minified file would no longer match.
const FILES = [
  ["activation-explorer.js", "esm"],
  ["ae-core.js", "esm"],
  ["ae-views.js", "esm"],
  ["ae-lab.js", undefined],
  ["ae-lab_loader.js", undefined],
].filter(([name]) => existsSync(join(dist, name)));
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
