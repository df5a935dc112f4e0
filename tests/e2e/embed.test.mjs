// Kindred on other people's pages, in a real Chromium: the <kindred-check>
// element (script-tag mode) and the iframe page, on a deliberately hostile
// host page served from another origin than Kindred's files. Each test
// opens a fresh browser context and fails on any console error, uncaught
// exception, failed request or (except where a test counts them) warning.
//
// Run: node --test tests/e2e/embed.test.mjs   (KINDRED_DIST picks the build)

import { test } from "node:test";
import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";

import { hostPage, hostilePage, pause, renderedRoots, scoreKeys, stored, useEmbed } from "./embed-helpers.mjs";
import {
  CHARACTERISTICS,
  answer,
  answerRadio,
  assertResults,
  eventually,
  expectProgress,
  expectedResults,
  shownResults,
  startTake,
  statementText,
  statementsFor,
} from "./kindred.mjs";

const PAYLOAD = '<img src=x onerror="window.__pwned=1">';

const embed = useEmbed((files) => ({
  "/hostile.html": hostilePage(files),
  "/bad-attributes.html": hostPage(
    files,
    `<kindred-check id="bad" context="neighbour" length="forever" theme="purple" lang="xx" namespace="bad key!"></kindred-check>`,
  ),
  "/payload.html": hostPage(
    files,
    `<kindred-check id="payload" context='${PAYLOAD}' namespace='${PAYLOAD}'></kindred-check>`,
  ),
  // As when two plugins each add the script, one with a version query: two
  // module instances, one element definition.
  "/twice.html": hostPage(
    files,
    `<script type="module" src="${files}/kindred-embed.js?ver=2"></script>
    <kindred-check id="once" context="romantic" length="quick"></kindred-check>`,
  ),
  "/shift.html": hostPage(
    files,
    `<p>The start of an article.</p>
    <kindred-check id="shift"></kindred-check>
    <p id="after">The article goes on below the widget.</p>`,
    { head: '<meta name="viewport" content="width=device-width, initial-scale=1" />' },
  ),
  "/lazy.html": hostPage(
    files,
    `<p>A long article.</p>
    <div style="height: 3000px" aria-hidden="true"></div>
    <kindred-check id="lazy" context="friend" length="quick" namespace="lazy"></kindred-check>`,
  ),
}));

// Every value of the scale, direct and reversed statements, rounding.
const VALUES = [5, 2, 4, 1, 3, 4, 1, 5, 2, 3];
const SCORE_KEYS = CHARACTERISTICS.map((c) => c.toLowerCase());

/** Records every `kindred-complete` event the host page receives. */
function recordCompleteEvents() {
  window.__kindredComplete = [];
  window.addEventListener(
    "kindred-complete",
    (event) => {
      const detail = event.detail;
      window.__kindredComplete.push({
        target: event.target?.id ?? null,
        keys: detail && typeof detail === "object" ? Object.getOwnPropertyNames(detail) : null,
        types: detail && typeof detail === "object" ? Object.values(detail).map((v) => typeof v) : null,
        detail: JSON.parse(JSON.stringify(detail ?? null)),
      });
    },
    true,
  );
}

/** The WebAssembly file and the wasm-bindgen glue of the build. */
const isWasm = (url) => new URL(url).pathname.endsWith(".wasm");
const isGlue = (url) => /^\/kindred-[0-9a-f]+\.js$/.test(new URL(url).pathname);

/** Opens the hostile page in a fresh context. */
async function openHostile(options) {
  const page = await embed.newPage(options);
  await page.goto(embed.hostUrl("/hostile.html"));
  return page;
}

/** Begin on a widget whose context and length are preset: straight to statement 1. */
async function begin(root, total = 10) {
  await root.getByRole("button", { name: "Begin", exact: true }).click();
  await expectProgress(root, 1, total);
}

