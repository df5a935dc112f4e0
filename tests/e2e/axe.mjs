// axe-core in a real page: injects the npm package's axe.min.js (never
// fetched from anywhere) and runs the WCAG 2.2 A/AA rules over the whole
// document. axe walks open shadow roots by itself, so a <kindred-check>
// widget is checked along with its host page.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** axe-core's browser build, read once. */
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The rule sets every screen must pass: WCAG 2.0, 2.1 and 2.2, A and AA. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Runs axe over `page`'s document (or a frame) and returns its violations,
 * each as `{ id, impact, help, nodes: [{ target, html, summary }] }`.
 * Injects axe first if this document does not have it yet (a reload or a
 * navigation loses it).
 */
export async function axeViolations(pageOrFrame, { tags = WCAG_TAGS } = {}) {
  const loaded = await pageOrFrame.evaluate(() => typeof window.axe?.run === "function");
  if (!loaded) await pageOrFrame.addScriptTag({ content: AXE_SOURCE });
  return pageOrFrame.evaluate(async (values) => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.flat(Infinity).join(" >> "),
        html: n.html.length > 300 ? `${n.html.slice(0, 300)}…` : n.html,
        summary: n.failureSummary?.replace(/\s+/g, " ").trim() ?? "",
      })),
    }));
  }, tags);
}

/** Violations as readable lines, for an assertion message. */
export function describeViolations(violations, where = "") {
  return violations
    .flatMap((v) => [
      `${where}${v.id} (${v.impact}): ${v.help}`,
      ...v.nodes.map((n) => `    ${n.target}\n      ${n.html}\n      ${n.summary}`),
    ])
    .join("\n");
}

/**
 * WCAG 2.5.3 (Label in Name), checked for every script: axe's own rule
 * (label-content-name-mismatch) passes text it does not judge "human
 * interpretable", Arabic among it. Returns the visible controls whose
 * `aria-label` does not contain their visible text (case, punctuation and
 * spacing aside), as `{ html, text, label }`.
 */
export async function labelInNameMismatches(pageOrFrame) {
  return pageOrFrame.evaluate(() => {
    const norm = (s) =>
      s
        .toLocaleLowerCase()
        .replace(/[\p{P}\p{S}]/gu, " ")
        .replace(/\s+/g, " ")
        .trim();
    const controls = [];
    const collect = (root) => {
      for (const el of root.querySelectorAll("*")) {
        if (el.shadowRoot) collect(el.shadowRoot);
        if (el.matches("button, a[href], summary, [role=button], [role=link], [role=tab], [role=menuitem]")) {
          controls.push(el);
        }
      }
    };
    collect(document);
    return controls
      .filter((el) => el.hasAttribute("aria-label") && el.getClientRects().length > 0)
      .map((el) => ({ el, text: el.innerText ?? "", label: el.getAttribute("aria-label") }))
      .filter(({ text, label }) => norm(text) && !norm(label).includes(norm(text)))
      .map(({ el, text, label }) => ({ html: el.outerHTML.slice(0, 300), text: text.trim(), label }));
  });
}
