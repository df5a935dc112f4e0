use leptos::prelude::*;

use super::app::Kindred;
use super::screen::Screen;
use crate::assessment::TakeLength;

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
            state.start(context, length, &[]);
            navigate.run(Screen::Question);
        }
        _ => navigate.run(Screen::Setup),
    };
    let quick = TakeLength::Quick;
    let full = TakeLength::Full;
    view! {
        <section class="screen welcome">
            <h2 tabindex="-1" data-focus>
                "How close do you feel?"
            </h2>
            <p class="lead">
                "Kindred is a short, private reflection on the emotional closeness in one relationship: a partner, a friend or a family member. You answer simple statements about trust, vulnerability, empathy, communication and acceptance, then see where the connection feels strong, where it could grow, and small things to try."
            </p>
            <ul class="facts">
                <li>
                    <strong>{quick.label()}</strong>
                    {format!(
                        ": {} statements, about {} minutes.",
                        crate::assessment::statements_for(quick).len(),
                        quick.minutes(),
                    )}
                </li>
                <li>
                    <strong>{full.label()}</strong>
                    {format!(
                        ": {} statements, about {} minutes.",
                        crate::assessment::statements_for(full).len(),
                        full.minutes(),
                    )}
                </li>
                <li>
                    <strong>"Private"</strong>
                    ": your answers never leave this device. They are kept only in this browser, and you can delete them at any time."
                </li>
                <li>
                    <strong>"A reflection, not a diagnosis"</strong>
                    ": the results describe your own answers today. They are not a clinical test."
                </li>
            </ul>
            <div class="actions">
                {move || match in_progress() {
                    Some(progress) => {
                        view! {
                            <button
                                type="button"
                                class="primary"
                                on:click=move |_| navigate.run(Screen::Question)
                            >
                                {format!(
                                    "Continue your check-in ({} of {} answered)",
                                    progress.answered,
                                    progress.total,
                                )}
                            </button>
                            <button
                                type="button"
                                class="secondary"
                                on:click=begin
                            >
                                "Start a new check-in"
                            </button>
                        }
                            .into_any()
                    }
                    None => {
                        view! {
                            <button
                                type="button"
                                class="primary"
                                on:click=begin
                            >
                                "Begin"
                            </button>
                        }
                            .into_any()
                    }
                }}
                <button
                    type="button"
                    class="secondary"
                    hidden=move || { past() == 0 }
                    on:click=move |_| navigate.run(Screen::History)
                >
                    {move || format!("Past check-ins ({})", past())}
                </button>
                <button
                    type="button"
                    class="link"
                    hidden=move || { past() > 0 }
                    on:click=move |_| navigate.run(Screen::History)
                >
                    "Import check-ins from a file"
                </button>
            </div>
        </section>
    }
}
