// Accessibility that automated rule checks miss (issue "Accessible beyond
// the automated checks"): the focus ring against what it sits on, forced
// colours, and reflow under the WCAG 1.4.12 text-spacing override.
//
// Run: node --test tests/e2e/   (KINDRED_DIST picks the build to test)

import { test } from "node:test";
import assert from "node:assert/strict";

import { useKindred } from "./harness.mjs";
import { answer, answerRadio, checkedAnswer, completeTake, eventually, expectFocused, startTake, storedEntries } from "./kindred.mjs";

const kindred = useKindred();

/** WCAG contrast ratio of two `rgb()`/`rgba()` colours (opaque parts). */
function contrast(a, b) {
  const luminance = (css) => {
    const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(Number);
    const channel = (v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The focused element's ring colour and the backgrounds it is drawn over:
 * its own (a ring may overlap it) and its container's.
 */
async function focusRing(page) {
  return page.evaluate(() => {
    const focused = document.activeElement;
    // A radio button shows its ring on its label.
    const ringed = focused.matches("input[type=radio]") ? focused.nextElementSibling : focused;
    const opaque = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (!/rgba\(.*,\s*0\)$/.test(bg) && bg !== "transparent") return bg;
      }
      return getComputedStyle(document.body).backgroundColor;
    };
    const style = getComputedStyle(ringed);
    return {
      name: `${ringed.tagName.toLowerCase()} “${ringed.textContent.trim().slice(0, 30)}”`,
      outline: style.outlineStyle === "none" ? null : style.outlineColor,
      backgrounds: [opaque(ringed.parentElement)],
    };
  });
}

for (const scheme of ["light", "dark"]) {
  test(`the focus ring stands out 3:1 from every background it sits on (${scheme})`, async () => {
    const page = await kindred.newPage({
      // Damaged saved data: a notice (on its own background) is showing.
      initScript: () => {
        if (location.protocol === "http:") localStorage.setItem("kindred", "{not json");
      },
    });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(kindred.url);
    await page.locator(".notice").first().waitFor();
    const seen = [];
    // Every control from the top of the page: the notice's buttons, the
    // welcome screen's buttons, the language menu.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement === document.body)) break;
      seen.push(await focusRing(page));
    }
    assert.ok(seen.length >= 4, `controls reached by Tab: ${seen.map((r) => r.name)}`);
    // A radio option on the set-up screen.
    await page.getByRole("button", { name: "Begin", exact: true }).click();
    await page.getByRole("radio", { name: "A friend", exact: true }).focus();
    await page.keyboard.press("ArrowDown");
    seen.push(await focusRing(page));

    const weak = [];
    for (const ring of seen) {
      assert.ok(ring.outline, `${ring.name} shows a focus ring`);
      for (const background of ring.backgrounds) {
        const ratio = contrast(ring.outline, background);
        if (ratio < 3) weak.push(`${ring.name}: ${ring.outline} on ${background} is ${ratio.toFixed(2)}:1`);
      }
    }
    assert.deepEqual(weak, [], "focus rings under 3:1");
    assert.ok(
      seen.some((ring) => ring.name.startsWith("button") && /Dismiss/.test(ring.name)),
      `a notice's button was among them: ${seen.map((r) => r.name)}`,
    );
  });
}

