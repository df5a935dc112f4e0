// Over time and together (issue "Over time and together"): print, the
// change since last time, and comparing with the other person by code.
//
// Run: node --test tests/e2e/   (KINDRED_DIST picks the build to test)

import { test } from "node:test";
import assert from "node:assert/strict";

import { useKindred } from "./harness.mjs";
import { axeViolations, describeViolations } from "./axe.mjs";
import { CHARACTERISTICS, CONTEXTS, answer, completeTake, eventually, expectFocused, statementsFor } from "./kindred.mjs";

const kindred = useKindred();

/** Pages in a PDF Chromium printed. */
const pageCount = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

for (const length of ["quick", "full"]) {
  test(`the ${length} check's results print on one A4 or Letter page, in black on white, with no controls`, async () => {
    const page = await kindred.newPage();
    await page.goto(kindred.url);
    const root = page.locator("#kindred");
    const count = length === "quick" ? 10 : 25;
    // Answers that differ, so the results carry highlights and notes on
    // answers pointing in opposite directions: a long page.
    await completeTake(root, { context: "friend", length, values: Array.from({ length: count }, (_, i) => (i % 5) + 1) });

    // The button opens the browser's print dialog.
    await page.evaluate(() => (window.print = () => (window.__printed = (window.__printed ?? 0) + 1)));
    await root.getByRole("button", { name: "Print or save as PDF", exact: true }).click();
    assert.equal(await page.evaluate(() => window.__printed), 1);

    for (const format of ["A4", "Letter"]) {
      assert.equal(pageCount(await page.pdf({ format })), 1, `${format}: one page`);
    }
    // German words are the longest; Arabic runs right to left.
    for (const lang of ["de", "ar"]) {
      const other = await kindred.newPage();
      await other.goto(page.url());
      await other.evaluate((entries) => {
        for (const [key, value] of entries) localStorage.setItem(key, value);
      }, await page.evaluate(() => Object.entries(localStorage)));
      await other.goto(`${kindred.url}?lang=${lang}`);
      await other.locator(".radar").waitFor();
      for (const format of ["A4", "Letter"]) {
        assert.equal(pageCount(await other.pdf({ format })), 1, `${lang}, ${format}: one page`);
      }
    }
    // Black on white even on a system set to dark.
    for (const colorScheme of ["light", "dark"]) {
      await page.emulateMedia({ media: "print", colorScheme });
      const printed = await page.evaluate(() => {
        const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
        const shape = document.querySelector(".radar .shape");
        return {
          controls: [...document.querySelectorAll("button, select, .notices")].filter(visible).map((el) => el.textContent.trim()),
          chart: visible(document.querySelector(".radar")),
          labels: [...document.querySelectorAll(".radar text.label")].filter(visible).length,
          stroke: getComputedStyle(shape).stroke,
          text: getComputedStyle(document.querySelector(".kindred")).color,
          background: getComputedStyle(document.querySelector(".kindred")).backgroundColor,
        };
      });
      assert.deepEqual(printed, {
        controls: [],
        chart: true,
        labels: 5,
        stroke: "rgb(0, 0, 0)",
        text: "rgb(0, 0, 0)",
        background: "rgb(255, 255, 255)",
      }, colorScheme);
    }
  });
}

const DAY_MS = 86_400_000;

/** A finished quick take's format 2 record: every answer `value`. */
function takeRecord(context, finishedAgoDays, value) {
  const finished = Date.now() - finishedAgoDays * DAY_MS;
  const id = finished - 120_000;
  const answers = Object.fromEntries(statementsFor("quick").map((s) => [s.id, value]));
  return [
    `kindred.take.${id}`,
    JSON.stringify({ format: 2, id, context, length: "quick", started_at_ms: id, finished_at_ms: finished, answers }),
  ];
}

/** A page whose storage holds `records` before Kindred starts. */
async function pageWith(records) {
  const page = await kindred.newPage({
    initScript: ({ origin, records }) => {
      if (location.origin !== origin || sessionStorage.getItem("seeded")) return;
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem("kindred.meta", JSON.stringify({ format: 2, open_results: null }));
      for (const [key, value] of records) localStorage.setItem(key, value);
    },
    initArg: { origin: kindred.origin, records },
  });
  await page.goto(kindred.url);
  return page;
}

