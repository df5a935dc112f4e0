// Screens fetched when first opened: past check-ins live in a chunk of
// WebAssembly of their own (src/ui/later.rs, scripts/split/wasm-bindgen).
// A first visit does not fetch it; finishing a check-in fetches it in the
// background; a chunk that cannot arrive gives a calm message and a way to
// try again.
//
// Run: node --test tests/e2e/   (KINDRED_DIST picks the build to test)

import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";

import { DIST, useKindred } from "./harness.mjs";
import { completeTake, eventually, expectFocused } from "./kindred.mjs";

const kindred = useKindred();
const VALUES = [4, 2, 5, 1, 3, 4, 2, 5, 1, 3];
const isChunk = (url) => /\/chunk-history-[0-9a-f]{16}\.wasm$/.test(new URL(url).pathname);

test("the build splits past check-ins into a chunk the first visit does not load", async () => {
  const chunks = readdirSync(DIST).filter((name) => /^chunk-[a-z0-9_]+-[0-9a-f]{16}\.wasm$/.test(name));
  assert.deepEqual(
    chunks.map((name) => name.replace(/-[0-9a-f]{16}\.wasm$/, "")),
    ["chunk-history", "chunk-shared", "chunk-together"],
    "past check-ins, comparing with the other person, and the code both use",
  );

  const page = await kindred.newPage();
  await page.goto(kindred.url);
  const root = page.locator("#kindred");
  await root.getByRole("button", { name: "Begin" }).click();
  await root.getByRole("heading", { level: 2, name: "Set up your check-in" }).waitFor();
  assert.deepEqual(page.context().requests.filter(isChunk), [], "nothing fetched the chunk before a check-in is finished");

  // Finishing a check-in fetches it in the background, once; opening past
  // check-ins then needs nothing more.
  await completeTake(root, { values: VALUES });
  await eventually(() => assert.equal(page.context().requests.filter(isChunk).length, 1, "fetched once"));
  await root.getByRole("button", { name: "Past check-ins" }).click();
  await root.getByRole("heading", { level: 2, name: "Past check-ins" }).waitFor();
  assert.equal(page.context().requests.filter(isChunk).length, 1, "not fetched again");
});

test("a chunk that cannot be fetched gives a calm message and Try again, which then works", async () => {
  const page = await kindred.newPage();
  let blocked = true;
  await page.route(isChunk, (route) => (blocked ? route.abort("internetdisconnected") : route.continue()));
  await page.goto(kindred.url);
  const root = page.locator("#kindred");
  await completeTake(root, { values: VALUES });

  await root.getByRole("button", { name: "Past check-ins" }).click();
  const alert = root.getByRole("alert");
  await alert.getByText(
    "This part of Kindred could not be loaded. Your check-ins are safe on this device. Check your connection and try again.",
  ).waitFor();
  const retry = root.getByRole("button", { name: "Try again" });
  await expectFocused(retry, "focus moves to Try again");
  assert.equal(await root.getByRole("heading", { level: 2, name: "Past check-ins" }).count(), 0);

  blocked = false;
  await retry.press("Enter");
  const heading = root.getByRole("heading", { level: 2, name: "Past check-ins" });
  await heading.waitFor();
  await expectFocused(heading, "focus moves to the screen that arrived");
  assert.equal(await alert.isVisible(), false, "the message is gone");
  await root.locator(".takes li").filter({ hasText: /A friend · Quick check · overall \d+ out of 100/ }).waitFor();

  // The failures were the test's own doing: the aborted requests and the
  // loader's report of them. Nothing else may have gone wrong.
  const { consoleErrors, failedRequests } = page.context().problems;
  assert.ok(failedRequests.length >= 2, `the preload and the first opening both failed: ${failedRequests}`);
  assert.ok(failedRequests.every(isChunkFailure), `only the chunk failed: ${failedRequests}`);
  failedRequests.length = 0;
  assert.ok(consoleErrors.every((line) => /fetch|Failed/i.test(line)), `only the loader's reports: ${consoleErrors}`);
  consoleErrors.length = 0;
});

const isChunkFailure = (line) => isChunk(line.split(": ")[0]);

test("in another language, the texts of screens fetched when first opened come in their own file, with those screens", async () => {
  // No service worker: it tops up every file on a returning visit, which
  // would hide what the page itself asks for.
  const page = await kindred.newPage({ contextOptions: { serviceWorkers: "block" } });
  await page.goto(kindred.url);
  const root = page.locator("#kindred");
  await completeTake(root, { values: VALUES });
  // The same browser in Spanish: Kindred opens on those results.
  await page.goto(`${kindred.url}?lang=es`);
  await root.getByRole("heading", { level: 2, name: "Tus resultados" }).waitFor();
  const later = () => page.context().requests.filter((u) => new URL(u).pathname.endsWith("/lang/es-later.json"));
  assert.equal(page.context().requests.filter((u) => new URL(u).pathname.endsWith("/lang/es.json")).length, 1);
  assert.deepEqual(later(), [], "a first visit fetches only the first file");
  await root.getByRole("button", { name: /^Reflexiones anteriores/ }).first().click();
  await root.getByRole("heading", { level: 2, name: "Reflexiones anteriores" }).waitFor();
  // Texts only this screen uses, in Spanish: its empty state and its data section.
  await root.getByText("Tus datos", { exact: true }).waitFor();
  assert.equal(later().length, 1, "fetched once, when the screen opened");
  assert.equal(await root.getByText("Your data", { exact: true }).count(), 0, "no English left");
});
