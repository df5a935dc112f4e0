// Over time and together (issue "Over time and together"): print, and
// what is built of it so far.
//
// Run: node --test tests/e2e/   (KINDRED_DIST picks the build to test)

import { test } from "node:test";
import assert from "node:assert/strict";

import { useKindred } from "./harness.mjs";
import { completeTake } from "./kindred.mjs";

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