test("the welcome screen offers a new check-in when the last one about someone is over four weeks old", async () => {
  // A partner 40 days ago, a friend 3 days ago: the partner is due.
  const page = await pageWith([takeRecord("romantic", 40, 3), takeRecord("friend", 3, 3)]);
  const root = page.locator("#kindred");
  await root.getByRole("button", { name: "Past check-ins (2)", exact: true }).waitFor();
  const nudge = root.locator(".nudge");
  assert.match(
    await nudge.textContent(),
    /^Your last check-in about your partner was on .+, more than four weeks ago\. A new one shows how things have moved\.$/,
  );
  assert.equal(await nudge.isVisible(), true);

  // Only recent check-ins: nothing is said.
  const fresh = await pageWith([takeRecord("friend", 27, 3), takeRecord("family", 2, 3)]);
  await fresh.locator("#kindred").getByRole("button", { name: "Past check-ins (2)", exact: true }).waitFor();
  assert.equal(await fresh.locator("#kindred .nudge").isVisible(), false);
});

test("the results say how each score moved since the last check-in about the same relationship", async () => {
  // Friend 10 days ago, every answer neutral: every score 50. A family
  // check-in after it must not be taken for the friend's.
  const page = await pageWith([takeRecord("friend", 10, 3), takeRecord("family", 5, 5)]);
  const root = page.locator("#kindred");
  const values = [5, 1, 4, 2, 3, 4, 2, 5, 1, 3];
  const expected = await completeTake(root, { context: "friend", length: "quick", values });
  const sign = (n) => (n > 0 ? `+${n}` : `${n}`);
  const items = CHARACTERISTICS.map((c) => `${c} ${sign(expected.scores[c] - 50)}`).join(", ");
  const line = await root.getByText(/^Since your last check-in about your friend, on /).textContent();
  assert.ok(
    line.endsWith(`: ${items}, and overall closeness ${sign(expected.overall - 50)}.`),
    `${line} (expected the changes ${items})`,
  );

  // The first check-in about a relationship has nothing to compare with.
  await root.getByRole("button", { name: "Start again", exact: true }).click();
  await completeTakeFromSetup(root, "romantic");
  assert.equal(await root.getByText(/^Since your last check-in/).count(), 0);
});

async function completeTakeFromSetup(root, context) {
  await root.getByRole("radio", { name: CONTEXTS[context].label, exact: true }).check();
  await root.getByRole("radio", { name: /^Quick check/ }).check();
  await root.getByRole("button", { name: "Start", exact: true }).click();
  await answer(root, { context, length: "quick", values: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3] });
  await root.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
}

// ---------------------------------------------------------------------------
// Over time: the trend of one relationship and two check-ins compared, on
// the past check-ins screen (in its chunk of WebAssembly).

const TREND_VALUES = [
  [2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
  [3, 4, 3, 4, 3, 4, 3, 4, 3, 4],
  [5, 1, 5, 1, 5, 1, 5, 1, 5, 1],
];

/** Three check-ins about a friend and one about family, then past check-ins. */
async function threeAboutOneFriend(page) {
  const root = page.locator("#kindred");
  const expected = [];
  for (const values of TREND_VALUES) {
    expected.push(await completeTake(root, { context: "friend", values }));
  }
  const family = await completeTake(root, { context: "family", values: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4] });
  await root.getByRole("button", { name: "Past check-ins" }).click();
  await root.getByRole("heading", { level: 3, name: "Over time" }).waitFor();
  return { root, expected, family };
}

/** A table's cells, row by row, as text. */
const tableText = (table) =>
  table.evaluate((t) => [...t.querySelectorAll("tr")].map((tr) => [...tr.children].map((c) => c.textContent.trim())));

