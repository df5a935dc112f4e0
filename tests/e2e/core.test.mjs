// The core journeys through Kindred in a real Chromium: a take done by
// keyboard alone, results and progress that survive a reload, and a
// check-in that keeps working when storage is damaged, blocked or full.
//
// Run: node --test tests/e2e/   (KINDRED_DIST picks the build to test)

import { test } from "node:test";
import assert from "node:assert/strict";

import { DIST, useKindred } from "./harness.mjs";
import {
  SCALE,
  answer,
  answerRadio,
  assertResults,
  checkedAnswer,
  completeTake,
  eventually,
  expectFocused,
  expectProgress,
  expectedResults,
  focusedElement,
  notices,
  startTake,
  statementGroup,
  statementText,
  statementsFor,
  storedDocument,
  storedEntries,
  fillStorage,
} from "./kindred.mjs";

const kindred = useKindred();

/** Opens the app in a fresh context and waits until it has drawn. */
async function openApp(options) {
  const page = await kindred.newPage(options);
  await page.goto(kindred.url);
  await page.getByRole("heading", { level: 2 }).first().waitFor();
  return page;
}

// A varied pattern: every value of the scale, agreeing and disagreeing
// with direct and reversed statements, and scores that need rounding.
// Asked in the order trust-1, vulnerability-2, empathy-1, communication-2,
// acceptance-1, trust-2, vulnerability-1, empathy-2, communication-1,
// acceptance-2 (direct and reverse-worded take turns).
const QUICK_VALUES = [5, 1, 4, 2, 3, 4, 2, 5, 1, 3];

test("a quick check can be done by keyboard alone, and scores what was answered", async () => {
  const page = await openApp();
  const context = "friend";
  const statements = statementsFor("quick");

  // A widget must not steal focus on load.
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true);

  await page.keyboard.press("Tab");
  await expectFocused(page.getByRole("button", { name: "Begin" }), "Tab reaches Begin first");
  await page.keyboard.press("Enter");

  // Set-up: focus moves to the new screen's heading.
  await expectFocused(page.getByRole("heading", { level: 2, name: "Set up your check-in" }));
  await page.keyboard.press("Tab");
  await expectFocused(page.getByRole("radio", { name: "A romantic partner", exact: true }));
  await page.keyboard.press("ArrowDown"); // arrows move and choose within a group
  const friend = page.getByRole("radio", { name: "A friend", exact: true });
  await expectFocused(friend);
  assert.equal(await friend.isChecked(), true, "ArrowDown chose A friend");

  // The optional name: typed, or passed over with Tab.
  await page.keyboard.press("Tab");
  const name = page.getByRole("textbox", { name: "Their name or a label (optional)" });
  await expectFocused(name);
  await page.keyboard.press("Tab");
  const quick = page.getByRole("radio", { name: /^Quick check/ });
  await expectFocused(quick);
  await page.keyboard.press("Space");
  assert.equal(await quick.isChecked(), true, "Space chose the quick check");
  // Shift+Tab goes back through the name to the chosen option of the
  // previous group.
  await page.keyboard.press("Shift+Tab");
  await expectFocused(name);
  await page.keyboard.press("Shift+Tab");
  await expectFocused(friend);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expectFocused(quick);
  await page.keyboard.press("Tab");
  await expectFocused(page.getByRole("button", { name: "Start", exact: true }));
  await page.keyboard.press("Enter");

  for (let i = 0; i < statements.length; i++) {
    const number = i + 1;
    const value = QUICK_VALUES[i];
    await expectProgress(page, number, 10);
    // Focus lands on the statement itself, so it is read out first.
    const text = statementText(statements[i], context);
    await eventually(async () => {
      const focused = await focusedElement(page);
      assert.equal(focused.text, text, `focus on statement ${number}`);
    });
    assert.equal(await checkedAnswer(page), null, `statement ${number} starts unanswered`);

    // Into the scale: with nothing chosen, Tab lands on its first option.
    await page.keyboard.press("Tab");
    await expectFocused(answerRadio(page, 1));
    if (value === 1) {
      await page.keyboard.press("Space");
    } else if (value === 4) {
      // Past it and back again, to use both arrow directions.
      for (let step = 0; step < 4; step++) await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowLeft");
    } else {
      for (let step = 1; step < value; step++) await page.keyboard.press("ArrowRight");
    }
    await expectFocused(answerRadio(page, value));
    assert.equal(await checkedAnswer(page), value, `statement ${number} answered ${SCALE[value]}`);

    await page.keyboard.press("Tab");
    const next = page.getByRole("button", { name: "Next", exact: true });
    await expectFocused(next);
    if (number === 3) {
      // Shift+Tab returns to the chosen answer, not the first option.
      await page.keyboard.press("Shift+Tab");
      await expectFocused(answerRadio(page, value));
      await page.keyboard.press("Tab");
      await expectFocused(next);
    }
    // Buttons answer to both Enter and Space.
    await page.keyboard.press(number % 2 ? "Enter" : "Space");
  }

  // The review: focus on its heading, every statement with the answer
  // chosen, a Change button for each, then See my results.
  await expectFocused(page.getByRole("heading", { level: 2, name: "Check your answers" }));
  const reviewed = await page.locator("ol.answers li").evaluateAll((items) =>
    items.map((li) => [li.querySelector(".text").textContent, li.querySelector("strong").textContent]),
  );
  assert.deepEqual(
    reviewed,
    statements.map((s, i) => [statementText(s, context), SCALE[QUICK_VALUES[i]]]),
  );
  for (let number = 1; number <= statements.length; number++) {
    await page.keyboard.press("Tab");
    await expectFocused(page.getByRole("button", { name: `Change answer ${number}`, exact: true }));
  }
  await page.keyboard.press("Tab");
  await expectFocused(page.getByRole("button", { name: "See my results", exact: true }));
  await page.keyboard.press("Enter");

  const expected = expectedResults("quick", QUICK_VALUES);
  await expectFocused(page.getByRole("heading", { level: 2, name: "Your results" }));
  await assertResults(page, expected);
  // The expectation itself, worked by hand, so a slip in the oracle shows.
  assert.deepEqual(expected.scores, {
    Trust: 63,
    Vulnerability: 63,
    Empathy: 38,
    Communication: 38,
    Acceptance: 50,
  });
  assert.equal(expected.overall, 50);
});

