// When the <kindred-check> element cannot load, the reader sees a calm
// message in its reserved space (never a blank or 0 px box), and the
// console gets one error from Kindred naming the cause and the fix. One test
// per cause in the README's "Troubleshooting" table, on the hostile host
// page (demo/hostile.html) served from another origin. Expected console errors are checked here, so this file
// launches its own Chromium instead of the harness that fails on them.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

import { CHROMIUM, DIST, LAUNCH_ARGS, TIMEOUT_MS } from "./harness.mjs";
import { hostilePage } from "./embed-helpers.mjs";
import { serve } from "./server.mjs";

/** The snippet's fallback text (README): shown until the element starts. */
const FALLBACK = "Kindred, a private check-in, appears here. If it does not, it could not load on this page.";
const FAILED = "Kindred could not load here. Nothing you entered has left this device.";
const CORS = { "Access-Control-Allow-Origin": "*" };

let browser;
const cleanup = [];
before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
});
after(async () => {
  await browser?.close();
  for (const done of cleanup.splice(0)) await done();
});

/** Serves `dir` (Kindred's files) and a host page on another origin. */
async function setUp({ dir = DIST, widget = {}, csp = null }) {
  const files = await serve(dir, widget);
  const policy = typeof csp === "function" ? csp(files.origin) : csp;
  const meta = policy ? `<meta http-equiv="Content-Security-Policy" content="${policy}">` : "";
  const empty = mkdtempSync(join(tmpdir(), "kindred-fail-host-"));
  const page = hostilePage(files.origin);
  assert.ok(page.includes(FALLBACK), "the hostile page carries the snippet's text");
  const host = await serve(empty, {
    pages: { "/favicon.ico": "", "/host.html": page.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />${meta}`) },
  });
  cleanup.push(() => files.close(), () => host.close(), () => rmSync(empty, { recursive: true, force: true }));
  const context = await browser.newContext();
  cleanup.push(() => context.close());
  const tab = await context.newPage();
  tab.setDefaultTimeout(TIMEOUT_MS);
  const errors = [];
  const warnings = [];
  tab.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
    if (m.type() === "warning") warnings.push(m.text());
  });
  tab.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  await tab.goto(`${host.origin}/host.html`);
  return { page: tab, errors, warnings, files };
}

/** The widget shows `text`, in a box at least `minimum` px high. */
async function expectShown(page, text, minimum = 100) {
  const first = page.locator("kindred-check#first");
  await first.getByText(text, { exact: true }).waitFor();
  const height = await first.evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(height >= minimum, `the element is ${height}px high, at least ${minimum}px`);
}

/** Exactly one console error from Kindred, matching `pattern`. */
async function expectOneExplanation(errors, pattern) {
  const deadline = Date.now() + 5_000;
  while (!errors.some((e) => e.startsWith("Kindred could not load:")) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
  }
  const ours = errors.filter((e) => e.startsWith("Kindred could not load:"));
  assert.equal(ours.length, 1, `one explanation, got:\n${errors.join("\n")}`);
  assert.match(ours[0], pattern);
  assert.match(ours[0], /To fix it, /);
}

/** A copy of the build with `change` applied to it. */
function copyOfBuild(change) {
  const dir = mkdtempSync(join(tmpdir(), "kindred-fail-build-"));
  cpSync(DIST, dir, { recursive: true });
  change(dir);
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const glueName = () => readdirSync(DIST).find((n) => /^kindred-[0-9a-f]{16}\.js$/.test(n));

test("without Access-Control-Allow-Origin the script cannot run, and the snippet's own text fills the space", async () => {
  const { page } = await setUp({ widget: {} });
  // The element never starts: what the reader sees is the snippet's text.
  await expectShown(page, FALLBACK, 10);
  assert.equal(await page.evaluate(() => customElements.get("kindred-check")), undefined);
});

test("a page whose policy does not allow Kindred's script shows the snippet's text", async () => {
  const { page } = await setUp({ widget: { headers: CORS }, csp: "script-src 'self'" });
  await expectShown(page, FALLBACK, 10);
});

test("a missing file (404) is named, with the folder to upload", async () => {
  const dir = copyOfBuild((d) => rmSync(join(d, glueName())));
  const { page, errors } = await setUp({ dir, widget: { headers: CORS } });
  await expectShown(page, FAILED);
  await expectOneExplanation(errors, /answered HTTP 404\. To fix it, upload every file of one build/);
});

test("a script served with the wrong type is named, with the types to serve", async () => {
  const { page, errors } = await setUp({ widget: { headers: CORS, types: { [glueName()]: "text/plain" } } });
  await expectShown(page, FAILED);
  await expectOneExplanation(errors, /is served as "text\/plain.*serve \.js as text\/javascript/);
});

test("a policy without 'wasm-unsafe-eval' is named", async () => {
  const { page, errors } = await setUp({
    widget: { headers: CORS },
    csp: (o) => `script-src 'self' ${o}; style-src 'self' ${o}; connect-src 'self' ${o}`,
  });
  await expectShown(page, FAILED);
  await expectOneExplanation(errors, /does not allow WebAssembly.*'wasm-unsafe-eval'/);
});

test("a policy that blocks the stylesheet is named, and no unstyled widget appears", async () => {
  const { page, errors } = await setUp({
    widget: { headers: CORS },
    csp: (o) => `script-src 'self' ${o} 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self' ${o}`,
  });
  await expectShown(page, FAILED);
  await expectOneExplanation(errors, /\(style-src(-elem)?\) does not allow .*\.css.*add http:\/\/127\.0\.0\.1:\d+ to its style-src/);
  assert.equal(await page.locator("kindred-check#first").getByRole("button", { name: "Begin" }).count(), 0);
});

test("a policy that blocks fetching the WebAssembly is named", async () => {
  const { page, errors } = await setUp({
    widget: { headers: CORS },
    csp: (o) => `script-src 'self' ${o} 'wasm-unsafe-eval'; style-src 'self' ${o}; connect-src 'self'`,
  });
  await expectShown(page, FAILED);
  await expectOneExplanation(errors, /\(connect-src\) does not allow .*_bg\.wasm.*to its connect-src/);
});

test("WebAssembly served with the wrong type still runs, with the glue's own warning", async () => {
  const { page, errors, warnings } = await setUp({ widget: { headers: CORS, types: { ".wasm": "application/octet-stream" } } });
  await page.locator("kindred-check#first").getByRole("button", { name: "Begin", exact: true }).waitFor();
  assert.deepEqual(errors, []);
  assert.ok(warnings.some((w) => /application\/wasm/.test(w)), `a warning names the type: ${warnings}`);
});
