use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::app::{element_id, fresh_take_id};
use super::browser::{focus_within, now_ms, submit_click};
use super::screen::Screen;
use crate::assessment::{statements_for, RelationshipContext, Take, TakeLength};
use crate::storage::SavedData;

/// Chooses whose relationship to reflect on and how long the check is.
///
/// The radio buttons are left to the browser and read when the form is
/// sent: nothing needs to react to them before that, and it keeps the
/// WebAssembly smaller.
#[component]
pub fn Setup(
    /// Everything saved; a new take is written into it.
    data: RwSignal<SavedData>,
    /// Moves to another screen.
    navigate: Callback<Screen>,
    /// Set by the host page; the question is then not asked.
    context: Option<RelationshipContext>,
    /// Set by the host page; the question is then not asked.
    length: Option<TakeLength>,
) -> impl IntoView {
    // Which questions were left unanswered when the person pressed Start.
    let missing_context = RwSignal::new(false);
    let missing_length = RwSignal::new(false);
    let replacing = data.with_untracked(|d| d.in_progress.as_ref().map(|t| t.answers().len()));
    let section = NodeRef::<leptos::html::Section>::new();
    let context_group = element_id("context");
    let length_group = element_id("length");

    let start = {
        let (context_group, length_group) = (context_group.clone(), length_group.clone());
        move || {
            let chosen = |group: &str| -> Option<String> {
                let selector = format!("input[name=\"{group}\"]:checked");
                let input = section.get_untracked()?.query_selector(&selector).ok()??;
                Some(input.dyn_into::<web_sys::HtmlInputElement>().ok()?.value())
            };
            let context =
                context.or_else(|| RelationshipContext::from_key(&chosen(&context_group)?));
            let length = length.or_else(|| TakeLength::from_key(&chosen(&length_group)?));
            missing_context.set(context.is_none());
            missing_length.set(length.is_none());
            let (Some(context), Some(length)) = (context, length) else {
                focus_within(section.get_untracked(), ".has-error input");
                return;
            };
            data.update(|d| {
                let id = fresh_take_id(d);
                d.in_progress = Some(Take::new(id, context, length, now_ms()));
            });
            navigate.run(Screen::Question);
        }
    };

    let context_options = RelationshipContext::ALL
        .iter()
        .map(|c| (c.key(), c.label().to_owned(), String::new()))
        .collect();
    let length_options = TakeLength::ALL
        .iter()
        .map(|l| {
            let detail = format!(
                "{} statements, about {} minutes",
                statements_for(*l).len(),
                l.minutes()
            );
            (l.key(), l.label().to_owned(), detail)
        })
        .collect();

    view! {
        <section class="screen setup" node_ref=section>
            <h2 tabindex="-1" data-focus>
                "Set up your check-in"
            </h2>
            {replacing
                .filter(|answered| *answered > 0)
                .map(|answered| {
                    view! {
                        <p class="hint">
                            {format!(
                                "Starting now will replace the check-in you have in progress ({answered} answered so far).",
                            )}
                        </p>
                    }
                })}
            <form
                novalidate
                // The button does the work; this only keeps the page from
                // ever navigating.
                on:submit=|event| event.prevent_default()
            >
                {context
                    .is_none()
                    .then(|| {
                        choice(
                            "Whose relationship are you reflecting on?",
                            "Think of one person as you answer.",
                            context_group,
                            "Choose whose relationship you are reflecting on",
                            missing_context,
                            context_options,
                        )
                    })}
                {length
                    .is_none()
                    .then(|| {
                        choice(
                            "How long would you like it to be?",
                            "You can stop at any point and come back later.",
                            length_group,
                            "Choose a quick check or a full check",
                            missing_length,
                            length_options,
                        )
                    })}
                <div class="actions">
                    <button
                        type="submit"
                        class="primary"
                        on:click=submit_click(start)
                    >
                        "Start"
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        on:click=move |_| navigate.run(Screen::Welcome)
                    >
                        "Back"
                    </button>
                </div>
            </form>
        </section>
    }
}

/// A fieldset of labelled radio buttons with a GOV.UK-style error message:
/// the legend is the question, the error says what to do and is tied to the
/// group with `aria-describedby`.
fn choice(
    legend: &'static str,
    hint: &'static str,
    group: String,
    error_text: &'static str,
    show_error: RwSignal<bool>,
    options: Vec<(&'static str, String, String)>,
) -> impl IntoView {
    let hint_id = format!("{group}-hint");
    let error_id = format!("{group}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            if show_error.get() {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        }
    };
    view! {
        <fieldset class="choice" class:has-error=show_error aria-describedby=described_by>
            <legend>{legend}</legend>
            <p class="hint" id=hint_id>
                {hint}
            </p>
            <p class="error" id=error_id hidden=move || !show_error.get()>
                <span class="visually-hidden">"Error: "</span>
                {error_text}
            </p>
            <div class="options">
                {options
                    .into_iter()
                    .map(|(key, label, detail)| {
                        let id = format!("{group}-{key}");
                        let detail = (!detail.is_empty())
                            .then(|| {
                                let detail_id = format!("{id}-detail");
                                (detail_id.clone(), view! { <span class="detail" id=detail_id>{detail}</span> })
                            });
                        let (detail_id, detail_view) = detail.unzip();
                        view! {
                            <div class="option">
                                <input
                                    type="radio"
                                    id=id.clone()
                                    name=group.clone()
                                    value=key
                                    aria-describedby=detail_id
                                />
                                <label for=id>{label} {detail_view}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}
