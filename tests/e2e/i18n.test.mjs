// Kindred in its four languages, in a real Chromium: a whole check-in by
// keyboard alone in each, WCAG 2.2 AA (axe-core) on every screen in light
// and dark, right-to-left Arabic and long German words on a 320 px screen,
// how a widget picks its language from its host page and the browser, the
// installed app switching language offline, numbers and plurals through
// the browser's Intl, and no flash of English before a catalogue arrives.
//
// The expected words are read from the Rust catalogues themselves
// (src/i18n/<code>.rs, the source of truth), not from the JSON files the
// app fetches, so a stale or wrong shipped file shows up here.
//
// Run: node --test tests/e2e/i18n.test.mjs   (KINDRED_DIST picks the build)

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { DIST, REPO_ROOT, useKindred } from "./harness.mjs";
import {
  CHARACTERISTICS,
  eventually,
  expectFocused,
  expectedResults,
  focusedElement,
  statementsFor,
  storedDocument,
} from "./kindred.mjs";
import { axeViolations, describeViolations, labelInNameMismatches } from "./axe.mjs";

const kindred = useKindred();

// ---------------------------------------------------------------------------
// The catalogues, read from the Rust source

/**
 * Reads `pub const XX: Catalogue = Catalogue { ... };` from a catalogue
 * file: each field's value as a string, an array (nested as written), or
 * for a `Plural` its six forms (zero, one, two, few, many, other).
 */
function readCatalogue(file) {
  const src = readFileSync(file, "utf8");
  const start = src.indexOf("= Catalogue {");
  assert.ok(start >= 0, `${file} holds a Catalogue literal`);
  const tokens = [];
  let i = start + "= Catalogue".length;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === "/" && src[i + 1] === "/") {
      while (i < src.length && src[i] !== "\n") i++;
    } else if (c === '"') {
      let text = "";
      i++;
      while (src[i] !== '"') {
        if (src[i] !== "\\") {
          text += src[i++];
          continue;
        }
        const escaped = src[i + 1];
        if (escaped === "n") {
          text += "\n";
          i += 2;
        } else if (escaped === "t") {
          text += "\t";
          i += 2;
        } else if (escaped === "u") {
          const close = src.indexOf("}", i);
          text += String.fromCodePoint(parseInt(src.slice(i + 3, close), 16));
          i = close + 1;
        } else if (escaped === "\n" || escaped === "\r") {
          // A line continuation skips the line break and leading spaces.
          i += 2;
          while (/\s/.test(src[i])) i++;
        } else {
          text += escaped;
          i += 2;
        }
      }
      i++;
      tokens.push({ text });
    } else {
      const word = src.slice(i, i + 80).match(/^[A-Za-z_][A-Za-z0-9_]*(?:::[A-Za-z_][A-Za-z0-9_]*)*/);
      if (word) {
        tokens.push({ word: word[0] });
        i += word[0].length;
      } else {
        tokens.push({ punct: c });
        i++;
        if (c === ";") break;
      }
    }
  }
  let at = 0;
  const expect = (punct) => {
    const token = tokens[at++];
    assert.equal(token?.punct, punct, `${file}: expected "${punct}", got ${JSON.stringify(token)}`);
  };
  const comma = () => {
    if (tokens[at]?.punct === ",") at++;
  };
  const value = () => {
    const token = tokens[at++];
    if (token.text !== undefined) return token.text;
    if (token.punct === "[") {
      const items = [];
      while (tokens[at].punct !== "]") {
        items.push(value());
        comma();
      }
      at++;
      return items;
    }
    if (token.word === "Plural::one_other") {
      expect("(");
      const one = value();
      expect(",");
      const other = value();
      comma();
      expect(")");
      return [other, one, other, other, other, other];
    }
    if (token.word === "Plural") {
      expect("(");
      const forms = value();
      comma();
      expect(")");
      return forms;
    }
    throw new Error(`${file}: cannot read ${JSON.stringify(token)}`);
  };
  expect("{");
  const catalogue = {};
  while (tokens[at].punct !== "}") {
    const name = tokens[at++].word;
    expect(":");
    catalogue[name] = value();
    comma();
  }
  return catalogue;
}

const LANGS = ["en", "es", "de", "ar"];
const DIR = { en: "ltr", es: "ltr", de: "ltr", ar: "rtl" };
/** Each language's words, by field name, from src/i18n/<code>.rs. */
const T = Object.fromEntries(LANGS.map((l) => [l, readCatalogue(join(REPO_ROOT, "src/i18n", `${l}.rs`))]));
/** Each language's name in itself, as the language menu lists it. */
const NAMES = { en: "English", es: "Español", de: "Deutsch", ar: "العربية" };

const PLURAL_CATEGORIES = ["zero", "one", "two", "few", "many", "other"];

