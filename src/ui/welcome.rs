use leptos::prelude::*;

use super::app::Kindred;
use super::browser::now_ms;
use super::screen::Screen;
use crate::assessment::{same_person, should_offer_check_in, PersonLabel, TakeLength};
use crate::i18n::fill;
use crate::storage::Store;

/// What Kindred is, how long it takes, and the privacy promise.
#[component]
pub fn Welcome(
    /// Kindred's shared state; read for the take in progress and how many
    /// check-ins are saved.
    state: Kindred,
    /// Moves to another screen.
    navigate: Callback<Screen>,
) -> impl IntoView {
    let in_progress = move || {
        state
            .progress
            .with(|take| take.as_ref().map(|t| t.progress()))
    };
    let past = move || state.takes.with(Vec::len);
    // With both choices made by the host page there is nothing to ask, so
    // "Begin" starts straight away, unless a take in progress (in any tab)
    // would be replaced: then the set-up screen asks first.
    let begin = move |_| match (state.preset_context, state.preset_length) {
        (Some(context), Some(length)) if state.takes_in_progress().is_empty() => {
            state.start(context, length, None, &[]);
            navigate.run(Screen::Question);
        }
        _ => navigate.run(Screen::Setup),
    };
    let w = state.words;
    let t = w.t;
    // A gentle reminder, inside Kindred only: the latest check-in about
    // each relationship, among the last few, that is over four weeks old.
    let nudge = state
        .with_store(|s| {
            let now = now_ms();
            // Each person once: a relationship, and the name given to them.
            let mut seen: Vec<(usize, Option<PersonLabel>)> = Vec::new();
            s.recent(None, Store::LOOK_BACK).find_map(|take| {
                let context = take.context.index();
                let first = !seen
                    .iter()
                    .any(|(c, p)| *c == context && same_person(p.as_ref(), take.person.as_ref()));
                seen.push((context, take.person.clone()));
                let date = w.date(take.finished_at_ms);
                (first && should_offer_check_in(take.finished_at_ms, now)).then(|| {
                    match &take.person {
                        Some(person) => fill(
                            t.nudge_person,
                            &[("person", person.as_str()), ("date", &date)],
                        ),
                        None => fill(t.nudge[context], &[("date", &date)]),
                    }
                })
            })
        })
        .flatten();
    let no_nudge = nudge.is_none();
    // Read once: the welcome is drawn again when it is shown again.
    let shared_with_you = state.brought_a_code && state.takes.with_untracked(Vec::is_empty);
    let fact = move |term: &'static str, text: String| {
        view! {
            <li>
                <strong>{term}</strong>
                {t.term_separator}
                {text}
            </li>
        }
    };
    view! {
        <section class="screen welcome">
            <h2 tabindex="-1" data-focus>
                {t.welcome_title}
            </h2>
            <p class="lead">{t.welcome_intro}</p>
            <p class="nudge" hidden=no_nudge>{nudge}</p>
            // A link brought someone's code, and there is no check-in yet
            // to compare it with.
            <p class="shared-with-you" hidden=!shared_with_you>{t.shared_with_you}</p>
            <ul class="facts">
                {fact(w.length(TakeLength::Quick), w.length_detail(TakeLength::Quick))}
                {fact(w.length(TakeLength::Full), w.length_detail(TakeLength::Full))}
                {fact(t.private_term, t.private_text.to_owned())}
                {fact(t.not_diagnosis_term, t.not_diagnosis_text.to_owned())}
            </ul>
            <div class="actions">
                // Both sets of buttons are in the page and only shown or
                // hidden: switching views costs more WebAssembly.
                <button
                    type="button"
                    class="primary"
                    hidden=move || in_progress().is_none()
                    on:click=move |_| navigate.run(Screen::Question)
                >
                    {move || {
                        in_progress()
                            .map(|progress| {
                                fill(
                                    t.continue_check_in,
                                    &[
                                        ("answered", &w.number(progress.answered)),
                                        ("total", &w.number(progress.total)),
                                    ],
                                )
                            })
                            .unwrap_or_default()
                    }}
                </button>
                <button
                    type="button"
                    class="secondary"
                    hidden=move || in_progress().is_none()
                    on:click=begin
                >
                    {t.start_new_check_in}
                </button>
                <button
                    type="button"
                    class="primary"
                    hidden=move || in_progress().is_some()
                    on:click=begin
                >
                    {t.begin}
                </button>
                <button
                    type="button"
                    class="secondary"
                    hidden=move || { past() == 0 }
                    on:click=move |_| navigate.run(Screen::History)
                >
                    {move || fill(t.past_check_ins_count, &[("count", &w.number(past()))])}
                </button>
                <button
                    type="button"
                    class="link"
                    hidden=move || { past() > 0 }
                    on:click=move |_| navigate.run(Screen::History)
                >
                    {t.import_from_file}
                </button>
            </div>
        </section>
    }
}
