// The WordPress plugin in a real WordPress: Debian's `wordpress` package,
// PHP's built-in server and a private MariaDB, all started here in a
// temporary folder (scripts/setup installs the packages). The test installs
// WordPress, uploads and activates the plugin zip that
// scripts/wordpress-plugin builds, publishes a post with the shortcode and
// one with the block, and completes a take in headless Chromium on each.
//
// Run: node --test tests/wordpress/   (after a release build)

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

import { CHROMIUM, DIST, LAUNCH_ARGS, REPO_ROOT, TIMEOUT_MS } from "../e2e/harness.mjs";
import { answer, assertResults, expectedResults } from "../e2e/kindred.mjs";

const WORDPRESS = "/usr/share/wordpress";
/** Debian puts the server in /usr/sbin, which a CI user's PATH may lack. */
const MARIADBD = existsSync("/usr/sbin/mariadbd") ? "/usr/sbin/mariadbd" : "mariadbd";
/** MariaDB refuses to run as root unless told to; as anyone else it runs as them. */
const AS_USER = process.getuid?.() === 0 ? ["--user=root"] : [];
const ADMIN = { user: "admin", password: "kindred-test-password-1" };

const state = { dir: null, db: null, php: null, url: null, zip: null, browser: null };

const wait = (ms) => new Promise((done) => setTimeout(done, ms));

async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

async function until(what, check, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await wait(200);
  }
}