test("results are kept after a reload, in format 2 records under `kindred.`", async () => {
  const page = await openApp();
  const values = [4, 2, 5, 3, 1, 2, 4, 1, 3, 5];
  const expected = await completeTake(page, { context: "romantic", values });
  await assertResults(page, expected);

  const before = await storedDocument(page);
  assert.equal(before.format, 2);
  assert.equal(before.in_progress, null, "nothing left in progress");
  assert.equal(before.history.length, 1);
  const [take] = before.history;
  assert.equal(take.context, "romantic");
  assert.equal(take.length, "quick");
  assert.deepEqual(take.answers, expected.answers, "every answer stored by statement id");
  assert.deepEqual(take.scores, {
    trust: expected.scores.Trust,
    vulnerability: expected.scores.Vulnerability,
    empathy: expected.scores.Empathy,
    communication: expected.scores.Communication,
    acceptance: expected.scores.Acceptance,
    overall: expected.overall,
  });
  assert.ok(take.finished_at_ms >= take.started_at_ms);
  assert.equal(before.open_results, take.id, "the results on screen are remembered");

  await page.reload();
  await assertResults(page, expected);
  assert.deepEqual(await storedDocument(page), before, "a reload changes nothing stored");
});

test("a half-finished full check resumes where it was left after the tab is closed", async () => {
  const context = "family";
  const statements = statementsFor("full");
  const values = [2, 5, 1, 4, 3, 5, 2];
  const first = await openApp();
  await startTake(first, { context, length: "full" });
  await answer(first, { context, length: "full", values });
  await expectProgress(first, 8, 25);
  const saved = await storedDocument(first);
  assert.equal(saved.in_progress.position, 7);
  assert.equal(Object.keys(saved.in_progress.answers).length, 7);
  await first.close();

  const page = await kindred.anotherPage(first);
  await page.goto(kindred.url);
  await expectProgress(page, 8, 25);
  await page.getByText(statementText(statements[7], context), { exact: true }).waitFor();
  assert.equal(await checkedAnswer(page), null, "statement 8 was never answered");

  await page.getByRole("button", { name: "Back", exact: true }).click();
  await expectProgress(page, 7, 25);
  await page.getByText(statementText(statements[6], context), { exact: true }).waitFor();
  assert.equal(await checkedAnswer(page), values[6], "statement 7 keeps its answer");
  await page.getByRole("button", { name: "Back", exact: true }).click();
  await expectProgress(page, 6, 25);
  assert.equal(await checkedAnswer(page), values[5], "statement 6 keeps its answer");
});