test("three check-ins about one person give a trend chart and its table; two check-ins compare", async () => {
  const page = await kindred.newPage({ contextOptions: { viewport: { width: 320, height: 800 } } });
  await page.goto(kindred.url);
  const { root, expected, family } = await threeAboutOneFriend(page);

  // Whose trend: only relationships with two check-ins or more.
  const about = root.getByLabel("About", { exact: true });
  assert.deepEqual(await about.locator("option").allTextContents(), [CONTEXTS.friend.label]);

  // The chart: a named image with one line for overall and one per characteristic.
  const chart = root.locator("svg.trend");
  const name = await chart.getAttribute("aria-label");
  assert.match(
    name,
    new RegExp(`^Your 3 check-ins about this relationship: overall closeness from ${expected[0].overall} on .+ to ${expected[2].overall} on .+\\. Every score is in the table below\\.$`),
  );
  assert.equal(await chart.getAttribute("role"), "img");
  assert.equal(await chart.locator("polyline").count(), 6);
  assert.equal(await chart.locator("circle.trend-dot").count(), 3);

  // Its text alternative: every score, oldest first.
  const trendTable = root.getByRole("table", { name: "Every score, check-in by check-in" });
  const rows = await tableText(trendTable);
  assert.deepEqual(rows[0], ["Date", "Overall", ...CHARACTERISTICS]);
  assert.deepEqual(
    rows.slice(1).map((r) => r.slice(1)),
    expected.map((e) => [String(e.overall), ...CHARACTERISTICS.map((c) => String(e.scores[c]))]),
  );
  // The overall line rises and falls as the overall scores do.
  const overallY = await chart.locator("polyline.overall").evaluate((l) =>
    l.getAttribute("points").split(" ").map((p) => Number(p.split(",")[1])),
  );
  for (let i = 1; i < 3; i++) {
    assert.equal(Math.sign(overallY[i - 1] - overallY[i]), Math.sign(expected[i].overall - expected[i - 1].overall));
  }

  // Compare: by default the latest check-in and the one before it about
  // the same relationship (here the family check-in is the latest).
  const one = root.getByLabel("One check-in", { exact: true });
  const other = root.getByLabel("Another check-in", { exact: true });
  assert.equal(await root.locator(".compare .radar polygon.shape.other").count(), 1, "two shapes overlaid");
  // Pick the second and third friend check-ins.
  const options = await other.locator("option").allTextContents();
  assert.equal(options.length, 4);
  assert.match(options[0], new RegExp(`· A family member · overall ${family.overall}$`));
  await one.selectOption({ index: 2 });
  await other.selectOption({ index: 1 });
  const compared = root.getByRole("table", { name: "Scores at each check-in, and the change" });
  const changeRows = (await tableText(compared)).slice(1);
  const signed = (n) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0");
  assert.deepEqual(
    changeRows,
    [
      ...CHARACTERISTICS.map((c) => [c, String(expected[1].scores[c]), String(expected[2].scores[c]), signed(expected[2].scores[c] - expected[1].scores[c])]),
      ["Overall", String(expected[1].overall), String(expected[2].overall), signed(expected[2].overall - expected[1].overall)],
    ],
  );
  await root.getByText(/^Solid: .+\. Dashed: .+\.$/).waitFor();
  // Which practices moved (or that none did) is said in words.
  assert.ok(
    (await root.locator(".compare p:not([hidden])").allTextContents()).some((p) => /^Practices (now|no longer) in focus: .+\.$|^The same practices are in focus at both check-ins\.$/.test(p)),
    "the practices that moved are named",
  );
  // The same check-in twice asks for two.
  await one.selectOption({ index: 1 });
  await root.getByText("Pick two different check-ins to compare them.").waitFor();
  assert.equal(await compared.count(), 0);

  // 320 px: the page never scrolls sideways (wide tables scroll inside
  // their own focusable region).
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.equal(width, 320);
  for (const region of await root.locator(".table-scroll").all()) {
    assert.equal(await region.getAttribute("tabindex"), "0", "a scrolling region is reachable by keyboard");
  }
});

