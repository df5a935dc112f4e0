use leptos::prelude::*;

use super::app::Kindred;
use super::browser::format_date;
use super::report::results_html;
use super::screen::Screen;
use crate::assessment::TakeId;

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
        .map(|take| results_html(&take, &format_date(take.finished_at_ms)));
    // The site owner's next step: their own markup, the `slot="after-results"`
    // child of `<kindred-check>`, shown through this slot on this screen
    // only. It is given nothing about the answers.
    view! {
        <section class="screen results">
            <h2 tabindex="-1" data-focus>
                "Your results"
            </h2>
            <div inner_html=report.unwrap_or_else(|| {
                "<p>These results could not be read.</p>".to_owned()
            }) />
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
