// Deploys that cannot mix: every long-cached file of a release build is
// named after its final bytes, after every post-processing step, so a
// returning visitor's `immutable` cache can never hand out old bytes under
// a name that now means new ones. No browser needed: these read the build.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { DIST, REPO_ROOT } from "./harness.mjs";

const HASHED = /^(.+)-([0-9a-f]{16})(_bg)?\.(js|wasm|css|svg)$/;
const sha = (data) => createHash("sha256").update(data).digest("hex");

/** Every hashed file of a build folder with the hash in its name. */
function hashedFiles(dir) {
  return readdirSync(dir)
    .map((name) => [name, name.match(HASHED)])
    .filter(([, match]) => match)
    .map(([name, match]) => ({ name, named: match[2], content: readFileSync(join(dir, name)) }));
}

/** Every file name the build's own files refer to. */
function references(dir) {
  const texts = ["index.html", "frame.html", "sw.js", "kindred-embed.js", ...readdirSync(dir).filter((n) => /^loader-/.test(n))]
    .map((name) => readFileSync(join(dir, name), "utf8"))
    .join("\n");
  return new Set([...texts.matchAll(/[\w-]+-[0-9a-f]{16}(?:_bg)?\.(?:js|wasm|css|svg)/g)].map((m) => m[0]));
}

function assertNamedByContent(dir) {
  const files = hashedFiles(dir);
  assert.ok(files.some((f) => f.name.endsWith("_bg.wasm")), "the WebAssembly is among them");
  for (const { name, named, content } of files) {
    assert.equal(named, sha(content).slice(0, 16), `${name} is named after its bytes`);
  }
  const present = new Set(readdirSync(dir));
  for (const name of references(dir)) assert.ok(present.has(name), `${name} is referred to and exists`);
}

test("every long-cached file of the build is named after its final bytes, and every reference resolves", () => {
  assertNamedByContent(DIST);
});

test("a change in post-processing alone gives the changed files new names, and nothing else", () => {
  const dir = mkdtempSync(join(tmpdir(), "kindred-deploy-"));
  try {
    cpSync(DIST, dir, { recursive: true });
    const before = new Map(hashedFiles(dir).map((f) => [f.name, sha(f.content)]));
    // What a different minifier or wasm-opt would do: other bytes in the
    // glue, from the same Rust. Then the project's own post-build step.
    const glue = readdirSync(dir).find((n) => /^kindred-[0-9a-f]{16}\.js$/.test(n));
    const old = readFileSync(join(dir, glue), "utf8");
    const changed = `${old}\nexport const processedDifferently = 1;\n`;
    writeFileSync(join(dir, glue), changed);
    // The page's integrity attribute stays true, as a real build's would.
    const integrity = (data) => `sha384-${createHash("sha384").update(data).digest("base64")}`;
    const indexPath = join(dir, "index.html");
    writeFileSync(indexPath, readFileSync(indexPath, "utf8").replace(integrity(old), integrity(changed)));
    execFileSync(process.execPath, [join(REPO_ROOT, "scripts/post-build.mjs"), dir], { stdio: "pipe" });

    assertNamedByContent(dir);
    const after = new Map(hashedFiles(dir).map((f) => [f.name, sha(f.content)]));
    assert.ok(!after.has(glue), "the changed glue has a new name");
    assert.ok(!references(dir).has(glue), "and nothing refers to the old one");
    // A name never points at two contents: every name in both builds has
    // the same bytes in both.
    for (const [name, digest] of after) {
      if (before.has(name)) assert.equal(before.get(name), digest, `${name} kept its bytes`);
    }
    // The WebAssembly itself did not change, so it kept its name.
    const wasm = [...before.keys()].find((n) => n.endsWith("_bg.wasm"));
    assert.ok(after.has(wasm), "the unchanged WebAssembly kept its name");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
