use leptos::prelude::*;

use super::browser::format_date;
use super::screen::Screen;
use crate::assessment::TakeId;
use crate::storage::SavedData;

/// Past check-ins: open one, delete one, or delete everything.
#[component]
pub fn History(
    /// Everything saved; deletions are written into it.
    data: RwSignal<SavedData>,
    /// Moves to another screen.
    navigate: Callback<Screen>,
) -> impl IntoView {
    // Which deletion is waiting for a "yes": one take, or all of them.
    let confirming_one = RwSignal::new(None::<TakeId>);
    let confirming_all = RwSignal::new(false);
    let section = NodeRef::<leptos::html::Section>::new();
    let refocus =
        move || super::browser::focus_new_content(section.get_untracked().map(Into::into));

    let delete = move |id: TakeId| {
        data.update(|d| d.history.retain(|t| t.id != id));
        confirming_one.set(None);
        refocus();
    };
    let delete_all = move |_| {
        data.update(|d| d.history.clear());
        confirming_all.set(false);
        refocus();
    };
    let entries = move || {
        data.with(|d| {
            d.history
                .iter()
                .rev()
                .map(|t| {
                    (
                        t.id,
                        format_date(t.finished_at_ms),
                        t.context.label(),
                        t.length.label(),
                        t.results.overall,
                    )
                })
                .collect::<Vec<_>>()
        })
    };

    view! {
        <section class="screen history" node_ref=section>
            <h2 tabindex="-1" data-focus>
                "Past check-ins"
            </h2>
            <Show
                when=move || data.with(|d| !d.history.is_empty())
                fallback=|| view! { <p>"No finished check-ins are saved in this browser."</p> }
            >
                <ul class="takes">
                    // A plain list rather than <For>: a handful of entries
                    // re-render in no time, and keyed diffing costs bytes.
                    {move || {
                        entries()
                            .into_iter()
                            .map(|(id, when, context, length, overall)| {
                            let label = format!("check-in of {when}");
                            view! {
                                <li>
                                    <p>
                                        <strong>{when.clone()}</strong>
                                        <br />
                                        {format!("{context} · {length} · overall {overall} out of 100")}
                                    </p>
                                    <Show
                                        when=move || confirming_one.get() == Some(id)
                                        fallback={
                                            let label = label.clone();
                                            move || {
                                                view! {
                                                    <div class="actions">
                                                        <button
                                                            type="button"
                                                            class="secondary"
                                                            aria-label=format!("View results of the {label}")
                                                            on:click=move |_| navigate.run(Screen::Results(id))
                                                        >
                                                            "View results"
                                                        </button>
                                                        <button
                                                            type="button"
                                                            class="link danger"
                                                            aria-label=format!("Delete the {label}")
                                                            on:click=move |_| confirming_one.set(Some(id))
                                                        >
                                                            "Delete"
                                                        </button>
                                                    </div>
                                                }
                                            }
                                        }
                                    >
                                        <div class="confirm" role="group" aria-label="Confirm deletion">
                                            <p>{format!("Delete the {label}? This cannot be undone.")}</p>
                                            <button
                                                type="button"
                                                class="danger"
                                                data-focus
                                                on:click=move |_| delete(id)
                                            >
                                                "Yes, delete it"
                                            </button>
                                            <button
                                                type="button"
                                                class="secondary"
                                                on:click=move |_| confirming_one.set(None)
                                            >
                                                "Keep it"
                                            </button>
                                        </div>
                                    </Show>
                                </li>
                            }
                        })
                            .collect_view()
                    }}
                </ul>
                <Show
                    when=move || confirming_all.get()
                    fallback=move || {
                        view! {
                            <button
                                type="button"
                                class="danger"
                                on:click=move |_| confirming_all.set(true)
                            >
                                "Delete all check-ins"
                            </button>
                        }
                    }
                >
                    <div class="confirm" role="alertdialog" aria-label="Delete everything?">
                        <p>
                            {move || {
                                format!(
                                    "Delete all {} check-ins from this browser? This cannot be undone.",
                                    data.with(|d| d.history.len()),
                                )
                            }}
                        </p>
                        <button type="button" class="danger" on:click=delete_all>
                            "Yes, delete everything"
                        </button>
                        <button
                            type="button"
                            class="secondary"
                            on:click=move |_| confirming_all.set(false)
                        >
                            "Cancel"
                        </button>
                    </div>
                </Show>
            </Show>
            <div class="actions">
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| navigate.run(Screen::Welcome)
                >
                    "Back to the start"
                </button>
            </div>
        </section>
    }
}
