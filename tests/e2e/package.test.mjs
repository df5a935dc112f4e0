// The npm package: packed from the release build by scripts/pack-npm,
// installed from the tarball into a fresh project in a temporary folder,
// served with that project's own files, and a whole take completed in it.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { DIST, REPO_ROOT, useKindred } from "./harness.mjs";
import { answer, assertResults, expectedResults } from "./kindred.mjs";

const kindred = useKindred();

test("the npm package installs into a fresh project, finds its WebAssembly next to itself, and runs a take", async () => {
  const work = mkdtempSync(join(tmpdir(), "kindred-package-"));
  try {
    const tarball = execFileSync(process.execPath, [join(REPO_ROOT, "scripts/pack-npm"), DIST, "--out", work], {
      encoding: "utf8",
    }).trim();
    assert.ok(existsSync(tarball), `packed ${tarball}`);

    const app = join(work, "app");
    execFileSync("mkdir", ["-p", app]);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "an-app", private: true, type: "module" }));
    execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball], { cwd: app, stdio: "pipe" });
    const installed = readdirSync(join(app, "node_modules/kindred-check"));
    assert.ok(installed.some((n) => n.endsWith("_bg.wasm")), `the WebAssembly is in the package: ${installed}`);
    assert.ok(!installed.includes("index.html") && !installed.includes("sw.js"), "no pages and no service worker");
    assert.deepEqual(
      readdirSync(join(app, "node_modules/kindred-check/lang")).sort(),
      ["ar-later.json", "ar.json", "de-later.json", "de.json", "es-later.json", "es.json"],
      "the language catalogues travel with the element",
    );

    // The app's page imports the package by name (an import map stands in
    // for a bundler) and serves it with its own files.
    writeFileSync(
      join(app, "index.html"),
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>An app</title><link rel="icon" href="data:,">
<script type="importmap">{"imports":{"kindred-check":"./node_modules/kindred-check/kindred-embed.js"}}</script>
<script type="module">import "kindred-check";</script></head>
<body><h1>An app</h1><kindred-check id="widget" context="friend" length="quick" namespace="app"></kindred-check></body></html>`,
    );
    const server = await kindred.serve(app);
    const page = await kindred.newPage();
    await page.goto(`${server.url}index.html`);
    const widget = page.locator("#widget");
    const values = [4, 4, 2, 5, 1, 3, 3, 4, 2, 5];
    await widget.getByRole("button", { name: "Begin", exact: true }).click();
    await answer(widget, { context: "friend", length: "quick", values });
    await assertResults(widget, expectedResults("quick", values));
    const wasm = server.requests.filter((p) => p.endsWith(".wasm"));
    // The module, and the chunks that finishing a take fetches in the
    // background (past check-ins, comparing, and the code both share); all
    // from the package, on the app's own server.
    assert.equal(wasm.length, 4, `the module and three chunks: ${wasm}`);
    assert.ok(wasm.some((p) => /_bg\.wasm$/.test(p)), "the module");
    for (const chunk of ["history", "together", "shared"]) {
      assert.ok(wasm.some((p) => new RegExp(`/chunk-${chunk}-[0-9a-f]{16}\\.wasm$`).test(p)), `the chunk ${chunk}`);
    }
    for (const p of wasm) assert.match(p, /^\/node_modules\/kindred-check\//);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
