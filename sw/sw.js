// Activation Explorer's service worker: repeat visits start from a cache, and the app works with
// the network off after one visit. Registered by the loader (embed/activation-explorer.js) on the
// app page only: a top-level <body data-activation-explorer-app> whose loader is on its own
// origin. Widgets on other sites, the docs sites and the iframe embed never register it.
//
// What it caches: every file of dist/ (but itself), as listed at build time by
// scripts/sw-manifest.mjs, which writes BUILD below: { id, files: { "path": "sha256-base64" } }.
// The file names are stable (Trunk.toml filehash = false: the embed loader imports them by
// name), so the version is the build id, a hash of the list; each version has its own Cache,
// named after this worker's scope and the id. A change to any file changes this script, which
// is how the browser notices an update.
//
// The update policy, and why an update is never half-applied:
//   1. A new version installs in the background (the browser checks this script on each
//      navigation to the app): it downloads every file of its list, checks each against the
//      hash of the list, and only when all of them match does it write them to its own Cache.
//      If any file is missing or differs (a deploy still under way, a proxy that rewrites
//      files), the install fails, the half-filled Cache is deleted and the old version stays.
//   2. The new version then waits. There is no skipWaiting() and no clients.claim(): a page
//      keeps the worker it started with for its whole life, so every file it fetches later (the
//      depth lab's worker files, fetched when the lab opens) comes from the Cache of the version
//      whose index.html it runs. With skipWaiting(), a page open across the update would get
//      its later files from the new version's Cache, and its own version's Cache would be
//      deleted under it: mixed versions.
//   3. The browser activates the new version only when no page uses the old one any more (all
//      the app's tabs closed; a reload of the last tab is not enough, as the old page is still
//      there when the new one starts). Activation deletes the old version's Cache: no page can
//      need it then. The next visit runs the new version, every file from its Cache.
// The first visit is not controlled (no claim): it runs from the network, as without a worker.
//
// What it answers: GET requests of its own origin only, for (a) navigations to the app page
// (the scope's "" or "index.html", any query: ?view=…), answered with the cached index.html,
// and (b) exactly the listed files under its scope. Everything else (other origins, other
// pages, anything not listed, Range requests) is not touched and goes to the network as usual.
// A file missing from the Cache (storage cleared) is fetched from the network.
//
// Not stamped (a dev build, `trunk serve`): it caches nothing, answers nothing, and deletes the
// Caches a release build of the same scope left, so a dev server never serves stale files.
"use strict";

const BUILD = /*ae-build*/ null /*/ae-build*/;

const SCOPE = new URL(self.registration.scope);
// "activation-explorer <scope>#<build id>": the scope keeps two copies of the app on one origin
// (e.g. / and /sub/path/) from deleting each other's Caches.
const PREFIX = `activation-explorer ${SCOPE.href}#`;
const CACHE = BUILD ? PREFIX + BUILD.id : null;
const FILES = new Set(BUILD ? Object.keys(BUILD.files) : []);

addEventListener("install", (event) => {
  if (BUILD) event.waitUntil(fill());
});

addEventListener("activate", (event) => {
  // Only the versions of this scope other than this one: no page uses them now (see 3. above).
  event.waitUntil(
    caches.keys().then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)))),
  );
});

if (BUILD) {
  addEventListener("fetch", (event) => {
    const request = event.request;
    if (request.method !== "GET" || request.headers.has("range")) return;
    const url = new URL(request.url);
    if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
    const path = url.pathname.slice(SCOPE.pathname.length);
    let key;
    if (request.mode === "navigate") {
      if (path !== "" && path !== "index.html") return;
      key = "index.html";
    } else {
      if (url.search || !FILES.has(path)) return;
      key = path;
    }
    event.respondWith(
      caches.match(new URL(key, SCOPE).href, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)),
    );
  });
}

/** Downloads every listed file, checks it against its hash, and stores them all, or none. */
async function fill() {
  const entries = await Promise.all(
    Object.entries(BUILD.files).map(async ([path, hash]) => {
      const url = new URL(path, SCOPE).href;
      // Revalidated with the server: a copy in the HTTP cache is used only if still current.
      const response = await fetch(url, { cache: "no-cache", credentials: "same-origin" });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      const bytes = await response.arrayBuffer();
      const digest = await crypto.subtle.digest("SHA-256", bytes);
      const got = btoa(String.fromCharCode(...new Uint8Array(digest)));
      if (got !== hash) throw new Error(`${path}: not the file of build ${BUILD.id}`);
      // The checked bytes with the server's headers (the wasm's type, a CSP), minus those that
      // describe the transfer; a fresh Response, so a redirect on the way does not stick to it.
      const headers = new Headers(response.headers);
      for (const h of ["content-encoding", "content-length", "transfer-encoding"]) headers.delete(h);
      return [url, new Response(bytes, { status: 200, statusText: "OK", headers })];
    }),
  );
  try {
    const cache = await caches.open(CACHE);
    for (const [url, response] of entries) await cache.put(url, response);
  } catch (e) {
    await caches.delete(CACHE);
    throw e;
  }
}
