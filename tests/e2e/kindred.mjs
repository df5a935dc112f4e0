// What the tests know about Kindred, written down independently of the app
// so the browser tests are a real check on it: the statement bank and its
// order, the scoring rule, and the steps a person takes through the screens.
// Elements are found the way a person or a screen reader finds them: by
// role and accessible name.

import assert from "node:assert/strict";

import { TIMEOUT_MS } from "./harness.mjs";

/** The five characteristics, in the order the results list them. */
export const CHARACTERISTICS = ["Trust", "Vulnerability", "Empathy", "Communication", "Acceptance"];

/** The agreement scale: value 1..5 to the label on its radio button. */
export const SCALE = {
  1: "Strongly disagree",
  2: "Disagree",
  3: "Neither agree nor disagree",
  4: "Agree",
  5: "Strongly agree",
};

/** The relationship choices: label on the set-up screen, and wording. */
export const CONTEXTS = {
  romantic: { label: "A romantic partner", who: "my partner", Who: "My partner" },
  friend: { label: "A friend", who: "my friend", Who: "My friend" },
  family: { label: "A family member", who: "my family member", Who: "My family member" },
};

export const LENGTHS = {
  quick: { label: "Quick check", total: 10 },
  full: { label: "Full check", total: 25 },
};

const D = "direct";
const R = "reversed";

/**
 * The bank (src/assessment/statements.rs; English words from
 * src/i18n/en.rs): id, keying, part of the quick check, wording. Five per characteristic, in characteristic order.
 */
const BANK = [
  ["trust-1", D, true, "I feel safe telling {who} about things that really matter to me."],
  ["trust-2", R, true, "I hold back some feelings because I worry about how {who} might react."],
  ["trust-3", D, false, "When {who} promises to do something for me, I can count on it."],
  ["trust-4", R, false, "I worry that what I share with {who} will be passed on to other people."],
  ["trust-5", D, false, "If I make a mistake, I believe {who} will still be on my side."],
  ["vulnerability-1", D, true, "I let {who} see me when I am sad, scared or unsure."],
  ["vulnerability-2", R, true, "Around {who}, I act as if everything is fine, even when it is not."],
  ["vulnerability-3", D, false, "I can ask {who} for help without feeling ashamed."],
  ["vulnerability-4", R, false, "I keep my hopes and dreams to myself instead of sharing them with {who}."],
  ["vulnerability-5", D, false, "I can tell {who} when I got something wrong."],
  ["empathy-1", D, true, "When {who} is upset, I try to understand how they feel before I respond."],
  ["empathy-2", R, true, "When {who} shares a problem, I tend to jump straight to solutions instead of listening."],
  ["empathy-3", D, false, "I can usually tell when something is bothering {who}, even if they do not say so."],
  ["empathy-4", D, false, "{Who} makes me feel understood when I talk about my feelings."],
  ["empathy-5", R, false, "I find it hard to be patient when {who}'s feelings differ from mine."],
  ["communication-1", D, true, "I can bring up a hard topic with {who}, and we can talk it through."],
  ["communication-2", R, true, "There are important things between {who} and me that we never talk about."],
  ["communication-3", D, false, "When {who} and I disagree, we can each say our side calmly."],
  ["communication-4", R, false, "After talking with {who}, I often feel that I was not really heard."],
  ["communication-5", D, false, "I tell {who} what I need instead of hoping they will guess."],
  ["acceptance-1", D, true, "I can be fully myself around {who}."],
  ["acceptance-2", R, true, "I feel I have to hide parts of myself to be accepted by {who}."],
  ["acceptance-3", D, false, "I accept {who} as they are, even the parts I would not choose."],
  ["acceptance-4", R, false, "I worry that {who} would think less of me if they knew my flaws."],
  ["acceptance-5", D, false, "When {who} makes a choice I would not make, I can still respect it."],
].map(([id, keying, quick, template]) => ({
  id,
  keying,
  quick,
  template,
  characteristic: CHARACTERISTICS.find((c) => id.startsWith(c.toLowerCase())),
}));

/**
 * The statements of a take in the order they are asked: characteristics
 * take turns, and each offers the statement worded the other way from the
 * one just asked, when it has one left (src/assessment/statements.rs).
 */
export function statementsFor(length) {
  const chosen = BANK.filter((s) => length === "full" || s.quick);
  const remaining = CHARACTERISTICS.map((c) => chosen.filter((s) => s.characteristic === c));
  const ordered = [];
  while (ordered.length < chosen.length) {
    for (const own of remaining) {
      if (own.length === 0) continue;
      const last = ordered.at(-1)?.keying;
      const pick = Math.max(0, own.findIndex((s) => s.keying !== last));
      ordered.push(own.splice(pick, 1)[0]);
    }
  }
  return ordered;
}

/** A statement as shown for a relationship context. */
export function statementText(statement, context) {
  const { who, Who } = CONTEXTS[context];
  return statement.template.replaceAll("{Who}", Who).replaceAll("{who}", who);
}

