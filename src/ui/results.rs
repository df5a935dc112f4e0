//! The results of a finished take.
//!
//! [`report`] works out everything the screen says, as plain data tested
//! natively; the views below only map it to markup. The screen is static
//! once shown, so it has no reactive parts.
//!
//! Every word comes from the catalogue through [`Words`]; numbers, dates
//! and lists are written the reader's way by the browser's `Intl`.

use leptos::prelude::*;

use super::app::Kindred;
use super::history::preload_history;
use super::radar::{chart, Radar, RadarChart};
use super::screen::Screen;
use super::together::preload_together;
use crate::assessment::{
    change_since_previous, recommend, same_person, Band, Characteristic, CheckInScores,
    CompletedTake, Results, TakeId, TakeLength,
};
use crate::i18n::{fill, Words};
use crate::storage::Store;

/// Everything the results screen shows about one finished take.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The relationship, the length of the check-in and when it was
    /// finished, in one line.
    pub about: String,
    /// "Overall closeness: {score} out of 100", split around the score so
    /// the number can be bold wherever the language puts it.
    pub overall: (String, String, String),
    /// How the scores moved since the last check-in about the same
    /// relationship, when there is one (see [`change_line`]).
    pub change: Option<String>,
    pub chart: RadarChart,
    /// None when the answers came out even, so nothing stands out.
    pub highlights: Option<Highlights>,
    /// What to say when they came out even: that nothing stands out, or,
    /// when all five are low, that each has room to grow.
    pub even: &'static str,
    /// For a quick check: its scores rest on two statements each.
    pub quick_note: Option<&'static str>,
    /// When statements were left out: how many, and that the scores come
    /// from the rest.
    pub skipped: Option<String>,
    /// For very low trust or overall closeness: talking with someone helps.
    pub support: Option<&'static str>,
    /// One per characteristic, in [`Characteristic::ALL`] order.
    pub scores: Vec<ScoreRow>,
    /// Notes on answers that contradict each other; usually none.
    pub notes: Vec<String>,
    /// Most helpful first.
    pub practices: Vec<PracticeRow>,
}

/// The characteristics that stand out, as names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Highlights {
    pub strongest: String,
    pub growth: String,
}

/// One characteristic's score, band and what that band means here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScoreRow {
    pub name: &'static str,
    /// Out of 100; also the width of its meter.
    pub score: u8,
    /// "80 out of 100 · Strong".
    pub score_band: String,
    /// What the band means for this characteristic in this relationship.
    pub text: &'static str,
    /// What the characteristic is.
    pub description: &'static str,
}

/// One recommended practice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PracticeRow {
    pub name: &'static str,
    pub summary: &'static str,
    /// "Builds Trust and Acceptance".
    pub builds: String,
    /// Things to try this week, worded for the relationship.
    pub tries: [&'static str; 3],
}

/// The strongest characteristics and those with most room to grow, or
/// None when all five scores are equal.
pub fn highlights(results: &Results, w: Words) -> Option<Highlights> {
    (!results.strongest.is_empty()).then(|| Highlights {
        strongest: w.characteristics(&results.strongest),
        growth: w.characteristics(&results.growth),
    })
}

/// Splits `template` around its one placeholder (the catalogue tests make
/// sure there is exactly the one), with `value` between: the view makes
/// the middle part bold. Searching for the braces, not the placeholder's
/// name, keeps a substring searcher out of the WebAssembly.
fn around(template: &str, value: String) -> (String, String, String) {
    let parts = template
        .split_once('{')
        .and_then(|(before, rest)| Some((before, rest.split_once('}')?.1)));
    match parts {
        Some((before, after)) => (before.to_owned(), value, after.to_owned()),
        None => (template.to_owned(), value, String::new()),
    }
}

/// Below this, trust or overall closeness is very low: the results add a
/// gentle line about talking with someone the person trusts.
pub const VERY_LOW: u8 = 25;