test("in forced colours the progress, the chart and the meters are drawn in system colours", async () => {
  const page = await kindred.newPage();
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto(kindred.url);
  const root = page.locator("#kindred");
  const values = [5, 4, 3, 2, 1, 2, 3, 4, 5, 4];
  await startTake(root, { context: "friend", length: "quick" });
  await answer(root, { context: "friend", length: "quick", values: values.slice(0, 1) });

  const system = await page.evaluate(() => {
    const probe = document.createElement("span");
    document.body.append(probe);
    probe.style.color = "Highlight";
    const highlight = getComputedStyle(probe).color;
    probe.style.color = "CanvasText";
    const text = getComputedStyle(probe).color;
    probe.remove();
    return { highlight, text };
  });
  const bar = await page.evaluate(() => {
    const fill = document.querySelector(".bar span");
    return {
      fill: getComputedStyle(fill).backgroundColor,
      track: getComputedStyle(fill.parentElement).backgroundColor,
      width: fill.getBoundingClientRect().width,
    };
  });
  assert.ok(bar.width > 0, "one answer fills part of the bar");
  assert.equal(bar.fill, system.highlight, "the fill is Highlight");
  assert.notEqual(bar.fill, bar.track, "the fill differs from its track");

  // The chart and meters on the results screen.
  await answer(root, { context: "friend", length: "quick", values: values.slice(1), from: 2 });
  await page.locator(".radar .shape").waitFor();
  const paint = await page.evaluate(() => {
    const style = (selector) => getComputedStyle(document.querySelector(selector));
    return {
      shape: style(".radar .shape").stroke,
      dot: style(".radar .dot").fill,
      meter: style(".meter rect:not(.track)").fill,
      track: style(".meter .track").stroke,
    };
  });
  assert.equal(paint.shape, system.highlight, "the chart's shape");
  assert.equal(paint.dot, system.highlight, "the chart's dots");
  assert.equal(paint.meter, system.highlight, "a meter's fill");
  assert.equal(paint.track, system.text, "a meter's track is outlined");
});

test("with the WCAG 1.4.12 text spacing, the results fit a 320 px screen", async () => {
  const page = await kindred.newPage({ contextOptions: { viewport: { width: 320, height: 640 } } });
  await page.goto(kindred.url);
  const root = page.locator("#kindred");
  // Low Communication and Vulnerability: the long names are in the
  // "Most room to grow" list.
  await completeTake(root, { context: "friend", length: "quick", values: [5, 5, 3, 3, 5, 1, 1, 1, 1, 1] });
  await page.locator(".highlights").waitFor();
  await page.addStyleTag({
    content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-bottom: 2em !important; }`,
  });
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const outside = [...document.querySelectorAll("#kindred *:not(svg *)")]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()} “${el.textContent.trim().slice(0, 30)}”`);
    return { scrollWidth: document.documentElement.scrollWidth, outside: outside.slice(0, 5) };
  });
  assert.deepEqual(overflow, { scrollWidth: 320, outside: [] });
});

for (const lang of ["en", "de"]) {
  test(`the radar's labels read at 14 px or more and are never cut off at 320 px, with text spacing (${lang})`, async () => {
    const page = await kindred.newPage({ contextOptions: { viewport: { width: 320, height: 640 } } });
    await page.goto(kindred.url);
    const root = page.locator("#kindred");
    await completeTake(root, { context: "friend", length: "quick", values: [5, 5, 3, 3, 5, 1, 1, 1, 1, 1] });
    // The results stay after a reload; German has the longest name
    // ("Verletzlichkeit").
    if (lang !== "en") await page.goto(`${kindred.url}?lang=${lang}`);
    await page.locator(".radar text.label").first().waitFor();
    await page.addStyleTag({
      content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }`,
    });
    const labels = await page.evaluate(() => {
      const svg = document.querySelector(".radar");
      const box = svg.getBoundingClientRect();
      const scale = svg.getScreenCTM().a;
      return [...svg.querySelectorAll("text.label")].map((label) => {
        const r = label.getBoundingClientRect();
        return {
          name: label.firstChild.textContent.trim(),
          px: Math.round(parseFloat(getComputedStyle(label).fontSize) * scale * 10) / 10,
          inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5,
        };
      });
    });
    assert.equal(labels.length, 5);
    for (const label of labels) {
      assert.ok(label.px >= 14, `${label.name} is drawn at ${label.px} px`);
      assert.ok(label.inside, `${label.name} is cut off by the chart's edge`);
    }
  });
}

