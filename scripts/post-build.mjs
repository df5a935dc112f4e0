#!/usr/bin/env node
// Trunk post-build hook (also runnable by hand: `node scripts/post-build.mjs DIR`).
//
// 1. Moves Trunk's inline module loader out of index.html into its own
//    hashed file, so the page runs under `script-src 'self'` with no inline
//    script and no hash to keep in step.
// 2. Writes kindred-embed.js (the <kindred-check> element, for other sites)
//    and frame.html (the page for <iframe> embeds) from embed/.
// 3. Shortens the names the WebAssembly and its JavaScript glue know each
//    other by (wasm-bindgen's are long and end in random-looking hashes,
//    which gzip cannot shrink: 3 KB on every first visit), with binaryen's
//    own pass and the map it prints; then minifies the glue (Trunk leaves it
//    as is) and updates its integrity hash in the pages.
// 4. Names every long-cached file after its final bytes (a sha256 prefix),
//    after all the steps above changed them, and updates the references:
//    Trunk names the glue and the WebAssembly after cargo's output, so a
//    rebuild that changed only wasm-opt, terser or this script would ship
//    new bytes under old names, and a returning visitor's `immutable` cache
//    would hand them the old ones.
// 5. Writes sw.js, the service worker, with the exact list of this build's
//    files and a version derived from their contents, so a new build always
//    means a new worker and a new cache, and two builds never mix.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { minify } from "terser";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("usage: post-build.mjs DIR (or run as a Trunk hook)");
  process.exit(2);
}

const hash = (data) => createHash("sha256").update(data).digest("hex");

export function externaliseLoader(dir) {
  const indexPath = join(dir, "index.html");
  const html = readFileSync(indexPath, "utf8");
  // Attribute quotes may be gone: Trunk minifies the page in release builds.
  const inline = /<script type=("?)module\1>([\s\S]*?)<\/script>/;
  const match = html.match(inline);
  if (!match) return; // already done (a second run over the same folder)
  const code = match[2].trim() + "\n";
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
  // Precached: what the installed app runs on. Not the install icons (the
  // browser fetches those itself when installing; 44 KB) nor the files only
  // other sites' embeds use (frame page, embed script): the worker serves
  // the standalone app, and every byte here is paid on the first visit.
  const embedOnly = (name) => name === "kindred-embed.js" || name === "frame.html" || /^frame-[0-9a-f]+\.js$/.test(name);
  // Nor the language catalogues: a first visit fetches only its own
  // language (cached as it passes); a returning visit tops up the rest, so
  // the installed app can switch language offline (see register-sw.js).
  const languages = files.filter((name) => name.startsWith("lang/"));
  const cached = files.filter((name) => !name.startsWith("icons/") && !embedOnly(name) && !languages.includes(name));
  const hashed = cached.filter((name) => /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/.test(name));
  const fixed = cached.filter((name) => !hashed.includes(name));
  const worker = template
    .replace("__KINDRED_VERSION__", version)
    .replace("__KINDRED_HASHED__", JSON.stringify(hashed.map((name) => `./${name}`)))
    .replace("__KINDRED_FIXED__", JSON.stringify(fixed.map((name) => `./${name}`)))
    .replace("__KINDRED_LANGUAGES__", JSON.stringify(languages.map((name) => `./${name}`)));
  writeFileSync(join(dir, "sw.js"), worker);
  return version;
}

const source = (path) => readFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), "utf8");

/** The build's hashed files that the embed needs, by role. */
function buildFiles(dir) {
  const names = readdirSync(dir);
  const find = (pattern) => {
    const name = names.find((n) => pattern.test(n));
    if (!name) throw new Error(`post-build: no file matching ${pattern} in ${dir}`);
    return name;
  };
  return {
    glue: find(/^kindred-[0-9a-f]+\.js$/),
    wasm: find(/^kindred-[0-9a-f]+_bg\.wasm$/),
    css: find(/^kindred-[0-9a-f]+\.css$/),
  };
}

export function writeEmbed(dir) {
  // A fixed name, so site owners' snippets keep working across builds.
  const script = source("embed/kindred-embed.js").replace("__KINDRED_FILES__", JSON.stringify(buildFiles(dir)));
  writeFileSync(join(dir, "kindred-embed.js"), script);
}

