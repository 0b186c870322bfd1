// Stamps the service worker of a built dist/ with the list of its files and a build id.
// Usage: node scripts/sw-manifest.mjs <dist>      (run by scripts/release-build.sh after trunk)
//
// Writes into <dist>/sw.js, between its /*ae-build*/ … /*/ae-build*/ markers:
//   { id, files: { "<path relative to dist>": "<sha256, base64>", … } }
// for every file of <dist> but sw.js itself (so the depth lab's worker files, or anything a
// later build adds, are cached too). The id hashes the list and the worker's own code, so any
// change to either is a new version (a new Cache) and a new sw.js, which the browser installs.
// Running it again re-stamps (after a file of dist/ was changed, as the update test does).
// A dist/ without sw.js (the stack floor) is left alone.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const dist = process.argv[2] ?? "dist";
const swPath = join(dist, "sw.js");
if (!existsSync(swPath)) {
  console.log(`sw-manifest: no ${swPath}, nothing to stamp`);
  process.exit(0);
}

const MARK = /\/\*ae-build\*\/[\s\S]*?\/\*\/ae-build\*\//;
const sw = readFileSync(swPath, "utf8");
if (!MARK.test(sw)) throw new Error(`${swPath} has no /*ae-build*/ … /*/ae-build*/ markers`);

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

const files = {};
for (const p of walk(dist)) {
  const rel = relative(dist, p).split(sep).join("/");
  if (rel === "sw.js") continue;
  files[rel] = createHash("sha256").update(readFileSync(p)).digest("base64");
}
if (!files["index.html"]) throw new Error(`${dist} has no index.html`);

// The worker's code without its stamp: a change to the worker alone is a new version too.
const code = sw.replace(MARK, "/*ae-build*/ null /*/ae-build*/");
const id = createHash("sha256")
  .update(code)
  .update(Object.entries(files).map(([p, h]) => `${p}\0${h}\n`).join(""))
  .digest("hex")
  .slice(0, 16);
writeFileSync(swPath, sw.replace(MARK, `/*ae-build*/ ${JSON.stringify({ id, files })} /*/ae-build*/`));
const bytes = Object.keys(files).reduce((s, p) => s + readFileSync(join(dist, p)).length, 0);
console.log(`sw-manifest: ${swPath} stamped, build ${id}, ${Object.keys(files).length} files, ${(bytes / 1024).toFixed(1)} KiB`);