/** Fills `{name}` placeholders. */
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/**
 * The locale numbers and dates are written in: Arabic with Arabic-Indic
 * digits ("١٠"), as the catalogue's own "١٠٠" is. Said explicitly, because
 * current CLDR gives plain "ar" Western digits ("10").
 */
const NUMBER_LOCALE = { en: "en", es: "es", de: "de", ar: "ar-u-nu-arab" };

/** A number as the language writes it (Arabic-Indic digits in Arabic). */
const num = (lang, n) => new Intl.NumberFormat(NUMBER_LOCALE[lang]).format(n);

/** The form of a plural entry for `n`, with `{count}` filled in. */
function count(lang, forms, n) {
  const form = forms[PLURAL_CATEGORIES.indexOf(new Intl.PluralRules(lang).select(n))];
  return fill(form, { count: num(lang, n) });
}

/** "10 statements, about 2 minutes" in `lang`: 12 seconds a statement. */
function lengthDetail(lang, length) {
  const statements = length === "quick" ? 10 : 25;
  const minutes = Math.ceil((statements * 12) / 60);
  const t = T[lang];
  return fill(t.length_detail, {
    statements: count(lang, t.statement_count, statements),
    minutes: count(lang, t.minute_count, minutes),
  });
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where a statement sits in the catalogue: the bank's order. */
function bankIndex(id) {
  const [characteristic, n] = id.split("-");
  return CHARACTERISTICS.findIndex((c) => c.toLowerCase() === characteristic) * 5 + Number(n) - 1;
}

const CONTEXT_INDEX = { romantic: 0, friend: 1, family: 2 };

/** A statement of the quick check as shown in `lang` for a friend. */
function statementIn(lang, statement, context = "friend") {
  return T[lang].statements[bankIndex(statement.id)][CONTEXT_INDEX[context]];
}

/**
 * Bits of English text a non-English screen must never show: every
 * English entry that the language words differently, split at its
 * placeholders, keeping pieces of at least four letters that the language
 * itself never uses. The language menu's names are left out (the menu
 * lists "English" in every language, by design).
 */
const ENGLISH_BITS = Object.fromEntries(
  LANGS.filter((l) => l !== "en").map((lang) => {
    const theirs = new Set(Object.values(T[lang]).flat(Infinity));
    const theirsJoined = [...theirs].join("\n");
    const bits = new Set();
    for (const [field, english] of Object.entries(T.en)) {
      if (field === "language_name") continue;
      const ours = [english].flat(Infinity);
      const other = [T[lang][field]].flat(Infinity);
      ours.forEach((text, i) => {
        if (text === other[i]) return;
        for (const piece of text.split(/\{\w+\}/)) {
          const bit = piece.trim();
          if ((bit.match(/\p{L}/gu) ?? []).length < 4) continue;
          if (theirsJoined.includes(bit)) continue;
          bits.add(bit);
        }
      });
    }
    const patterns = [...bits].map((bit) => ({
      bit,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(bit)}(?![\\p{L}\\p{N}])`, "u"),
    }));
    return [lang, patterns];
  }),
);

/** The English bits found in `text` (none for English itself). */
function englishIn(lang, text) {
  if (lang === "en") return [];
  return ENGLISH_BITS[lang].filter(({ pattern }) => pattern.test(text)).map(({ bit }) => bit);
}

// ---------------------------------------------------------------------------
// The page

/** The standalone app in `lang`. */
const appUrl = (lang) => `${kindred.url}?lang=${lang}`;

/** Everything a person can read or hear of the standalone page's Kindred. */
async function readableText(page) {
  return page.evaluate(() => {
    const root = document.querySelector("#kindred");
    const labels = [...root.querySelectorAll("[aria-label], [title], [placeholder], [alt]")].flatMap((el) =>
      ["aria-label", "title", "placeholder", "alt"].map((a) => el.getAttribute(a)).filter(Boolean),
    );
    return [document.title, root.innerText, ...labels].join("\n");
  });
}

/** Fails if any English text shows on a screen in another language. */
async function assertNoEnglish(page, lang, screen) {
  if (lang === "en") return;
  const found = englishIn(lang, await readableText(page));
  assert.deepEqual(found, [], `English text on the ${screen} screen in ${lang}`);
}

/** The standalone page speaks `lang`: document, title and Kindred's root. */
async function assertPageLanguage(page, lang) {
  const seen = await page.evaluate(() => {
    const root = document.querySelector("#kindred .kindred");
    return {
      htmlLang: document.documentElement.getAttribute("lang"),
      htmlDir: document.documentElement.getAttribute("dir"),
      title: document.title,
      rootLang: root?.getAttribute("lang"),
      rootDir: root?.getAttribute("dir"),
    };
  });
  // The title says which screen is showing, in the page's language.
  const t = T[lang];
  const screenTitles = [t.setup_title, t.results_title, t.past_check_ins].map((h) => `${h} – Kindred`);
  const progress = new RegExp(
    `^${escapeRegExp(t.statement_progress).replace("\\{number\\}", ".+").replace("\\{total\\}", ".+")} – Kindred$`,
  );
  const titleOk = seen.title === t.app_title || screenTitles.includes(seen.title) || progress.test(seen.title);
  assert.ok(titleOk, `the title “${seen.title}” is a ${lang} screen title`);
  delete seen.title;
  assert.deepEqual(
    seen,
    {
      htmlLang: lang,
      htmlDir: DIR[lang],
      rootLang: lang,
      rootDir: DIR[lang],
    },
    `the page speaks ${lang}`,
  );
}

const h2 = (root, name) => root.getByRole("heading", { level: 2, name, exact: true });

/** The answer radio for value 1..5 in `lang`. */
const answerIn = (root, lang, value) => root.getByRole("radio", { name: T[lang].agreement[value - 1], exact: true });

/** Which answer is checked on screen in `lang`, or null. */
async function checkedIn(root, lang) {
  for (const value of [1, 2, 3, 4, 5]) {
    if (await answerIn(root, lang, value).isChecked()) return value;
  }
  return null;
}

/** Waits for "Statement n of total" in `lang`, numbers written its way. */
async function expectProgressIn(root, lang, number, total) {
  const text = fill(T[lang].statement_progress, { number: num(lang, number), total: num(lang, total) });
  const shown = root.locator(".progress h2");
  await eventually(async () => {
    assert.equal((await shown.textContent()).trim(), text, `the progress line in ${lang}`);
  });
  return text;
}

/** Presses Tab until `locator` has focus (at most `max` times). */
async function tabTo(page, locator, max = 60) {
  for (let i = 0; i < max; i++) {
    const focused = await locator.evaluate((el) => el === el.ownerDocument.activeElement).catch(() => false);
    if (focused) return;
    await page.keyboard.press("Tab");
  }
  await expectFocused(locator, `Tab never reached ${locator}`);
}

/** A control whose accessible name lacks its visible text, said plainly. */
const labelInName = (m) => `label in name (WCAG 2.5.3): visible "${m.text}" is not in aria-label "${m.label}"`;

/**
 * What axe (WCAG 2.2 A/AA) and, unless `labels` is false, the label-in-name
 * check find on `page` now, each as a line starting with `[where]`.
 */
async function findings(page, where, { labels = true } = {}) {
  const lines = [];
  const violations = await axeViolations(page);
  if (violations.length) lines.push(describeViolations(violations, `[${where}] `));
  if (labels) {
    for (const m of await labelInNameMismatches(page)) lines.push(`[${where}] ${labelInName(m)}\n    ${m.html}`);
  }
  return lines;
}

/** The screens `everyScreen` visits, in order. */
const SCREENS = ["welcome", "set-up", "statement", "review", "results", "together", "past check-ins", "over time"];

// The same answers as the core keyboard test: overall 50.
const QUICK_VALUES = [5, 2, 4, 1, 3, 4, 1, 5, 2, 3];

/**
 * Walks Kindred in `lang` through every screen with a pointer (welcome,
 * set-up, a statement, results, past check-ins), calling `visit(name)` on
 * each once it has drawn. The standalone page unless `url` says otherwise
 * (the iframe page, for one).
 */
async function everyScreen(page, lang, visit, url = appUrl(lang)) {
  const t = T[lang];
  await page.goto(url);
  await h2(page, t.welcome_title).waitFor();
  await visit("welcome");
  await page.getByRole("button", { name: t.begin, exact: true }).click();
  await h2(page, t.setup_title).waitFor();
  await visit("set-up");
  await page.getByRole("radio", { name: t.contexts[1], exact: true }).check();
  await page.getByRole("radio", { name: new RegExp(`^${escapeRegExp(t.lengths[0])}`) }).check();
  await page.getByRole("button", { name: t.start, exact: true }).click();
  const statements = statementsFor("quick");
  for (let i = 0; i < statements.length; i++) {
    // The statement itself says which one is on screen (the progress
    // line's numbers are checked elsewhere).
    await page.getByText(statementIn(lang, statements[i]), { exact: true }).waitFor();
    if (i === 0) await visit("statement");
    await answerIn(page, lang, QUICK_VALUES[i]).check();
    await page.getByRole("button", { name: t.next, exact: true }).click();
  }
  await h2(page, t.review_title).waitFor();
  await visit("review");
  await page.getByRole("button", { name: t.see_results, exact: true }).click();
  await h2(page, t.results_title).waitFor();
  await visit("results");
  // The partner's view (a chunk fetched when opened).
  await page.getByRole("button", { name: t.share_button, exact: true }).click();
  await h2(page, t.together_title).waitFor();
  await visit("together");
  await page.getByRole("button", { name: t.back_to_results, exact: true }).click();
  await h2(page, t.results_title).waitFor();
  await page.getByRole("button", { name: new RegExp(`^${escapeRegExp(t.past_check_ins)}`) }).first().click();
  await h2(page, t.past_check_ins).waitFor();
  await visit("past check-ins");
  // A second check-in about the same friend: past check-ins then show the
  // trend and the comparison of two.
  await page.getByRole("button", { name: t.back_to_start, exact: true }).click();
  await h2(page, t.welcome_title).waitFor();
  await page.getByRole("button", { name: new RegExp(`^(${escapeRegExp(t.begin)}|${escapeRegExp(t.start_new_check_in)})$`) }).first().click();
  await h2(page, t.setup_title).waitFor();
  await page.getByRole("radio", { name: t.contexts[1], exact: true }).check();
  await page.getByRole("radio", { name: new RegExp(`^${escapeRegExp(t.lengths[0])}`) }).check();
  await page.getByRole("button", { name: t.start, exact: true }).click();
  for (let i = 0; i < statements.length; i++) {
    await page.getByText(statementIn(lang, statements[i]), { exact: true }).waitFor();
    await answerIn(page, lang, QUICK_VALUES[(i + 3) % QUICK_VALUES.length]).check();
    await page.getByRole("button", { name: t.next, exact: true }).click();
  }
  await page.getByRole("button", { name: t.see_results, exact: true }).click();
  await h2(page, t.results_title).waitFor();
  await page.getByRole("button", { name: new RegExp(`^${escapeRegExp(t.past_check_ins)}`) }).first().click();
  await h2(page, t.past_check_ins).waitFor();
  await page.locator("svg.trend").first().waitFor();
  await visit("over time");
}

// ---------------------------------------------------------------------------

test("the shipped catalogues are the Rust source's, in its field order", () => {
  for (const lang of LANGS.filter((l) => l !== "en")) {
    // An array: a header naming the catalogue's layout and language, then
    // every text in the Rust struct's field order.
    const [header, ...first] = JSON.parse(readFileSync(join(DIST, "lang", `${lang}.json`), "utf8"));
    assert.match(header, new RegExp(`^kindred-catalogue \\d+ ${lang}$`), `lang/${lang}.json says which language it is`);
    // The texts of screens fetched when first opened follow, in their own
    // file, fetched with those screens.
    const [laterHeader, ...later] = JSON.parse(readFileSync(join(DIST, "lang", `${lang}-later.json`), "utf8"));
    assert.equal(laterHeader, `${header} later`);
    const shipped = [...first, ...later];
    const expected = Object.values(T[lang]).flat(Infinity);
    const differing = expected.flatMap((text, i) => (shipped[i] === text ? [] : [i]));
    assert.equal(shipped.length, expected.length, `lang/${lang}.json holds every text`);
    assert.deepEqual(
      differing.slice(0, 5).map((i) => ({ index: i, source: expected[i], shipped: shipped[i] })),
      [],
      `lang/${lang}.json differs from src/i18n/${lang}.rs in ${differing.length} of ${expected.length} texts` +
        " (run scripts/catalogues)",
    );
  }
});

for (const lang of LANGS) {
  test(`${lang}: a quick check by keyboard alone, results and past check-ins all in ${NAMES[lang]}`, async () => {
    const t = T[lang];
    const page = await kindred.newPage();
    await page.goto(appUrl(lang));
    await h2(page, t.welcome_title).waitFor();
    await assertPageLanguage(page, lang);
    await assertNoEnglish(page, lang, "welcome");
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true, "no focus stolen");
    // The menu names the language it shows, in that language.
    const menu = page.getByRole("combobox", { name: t.language_menu, exact: true });
    assert.equal(await menu.inputValue(), lang, "the language menu shows the language in use");

    await page.keyboard.press("Tab");
    await expectFocused(page.getByRole("button", { name: t.begin, exact: true }), "Tab reaches Begin first");
    await page.keyboard.press("Enter");

    await expectFocused(h2(page, t.setup_title));
    await assertNoEnglish(page, lang, "set-up");
    await page.keyboard.press("Tab");
    await expectFocused(page.getByRole("radio", { name: t.contexts[0], exact: true }));
    await page.keyboard.press("ArrowDown");
    const friend = page.getByRole("radio", { name: t.contexts[1], exact: true });
    await expectFocused(friend);
    assert.equal(await friend.isChecked(), true, "ArrowDown chose a friend");
    await page.keyboard.press("Tab");
    await expectFocused(page.getByRole("textbox", { name: t.person_label, exact: true }), "the optional name comes next");
    await page.keyboard.press("Tab");
    const quick = page.getByRole("radio", { name: new RegExp(`^${escapeRegExp(t.lengths[0])}`) });
    await expectFocused(quick);
    await page.keyboard.press("Space");
    assert.equal(await quick.isChecked(), true, "Space chose the quick check");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    await expectFocused(friend);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expectFocused(quick);
    await page.keyboard.press("Tab");
    await expectFocused(page.getByRole("button", { name: t.start, exact: true }));
    await page.keyboard.press("Enter");

    // Arrows follow the writing direction: in Arabic, Left is forward.
    const [forward, backward] = DIR[lang] === "rtl" ? ["ArrowLeft", "ArrowRight"] : ["ArrowRight", "ArrowLeft"];
    const statements = statementsFor("quick");
    for (let i = 0; i < statements.length; i++) {
      const number = i + 1;
      const value = QUICK_VALUES[i];
      await expectProgressIn(page, lang, number, 10);
      const text = statementIn(lang, statements[i]);
      await eventually(async () => {
        assert.equal((await focusedElement(page)).text, text, `focus on statement ${number}`);
      });
      await page.getByText(t.thinking_about[1], { exact: true }).waitFor();
      if (number === 1) await assertNoEnglish(page, lang, "statement");
      assert.equal(await checkedIn(page, lang), null, `statement ${number} starts unanswered`);

      await page.keyboard.press("Tab");
      await expectFocused(answerIn(page, lang, 1));
      if (value === 1) {
        await page.keyboard.press("Space");
      } else if (value === 4) {
        for (let step = 0; step < 4; step++) await page.keyboard.press(forward);
        await page.keyboard.press(backward);
      } else if (value === 3) {
        await page.keyboard.press("ArrowDown");
        await page.keyboard.press("ArrowDown");
      } else {
        for (let step = 1; step < value; step++) await page.keyboard.press(forward);
      }
      await expectFocused(answerIn(page, lang, value));
      assert.equal(await checkedIn(page, lang), value, `statement ${number} answered ${value}`);

      await page.keyboard.press("Tab");
      await expectFocused(page.getByRole("button", { name: t.next, exact: true }));
      await page.keyboard.press(number % 2 ? "Enter" : "Space");
    }

    await expectFocused(h2(page, t.review_title));
    await assertNoEnglish(page, lang, "review");
    await tabTo(page, page.getByRole("button", { name: t.see_results, exact: true }));
    await page.keyboard.press("Enter");

    const expected = expectedResults("quick", QUICK_VALUES);
    await expectFocused(h2(page, t.results_title));
    await page.getByText(fill(t.overall, { score: num(lang, expected.overall) }), { exact: true }).waitFor();
    await assertPageLanguage(page, lang);
    await assertNoEnglish(page, lang, "results");

    const past = page.getByRole("button", { name: new RegExp(`^${escapeRegExp(t.past_check_ins)}`) }).first();
    await tabTo(page, past);
    await page.keyboard.press("Enter");
    await h2(page, t.past_check_ins).waitFor();
    const rows = page.locator("#kindred li[data-id]:visible");
    await eventually(async () => assert.equal(await rows.count(), 1, "one past check-in"));
    const summary = fill(t.row_summary, {
      context: t.contexts[1],
      length: t.lengths[0],
      score: num(lang, expected.overall),
    });
    await rows.getByText(summary).waitFor();
    // Its date is the browser's, in the language's own way.
    const [take] = (await storedDocument(page)).history;
    const date = await page.evaluate(
      ([l, ms]) => new Intl.DateTimeFormat(l, { dateStyle: "long", timeStyle: "short" }).format(new Date(ms)),
      [NUMBER_LOCALE[lang], take.finished_at_ms],
    );
    assert.equal((await rows.locator("strong").textContent()).trim(), date, "the date, written the reader's way");
    await assertPageLanguage(page, lang);
    await assertNoEnglish(page, lang, "past check-ins");
  });
}

for (const lang of LANGS) {
  const title = `${lang}: no WCAG 2.2 A/AA violation (axe-core; label in name) on any screen, light and dark`;
  test(`${title}, standalone and iframe page`, async () => {
    const page = await kindred.newPage();
    const found = [];
    const checked = [];
    // What was found is reported even if a later screen cannot be reached.
    const journey = await everyScreen(page, lang, async (screen) => {
      for (const colorScheme of ["light", "dark"]) {
        await page.emulateMedia({ colorScheme });
        found.push(...(await findings(page, `${lang} ${colorScheme} ${screen}`, { labels: colorScheme === "light" })));
      }
      await page.emulateMedia({ colorScheme: "light" });
      checked.push(screen);
    }).catch((error) => error);

    // The iframe page with the host's theme="dark" on a light system (so
    // the theme, not the system, makes it dark). It speaks the language
    // as a whole document too.
    const framed = await kindred.newPage();
    const inFrame = [];
    const frameJourney = await everyScreen(
      framed,
      lang,
      async (screen) => {
        if (screen === "welcome") {
          await assertPageLanguage(framed, lang);
          const theme = await framed.locator("#kindred .kindred").getAttribute("data-theme");
          assert.equal(theme, "dark", "theme=dark reaches the root");
        }
        found.push(...(await findings(framed, `${lang} frame.html theme=dark ${screen}`)));
        inFrame.push(screen);
      },
      `${kindred.url}frame.html?lang=${lang}&theme=dark`,
    ).catch((error) => error);
    const where = `screens checked: ${checked.join(", ")}; on frame.html: ${inFrame.join(", ")}`;
    assert.equal(found.length, 0, `accessibility violations (${where}):\n${found.join("\n")}`);
    if (journey) throw journey;
    if (frameJourney) throw frameJourney;
    assert.deepEqual(checked, SCREENS);
    assert.deepEqual(inFrame, SCREENS);
  });
}

for (const lang of LANGS) {
  test(`${lang}: no WCAG 2.2 A/AA violation (axe-core) on any screen of the custom element, light and dark themes`, async () => {
    const widgetPage = (theme) =>
      hostPage("en", `<kindred-check id="w" lang="${lang}" theme="${theme}" namespace="axe-${theme}"></kindred-check>`);
    const site = await kindred.serve(DIST, { pages: { "/light.html": widgetPage("light"), "/dark.html": widgetPage("dark") } });
    const found = [];
    for (const theme of ["light", "dark"]) {
      const page = await kindred.newPage();
      const checked = [];
      const journey = await everyScreen(
        page,
        lang,
        async (screen) => {
          const root = page.locator("kindred-check#w .kindred");
          assert.equal(await root.getAttribute("data-theme"), theme);
          // axe walks the open shadow root by itself.
          found.push(...(await findings(page, `${lang} <kindred-check theme=${theme}> ${screen}`)));
          checked.push(screen);
        },
        `${site.origin}/${theme}.html`,
      ).catch((error) => error);
      assert.equal(found.length, 0, `accessibility violations:\n${found.join("\n")}`);
      if (journey) throw journey;
      assert.deepEqual(checked, SCREENS);
    }
  });
}

for (const lang of ["ar", "de"]) {
  test(`${lang}: no horizontal scrolling at 320 px on any screen${lang === "ar" ? ", right to left" : ""}`, async () => {
    const page = await kindred.newPage({ contextOptions: { viewport: { width: 320, height: 640 } } });
    const wide = [];
    const checked = [];
    const journey = await everyScreen(page, lang, async (screen) => {
      checked.push(screen);
      const seen = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const outside = [...document.querySelectorAll("#kindred *")]
          .filter((el) => {
            const box = el.getBoundingClientRect();
            return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
          })
          .slice(0, 5)
          .map((el) => {
            const box = el.getBoundingClientRect();
            const classes = el.className ? `.${String(el.className).split(" ").join(".")}` : "";
            const text = el.textContent.trim().slice(0, 40);
            return `${el.tagName.toLowerCase()}${classes} [${Math.round(box.left)}..${Math.round(box.right)}] "${text}"`;
          });
        return {
          scrollWidth: document.documentElement.scrollWidth,
          dir: document.querySelector("#kindred .kindred")?.getAttribute("dir"),
          outside,
        };
      });
      assert.equal(seen.dir, DIR[lang], `the root's dir on the ${screen} screen`);
      if (seen.scrollWidth > 320) {
        wide.push(`${screen}: scrollWidth ${seen.scrollWidth}; ${seen.outside.join("; ")}`);
      }
    }).catch((error) => error);
    assert.deepEqual(wide, [], `screens wider than 320 px in ${lang} (screens checked: ${checked.join(", ")})`);
    if (journey) throw journey;
    assert.deepEqual(checked, SCREENS);
  });
}

// ---------------------------------------------------------------------------
// Widgets: the language of the page around them, and of the browser

/** A host page with the embed script; `htmlLang` null leaves `lang` off. */
function hostPage(htmlLang, body) {
  return `<!DOCTYPE html>
<html${htmlLang ? ` lang="${htmlLang}"` : ""}>
  <head>
    <meta charset="utf-8" />
    <title>A host page</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/kindred-embed.js"></script>
  </head>
  <body>
    <h1>Kindred</h1>
    ${body}
  </body>
</html>`;
}

const HOST_PAGES = {
  "/html-es.html": hostPage("es", `<kindred-check id="w"></kindred-check>`),
  "/div-es.html": hostPage("en", `<div lang="es"><p>Texto.</p><kindred-check id="w"></kindred-check></div>`),
  "/attribute-de.html": hostPage("es", `<kindred-check id="w" lang="de"></kindred-check>`),
  "/no-lang.html": hostPage(null, `<kindred-check id="w"></kindred-check>`),
  "/html-fr.html": hostPage("fr", `<kindred-check id="w"></kindred-check>`),
};

/** Opens a host page and checks its widget speaks `lang`, leaving the host alone. */
async function widgetSpeaks(path, lang, contextOptions) {
  const site = await kindred.serve(DIST, { pages: HOST_PAGES });
  const page = await kindred.newPage({ contextOptions });
  await page.goto(`${site.origin}${path}`);
  const hostBefore = await page.evaluate(() => document.documentElement.getAttribute("lang"));
  const widget = page.locator("kindred-check#w");
  const t = T[lang];
  await h2(widget, t.welcome_title).waitFor();
  await widget.getByRole("button", { name: t.begin, exact: true }).waitFor();
  const root = widget.locator(".kindred");
  assert.equal(await root.getAttribute("lang"), lang, `${path}: the widget's root says ${lang}`);
  assert.equal(await root.getAttribute("dir"), DIR[lang], `${path}: the widget's root writing direction`);
  const text = await root.evaluate((el) => el.innerText);
  assert.deepEqual(englishIn(lang, text), [], `${path}: no English in the ${lang} widget`);
  // A widget never changes its host's document.
  const host = await page.evaluate(() => ({
    lang: document.documentElement.getAttribute("lang"),
    dir: document.documentElement.getAttribute("dir"),
    title: document.title,
  }));
  assert.deepEqual(host, { lang: hostBefore, dir: null, title: "A host page" }, `${path}: the host page is untouched`);
  return page;
}

test("a widget without a lang attribute speaks its host page's: <html lang=es>, or a <div lang=es> around it", async () => {
  await widgetSpeaks("/html-es.html", "es");
  await widgetSpeaks("/div-es.html", "es");
});

test('a widget\'s own lang="de" wins over the host page\'s lang="es"', async () => {
  await widgetSpeaks("/attribute-de.html", "de");
});

test("on a host page without lang, a browser set to es-MX gets Spanish", async () => {
  const page = await widgetSpeaks("/no-lang.html", "es", { locale: "es-MX" });
  assert.equal(await page.evaluate(() => navigator.languages[0]), "es-MX");
});

test("a host page in a language Kindred does not speak (fr) falls back to the browser's de-AT: German", async () => {
  const page = await widgetSpeaks("/html-fr.html", "de", { locale: "de-AT" });
  assert.equal(await page.evaluate(() => navigator.languages[0]), "de-AT");
});

// ---------------------------------------------------------------------------

/** Which catalogues Kindred's caches hold, by language code. */
async function cachedLanguages(page) {
  return page.evaluate(async () => {
    const held = [];
    for (const key of await caches.keys()) {
      if (!key.startsWith("kindred-")) continue;
      const cache = await caches.open(key);
      for (const code of ["es", "de", "ar"]) {
        if (await cache.match(new URL(`lang/${code}.json`, location.href).href)) held.push(code);
      }
    }
    return [...new Set(held)].sort();
  });
}

test("the installed app switches language with no network, and remembers the choice", async () => {
  const page = await kindred.newPage();
  await page.goto(kindred.url);
  await h2(page, T.en.welcome_title).waitFor();
  const state = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active.state));
  assert.match(state, /^activat(ing|ed)$/, "the worker became active");
  assert.deepEqual(await cachedLanguages(page), [], "a first visit caches no other language");

  // A returning visit: the worker controls the page, which asks it to keep
  // every language.
  await page.reload();
  await h2(page, T.en.welcome_title).waitFor();
  assert.equal(
    await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null),
    new URL("sw.js", kindred.url).href,
    "the page is controlled by Kindred's worker",
  );
  await eventually(async () => {
    assert.deepEqual(await cachedLanguages(page), ["ar", "de", "es"], "every catalogue is cached");
  });

  await page.context().setOffline(true);
  await page.reload();
  await h2(page, T.en.welcome_title).waitFor();
  // The menu loads the page again in the chosen language (from the
  // worker's cache: there is no network).
  await page.getByRole("combobox", { name: T.en.language_menu, exact: true }).selectOption({ label: NAMES.ar });
  await h2(page, T.ar.welcome_title).waitFor();
  await assertPageLanguage(page, "ar");
  await assertNoEnglish(page, "ar", "welcome");
  await page.getByRole("button", { name: T.ar.begin, exact: true }).click();
  await h2(page, T.ar.setup_title).waitFor();
  await page.getByRole("radio", { name: T.ar.contexts[1], exact: true }).waitFor();
  await assertNoEnglish(page, "ar", "set-up");

  await page.reload();
  await h2(page, T.ar.welcome_title).waitFor();
  await assertPageLanguage(page, "ar");
  await assertNoEnglish(page, "ar", "welcome");
  const menu = page.getByRole("combobox", { name: T.ar.language_menu, exact: true });
  assert.equal(await menu.inputValue(), "ar", "the menu shows the remembered choice");
  // Kept apart from the check-in records (kindred.take.N and so on).
  const remembered = await page.evaluate(() =>
    Object.entries(localStorage).filter(([key]) => /^kindred[.-]language$/.test(key)),
  );
  assert.equal(remembered.length, 1, `one remembered language: ${JSON.stringify(remembered)}`);
  assert.equal(remembered[0][1], "ar");
});

