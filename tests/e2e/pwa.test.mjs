// Kindred as an installed app in a real Chromium: installable by the
// browser's own criteria, usable with no network at all, updated to a new
// build only when the person agrees (keeping their answers), and running
// under the strict Content Security Policy of deploy/_headers.
//
// Run: node --test tests/e2e/   (KINDRED_DIST picks the build to test)
//
// Every page here fails its test on a console error, an uncaught
// exception, a failed request (the harness), a CSP violation or an error
// logged by the service worker (this file).

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

import {
  CHROMIUM,
  DIST,
  LAUNCH_ARGS,
  REPO_ROOT,
  TIMEOUT_MS,
  assertClean,
  useKindred,
  watch,
} from "./harness.mjs";
import {
  answer,
  answerRadio,
  assertResults,
  checkedAnswer,
  completeTake,
  eventually,
  expectProgress,
  expectedResults,
  startTake,
  statementText,
  statementsFor,
  storedDocument,
} from "./kindred.mjs";
import { serve as serveSwitchable } from "./server.mjs";

const kindred = useKindred();

/** The policy of deploy/_headers for every document but the iframe page. */
const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "manifest-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** The same policy for frame.html, which any site may frame. */
const FRAME_CSP = STRICT_CSP.replace("frame-ancestors 'none'", "frame-ancestors *");

// ---------------------------------------------------------------------------
// Watching a page beyond what the harness watches

/**
 * Records, from the first script of every document in `page`'s context
 * (frames included), each `securitypolicyviolation` event, and every error
 * a service worker of the context logs. Kept in Node, so reloads lose
 * nothing: `page.cspViolations`, `page.workerErrors`.
 */
async function watchPolicyAndWorkers(page) {
  const context = page.context();
  const violations = [];
  const workerErrors = [];
  await context.exposeBinding("__kindredReportViolation", ({ frame }, line) => {
    violations.push(`${frame.url()}: ${line}`);
  });
  await context.addInitScript(() => {
    addEventListener(
      "securitypolicyviolation",
      (event) => {
        const where = `${event.sourceFile || "?"}:${event.lineNumber}`;
        const what = event.blockedURI || "inline";
        window.__kindredReportViolation(`${event.effectiveDirective} blocked ${what} (${where})`);
      },
      true,
    );
  });
  const watchWorker = (worker) => {
    worker.on("console", (message) => {
      if (message.type() === "error") workerErrors.push(`${worker.url()}: ${message.text()}`);
    });
  };
  context.serviceWorkers().forEach(watchWorker);
  context.on("serviceworker", watchWorker);
  page.cspViolations = violations;
  page.workerErrors = workerErrors;
  return page;
}

/** Fails when the page met a CSP violation or its service worker logged an error. */
function assertNoViolations(page) {
  assert.deepEqual(page.cspViolations, [], "Content Security Policy violations");
  assert.deepEqual(page.workerErrors, [], "errors logged by the service worker");
}

/** A fresh context's page, watched by the harness and by this file. */
async function newWatchedPage() {
  return watchPolicyAndWorkers(await kindred.newPage());
}

/** Waits until Kindred has drawn its first screen. */
async function kindredShown(page) {
  await page.getByRole("heading", { level: 2 }).first().waitFor();
}

/**
 * Waits for the service worker to be active and, since a first visit is
 * not controlled (the worker does not claim pages), reloads once so it
 * controls the page. Returns the names of Kindred's caches by then.
 */
async function controlledByWorker(page) {
  const state = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active.state));
  assert.match(state, /^activat(ing|ed)$/, "the worker became active");
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await kindredShown(page);
  }
  const controller = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
  assert.equal(controller, new URL("sw.js", page.url()).href, "the page is controlled by Kindred's worker");
  return kindredCaches(page);
}

/** Kindred's caches in the page's origin, by name. */
async function kindredCaches(page) {
  return page.evaluate(async () => (await caches.keys()).filter((key) => key.startsWith("kindred-")));
}

/** The cache a build's worker fills, for the deployment at `page`'s folder. */
function cacheName(version, page) {
  return `kindred-${version} ${new URL(".", page.url()).href}`;
}

/** The VERSION a build's sw.js was written with. */
function workerVersion(dir) {
  const match = readFileSync(join(dir, "sw.js"), "utf8").match(/const VERSION = "([0-9a-f]+)";/);
  assert.ok(match, `${dir}/sw.js carries a version`);
  return match[1];
}