export function writeFramePage(dir) {
  const script = source("embed/frame.js");
  const scriptName = `frame-${hash(script).slice(0, 16)}.js`;
  writeFileSync(join(dir, scriptName), script);
  let html = readFileSync(join(dir, "index.html"), "utf8");
  const replace = (pattern, replacement) => {
    if (!pattern.test(html)) throw new Error(`post-build: index.html has no ${pattern}`);
    html = html.replace(pattern, replacement);
  };
  // Inside a frame: no page heading, no app install, no service worker.
  // (Patterns allow for the minified page: unquoted attributes, any order.)
  replace(/\s*<header class="?page-header"?>[\s\S]*?<\/header>/, "");
  replace(/\s*<footer class="?page-footer"?>[\s\S]*?<\/footer>/, "");
  replace(/\s*<script [^>]*src="?\.\/register-sw-[^>]*><\/script>/, "");
  replace(/\s*<link [^>]*rel="?manifest"?[^>]*>/, "");
  replace(/\s*<link [^>]*rel="?apple-touch-icon"?[^>]*>/, "");
  replace(/data-kindred-page(?=[\s>])/, 'data-kindred-page="frame"');
  replace(/<body>/, '<body class="frame">');
  replace(/<\/head>/, `<script type="module" src="./${scriptName}"></script></head>`);
  writeFileSync(join(dir, "frame.html"), html);
}

/** wasm-opt from binaryen 132 (npm), as Trunk uses; see Trunk.toml. */
const WASM_OPT = fileURLToPath(new URL("../node_modules/.bin/wasm-opt", import.meta.url));
/** The features the module uses; the same list as index.html gives Trunk. */
const WASM_FEATURES = [
  "--enable-bulk-memory",
  "--enable-bulk-memory-opt",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-reference-types",
  "--enable-multivalue",
  "--enable-mutable-globals",
];

/**
 * Exports that index.html has wasm-opt remove (`--remove-exports`): the
 * IntoUnderlying* stream classes of wasm-streams, which server_fn links in
 * but Kindred never uses. `minifyGlue` drops their classes from the glue.
 */
const REMOVED_EXPORTS = /^(__wbg_)?intounderlying/;

/**
 * Gives every import, export and import module of the WebAssembly a short
 * name (binaryen's `--minify-imports-and-exports-and-modules`), and returns
 * `glue` with the same names: the import object's keys, its module name,
 * and every `wasm.<export>` it reads. Fails loudly if any old name is left.
 */
export function shortenWasmNames(wasmPath, glue) {
  // A second run over the same folder finds the short names already.
  if (!importModuleOf(wasmPath).endsWith("_bg.js")) return glue;
  const out = `${wasmPath}.short`;
  const run = spawnSync(
    WASM_OPT,
    [wasmPath, ...WASM_FEATURES, "--minify-imports-and-exports-and-modules", "-o", out],
    { encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`post-build: wasm-opt failed: ${run.stderr}`);
  const map = JSON.parse(run.stdout);
  let code = glue;
  const modules = new Map();
  for (const [module, name, short] of map.imports) {
    const key = new RegExp(`\\b${name}(?=\\s*:)`, "g");
    if (!key.test(code)) throw new Error(`post-build: the glue has no import ${name}`);
    code = code.replace(key, short);
    modules.set(module, null);
  }
  // The import modules are renamed "a", "b", ... in the order binaryen
  // meets them; read the new name from the module itself.
  const moduleNames = [...modules.keys()];
  if (moduleNames.length !== 1) throw new Error(`post-build: expected one import module, got ${moduleNames}`);
  const quoted = JSON.stringify(moduleNames[0]);
  if (!code.includes(`${quoted}:`)) throw new Error(`post-build: the glue has no module ${quoted}`);
  code = code.replace(`${quoted}:`, `${JSON.stringify(importModuleOf(out))}:`);
  for (const [name, short] of map.exports) {
    code = code.replace(new RegExp(`\\bwasm\\.${name}\\b`, "g"), `wasm.${short}`);
  }
  const left = [...code.matchAll(/\bwasm\.(\w+)/g)].map((m) => m[1]).filter((n) => !map.exports.some(([, s]) => s === n) && !REMOVED_EXPORTS.test(n));
  if (left.length > 0) throw new Error(`post-build: the glue still reads ${[...new Set(left)]}`);
  writeFileSync(wasmPath, readFileSync(out));
  rmSync(out);
  return code;
}

/** The module name of the first import in a WebAssembly file. */
function importModuleOf(path) {
  const bytes = readFileSync(path);
  const module = new WebAssembly.Module(bytes);
  return WebAssembly.Module.imports(module)[0].module;
}

/**
 * The glue without the stream classes whose exports wasm-opt removed (see
 * `REMOVED_EXPORTS`): nothing can make one, since the WebAssembly no longer
 * has their functions. Each class, the line that makes it disposable and
 * its finalization registry go; what is left is unexported and unused,
 * so terser drops it (0.3 KB). Fails loudly if wasm-bindgen writes them in
 * another shape.
 */
export function withoutStreamClasses(glue) {
  // A second run over the same folder finds them gone already.
  if (!glue.includes("class IntoUnderlying")) return glue;
  const parts = [
    [/^export (class IntoUnderlying)/gm, "$1"],
    [/^if \(Symbol\.dispose\) IntoUnderlying\w+\.prototype\[Symbol\.dispose\] = IntoUnderlying\w+\.prototype\.free;$/gm, ""],
    [/^const IntoUnderlying\w+Finalization = \(typeof FinalizationRegistry === 'undefined'\)[^;]*;$/gm, ""],
  ];
  let code = glue;
  for (const [part, replacement] of parts) {
    const found = code.match(part)?.length ?? 0;
    if (found !== 3) throw new Error(`post-build: expected 3 stream classes in the glue, found ${found} of ${part}`);
    code = code.replace(part, replacement);
  }
  return code;
}

export async function minifyGlue(dir) {
  const { glue, wasm } = buildFiles(dir);
  const path = join(dir, glue);
  const original = readFileSync(path, "utf8");
  const shortened = withoutStreamClasses(shortenWasmNames(join(dir, wasm), original));
  const result = await minify(shortened, { module: true, compress: { passes: 2 }, mangle: true });
  const code = result.code && result.code.length < shortened.length ? result.code : shortened;
  writeFileSync(path, code);
  // The pages preload the glue with a sub-resource integrity hash.
  const integrity = (data) => `sha384-${createHash("sha384").update(data).digest("base64")}`;
  const indexPath = join(dir, "index.html");
  const html = readFileSync(indexPath, "utf8");
  const before = integrity(original);
  if (!html.includes(before)) throw new Error(`post-build: no integrity hash for ${glue} in index.html`);
  writeFileSync(indexPath, html.replace(before, integrity(code)));
}

/**
 * A long-cached file: `<stem>-<hex digits>[_bg].<ext>`. Trunk writes its
 * hash without leading zeros (15 digits one time in 16); ours are always 16.
 */
const HASHED = /^(.+)-([0-9a-f]{8,16})(_bg)?\.(js|wasm|css|svg)$/;

/** The name `name` should have for `content`. */
export function contentName(name, content) {
  const match = name.match(HASHED);
  if (!match) return name;
  const [, stem, , bg = "", ext] = match;
  return `${stem}-${hash(content).slice(0, 16)}${bg}.${ext}`;
}

/**
 * Renames the build's hashed files after their final bytes and rewrites
 * every reference to them (the page, the loader). Safe to run again: a file
 * already named after its bytes keeps its name.
 */
export function nameByContent(dir) {
  const indexPath = join(dir, "index.html");
  const renames = [];
  const rename = (name) => {
    const fresh = contentName(name, readFileSync(join(dir, name)));
    if (fresh !== name) {
      renameSync(join(dir, name), join(dir, fresh));
      renames.push([name, fresh]);
    }
  };
  const rewrite = (path) => {
    let text = readFileSync(path, "utf8");
    for (const [old, fresh] of renames) text = text.split(old).join(fresh);
    writeFileSync(path, text);
  };
  const isLoader = (name) => /^loader-[0-9a-f]{16}\.js$/.test(name);
  // The leaves first (glue, WebAssembly, stylesheet, icon, worker
  // registration), then what refers to them: the page and its loader.
  for (const name of readdirSync(dir).filter((n) => HASHED.test(n) && !isLoader(n))) rename(name);
  for (const name of readdirSync(dir).filter(isLoader)) rewrite(join(dir, name));
  rewrite(indexPath);
  externaliseLoader(dir);
  for (const name of readdirSync(dir).filter(isLoader)) rename(name);
  rewrite(indexPath);
}

/**
 * Chromium ignores (and warns about) `integrity` on a `preload` of the
 * WebAssembly, so it checks nothing there; drop it to keep the console clean.
 */
export function dropIgnoredIntegrity(dir) {
  const indexPath = join(dir, "index.html");
  const html = readFileSync(indexPath, "utf8");
  const fixed = html.replace(/<link [^>]*_bg\.wasm[^>]*>/, (tag) => tag.replace(/\s+integrity=("?)[^\s">]+\1/, ""));
  writeFileSync(indexPath, fixed);
}

await minifyGlue(dir);
nameByContent(dir);
dropIgnoredIntegrity(dir);
writeEmbed(dir);
writeFramePage(dir);
const version = writeServiceWorker(dir);
console.log(`post-build: loader externalised, embed and frame page written, sw.js version ${version}`);