test("moving on without an answer says what to do and puts focus on the scale", async () => {
  const page = await openApp();
  await startTake(page, { context: "friend", length: "quick" });
  const group = statementGroup(page, "friend");

  await page.getByRole("button", { name: "Next", exact: true }).click();
  const error = page.getByText("Choose how much you agree with the statement");
  await error.waitFor();
  await expectProgress(page, 1, 10);
  await eventually(async () => {
    const focused = await focusedElement(page);
    assert.equal(focused.type, "radio", "focus is on an answer");
    assert.ok(Object.values(SCALE).includes(focused.label), `labelled answer, got ${focused.label}`);
  });
  // The error is tied to the question for screen readers.
  const describedBy = await group.getAttribute("aria-describedby");
  assert.ok(describedBy, "the statement group has a description");
  const description = await page.evaluate(
    (ids) => ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent).join(" "),
    describedBy,
  );
  assert.match(description, /Choose how much you agree with the statement/);
  assert.equal(await storedDocument(page).then((d) => d.in_progress.position), 0);

  await answerRadio(page, 4).check();
  await error.waitFor({ state: "hidden" });
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expectProgress(page, 2, 10);
});

test("unreadable saved data is kept aside, and a new check-in is saved normally", async () => {
  const page = await openApp({
    // Only before the app's first load (not in the blank page a new tab
    // starts with): a reload must see what the app wrote.
    initScript: (origin) => {
      if (location.origin !== origin) return;
      if (!sessionStorage.getItem("e2e-seeded")) {
        sessionStorage.setItem("e2e-seeded", "1");
        localStorage.setItem("kindred", "{not json");
      }
    },
    initArg: kindred.origin,
  });

  const status = notices(page);
  await status.getByText(/could not be read/).waitFor();
  const message = await status.textContent();
  assert.match(message, /A copy of it is kept, untouched/);
  assert.match(message, /you can carry on from a fresh start/);
  assert.doesNotMatch(message, /kindred\./, "no storage key is shown to the person");

  const entries = await storedEntries(page);
  const key = Object.keys(entries).find((k) => k.startsWith("kindred.unreadable."));
  assert.ok(key, `a copy is kept aside: ${Object.keys(entries)}`);
  assert.equal(entries[key], "{not json", "the original text is kept, untouched");
  assert.equal(entries.kindred, undefined, "the old key is free again");

  const values = [1, 2, 3, 4, 5, 5, 4, 3, 2, 1];
  const expected = await completeTake(page, { values });
  await assertResults(page, expected);
  const document = await storedDocument(page);
  assert.equal(document.format, 2);
  assert.equal(document.history.length, 1);
  assert.deepEqual(document.history[0].answers, expected.answers);
  assert.equal((await storedEntries(page))[key], "{not json", "the kept copy survives saving");

  await page.reload();
  await assertResults(page, expected);
  assert.equal(await status.getByText(/could not be read/).count(), 0, "nothing unreadable now");
  assert.equal((await storedEntries(page))[key], "{not json", "the copy is still kept after a reload");

  // Deleting everything, once confirmed, takes the copy kept aside too.
  await page.getByRole("button", { name: "Past check-ins", exact: true }).click();
  await page.getByRole("button", { name: "Delete all check-ins" }).click();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await page.getByText("No finished check-ins are saved in this browser.").waitFor();
  await eventually(async () => {
    const left = Object.keys(await storedEntries(page)).filter((k) => k.startsWith("kindred.unreadable."));
    assert.deepEqual(left, [], "no copy of unreadable data is left");
  });
});

