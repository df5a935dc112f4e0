//! A catalogue in use: its texts, filled in with numbers, dates and lists
//! written the reader's way.

use super::{intl, Catalogue, Lang, Plural};
use crate::assessment::{
    Agreement, Band, Characteristic, Practice, Progress, RelationshipContext, Statement,
    TakeLength, PRACTICES, STATEMENTS,
};

/// Replaces each `{name}` in `template` with its value. Values are plain
/// text; Leptos escapes them when they are shown.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = String::with_capacity(template.len());
    let mut rest = template;
    // One pass, so a value that happens to contain braces is left alone.
    // (`split_once` on a char, not slicing by index: no panic path.)
    while let Some((before, after)) = rest.split_once('{') {
        text.push_str(before);
        let named = after.split_once('}').and_then(|(name, tail)| {
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, value)| (*value, tail))
        });
        match named {
            Some((value, tail)) => {
                text.push_str(value);
                rest = tail;
            }
            None => {
                text.push('{');
                rest = after;
            }
        }
    }
    text.push_str(rest);
    text
}

/// The words of one language. `Copy`, so every screen can hold it.
#[derive(Clone, Copy, Debug)]
pub struct Words {
    pub lang: Lang,
    /// Every text of the language.
    pub t: &'static Catalogue,
}

impl Words {
    /// English, built in.
    pub fn english() -> Self {
        Words {
            lang: Lang::En,
            t: &super::EN,
        }
    }

    /// A number as the reader writes it (Arabic-Indic digits in Arabic).
    pub fn number(&self, n: impl Into<usize>) -> String {
        intl::number(self.lang, n.into())
    }

    /// The form of `plural` for `n`, with `{count}` filled in.
    pub fn count(&self, plural: &Plural, n: usize) -> String {
        let form = plural.form(&intl::plural_category(self.lang, n));
        fill(form, &[("count", &self.number(n))])
    }

    /// A change in a score, with its sign ("+12", "-5", "0").
    pub fn signed(&self, n: i16) -> String {
        intl::signed(self.lang, n)
    }

    /// A date and time, long date and short time.
    pub fn date(&self, ms: u64) -> String {
        intl::date(self.lang, ms)
    }

    /// Items joined as a sentence would: "a, b and c".
    pub fn list(&self, items: &[&str]) -> String {
        intl::list(self.lang, items)
    }

    /// `{score} out of 100` with the number written the reader's way.
    pub fn score(&self, score: u8) -> String {
        fill(self.t.score_out_of_100, &[("score", &self.number(score))])
    }

    pub fn characteristic(&self, c: Characteristic) -> &'static str {
        self.t.characteristic_names[c.index()]
    }

    pub fn characteristics(&self, list: &[Characteristic]) -> String {
        let names: Vec<&str> = list.iter().map(|c| self.characteristic(*c)).collect();
        self.list(&names)
    }

    pub fn description(&self, c: Characteristic) -> &'static str {
        self.t.characteristic_descriptions[c.index()]
    }

    pub fn context(&self, context: RelationshipContext) -> &'static str {
        self.t.contexts[context.index()]
    }

    pub fn length(&self, length: TakeLength) -> &'static str {
        self.t.lengths[length.index()]
    }

    pub fn agreement(&self, agreement: Agreement) -> &'static str {
        self.t.agreement[usize::from(agreement.value() - 1)]
    }

    pub fn band(&self, band: Band) -> &'static str {
        self.t.band_names[band.index()]
    }

    pub fn band_text(
        &self,
        band: Band,
        c: Characteristic,
        context: RelationshipContext,
    ) -> &'static str {
        self.t.band_texts[c.index()][band.index()][context.index()]
    }

    /// A statement as the person reads it, for their relationship.
    pub fn statement(&self, statement: &Statement, context: RelationshipContext) -> &'static str {
        let at = STATEMENTS
            .iter()
            .position(|s| s.id == statement.id)
            .unwrap_or_default();
        self.t.statements[at][context.index()]
    }

    fn practice_at(practice: &Practice) -> usize {
        PRACTICES
            .iter()
            .position(|p| p.id == practice.id)
            .unwrap_or_default()
    }

    pub fn practice_name(&self, practice: &Practice) -> &'static str {
        self.t.practice_names[Self::practice_at(practice)]
    }

    /// A question that opens a conversation about what `practice` builds.
    pub fn starter(&self, practice: &Practice) -> &'static str {
        self.t.starters[Self::practice_at(practice)]
    }

    pub fn practice_summary(&self, practice: &Practice) -> &'static str {
        self.t.practice_summaries[Self::practice_at(practice)]
    }

    /// Three things to try, worded for the relationship.
    pub fn practice_tries(
        &self,
        practice: &Practice,
        context: RelationshipContext,
    ) -> [&'static str; 3] {
        self.t.practice_tries[Self::practice_at(practice)]
            .map(|by_context| by_context[context.index()])
    }

    /// Where a take is: "Statement 3 of 10" (the statement screen's
    /// heading, and the page title while it shows).
    pub fn statement_progress(&self, progress: Progress) -> String {
        fill(
            self.t.statement_progress,
            &[
                ("number", &self.number(progress.number)),
                ("total", &self.number(progress.total)),
            ],
        )
    }

    /// How long a take is: "10 statements, about 2 minutes".
    pub fn length_detail(&self, length: TakeLength) -> String {
        let statements = crate::assessment::statements_for(length).len();
        fill(
            self.t.length_detail,
            &[
                (
                    "statements",
                    &self.count(&self.t.statement_count, statements),
                ),
                (
                    "minutes",
                    &self.count(&self.t.minute_count, length.minutes()),
                ),
            ],
        )
    }
}