test("a confirmation opens on its safe choice, and Escape cancels it and returns to its button", async () => {
  const page = await kindred.newPage();
  await page.goto(kindred.url);
  const root = page.locator("#kindred");
  await completeTake(root, { context: "friend", length: "quick", values: [5, 4, 3, 2, 1, 2, 3, 4, 5, 4] });
  await root.getByRole("button", { name: "Past check-ins", exact: true }).click();
  const focusedName = () =>
    page.evaluate(() => {
      const shadowless = document.activeElement;
      return shadowless.getAttribute("aria-label") ?? shadowless.textContent.trim();
    });

  // Delete all: focus on Cancel, never on the destructive button, so two
  // presses of Enter delete nothing.
  await root.getByRole("button", { name: "Delete all check-ins", exact: true }).click();
  await eventually(async () => assert.equal(await focusedName(), "Cancel"));
  await page.keyboard.press("Escape");
  await eventually(async () => assert.equal(await focusedName(), "Delete all check-ins"));
  assert.equal(await root.getByRole("button", { name: "Yes, delete everything" }).count(), 0, "the question is gone");

  // One check-in: the same.
  await root.getByRole("button", { name: /^Delete the check-in of / }).click();
  await eventually(async () => assert.equal(await focusedName(), "Keep it"));
  // Enter keeps it (focus back on Delete); a second Enter at most asks again.
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.waitForTimeout(200);
  assert.equal(await root.locator("ul.takes > li:not([hidden])").count(), 1, "two Enters deleted nothing");
  if (await root.getByRole("button", { name: "Keep it", exact: true }).isHidden()) {
    await root.getByRole("button", { name: /^Delete the check-in of / }).click();
  }
  await eventually(async () => assert.equal(await focusedName(), "Keep it"));
  await page.keyboard.press("Escape");
  await eventually(async () => assert.match(await focusedName(), /^Delete the check-in of /));
  assert.equal(await root.getByRole("button", { name: "Yes, delete it" }).count(), 0);
});

test("notices found at load are announced, and dismissing one puts focus on the screen's heading", async () => {
  const page = await kindred.newPage({
    initScript: () => {
      if (location.protocol !== "http:") return;
      localStorage.setItem("kindred", "{not json");
      // What the live region held when its first notice appeared.
      window.__regionAtFirstNotice = null;
      new MutationObserver(() => {
        const region = document.querySelector("#kindred .notices[role=status]");
        if (region && window.__regionSeenEmpty === undefined) window.__regionSeenEmpty = region.childElementCount === 0;
      }).observe(document, { childList: true, subtree: true });
    },
  });
  await page.goto(kindred.url);
  const notice = page.locator(".notice").first();
  await notice.waitFor();
  assert.equal(await page.evaluate(() => window.__regionSeenEmpty), true, "the live region was in the page empty first");

  await notice.getByRole("button", { name: "Dismiss", exact: true }).focus();
  await page.keyboard.press("Enter");
  await eventually(async () => {
    const focused = await page.evaluate(() => ({
      tag: document.activeElement.tagName.toLowerCase(),
      text: document.activeElement.textContent.trim(),
    }));
    assert.deepEqual(focused, { tag: "h2", text: "How close do you feel?" });
  });
});

test("the standalone page's title says which screen is showing", async () => {
  const page = await kindred.newPage();
  await page.goto(kindred.url);
  const root = page.locator("#kindred");
  await root.getByRole("heading", { level: 2 }).first().waitFor();
  await eventually(async () => assert.equal(await page.title(), "Kindred: how close do you feel?"));
  await root.getByRole("button", { name: "Begin", exact: true }).click();
  await eventually(async () => assert.equal(await page.title(), "Set up your check-in – Kindred"));
  await startTake(root, { context: "friend", length: "quick" });
  await eventually(async () => assert.equal(await page.title(), "Statement 1 of 10 – Kindred"));
  await answer(root, { context: "friend", length: "quick", values: [5, 4, 3, 2, 1, 2, 3, 4, 5, 4] });
  await eventually(async () => assert.equal(await page.title(), "Your results – Kindred"));
});