// A sandboxed frame without allow-same-origin has an opaque origin: reading
// localStorage throws a SecurityError, as in a browser that blocks storage.
// Its requests count as cross-origin, so the site sends CORS headers, as
// any real site embedding Kindred this way must. The app sits in a
// subfolder and is framed by a relative URL, so its own relative URLs are
// exercised too. The journey runs in the strictest sandbox
// ("allow-scripts" only) and with forms allowed.
for (const sandbox of ["allow-scripts", "allow-scripts allow-forms"]) {
  test(`when storage is blocked (iframe sandbox="${sandbox}"), a whole check-in still works`, async () => {
    const site = await kindred.serve(DIST, {
      base: "/apps/kindred/",
      headers: { "Access-Control-Allow-Origin": "*" },
      pages: {
        "/host.html": `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host page</title><link rel="icon" href="data:,"></head>
<body><h1>A host page</h1>
<iframe sandbox="${sandbox}" src="apps/kindred/index.html" title="Kindred" width="900" height="700"></iframe>
</body></html>`,
      },
    });
    const page = await kindred.newPage();
    await page.goto(`${site.origin}/host.html`);
    const frame = page.frameLocator('iframe[title="Kindred"]');

    await notices(frame)
      .getByText(
        "This browser is not letting Kindred save anything, so your answers are kept only while this page is open. You can still finish your check-in.",
      )
      .waitFor();
    const blocked = await page
      .frames()
      .find((f) => f.url() === `${site.url}index.html`)
      .evaluate(() => {
        try {
          return String(window.localStorage);
        } catch (error) {
          return error.name;
        }
      });
    assert.equal(blocked, "SecurityError", "the frame really has no storage");

    const values = [3, 4, 2, 5, 1, 1, 5, 2, 4, 3];
    const expected = await completeTake(frame, { context: "romantic", values });
    await assertResults(frame, expected);
    await frame.getByRole("button", { name: "Past check-ins" }).click();
    await frame.getByText(`overall ${expected.overall} out of 100`, { exact: false }).waitFor();
  });
}

test("a nearly full storage says so while the check-in carries on, and saves once there is room", async () => {
  const page = await openApp();
  await page.getByRole("button", { name: "Begin" }).waitFor();
  // Fill the origin's quota to the last character, then free a little:
  // enough for the app's own write test and for starting a take, not
  // for a whole take.
  const room = 160;
  const fill = await fillStorage(page, room);
  assert.ok(fill.total > 1_000_000, `filled ${fill.total} characters`);
  await page.reload();
  await page.getByRole("button", { name: "Begin" }).waitFor();
  const status = notices(page);
  assert.equal((await status.textContent()).trim(), "", "no notice before anything is saved");

  await startTake(page, { context: "friend", length: "quick" });
  assert.equal((await status.textContent()).trim(), "", "starting a take still fits");
  assert.ok((await storedDocument(page)).in_progress, "the new take was saved");

  const full = status.getByText(/storage for this site is full/);
  let firstUnsaved = null;
  const values = [5, 4, 3, 2, 1, 1, 2, 3, 4, 5];
  await answer(page, {
    context: "friend",
    length: "quick",
    values,
    afterEach: async (number) => {
      if (firstUnsaved === null && (await full.count()) > 0) firstUnsaved = number;
    },
  });
  assert.ok(firstUnsaved !== null, "the full-storage notice appeared while answering");
  assert.ok(firstUnsaved < 10, `it appeared at statement ${firstUnsaved}, before the end`);
  const expected = expectedResults("quick", values);
  await assertResults(page, expected);
  await full.waitFor();
  assert.match(await status.textContent(), /delete past check-ins to make room/);

  assert.match(await status.textContent(), /Your finished check-in could not be saved/);
  const kept = await storedDocument(page);
  assert.equal(kept.history.length, 0, "the finished take did not fit");
  assert.equal(kept.in_progress, null, "a finished take is never left as in progress");

  // Make room; the next change saves everything that was kept in memory.
  await page.evaluate(() => localStorage.removeItem("e2e-fill-0"));
  await page.getByRole("button", { name: "Past check-ins" }).click();
  await full.waitFor({ state: "detached" });
  const saved = await storedDocument(page);
  assert.equal(saved.in_progress, null);
  assert.deepEqual(saved.history.map((t) => t.answers), [expected.answers]);
  await page.reload();
  await page.getByRole("button", { name: "Past check-ins (1)" }).waitFor();
});