test("trends and comparisons: axe finds nothing in light and dark, and they print on one page without controls", async () => {
  const page = await kindred.newPage();
  await page.goto(kindred.url);
  const { root } = await threeAboutOneFriend(page);
  for (const colorScheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme });
    assert.deepEqual(await axeViolations(page), [], `axe, ${colorScheme}`);
  }
  await page.evaluate(() => (window.print = () => (window.__printed = (window.__printed ?? 0) + 1)));
  await root.locator(".over-time").getByRole("button", { name: "Print or save as PDF" }).click();
  assert.equal(await page.evaluate(() => window.__printed), 1);
  for (const format of ["A4", "Letter"]) {
    assert.equal(pageCount(await page.pdf({ format })), 1, `${format}: one page`);
  }
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  const printed = await page.evaluate(() => {
    const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
    return {
      controls: [...document.querySelectorAll("button, .takes, .your-data")].filter(visible).length,
      trend: visible(document.querySelector("svg.trend")),
      compared: visible(document.querySelector(".compare .radar")),
      tables: [...document.querySelectorAll(".over-time table")].filter(visible).length,
      background: getComputedStyle(document.querySelector(".kindred")).backgroundColor,
    };
  });
  assert.deepEqual(printed, { controls: 0, trend: true, compared: true, tables: 2, background: "rgb(255, 255, 255)" });
});

// ---------------------------------------------------------------------------
// Whose relationship: an optional private name at set-up keeps check-ins
// about two friends apart.

/** A quick check about a friend named `person` (blank for none). */
async function checkInAbout(root, person, values) {
  const setup = root.getByRole("heading", { level: 2, name: "Set up your check-in" });
  if (!(await setup.isVisible())) {
    await root.getByRole("button", { name: /^(Begin|Start a new check-in|Start again)$/ }).click();
  }
  await setup.waitFor();
  await root.getByLabel("Their name or a label (optional)", { exact: true }).fill(person);
  return completeTake(root, { context: "friend", values });
}

test("a name given at set-up stays on the device, keeps two friends apart, and groups their trend", async () => {
  const page = await kindred.newPage();
  await page.goto(kindred.url);
  const root = page.locator("#kindred");
  const sam1 = await checkInAbout(root, "  Sam ", TREND_VALUES[0]);
  await checkInAbout(root, "Jo", TREND_VALUES[1]);
  const sam2 = await checkInAbout(root, "sam", TREND_VALUES[2]);
  // The change since last time is Sam's, not Jo's (the later check-in).
  const change = await root.locator(".results p.hint").filter({ hasText: /^Since your last check-in/ }).textContent();
  const overallDelta = sam2.overall - sam1.overall;
  const signed = (n) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0");
  assert.ok(change.endsWith(`and overall closeness ${signed(overallDelta)}.`), change);

  // Stored with the take, trimmed, as a format 4 record; nowhere else.
  const records = await page.evaluate(() =>
    Object.entries(localStorage).filter(([k]) => k.startsWith("kindred.take.")).map(([, v]) => JSON.parse(v)),
  );
  assert.deepEqual(records.map((r) => [r.format, r.person]).sort(), [[4, "Jo"], [4, "Sam"], [4, "sam"]]);

  await root.getByRole("button", { name: "Past check-ins" }).click();
  const rows = root.locator(".takes li");
  await rows.first().waitFor();
  assert.match(await rows.nth(0).textContent(), /sam · A friend · Quick check · overall \d+ out of 100/);
  assert.match(await rows.nth(1).textContent(), /Jo · A friend · Quick check/);
  // The list shows one person's check-ins when asked.
  const show = root.getByLabel("Show check-ins about", { exact: true });
  assert.deepEqual(await show.locator("option").allTextContents(), ["Everyone", "sam · A friend", "Jo · A friend"]);
  await show.selectOption({ label: "Jo · A friend" });
  await eventually(async () => {
    const visible = await rows.evaluateAll((lis) => lis.filter((li) => !li.hidden).map((li) => li.textContent));
    assert.equal(visible.length, 1, visible.join(" | "));
    assert.match(visible[0], /Jo · A friend/);
  });
  await show.selectOption({ label: "Everyone" });
  await eventually(async () => assert.equal((await rows.evaluateAll((lis) => lis.filter((li) => !li.hidden))).length, 3));
  // Only Sam has two check-ins: the trend is theirs, whatever the case.
  const about = root.getByLabel("About", { exact: true });
  assert.deepEqual(await about.locator("option").allTextContents(), ["sam · A friend"]);
  const table = await root.getByRole("table", { name: "Every score, check-in by check-in" }).locator("tbody tr").count();
  assert.equal(table, 2);
  // The comparison's menus name the person too.
  const options = await root.getByLabel("One check-in", { exact: true }).locator("option").allTextContents();
  assert.ok(options.some((o) => /· Jo · A friend · overall/.test(o)), options.join("\n"));
  assert.equal(page.context().requests.filter((u) => /Sam|sam|Jo/.test(u)).length, 0, "the name is in no request");
});

