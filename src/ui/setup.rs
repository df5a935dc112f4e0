use leptos::prelude::*;

use super::app::{element_id, fresh_take_id};
use super::browser::{focus_within, now_ms};
use super::screen::Screen;
use crate::assessment::{statements_for, RelationshipContext, Take, TakeLength};
use crate::storage::SavedData;

/// Chooses whose relationship to reflect on and how long the check is.
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
    let chosen_context = RwSignal::new(context);
    let chosen_length = RwSignal::new(length);
    let tried = RwSignal::new(false);
    let replacing = data.with_untracked(|d| d.in_progress.as_ref().map(|t| t.answers().len()));

    let section = NodeRef::<leptos::html::Section>::new();
    let start = move || {
        tried.set(true);
        let (Some(context), Some(length)) = (chosen_context.get(), chosen_length.get()) else {
            focus_within(section.get_untracked(), ".has-error input");
            return;
        };
        data.update(|d| {
            let id = fresh_take_id(d);
            d.in_progress = Some(Take::new(id, context, length, now_ms()));
        });
        navigate.run(Screen::Question);
    };

    let context_error = element_id("context-error");
    let length_error = element_id("length-error");
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
                on:submit=move |event| {
                    event.prevent_default();
                    start();
                }
            >
                {(context.is_none())
                    .then(|| {
                        view! {
                            <Choice
                                legend="Whose relationship are you reflecting on?"
                                hint="Think of one person as you answer."
                                name="context"
                                error_id=context_error.clone()
                                error_text="Choose whose relationship you are reflecting on"
                                show_error=Signal::derive(move || {
                                    tried.get() && chosen_context.get().is_none()
                                })
                                options=RelationshipContext::ALL
                                    .iter()
                                    .map(|c| (c.key(), c.label().to_owned(), String::new()))
                                    .collect()
                                selected=Signal::derive(move || {
                                    chosen_context.get().map(|c| c.key())
                                })
                                on_choose=Callback::new(move |key: &'static str| {
                                    chosen_context.set(RelationshipContext::from_key(key))
                                })
                            />
                        }
                    })}
                {(length.is_none())
                    .then(|| {
                        view! {
                            <Choice
                                legend="How long would you like it to be?"
                                hint="You can stop at any point and come back later."
                                name="length"
                                error_id=length_error.clone()
                                error_text="Choose a quick check or a full check"
                                show_error=Signal::derive(move || {
                                    tried.get() && chosen_length.get().is_none()
                                })
                                options=TakeLength::ALL
                                    .iter()
                                    .map(|l| {
                                        (
                                            l.key(),
                                            l.label().to_owned(),
                                            format!(
                                                "{} statements, about {} minutes",
                                                statements_for(*l).len(),
                                                l.minutes(),
                                            ),
                                        )
                                    })
                                    .collect()
                                selected=Signal::derive(move || {
                                    chosen_length.get().map(|l| l.key())
                                })
                                on_choose=Callback::new(move |key: &'static str| {
                                    chosen_length.set(TakeLength::from_key(key))
                                })
                            />
                        }
                    })}
                <div class="actions">
                    <button type="submit" class="primary">
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

/// A fieldset of labelled radio buttons with a GOV.UK-style error message.
#[component]
fn Choice(
    /// The question, read as the group's name.
    legend: &'static str,
    /// A line of help under the question.
    hint: &'static str,
    /// Suffix for the radio group's name and ids.
    name: &'static str,
    /// Id of the error message, for `aria-describedby`.
    error_id: String,
    /// What to do, said when nothing is chosen.
    error_text: &'static str,
    /// Whether the error shows.
    show_error: Signal<bool>,
    /// (key, label, optional detail) for each option.
    options: Vec<(&'static str, String, String)>,
    /// The key chosen, if any.
    selected: Signal<Option<&'static str>>,
    /// Called with the key of the option chosen.
    on_choose: Callback<&'static str>,
) -> impl IntoView {
    let group = element_id(name);
    let hint_id = element_id(&format!("{name}-hint"));
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
        <fieldset
            class="choice"
            class:has-error=move || show_error.get()
            aria-describedby=described_by
        >
            <legend>{legend}</legend>
            <p class="hint" id=hint_id>
                {hint}
            </p>
            <Show when=move || show_error.get()>
                <p class="error" id=error_id.clone() data-error>
                    <span class="visually-hidden">"Error: "</span>
                    {error_text}
                </p>
            </Show>
            <div class="options">
                {options
                    .into_iter()
                    .map(|(key, label, detail)| {
                        let id = format!("{group}-{key}");
                        let detail_id = format!("{id}-detail");
                        let has_detail = !detail.is_empty();
                        view! {
                            <div class="option">
                                <input
                                    type="radio"
                                    id=id.clone()
                                    name=group.clone()
                                    value=key
                                    prop:checked=move || selected.get() == Some(key)
                                    aria-describedby=has_detail.then(|| detail_id.clone())
                                    on:change=move |_| on_choose.run(key)
                                />
                                <label for=id>
                                    {label}
                                    {has_detail
                                        .then(|| {
                                            view! {
                                                <span class="detail" id=detail_id.clone()>
                                                    {detail.clone()}
                                                </span>
                                            }
                                        })}
                                </label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}
