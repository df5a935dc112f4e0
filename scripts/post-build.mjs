#!/usr/bin/env node
// Trunk post-build hook (also runnable by hand: `node scripts/post-build.mjs DIR`).
//
// 1. Moves Trunk's inline module loader out of index.html into its own
//    hashed file, so the page runs under `script-src 'self'` with no inline
//    script and no hash to keep in step.
// 2. Writes kindred-embed.js (the <kindred-check> element, for other sites)
//    and frame.html (the page for <iframe> embeds) from embed/.
// 3. Joins the loader of the WebAssembly chunks (screens fetched when
//    first opened; see scripts/split/wasm-bindgen) to the glue, and
//    optimises and names each chunk after its bytes.
// 4. Shortens the names the WebAssembly and its JavaScript glue know each
//    other by (wasm-bindgen's are long and end in random-looking hashes,
//    which gzip cannot shrink: 3 KB on every first visit), with binaryen's
//    own pass and the map it prints; then minifies the glue (Trunk leaves it
//    as is) and updates its integrity hash in the pages.
// 5. Names every long-cached file after its final bytes (a sha256 prefix),
//    after all the steps above changed them, and updates the references:
//    Trunk names the glue and the WebAssembly after cargo's output, so a
//    rebuild that changed only wasm-opt, terser or this script would ship
//    new bytes under old names, and a returning visitor's `immutable` cache
//    would hand them the old ones.
// 6. Writes sw.js, the service worker, with the exact list of this build's
//    files and a version derived from their contents, so a new build always
//    means a new worker and a new cache, and two builds never mix.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
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
  // Nor the chunks of screens fetched when first opened (past check-ins
  // and what grows from them): the same, cached as they pass and topped up
  // on a returning visit.
  const chunks = files.filter((name) => CHUNK.test(name));
  const cached = files.filter(
    (name) => !name.startsWith("icons/") && !embedOnly(name) && !languages.includes(name) && !chunks.includes(name),
  );
  const hashed = cached.filter((name) => /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/.test(name));
  const fixed = cached.filter((name) => !hashed.includes(name));
  const worker = template
    .replace("__KINDRED_VERSION__", version)
    .replace("__KINDRED_HASHED__", JSON.stringify(hashed.map((name) => `./${name}`)))
    .replace("__KINDRED_FIXED__", JSON.stringify(fixed.map((name) => `./${name}`)))
    .replace("__KINDRED_LANGUAGES__", JSON.stringify(languages.map((name) => `./${name}`)))
    .replace("__KINDRED_CHUNKS__", JSON.stringify(chunks.map((name) => `./${name}`)));
  writeFileSync(join(dir, "sw.js"), worker);
  return version;
}

const source = (path) => readFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), "utf8");

/** A chunk of WebAssembly: a screen fetched when it is first opened. */
export const CHUNK = /^chunk-[a-z0-9_]+-[0-9a-f]{16}\.wasm$/;

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
    // Screens fetched when first opened, found next to the glue.
    chunks: names.filter((n) => CHUNK.test(n)).sort(),
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

/** The import module the main WebAssembly loads its chunks through. */
const SPLIT_MODULE = "./__wasm_split.js";

/**
 * Where scripts/split/wasm-bindgen left the chunks and their loader:
 * Trunk's wasm-bindgen output folder for this profile.
 */
function splitFolder() {
  const target = process.env.CARGO_TARGET_DIR ?? fileURLToPath(new URL("../target", import.meta.url));
  return join(target, "wasm-bindgen", process.env.TRUNK_PROFILE === "debug" ? "debug" : "release", "split");
}

/** index.html's wasm-opt arguments, so chunks are optimised as the main module is. */
function wasmOptArguments() {
  const page = source("index.html");
  const level = page.match(/data-wasm-opt="([^"]+)"/)?.[1];
  const params = page.match(/data-wasm-opt-params="([^"]+)"/)?.[1];
  if (!level || !params) throw new Error("post-build: index.html has no data-wasm-opt or data-wasm-opt-params");
  return [`-O${level}`, ...params.split(/\s+/).filter(Boolean)];
}

/**
 * Returns `glue` with wasm-split-cli's chunk loader joined to it, and
 * writes each chunk, optimised, into `dir` as `chunk-<screen>-<hash>.wasm`.
 *
 * The loader and the glue import each other; as two files, each one's
 * name (after its bytes) would depend on the other's. Joined, there is one
 * file and no cycle: the glue names the chunks, the chunks name nothing.
 * The loader reads the main module's exports from the glue's own `wasm`.
 */