/** A take's worth of answers, reused where the values do not matter. */
const QUICK_VALUES = [5, 2, 4, 1, 3, 4, 1, 5, 2, 3];

// ---------------------------------------------------------------------------

test("Chromium finds Kindred installable once its service worker is active", async () => {
  // Chromium never offers to install from an incognito profile, and every
  // browser.newContext() is one, so this test has a profile of its own.
  const profile = mkdtempSync(join(tmpdir(), "kindred-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: LAUNCH_ARGS,
  });
  try {
    watch(context);
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(TIMEOUT_MS);
    await watchPolicyAndWorkers(page);
    await page.goto(kindred.url);
    await kindredShown(page);
    const state = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active.state));
    assert.match(state, /^activat(ing|ed)$/);

    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send("Page.getAppManifest");
    assert.equal(manifest.url, `${kindred.url}manifest.webmanifest`, "the manifest the page links");
    assert.deepEqual(manifest.errors, [], "Chromium's manifest parse errors");
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    assert.deepEqual(installabilityErrors, [], "Chromium's installability errors");

    assertClean(context);
    assertNoViolations(page);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test("the manifest names and describes Kindred, and its icons are PNGs of the sizes declared", async () => {
  const response = await fetch(`${kindred.url}manifest.webmanifest`);
  assert.equal(response.status, 200);
  const manifest = await response.json();

  assert.match(manifest.name, /^Kindred\b/);
  assert.equal(manifest.short_name, "Kindred");
  assert.ok(manifest.short_name.length <= 12, "short enough for a home screen label");
  assert.ok(manifest.description?.length > 20, `a description: ${manifest.description}`);
  assert.equal(manifest.display, "standalone");
  // start_url is the app itself, inside the scope.
  const start = new URL(manifest.start_url, response.url).href;
  const scope = new URL(manifest.scope ?? "./", response.url).href;
  assert.equal(start, kindred.url);
  assert.ok(start.startsWith(scope), `start_url ${start} lies in scope ${scope}`);
  const color = /^#[0-9a-f]{6}$/i;
  assert.match(manifest.theme_color, color);
  assert.match(manifest.background_color, color);
  // The page's own theme colour (light scheme) agrees with the manifest's.
  // Read from the tags whatever their attribute order or quoting.
  const pageThemes = (readFileSync(join(DIST, "index.html"), "utf8").match(/<meta\b[^>]*>/g) ?? [])
    .filter((tag) => /\bname="?theme-color\b/.test(tag))
    .map((tag) => ({
      media: tag.match(/\bmedia="([^"]*)"/)?.[1] ?? "",
      content: tag.match(/\bcontent="?([^"\s>]+)/)?.[1],
    }));
  const light = pageThemes.find((t) => t.media.includes("light")) ?? pageThemes.find((t) => !t.media);
  assert.equal(light?.content, manifest.theme_color, "index.html's light theme-color is the manifest's");

  const icons = manifest.icons ?? [];
  const purposes = (icon) => (icon.purpose ?? "any").split(/\s+/);
  const find = (size, purpose) =>
    icons.find(
      (i) => i.type === "image/png" && i.sizes.split(/\s+/).includes(size) && purposes(i).includes(purpose),
    );
  assert.ok(find("192x192", "any"), "a 192x192 PNG icon");
  assert.ok(find("512x512", "any"), "a 512x512 PNG icon");
  assert.ok(
    icons.some((i) => purposes(i).includes("maskable")),
    "an icon with purpose maskable (safe zone for round and squircle masks)",
  );

  for (const icon of icons) {
    const url = new URL(icon.src, response.url).href;
    const file = await fetch(url);
    assert.equal(file.status, 200, `${url} is served`);
    const bytes = Buffer.from(await file.arrayBuffer());
    assert.equal(icon.type, "image/png", `${icon.src} is declared as PNG`);
    assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], `${icon.src} is a PNG`);
    assert.equal(bytes.subarray(12, 16).toString("latin1"), "IHDR", `${icon.src} starts with its header`);
    const real = `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
    assert.equal(real, icon.sizes, `${icon.src}: real pixel size against the declared one`);
  }
});

test("once installed, Kindred works with no network: past check-ins are there, a new one saves", async () => {
  const server = await kindred.serve(DIST);
  const page = await newWatchedPage();
  await page.goto(server.url);
  await kindredShown(page);
  const cached = await controlledByWorker(page);
  assert.deepEqual(cached, [cacheName(workerVersion(DIST), page)], "the worker filled this build's cache");

  const first = await completeTake(page, { context: "friend", values: QUICK_VALUES });
  await assertResults(page, first);
  // Finishing a check-in fetched the code for past check-ins (a chunk the
  // first visit did not load), and the worker kept it.
  await eventually(async () =>
    assert.ok(
      await page.evaluate(async () => {
        for (const key of await caches.keys()) {
          const cache = await caches.open(key);
          if ((await cache.keys()).some((r) => /\/chunk-history-[0-9a-f]{16}\.wasm$/.test(r.url))) return true;
        }
        return false;
      }),
      "the worker cached the chunk for past check-ins",
    ),
  );

  // No network at all: the browser is offline and the server is gone.
  await page.context().setOffline(true);
  await server.close();
  const offlineResponses = [];
  page.on("response", (r) => offlineResponses.push({ url: r.url(), fromWorker: r.fromServiceWorker() }));

  await page.reload();
  await kindredShown(page);
  await assertResults(page, first);
  const servedElsewhere = offlineResponses.filter((r) => !r.fromWorker && !r.url.startsWith("data:"));
  assert.deepEqual(servedElsewhere, [], "every file came from the service worker");
  assert.ok(
    offlineResponses.some((r) => r.url.endsWith(".wasm")),
    "the WebAssembly was loaded again, from the worker",
  );

  await page.getByRole("button", { name: "Past check-ins" }).click();
  await page.getByRole("heading", { level: 2, name: "Past check-ins" }).waitFor();
  await page.getByText(`A friend · Quick check · overall ${first.overall} out of 100`).waitFor();
  const chunk = offlineResponses.filter((r) => r.url.includes("/chunk-history-"));
  assert.equal(chunk.length, 1, "past check-ins' chunk was loaded");
  assert.ok(chunk[0].fromWorker, "from the worker");

  await page.getByRole("button", { name: "Back to the start" }).click();
  const values = [1, 2, 3, 4, 5, 5, 4, 3, 2, 1];
  const second = await completeTake(page, { context: "family", values });
  await assertResults(page, second);
  const stored = await storedDocument(page);
  assert.equal(stored.history.length, 2, "both check-ins are saved");
  assert.deepEqual(stored.history.map((t) => t.answers), [first.answers, second.answers]);
  assert.equal(stored.in_progress, null);

  assertNoViolations(page);
});

test("two deployments on one origin keep their own offline copies when one of them updates", async () => {
  // /a/ and /b/: two folders of one site, each a Kindred of its own.
  const site = mkdtempSync(join(tmpdir(), "kindred-e2e-two-"));
  const buildB = makeBuild(DIST, "B");
  cpSync(DIST, join(site, "a"), { recursive: true });
  cpSync(DIST, join(site, "b"), { recursive: true });
  const server = await kindred.serve(site);
  try {
    const page = await newWatchedPage();
    for (const folder of ["a", "b"]) {
      await page.goto(`${server.url}${folder}/`);
      await kindredShown(page);
      await controlledByWorker(page);
    }
    const version = workerVersion(DIST);
    const cacheOf = (folder) => `kindred-${version} ${server.url}${folder}/`;
    assert.deepEqual((await kindredCaches(page)).sort(), [cacheOf("a"), cacheOf("b")], "one cache each");

    // /a/ gets a new build, and the person there accepts it.
    rmSync(join(site, "a"), { recursive: true, force: true });
    cpSync(buildB, join(site, "a"), { recursive: true });
    await page.goto(`${server.url}a/`);
    await kindredShown(page);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const banner = page.getByRole("status").filter({ hasText: "A new version of Kindred is ready" });
    await banner.getByRole("button", { name: "Update", exact: true }).click();
    await page.locator('meta[name="kindred-build"][content="B"]').waitFor({ state: "attached" });
    const versionB = workerVersion(buildB);
    await eventually(async () => {
      assert.deepEqual(
        (await kindredCaches(page)).sort(),
        [`kindred-${versionB} ${server.url}a/`, cacheOf("b")].sort(),
        "/a/ dropped only its own old cache",
      );
    });

    // With no network, /b/ still opens from its own copy.
    await page.context().setOffline(true);
    await page.goto(`${server.url}b/`);
    await kindredShown(page);
    await page.getByRole("button", { name: "Begin", exact: true }).waitFor();
    assertNoViolations(page);
  } finally {
    await server.close();
    rmSync(site, { recursive: true, force: true });
    rmSync(buildB, { recursive: true, force: true });
  }
});

test("a new build is offered, not forced, and Update resumes the open take on it", async () => {
  const buildA = DIST;
  const buildB = makeBuild(buildA, "B");
  const versionA = workerVersion(buildA);
  const versionB = workerVersion(buildB);
  assert.notEqual(versionB, versionA, "build B's worker has a version of its own");

  const server = await serveSwitchable(buildA);
  try {
    const page = await newWatchedPage();
    await page.goto(server.url);
    await kindredShown(page);
    assert.deepEqual(await controlledByWorker(page), [cacheName(versionA, page)]);

    const context = "friend";
    const statements = statementsFor("quick");
    const firstThree = QUICK_VALUES.slice(0, 3);
    await startTake(page, { context, length: "quick" });
    await answer(page, { context, length: "quick", values: firstThree });
    await expectProgress(page, 4, 10);

    // Build B is deployed on the same origin; the app looks for it.
    server.use(buildB);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));

    const banner = page.getByRole("status").filter({ hasText: "A new version of Kindred is ready" });
    await banner.waitFor();
    const update = banner.getByRole("button", { name: "Update", exact: true });
    await update.waitFor();

    // Until the person agrees, the page is build A and keeps working.
    assert.equal(await page.locator('meta[name="kindred-build"]').count(), 0, "still build A's page");
    assert.equal(await cssBuildMark(page), "", "still build A's stylesheet");
    await expectProgress(page, 4, 10);
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await expectProgress(page, 3, 10);
    assert.equal(await checkedAnswer(page), firstThree[2], "answer 3 still shown on build A");
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expectProgress(page, 4, 10);
    // An answer chosen but not yet moved on from is kept too, as promised.
    await answerRadio(page, QUICK_VALUES[3]).check();
    assert.deepEqual(
      (await kindredCaches(page)).sort(),
      [cacheName(versionA, page), cacheName(versionB, page)].sort(),
      "build B is cached beside A, which the open page still uses",
    );

    await update.click();
    await page.locator('meta[name="kindred-build"][content="B"]').waitFor({ state: "attached" });
    assert.equal(await cssBuildMark(page), '"B"', "build B's stylesheet");
    assert.equal(
      await page.getByText("A new version of Kindred is ready").count(),
      0,
      "no offer once updated",
    );

    // The take resumes where it was, with the same answers.
    await expectProgress(page, 4, 10);
    await page.getByText(statementText(statements[3], context), { exact: true }).waitFor();
    assert.equal(await checkedAnswer(page), QUICK_VALUES[3], "the answer chosen on statement 4 is kept");
    const stored = await storedDocument(page);
    assert.deepEqual(
      stored.in_progress.answers,
      Object.fromEntries(statements.slice(0, 4).map((s, i) => [s.id, QUICK_VALUES[i]])),
      "the four answers given on build A",
    );
    for (let number = 3; number >= 1; number--) {
      await page.getByRole("button", { name: "Back", exact: true }).click();
      await expectProgress(page, number, 10);
      assert.equal(await checkedAnswer(page), firstThree[number - 1], `answer ${number} kept`);
    }
    for (let number = 2; number <= 4; number++) {
      await page.getByRole("button", { name: "Next", exact: true }).click();
      await expectProgress(page, number, 10);
    }
    await answer(page, { context, length: "quick", values: QUICK_VALUES.slice(3), from: 4 });
    await assertResults(page, expectedResults("quick", QUICK_VALUES));

    // Only build B's cache is left.
    await eventually(async () => {
      assert.deepEqual(await kindredCaches(page), [cacheName(versionB, page)], "one kindred-* cache");
    });
    const controller = await page.evaluate(() => navigator.serviceWorker.controller?.state);
    assert.equal(controller, "activated");

    assertNoViolations(page);
  } finally {
    await server.close();
    rmSync(buildB, { recursive: true, force: true });
  }
});

// The offer must not stay bound to the first waiting worker: when a second
// build is installed before the person presses Update, that worker becomes
// redundant and the message would go nowhere.
test(
  "when a second new build arrives while the offer is shown, Update installs that one",
  async () => {
    const buildB = makeBuild(DIST, "B");
    const buildC = makeBuild(DIST, "C");
    const server = await serveSwitchable(DIST);
    try {
      const page = await newWatchedPage();
      await page.goto(server.url);
      await kindredShown(page);
      await controlledByWorker(page);
      await startTake(page, { context: "family", length: "quick" });
      await answer(page, { context: "family", length: "quick", values: [2, 4] });

      server.use(buildB);
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
      const update = page.getByRole("button", { name: "Update", exact: true });
      await update.waitFor();
      await page.evaluate(async () => {
        window.kindredFirstOffer = (await navigator.serviceWorker.getRegistration()).waiting;
      });

      server.use(buildC);
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
      await eventually(async () => {
        const states = await page.evaluate(async () => {
          const waiting = (await navigator.serviceWorker.getRegistration()).waiting;
          const newest = waiting === window.kindredFirstOffer ? null : waiting?.state;
          return { first: window.kindredFirstOffer.state, newest };
        });
        assert.deepEqual(states, { first: "redundant", newest: "installed" }, "build C waits in place of B");
      });

      await update.click();
      await page
        .locator('meta[name="kindred-build"][content="C"]')
        .waitFor({ state: "attached" })
        .catch(() => assert.fail("Update did not bring build C; its button just stays disabled"));
      await expectProgress(page, 3, 10);
      assertNoViolations(page);
    } finally {
      await server.close();
      rmSync(buildB, { recursive: true, force: true });
      rmSync(buildC, { recursive: true, force: true });
    }
  },
);

// Hosts with "pretty URLs" redirect /index.html to / (Cloudflare Pages does
// by default: 308). A precached response marked `redirected` would be
// refused by Chromium for every navigation (ERR_FAILED), so the app would
// not open at all from the second visit on.
test(
  "on a host that redirects /index.html to /, the app still opens once its worker is installed",
  async () => {
    const server = await serveSwitchable(DIST, { redirects: { "/index.html": "/" } });
    try {
      const page = await newWatchedPage();
      await page.goto(server.url);
      await kindredShown(page);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      for (const path of ["", "?source=pwa", "index.html"]) {
        const opened = await page.goto(`${server.url}${path}`).then(
          (response) => `HTTP ${response.status()}`,
          (error) => error.message.split("\n")[0],
        );
        assert.equal(opened, "HTTP 200", `opening /${path} once the worker is installed`);
        await kindredShown(page);
      }
      const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
      assert.ok(controlled, "served by the worker");
      assertNoViolations(page);
    } finally {
      await server.close();
    }
  },
);

test("under the strict Content Security Policy, a whole check-in runs without one violation", async () => {
  assert.equal(
    deployedPolicy("/"),
    STRICT_CSP,
    "deploy/_headers ships the policy this test holds the app to",
  );
  const server = await kindred.serve(DIST, { headers: { "Content-Security-Policy": STRICT_CSP } });
  const page = await newWatchedPage();
  const response = await page.goto(server.url);
  assert.equal(response.headers()["content-security-policy"], STRICT_CSP, "the page has the policy");
  await kindredShown(page);
  // The worker, its cache and the page it serves run under the policy too.
  await controlledByWorker(page);

  const values = [3, 5, 1, 4, 2, 2, 4, 1, 5, 3];
  const expected = await completeTake(page, { context: "romantic", values });
  await assertResults(page, expected);
  await page.getByRole("button", { name: "Past check-ins" }).click();
  await page.getByRole("heading", { level: 2, name: "Past check-ins" }).waitFor();
  await page.getByRole("button", { name: /^View results of the check-in of / }).click();
  await assertResults(page, expected);
  const again = await page.reload();
  assert.equal(again.fromServiceWorker(), true, "the page came from the worker's cache");
  assert.equal(again.headers()["content-security-policy"], STRICT_CSP, "and kept its policy");
  await assertResults(page, expected);

  assertNoViolations(page);
  await recorderCatchesViolations(server.url);
});

test("frame.html, framed by another origin's page, runs under its policy without a violation", async (t) => {
  if (!existsSync(join(DIST, "frame.html"))) {
    t.skip(`no frame.html in ${DIST}`);
    return;
  }
  assert.equal(deployedPolicy("/frame.html"), FRAME_CSP, "deploy/_headers' policy for frame.html");
  const app = await kindred.serve(DIST, { headers: { "Content-Security-Policy": FRAME_CSP } });
  const host = await kindred.serve(mkdtempSync(join(tmpdir(), "kindred-e2e-host-")), {
    pages: {
      "/host.html": `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host page</title><link rel="icon" href="data:,"></head>