test("a completely full storage still shows what was saved, and says it is full", async () => {
  const page = await openApp();
  const values = [4, 4, 4, 4, 4, 2, 2, 2, 2, 2];
  const expected = await completeTake(page, { values });
  await page.getByRole("button", { name: "Past check-ins" }).click();
  await page.getByRole("button", { name: "Back to the start" }).click();
  const saved = await storedDocument(page);
  assert.equal(saved.history.length, 1);

  // Not one more character fits for this origin.
  await fillStorage(page, 0);
  await page.reload();
  await page.getByRole("heading", { level: 2, name: "How close do you feel?" }).waitFor();

  // Reading still works, so the person sees their check-in; only writing
  // fails, and that is what they are told when it happens.
  const status = notices(page);
  assert.doesNotMatch(
    await status.textContent(),
    /not letting Kindred save anything/,
    "a full storage is not a blocked storage",
  );
  await page.getByRole("button", { name: "Past check-ins (1)" }).waitFor({ timeout: 2_000 });
  const full = status.getByText(/storage for this site is full/);
  await startTake(page, { context: "friend", length: "quick" });
  await full.waitFor();
  await answer(page, { context: "friend", length: "quick", values: [3] });
  await page.getByRole("button", { name: "Take a break (your answers are kept)" }).click();
  await page.getByRole("button", { name: "Continue your check-in (1 of 10 answered)" }).waitFor();

  // As the notice suggests, deleting a past check-in makes room: the
  // take in progress is saved then.
  await page.getByRole("button", { name: "Past check-ins (1)" }).click();
  await page.getByText(`overall ${expected.overall} out of 100`, { exact: false }).waitFor();
  await page.getByRole("button", { name: /^Delete the check-in of / }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await full.waitFor({ state: "detached" });
  const after = await storedDocument(page);
  assert.deepEqual(after.history, []);
  assert.deepEqual(after.in_progress.answers, { "trust-1": 3 });
});

test("past check-ins can be viewed, deleted one by one, and deleted all together", async () => {
  const page = await openApp();
  // Two takes with different overall scores, so each is easy to tell apart.
  const warm = await completeTake(page, { context: "friend", values: [5, 1, 5, 1, 5, 1, 5, 1, 5, 1] });
  assert.equal(warm.overall, 100);
  const cool = await completeTake(page, { context: "family", values: [2, 4, 2, 4, 2, 4, 2, 4, 2, 4] });
  assert.equal(cool.overall, 25);

  const stored = await storedDocument(page);
  assert.equal(stored.history.length, 2);
  const [warmId, coolId] = stored.history.map((t) => t.id);
  assert.notEqual(warmId, coolId);

  await page.getByRole("button", { name: "Past check-ins" }).click();
  await page.getByRole("heading", { level: 2, name: "Past check-ins" }).waitFor();
  const entries = page.getByRole("listitem").filter({ hasText: /overall \d+ out of 100/ });
  assert.equal(await entries.count(), 2);
  // Newest first.
  assert.match(await entries.nth(0).textContent(), /A family member · Quick check · overall 25 out of 100/);
  assert.match(await entries.nth(1).textContent(), /A friend · Quick check · overall 100 out of 100/);
  const entry = (overall) => entries.filter({ hasText: `overall ${overall} out of 100` });

  // View one.
  await entry(100).getByRole("button", { name: /^View results of the check-in of / }).click();
  await assertResults(page, warm);
  assert.equal((await storedDocument(page)).open_results, warmId);
  await page.getByRole("button", { name: "Past check-ins" }).click();
  await page.getByRole("heading", { level: 2, name: "Past check-ins" }).waitFor();
  assert.equal((await storedDocument(page)).open_results, null);

  const heading = page.getByRole("heading", { level: 2, name: "Past check-ins" });

  // Delete one: asked first, the group named by the question, with focus
  // on the safe choice (two presses of Enter never delete), and "Keep it"
  // keeps it and returns focus to the button that asked.
  const askDelete = entry(25).getByRole("button", { name: /^Delete the check-in of / });
  await askDelete.click();
  const confirm = page.getByRole("group", { name: /^Delete the check-in of .+\? This cannot be undone\.$/ });
  await confirm.waitFor();
  await expectFocused(confirm.getByRole("button", { name: "Keep it" }));
  assert.equal(await confirm.count(), 1, "only that check-in asks");
  await page.keyboard.press("Enter");
  await confirm.waitFor({ state: "detached" });
  await expectFocused(askDelete);
  assert.equal((await storedDocument(page)).history.length, 2, "kept after Keep it");

  await entry(25).getByRole("button", { name: /^Delete the check-in of / }).click();
  await confirm.getByRole("button", { name: "Yes, delete it" }).click();
  await entry(25).waitFor({ state: "detached" });
  await expectFocused(heading);
  assert.equal(await entries.count(), 1);
  assert.deepEqual(
    (await storedDocument(page)).history.map((t) => t.id),
    [warmId],
    "only the deleted check-in is gone",
  );

  // Delete all: asked first, and Cancel keeps everything.
  await page.getByRole("button", { name: "Delete all check-ins" }).click();
  const confirmAll = page.getByRole("group", { name: /^Delete your one check-in .*This cannot be undone\.$/ });
  await confirmAll.waitFor();
  await expectFocused(confirmAll.getByRole("button", { name: "Cancel" }));
  await confirmAll.getByRole("button", { name: "Cancel" }).click();
  await confirmAll.waitFor({ state: "detached" });
  assert.equal((await storedDocument(page)).history.length, 1, "kept after Cancel");

  await page.getByRole("button", { name: "Delete all check-ins" }).click();
  await confirmAll.getByRole("button", { name: "Yes, delete everything" }).click();
  await page.getByText("No finished check-ins are saved in this browser.").waitFor();
  await expectFocused(heading);
  assert.deepEqual(await storedEntries(page), {}, "nothing of Kindred is left in storage");

  await page.getByRole("button", { name: "Back to the start" }).click();
  await page.getByRole("button", { name: "Begin" }).waitFor();
  assert.equal(await page.getByRole("button", { name: /^Past check-ins/ }).count(), 0);
});

test("no request leaves for anywhere but the app's own origin", async () => {
  const page = await openApp();
  const values = [3, 5, 1, 4, 2, 2, 4, 1, 5, 3];
  await completeTake(page, { values });
  await page.getByRole("button", { name: "Past check-ins" }).click();
  await page.getByRole("button", { name: /^View results of the check-in of / }).click();
  await page.reload();
  await assertResults(page, expectedResults("quick", values));

  // Every request of the context: pages, frames and the service worker.
  const { requests } = page.context();
  assert.ok(
    requests.some((url) => url.endsWith(".wasm")),
    "requests were recorded (the app's WebAssembly among them)",
  );
  const elsewhere = requests.filter(
    (url) => !url.startsWith(`${kindred.origin}/`) && !url.startsWith("data:"),
  );
  assert.deepEqual(elsewhere, [], "requests to other origins");
});

test("two tabs of Kindred stay in step: what one saves, the other shows and never writes over", async () => {
  const first = await openApp();
  const second = await kindred.anotherPage(first);
  await second.goto(kindred.url);
  await second.getByRole("button", { name: "Begin", exact: true }).waitFor();

  // Answers given in the first tab reach the second while it sits on the
  // welcome screen.
  await startTake(first, { context: "family", length: "quick" });
  await answer(first, { context: "family", length: "quick", values: [4, 2] });
  await second
    .getByRole("button", { name: "Continue your check-in (2 of 10 answered)", exact: true })
    .waitFor();

  // The second tab carries on from there; the first then shows its answer.
  await second.getByRole("button", { name: /^Continue your check-in/ }).click();
  await expectProgress(second, 3, 10);
  await answer(second, { context: "family", length: "quick", values: [5], from: 3 });
  await expectProgress(first, 4, 10);

  const saved = await storedDocument(first);
  assert.equal(Object.keys(saved.in_progress.answers).length, 3, "all three answers are kept");
  assert.equal(saved.in_progress.position, 3);
});