const BANDS = [
  [80, "Strong"],
  [60, "Steady"],
  [40, "Mixed"],
  [0, "Room to grow"],
];

/**
 * The expected results for `values` (answer 1..5 per statement, in the
 * order asked). Direct-keyed answers earn value-1 points, reversed 5-value;
 * a score is round(100 * points / (4 * count)), half up; overall is the
 * mean of the five scores, half up.
 */
export function expectedResults(length, values) {
  const statements = statementsFor(length);
  assert.equal(values.length, statements.length, "one answer per statement");
  const points = Object.fromEntries(CHARACTERISTICS.map((c) => [c, 0]));
  const counts = Object.fromEntries(CHARACTERISTICS.map((c) => [c, 0]));
  const answers = {};
  statements.forEach((s, i) => {
    const value = values[i];
    points[s.characteristic] += s.keying === D ? value - 1 : 5 - value;
    counts[s.characteristic] += 1;
    answers[s.id] = value;
  });
  const scores = Object.fromEntries(
    CHARACTERISTICS.map((c) => {
      const max = 4 * counts[c];
      // Integer arithmetic for "half up": floor((100 * p / max) + 1/2).
      return [c, Math.floor((200 * points[c] + max) / (2 * max))];
    }),
  );
  const total = CHARACTERISTICS.reduce((sum, c) => sum + scores[c], 0);
  const bands = Object.fromEntries(
    CHARACTERISTICS.map((c) => [c, BANDS.find(([min]) => scores[c] >= min)[1]]),
  );
  return { scores, bands, overall: Math.floor((2 * total + 5) / 10), answers };
}

// ---------------------------------------------------------------------------
// Reading the page

/** Polls `check` (which throws until satisfied) until it passes. */
export async function eventually(check, timeout = TIMEOUT_MS) {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((done) => setTimeout(done, 25));
    }
  }
}

/** The parsed `kindred` document in localStorage (null when absent). */
export async function storedDocument(pageOrFrame, key = "kindred") {
  return pageOrFrame.evaluate(readFormat2, key);
}

/**
 * Reads the format 2 records of the namespace under `key` (see
 * docs/stored-format.md), written down here independently of the app, as
 * one view: `{ format, in_progress, history, open_results }`, where
 * `in_progress` is the newest take in progress (or null) and `history` the
 * finished takes oldest first. Null when nothing of the namespace is
 * stored. Runs in the page.
 */
export function readFormat2(key) {
  const parse = (k) => JSON.parse(localStorage.getItem(k));
  const ids = (kind) =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith(`${key}.${kind}.`))
      .map((k) => Number(k.slice(`${key}.${kind}.`.length)))
      .sort((a, b) => a - b);
  const meta = localStorage.getItem(`${key}.meta`);
  const progress = ids("progress").map((id) => parse(`${key}.progress.${id}`));
  const history = ids("take").map((id) => parse(`${key}.take.${id}`));
  if (meta === null && progress.length === 0 && history.length === 0) return null;
  for (const record of [...progress, ...history]) {
    if (record.format !== 2) throw new Error(`not a format 2 record: ${JSON.stringify(record)}`);
  }
  progress.sort((a, b) => b.started_at_ms - a.started_at_ms);
  return {
    format: meta === null ? null : JSON.parse(meta).format,
    in_progress: progress[0] ?? null,
    history,
    open_results: meta === null ? null : JSON.parse(meta).open_results,
  };
}

/** Every localStorage entry of the page's origin. */
export async function storedEntries(page) {
  return page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
}

/** The status region where Kindred says things about saving. */
export function notices(root) {
  return root.getByRole("status");
}

/** Waits for the progress line "Statement n of total". */
export async function expectProgress(root, number, total) {
  await root.getByText(`Statement ${number} of ${total}`, { exact: true }).waitFor();
}

/** The statement's group (fieldset), named by its legend. */
export function statementGroup(root, context) {
  return root.getByRole("group", { name: new RegExp(`^Thinking about ${CONTEXTS[context].who}:`) });
}

/** The answer radio for value 1..5. */
export function answerRadio(root, value) {
  return root.getByRole("radio", { name: SCALE[value], exact: true });
}

/** Which answer value is checked on screen, or null. */
export async function checkedAnswer(root) {
  for (const value of [1, 2, 3, 4, 5]) {
    if (await answerRadio(root, value).isChecked()) return value;
  }
  return null;
}

/** Waits until `locator` holds keyboard focus. */
export async function expectFocused(locator, message) {
  await eventually(async () => {
    const focused = await locator.evaluate((el) => el === el.ownerDocument.activeElement);
    assert.ok(focused, message ?? `expected focus on ${locator}`);
  });
}