/// What the screen shows of a finished take, in the reader's language.
pub fn report(take: &CompletedTake, w: Words) -> Report {
    let t = w.t;
    let context = take.context;
    let results = &take.results;
    Report {
        // The person's name first, when one was given at set-up.
        about: take
            .person
            .as_ref()
            .map(|p| p.as_str())
            .into_iter()
            .chain([
                w.context(context),
                w.length(take.length),
                &w.date(take.finished_at_ms),
            ])
            .collect::<Vec<&str>>()
            .join(" · "),
        overall: around(t.overall, w.number(results.overall)),
        change: None,
        chart: chart(results, w),
        highlights: highlights(results, w),
        even: if results.scores.iter().all(|s| s.band == Band::RoomToGrow) {
            t.even_scores_low
        } else {
            t.even_scores
        },
        quick_note: (take.length == TakeLength::Quick).then_some(t.quick_check_note),
        skipped: match take.answers.skipped() {
            0 => None,
            n => Some(w.count(&t.skipped_note, n)),
        },
        support: (results.score_of(Characteristic::Trust) < VERY_LOW || results.overall < VERY_LOW)
            .then_some(t.support_line),
        scores: results
            .scores
            .iter()
            .map(|s| ScoreRow {
                name: w.characteristic(s.characteristic),
                score: s.score,
                score_band: fill(
                    t.score_band,
                    &[("score", &w.number(s.score)), ("band", w.band(s.band))],
                ),
                text: w.band_text(s.band, s.characteristic, context),
                description: w.description(s.characteristic),
            })
            .collect(),
        notes: results
            .consistency
            .iter()
            .map(|note| {
                let template = if note.agreed_with_both {
                    t.consistency_agreed
                } else {
                    t.consistency_disagreed
                };
                fill(
                    template,
                    &[
                        ("name", w.characteristic(note.characteristic)),
                        ("first", w.statement(note.direct, context)),
                        ("second", w.statement(note.reversed, context)),
                    ],
                )
            })
            .collect(),
        practices: recommend(results)
            .into_iter()
            .map(|practice| PracticeRow {
                name: w.practice_name(practice),
                summary: w.practice_summary(practice),
                builds: fill(t.builds, &[("names", &w.characteristics(&practice.builds))]),
                tries: w.practice_tries(practice, context),
            })
            .collect(),
    }
}

/// The results of one finished take.
#[component]
pub fn ResultsScreen(
    /// Kindred's shared state; the take's record is read from the store.
    state: Kindred,
    /// Moves to another screen.
    navigate: Callback<Screen>,
    /// Which finished take to show.
    id: TakeId,
) -> impl IntoView {
    let w = state.words;
    let t = w.t;
    let report = state
        .with_store(|s| {
            let take = s.take(id).ok()?;
            let previous = s.recent(Some(id), Store::LOOK_BACK).find(|p| {
                p.context == take.context && same_person(p.person.as_ref(), take.person.as_ref())
            });
            Some(Report {
                change: previous.and_then(|p| change_line(&take, &p, w)),
                ..report(&take, w)
            })
        })
        .flatten();
    let unreadable = report.is_none();
    // Past check-ins are one click away now, and the person may be offline
    // by the time they look: fetch their chunk in the background (the
    // installed app's worker keeps it). Readers who never finish a
    // check-in never pay for it.
    leptos::task::spawn_local(async {
        let _ = preload_history().await;
        let _ = preload_together().await;
    });
    // The site owner's next step: their own markup, the `slot="after-results"`
    // child of `<kindred-check>`, shown through this slot on this screen
    // only. It is given nothing about the answers.
    view! {
        <section class="screen results">
            <h2 tabindex="-1" data-focus>
                {t.results_title}
            </h2>
            <p hidden=!unreadable>{t.results_unreadable}</p>
            {report
                .map(|report| {
                    view! {
                        <ReportBody
                            report=report
                            words=w
                            support_url=state.support_url.get_value()
                        />
                    }
                })}
            <div class="actions">
                <button
                    type="button"
                    class="primary"
                    on:click=move |_| navigate.run(Screen::Setup)
                >
                    {t.start_again}
                </button>
                <button
                    type="button"
                    class="secondary"
                    hidden=unreadable
                    on:click=move |_| navigate.run(Screen::Together(id))
                >
                    {t.share_button}
                </button>
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| navigate.run(Screen::History)
                >
                    {t.past_check_ins}
                </button>
                // The browser's own dialog, which also saves a PDF; the
                // print stylesheet leaves the results alone on the page.
                <button
                    type="button"
                    class="secondary"
                    hidden=unreadable
                    on:click=|_| {
                        if let Some(window) = web_sys::window() {
                            let _ = window.print();
                        }
                    }
                >
                    {t.print_results}
                </button>
            </div>
            <slot name="after-results"></slot>
        </section>
    }
}