test("script-tag mode: a quick check on the hostile page scores, tells the page once, and is remembered on the host origin", async () => {
  const page = await openHostile({ initScript: recordCompleteEvents });
  const first = page.locator("#first");
  await first.scrollIntoViewIfNeeded();

  // context="friend" length="quick": Begin goes straight to the statements.
  await begin(first);
  await answer(first, { context: "friend", length: "quick", values: VALUES });
  const expected = expectedResults("quick", VALUES);
  await assertResults(first, expected);

  // Exactly one event, on the element, with the five scores and nothing else.
  await eventually(async () => {
    assert.ok((await page.evaluate(() => window.__kindredComplete.length)) >= 1, "no kindred-complete event yet");
  });
  await pause(300);
  const events = await page.evaluate(() => window.__kindredComplete);
  assert.equal(events.length, 1, `one kindred-complete event per finished take, got ${events.length}`);
  const [event] = events;
  assert.equal(event.target, "first", "the event is dispatched on the <kindred-check> element");
  assert.deepEqual([...event.keys].sort(), [...SCORE_KEYS].sort(), "the detail holds exactly the five score keys");
  assert.deepEqual(event.types, ["number", "number", "number", "number", "number"], "every score is a number");
  for (const [key, score] of Object.entries(event.detail)) {
    assert.ok(Number.isInteger(score) && score >= 0 && score <= 100, `${key} is 0-100, got ${score}`);
  }
  assert.deepEqual(event.detail, scoreKeys(expected.scores), "the event's scores are the ones shown");
  const lastScores = await page.evaluate(() => document.body.dataset.lastScores);
  assert.deepEqual(JSON.parse(lastScores), scoreKeys(expected.scores), "the demo page's own listener got them");

  // In script-tag mode the widget runs in the host's document: its data
  // lives on the host origin, under the namespace's key.
  const assertStored = async () => {
    const saved = await stored(page, "kindred:demo-a");
    assert.ok(saved, "kindred:demo-a is in the host origin's localStorage");
    assert.equal(saved.in_progress, null);
    assert.equal(saved.history.length, 1);
    const [take] = saved.history;
    assert.equal(take.context, "friend");
    assert.equal(take.length, "quick");
    assert.deepEqual(take.answers, expected.answers);
    assert.deepEqual(take.scores, { ...scoreKeys(expected.scores), overall: expected.overall });
    assert.equal(saved.open_results, take.id, "the open results are remembered");
  };
  await assertStored();
  assert.equal(new URL(page.url()).origin, embed.hostOrigin);

  // A reload shows the same results again, without telling the page again.
  await page.reload();
  await first.scrollIntoViewIfNeeded();
  const again = await shownResults(first);
  assert.deepEqual(again.scores, expected.scores, "the same results after a reload");
  assert.equal(again.overall, expected.overall);
  await pause(300);
  assert.equal(
    await page.evaluate(() => window.__kindredComplete.length),
    0,
    "showing remembered results is not a finished take: no kindred-complete event",
  );
  await assertStored();
});

/** Computed styles of the host page's own elements, and its style sheets. */
function recordHostStyles() {
  if (window.top !== window) return;
  const PROPERTIES = [
    "font-family",
    "font-size",
    "line-height",
    "color",
    "background-color",
    "letter-spacing",
    "text-transform",
    "margin-top",
    "margin-bottom",
    "padding-top",
    "display",
    "color-scheme",
  ];
  window.__hostStyles = () => {
    const pick = (el) => {
      const style = getComputedStyle(el);
      return Object.fromEntries(PROPERTIES.map((p) => [p, style.getPropertyValue(p)]));
    };
    return {
      html: pick(document.documentElement),
      body: pick(document.body),
      h1: pick(document.querySelector("h1")),
      p: pick(document.querySelector("p")),
      spacer: pick(document.querySelector(".spacer")),
      styleSheets: document.styleSheets.length,
      adoptedStyleSheets: document.adoptedStyleSheets.length,
      head: [...document.head.children].map((el) => el.outerHTML),
      styleElements: document.querySelectorAll("style, link").length,
      widgetRendered: Boolean(document.querySelector("kindred-check")?.shadowRoot?.querySelector(".kindred")),
    };
  };
  document.addEventListener("DOMContentLoaded", () => {
    window.__hostStylesBefore = window.__hostStyles();
  });
}

