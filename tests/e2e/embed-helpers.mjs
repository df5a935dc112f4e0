// Set-up for the embed tests: Kindred's build on one origin (the widget
// origin, with CORS, as a site owner's CDN or subfolder would serve it) and
// host pages on another, one Chromium per file, a fresh browser context per
// page, and a record of everything that went wrong or was said in it.
//
// Kept apart from harness.mjs on purpose: these tests need two origins and
// must also count console warnings, which the core tests do not.

import { after, afterEach, before } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

import { CHROMIUM, DIST, LAUNCH_ARGS, REPO_ROOT, TIMEOUT_MS } from "./harness.mjs";
import { serve } from "./server.mjs";
import { readFormat2 } from "./kindred.mjs";

/** The deliberately hostile host page, pointing at Kindred's folder `files`. */
export function hostilePage(files) {
  const template = readFileSync(resolve(REPO_ROOT, "demo/hostile.html"), "utf8");
  assert.ok(template.includes("__KINDRED_FILES__"), "demo/hostile.html has the __KINDRED_FILES__ placeholder");
  return template.replaceAll("__KINDRED_FILES__", files);
}

/** A small host page of our own: `body` markup, the embed script from `files`. */
export function hostPage(files, body, { head = "" } = {}) {
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A host page</title>
    <script type="module" src="${files}/kindred-embed.js"></script>
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>`;
}

/**
 * Warnings Chromium itself gives about the build's markup, not Kindred's
 * code: Trunk writes an `integrity` attribute on the `<link rel="preload"
 * as="fetch">` of the WebAssembly, which Chromium ignores and says so, on
 * the standalone page and the iframe page alike. Shown as diagnostics, not
 * counted.
 */
const BROWSER_WARNINGS = [/^The `integrity` attribute is currently ignored for preload destinations/];

/**
 * Starts recording a browser context: console errors and warnings, uncaught
 * exceptions (of every page and frame), failed requests, and every request.
 */
function watch(context) {
  const record = { errors: [], warnings: [], browserWarnings: [], uncaught: [], failed: [], requests: [] };
  context.on("console", (message) => {
    const where = message.location()?.url ?? "";
    const line = `${message.text()}${where ? ` (${where})` : ""}`;
    if (message.type() === "error") record.errors.push(line);
    if (message.type() === "warning") {
      const known = BROWSER_WARNINGS.some((pattern) => pattern.test(message.text()));
      (known ? record.browserWarnings : record.warnings).push(known ? line : message.text());
    }
  });
  context.on("weberror", (webError) => {
    const error = webError.error();
    record.uncaught.push(String(error?.stack ?? error));
  });
  context.on("request", (request) => record.requests.push(request));
  context.on("requestfailed", (request) => {
    record.failed.push(`${request.url()}: ${request.failure()?.errorText ?? "failed"}`);
  });
  context.on("response", (response) => {
    if (response.status() >= 400) record.failed.push(`${response.url()}: HTTP ${response.status()}`);
  });
  context.record = record;
  return context;
}

/**
 * Registers the per-file hooks. `pages(files)` returns the host pages to
 * serve (path to HTML), given the URL of the folder holding Kindred's build
 * (no trailing slash). Returns the handle tests use.
 */
export function useEmbed(pages) {
  const state = { browser: null, widget: null, host: null, hostDir: null, contexts: [] };

  before(async () => {
    assert.ok(
      existsSync(resolve(DIST, "kindred-embed.js")) && existsSync(resolve(DIST, "frame.html")),
      `no embed build in ${DIST}: run "trunk build --release" or set KINDRED_DIST`,
    );
    // Module scripts and WebAssembly are fetched with CORS from host pages.
    state.widget = await serve(DIST, { headers: { "Access-Control-Allow-Origin": "*" } });
    // The host serves only its pages (an empty folder otherwise).
    state.hostDir = mkdtempSync(join(tmpdir(), "kindred-host-"));
    // Chromium asks every origin for /favicon.ico by itself; the demo page
    // declares no icon, so the host answers with an empty one.
    state.host = await serve(state.hostDir, { pages: { "/favicon.ico": "", ...pages(state.widget.origin) } });
    assert.notEqual(state.host.origin, state.widget.origin);
    state.browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  });

  afterEach(async (t) => {
    const contexts = state.contexts.splice(0);
    try {
      const lines = contexts.flatMap(({ context, warningsExpected }) => {
        const { errors, warnings, uncaught, failed } = context.record;
        return [
          ...errors.map((e) => `console error: ${e}`),
          ...uncaught.map((e) => `uncaught: ${e}`),
          ...failed.map((e) => `failed request: ${e}`),
          // Only a test that expects warnings counts them itself.
          ...(warningsExpected ? [] : warnings.map((w) => `console warning: ${w}`)),
        ];
      });
      for (const line of lines) t.diagnostic?.(`page problem: ${line}`);
      const known = contexts.flatMap(({ context }) => context.record.browserWarnings);
      for (const line of new Set(known)) t.diagnostic?.(`browser warning (not counted): ${line}`);
      assert.deepEqual(lines, [], `the page reported problems:\n${lines.join("\n")}`);
    } finally {
      await Promise.all(contexts.map(({ context }) => context.close().catch(() => {})));
    }
  });

  after(async () => {
    await state.browser?.close();
    await state.widget?.close();
    await state.host?.close();
    if (state.hostDir) rmSync(state.hostDir, { recursive: true, force: true });
  });

  return {
    /** The widget origin, where Kindred's build is served. */
    get widgetOrigin() {
      return state.widget.origin;
    },
    /** The host origin, where the host pages are served. */
    get hostOrigin() {
      return state.host.origin;
    },
    /** A host page's URL. */
    hostUrl(path) {
      return new URL(path, state.host.origin).href;
    },
    /**
     * A page in a fresh browser context, not yet navigated. `initScript`
     * runs before any page script on every load. Console warnings fail the
     * test unless `warningsExpected` (the test then checks them itself, in
     * `page.context().record.warnings`).
     */
    async newPage({ initScript, warningsExpected = false } = {}) {
      const context = watch(await state.browser.newContext());
      state.contexts.push({ context, warningsExpected });
      if (initScript) await context.addInitScript(initScript);
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT_MS);
      return page;
    },
  };
}

/** Waits `ms` milliseconds. */
export const pause = (ms) => new Promise((done) => setTimeout(done, ms));

/** How many `.kindred` roots a `<kindred-check>` holds in its shadow root. */
export async function renderedRoots(widget) {
  return widget.evaluate((el) => el.shadowRoot?.querySelectorAll(".kindred").length ?? -1);
}

/**
 * The namespace under `key` in the page's localStorage, read from its
 * format 2 records as one view (null when nothing is stored).
 */
export async function stored(page, key) {
  return page.evaluate(readFormat2, key);
}

/** Lower-case score keys, as the `kindred-complete` event and storage use them. */
export function scoreKeys(scores) {
  return Object.fromEntries(Object.entries(scores).map(([name, score]) => [name.toLowerCase(), score]));
}
