#!/usr/bin/env node
// Trunk post-build hook (also runnable by hand: `node scripts/post-build.mjs DIR`).
//
// 1. Moves Trunk's inline module loader out of index.html into its own
//    hashed file, so the page runs under `script-src 'self'` with no inline
//    script and no hash to keep in step.
// 2. Writes sw.js, the service worker, with the exact list of this build's
//    files and a version derived from their contents, so a new build always
//    means a new worker and a new cache, and two builds never mix.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("usage: post-build.mjs DIR (or run as a Trunk hook)");
  process.exit(2);
}

const hash = (data) => createHash("sha256").update(data).digest("hex");

export function externaliseLoader(dir) {
  const indexPath = join(dir, "index.html");
  const html = readFileSync(indexPath, "utf8");
  const inline = /<script type="module">([\s\S]*?)<\/script>/;
  const match = html.match(inline);
  if (!match) return; // already done (a second run over the same folder)
  const code = match[1].trim() + "\n";
  const name = `loader-${hash(code).slice(0, 16)}.js`;
  writeFileSync(join(dir, name), code);
  writeFileSync(indexPath, html.replace(inline, `<script type="module" src="./${name}"></script>`));
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith(".")) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export function writeServiceWorker(dir) {
  const template = readFileSync(fileURLToPath(new URL("../assets/sw.js", import.meta.url)), "utf8");
  const files = listFiles(dir)
    .map((path) => relative(dir, path).split("\\").join("/"))
    .filter((name) => name !== "sw.js")
    .sort();
  // Every file counts towards the version, so any change means a new worker.
  const fingerprint = files.map((name) => `${name}:${hash(readFileSync(join(dir, name)))}`).join("\n");
  const version = hash(fingerprint).slice(0, 16);
  // The install icons are fetched by the browser itself when installing;
  // precaching them would add 44 KB to every first visit for nothing.
  const cached = files.filter((name) => !name.startsWith("icons/"));
  const hashed = cached.filter((name) => /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/.test(name));
  const fixed = ["", ...cached.filter((name) => !hashed.includes(name))];
  const worker = template
    .replace("__KINDRED_VERSION__", version)
    .replace("__KINDRED_HASHED__", JSON.stringify(hashed.map((name) => `./${name}`)))
    .replace("__KINDRED_FIXED__", JSON.stringify(fixed.map((name) => `./${name}`)));
  writeFileSync(join(dir, "sw.js"), worker);
  return version;
}

externaliseLoader(dir);
const version = writeServiceWorker(dir);
console.log(`post-build: loader externalised, sw.js version ${version}`);
