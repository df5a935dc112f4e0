use leptos::prelude::*;

use super::browser::format_date;
use super::radar::Radar;
use super::screen::Screen;
use crate::assessment::{recommend, Characteristic, TakeId, BANDS_ARE_DESCRIPTIVE};
use crate::storage::SavedData;

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

/// The results of one finished take.
#[component]
pub fn ResultsScreen(
    /// Everything saved; the take is looked up in the history.
    data: RwSignal<SavedData>,
    /// Moves to another screen.
    navigate: Callback<Screen>,
    /// Which finished take to show.
    id: TakeId,
) -> impl IntoView {
    let Some(take) = data.with_untracked(|d| d.completed(id).cloned()) else {
        return view! { <p>"These results are no longer saved."</p> }.into_any();
    };
    let context = take.context;
    let results = take.results.clone();
    let highlights = if results.strongest.is_empty() {
        view! {
            <p>
                "Your answers came out even across all five characteristics, so none stands out as strongest or as the one to grow."
            </p>
        }
            .into_any()
    } else {
        view! {
            <dl class="highlights">
                <dt>"Strongest"</dt>
                <dd>{join_names(&results.strongest)}</dd>
                <dt>"Most room to grow"</dt>
                <dd>{join_names(&results.growth)}</dd>
            </dl>
        }
        .into_any()
    };
    let consistency = (!results.consistency.is_empty()).then(|| {
        view! {
            <aside class="consistency">
                <h3>"A note on your answers"</h3>
                {results
                    .consistency
                    .iter()
                    .map(|note| view! { <p>{note.text(context)}</p> })
                    .collect_view()}
            </aside>
        }
    });
    let practices = recommend(&results);

    view! {
        <section class="screen results">
            <h2 tabindex="-1" data-focus>
                "Your results"
            </h2>
            <p class="meta">
                {format!(
                    "{} · {} · {}",
                    context.label(),
                    take.length.label(),
                    format_date(take.finished_at_ms),
                )}
            </p>
            <p class="overall">
                "Overall closeness: " <strong>{results.overall}</strong> " out of 100"
            </p>
            <Radar results=results.clone() />
            {highlights}
            <h3>"Each characteristic"</h3>
            <p class="hint">{BANDS_ARE_DESCRIPTIVE}</p>
            <ul class="scores">
                {results
                    .scores
                    .iter()
                    .map(|s| {
                        view! {
                            <li>
                                <h4>
                                    {s.characteristic.name()}
                                    <span class="score">
                                        {format!("{} out of 100 · {}", s.score, s.band.label())}
                                    </span>
                                </h4>
                                <p class="meter" aria-hidden="true">
                                    <span style:width=format!("{}%", s.score)></span>
                                </p>
                                <p>{s.band.text(s.characteristic, context)}</p>
                                <p class="hint">{s.characteristic.description()}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {consistency}
            <h3>"Practices that help"</h3>
            <p class="hint">"Starting with the ones that build your growth areas."</p>
            <ol class="practices">
                {practices
                    .into_iter()
                    .map(|p| {
                        view! {
                            <li>
                                <h4>{p.name}</h4>
                                <p>{p.summary}</p>
                                <p class="hint">{format!("Builds {}", join_names(&p.builds))}</p>
                                <p>"Things to try this week:"</p>
                                <ul>
                                    {p
                                        .tries(context)
                                        .into_iter()
                                        .map(|t| view! { <li>{t}</li> })
                                        .collect_view()}
                                </ul>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
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
        </section>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Characteristic::*;

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
}