test("a length option says its detail once, in its name, with no repeated description", async () => {
  const page = await kindred.newPage();
  await page.goto(kindred.url);
  await page.getByRole("button", { name: "Begin", exact: true }).click();
  const quick = page.getByRole("radio", { name: /^Quick check/ });
  await quick.waitFor();
  const described = await quick.evaluate((input) => input.getAttribute("aria-describedby"));
  assert.equal(described, null, "no description repeating the label's detail");
  const label = await quick.evaluate((input) => input.labels[0].textContent.replace(/\s+/g, " ").trim());
  assert.match(label, /^Quick check ?10 statements, about 2 minutes$/);
});

test("the statement screen has a heading, which follows the progress (the same component in every embed)", async () => {
  const page = await kindred.newPage();
  await page.goto(kindred.url);
  const root = page.locator("#kindred");
  await startTake(root, { context: "friend", length: "quick" });
  await root.getByRole("heading", { level: 2, name: "Statement 1 of 10", exact: true }).waitFor();
  await answer(root, { context: "friend", length: "quick", values: [4] });
  await root.getByRole("heading", { level: 2, name: "Statement 2 of 10", exact: true }).waitFor();
});

test("kinder words: all low scores say each can grow, offer support, and a quick check says it is a sketch", async () => {
  const page = await kindred.newPage();
  await page.goto(kindred.url);
  const root = page.locator("#kindred");
  // Strongly disagree with every direct statement, strongly agree with
  // every reversed one: all five scores 0.
  await completeTake(root, { context: "friend", length: "quick", values: [1, 5, 1, 5, 1, 5, 1, 5, 1, 5] });
  await root.getByText(/^Your answers came out the same across all five characteristics, and low/).waitFor();
  assert.equal(await root.getByText(/none stands out as strongest or as the one to grow/).count(), 0);
  await root.getByText(/^If things feel heavy right now, talking with someone you trust/).waitFor();
  await root.getByText(/^A quick check asks two statements per characteristic/).waitFor();
  const overall = await root.locator(".overall").textContent();
  assert.match(overall.replace(/\s+/g, " "), /^Overall closeness, as your answers describe it today: 0 out of 100$/);

  // Middling answers: no support line.
  await completeTake(root, { context: "friend", length: "quick", values: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3] });
  await root.getByText(/none stands out as strongest or as the one to grow/).waitFor();
  assert.equal(await root.locator(".support:not([hidden])").count(), 0);
});

test("right to left, the score meters fill from the right, as the progress bar does", async () => {
  const page = await kindred.newPage();
  await page.goto(`${kindred.url}?lang=ar`);
  await page.locator(".kindred[dir=rtl] .welcome").waitFor();
  await page.locator(".welcome .primary:not([hidden])").click();
  await page.locator("input[value=friend]").check();
  await page.locator("input[value=quick]").check();
  await page.locator(".setup .primary").click();
  for (const value of [5, 2, 4, 1, 3, 4, 1, 5, 2, 3]) {
    await page.locator(`.question input[value="${value}"]`).check();
    await page.locator(".question .primary").click();
  }
  await page.locator(".review .primary").click();
  await page.locator(".results .meter").first().waitFor();
  const edges = await page.evaluate(() =>
    [...document.querySelectorAll(".meter")].map((meter) => {
      const [track, fill] = meter.querySelectorAll("rect");
      const t = track.getBoundingClientRect();
      const f = fill.getBoundingClientRect();
      return { right: Math.round(t.right - f.right), left: Math.round(f.left - t.left), width: Math.round(f.width) };
    }),
  );
  for (const edge of edges) {
    assert.equal(edge.right, 0, `the fill starts at the right: ${JSON.stringify(edges)}`);
    if (edge.width > 0 && edge.width < 100) assert.ok(edge.left > 0, "and leaves the left end empty");
  }
});