test("numbers and plurals come from the browser's Intl: Arabic-Indic digits, German counts", async () => {
  for (const lang of LANGS) {
    const t = T[lang];
    const page = await kindred.newPage();
    await page.goto(appUrl(lang));
    await h2(page, t.welcome_title).waitFor();
    const facts = (await page.locator("#kindred .facts li").allTextContents()).map((s) => s.trim());
    const expected = ["quick", "full"].map(
      (length, i) => `${t.lengths[i]}${t.term_separator}${lengthDetail(lang, length)}`,
    );
    if (lang === "ar") {
      assert.ok(facts[0].includes("١٠"), `Arabic writes 10 as ١٠: "${facts[0]}"`);
      assert.ok(facts[1].includes("٢٥"), `Arabic writes 25 as ٢٥: "${facts[1]}"`);
      assert.doesNotMatch(facts.slice(0, 2).join(" "), /[0-9]/, "no Western digits in Arabic");
    }
    assert.deepEqual(facts.slice(0, 2), expected, `${lang}: how long each check is`);
    // The oracle itself, written out, so a slip in it shows.
    const written = {
      de: ["Kurzer Check: 10 Aussagen, etwa 2 Minuten", "Ausführlicher Check: 25 Aussagen, etwa 5 Minuten"],
      ar: ["تقييم سريع: ١٠ عبارات، دقيقتان تقريبًا", "تقييم كامل: ٢٥ عبارةً، ٥ دقائق تقريبًا"],
    };
    if (written[lang]) assert.deepEqual(expected, written[lang], `${lang}: the expected counts`);
    if (lang === "de" || lang === "ar") {
      await page.getByRole("button", { name: t.begin, exact: true }).click();
      await page.getByRole("radio", { name: t.contexts[1], exact: true }).check();
      await page.getByRole("radio", { name: new RegExp(`^${escapeRegExp(t.lengths[0])}`) }).check();
      await page.getByRole("button", { name: t.start, exact: true }).click();
      const progress = await expectProgressIn(page, lang, 1, 10);
      if (lang === "de") assert.equal(progress, "Aussage 1 von 10");
      if (lang === "ar") assert.equal(progress, "العبارة ١ من ١٠");
    }
    await page.context().close();
  }
});