/** A short description of the focused element, for assertions. */
export async function focusedElement(root) {
  return root.evaluate(() => {
    const el = document.activeElement;
    const label = el?.labels?.[0]?.textContent?.trim() ?? null;
    return {
      tag: el?.tagName.toLowerCase() ?? null,
      type: el?.getAttribute("type") ?? null,
      label,
      checked: el?.checked ?? null,
      text: el?.textContent?.trim() ?? "",
    };
  });
}

/**
 * The results as shown: overall, and per characteristic its score and
 * band, from the text list (each characteristic is a level-4 heading).
 */
export async function shownResults(root) {
  await root.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
  const overallText = await root.getByText(/^Overall closeness, as your answers describe it today: \d+ out of 100$/).textContent();
  const scores = {};
  const bands = {};
  for (const name of CHARACTERISTICS) {
    const heading = root.getByRole("heading", { level: 4, name: new RegExp(`^${name}`) });
    const text = (await heading.textContent()).trim();
    const match = text.match(new RegExp(`^${name}\\s*(\\d+) out of 100 · (.+)$`));
    assert.ok(match, `score heading for ${name} reads "${text}"`);
    scores[name] = Number(match[1]);
    bands[name] = match[2];
  }
  const chart = await root.getByRole("img", { name: /^Radar chart/ }).getAttribute("aria-label");
  return { overall: Number(overallText.match(/(\d+)/)[1]), scores, bands, chart };
}

/** The radar chart's text alternative for a set of scores (a list the way
 * the browser's Intl.ListFormat writes it in English). */
export function chartLabel(scores) {
  const list = new Intl.ListFormat("en").format(CHARACTERISTICS.map((c) => `${c} ${scores[c]}`));
  return `Radar chart of your five scores out of 100: ${list}.`;
}

/** Asserts the results on screen are the ones the answers should give. */
export async function assertResults(root, expected) {
  const shown = await shownResults(root);
  assert.deepEqual(shown.scores, expected.scores, "scores per characteristic");
  assert.deepEqual(shown.bands, expected.bands, "band per characteristic");
  assert.equal(shown.overall, expected.overall, "overall score");
  assert.equal(shown.chart, chartLabel(expected.scores), "radar chart's text alternative");
  return shown;
}

// ---------------------------------------------------------------------------
// Doing things with a pointer (the keyboard test drives keys itself)

/** From the welcome or results screen, starts a take through the set-up screen. */
export async function startTake(root, { context = "friend", length = "quick" } = {}) {
  const setupHeading = root.getByRole("heading", { level: 2, name: "Set up your check-in" });
  if (!(await setupHeading.isVisible())) {
    const begin = root.getByRole("button", { name: /^(Begin|Start a new check-in|Start again)$/ });
    await begin.click();
  }
  await setupHeading.waitFor();
  await root.getByRole("radio", { name: CONTEXTS[context].label, exact: true }).check();
  await root.getByRole("radio", { name: new RegExp(`^${LENGTHS[length].label}`) }).check();
  await root.getByRole("button", { name: "Start", exact: true }).click();
  await expectProgress(root, 1, LENGTHS[length].total);
}

/**
 * Answers the statements of the take on screen with `values`, starting at
 * statement `from` (1-based), checking the statement text as it goes.
 * `afterEach(number)` runs after each move on.
 */
export async function answer(root, { context, length, values, from = 1, afterEach }) {
  const statements = statementsFor(length);
  const total = statements.length;
  for (let i = 0; i < values.length; i++) {
    const number = from + i;
    await expectProgress(root, number, total);
    const text = statementText(statements[number - 1], context);
    await root.getByText(text, { exact: true }).waitFor();
    await answerRadio(root, values[i]).check();
    await root.getByRole("button", { name: "Next", exact: true }).click();
    // After the last, every answer is shown for review before the results.
    if (number === total) await root.getByRole("button", { name: "See my results", exact: true }).click();
    if (afterEach) await afterEach(number);
  }
}

/** A whole take with a pointer, ending on the results screen. */
export async function completeTake(root, { context = "friend", length = "quick", values }) {
  await startTake(root, { context, length });
  await answer(root, { context, length, values });
  await root.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
  return expectedResults(length, values);
}

/**
 * Fills the page origin's localStorage until not one more character fits,
 * then frees `room` characters. Returns how many characters were stored.
 */
export async function fillStorage(page, room) {
  return page.evaluate((room) => {
    let total = 0;
    let index = 0;
    let chunk = 1 << 20;
    while (chunk >= 1) {
      try {
        localStorage.setItem(`e2e-fill-${index}`, "x".repeat(chunk));
        total += chunk;
        index += 1;
      } catch (error) {
        if (error.name !== "QuotaExceededError") throw error;
        chunk = Math.floor(chunk / 2);
      }
    }
    if (room > 0) {
      const first = localStorage.getItem("e2e-fill-0");
      localStorage.setItem("e2e-fill-0", first.slice(room));
      total -= room;
    }
    return { total, items: index };
  }, room);
}