/** WCAG contrast ratio of two computed `rgb(...)` colours. */
function contrast(a, b) {
  const luminance = (rgb) => {
    const [r, g, b] = rgb
      .match(/\d+(\.\d+)?/g)
      .slice(0, 3)
      .map((v) => Number(v) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test("hostile CSS does not reach the widget, and the widget does not touch the host's styles", async () => {
  const page = await openHostile({ initScript: recordHostStyles });
  const first = page.locator("#first");
  await first.scrollIntoViewIfNeeded();
  await begin(first);

  // Every button and radio is there to see and use.
  const controls = [
    ...(await first.getByRole("button").all()).map((l) => ["button", l]),
    ...(await first.getByRole("radio").all()).map((l) => ["radio", l]),
  ];
  assert.ok(controls.filter(([role]) => role === "radio").length === 6, "five answer radios and prefer not to answer");
  assert.ok(controls.some(([role]) => role === "button"), "at least one button");
  for (const [role, control] of controls) {
    const name = (await control.getAttribute("aria-label")) ?? (await control.evaluate((el) => el.labels?.[0]?.textContent ?? el.textContent));
    const box = await control.boundingBox();
    assert.ok(box && box.width > 0 && box.height > 0, `${role} "${name.trim()}" has a box, got ${JSON.stringify(box)}`);
    const style = await control.evaluate((el) => {
      const s = getComputedStyle(el);
      return { display: s.display, visibility: s.visibility, opacity: s.opacity, textTransform: s.textTransform };
    });
    assert.notEqual(style.display, "none", `${role} "${name.trim()}" is displayed`);
    assert.equal(style.visibility, "visible", `${role} "${name.trim()}" is visible`);
    assert.notEqual(style.opacity, "0", `${role} "${name.trim()}" is not transparent`);
    if (role === "button") assert.equal(style.textTransform, "none", `button "${name.trim()}" is not upper-cased`);
  }

  // A click on an option's label chooses its radio.
  await first.locator("label").filter({ hasText: /^Agree$/ }).click();
  assert.equal(await answerRadio(first, 4).isChecked(), true, "clicking the label Agree checks its radio");
  await first.locator("label").filter({ hasText: /^Strongly disagree$/ }).click();
  assert.equal(await answerRadio(first, 1).isChecked(), true, "clicking the label Strongly disagree checks its radio");
  assert.equal(await answerRadio(first, 4).isChecked(), false, "and unchecks Agree");

  // The statement reads at the person's own text size, in Kindred's colours.
  const statement = first.getByText(statementText(statementsFor("quick")[0], "friend"), { exact: true });
  const text = await statement.evaluate((el) => {
    const s = getComputedStyle(el);
    const surface = getComputedStyle(el.closest(".kindred"));
    return {
      fontSize: s.fontSize,
      fontFamily: s.fontFamily,
      color: s.color,
      textTransform: s.textTransform,
      letterSpacing: s.letterSpacing,
      background: surface.backgroundColor,
    };
  });
  const size = parseFloat(text.fontSize);
  assert.ok(size >= 14 && size <= 40, `statement font size is between 14px and 40px, got ${text.fontSize}`);
  assert.notEqual(text.color, "rgb(255, 0, 0)", "statement text is not the host's red");
  assert.equal(text.textTransform, "none", "statement text is not upper-cased by the host");
  assert.equal(text.letterSpacing, "normal", "statement text keeps normal letter spacing");
  assert.doesNotMatch(text.fontFamily, /Georgia/, "statement text is not in the host's font");
  assert.ok(
    contrast(text.color, text.background) >= 4.5,
    `statement text ${text.color} on ${text.background} has at least 4.5:1 contrast`,
  );

  // The host page looks exactly as it did before the widget loaded.
  const before = await page.evaluate(() => window.__hostStylesBefore);
  assert.ok(before, "host styles were recorded at DOMContentLoaded");
  assert.equal(before.widgetRendered, false, "the 'before' record was taken before the widget rendered");
  const now = await page.evaluate(() => window.__hostStyles());
  assert.equal(now.widgetRendered, true);
  for (const part of ["html", "body", "h1", "p", "spacer"]) {
    assert.deepEqual(now[part], before[part], `the host's ${part} looks the same after the widget loaded`);
  }
  assert.equal(now.styleSheets, before.styleSheets, "no style sheet was added to the host document");
  assert.equal(now.adoptedStyleSheets, before.adoptedStyleSheets, "no style sheet was adopted by the host document");
  assert.equal(now.styleElements, before.styleElements, "no <style> or <link> was added to the host document");
  assert.deepEqual(now.head, before.head, "the host's <head> is unchanged");
});

test("two widgets keep separate data, and the second follows theme=dark and the host's accent colour", async () => {
  const page = await openHostile();
  const first = page.locator("#first");
  const second = page.locator("#second");

  await first.scrollIntoViewIfNeeded();
  await begin(first);
  await answerRadio(first, 4).check();

  await second.scrollIntoViewIfNeeded();
  const secondBegin = second.getByRole("button", { name: "Begin", exact: true });
  await secondBegin.waitFor();

  assert.equal(await second.locator(".kindred").getAttribute("data-theme"), "dark", 'theme="dark" is honoured');
  assert.equal(await first.locator(".kindred").getAttribute("data-theme"), "auto", "the first widget keeps the default theme");
  const branded = await secondBegin.evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, color: s.color, radius: s.borderTopLeftRadius };
  });
  assert.equal(branded.background, "rgb(11, 122, 92)", "the primary button uses the host's --kindred-accent (#0b7a5c)");
  assert.equal(branded.color, "rgb(255, 255, 255)", "and the host's --kindred-accent-contrast (#ffffff)");
  assert.equal(branded.radius, "2px", "and the host's --kindred-radius");
  const plain = await first
    .getByRole("button", { name: "Next", exact: true })
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(plain, "rgb(107, 63, 160)", "the unbranded first widget keeps Kindred's own accent (#6b3fa0)");

  await startTake(second, { context: "romantic", length: "full" });
  await answerRadio(second, 2).check();

  await eventually(async () => {
    const a = await stored(page, "kindred:demo-a");
    const b = await stored(page, "kindred:demo-b");
    assert.ok(a?.in_progress, "kindred:demo-a holds the first widget's take");
    assert.ok(b?.in_progress, "kindred:demo-b holds the second widget's take");
    assert.deepEqual(
      [a.in_progress.context, a.in_progress.length, a.in_progress.answers],
      ["friend", "quick", { "trust-1": 4 }],
      "kindred:demo-a holds only the first widget's answer",
    );
    assert.deepEqual(
      [b.in_progress.context, b.in_progress.length, b.in_progress.answers],
      ["romantic", "full", { "trust-1": 2 }],
      "kindred:demo-b holds only the second widget's answer",
    );
  });
  assert.equal(await stored(page, "kindred"), null, "nothing under the default key");

  // Each widget still shows its own answer.
  assert.equal(await answerRadio(first, 4).isChecked(), true);
  assert.equal(await answerRadio(second, 2).isChecked(), true);
  // (The iframe further down is a page of its own, with its own copy.)
  const mine = page.context().record.requests.filter((r) => r.frame() === page.mainFrame());
  assert.equal(mine.filter((r) => isWasm(r.url())).length, 1, "one WebAssembly download serves both widgets");
  assert.equal(mine.filter((r) => isGlue(r.url())).length, 1, "one glue script serves both widgets");
});