// Once through `?lang=es`, once through a Spanish browser (no query).
for (const [how, url, contextOptions] of [
  ["?lang=es", () => appUrl("es"), undefined],
  ["a browser set to es-ES", () => kindred.url, { locale: "es-ES" }],
]) {
  test(`a Spanish page (${how}) never shows English first, not even for a moment`, async () => {
    const page = await kindred.newPage({
      contextOptions,
      initScript: () => {
        if (window.top !== window) return;
        const seen = (window.__kindredTexts = []);
        const inside = (node) => {
          const el = node.nodeType === 1 ? node : node.parentElement;
          return Boolean(el?.closest?.("#kindred"));
        };
        new MutationObserver((records) => {
          for (const record of records) {
            if (!inside(record.target)) continue;
            if (record.type === "characterData") seen.push(record.target.data);
            if (record.type === "attributes") seen.push(record.target.getAttribute(record.attributeName) ?? "");
            for (const node of record.addedNodes) {
              seen.push(node.textContent ?? "");
              if (node.nodeType === 1) {
                for (const el of [node, ...node.querySelectorAll("*")]) {
                  for (const a of ["aria-label", "title"]) if (el.getAttribute(a)) seen.push(el.getAttribute(a));
                }
              }
            }
          }
        }).observe(document, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
          attributeFilter: ["aria-label", "title"],
        });
      },
    });
    await page.goto(url());
    await h2(page, T.es.welcome_title).waitFor();
    await page.waitForTimeout(200);
    await assertPageLanguage(page, "es");
    const seen = (await page.evaluate(() => window.__kindredTexts)).join("\n");
    assert.ok(seen.includes(T.es.welcome_title), "the recorder saw the Spanish welcome");
    assert.ok(!seen.includes(T.en.welcome_title), `"${T.en.welcome_title}" appeared on a Spanish load`);
    assert.deepEqual(englishIn("es", seen), [], "English text appeared on a Spanish load");
  });
}