/// "Since your last check-in about your friend, on 3 March 2026: Trust +12,
/// Vulnerability -5, ... and overall closeness +4."
pub fn change_line(take: &CompletedTake, previous: &CompletedTake, w: Words) -> Option<String> {
    let t = w.t;
    let change = change_since_previous(
        &[CheckInScores::from_take(previous)],
        &CheckInScores::from_take(take),
    )?;
    let mut items: Vec<String> = Characteristic::ALL
        .iter()
        .zip(change.deltas)
        .map(|(&c, delta)| {
            fill(
                t.change_item,
                &[("name", w.characteristic(c)), ("delta", &w.signed(delta))],
            )
        })
        .collect();
    items.push(fill(
        t.change_overall,
        &[("delta", &w.signed(change.overall))],
    ));
    let items: Vec<&str> = items.iter().map(String::as_str).collect();
    Some(fill(
        t.change_since[take.context.index()],
        &[
            ("date", &w.date(change.previous_at_ms)),
            ("changes", &w.list(&items)),
        ],
    ))
}

/// Everything under the heading of the results screen.
#[component]
fn ReportBody(
    /// What to show, from [`report`].
    report: Report,
    /// The language, for the screen's headings.
    words: Words,
    /// The site owner's support page (`support-url`), linked after the
    /// support line when that line shows.
    support_url: Option<String>,
) -> impl IntoView {
    let t = words.t;
    let Report {
        about,
        overall,
        change,
        chart,
        highlights,
        even: even_text,
        quick_note,
        skipped,
        support,
        scores,
        notes,
        practices,
    } = report;
    let even = highlights.is_none();
    let Highlights { strongest, growth } = highlights.unwrap_or_default();
    let no_notes = notes.is_empty();
    let no_skips = skipped.is_none();
    let no_change = change.is_none();
    let no_link = support_url.is_none();
    // Parts that may be absent are always in the page and only hidden:
    // switching views costs more WebAssembly than it is worth. Every list
    // is made of `AnyView`s, so they all share one `Vec<AnyView>` renderer
    // (1.5 KB gzip less than a renderer per kind of row).
    view! {
        <p class="meta">{about}</p>
        <p class="overall">{overall.0} <strong>{overall.1}</strong> {overall.2}</p>
        <p class="hint" hidden=no_change>{change}</p>
        <Radar chart=chart />
        <p hidden=!even>{even_text}</p>
        <dl class="highlights" hidden=even>
            <dt>{t.strongest}</dt>
            <dd>{strongest}</dd>
            <dt>{t.most_room_to_grow}</dt>
            <dd>{growth}</dd>
        </dl>
        <p class="support" hidden=support.is_none()>
            {support}
            " "
            <a hidden=no_link href=support_url target="_blank" rel="noopener noreferrer">
                {t.support_link}
            </a>
        </p>
        <h3>{t.each_characteristic}</h3>
        <p class="hint">{t.bands_are_descriptive}</p>
        <p class="hint" hidden=quick_note.is_none()>{quick_note}</p>
        <p class="hint" hidden=no_skips>{skipped}</p>
        <ul class="scores">
            {scores
                .into_iter()
                .map(|ScoreRow { name, score, score_band, text, description }| {
                    view! {
                        <li>
                            <h4>
                                {name}
                                <span class="score">{score_band}</span>
                            </h4>
                            <svg
                                class="meter"
                                viewBox="0 0 100 4"
                                preserveAspectRatio="none"
                                aria-hidden="true"
                            >
                                // Not all literal: Leptos 0.8's fast path for wholly
                                // static SVG children wraps them in a stray `<g>`
                                // (leptos-rs/leptos#4556).
                                <rect class="track" width="100" height={"4"} />
                                <rect width=format!("{score}") height="4" />
                            </svg>
                            <p>{text}</p>
                            <p class="hint">{description}</p>
                        </li>
                    }
                        .into_any()
                })
                .collect_view()}
        </ul>
        <aside class="consistency" hidden=no_notes>
            <h3>{t.consistency_title}</h3>
            {notes.into_iter().map(|note| view! { <p>{note}</p> }.into_any()).collect_view()}
            <p>{t.consistency_closing}</p>
        </aside>
        <h3>{t.practices_title}</h3>
        <p class="hint">{t.practices_hint}</p>
        <ol class="practices">
            {practices
                .into_iter()
                .map(|PracticeRow { name, summary, builds, tries }| {
                    view! {
                        <li>
                            <h4>{name}</h4>
                            <p>{summary}</p>
                            <p class="hint">{builds}</p>
                            <p>{t.things_to_try}</p>
                            <ul>
                                {tries
                                    .into_iter()
                                    .map(|step| view! { <li>{step}</li> }.into_any())
                                    .collect_view()}
                            </ul>
                        </li>
                    }
                        .into_any()
                })
                .collect_view()}
        </ol>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Characteristic::*;
    use crate::assessment::{
        statements_for, Agreement, Keying, RelationshipContext, Statement, Step, Take, TakeLength,
    };
    use crate::i18n::EN;

    fn finished(pick: impl Fn(&Statement) -> Agreement) -> CompletedTake {
        let mut take = Take::new(
            TakeId(1),
            RelationshipContext::Romantic,
            TakeLength::Quick,
            0,
        );
        for s in statements_for(TakeLength::Quick) {
            take.answer_current(pick(s));
            take.go_next();
        }
        take.finish(1).expect("complete")
    }

    #[test]
    fn shows_every_score_band_and_practice_in_context() {
        // Trust answered at the top, everything else in the middle.
        let take = finished(|s| match (s.characteristic, s.keying) {
            (Trust, Keying::Direct) => Agreement::StronglyAgree,
            (Trust, Keying::Reversed) => Agreement::StronglyDisagree,
            _ => Agreement::Neutral,
        });
        let report = report(&take, Words::english());
        // Natively the date is the milliseconds; the browser writes it.
        assert_eq!(report.about, "A romantic partner · Quick check · @1");
        assert_eq!(
            report.overall,
            (
                "Overall closeness, as your answers describe it today: ".to_owned(),
                "60".to_owned(),
                " out of 100".to_owned()
            )
        );
        let shown: Vec<_> = report
            .scores
            .iter()
            .map(|row| (row.name, row.score, row.score_band.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                ("Trust", 100, "100 out of 100 · Strong"),
                ("Vulnerability", 50, "50 out of 100 · Mixed"),
                ("Empathy", 50, "50 out of 100 · Mixed"),
                ("Communication", 50, "50 out of 100 · Mixed"),
                ("Acceptance", 50, "50 out of 100 · Mixed"),
            ]
        );
        assert_eq!(
            report.highlights,
            Some(Highlights {
                strongest: "Trust".to_owned(),
                growth: "Vulnerability, Empathy, Communication and Acceptance".to_owned(),
            })
        );
        assert_eq!(report.practices.len(), 5, "five practices");
        assert!(report.practices.iter().all(|p| p.tries.len() == 3));
        // Worded for the relationship, with nothing left to fill in.
        let words: Vec<&str> = report
            .scores
            .iter()
            .map(|row| row.text)
            .chain(report.practices.iter().flat_map(|p| p.tries))
            .collect();
        assert!(words.iter().any(|w| w.contains("your partner")));
        assert!(words.iter().all(|w| !w.contains("{who}")));
        assert_eq!(report.notes, Vec::<String>::new(), "no contradictions");
    }

    #[test]
    fn practices_start_with_the_growth_areas() {
        let take = finished(|s| match (s.characteristic, s.keying) {
            (Trust, _) => Agreement::Neutral,
            (_, Keying::Direct) => Agreement::StronglyAgree,
            (_, Keying::Reversed) => Agreement::StronglyDisagree,
        });
        let report = report(&take, Words::english());
        assert!(report.practices[0].builds.contains("Trust"));
        assert_eq!(
            report.highlights.map(|h| h.growth),
            Some("Trust".to_owned())
        );
    }

    #[test]
    fn mentions_contradicting_answers() {
        let report = report(&finished(|_| Agreement::Agree), Words::english());
        assert!(!report.notes.is_empty());
        assert!(report
            .notes
            .iter()
            .all(|n| n.contains("you agreed with both")));
    }

    #[test]
    fn says_when_nothing_stands_out() {
        let report = report(&finished(|_| Agreement::Neutral), Words::english());
        assert_eq!(report.highlights, None);
    }

    #[test]
    fn skipped_statements_are_counted_and_said_to_be_left_out_of_the_scores() {
        let report_of = |skips: usize| {
            let mut take = Take::new(TakeId(1), RelationshipContext::Friend, TakeLength::Full, 0);
            let mut skipped = 0;
            loop {
                if skipped < skips && take.skip_current() {
                    skipped += 1;
                } else {
                    take.answer_current(Agreement::Agree);
                }
                if take.go_next() == Step::ReadyToFinish {
                    break;
                }
            }
            report(&take.finish(1).expect("complete"), Words::english())
        };
        assert_eq!(report_of(0).skipped, None);
        assert_eq!(
            report_of(1).skipped.as_deref(),
            Some("You chose not to answer 1 statement; your scores come from the rest.")
        );
        assert_eq!(
            report_of(3).skipped.as_deref(),
            Some("You chose not to answer 3 statements; your scores come from the rest.")
        );
    }

    #[test]
    fn the_change_since_the_last_check_in_is_said_with_signs_and_its_date() {
        let before = finished(|_| Agreement::Neutral); // every score 50
        let mut now = finished(|s| match s.keying {
            Keying::Direct => Agreement::StronglyAgree,
            Keying::Reversed => Agreement::StronglyDisagree,
        }); // every score 100
        now.finished_at_ms = before.finished_at_ms + 1;
        assert_eq!(
            change_line(&now, &before, Words::english()).as_deref(),
            Some(
                "Since your last check-in about your partner, on @1: Trust +50, Vulnerability +50, \
                 Empathy +50, Communication +50, Acceptance +50 and overall closeness +50."
            )
        );
        assert_eq!(
            change_line(&before, &before, Words::english()),
            None,
            "not later than itself"
        );
    }

    #[test]
    fn a_quick_check_says_its_scores_are_a_rough_sketch() {
        let report = report(&finished(|_| Agreement::Agree), Words::english());
        assert_eq!(report.quick_note, Some(EN.quick_check_note));
    }

    #[test]
    fn all_low_and_equal_says_each_can_grow_and_offers_support() {
        // Every answer at the bottom of its characteristic: all five at 0.
        let report = report(
            &finished(|s| match s.keying {
                Keying::Direct => Agreement::StronglyDisagree,
                Keying::Reversed => Agreement::StronglyAgree,
            }),
            Words::english(),
        );
        assert_eq!(report.highlights, None);
        assert_eq!(report.even, EN.even_scores_low);
        assert_eq!(report.support, Some(EN.support_line));
    }

    #[test]
    fn middling_answers_need_no_support_line_and_nothing_stands_out() {
        let report = report(&finished(|_| Agreement::Neutral), Words::english());
        assert_eq!(report.even, EN.even_scores);
        assert_eq!(report.support, None);
    }

    #[test]
    fn very_low_trust_alone_brings_the_support_line() {
        let report = report(
            &finished(|s| match (s.characteristic, s.keying) {
                (Trust, Keying::Direct) => Agreement::StronglyDisagree,
                (Trust, Keying::Reversed) => Agreement::StronglyAgree,
                (_, Keying::Direct) => Agreement::StronglyAgree,
                (_, Keying::Reversed) => Agreement::StronglyDisagree,
            }),
            Words::english(),
        );
        assert!(report.highlights.is_some());
        assert_eq!(report.support, Some(EN.support_line));
    }
}
