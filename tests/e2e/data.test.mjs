// Kindred's data layer (format 2, docs/stored-format.md) in a real
// Chromium: two tabs finishing and deleting at the same time, a storage
// quota that runs out before or during a take, export and import, the
// migration of a real format 1 document, a host page that removes or moves
// the widget as it hears of a finished take, and past check-ins by the
// thousand. Every page's console errors and failed requests fail the test.
//
// Run: node --test tests/e2e/data.test.mjs   (KINDRED_DIST picks the build)

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { DIST, REPO_ROOT, useKindred } from "./harness.mjs";
import { hostPage } from "./embed-helpers.mjs";
import {
  CHARACTERISTICS,
  answer,
  answerRadio,
  assertResults,
  checkedAnswer,
  completeTake,
  eventually,
  expectProgress,
  expectedResults,
  notices,
  readFormat2,
  startTake,
  statementText,
  statementsFor,
  storedEntries,
  fillStorage,
} from "./kindred.mjs";
import {
  CONTEXTS as SEED_CONTEXTS,
  DAY_MS,
  FIRST_ID,
  TAKE_MS,
  answerVariants,
  seedInPage,
  seedPlan,
} from "../../scripts/bench-seed.mjs";

const kindred = useKindred();

// ---------------------------------------------------------------------------
// Helpers

/** Opens the app in a fresh context and waits until it has drawn. */
async function openApp(options) {
  const page = await kindred.newPage(options);
  await page.goto(kindred.url);
  await page.getByRole("heading", { level: 2 }).first().waitFor();
  return page;
}

/** The keys of one kind (`take`, `progress`) of the namespace `doc`, sorted. */
async function recordKeys(page, kind, doc = "kindred") {
  const keys = await page.evaluate(() => Object.keys(localStorage));
  return keys.filter((k) => k.startsWith(`${doc}.${kind}.`)).sort();
}

