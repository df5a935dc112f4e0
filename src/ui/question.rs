use leptos::prelude::*;

use super::app::{element_id, Kindred};
use super::browser::{focus_new_content, focus_within, submit_click};
use super::screen::Screen;
use crate::assessment::{Agreement, Progress, Response, Step};
use crate::i18n::fill;

/// One statement per screen, answered on the agreement scale.
#[component]
pub fn Question(
    /// Kindred's shared state; answers go into the take in progress.
    state: Kindred,
    /// Moves to another screen.
    navigate: Callback<Screen>,
) -> impl IntoView {
    // One memo of what the screen shows: choosing an answer changes only
    // the radio buttons, moving on only the statement and progress.
    let w = state.words;
    let t = w.t;
    let shown = Memo::new(move |_| {
        state.progress.with(|take| {
            take.as_ref().map(|take| QuestionView {
                progress: take.progress(),
                text: w.statement(take.current(), take.context),
                response: take.current_response(),
                // Said only when skipping is closed: which characteristic
                // needs this answer.
                skip_closed: (!take.can_skip_current()).then(|| {
                    fill(
                        t.skip_closed,
                        &[("name", w.characteristic(take.current().characteristic))],
                    )
                }),
                thinking_about: t.thinking_about[take.context.index()],
            })
        })
    });
    let progress = move || shown.with(|v| v.as_ref().map(|v| v.progress));
    let response = move || shown.with(|v| v.as_ref().and_then(|v| v.response));
    let skip_closed = move || shown.with(|v| v.as_ref().and_then(|v| v.skip_closed.clone()));
    let show_error = RwSignal::new(false);
    let section = NodeRef::<leptos::html::Section>::new();
    let focus_statement = move || focus_new_content(section.get_untracked());

    let choose = move |choice: Response| {
        state.progress.update(|take| {
            if let Some(take) = take.as_mut() {
                match choice {
                    Response::Answered(answer) => take.answer_current(answer),
                    Response::Skipped => {
                        take.skip_current();
                    }
                }
            }
        });
        show_error.set(false);
    };

    let next = move || {
        let mut step = None;
        state
            .progress
            .update(|take| step = take.as_mut().map(|t| t.go_next()));
        match step {
            Some(Step::Moved) => {
                show_error.set(false);
                focus_statement();
            }
            Some(Step::ReadyToFinish) => navigate.run(Screen::Review),
            Some(Step::NeedsAnswer) => {
                show_error.set(true);
                focus_within(section.get_untracked(), "input[type=radio]");
            }
            None => navigate.run(Screen::Welcome),
        }
    };

    let back = move |_| {
        let mut moved = false;
        state
            .progress
            .update(|take| moved = take.as_mut().is_some_and(|t| t.go_back()));
        if moved {
            show_error.set(false);
            focus_statement();
        }
    };

    let group = element_id("answer");
    let error_id = element_id("answer-error");
    let closed_id = element_id("skip-closed");
    // The group is described by what applies now: the error, and why
    // "Prefer not to answer" is closed, so a screen reader says both on
    // entering it.
    let described_by = {
        let closed_id = closed_id.clone();
        move || {
            let ids: Vec<&str> = [
                show_error.get().then_some(error_id.as_str()),
                skip_closed().is_some().then_some(closed_id.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let progress_text = move || {
        progress()
            .map(|p| w.statement_progress(p))
            .unwrap_or_default()
    };
    let is_first = move || progress().is_none_or(|p| p.number == 1);
    let percent = move || {
        progress()
            .map(|p| format!("{}%", p.answered * 100 / p.total.max(1)))
            .unwrap_or_default()
    };

    view! {
        <section class="screen question" node_ref=section>
            <div class="progress">
                // The screen's heading ("Statement 3 of 10"), announced as
                // it changes.
                <h2 aria-live="polite" aria-atomic="true">
                    {progress_text}
                </h2>
                <div class="bar" aria-hidden="true">
                    <span style:width=percent></span>
                </div>
            </div>
            <form
                novalidate
                // The button does the work; this only keeps the page from
                // ever navigating.
                on:submit=|event| event.prevent_default()
            >
                <fieldset
                    class="statement"
                    class:has-error=move || show_error.get()
                    aria-describedby=described_by
                >
                    <legend>
                        <span class="context">
                            {move || shown.with(|v| v.as_ref().map_or("", |v| v.thinking_about))}
                        </span>
                        <span class="text" tabindex="-1" data-focus>
                            {move || shown.with(|v| v.as_ref().map_or("", |v| v.text))}
                        </span>
                    </legend>
                    <p class="error" id=element_id("answer-error") hidden=move || !show_error.get()>
                        <span class="visually-hidden">{t.error_prefix}</span>
                        {t.agree_error}
                    </p>
                    <div class="scale">
                        {Agreement::ALL
                            .into_iter()
                            .map(Response::Answered)
                            .chain([Response::Skipped])
                            .map(|choice| {
                                let (value, label, class) = match choice {
                                    Response::Answered(answer) => {
                                        (answer.value(), w.agreement(answer), "option")
                                    }
                                    // Apart from the scale: it is no point on it.
                                    Response::Skipped => (0, t.prefer_not_to_answer, "option skip"),
                                };
                                let id = format!("{group}-{value}");
                                let closed = move || {
                                    choice == Response::Skipped && skip_closed().is_some()
                                };
                                view! {
                                    <div class=class>
                                        <input
                                            type="radio"
                                            id=id.clone()
                                            name=group.clone()
                                            value=value
                                            prop:checked=move || response() == Some(choice)
                                            disabled=closed
                                            on:change=move |_| choose(choice)
                                        />
                                        <label for=id>{label}</label>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </div>
                    <p class="hint" id=closed_id hidden=move || skip_closed().is_none()>
                        {skip_closed}
                    </p>
                </fieldset>
                <div class="actions">
                    <button
                        type="submit"
                        class="primary"
                        on:click=submit_click(next)
                    >
                        {t.next}
                    </button>
                    <button type="button" class="secondary" hidden=is_first on:click=back>
                        {t.back}
                    </button>
                    {take_a_break(state, navigate)}
                </div>
            </form>
        </section>
    }
}

/// "Take a break" back to the welcome, saying the answers are kept only
/// when they are (not when the browser blocks storage).
pub(super) fn take_a_break(state: Kindred, navigate: Callback<Screen>) -> impl IntoView {
    let t = state.words.t;
    view! {
        <button type="button" class="link" on:click=move |_| navigate.run(Screen::Welcome)>
            {if state.persistent { t.take_break_kept } else { t.take_break }}
        </button>
    }
}

/// What the statement screen shows, derived from the take in progress.
#[derive(Clone, Debug, PartialEq)]
struct QuestionView {
    progress: Progress,
    text: &'static str,
    response: Option<Response>,
    skip_closed: Option<String>,
    thinking_about: &'static str,
}
