//! The results of a finished take.
//!
//! [`report`] works out everything the screen says, as plain data tested
//! natively; the views below only map it to markup. The screen is static
//! once shown, so it has no reactive parts.
//!
//! Words: names, bands and practices come from the assessment's accessors;
//! the screen's own words are the literals in [`ResultsScreen`] and
//! [`ReportBody`], the "and" of [`join_names`], and the chart's summary in
//! [`super::radar::summary`].

use leptos::prelude::*;

use super::app::Kindred;
use super::browser::format_date;
use super::radar::{chart, Radar, RadarChart};
use super::screen::Screen;
use crate::assessment::{
    recommend, Characteristic, CompletedTake, Results, TakeId, BANDS_ARE_DESCRIPTIVE,
};

/// Everything the results screen shows about one finished take.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The relationship, the length of the check-in and when it was
    /// finished, in one line.
    pub about: String,
    pub overall: u8,
    pub chart: RadarChart,
    /// None when the answers came out even, so nothing stands out.
    pub highlights: Option<Highlights>,
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
    pub band: &'static str,
    /// What the band means for this characteristic in this relationship.
    pub text: String,
    /// What the characteristic is.
    pub description: &'static str,
}

/// One recommended practice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PracticeRow {
    pub name: &'static str,
    pub summary: &'static str,
    /// The names of the characteristics it builds.
    pub builds: String,
    /// Things to try this week, worded for the relationship.
    pub tries: Vec<String>,
}

