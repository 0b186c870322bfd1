// A tiny static file server for dist/ on 127.0.0.1, used by the e2e tests and the benchmark.
// Usage: node static-server.mjs <root> <port> [extra-root-for-/examples/] [root-for-/sites/]
// Serves <root> at "/" and again under "/sub/path/" (to test embedding from a sub-path), and the
// docs sites built by scripts/build-docs-sites.sh at "/sites/" (default .cache/docs-sites).
// Set AE_CSP=1 to send the strict Content-Security-Policy header. The docs sites' pages get the
// same policy plus what their generator's own markup needs: the sha256 of each inline <script>
// and <style> of the page, and inline style attributes (style-src-attr). The widgets need none.
import { createHash } from "node:crypto";
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
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(base, path));
    // Inside base itself, not merely a path with base's name as a prefix (dist-old beside dist).
    if (file !== base && !file.startsWith(base + sep)) { res.writeHead(403).end(); return; }
    await stat(file);
    const body = await readFile(file);
    const headers = { "content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" };
    if (process.env.AE_CSP === "1") {
      headers["content-security-policy"] =
        base === sites && extname(file) === ".html" ? siteCsp(body.toString("utf8")) : CSP;
    }
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