test("a name that cannot be kept is refused clearly, with focus on the field", async () => {
  const page = await kindred.newPage();
  await page.goto(kindred.url);
  const root = page.locator("#kindred");
  await root.getByRole("button", { name: "Begin" }).click();
  const field = root.getByLabel("Their name or a label (optional)", { exact: true });
  await root.getByRole("radio", { name: CONTEXTS.friend.label, exact: true }).check();
  await root.getByRole("radio", { name: /^Quick check/ }).check();
  for (const [typed, message] of [
    ["<b>Sam</b>", "Use at most 40 characters, without < or > or line breaks."],
    ["Sam\u0007", "Use at most 40 characters, without < or > or line breaks."],
  ]) {
    await field.fill(typed);
    await root.getByRole("button", { name: "Start", exact: true }).click();
    const error = root.locator(".person .error");
    await error.waitFor();
    assert.equal((await error.textContent()).trim(), `Error: ${message}`);
    await eventually(async () => assert.equal(await field.evaluate((el) => el === el.getRootNode().activeElement), true));
    const described = (await field.getAttribute("aria-describedby")).split(" ");
    assert.ok(described.includes(await error.getAttribute("id")), "the error describes the field");
    assert.equal(await root.getByRole("heading", { level: 2, name: "Set up your check-in" }).count(), 1, "still at set-up");
  }
  // The field holds at most 40 characters; a fixed name starts the check-in.
  assert.equal(await field.getAttribute("maxlength"), "40");
  await field.fill("Sam");
  await root.getByRole("button", { name: "Start", exact: true }).click();
  await root.getByText("Statement 1 of 10").waitFor();
  assert.deepEqual(await axeViolations(page), []);
});

// ---------------------------------------------------------------------------
// Together, with no server: a code carries one person's scores to the
// other's device (src/ui/together.rs, in the chunk "together").

/** The five practices (src/assessment/practices.rs) and their starters (src/i18n/en.rs). */
const PRACTICES = [
  { builds: ["Trust", "Acceptance"], starter: "What helps you feel safe telling me things that matter to you?" },
  { builds: ["Empathy", "Communication"], starter: "When did you last feel really heard by me, and what made it so?" },
  { builds: ["Vulnerability", "Communication"], starter: "Is there something you have wanted to share with me but held back?" },
  { builds: ["Empathy", "Acceptance"], starter: "What is something about how you feel that you wish I understood better?" },
  { builds: ["Trust", "Vulnerability"], starter: "Is there anything you would like more room or time for between us?" },
];

/** What the comparison must say, worked out here from both sets of scores. */
function expectedComparison(mine, theirs) {
  const gap = (c) => Math.abs(mine.scores[c] - theirs.scores[c]);
  const rows = CHARACTERISTICS.map((c) => [
    c,
    String(mine.scores[c]),
    String(theirs.scores[c]),
    gap(c) >= 15 ? "Seen differently" : "Seen alike",
  ]);
  const rank = (p) => [Math.max(...p.builds.map(gap)), p.builds.map(gap).reduce((a, b) => a + b)];
  const starters = PRACTICES.filter((p) => rank(p)[0] >= 15)
    .map((p, index) => ({ p, index }))
    .sort((a, b) => rank(b.p)[0] - rank(a.p)[0] || rank(b.p)[1] - rank(a.p)[1] || a.index - b.index)
    .map(({ p }) => p.starter);
  return { rows, starters };
}