/// Joins names the way a sentence would: "Trust", "Trust and Empathy",
/// "Trust, Empathy and Acceptance".
pub fn join_names(characteristics: &[Characteristic]) -> String {
    let names: Vec<&str> = characteristics.iter().map(|c| c.name()).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The strongest characteristics and those with most room to grow, or
/// None when all five scores are equal.
pub fn highlights(results: &Results) -> Option<Highlights> {
    (!results.strongest.is_empty()).then(|| Highlights {
        strongest: join_names(&results.strongest),
        growth: join_names(&results.growth),
    })
}

/// What the screen shows of a finished take. `finished` is the finish time
/// already written for the person's locale.
pub fn report(take: &CompletedTake, finished: &str) -> Report {
    let context = take.context;
    let results = &take.results;
    Report {
        about: format!("{} · {} · {finished}", context.label(), take.length.label()),
        overall: results.overall,
        chart: chart(results),
        highlights: highlights(results),
        scores: results
            .scores
            .iter()
            .map(|s| ScoreRow {
                name: s.characteristic.name(),
                score: s.score,
                band: s.band.label(),
                text: s.band.text(s.characteristic, context),
                description: s.characteristic.description(),
            })
            .collect(),
        notes: results
            .consistency
            .iter()
            .map(|note| note.text(context))
            .collect(),
        practices: recommend(results)
            .into_iter()
            .map(|practice| PracticeRow {
                name: practice.name,
                summary: practice.summary,
                builds: join_names(&practice.builds),
                tries: practice.tries(context),
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
    let report = state
        .with_store(|s| s.take(id).ok())
        .flatten()
        .map(|take| report(&take, &format_date(take.finished_at_ms)));
    let unreadable = report.is_none();
    // The site owner's next step: their own markup, the `slot="after-results"`
    // child of `<kindred-check>`, shown through this slot on this screen
    // only. It is given nothing about the answers.
    view! {
        <section class="screen results">
            <h2 tabindex="-1" data-focus>
                "Your results"
            </h2>
            <p hidden=!unreadable>"These results could not be read."</p>
            {report.map(|report| view! { <ReportBody report=report /> })}
            <div class="actions">
                <button
                    type="button"
                    class="primary"
                    on:click=move |_| navigate.run(Screen::Setup)
                >
                    "Start again"
                </button>
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| navigate.run(Screen::History)
                >
                    "Past check-ins"
                </button>
            </div>
            <slot name="after-results"></slot>
        </section>
    }
}

/// Everything under the heading of the results screen.
#[component]
fn ReportBody(
    /// What to show, from [`report`].
    report: Report,
) -> impl IntoView {
    let Report {
        about,
        overall,
        chart,
        highlights,
        scores,
        notes,
        practices,
    } = report;
    let even = highlights.is_none();
    let Highlights { strongest, growth } = highlights.unwrap_or_default();
    let no_notes = notes.is_empty();
    // Parts that may be absent are always in the page and only hidden:
    // switching views costs more WebAssembly than it is worth. Every list
    // is made of `AnyView`s, so they all share one `Vec<AnyView>` renderer
    // (1.5 KB gzip less than a renderer per kind of row).
    view! {
        <p class="meta">{about}</p>
        <p class="overall">
            "Overall closeness: " <strong>{format!("{overall}")}</strong> " out of 100"
        </p>
        <Radar chart=chart />
        <p hidden=!even>
            "Your answers came out even across all five characteristics, so none stands out as strongest or as the one to grow."
        </p>
        <dl class="highlights" hidden=even>
            <dt>"Strongest"</dt>
            <dd>{strongest}</dd>
            <dt>"Most room to grow"</dt>
            <dd>{growth}</dd>
        </dl>
        <h3>"Each characteristic"</h3>
        <p class="hint">{BANDS_ARE_DESCRIPTIVE}</p>
        <ul class="scores">
            {scores
                .into_iter()
                .map(|ScoreRow { name, score, band, text, description }| {
                    view! {
                        <li>
                            <h4>
                                {name}
                                <span class="score">{format!("{score} out of 100 · {band}")}</span>
                            </h4>
                            <svg
                                class="meter"
                                viewBox="0 0 100 4"
                                preserveAspectRatio="none"
                                aria-hidden="true"
                            >
                                <rect class="track" width="100" height="4" />
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
            <h3>"A note on your answers"</h3>
            {notes.into_iter().map(|note| view! { <p>{note}</p> }.into_any()).collect_view()}
        </aside>
        <h3>"Practices that help"</h3>
        <p class="hint">"Starting with the ones that build your growth areas."</p>
        <ol class="practices">
            {practices
                .into_iter()
                .map(|PracticeRow { name, summary, builds, tries }| {
                    view! {
                        <li>
                            <h4>{name}</h4>
                            <p>{summary}</p>
                            <p class="hint">{format!("Builds {builds}")}</p>
                            <p>"Things to try this week:"</p>
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
    use crate::assessment::{
        statements_for, Agreement, Keying, RelationshipContext, Statement, Take, TakeLength,
    };
    use Characteristic::*;

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
    fn names_join_like_a_sentence() {
        assert_eq!(join_names(&[]), "");
        assert_eq!(join_names(&[Trust]), "Trust");
        assert_eq!(join_names(&[Trust, Empathy]), "Trust and Empathy");
        assert_eq!(
            join_names(&[Trust, Empathy, Acceptance]),
            "Trust, Empathy and Acceptance"
        );
    }

    #[test]
    fn shows_every_score_band_and_practice_in_context() {
        // Trust answered at the top, everything else in the middle.
        let take = finished(|s| match (s.characteristic, s.keying) {
            (Trust, Keying::Direct) => Agreement::StronglyAgree,
            (Trust, Keying::Reversed) => Agreement::StronglyDisagree,
            _ => Agreement::Neutral,
        });
        let report = report(&take, "26 November 2026");
        assert_eq!(
            report.about,
            "A romantic partner · Quick check · 26 November 2026"
        );
        assert_eq!(report.overall, 60);
        let shown: Vec<_> = report
            .scores
            .iter()
            .map(|row| (row.name, row.score, row.band))
            .collect();
        assert_eq!(
            shown,
            [
                ("Trust", 100, "Strong"),
                ("Vulnerability", 50, "Mixed"),
                ("Empathy", 50, "Mixed"),
                ("Communication", 50, "Mixed"),
                ("Acceptance", 50, "Mixed"),
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
            .map(|row| row.text.as_str())
            .chain(
                report
                    .practices
                    .iter()
                    .flat_map(|p| p.tries.iter())
                    .map(String::as_str),
            )
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
        let report = report(&take, "today");
        assert!(report.practices[0].builds.contains("Trust"));
        assert_eq!(
            report.highlights.map(|h| h.growth),
            Some("Trust".to_owned())
        );
    }

    #[test]
    fn mentions_contradicting_answers() {
        let report = report(&finished(|_| Agreement::Agree), "today");
        assert!(!report.notes.is_empty());
        assert!(report
            .notes
            .iter()
            .all(|n| n.contains("you agreed with both")));
    }

    #[test]
    fn says_when_nothing_stands_out() {
        let report = report(&finished(|_| Agreement::Neutral), "today");
        assert_eq!(report.highlights, None);
    }
}