function sql(statement) {
  return execFileSync("mariadb", ["--no-defaults", "-S", join(state.dir, "db.sock"), "-u", "root", "-N", "-e", statement], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

before(async () => {
  assert.ok(existsSync(join(WORDPRESS, "wp-settings.php")), "Debian's wordpress package (scripts/setup installs it)");
  state.dir = mkdtempSync(join(tmpdir(), "kindred-wordpress-"));

  // A private MariaDB on a socket in the temporary folder.
  execFileSync("mariadb-install-db", [
    "--no-defaults",
    `--datadir=${join(state.dir, "db")}`,
    "--auth-root-authentication-method=normal",
    "--skip-test-db",
    ...AS_USER,
  ], { stdio: "pipe" });
  state.db = spawn(MARIADBD, [
    "--no-defaults",
    `--datadir=${join(state.dir, "db")}`,
    `--socket=${join(state.dir, "db.sock")}`,
    `--pid-file=${join(state.dir, "db.pid")}`,
    `--log-error=${join(state.dir, "db.err")}`,
    "--skip-networking",
    ...AS_USER,
  ], { stdio: "ignore" });
  await until("MariaDB", () => sql("SELECT 1").trim() === "1");
  sql("CREATE DATABASE wordpress");

  // WordPress from Debian's files, with a configuration of our own.
  const port = await freePort();
  state.url = `http://127.0.0.1:${port}`;
  const site = join(state.dir, "wp");
  cpSync(WORDPRESS, site, { recursive: true, dereference: true, filter: (src) => !src.endsWith("/.htaccess") });
  writeFileSync(
    join(site, "wp-config.php"),
    `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${join(state.dir, "db.sock")}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'wp_';
define('WP_HOME', '${state.url}');
define('WP_SITEURL', '${state.url}');
define('FS_METHOD', 'direct');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', false);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
  );
  // Several workers: one page load asks for many files at once.
  // Its own process group, so that stopping it stops its workers too.
  state.php = spawn("php", ["-S", `127.0.0.1:${port}`, "-t", site], {
    cwd: site,
    stdio: "ignore",
    detached: true,
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: "4" },
  });
  await until("PHP's server", async () => (await fetch(`${state.url}/readme.html`)).ok);

  // The five-minute install, as its form would send it.
  const form = new URLSearchParams({
    weblog_title: "A blog with Kindred",
    user_name: ADMIN.user,
    admin_password: ADMIN.password,
    admin_password2: ADMIN.password,
    pw_weak: "1",
    admin_email: "admin@example.org",
    blog_public: "0",
    language: "",
  });
  const installed = await fetch(`${state.url}/wp-admin/install.php?step=2`, { method: "POST", body: form });
  assert.ok(installed.ok, `WordPress installed (HTTP ${installed.status})`);

  state.zip = execFileSync(process.execPath, [join(REPO_ROOT, "scripts/wordpress-plugin"), DIST, "--out", state.dir], {
    encoding: "utf8",
  }).trim();
  state.browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
});

after(async () => {
  await state.browser?.close();
  if (state.php) {
    try {
      process.kill(-state.php.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
  state.db?.kill();
  if (state.db) await new Promise((done) => (state.db.exitCode !== null ? done() : state.db.once("exit", done)));
  if (state.dir) rmSync(state.dir, { recursive: true, force: true });
});

test("the plugin installs from its zip, and a shortcode post and a block post each run a whole take", async () => {
  const context = await state.browser.newContext();
  const page = await context.newPage();
  // wp-admin pages are heavy for PHP's built-in server on a busy machine.
  page.setDefaultTimeout(6 * TIMEOUT_MS);
  const kindredErrors = [];
  page.on("console", (m) => m.type() === "error" && /kindred/i.test(m.text()) && kindredErrors.push(m.text()));
  page.on("requestfailed", (r) => /kindred/.test(r.url()) && kindredErrors.push(`failed: ${r.url()}`));

  // Log in, upload the zip, activate.
  await page.goto(`${state.url}/wp-login.php`);
  await page.fill("#user_login", ADMIN.user);
  await page.fill("#user_pass", ADMIN.password);
  await page.click("#wp-submit");
  await page.waitForURL(/wp-admin/, { waitUntil: "commit" });
  await page.goto(`${state.url}/wp-admin/plugin-install.php?tab=upload`);
  await page.setInputFiles("#pluginzip", state.zip);
  await page.click("#install-plugin-submit");
  await page.getByText("Plugin installed successfully.").waitFor();
  await page.getByRole("link", { name: "Activate Plugin" }).click();
  await page.getByText("Plugin activated.").waitFor();

  // Publish the two posts through the REST API, as the editor would.
  const nonce = await (await page.request.get(`${state.url}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
  const publish = async (title, content) => {
    const response = await page.request.post(`${state.url}/?rest_route=/wp/v2/posts`, {
      headers: { "X-WP-Nonce": nonce },
      data: { title, content, status: "publish" },
    });
    assert.ok(response.ok(), `published "${title}": HTTP ${response.status()}`);
    return (await response.json()).link;
  };
  const shortcodePost = await publish(
    "With the shortcode",
    '[kindred context="friend" length="quick" namespace="wp-shortcode" theme="nonsense" emit-events="true"]' +
      '\n\n[kindred context="<script>alert(1)</script>" namespace="x\\" onmouseover=\\"alert(1)"]',
  );
  const spanishPost = await publish(
    "En español",
    '[kindred lang="es" context="friend" namespace="es"]\n\n[kindred lang="fr" namespace="fr"]' +
      '\n\n[kindred namespace="help" support-url="https://example.org/Help?from=WP"]' +
      '\n\n[kindred namespace="nohelp" support-url="javascript:alert(1)"]',
  );
  const blockPost = await publish(
    "With the block",
    '<!-- wp:kindred/check {"context":"family","length":"quick","namespace":"wp-block","emitEvents":true} /-->',
  );

  for (const [link, who, namespace] of [
    [shortcodePost, "friend", "wp-shortcode"],
    [blockPost, "family", "wp-block"],
  ]) {
    await page.goto(link);
    const widget = page.locator("kindred-check").first();
    // emit-events was set in both: the page hears the scores once.
    await page.evaluate(() => {
      window.__heard = [];
      document.addEventListener("kindred-complete", (event) => window.__heard.push(event.detail));
    });
    // Served from the site itself: no other origin is asked for anything.
    const values = [5, 4, 3, 2, 1, 2, 3, 4, 5, 4];
    await widget.getByRole("button", { name: "Begin", exact: true }).click();
    await answer(widget, { context: who, length: "quick", values });
    await assertResults(widget, expectedResults("quick", values));
    assert.equal(await page.evaluate(() => window.__heard.length), 1, "the page heard the scores");
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.equal(keys.filter((k) => k.startsWith(`kindred:${namespace}.take.`)).length, 1, `saved under ${namespace}`);
  }

  // A language the widget speaks is passed on; one it does not is dropped,
  // and that widget follows the site's language (English here).
  await page.goto(spanishPost);
  const [spanish, unknown] = [page.locator("kindred-check").first(), page.locator("kindred-check").nth(1)];
  await spanish.getByRole("button", { name: "Empezar", exact: true }).waitFor();
  assert.equal(await spanish.locator(".kindred").getAttribute("lang"), "es");
  assert.equal(await unknown.getAttribute("lang"), null, "lang=fr is dropped by the plugin");
  await unknown.getByRole("button", { name: "Begin", exact: true }).waitFor();
  // support-url: an https address passes as written; anything else is dropped.
  const [help, noHelp] = [page.locator("kindred-check").nth(2), page.locator("kindred-check").nth(3)];
  assert.equal(await help.getAttribute("support-url"), "https://example.org/Help?from=WP");
  assert.equal(await noHelp.getAttribute("support-url"), null, "javascript: is dropped by the plugin");

  // Attributes are validated and escaped the WordPress way: the bad
  // shortcode becomes a plain element with no attribute at all.
  await page.goto(shortcodePost);
  const attributes = await page.locator("kindred-check").evaluateAll((els) => els.map((el) => el.getAttributeNames()));
  assert.deepEqual(attributes, [["context", "length", "namespace", "emit-events"], []]);
  assert.equal(await page.locator("script:not([src])").filter({ hasText: "alert(1)" }).count(), 0);
  assert.equal(
    await page.locator('script[type="module"][src*="/wp-content/plugins/kindred/dist/kindred-embed.js"]').count(),
    1,
    "the script is included once per page, from the plugin's own folder",
  );
  assert.deepEqual(kindredErrors, []);

  // The plugin keeps nothing on the site: no option of its own.
  assert.equal(sql("SELECT COUNT(*) FROM wordpress.wp_options WHERE option_name LIKE '%kindred%'").trim(), "0");

  // Deactivated and deleted, it takes nothing from readers' browsers.
  const before = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("kindred")).sort());
  assert.equal(before.filter((k) => k.includes(".take.")).length, 2, `two takes saved: ${before}`);
  page.on("dialog", (dialog) => dialog.accept());
  await page.goto(`${state.url}/wp-admin/plugins.php`);
  await page.locator('tr[data-slug="kindred"]').getByRole("link", { name: /^Deactivate/ }).click();
  await page.getByText("Plugin deactivated.").waitFor();
  await page.locator('tr[data-slug="kindred"]').getByRole("link", { name: /^Delete/ }).click();
  await page.getByText(/Kindred was successfully deleted/).waitFor();
  assert.equal(existsSync(join(state.dir, "wp/wp-content/plugins/kindred")), false, "its folder is gone");
  await page.goto(state.url);
  assert.deepEqual(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("kindred")).sort()),
    before,
    "the readers' check-ins are still in their browsers",
  );
  assert.deepEqual(kindredErrors, []);
  await context.close();
});
