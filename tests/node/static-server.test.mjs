// The e2e suite's static server serves its root and nothing beside it: a sibling folder whose
// name starts with the root's (dist-old next to dist) must stay out of reach.
// Run: node --test tests/node/
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const server = new URL("../../scripts/static-server.mjs", import.meta.url).pathname;

async function withServer(root, examples, fn) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, [server, root, String(port), examples], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((ok, fail) => {
    child.stdout.once("data", ok);
    child.once("exit", (code) => fail(new Error(`server exited with ${code}`)));
  });
  try {
    await fn(`http://127.0.0.1:${port}`);
  } finally {
    child.kill();
  }
}

test("serves its root and refuses siblings that share its name's prefix", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ae-server-"));
  for (const d of ["dist", "dist-old", "examples", "examples-private"]) mkdirSync(join(dir, d));
  writeFileSync(join(dir, "dist", "index.html"), "app");
  writeFileSync(join(dir, "dist-old", "secret.txt"), "secret");
  writeFileSync(join(dir, "examples", "page.html"), "example");
  writeFileSync(join(dir, "examples-private", "secret.txt"), "secret");
  await withServer(join(dir, "dist"), join(dir, "examples"), async (base) => {
    assert.equal(await (await fetch(`${base}/`)).text(), "app");
    assert.equal(await (await fetch(`${base}/examples/page.html`)).text(), "example");
    for (const path of ["/..%2fdist-old%2fsecret.txt", "/examples/..%2f..%2fexamples-private%2fsecret.txt", "/..%2f..%2fetc%2fpasswd"]) {
      const res = await fetch(base + path);
      assert.notEqual(res.status, 200, path);
      assert.doesNotMatch(await res.text(), /secret|root:/, path);
    }
  });
});