/** A fresh profile (its own storage) with one finished check-in. */
async function personWith(context, values) {
  const page = await kindred.newPage();
  await page.goto(kindred.url);
  const root = page.locator("#kindred");
  const results = await completeTake(root, { context, length: "quick", values });
  return { page, root, results };
}

/** Opens the together screen from the results and reads my code. */
async function openTogether(root) {
  await root.getByRole("button", { name: "Share my scores with them", exact: true }).click();
  await root.getByRole("heading", { level: 2, name: "Compare with them" }).waitFor();
  const code = (await root.locator(".together .code").textContent()).trim();
  assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/, "grouped to read aloud");
  return code;
}

async function enterCode(root, code) {
  await root.getByRole("textbox", { name: "Their code" }).fill(code);
  await root.getByRole("button", { name: "Compare", exact: true }).click();
}

/** The comparison as shown: the table's rows and the starters. */
async function shownComparison(root) {
  await root.getByRole("heading", { level: 3, name: "Both views" }).waitFor();
  const rows = await root.locator("table.both tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((cell) => cell.textContent.trim())),
  );
  const starters = await root.locator(".starters li").allTextContents();
  const shapes = await root.locator(".comparison .radar polygon.shape").count();
  const dashed = await root.locator(".comparison .radar polygon.shape.other").count();
  return { rows, starters, shapes, dashed };
}

const A_VALUES = [3, 3, 3, 3, 3, 3, 3, 3, 3, 3];
const B_VALUES = [5, 1, 4, 3, 3, 4, 2, 3, 3, 1];

