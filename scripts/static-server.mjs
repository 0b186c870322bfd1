// A tiny static file server for dist/ on 127.0.0.1, used by the e2e tests and the benchmark.
// Usage: node static-server.mjs <root> <port> [extra-root-for-/examples/] [root-for-/sites/]
// Serves <root> at "/" and again under "/sub/path/" (to test embedding from a sub-path), and the
// docs sites built by scripts/build-docs-sites.sh at "/sites/" (default .cache/docs-sites).
// Set AE_CSP=1 to send the strict Content-Security-Policy header. The docs sites' pages get the
// same policy plus what their generator's own markup needs: the sha256 of each inline <script>
// and <style> of the page, and inline style attributes (style-src-attr). The widgets need none.
// Set AE_SWITCH_ROOT_FILE=<file> to also serve, under "/switch/", the directory whose path that
// file holds, read again on each request: a test switches the served build by rewriting the
// file (the service worker's update test: build A, then build B at the same URLs; 404 while the
// file is missing). Set AE_GZIP=1 to send gzip (level 9) to clients that accept it, as a real
// host would (the benchmark's throttled phone network; off by default).
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 4173);
const examples = resolve(process.argv[4] ?? join(root, "..", "examples"));
const sites = resolve(process.argv[5] ?? join(root, "..", ".cache", "docs-sites"));
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm", ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png",
  ".json": "application/json", ".ico": "image/x-icon", ".txt": "text/plain; charset=utf-8",
};
/** Gzipped bodies (AE_GZIP=1), by file, modification time and size. */
const gzipped = new Map();
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'";

/** The strict policy for a docs site's page: the hashes of its own inline scripts and styles
 * added, and inline style attributes (generators write `style="…"` into their markup). */
function siteCsp(html) {
  const hashes = (tag) =>
    [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "gi"))]
      .filter((m) => !/\ssrc=/i.test(m[1] ?? "") && m[2] !== "")
      .map((m) => `'sha256-${createHash("sha256").update(m[2]).digest("base64")}'`);
  const scripts = [...new Set(hashes("script"))].join(" ");
  const styles = [...new Set(hashes("style"))].join(" ");
  return CSP.replace("'wasm-unsafe-eval'", `'wasm-unsafe-eval' ${scripts}`)
    .replace("style-src 'self'", `style-src 'self' ${styles}; style-src-attr 'unsafe-inline'`)
    .replace(/ +;/g, ";");
}

createServer(async (req, res) => {
  try {
    let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let base = root;
    if (path.startsWith("/sub/path/")) path = path.slice("/sub/path".length);
    if (path.startsWith("/examples/")) { base = examples; path = path.slice("/examples".length); }
    if (path.startsWith("/sites/")) { base = sites; path = path.slice("/sites".length); }
    if (path.startsWith("/switch/") && process.env.AE_SWITCH_ROOT_FILE) {
      base = resolve((await readFile(process.env.AE_SWITCH_ROOT_FILE, "utf8")).trim());
      path = path.slice("/switch".length);
    }
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(base, path));
    // Inside base itself, not merely a path with base's name as a prefix (dist-old beside dist).
    if (file !== base && !file.startsWith(base + sep)) { res.writeHead(403).end(); return; }
    const info = await stat(file);
    const body = await readFile(file);
    const headers = { "content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" };
    if (process.env.AE_CSP === "1") {
      headers["content-security-policy"] =
        base === sites && extname(file) === ".html" ? siteCsp(body.toString("utf8")) : CSP;
    }
    if (process.env.AE_GZIP === "1" && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      headers["content-encoding"] = "gzip";
      headers["vary"] = "accept-encoding";
      const key = `${file} ${info.mtimeMs} ${body.length}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
      res.writeHead(200, headers).end(gzipped.get(key));
      return;
    }
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