export function joinSplitLoader(dir, glue, folder = splitFolder()) {
  // wasm-bindgen imports the loader once per split function (one line
  // per chunk), each under a name of its own; all become the one object.
  const importLine = new RegExp(`^import \\* as (\\w+) from "${SPLIT_MODULE.replaceAll(".", "\\.")}";?\n`, "gm");
  const imported = [...glue.matchAll(importLine)].map((m) => m[1]);
  if (imported.length === 0) return glue; // not split, or joined already
  const loaderPath = join(folder, "__wasm_split.js");
  if (!existsSync(loaderPath)) throw new Error(`post-build: the glue imports ${SPLIT_MODULE} but ${loaderPath} is missing`);
  let loader = readFileSync(loaderPath, "utf8");
  const must = (pattern, what) => {
    if (!pattern.test(loader)) throw new Error(`post-build: wasm-split-cli's loader has no ${what}`);
  };
  must(/^import \{ initSync \} from "[^"]+";\n/m, "import of initSync");
  loader = loader.replace(/^import \{ initSync \} from "[^"]+";\n/m, "");
  must(/const \{([^}]*)\} = initSync\(undefined, undefined\);/, "shared imports");
  loader = loader.replace(/const \{([^}]*)\} = initSync\(undefined, undefined\);/, (_, names) => {
    const list = names.split(",").map((n) => n.trim()).filter(Boolean);
    return `const ${list.map((n) => `${n} = wasm.${n}`).join(", ")};`;
  });
  const loads = [...loader.matchAll(/^export const (__wasm_split_load_\w+) =/gm)].map((m) => m[1]);
  if (loads.length === 0) throw new Error("post-build: wasm-split-cli's loader exports no chunk");
  loader = loader.replace(/^export const /gm, "const ");
  const options = wasmOptArguments();
  loader = loader.replace(/new URL\("\.\/([\w.]+\.wasm)", import\.meta\.url\)/g, (_, file) => {
    // Code that several screens share comes as `chunk_<n>.wasm`.
    const screen = file.replace(/^split_/, "").replace(/^chunk_\d+\.wasm$/, "shared").replace(/_\d+\.wasm$/, "").replace(/\.wasm$/, "");
    const optimised = join(dir, `${file}.opt`);
    const run = spawnSync(WASM_OPT, [join(folder, file), ...options, "-o", optimised], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`post-build: wasm-opt failed on ${file}: ${run.stderr}`);
    const name = `chunk-${screen}-${hash(readFileSync(optimised)).slice(0, 16)}.wasm`;
    renameSync(optimised, join(dir, name));
    return `new URL("./${name}", import.meta.url)`;
  });
  const object = `const __wasm_split_imports = { ${loads.map((n) => `${n}: ${n}`).join(", ")} };\n`;
  let joined = glue.replace(importLine, "");
  for (const name of imported) {
    const uses = `${JSON.stringify(SPLIT_MODULE)}: ${name}`;
    if (!joined.includes(uses)) throw new Error(`post-build: the glue does not pass ${name} as ${SPLIT_MODULE}`);
    joined = joined.replace(uses, `${JSON.stringify(SPLIT_MODULE)}: __wasm_split_imports`);
  }
  return joined + "\n" + loader + object;
}

/**
 * Gives every import, export and import module of the WebAssembly a short
 * name (binaryen's `--minify-imports-and-exports-and-modules`), and returns
 * `glue` with the same names: the import object's keys, its module name,
 * and every `wasm.<export>` it reads. Fails loudly if any old name is left.
 */
export function shortenWasmNames(wasmPath, glue) {
  // A second run over the same folder finds the short names already.
  if (!importsOf(wasmPath).some((item) => item.module.endsWith("_bg.js"))) return glue;
  const out = `${wasmPath}.short`;
  const run = spawnSync(
    WASM_OPT,
    [wasmPath, ...WASM_FEATURES, "--minify-imports-and-exports-and-modules", "-o", out],
    { encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`post-build: wasm-opt failed: ${run.stderr}`);
  const map = JSON.parse(run.stdout);
  let code = glue;
  for (const [, name, short] of map.imports) {
    const key = new RegExp(`\\b${name}(?=\\s*:)`, "g");
    if (!key.test(code)) throw new Error(`post-build: the glue has no import ${name}`);
    code = code.replace(key, short);
  }
  // The import modules are renamed "a", "b", ... in the order binaryen
  // meets them; read the new names from the module itself, import by
  // import (binaryen keeps their order).
  // Binaryen puts every import in one module, so the import objects the
  // glue gives under several names (its own, the chunk loader's) become
  // one object under that one name.
  const groups = new Map();
  for (const [module, renamed] of importModules(wasmPath, out)) {
    groups.set(renamed, [...(groups.get(renamed) ?? []), module]);
  }
  for (const [renamed, modules] of groups) {
    const objects = modules.map((module) => {
      const entry = new RegExp(`${escapeRegExp(JSON.stringify(module))}:\\s*(\\w+),?`);
      const found = code.match(entry);
      if (!found) throw new Error(`post-build: the glue has no module ${module}`);
      code = code.replace(entry, "\u0000");
      return found[1];
    });
    const value = objects.length === 1 ? objects[0] : `Object.assign({}, ${objects.join(", ")})`;
    code = code.replace("\u0000", `${JSON.stringify(renamed)}: ${value},`).replaceAll("\u0000", "");
  }
  for (const [name, short] of map.exports) {
    code = code.replace(new RegExp(`\\bwasm\\.${name}\\b`, "g"), `wasm.${short}`);
  }
  const left = [...code.matchAll(/\bwasm\.(\w+)/g)].map((m) => m[1]).filter((n) => !map.exports.some(([, s]) => s === n) && !REMOVED_EXPORTS.test(n));
  if (left.length > 0) throw new Error(`post-build: the glue still reads ${[...new Set(left)]}`);
  writeFileSync(wasmPath, readFileSync(out));
  rmSync(out);
  return code;
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The imports of a WebAssembly file. */
function importsOf(path) {
  return WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(path)));
}

/** Each import module of `before` with its name in `after`. */
function importModules(before, after) {
  const renamed = new Map();
  const old = importsOf(before);
  const fresh = importsOf(after);
  if (old.length !== fresh.length) throw new Error("post-build: wasm-opt changed the number of imports");
  old.forEach((item, i) => {
    if (renamed.has(item.module) && renamed.get(item.module) !== fresh[i].module) {
      throw new Error(`post-build: module ${item.module} was given two names`);
    }
    renamed.set(item.module, fresh[i].module);
  });
  return renamed;
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
  const joined = joinSplitLoader(dir, original);
  const shortened = withoutStreamClasses(shortenWasmNames(join(dir, wasm), joined));
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
