// Over time and together (issue "Over time and together"): print, and
// what is built of it so far.
//
// Run: node --test tests/e2e/   (KINDRED_DIST picks the build to test)

import { test } from "node:test";
import assert from "node:assert/strict";

import { useKindred } from "./harness.mjs";
import { CHARACTERISTICS, CONTEXTS, answer, completeTake, statementsFor } from "./kindred.mjs";

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