test("bad attribute values fall back to the defaults with one warning each", async () => {
  const page = await embed.newPage({ warningsExpected: true });
  await page.goto(embed.hostUrl("/bad-attributes.html"));
  const widget = page.locator("#bad");

  // Defaults: ask for the relationship and the length.
  await widget.getByRole("button", { name: "Begin", exact: true }).click();
  await widget.getByRole("heading", { level: 2, name: "Set up your check-in" }).waitFor();
  await widget.getByRole("radio", { name: "A romantic partner", exact: true }).waitFor();
  await widget.getByRole("radio", { name: /^Quick check/ }).waitFor();
  assert.equal(await widget.locator(".kindred").getAttribute("data-theme"), "auto", "theme falls back to auto");

  const warnings = page.context().record.warnings;
  assert.equal(warnings.length, 5, `exactly one warning per bad attribute (5), got:\n${warnings.join("\n")}`);
  const named = warnings.map((w) => w.match(/^Kindred: ([a-z-]+)="/)?.[1] ?? `unexpected: ${w}`).sort();
  assert.deepEqual(named, ["context", "lang", "length", "namespace", "theme"]);

  // And it works, saving under the default key.
  await startTake(widget, { context: "family", length: "quick" });
  await answerRadio(widget, 3).check();
  await eventually(async () => {
    const saved = await stored(page, "kindred");
    assert.equal(saved?.in_progress?.context, "family", "the take is saved under the default key");
  });
  assert.equal(warnings.length, 5, "no further warnings while in use");
});

test("markup in attribute values is never run or rendered", async () => {
  const page = await embed.newPage({ warningsExpected: true });
  await page.goto(embed.hostUrl("/payload.html"));
  const widget = page.locator("#payload");
  assert.equal(await widget.getAttribute("context"), PAYLOAD, "the payload reached the attribute");

  await widget.getByRole("button", { name: "Begin", exact: true }).click();
  await startTake(widget, { context: "friend", length: "quick" });
  await answer(widget, { context: "friend", length: "quick", values: [4, 2] });
  await expectProgress(widget, 3, 10);
  await pause(300);

  assert.equal(await page.evaluate(() => window.__pwned), undefined, "the onerror handler never ran");
  const images = await page.evaluate(() => {
    const count = (root) =>
      root.querySelectorAll("img").length +
      [...root.querySelectorAll("*")].reduce((n, el) => n + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
    return count(document);
  });
  assert.equal(images, 0, "no <img> in the document or any shadow root");
  const x = page.context().record.requests.filter((r) => new URL(r.url()).pathname === "/x");
  assert.deepEqual(x.map((r) => r.url()), [], "nothing asked for the payload's image");

  const warnings = page.context().record.warnings;
  assert.equal(warnings.length, 2, `one warning each for context and namespace, got:\n${warnings.join("\n")}`);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.length > 0, "something was saved");
  assert.deepEqual(
    keys.filter((key) => !/^kindred\.(meta|progress\.\d+|take\.\d+)$/.test(key)),
    [],
    "saved under the default namespace's keys, never under a key made from the payload",
  );
});

test("lazy loading: nothing heavy is fetched until the widget nears the viewport, and only from the two origins", async () => {
  const page = await embed.newPage();
  const sizes = [];
  page.context().on("requestfinished", (request) => {
    sizes.push(
      Promise.all([request.sizes(), request.response().then((r) => r?.body())]).then(([s, body]) => ({
        url: request.url(),
        bytes: s.responseBodySize,
        gzip: body ? gzipSync(body).length : 0,
      })),
    );
  });
  const total = async () => {
    const done = await Promise.all(sizes);
    return {
      bytes: done.reduce((sum, r) => sum + r.bytes, 0),
      gzip: done.reduce((sum, r) => sum + r.gzip, 0),
      files: done.map((r) => `${new URL(r.url).pathname} ${r.bytes}`),
    };
  };

  await page.goto(embed.hostUrl("/lazy.html"));
  await page.waitForFunction(() => document.querySelector("#lazy")?.shadowRoot);
  await page.waitForLoadState("networkidle");
  await pause(500);
  const requested = () => page.context().record.requests.map((r) => r.url());
  assert.deepEqual(requested().filter(isWasm), [], "no WebAssembly before the widget is near the viewport");
  assert.deepEqual(requested().filter(isGlue), [], "no glue script before the widget is near the viewport");
  assert.equal(await renderedRoots(page.locator("#lazy")), 0, "nothing rendered yet");
  const before = await total();

  await page.locator("#lazy").scrollIntoViewIfNeeded();
  await page.locator("#lazy").getByRole("button", { name: "Begin", exact: true }).waitFor();
  await page.waitForLoadState("networkidle");
  assert.equal(requested().filter(isWasm).length, 1, "the WebAssembly is fetched once the widget is in view");
  assert.equal(requested().filter(isGlue).length, 1, "the glue script is fetched once the widget is in view");
  await begin(page.locator("#lazy"));
  const afterwards = await total();

  const kb = (bytes) => (bytes / 1024).toFixed(1);
  console.log(
    `host page downloads: before widget in view ${kb(before.bytes)} KB, after ${kb(afterwards.bytes)} KB` +
      ` (gzip-compressed: before ${kb(before.gzip)} KB, after ${kb(afterwards.gzip)} KB)`,
  );
  console.log(`  before: ${before.files.join(", ")}`);
  console.log(`  after:  ${afterwards.files.join(", ")}`);

  const origins = new Set(requested().map((url) => new URL(url).origin));
  for (const origin of origins) {
    assert.ok(
      origin === embed.hostOrigin || origin === embed.widgetOrigin,
      `every request goes to the host or the widget origin, not ${origin}`,
    );
  }
});

test("once defined, the widget reserves its space: the host page does not move as it loads, on phones and desktops", async () => {
  for (const [width, height] of [
    [1280, 900],
    [390, 844],
    [320, 640],
  ]) {
    const page = await embed.newPage();
    await page.setViewportSize({ width, height });
    await page.addInitScript(() => {
      // From the first frame drawn after Kindred's script has run and
      // reserved the space: before that the element is unknown to the
      // browser and only the host's own CSS can size it (see "Embed on your
      // site" in the README).
      window.kindredShifts = [];
      let definedAt = Infinity;
      customElements
        .whenDefined("kindred-check")
        .then(() => requestAnimationFrame(() => requestAnimationFrame(() => (definedAt = performance.now()))));
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.startTime < definedAt) continue;
          if (!entry.hadRecentInput) window.kindredShifts.push({ value: entry.value, from: entry.sources.map((s) => `${s.node?.nodeName}#${s.node?.id} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`) });
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(embed.hostUrl("/shift.html"));
    await page.locator("#shift").getByRole("button", { name: "Begin", exact: true }).waitFor();
    await pause(500);
    const shifts = await page.evaluate(() => window.kindredShifts);
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
    assert.ok(total < 0.005, `${width}x${height}: layout shift ${total.toFixed(4)} from ${JSON.stringify(shifts)}`);
  }
});

test("the script included twice defines the element once and renders once; removal unmounts, re-adding remounts", async () => {
  const page = await openHostile();
  assert.equal(
    await page.evaluate(() => document.querySelectorAll('script[src$="/kindred-embed.js"]').length),
    2,
    "the hostile page includes the embed script twice",
  );
  assert.equal(await page.evaluate(() => typeof customElements.get("kindred-check")), "function");

  const first = page.locator("#first");
  await first.scrollIntoViewIfNeeded();
  await begin(first);
  await pause(300);
  assert.equal(await renderedRoots(first), 1, "exactly one .kindred root in the shadow root");
  await answer(first, { context: "friend", length: "quick", values: [4] });
  await expectProgress(first, 2, 10);

  // Removal unmounts: the shadow root keeps only the empty wrapper.
  await first.evaluate((el) => {
    window.__widget = el;
    el.remove();
  });
  await eventually(async () => {
    const left = await page.evaluate(() => ({
      roots: window.__widget.shadowRoot.querySelectorAll(".kindred").length,
      content: window.__widget.shadowRoot.querySelector(".kindred-host")?.childNodes.length ?? -1,
    }));
    assert.deepEqual(left, { roots: 0, content: 0 }, "the removed widget's content is gone");
  }, 1500); // at once, not whenever the garbage collector frees the handle
  await pause(200);

  // Re-adding renders it once more, where the person left off.
  await page.evaluate(() => document.querySelector(".spacer").before(window.__widget));
  await first.scrollIntoViewIfNeeded();
  await expectProgress(first, 2, 10);
  await pause(300);
  assert.equal(await renderedRoots(first), 1, "exactly one .kindred root after re-adding");
  await answer(first, { context: "friend", length: "quick", values: [2], from: 2 });
  await expectProgress(first, 3, 10);
  const saved = await stored(page, "kindred:demo-a");
  assert.deepEqual(saved.in_progress.answers, { "trust-1": 4, "vulnerability-2": 2 });
});

test("the script included from two different URLs still defines the element once and renders once", async () => {
  const page = await embed.newPage();
  await page.goto(embed.hostUrl("/twice.html"));
  const widget = page.locator("#once");
  await begin(widget);
  await pause(300);
  assert.equal(await renderedRoots(widget), 1, "exactly one .kindred root in the shadow root");
  const embedScripts = page.context().record.requests.filter((r) => new URL(r.url()).pathname === "/kindred-embed.js");
  assert.equal(embedScripts.length, 2, "both copies of the script were loaded");
  await answer(widget, { context: "romantic", length: "quick", values: [3] });
  await expectProgress(widget, 2, 10);
});

test("a widget moved in the page while Kindred is still loading renders once", async () => {
  const page = await embed.newPage();
  // Hold the WebAssembly back until the element has been moved.
  let requested;
  const wasmRequested = new Promise((done) => (requested = done));
  let release;
  const released = new Promise((done) => (release = done));
  await page.route(
    (url) => isWasm(url.href),
    async (route) => {
      requested();
      await released;
      await route.continue();
    },
  );
  await page.goto(embed.hostUrl("/lazy.html"));
  const widget = page.locator("#lazy");
  await widget.scrollIntoViewIfNeeded();
  await wasmRequested;
  // As a host page's script re-parenting content would.
  await widget.evaluate((el) => {
    const parent = el.parentNode;
    el.remove();
    parent.append(el);
  });
  release();
  await widget.getByRole("button", { name: "Begin", exact: true }).first().waitFor();
  await pause(300);
  assert.equal(await renderedRoots(widget), 1, "exactly one .kindred root, not one per connection");
  await begin(widget);
});

/** The hostile page's Kindred frame, as a Playwright Frame. */
async function kindredFrame(page) {
  let frame = null;
  await eventually(async () => {
    frame = page.frames().find((f) => new URL(f.url()).pathname === "/frame.html");
    assert.ok(frame, "the iframe has loaded frame.html");
  });
  return frame;
}

/** The iframe element's height and the height of the frame's document. */
async function heights(page, frame) {
  const element = await page.locator("#framed").evaluate((el) => el.getBoundingClientRect().height);
  const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { element, content };
}

async function expectFitted(page, frame, message) {
  return eventually(async () => {
    const h = await heights(page, frame);
    assert.ok(Math.abs(h.element - h.content) <= 3, `${message}: iframe ${h.element}px, content ${h.content}px`);
    return h;
  });
}

test("iframe mode: a take inside the frame, a frame that fits its content, results kept over a reload", async () => {
  const page = await openHostile();
  await page.locator("#framed").scrollIntoViewIfNeeded();
  const framed = page.frameLocator("#framed");
  const frame = await kindredFrame(page);
  assert.equal(new URL(frame.url()).origin, embed.widgetOrigin, "the frame runs on the widget origin");

  await begin(framed);
  assert.equal(await framed.locator(".kindred").getAttribute("data-theme"), "light", "theme=light from the query");
  const onStatement = await expectFitted(page, frame, "the frame fits the statement screen");

  await answer(framed, { context: "family", length: "quick", values: VALUES });
  const expected = expectedResults("quick", VALUES);
  await assertResults(framed, expected);
  const onResults = await expectFitted(page, frame, "the frame fits the results");
  assert.ok(
    Math.abs(onResults.element - onStatement.element) > 50,
    `the frame's height followed the content (statement ${onStatement.element}px, results ${onResults.element}px)`,
  );

  // A message from another window is ignored, even with the right shape.
  const fitted = onResults.element;
  await page.evaluate(
    () =>
      new Promise((done) => {
        addEventListener("message", function marker(event) {
          if (event.data !== "marker") return;
          removeEventListener("message", marker);
          done();
        });
        postMessage({ type: "kindred:height", height: 5 }, "*");
        postMessage("marker", "*");
      }),
  );
  assert.equal((await heights(page, frame)).element, fitted, "a height message from the host window itself is ignored");

  // Messages of the wrong shape from the frame are ignored too.
  await page.evaluate(() => {
    window.__marker = new Promise((done) => {
      addEventListener("message", function marker(event) {
        if (event.data !== "marker") return;
        removeEventListener("message", marker);
        done();
      });
    });
  });
  await frame.evaluate(() => {
    for (const message of [
      { type: "kindred:size", height: 5 },
      { type: "kindred:height", height: "tall" },
      { type: "kindred:height", height: -5 },
      { type: "kindred:height", height: 1e9 },
      { type: "kindred:height" },
      null,
      "kindred:height",
    ]) {
      parent.postMessage(message, "*");
    }
    parent.postMessage("marker", "*");
  });
  await page.evaluate(() => window.__marker);
  assert.equal((await heights(page, frame)).element, fitted, "height messages of the wrong shape are ignored");

  // The frame remembers its open results over a reload of the host page.
  await page.reload();
  await page.locator("#framed").scrollIntoViewIfNeeded();
  const reloaded = await kindredFrame(page);
  const again = await shownResults(page.frameLocator("#framed"));
  assert.deepEqual(again.scores, expected.scores, "the same results in the frame after a reload");
  await expectFitted(page, reloaded, "the frame fits the results after a reload");
});

/** Records every message the host page receives, with its origin. */
function recordMessages() {
  if (window.top !== window) return;
  window.__messages = [];
  addEventListener("message", (event) => {
    const data = event.data;
    window.__messages.push({
      origin: event.origin,
      keys: data && typeof data === "object" ? Object.keys(data).sort() : typeof data,
      type: data?.type ?? null,
      height: typeof data?.height,
    });
  });
  addEventListener("kindred-complete", () => window.__messages.push({ event: "kindred-complete" }), true);
}

test("neither mode registers a service worker; without emit-events only the frame's height reaches the host", async () => {
  const page = await openHostile({ initScript: recordMessages });

  // Script-tag mode, the widget without emit-events.
  const second = page.locator("#second");
  await second.scrollIntoViewIfNeeded();
  await startTake(second, { context: "family", length: "quick" });
  await answer(second, { context: "family", length: "quick", values: VALUES });
  await second.getByRole("heading", { level: 2, name: "Your results" }).waitFor();

  // Iframe mode.
  await page.locator("#framed").scrollIntoViewIfNeeded();
  const framed = page.frameLocator("#framed");
  await begin(framed);
  await answer(framed, { context: "family", length: "quick", values: VALUES });
  await framed.getByRole("heading", { level: 2, name: "Your results" }).waitFor();
  await pause(500);

  const registrations = () => navigator.serviceWorker.getRegistrations().then((list) => list.map((r) => r.scope));
  assert.deepEqual(await page.evaluate(registrations), [], "no service worker on the host origin");
  const frame = await kindredFrame(page);
  assert.deepEqual(await frame.evaluate(registrations), [], "no service worker for the frame on the widget origin");
  assert.deepEqual(page.context().serviceWorkers(), [], "no service worker is running in the browser context");
  const workerFiles = page.context().record.requests
    .map((r) => new URL(r.url()).pathname)
    .filter((path) => path === "/sw.js" || path.startsWith("/register-sw-"));
  assert.deepEqual(workerFiles, [], "neither the worker nor its registration script is even fetched");

  // Two finished takes, and all the host page heard was how tall the frame is.
  const messages = await page.evaluate(() => window.__messages);
  assert.ok(messages.length > 0, "the frame reported its height");
  for (const message of messages) {
    assert.deepEqual(
      message,
      { origin: embed.widgetOrigin, keys: ["height", "type"], type: "kindred:height", height: "number" },
      "nothing but {type: \"kindred:height\", height} from the frame, and no kindred-complete event without emit-events",
    );
  }
});
