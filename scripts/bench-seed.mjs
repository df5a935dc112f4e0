// What scripts/bench puts in localStorage before Kindred loads: N finished
// full check-ins, in format 2 (one record per take) or format 1 (one
// document), shaped exactly like docs/stored-format.md and the format 1
// fixtures under tests/fixtures/.
//
// The records themselves are built inside the page (5,000 of them would
// make a 3 MB init script otherwise); Node only works out the few answer
// and score variants, from the statement bank and scoring rule the tests
// keep in tests/e2e/kindred.mjs.

import { CHARACTERISTICS, expectedResults, statementsFor } from "../tests/e2e/kindred.mjs";

/** The first seeded take id (14 November 2023); one take a day after it. */
export const FIRST_ID = 1_700_000_000_000;
export const DAY_MS = 86_400_000;
/** How long each seeded take took. */
export const TAKE_MS = 240_000;
/** Contexts cycle in this order. */
export const CONTEXTS = ["romantic", "friend", "family"];

/** The 25 statement ids in bank order (trust-1 ... acceptance-5). */
export const STATEMENT_IDS = CHARACTERISTICS.flatMap((c) =>
  [1, 2, 3, 4, 5].map((n) => `${c.toLowerCase()}-${n}`),
);

/**
 * Five answer patterns for a full check, each with the scores they give:
 * `{ answers, scores }` as JSON text, answers in bank order like the
 * records Kindred writes, scores as the doc lists them.
 */
export function answerVariants() {
  const asked = statementsFor("full");
  return [0, 1, 2, 3, 4].map((variant) => {
    const byId = Object.fromEntries(STATEMENT_IDS.map((id, j) => [id, ((variant + j) % 5) + 1]));
    const expected = expectedResults("full", asked.map((s) => byId[s.id]));
    const scores = Object.fromEntries(CHARACTERISTICS.map((c) => [c.toLowerCase(), expected.scores[c]]));
    scores.overall = expected.overall;
    return { answers: JSON.stringify(byId), scores: JSON.stringify(scores) };
  });
}

/** Everything the in-page seeder needs, small enough for an init script. */
export function seedPlan(count, format) {
  return {
    count,
    format,
    firstId: FIRST_ID,
    dayMs: DAY_MS,
    takeMs: TAKE_MS,
    contexts: CONTEXTS,
    variants: answerVariants(),
  };
}

/**
 * Runs in the page (serialised by Playwright, so self-contained): writes
 * the plan's check-ins with `setItem` (the original one, so the benchmark's
 * counter does not see them). Returns the number of characters written.
 */
export function seedInPage(plan, setItem) {
  const { count, format, firstId, dayMs, takeMs, contexts, variants } = plan;
  const record = (i, withFormat) => {
    const id = firstId + i * dayMs;
    const { answers, scores } = variants[i % variants.length];
    return (
      `{${withFormat ? '"format":2,' : ""}"id":${id},"context":"${contexts[i % contexts.length]}",` +
      `"length":"full","started_at_ms":${id},"finished_at_ms":${id + takeMs},` +
      `"answers":${answers},"scores":${scores}}`
    );
  };
  let written = 0;
  const put = (key, value) => {
    setItem.call(localStorage, key, value);
    written += key.length + value.length;
  };
  if (format === 1) {
    const history = [];
    for (let i = 0; i < count; i++) history.push(record(i, false));
    put("kindred", `{"format":1,"in_progress":null,"history":[${history.join(",")}],"open_results":null}`);
  } else {
    for (let i = 0; i < count; i++) put(`kindred.take.${firstId + i * dayMs}`, record(i, true));
    put("kindred.meta", '{"format":2,"open_results":null}');
  }
  return written;
}