/** The finished take records of `doc` as stored: key to raw text. */
async function takeRecords(page, doc = "kindred") {
  const entries = await storedEntries(page);
  return Object.fromEntries(
    Object.entries(entries)
      .filter(([key]) => key.startsWith(`${doc}.take.`))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** Score keys as the records and the `kindred-complete` event write them. */
function recordScores(expected) {
  const scores = Object.fromEntries(CHARACTERISTICS.map((c) => [c.toLowerCase(), expected.scores[c]]));
  return { ...scores, overall: expected.overall };
}

/** The rows of the Past check-ins list. */
function pastRows(root) {
  return root.getByRole("listitem").filter({ hasText: /overall \d+ out of 100|could not be read/ });
}

/**
 * Asserts that exactly one past check-in asks "Yes, delete it", and that
 * "Delete all" is not asking.
 */
async function expectAsking(page) {
  await eventually(async () => {
    assert.equal(await page.getByRole("button", { name: "Yes, delete it", exact: true }).count(), 1, "one check-in asks");
    assert.equal(await page.getByRole("button", { name: "Keep it", exact: true }).count(), 1, "one check-in asks");
  });
  assert.equal(await page.getByRole("button", { name: "Yes, delete everything" }).count(), 0, "Delete all is not asking");
}

/**
 * Waits until a live status region of the page (the notices, or a status
 * line of its own) says exactly `text`, as one visible paragraph.
 */
async function expectStatus(page, text) {
  const exact = new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`);
  await page.locator('[role="status"], [role="status"] *').filter({ hasText: exact, visible: true }).first().waitFor();
}

/** A date as the rows write it, in the page's locale. */
function shownDate(page, ms) {
  return page.evaluate(
    (ms) => new Intl.DateTimeFormat([], { dateStyle: "long", timeStyle: "short" }).format(new Date(ms)),
    ms,
  );
}

/** Fails unless not one more character can be stored on the page's origin. */
async function assertStorageFull(page) {
  const refused = await page.evaluate(() => {
    try {
      localStorage.setItem("e2e-one-more", "x");
      localStorage.removeItem("e2e-one-more");
      return null;
    } catch (error) {
      return error.name;
    }
  });
  assert.equal(refused, "QuotaExceededError", "storage is full to the last character");
}

/**
 * An init script writing `count` finished full check-ins in format 2 (as
 * scripts/bench-seed.mjs builds them) before Kindred first loads on
 * `origin`. `once` is "namespace" (only while the namespace is empty, so
 * every tab of a context can carry the script) or "session" (once per tab).
 */
function seedScript(origin, count, once = "namespace") {
  const plan = seedPlan(count, 2);
  const guard =
    once === "session"
      ? `if (sessionStorage.getItem("e2e-seeded")) return; sessionStorage.setItem("e2e-seeded", "1");`
      : `if (Object.keys(localStorage).some((k) => k.startsWith("kindred."))) return;`;
  return {
    content: `(() => {
      if (location.origin !== ${JSON.stringify(origin)}) return;
      ${guard}
      (${seedInPage.toString()})(${JSON.stringify(plan)}, Storage.prototype.setItem);
    })();`,
  };
}

/** The id, overall score and finish time of the i-th seeded check-in. */
function seeded(i) {
  const variants = answerVariants();
  const id = FIRST_ID + i * DAY_MS;
  return { id, overall: JSON.parse(variants[i % variants.length].scores).overall, finished: id + TAKE_MS };
}

/**
 * The record of the i-th seeded check-in, exactly as the in-page seeder
 * writes it (the seeder itself needs a browser's localStorage).
 */
function seededRecord(i) {
  const { id } = seeded(i);
  const { answers, scores } = answerVariants()[i % 5];
  return (
    `{"format":2,"id":${id},"context":"${SEED_CONTEXTS[i % SEED_CONTEXTS.length]}",` +
    `"length":"full","started_at_ms":${id},"finished_at_ms":${id + TAKE_MS},` +
    `"answers":${answers},"scores":${scores}}`
  );
}

/** Clicks a button that starts a download and returns the file's text. */
async function downloadFrom(page, button) {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  assert.match(download.suggestedFilename(), /^kindred-check-ins-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(await download.failure(), null, "the download completed");
  const path = await download.path();
  return { path, text: readFileSync(path, "utf8") };
}

// ---------------------------------------------------------------------------
// Two tabs

/**
 * Holds back, in this tab, the `storage` events about takes in progress
 * (`kindred.progress.*`), until `__e2eRelease()` delivers them, in order.
 * Storage events are delivered whenever the receiving tab gets to them;
 * holding them reproduces, every time, the moment when each of two tabs
 * has started and answered its own take without yet hearing of the
 * other's. (Once heard of, a tab follows the other tab's take in
 * progress, by design.) Events about finished takes are not held.
 */
function holdProgressEvents() {
  window.__e2eHeld = [];
  window.__e2eHolding = true;
  addEventListener(
    "storage",
    (event) => {
      if (window.__e2eHolding && /^kindred\.progress\./.test(event.key ?? "")) {
        event.stopImmediatePropagation();
        const { key, oldValue, newValue, url } = event;
        window.__e2eHeld.push({ key, oldValue, newValue, url });
      }
    },
    true,
  );
  window.__e2eRelease = () => {
    window.__e2eHolding = false;
    const held = window.__e2eHeld.splice(0);
    for (const event of held) dispatchEvent(new StorageEvent("storage", { ...event, storageArea: localStorage }));
    return held.length;
  };
}

/**
 * Brings a tab to the front: Chromium draws a tab behind another one only
 * now and then, and Playwright's clicks wait for it to be drawn.
 */
async function inFront(page) {
  await page.bringToFront();
  return page;
}

/** Opens the set-up screen and chooses a context and length, without starting. */
async function setUp(page, context, length) {
  await page.getByRole("button", { name: /^(Begin|Start a new check-in|Start again)$/ }).click();
  await page.getByRole("heading", { level: 2, name: "Set up your check-in" }).waitFor();
  await page.getByRole("radio", { name: { friend: "A friend", family: "A family member", romantic: "A romantic partner" }[context], exact: true }).check();
  await page.getByRole("radio", { name: new RegExp(`^${length === "quick" ? "Quick" : "Full"} check`) }).check();
}

test("two tabs finishing their takes at the same moment keep both finished takes", async () => {
  const first = await openApp({ initScript: holdProgressEvents });
  const second = await kindred.anotherPage(first);
  await second.goto(kindred.url);
  await second.getByRole("button", { name: "Begin", exact: true }).waitFor();

  const takes = [
    { page: first, context: "friend", values: [5, 1, 5, 1, 5, 1, 5, 1, 5, 1] },
    { page: second, context: "family", values: [2, 4, 3, 3, 1, 5, 2, 2, 4, 4] },
  ];
  for (const take of takes) take.expected = expectedResults("quick", take.values);
  assert.notEqual(takes[0].expected.overall, takes[1].expected.overall, "the two takes are told apart");

  // Both tabs start, answer and finish their own take, side by side.
  // (One after the other: take ids are the time a take starts, in
  // milliseconds, so two starts within the same one can collide.)
  for (const { page, context } of takes) {
    await setUp(await inFront(page), context, "quick");
    await page.getByRole("button", { name: "Start", exact: true }).click();
    await expectProgress(page, 1, 10);
  }
  for (let number = 1; number <= 9; number++) {
    for (const { page, context, values } of takes) {
      await answer(await inFront(page), { context, length: "quick", values: [values[number - 1]], from: number });
    }
  }
  for (const { page, values } of takes) {
    await expectProgress(await inFront(page), 10, 10);
    await answerRadio(page, values[9]).check();
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await page.getByRole("heading", { level: 2, name: "Check your answers" }).waitFor();
  }
  assert.equal((await recordKeys(first, "progress")).length, 2, "two takes in progress, one per tab");
  // Both presses at once (dispatched: a click's checks wait on the tab in front).
  await Promise.all(
    takes.map(({ page }) => page.getByRole("button", { name: "See my results", exact: true }).dispatchEvent("click")),
  );
  for (const { page, expected } of takes) await assertResults(await inFront(page), expected);

  // Both finished takes are stored, each under its own key, and nothing
  // is left in progress.
  await eventually(async () => {
    assert.equal((await recordKeys(first, "take")).length, 2, "two kindred.take.* records");
    assert.deepEqual(await recordKeys(first, "progress"), [], "no take left in progress");
  });
  const stored = (await first.evaluate(readFormat2, "kindred")).history;
  assert.deepEqual(
    stored.map((t) => [t.context, t.answers, t.scores]).sort(),
    takes.map(({ context, expected }) => [context, expected.answers, recordScores(expected)]).sort(),
    "each tab's answers and scores are saved",
  );

  // Each tab lists both.
  for (const { page } of takes) {
    await inFront(page);
    await page.getByRole("button", { name: "Past check-ins", exact: true }).click();
    await eventually(async () => assert.equal(await pastRows(page).count(), 2));
    for (const { context, expected } of takes) {
      const label = { friend: "A friend", family: "A family member" }[context];
      await pastRows(page).filter({ hasText: `${label} · Quick check · overall ${expected.overall} out of 100` }).waitFor();
    }
    await page.getByRole("button", { name: "Back to the start" }).click();
    await page.getByRole("button", { name: "Past check-ins (2)", exact: true }).waitFor();
  }

  // What each tab had not heard yet arrives late, and changes nothing: a
  // finished take never comes back as in progress.
  const late = await Promise.all(takes.map(({ page }) => page.evaluate(() => window.__e2eRelease())));
  assert.ok(late[0] > 0 && late[1] > 0, `late news of the other tab's answers (${late})`);
  const before = await storedEntries(first);
  for (const { page } of takes) {
    await inFront(page);
    await page.getByRole("button", { name: "Begin", exact: true }).waitFor();
    assert.equal(await page.getByRole("button", { name: /^Continue your check-in/ }).count(), 0);
    await page.getByRole("button", { name: "Past check-ins (2)", exact: true }).waitFor();
  }
  assert.deepEqual(await storedEntries(first), before, "late news wrote nothing");
  for (const { page } of takes) {
    await inFront(page);
    await page.reload();
    await page.getByRole("button", { name: "Past check-ins (2)", exact: true }).waitFor();
    assert.equal(await page.getByRole("button", { name: /^Continue your check-in/ }).count(), 0);
  }
});

test("deleting a past check-in in one tab while a take is answered in another loses only the deleted one", async () => {
  const first = await openApp({ initScript: seedScript(kindred.origin, 3) });
  const second = await kindred.anotherPage(first);
  await second.goto(kindred.url);
  await first.getByRole("button", { name: "Past check-ins (3)", exact: true }).waitFor();
  await second.getByRole("button", { name: "Past check-ins (3)", exact: true }).waitFor();
  const seededRecords = await takeRecords(first);
  const [oldest, deleted, newest] = [0, 1, 2].map(seeded);
  assert.deepEqual(
    Object.keys(seededRecords),
    [oldest, deleted, newest].map((t) => `kindred.take.${t.id}`),
    "three check-ins seeded",
  );
  [oldest, deleted, newest].forEach((t, i) => assert.equal(seededRecords[`kindred.take.${t.id}`], seededRecord(i)));

  // The second tab starts a take and answers four statements.
  const values = [4, 2, 5, 1, 3, 3, 4, 2, 5, 1];
  await inFront(second);
  await startTake(second, { context: "family", length: "quick" });
  await answer(second, { context: "family", length: "quick", values: values.slice(0, 4) });

  // Meanwhile the first tab deletes the middle check-in.
  await inFront(first);
  await first.getByRole("button", { name: "Past check-ins (3)", exact: true }).click();
  await first.getByRole("heading", { level: 2, name: "Past check-ins" }).waitFor();
  assert.equal(await pastRows(first).count(), 3);
  const row = pastRows(first).filter({ hasText: `overall ${deleted.overall} out of 100` });
  await row.getByRole("button", { name: /^Delete the check-in of .+, number 2$/ }).click();
  await expectAsking(first);
  // The second tab answers while the first is asking.
  await answer(await inFront(second), { context: "family", length: "quick", values: values.slice(4, 6), from: 5 });
  await inFront(first);
  await expectAsking(first);
  await row.getByRole("button", { name: "Yes, delete it", exact: true }).click();
  await row.waitFor({ state: "detached" });
  assert.equal(await pastRows(first).count(), 2);

  // The second tab goes on and finishes.
  await answer(await inFront(second), { context: "family", length: "quick", values: values.slice(6), from: 7 });
  const expected = expectedResults("quick", values);
  await assertResults(second, expected);

  // Only the deleted check-in is gone; the others are untouched, and the
  // new take is saved.
  const check = async () => {
    const records = await takeRecords(first);
    const keys = Object.keys(records);
    assert.equal(keys.length, 3, `three finished takes: ${keys}`);
    assert.equal(records[`kindred.take.${oldest.id}`], seededRecords[`kindred.take.${oldest.id}`]);
    assert.equal(records[`kindred.take.${newest.id}`], seededRecords[`kindred.take.${newest.id}`]);
    assert.equal(records[`kindred.take.${deleted.id}`], undefined, "the deleted check-in is gone");
    const added = keys.filter((k) => !seededRecords[k]).map((k) => JSON.parse(records[k]));
    assert.equal(added.length, 1);
    assert.deepEqual(added[0].answers, expected.answers, "the new take's answers");
    assert.equal(added[0].context, "family");
    assert.deepEqual(await recordKeys(first, "progress"), [], "nothing left in progress");
  };
  await eventually(check);

  // Both tabs list the same three, now and after a reload.
  const deletedDate = await shownDate(first, deleted.finished);
  for (const page of [first, second]) {
    await inFront(page);
    for (const reload of [false, true]) {
      if (reload) await page.reload();
      if (await page.getByRole("heading", { level: 2, name: "Past check-ins" }).isHidden()) {
        await page.getByRole("button", { name: /^Past check-ins/ }).click();
      }
      await eventually(async () => {
        assert.equal(await pastRows(page).count(), 3);
        const texts = await pastRows(page).allTextContents();
        assert.match(texts[0], new RegExp(`A family member · Quick check · overall ${expected.overall} out of 100`));
        assert.match(texts[1], new RegExp(`overall ${newest.overall} out of 100`));
        assert.match(texts[2], new RegExp(`overall ${oldest.overall} out of 100`));
        assert.ok(!texts.some((t) => t.includes(deletedDate)), "the deleted check-in is not listed");
      });
    }
  }
  await check();
});

// ---------------------------------------------------------------------------
// The quota

/**
 * The outcome when a take is finished with storage full: the results are
 * shown, the person is told, and "Download my check-ins" gives a file that
 * holds the take; after a reload it is not shown as in progress.
 */
async function assertFinishedNotSaved(page, { context, values }) {
  const expected = expectedResults("quick", values);
  await assertResults(page, expected);
  const notice = notices(page)
    .locator(".notice")
    .filter({ hasText: "Your finished check-in could not be saved, because your browser's storage for this site is full." });
  await notice.waitFor();
  assert.match(await notice.textContent(), /download your check-ins now to keep it/);
  assert.deepEqual(await recordKeys(page, "take"), [], "the finished take is not in storage");

  const { text } = await downloadFrom(page, notice.getByRole("button", { name: "Download my check-ins" }));
  const file = JSON.parse(text);
  assert.equal(file.kind, "kindred-export");
  assert.equal(file.version, 1);
  assert.equal(file.takes.length, 1, "the file holds the one finished take");
  const [take] = file.takes;
  assert.equal(take.format, 2);
  assert.equal(take.context, context);
  assert.equal(take.length, "quick");
  assert.deepEqual(take.answers, expected.answers, "with the same answers");
  assert.deepEqual(take.scores, recordScores(expected));
  assert.ok(take.finished_at_ms >= take.started_at_ms);

  await page.reload();
  await page.getByRole("button", { name: "Begin", exact: true }).waitFor();
  assert.equal(await page.getByRole("button", { name: /^Continue your check-in/ }).count(), 0, "not back in the take");
  assert.equal(await page.getByText(/^Statement \d+ of 10$/).count(), 0, "no statement shown");
  assert.deepEqual(await recordKeys(page, "progress"), [], "no take in progress is stored");
}

test("with storage full before a take, the take can be finished, the person is told, and can download it", async () => {
  const page = await openApp();
  await page.getByRole("button", { name: "Begin" }).waitFor();
  const fill = await fillStorage(page, 0);
  assert.ok(fill.total > 1_000_000, `filled ${fill.total} characters`);
  await page.reload();
  await page.getByRole("button", { name: "Begin" }).waitFor();
  await assertStorageFull(page);

  const context = "romantic";
  const values = [4, 1, 5, 2, 3, 3, 2, 5, 1, 4];
  await startTake(page, { context, length: "quick" });
  await notices(page).getByText(/Your browser's storage for this site is full/).waitFor();
  await answer(page, { context, length: "quick", values });
  await assertFinishedNotSaved(page, { context, values });
});

test("with storage filling up during a take, the take can be finished, the person is told, and can download it", async () => {
  const page = await openApp();
  const context = "family";
  const values = [2, 5, 3, 4, 1, 1, 4, 3, 5, 2];
  await startTake(page, { context, length: "quick" });
  await answer(page, { context, length: "quick", values: values.slice(0, 3) });
  await expectProgress(page, 4, 10);
  const saved = await page.evaluate(readFormat2, "kindred");
  assert.deepEqual(Object.keys(saved.in_progress.answers).length, 3, "three answers saved before storage fills");
  assert.equal(await notices(page).getByText(/storage for this site is full/).count(), 0);

  await fillStorage(page, 0);
  await assertStorageFull(page);
  const full = notices(page).getByText(/Your browser's storage for this site is full/);
  await answer(page, {
    context,
    length: "quick",
    values: values.slice(3, 4),
    from: 4,
  });
  await full.waitFor();
  await answer(page, { context, length: "quick", values: values.slice(4), from: 5 });
  await assertFinishedNotSaved(page, { context, values });
});

// ---------------------------------------------------------------------------
// Export and import

test("a download of past check-ins imports into a fresh browser once, and other files change nothing", async () => {
  const source = await openApp();
  const warm = await completeTake(source, { context: "friend", values: [5, 1, 5, 1, 5, 1, 5, 1, 5, 1] });
  const cool = await completeTake(source, { context: "family", values: [2, 4, 2, 4, 2, 4, 2, 4, 2, 4] });
  assert.deepEqual([warm.overall, cool.overall], [100, 25]);
  const original = await takeRecords(source);
  assert.equal(Object.keys(original).length, 2);

  await source.getByRole("button", { name: "Past check-ins", exact: true }).click();
  const yourData = source.locator(".your-data");
  await yourData.getByRole("heading", { level: 3, name: "Your data" }).waitFor();
  const { path, text } = await downloadFrom(source, yourData.getByRole("button", { name: "Download my check-ins" }));
  const file = JSON.parse(text);
  assert.equal(file.kind, "kindred-export");
  assert.equal(file.version, 1);
  assert.ok(Number.isInteger(file.exported_at_ms));
  assert.deepEqual(
    file.takes.map((t) => t.answers),
    [warm.answers, cool.answers],
    "both takes, oldest first",
  );
  for (const raw of Object.values(original)) assert.ok(text.includes(raw), "records exported exactly as stored");

  // A fresh browser: nothing saved yet.
  const page = await openApp();
  await page.getByRole("button", { name: "Begin", exact: true }).waitFor();
  await page.getByRole("button", { name: "Import check-ins from a file", exact: true }).click();
  await page.getByRole("heading", { level: 2, name: "Past check-ins" }).waitFor();
  await page.getByText("No finished check-ins are saved in this browser.").waitFor();
  const input = page.getByLabel("Import check-ins from a file");

  await input.setInputFiles(path);
  await expectStatus(page, "Added 2 check-ins.");
  assert.deepEqual(await takeRecords(page), original, "the same records, byte for byte");
  await eventually(async () => assert.equal(await pastRows(page).count(), 2, "the imported check-ins are listed"));

  await page.getByRole("button", { name: "Back to the start" }).click();
  await page.getByRole("button", { name: "Past check-ins (2)", exact: true }).click();
  for (const expected of [warm, cool]) {
    await pastRows(page)
      .filter({ hasText: `overall ${expected.overall} out of 100` })
      .getByRole("button", { name: /^View results of the check-in of / })
      .click();
    await assertResults(page, expected);
    await page.getByRole("button", { name: "Past check-ins", exact: true }).click();
  }

  // The same file again adds nothing.
  await input.setInputFiles(path);
  await expectStatus(page, "Added 0 check-ins. 2 check-ins were already here.");
  assert.deepEqual(await takeRecords(page), original);
  assert.equal(await pastRows(page).count(), 2);

  // Another file, with older check-ins and one already here, adds the
  // older ones beside them.
  const older = [0, 1, 2].map(seededRecord);
  const mixed = `{"kind":"kindred-export","version":1,"exported_at_ms":1795700000000,"takes":[${[...older, Object.values(original)[0]].join(",")}]}`;
  await input.setInputFiles({ name: "older.json", mimeType: "application/json", buffer: Buffer.from(mixed) });
  await expectStatus(page, "Added 3 check-ins. 1 check-in was already here.");
  const parsed = (records) => Object.fromEntries(Object.entries(records).map(([k, v]) => [k, JSON.parse(v)]));
  assert.deepEqual(
    parsed(await takeRecords(page)),
    parsed({ ...original, ...Object.fromEntries(older.map((raw) => [`kindred.take.${JSON.parse(raw).id}`, raw])) }),
    "the older records are added, and nothing else changes",
  );
  await eventually(async () => {
    const texts = await pastRows(page).allTextContents();
    assert.equal(texts.length, 5, "all five are listed");
    const overalls = texts.map((t) => Number(t.match(/overall (\d+) out of 100/)[1]));
    assert.deepEqual(overalls, [cool.overall, warm.overall, seeded(2).overall, seeded(1).overall, seeded(0).overall], "newest first");
  });

  // Files that are not a Kindred download change nothing, and say so.
  const before = await storedEntries(page);
  const files = [
    ["hello.json", "application/json", '{"hello":1}', "That file is not a download of Kindred check-ins, so nothing was changed."],
    [
      "newer.json",
      "application/json",
      '{"kind":"kindred-export","version":2,"exported_at_ms":1795700000000,"takes":[]}',
      "That file was made by a newer version of Kindred, so nothing was changed. Reloading the page may bring the newer version.",
    ],
    ["notes.txt", "text/plain", "just some notes\n", "That file is not a download of Kindred check-ins, so nothing was changed."],
  ];
  for (const [name, mimeType, content, message] of files) {
    await input.setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
    await expectStatus(page, message);
    assert.deepEqual(await storedEntries(page), before, `${name} changed nothing stored`);
  }
  assert.equal(await pastRows(page).count(), 5);
});

// ---------------------------------------------------------------------------
// Migration

test("a real format 1 document migrates to format 2 records, and Kindred opens in the take in progress", async () => {
  const fixture = readFileSync(resolve(REPO_ROOT, "tests/fixtures/format-1-history-and-progress.json"), "utf8").trim();
  const legacy = JSON.parse(fixture);
  const page = await kindred.newPage({
    initScript: ({ origin, fixture }) => {
      if (location.origin !== origin) return;
      if (!sessionStorage.getItem("e2e-seeded")) {
        sessionStorage.setItem("e2e-seeded", "1");
        localStorage.setItem("kindred", fixture);
      }
    },
    initArg: { origin: kindred.origin, fixture },
  });
  await page.goto(kindred.url);

  const { context, length, answers } = legacy.in_progress;
  const statements = statementsFor(length);
  // Seven answers, saved at statement 8 in that version's order. Today's
  // order alternates the wording, so the take resumes at the first
  // statement it has no answer for: the fourth.
  assert.equal(Object.keys(answers).length, 7);
  await expectProgress(page, 4, 25);
  await page.getByText(statementText(statements[3], context), { exact: true }).waitFor();
  assert.equal(await checkedAnswer(page), null, "statement 4 was never answered");

  // Format 2 records, the format 1 document gone.
  const entries = await storedEntries(page);
  assert.equal(entries.kindred, undefined, "no format 1 document is left");
  assert.deepEqual(
    Object.keys(entries).filter((k) => k.startsWith("kindred")).sort(),
    [
      "kindred.meta",
      `kindred.progress.${legacy.in_progress.id}`,
      ...legacy.history.map((t) => `kindred.take.${t.id}`),
    ].sort(),
  );
  assert.deepEqual(JSON.parse(entries["kindred.meta"]), { format: 2, open_results: legacy.open_results });
  // Everything carried over, the position where the take resumes.
  assert.deepEqual(JSON.parse(entries[`kindred.progress.${legacy.in_progress.id}`]), {
    format: 2,
    ...legacy.in_progress,
    position: 3,
  });
  for (const take of legacy.history) {
    assert.deepEqual(JSON.parse(entries[`kindred.take.${take.id}`]), { format: 2, ...take }, `take ${take.id}`);
  }

  // The answers given are there.
  await page.getByRole("button", { name: "Back", exact: true }).click();
  await expectProgress(page, 3, 25);
  assert.equal(await checkedAnswer(page), answers[statements[2].id], "statement 3 keeps its answer");

  // Past check-ins lists the three.
  await page.getByRole("button", { name: "Take a break (your answers are kept)" }).click();
  await page.getByRole("button", { name: "Continue your check-in (7 of 25 answered)", exact: true }).waitFor();
  await page.getByRole("button", { name: "Past check-ins (3)", exact: true }).click();
  await eventually(async () => assert.equal(await pastRows(page).count(), 3));
  const texts = await pastRows(page).allTextContents();
  const summaries = [...legacy.history].reverse().map((t) => {
    const label = { romantic: "A romantic partner", friend: "A friend", family: "A family member" }[t.context];
    return `${label} · ${t.length === "quick" ? "Quick" : "Full"} check · overall ${t.scores.overall} out of 100`;
  });
  summaries.forEach((summary, i) => assert.ok(texts[i].includes(summary), `row ${i + 1}: ${texts[i]}`));

  // A reload migrates nothing again, and opens in the take once more.
  const after = await storedEntries(page);
  await page.reload();
  await expectProgress(page, 3, 25);
  assert.equal(await checkedAnswer(page), answers[statements[2].id]);
  await page.getByRole("button", { name: "Take a break (your answers are kept)" }).click();
  await page.getByRole("button", { name: "Past check-ins (3)", exact: true }).waitFor();
  assert.deepEqual(await storedEntries(page), after);
});

// ---------------------------------------------------------------------------
// A host page reacting to `kindred-complete`

/** Serves the build (with CORS) and host pages on another origin. */
async function serveHost(pages) {
  const widget = await kindred.serve(DIST, { headers: { "Access-Control-Allow-Origin": "*" } });
  // The host serves only its pages (from an empty folder otherwise).
  const empty = mkdtempSync(join(tmpdir(), "kindred-data-host-"));
  const host = await kindred.serve(empty, {
    pages: { "/favicon.ico": "", ...Object.fromEntries(Object.entries(pages).map(([p, f]) => [p, f(widget.origin)])) },
  });
  rmSync(empty, { recursive: true, force: true });
  assert.notEqual(host.origin, widget.origin);
  return host;
}

const LISTENING_HOST = (reaction) => (files) =>
  hostPage(
    files,
    `<h1>A host page</h1>
    <div id="here"><kindred-check id="widget" context="friend" length="quick" namespace="host-${reaction}" emit-events></kindred-check></div>
    <div id="elsewhere"></div>
    <script>
      window.__heard = [];
      document.addEventListener("kindred-complete", (event) => {
        window.__heard.push({ ...event.detail });
        ${reaction === "remove" ? "event.target.remove();" : 'document.getElementById("elsewhere").appendChild(event.target);'}
      });
    </script>`,
  );

for (const reaction of ["remove", "move"]) {
  test(`a host page that ${reaction}s the widget in its kindred-complete listener still gets the take saved`, async () => {
    const host = await serveHost({ "/host.html": LISTENING_HOST(reaction) });
    const page = await kindred.newPage();
    await page.goto(`${host.origin}/host.html`);
    const widget = page.locator("#widget");
    const doc = `kindred:host-${reaction}`;
    const values = [3, 5, 2, 4, 1, 2, 5, 3, 4, 1];
    const expected = expectedResults("quick", values);

    await widget.getByRole("button", { name: "Begin", exact: true }).click();
    await expectProgress(widget, 1, 10);
    await answer(widget, { context: "friend", length: "quick", values });

    await eventually(async () => {
      assert.deepEqual(
        await page.evaluate(() => window.__heard),
        [{ trust: expected.scores.Trust, vulnerability: expected.scores.Vulnerability, empathy: expected.scores.Empathy, communication: expected.scores.Communication, acceptance: expected.scores.Acceptance }],
        "the host heard of the finished take once",
      );
    });
    if (reaction === "remove") {
      await eventually(async () => assert.equal(await page.locator("kindred-check").count(), 0, "the widget is gone"));
    } else {
      assert.equal(await page.locator("#elsewhere > kindred-check#widget").count(), 1, "the widget moved");
      // Back on its feet in the new place, on the results, not the last statement.
      await assertResults(widget, expected);
      assert.equal(await widget.getByText(/^Statement \d+ of 10$/).count(), 0, "no statement shown");
      assert.equal(await widget.evaluate((el) => el.shadowRoot.querySelectorAll(".kindred").length), 1, "rendered once");
    }

    // Saved on the host's origin, under the namespace, and not in progress.
    assert.equal(new URL(page.url()).origin, host.origin);
    await eventually(async () => {
      const takes = await recordKeys(page, "take", doc);
      assert.equal(takes.length, 1, `one ${doc}.take.* record`);
      assert.deepEqual(await recordKeys(page, "progress", doc), [], "no take left in progress");
    });
    const stored = await page.evaluate(readFormat2, doc);
    assert.equal(stored.history.length, 1);
    const [take] = stored.history;
    assert.deepEqual(take.answers, expected.answers);
    assert.deepEqual(take.scores, recordScores(expected));
    assert.equal(stored.open_results, take.id, "the results on screen are remembered");

    // The host page shown again: the widget is back on the results.
    await page.reload();
    await assertResults(page.locator("#widget"), expected);
    assert.deepEqual(await page.evaluate(() => window.__heard), [], "showing saved results tells the host nothing");
  });
}

// ---------------------------------------------------------------------------
// Past check-ins at size

test("with 5,000 past check-ins the list shows 20, and deleting one redraws only that row", async () => {
  const page = await openApp({ initScript: seedScript(kindred.origin, 5000, "session") });
  // Numbers are written by the browser's Intl.NumberFormat: "5,000".
  await page.getByRole("button", { name: "Past check-ins (5,000)", exact: true }).click();
  await page.getByRole("heading", { level: 2, name: "Past check-ins" }).waitFor();
  const rows = pastRows(page);
  const list = page.locator("section.history ul.takes");
  await eventually(async () => assert.equal(await rows.count(), 20));
  assert.equal(await list.locator(":scope > li").count(), 20, "exactly 20 list items are rendered");
  await page.getByRole("button", { name: "Show 20 older", exact: true }).waitFor();

  // Newest first, numbered from the oldest.
  const numbers = async () =>
    Promise.all(
      (await rows.all()).map(async (row) =>
        Number((await row.getByRole("button", { name: /^Delete / }).getAttribute("aria-label")).match(/number ([\d,]+)$/)[1].replaceAll(",", "")),
      ),
    );
  assert.deepEqual(await numbers(), Array.from({ length: 20 }, (_, i) => 5000 - i));
  // Which seeded check-ins (1 = oldest) the rows show, by their dates.
  const dates = new Map();
  for (let n = 4950; n <= 5000; n++) dates.set(await shownDate(page, seeded(n - 1).finished), n);
  const shown = async () =>
    (await rows.locator("strong").allTextContents()).map((date) => dates.get(date.trim()) ?? `unknown ${date}`);
  assert.deepEqual(await shown(), Array.from({ length: 20 }, (_, i) => 5000 - i));

  // Mark every row and its buttons, then delete the fifth (check-in 4996).
  await list.evaluate((ul) => {
    for (const [i, li] of [...ul.children].entries()) {
      li.e2eRow = i;
      for (const button of li.querySelectorAll("button")) button.e2eRow = i;
    }
  });
  const doomed = await rows.nth(4).elementHandle();
  const deleted = seeded(4995);
  await rows.nth(4).getByRole("button", { name: /^Delete the check-in of .+, number 4,996$/ }).click();
  await expectAsking(page);
  await rows.nth(4).getByRole("button", { name: "Yes, delete it", exact: true }).click();
  // The row goes (removed, or hidden in place).
  await eventually(async () =>
    assert.equal(await doomed.evaluate((el) => el.isConnected && el.checkVisibility()), false, "the row is gone"),
  );
  const remaining = Array.from({ length: 5000 }, (_, i) => 5000 - i).filter((n) => n !== 4996);

  // The rows still shown are the very same elements (and so are their
  // buttons), in the same order: nothing else was drawn again. The next
  // older check-in may come up to fill the page.
  const after = await list.evaluate((ul) =>
    [...ul.children]
      .filter((li) => li.checkVisibility())
      .map((li) => ({
        row: li.e2eRow ?? null,
        buttons: [...li.querySelectorAll("button")].map((b) => b.e2eRow ?? null),
      })),
  );
  assert.ok(after.length === 19 || after.length === 20, `19 or 20 rows shown, got ${after.length}`);
  assert.deepEqual(
    after.slice(0, 19).map((r) => r.row),
    [0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
    "the other rows are the same elements, in the same order",
  );
  for (const { row, buttons } of after.slice(0, 19)) {
    assert.ok(buttons.length >= 2, `row ${row + 1} has its buttons`);
    assert.ok(buttons.every((b) => b === row), `row ${row + 1}'s buttons are the same elements: ${buttons}`);
  }
  if (after.length === 20) assert.equal(after[19].row, null, "the row that came up is a new one");
  assert.deepEqual(await shown(), remaining.slice(0, after.length), "the newest check-ins left, in order");
  assert.equal(await rows.count(), after.length);
  const names = await numbers();
  assert.equal(new Set(names).size, names.length, `every row keeps a name of its own: ${names}`);

  // The next page follows on without a gap or a repeat.
  await page.getByRole("button", { name: "Show 20 older", exact: true }).click();
  await eventually(async () => assert.deepEqual(await shown(), remaining.slice(0, 40)));
  await page.getByRole("button", { name: "Show 20 older", exact: true }).waitFor();

  const takes = await recordKeys(page, "take");
  assert.equal(takes.length, 4999, "4,999 take records are left");
  assert.ok(!takes.includes(`kindred.take.${deleted.id}`), "the deleted one is gone");
});

test("starting a new check-in never discards answers the person was not told about, even with both choices preset", async () => {
  // The frame page takes its options from the query, as a host sets them.
  const url = `${kindred.url}frame.html?context=family&length=quick`;
  const first = await kindred.newPage();
  await first.goto(url);
  await first.getByRole("button", { name: "Begin", exact: true }).click();
  await answer(first, { context: "family", length: "quick", values: [4, 2, 5] });
  await first.getByRole("button", { name: "Take a break (your answers are kept)" }).click();
  await first.getByRole("button", { name: "Continue your check-in (3 of 10 answered)" }).waitFor();

  // One click on "Start a new check-in" only asks.
  await first.getByRole("button", { name: "Start a new check-in", exact: true }).click();
  const warning = first.getByText(/^Starting now will replace the check-in you have in progress \((\d+) answered so far\)\.$/);
  await warning.waitFor();
  assert.match(await warning.textContent(), /\(3 answered/);
  let saved = await first.evaluate(readFormat2, "kindred");
  assert.equal(Object.keys(saved.in_progress.answers).length, 3, "nothing discarded by asking");

  // Meanwhile another tab goes on with that take.
  const second = await kindred.anotherPage(first);
  await second.goto(url);
  // A take in progress opens where it was left.
  await answer(second, { context: "family", length: "quick", values: [1], from: 4 });
  await eventually(async () => {
    const now = await second.evaluate(readFormat2, "kindred");
    assert.equal(Object.keys(now.in_progress.answers).length, 4);
  });

  // Start in the first tab now tells about the fourth answer instead of
  // discarding it.
  await first.bringToFront();
  await first.getByRole("button", { name: "Start", exact: true }).click();
  await first.getByText("Starting now will replace the check-in you have in progress (4 answered so far).").waitFor();
  saved = await first.evaluate(readFormat2, "kindred");
  assert.equal(Object.keys(saved.in_progress.answers).length, 4, "still there after the first Start");

  // Told, the person can start afresh: the old take goes, a new one begins.
  await first.getByRole("button", { name: "Start", exact: true }).click();
  await expectProgress(first, 1, 10);
  await eventually(async () => {
    const keys = await recordKeys(first, "progress");
    assert.equal(keys.length, 1, `one take in progress: ${keys}`);
    const fresh = await first.evaluate(readFormat2, "kindred");
    assert.equal(Object.keys(fresh.in_progress.answers).length, 0, "the new take");
  });
});

// ---------------------------------------------------------------------------
// Downloads from every embed mode

test("check-ins can be downloaded from the custom element and from the iframe too", async () => {
  const host = await serveHost({
    "/host.html": (files) =>
      hostPage(
        files,
        `<kindred-check id="widget" context="friend" length="quick" namespace="downloads"></kindred-check>
        <iframe id="frame" title="Kindred" width="800" height="900"
          src="${files}/frame.html?context=family&amp;length=quick"></iframe>`,
      ),
  });
  const page = await kindred.newPage();
  await page.goto(`${host.origin}/host.html`);

  // The custom element, in its shadow root on the host's origin.
  const widget = page.locator("#widget");
  const values = [5, 4, 3, 2, 1, 1, 2, 3, 4, 5];
  await widget.getByRole("button", { name: "Begin", exact: true }).click();
  await answer(widget, { context: "friend", length: "quick", values });
  await assertResults(widget, expectedResults("quick", values));
  await widget.getByRole("button", { name: "Past check-ins", exact: true }).click();
  const fromWidget = await downloadFrom(page, widget.getByRole("button", { name: "Download my check-ins" }));
  const widgetFile = JSON.parse(fromWidget.text);
  assert.equal(widgetFile.kind, "kindred-export");
  assert.deepEqual(
    widgetFile.takes.map((t) => t.answers),
    [expectedResults("quick", values).answers],
    "the widget's take, and only the widget's namespace",
  );

  // The iframe, on the widget's own origin.
  const frame = page.frameLocator("#frame");
  const other = [1, 1, 1, 1, 1, 5, 5, 5, 5, 5];
  await frame.getByRole("button", { name: "Begin", exact: true }).click();
  await answer(frame, { context: "family", length: "quick", values: other });
  await assertResults(frame, expectedResults("quick", other));
  await frame.getByRole("button", { name: "Past check-ins", exact: true }).click();
  const fromFrame = await downloadFrom(page, frame.getByRole("button", { name: "Download my check-ins" }));
  assert.deepEqual(
    JSON.parse(fromFrame.text).takes.map((t) => t.answers),
    [expectedResults("quick", other).answers],
  );
});

// ---------------------------------------------------------------------------
// The site owner's next step

test("a host's slot=after-results child shows under the results only, as the host's own markup", async () => {
  const host = await serveHost({
    "/host.html": (files) =>
      hostPage(
        files,
        `<style>.next { color: rgb(1, 2, 3); }</style>
        <kindred-check id="widget" context="friend" length="quick" namespace="cta">
          <p slot="after-results" class="next">Want to talk it through? <a href="#book">Book a session</a></p>
        </kindred-check>`,
      ),
  });
  const page = await kindred.newPage();
  await page.goto(`${host.origin}/host.html`);
  const widget = page.locator("#widget");
  const next = page.getByRole("link", { name: "Book a session" });

  await widget.getByRole("button", { name: "Begin", exact: true }).waitFor();
  assert.equal(await next.isVisible(), false, "not on the welcome screen");
  await widget.getByRole("button", { name: "Begin", exact: true }).click();
  await expectProgress(widget, 1, 10);
  assert.equal(await next.isVisible(), false, "not while answering");
  const values = [2, 3, 4, 5, 1, 2, 3, 4, 5, 1];
  await answer(widget, { context: "friend", length: "quick", values });
  await assertResults(widget, expectedResults("quick", values));
  await next.waitFor();
  assert.equal(
    await page.locator(".next").evaluate((el) => getComputedStyle(el).color),
    "rgb(1, 2, 3)",
    "styled by the host page",
  );
  assert.equal(await next.getAttribute("href"), "#book", "the host's markup, untouched");
  await widget.getByRole("button", { name: "Past check-ins", exact: true }).click();
  await widget.getByRole("heading", { level: 2, name: "Past check-ins" }).waitFor();
  assert.equal(await next.isVisible(), false, "gone with the results");
});

test("an iframe's cta-url and cta-text give a link under the results only; a bad address gives none", async () => {
  const cta = "cta-url=https%3A%2F%2Fexample.org%2Fbook%3Ffrom%3Dkindred&amp;cta-text=Book%20a%20session";
  const host = await serveHost({
    "/host.html": (files) =>
      hostPage(
        files,
        `<iframe id="good" title="Kindred" width="800" height="900"
          src="${files}/frame.html?context=friend&amp;length=quick&amp;${cta}"></iframe>
        <iframe id="bad" title="Kindred, again" width="800" height="400"
          src="${files}/frame.html?cta-url=javascript%3Aalert(1)&amp;cta-text=Click"></iframe>`,
      ),
  });
  const page = await kindred.newPage();
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto(`${host.origin}/host.html`);
  const frame = page.frameLocator("#good");
  const link = frame.getByRole("link", { name: "Book a session" });

  await frame.getByRole("button", { name: "Begin", exact: true }).waitFor();
  assert.equal(await link.isVisible(), false, "not on the welcome screen");
  await frame.getByRole("button", { name: "Begin", exact: true }).click();
  const values = [3, 3, 3, 3, 3, 4, 4, 4, 4, 4];
  await answer(frame, { context: "friend", length: "quick", values });
  await assertResults(frame, expectedResults("quick", values));
  await link.waitFor();
  assert.equal(await link.getAttribute("href"), "https://example.org/book?from=kindred", "the address as given");
  assert.equal(await link.getAttribute("rel"), "noopener noreferrer");
  await frame.getByRole("button", { name: "Past check-ins", exact: true }).click();
  await frame.getByRole("heading", { level: 2, name: "Past check-ins" }).waitFor();
  assert.equal(await link.isVisible(), false, "gone with the results");

  const bad = page.frameLocator("#bad");
  await bad.getByRole("button", { name: "Begin", exact: true }).waitFor();
  assert.equal(await bad.getByRole("link").count(), 0, "no link for a javascript: address");
  await eventually(async () => assert.ok(warnings.some((w) => /cta-url must be an https:\/\/ address/.test(w)), `${warnings}`));
});

test("a site owner's support-url is linked from the support line, in the custom element and the iframe; only https is taken", async () => {
  const help = "https://example.org/help?from=Kindred";
  const host = await serveHost({
    "/host.html": (files) =>
      hostPage(
        files,
        `<kindred-check id="good" namespace="good" context="friend" length="quick" support-url=" ${help} "></kindred-check>
        <kindred-check id="bad" namespace="bad" support-url="javascript:alert(1)"></kindred-check>
        <iframe id="frame" title="Kindred" width="800" height="900"
          src="${files}/frame.html?context=friend&amp;length=quick&amp;support-url=${encodeURIComponent(help)}"></iframe>`,
      ),
  });
  const page = await kindred.newPage();
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto(`${host.origin}/host.html`);
  // All five at 0: the support line shows.
  const low = [1, 5, 1, 5, 1, 5, 1, 5, 1, 5];
  const linkName = "Support this site recommends (opens in a new tab)";
  for (const root of [page.locator("#good"), page.frameLocator("#frame")]) {
    await root.getByRole("button", { name: "Begin", exact: true }).click();
    await answer(root, { context: "friend", length: "quick", values: low });
    const line = root.locator("p.support");
    await line.getByText(/^If things feel heavy right now/).waitFor();
    const link = line.getByRole("link", { name: linkName, exact: true });
    assert.equal(await link.getAttribute("href"), help, "the address as given, trimmed");
    assert.equal(await link.getAttribute("target"), "_blank");
    assert.equal(await link.getAttribute("rel"), "noopener noreferrer");
  }
  await eventually(async () =>
    assert.ok(
      warnings.some((w) => /support-url="javascript:alert\(1\)" is not known; using "no link"\. Expected an https:\/\/ address/.test(w)),
      `${warnings}`,
    ),
  );
  assert.equal(await page.locator("#bad a").count(), 0, "no link from a bad address");
});
