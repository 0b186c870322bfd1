// Prints raw, gzip -9 and brotli (quality 11) sizes of every file under a folder.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const root = process.argv[2] ?? "dist";
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
})(root);
const rows = files.map((p) => {
  const data = readFileSync(p);
  return {
    file: relative(root, p),
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const w = Math.max(5, ...rows.map((r) => r.file.length));
const line = (f, r, g, b) => console.log(`${f.padEnd(w)}  ${String(r).padStart(9)}  ${String(g).padStart(9)}  ${String(b).padStart(9)}`);
line("file", "raw B", "gzip-9 B", "brotli B");
for (const r of rows) line(r.file, r.raw, r.gzip, r.brotli);
line("TOTAL", total.raw, total.gzip, total.brotli);
console.log(`TOTAL gzip-9: ${(total.gzip / 1024).toFixed(1)} KiB`);
