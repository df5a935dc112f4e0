// Shared set-up for the end-to-end tests: one Chromium per test file, the
// built app served on 127.0.0.1, a fresh browser context (so a fresh
// localStorage) per page, and a record of everything that went wrong in it.
//
// Calling `useKindred()` at the top of a test file registers the hooks.
// After every test, each page it opened is checked: any console error,
// uncaught exception or failed request fails the test.

import { after, afterEach, before } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

import { serve } from "./server.mjs";

/** The repository root, wherever the tests are run from. */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * The built app. `KINDRED_DIST` may be absolute or relative to the
 * repository root; the default is the repository's `dist/`.
 */
export const DIST = (() => {
  const configured = process.env.KINDRED_DIST;
  if (!configured) return resolve(REPO_ROOT, "dist");
  return isAbsolute(configured) ? configured : resolve(REPO_ROOT, configured);
})();

/** Debian's Chromium; nothing here ever downloads a browser. */
export const CHROMIUM = process.env.KINDRED_CHROMIUM ?? "/usr/bin/chromium";

/** Chromium flags: quiet, offline-friendly, nothing fetched in the background. */
export const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** How long a single wait for the page may take before the test fails. */
export const TIMEOUT_MS = 10_000;

/**
 * Starts recording what goes wrong in a browser context (or on one page):
 * console errors and uncaught exceptions of every page and frame, and every
 * request that failed, the service worker's included for a context. The
 * record is kept on the watched object as `.problems`; `.requests` lists
 * every URL asked for (by pages, frames and, for a context, service
 * workers). Returns what it was given.
 */
export function watch(target) {
  if (target.problems) return target;
  const isPage = typeof target.context === "function";
  const problems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  const requests = [];
  target.on("console", (message) => {
    if (message.type() === "error") {
      const where = message.location()?.url ?? "";
      problems.consoleErrors.push(`${message.text()}${where ? ` (${where})` : ""}`);
    }
  });
  if (isPage) {
    target.on("pageerror", (error) => problems.pageErrors.push(String(error?.stack ?? error)));
  } else {
    target.on("weberror", (webError) => {
      const error = webError.error();
      problems.pageErrors.push(String(error?.stack ?? error));
    });
  }
  target.on("request", (request) => requests.push(request.url()));
  target.on("requestfailed", (request) => {
    problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? "failed"}`);
  });
  target.on("response", (response) => {
    if (response.status() >= 400) {
      problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
    }
  });
  target.problems = problems;
  target.requests = requests;
  return target;
}

/**
 * Fails when anything went wrong in a watched page or context (a page that
 * is not watched itself answers for its context): a console error, an
 * uncaught exception, or a request that failed.
 */
export function assertClean(pageOrContext) {
  const watched = pageOrContext.problems ? pageOrContext : pageOrContext.context();
  assert.ok(watched.problems, "assertClean needs a watched page or context");
  const { consoleErrors, pageErrors, failedRequests } = watched.problems;
  const lines = [
    ...consoleErrors.map((e) => `console error: ${e}`),
    ...pageErrors.map((e) => `uncaught: ${e}`),
    ...failedRequests.map((e) => `failed request: ${e}`),
  ];
  assert.deepEqual(lines, [], `the page reported problems:\n${lines.join("\n")}`);
}

/**
 * Registers the per-file hooks and returns the handle tests use:
 * `kindred.url` (the app), `kindred.origin`, `kindred.browser`,
 * `kindred.newPage()` and `kindred.anotherPage(page)`.
 */
export function useKindred() {
  const state = { browser: null, server: null, opened: [] };

  before(async () => {
    assert.ok(
      existsSync(resolve(DIST, "index.html")),
      `no built app in ${DIST}: run "trunk build --release" or set KINDRED_DIST`,
    );
    state.server = await serve(DIST);
    state.browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  });

  afterEach(async (t) => {
    const contexts = [...new Set(state.opened.splice(0).map((p) => p.context()))];
    try {
      // Shown even when the test failed earlier, as they often say why.
      for (const context of contexts) {
        const { consoleErrors, pageErrors, failedRequests } = context.problems;
        for (const line of [...consoleErrors, ...pageErrors, ...failedRequests]) {
          t.diagnostic?.(`page problem: ${line}`);
        }
      }
      for (const context of contexts) assertClean(context);
    } finally {
      await Promise.all(contexts.map((c) => c.close().catch(() => {})));
    }
  });

  after(async () => {
    await state.browser?.close();
    await state.server?.close();
  });

  const track = (page) => {
    page.setDefaultTimeout(TIMEOUT_MS);
    watch(page.context());
    state.opened.push(page);
    return page;
  };

  return {
    get url() {
      return state.server.url;
    },
    get origin() {
      return state.server.origin;
    },
    get browser() {
      return state.browser;
    },
    /**
     * Serves another directory (see server.mjs for the options). Closed
     * when the test that asked for it ends (at top level, the file).
     */
    async serve(dir, options) {
      const server = await serve(dir, options);
      after(() => server.close());
      return server;
    },
    /**
     * A page in a fresh browser context (its own localStorage), not yet
     * navigated. `initScript` runs before any page script on every load.
     * `page.context().requests` lists every URL its context asked for.
     */
    async newPage({ initScript, initArg, contextOptions } = {}) {
      const context = watch(await state.browser.newContext(contextOptions));
      if (initScript) await context.addInitScript(initScript, initArg);
      return track(await context.newPage());
    },
    /** Another page in the same context as `page`: same storage, new tab. */
    async anotherPage(page) {
      return track(await page.context().newPage());
    },
  };
}