test("two people swap codes on their own devices and each sees both views, the gaps and what to talk about", async () => {
  const a = await personWith("romantic", A_VALUES);
  const b = await personWith("romantic", B_VALUES);
  const expectedForB = expectedComparison(b.results, a.results);
  const expectedForA = expectedComparison(a.results, b.results);
  // The answers were chosen so that both kinds of row appear.
  assert.ok(expectedForB.rows.some((r) => r[3] === "Seen differently"), "some gap of 15 or more");
  assert.ok(expectedForB.rows.some((r) => r[3] === "Seen alike"), "some gap under 15");

  const codeA = await openTogether(a.root);
  const codeB = await openTogether(b.root);
  assert.notEqual(codeA, codeB);
  // The standalone page offers a link with the code in its fragment.
  const link = await a.root.getByRole("link", { name: /#share=/ }).getAttribute("href");
  assert.equal(link, `${new URL(kindred.url).href.split("#")[0]}#share=${codeA}`);

  await enterCode(b.root, codeA);
  assert.deepEqual(await shownComparison(b.root), { ...expectedForB, shapes: 2, dashed: 1 });
  assert.equal(
    await b.root.locator(".comparison .radar").getAttribute("aria-label"),
    "Radar chart of your scores (solid line) and theirs (dashed line). The table below gives both.",
  );
  assert.deepEqual(await b.root.locator(".legend li").allTextContents(), ["You: solid line", "Them: dashed line"]);
  await expectFocused(b.root.getByRole("heading", { level: 3, name: "Both views" }), "focus moves to the comparison");

  // And the other way round, typed in lower case with spaces, as read aloud.
  await enterCode(a.root, codeB.toLowerCase().replaceAll("-", " "));
  assert.deepEqual(await shownComparison(a.root), { ...expectedForA, shapes: 2, dashed: 1 });

  // The link opens the comparison in the standalone page straight away.
  await b.page.goto("about:blank");
  await b.page.goto(`${kindred.url}#share=${codeA}`);
  assert.deepEqual(await shownComparison(b.root), { ...expectedForB, shapes: 2, dashed: 1 });
  assert.equal(await b.root.getByRole("textbox", { name: "Their code" }).inputValue(), codeA);
});

test("a mistyped code, or one about another relationship, is refused with what is wrong, and nothing is shown or kept", async () => {
  const a = await personWith("romantic", A_VALUES);
  const friend = await personWith("friend", B_VALUES);
  const code = await openTogether(a.root);
  const friendsCode = await openTogether(friend.root);
  const stored = await a.page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

  // First a good code (their own, read back), so there is something to lose.
  const partner = await personWith("romantic", B_VALUES);
  const partnersCode = await openTogether(partner.root);
  await enterCode(a.root, partnersCode);
  await a.root.getByRole("heading", { level: 3, name: "Both views" }).waitFor();

  // One character changed.
  const at = 5;
  const typo = code.slice(0, at) + (code[at] === "A" ? "B" : "A") + code.slice(at + 1);
  await enterCode(a.root, typo);
  const input = a.root.getByRole("textbox", { name: "Their code" });
  const error = a.root.getByRole("alert").filter({ hasText: /\S/ });
  assert.equal(await error.textContent(), "That code has a typo somewhere. Check it with them and try again.");
  assert.equal(await input.getAttribute("aria-invalid"), "true");
  assert.equal(await input.getAttribute("aria-describedby"), await error.getAttribute("id"));
  assert.equal(await a.root.locator(".comparison").count(), 0, "the earlier comparison is gone too");

  await enterCode(a.root, friendsCode);
  assert.equal(await error.textContent(), "That code is from a check-in about a different kind of relationship.");
  assert.equal(await a.root.locator(".comparison").count(), 0);

  await enterCode(a.root, "1C15-H85N-YHXM-V?");
  assert.equal(await error.textContent(), "“?” is not part of any code. Check it with them and try again.");
  await enterCode(a.root, "1C15-H85N");
  assert.equal(await error.textContent(), "That code is not the right length. A code has 14 letters and digits.");

  // A good code again clears the message.
  await enterCode(a.root, partnersCode);
  await a.root.getByRole("heading", { level: 3, name: "Both views" }).waitFor();
  assert.equal(await a.root.getByRole("alert").filter({ hasText: /\S/ }).count(), 0);
  assert.equal(await input.getAttribute("aria-invalid"), null);

  // Their scores are never written to storage.
  assert.equal(await a.page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), stored);
});

test("a link with a code before any check-in says what to do, then compares once one is done", async () => {
  const a = await personWith("family", A_VALUES);
  const code = await openTogether(a.root);
  const page = await kindred.newPage();
  await page.goto(`${kindred.url}#share=${code}`);
  const root = page.locator("#kindred");
  assert.equal(
    await root.locator(".shared-with-you").textContent(),
    "Someone shared their scores with you. Do your own check-in about the same relationship, and the two will be shown side by side.",
  );
  assert.equal(await root.locator(".shared-with-you").isVisible(), true);
  const mine = await completeTake(root, { context: "family", length: "quick", values: B_VALUES });
  await openTogether(root);
  // The code the link brought is compared as soon as the screen opens.
  const expected = expectedComparison(mine, a.results);
  assert.deepEqual(await shownComparison(root), { ...expected, shapes: 2, dashed: 1 });
});

for (const scheme of ["light", "dark"]) {
  test(`the comparison has no accessibility violations and fits a 320 px screen (${scheme})`, async () => {
    const a = await personWith("romantic", A_VALUES);
    const code = await openTogether(a.root);
    const page = await kindred.newPage({ contextOptions: { viewport: { width: 320, height: 640 } } });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(kindred.url);
    const root = page.locator("#kindred");
    await completeTake(root, { context: "romantic", length: "quick", values: B_VALUES });
    await openTogether(root);
    // A refused code first, so the message is checked too.
    await enterCode(root, "1C15-H85N");
    await root.getByRole("alert").filter({ hasText: /\S/ }).waitFor();
    const before = await axeViolations(page);
    assert.deepEqual(before, [], describeViolations(before, "with an error: "));
    await enterCode(root, code);
    await root.getByRole("heading", { level: 3, name: "Both views" }).waitFor();
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], describeViolations(violations));
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const outside = [...document.querySelectorAll("#kindred *:not(svg *)")]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5)
        .map((el) => `${el.tagName.toLowerCase()} “${el.textContent.trim().slice(0, 30)}”`);
      return { scrollWidth: document.documentElement.scrollWidth, outside: outside.slice(0, 5) };
    });
    assert.deepEqual(overflow, { scrollWidth: 320, outside: [] });
  });
}