test("prefer not to answer: one statement left out, never a whole characteristic; the review shows and changes answers; the results say how many", async () => {
  const page = await kindred.newPage();
  await page.goto(kindred.url);
  const root = page.locator("#kindred");
  await startTake(root, { context: "friend", length: "quick" });
  const skip = root.getByRole("radio", { name: "Prefer not to answer", exact: true });

  // trust-1 left out, by keyboard: from the scale's first option, the
  // arrow wraps round to "Prefer not to answer", the group's last.
  await answerRadio(root, 1).focus();
  await page.keyboard.press("ArrowUp");
  await expectFocused(skip);
  assert.equal(await skip.isChecked(), true);
  await root.getByRole("button", { name: "Next", exact: true }).click();
  await answer(root, { context: "friend", length: "quick", values: [4, 4, 4, 4], from: 2 });
  // trust-2 is Trust's last chance of a score: it cannot be left out, and
  // the screen says why.
  await root.getByRole("heading", { level: 2, name: "Statement 6 of 10", exact: true }).waitFor();
  assert.equal(await skip.isDisabled(), true, "skipping trust-2 is closed");
  // The arrows pass over it.
  await answerRadio(root, 1).focus();
  await page.keyboard.press("ArrowUp");
  await expectFocused(answerRadio(root, 5));
  const reason = "Trust needs at least one answer to be scored, so this statement cannot be left out.";
  await root.getByText(reason, { exact: true }).waitFor();
  // The group's description says why, so a screen reader hears it on
  // entering the group.
  const described = await root.locator("fieldset.statement").evaluate((group) =>
    (group.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => group.ownerDocument.getElementById(id)?.textContent.trim())
      .join(" | "),
  );
  assert.equal(described, reason);
  await answerRadio(root, 2).check(); // reversed: 3 of 4 points, Trust 75
  await root.getByRole("button", { name: "Next", exact: true }).click();
  await answer(root, { context: "friend", length: "quick", values: [4, 4, 4], from: 7 });
  await answerRadio(root, 4).check();
  await root.getByRole("button", { name: "Next", exact: true }).click();

  // The review: every statement and what was chosen, the skip included.
  await expectFocused(root.getByRole("heading", { level: 2, name: "Check your answers", exact: true }));
  const chosen = () => root.locator("ol.answers li strong").allTextContents();
  assert.deepEqual((await chosen()).slice(0, 3), ["Prefer not to answer", "Agree", "Agree"]);
  assert.equal(await page.title(), "Check your answers – Kindred");
  // Change goes to that statement; Next comes straight back.
  await root.getByRole("button", { name: "Change answer 3", exact: true }).click();
  await root.getByRole("heading", { level: 2, name: "Statement 3 of 10", exact: true }).waitFor();
  assert.equal(await checkedAnswer(root), 4, "the answer given is shown");
  await answerRadio(root, 5).check();
  await root.getByRole("button", { name: "Next", exact: true }).click();
  await expectFocused(root.getByRole("heading", { level: 2, name: "Check your answers", exact: true }));
  assert.equal((await chosen())[2], "Strongly agree");

  await root.getByRole("button", { name: "See my results", exact: true }).click();
  await root.getByText("You chose not to answer 1 statement; your scores come from the rest.", { exact: true }).waitFor();
  const chart = await root.getByRole("img").getAttribute("aria-label");
  assert.match(chart, /Trust 75,/, "Trust scored from trust-2 alone");

  // Stored as format 3, with 0 for the statement left out.
  const takes = Object.entries(await storedEntries(page)).filter(([key]) => key.startsWith("kindred.take."));
  assert.equal(takes.length, 1);
  const record = JSON.parse(takes[0][1]);
  assert.equal(record.format, 3);
  assert.equal(record.answers["trust-1"], 0);
  assert.equal(record.answers["empathy-1"], 5);
});