<body><h1>A host page</h1>
<iframe src="${app.url}frame.html" title="Kindred" width="900" height="700"></iframe>
</body></html>`,
    },
  });
  assert.notEqual(new URL(host.url).origin, new URL(app.url).origin);
  const page = await newWatchedPage();
  await page.goto(`${host.url}host.html`);
  const frame = page.frameLocator('iframe[title="Kindred"]');
  await frame.getByRole("heading", { level: 2 }).first().waitFor();

  const values = [2, 4, 3, 5, 1, 5, 1, 4, 2, 3];
  const expected = await completeTake(frame, { context: "friend", values });
  await assertResults(frame, expected);
  await frame.getByRole("button", { name: "Past check-ins" }).click();
  await frame.getByRole("heading", { level: 2, name: "Past check-ins" }).waitFor();
  await frame.getByRole("button", { name: /^View results of the check-in of / }).click();
  await assertResults(frame, expected);

  assertNoViolations(page);
});

// ---------------------------------------------------------------------------

/**
 * Another build, `mark` ("B", "C"): a copy of `base` with a visible
 * difference in the page (a `kindred-build` meta) and in the stylesheet
 * (same file name, new content), its integrity attribute kept true as a
 * real build would, and sw.js written again by the project's own
 * post-build step, so the worker's version is the new contents'.
 */
function makeBuild(base, mark) {
  const dir = mkdtempSync(join(tmpdir(), `kindred-e2e-build-${mark}-`));
  cpSync(base, dir, { recursive: true });

  const integrity = (data) => `sha384-${createHash("sha384").update(data).digest("base64")}`;
  const css = readdirSync(dir).find((name) => /^kindred-[0-9a-f]+\.css$/.test(name));
  assert.ok(css, "the build has a hashed stylesheet");
  const oldStyle = readFileSync(join(dir, css));
  const style = `${oldStyle}\n:root{--kindred-build:"${mark}"}\n`;
  writeFileSync(join(dir, css), style);

  // The page may be minified (unquoted attributes, no <head> tag), so the
  // edits look for the title and for the stylesheet's old integrity hash.
  const indexPath = join(dir, "index.html");
  const original = readFileSync(indexPath, "utf8");
  assert.ok(original.includes("</title>"), "index.html has a title");
  let html = original.replace("</title>", `</title><meta name="kindred-build" content="${mark}">`);
  if (original.includes(integrity(oldStyle))) html = html.replace(integrity(oldStyle), integrity(style));
  writeFileSync(indexPath, html);

  try {
    execFileSync(process.execPath, [join(REPO_ROOT, "scripts/post-build.mjs"), dir], { stdio: "pipe" });
  } catch (error) {
    assert.fail(`scripts/post-build.mjs failed on a copy of ${base}:\n${error.stderr}`);
  }
  return dir;
}

/** The `--kindred-build` custom property a made build's stylesheet sets ("" in A). */
async function cssBuildMark(page) {
  return page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue("--kindred-build").trim(),
  );
}

/** The Content-Security-Policy deploy/_headers gives `path`. */
function deployedPolicy(path) {
  const lines = readFileSync(join(REPO_ROOT, "deploy/_headers"), "utf8").split("\n");
  const start = lines.indexOf(path);
  assert.ok(start >= 0, `deploy/_headers has a block for ${path}`);
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith(" ")) break;
    const match = line.match(/^\s+Content-Security-Policy:\s*(.+)$/);
    if (match) return match[1].trim();
  }
  return null;
}

/**
 * The violation recorder itself is checked once, on an unwatched page of
 * the same server: an inline style, which the policy forbids, must show up.
 * Without this, a recorder that never fires would pass every test.
 */
async function recorderCatchesViolations(url) {
  const context = await kindred.browser.newContext({ serviceWorkers: "block" });
  try {
    const page = await watchPolicyAndWorkers(await context.newPage());
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.goto(url);
    await kindredShown(page);
    await page.evaluate(() => {
      const style = document.createElement("style");
      style.textContent = "body { outline: 1px solid red; }";
      document.head.append(style);
    });
    await eventually(() => {
      assert.equal(page.cspViolations.length, 1, "the recorder saw the forbidden inline style");
      assert.match(page.cspViolations[0], /style-src/);
    });
  } finally {
    await context.close();
  }
}
