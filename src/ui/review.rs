use leptos::prelude::*;

use super::app::Kindred;
use super::browser::now_ms;
use super::question::take_a_break;
use super::screen::Screen;
use crate::assessment::{Response, Results};
use crate::i18n::fill;
use crate::storage::Notice;

/// Every answer of the take at a glance before the results, each with a
/// button that goes back to change it. Finishing happens here.
#[component]
pub fn Review(
    /// Kindred's shared state; the take in progress is finished here.
    state: Kindred,
    /// Moves to another screen.
    navigate: Callback<Screen>,
    /// Called with the results when the take is finished.
    on_complete: Option<UnsyncCallback<Results>>,
) -> impl IntoView {
    let w = state.words;
    let t = w.t;
    // Read once: nothing on this screen changes an answer. (An answer
    // changed in another tab meanwhile shows when the review opens again;
    // finishing always scores the take as it is then.)
    let rows: Vec<(&'static str, &'static str)> = state.progress.with_untracked(|take| {
        let Some(take) = take.as_ref() else {
            return Vec::new();
        };
        take.statements()
            .into_iter()
            .map(|s| {
                let chosen = match take.answers().response(s) {
                    Some(Response::Answered(answer)) => w.agreement(answer),
                    Some(Response::Skipped) => t.prefer_not_to_answer,
                    // A take is only reviewed once complete.
                    None => "",
                };
                (w.statement(s, take.context), chosen)
            })
            .collect()
    });

    let change = move |position: usize| {
        let mut moved = false;
        state
            .progress
            .update(|take| moved = take.as_mut().is_some_and(|t| t.go_to(position)));
        navigate.run(if moved {
            Screen::Question
        } else {
            Screen::Welcome
        });
    };

    let finish = move |_| {
        let done = state
            .progress
            .with_untracked(|take| take.as_ref().and_then(|t| t.finish(now_ms())));
        let Some(done) = done else {
            // Another tab finished or changed it: show where things are.
            navigate.run(Screen::Question);
            return;
        };
        // Saved before anyone hears of it: a host page may remove or move
        // the widget in its `kindred-complete` listener.
        let Some((id, saved)) = state.with_store(|s| s.finish(&done)) else {
            return;
        };
        if saved.is_err() {
            state.add_notice(Notice::FinishedNotSaved);
        }
        state.refresh_takes();
        state.progress.set(None);
        navigate.run(Screen::Results(id));
        if let Some(on_complete) = on_complete {
            on_complete.run(done.results);
        }
    };

    view! {
        <section class="screen review">
            <h2 tabindex="-1" data-focus>
                {t.review_title}
            </h2>
            <p>{t.review_intro}</p>
            <ol class="answers">
                {rows
                    .into_iter()
                    .enumerate()
                    .map(|(position, (statement, chosen))| {
                        let name = fill(
                            t.review_change_name,
                            &[("number", &w.number(position + 1))],
                        );
                        view! {
                            <li>
                                <span class="text">{statement}</span>
                                <strong>{chosen}</strong>
                                <button
                                    type="button"
                                    class="link"
                                    aria-label=name
                                    on:click=move |_| change(position)
                                >
                                    {t.review_change}
                                </button>
                            </li>
                        }
                            .into_any()
                    })
                    .collect_view()}
            </ol>
            <div class="actions">
                <button type="button" class="primary" on:click=finish>
                    {t.see_results}
                </button>
                {take_a_break(state, navigate)}
            </div>
        </section>
    }
}