test("their scores are kept only when the person chooses, come back with the check-in, and can be forgotten", async () => {
  const a = await personWith("romantic", A_VALUES);
  const b = await personWith("romantic", B_VALUES);
  const codeA = await openTogether(a.root);
  await openTogether(b.root);
  await enterCode(b.root, codeA);
  const expected = { ...expectedComparison(b.results, a.results), shapes: 2, dashed: 1 };
  assert.deepEqual(await shownComparison(b.root), expected);
  const partnerKeys = () => b.page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("partner")));
  assert.deepEqual(await partnerKeys(), [], "nothing kept before the person asks");

  await b.root.getByRole("button", { name: "Keep their scores on this device" }).click();
  await b.root.getByText("Their scores are kept on this device, beside this check-in.").waitFor();
  await expectFocused(b.root.getByRole("button", { name: "Forget their scores" }), "focus moves to the way back");
  const keys = await partnerKeys();
  assert.equal(keys.length, 1);
  const record = JSON.parse(await b.page.evaluate((key) => localStorage.getItem(key), keys[0]));
  assert.deepEqual(record, { format: 2, code: codeA.replaceAll("-", "") }, "only the code: no answers, no names");

  // Another visit: the comparison is there without typing the code again.
  const backToTogether = async () => {
    await b.page.reload();
    await b.root.getByRole("button", { name: /^Past check-ins/ }).first().click();
    await b.root.locator(".takes li [data-action=view]").first().click();
    await b.root.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
    await b.root.getByRole("button", { name: "Share my scores with them", exact: true }).click();
  };
  await backToTogether();
  assert.deepEqual(await shownComparison(b.root), expected);
  assert.equal(await b.root.getByRole("textbox", { name: "Their code" }).inputValue(), "");

  await b.root.getByRole("button", { name: "Forget their scores" }).click();
  await b.root.getByRole("button", { name: "Keep their scores on this device" }).waitFor();
  assert.deepEqual(await partnerKeys(), [], "forgotten");
  await backToTogether();
  await b.root.getByRole("heading", { level: 2, name: "Compare with them" }).waitFor();
  assert.equal(await b.root.locator(".comparison").count(), 0, "nothing shown once forgotten");
});

test("the comparison with them prints on one page: both shapes, the table, what to talk about, no controls", async () => {
  const a = await personWith("romantic", A_VALUES);
  const b = await personWith("romantic", B_VALUES);
  const codeA = await openTogether(a.root);
  await openTogether(b.root);
  await enterCode(b.root, codeA);
  await shownComparison(b.root);
  await b.page.evaluate(() => (window.print = () => (window.__printed = (window.__printed ?? 0) + 1)));
  await b.root.locator(".together").getByRole("button", { name: "Print or save as PDF" }).click();
  assert.equal(await b.page.evaluate(() => window.__printed), 1);
  for (const format of ["A4", "Letter"]) {
    assert.equal(pageCount(await b.page.pdf({ format })), 1, `${format}: one page`);
  }
  await b.page.emulateMedia({ media: "print", colorScheme: "dark" });
  const printed = await b.page.evaluate(() => {
    const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
    return {
      controls: [...document.querySelectorAll("button, input, .share, .keep")].filter(visible).length,
      shapes: [...document.querySelectorAll(".comparison .radar polygon.shape")].filter(visible).length,
      table: visible(document.querySelector("table.both")),
      background: getComputedStyle(document.querySelector(".kindred")).backgroundColor,
    };
  });
  assert.deepEqual(printed, { controls: 0, shapes: 2, table: true, background: "rgb(255, 255, 255)" });
});
