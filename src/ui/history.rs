//! Past check-ins: open one, delete one or all, download them, import a
//! download.
//!
//! The list shows a page of the newest check-ins and reads only those
//! records, so it opens as fast with 5,000 check-ins as with 5. Deleting
//! one hides that row and redraws nothing else. (Leptos's keyed `<For>`
//! does the same for any change, but cost 4.2 KB gzip of WebAssembly that
//! this one case does not need.)

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::app::{element_id, Kindred};
use super::browser::{focus_within, read_file};
use super::later::{chunk, with_later_words};
use super::over_time::{
    everyone_in, numbered_options, whom_name, with_name, OverTime, Whom, LOOK_BACK,
};
use super::screen::Screen;
use crate::assessment::{CompletedTake, TakeId};
use crate::i18n::fill;
use crate::storage::format::IMPORT_LIMIT_BYTES;
use crate::storage::{ImportError, Notice};

/// How many check-ins one page of the list shows.
pub const PAGE_SIZE: usize = 20;

/// Which deletion is waiting for a "yes".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirming {
    Nothing,
    One(TakeId),
    All,
}

/// The ids one page shows: the newest `shown` of `takes` (oldest first),
/// newest first, each with its number counted from the oldest so two
/// check-ins in the same minute still have names a screen reader can tell
/// apart.
pub fn visible(takes: &[TakeId], shown: usize) -> Vec<(TakeId, usize)> {
    takes
        .iter()
        .enumerate()
        .rev()
        .take(shown)
        .map(|(index, id)| (*id, index + 1))
        .collect()
}

/// The rows a page of the list was drawn with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// How many rows were asked for.
    pub shown: usize,
    pub rows: Vec<(TakeId, usize)>,
}

impl Page {
    /// True when `fresh` (for `shown` rows) differs from this page only by
    /// rows deleted since, and, on a full page, older rows that moved up
    /// into their places: then the page need not be drawn again.
    pub fn only_lost_rows(&self, shown: usize, fresh: &[(TakeId, usize)]) -> bool {
        let Some((oldest, _)) = self.rows.last() else {
            return fresh.is_empty();
        };
        let full = self.rows.len() >= self.shown;
        shown == self.shown
            && fresh
                .iter()
                .all(|(id, _)| self.rows.iter().any(|(row, _)| row == id) || (full && id < oldest))
    }
}

// Past check-ins, in a chunk of WebAssembly of their own (see
// `super::later`). `preload_history` fetches the chunk without showing it.
chunk!(
    history,
    fn history_view(state: Kindred, navigate: Callback<Screen>) -> view {
        with_later_words(state, move |state| {
            view! { <History state=state navigate=navigate /> }.into_any()
        })
    },
    preload preload_history
);

/// Past check-ins, newest first.
#[component]
pub fn History(
    /// Kindred's shared state; records are read from the store a page at a
    /// time.
    state: Kindred,
    /// Moves to another screen.
    navigate: Callback<Screen>,
) -> impl IntoView {
    let confirming = RwSignal::new(Confirming::Nothing);
    // The latest check-ins, read once: for the list's filter by person and
    // for trends and comparisons (a bounded read at any history size).
    let recent: Vec<CompletedTake> = state
        .with_store(|s| s.recent(None, LOOK_BACK).collect())
        .unwrap_or_default();
    // Whose check-ins the list shows: everyone's, or one person's.
    let filter = RwSignal::new(None::<Whom>);
    let shown = RwSignal::new(PAGE_SIZE);
    let section = NodeRef::<leptos::html::Section>::new();
    let focus = move |selector: &str| focus_within(section.get_untracked(), selector);

    // The rows on screen. Deleting one leaves this as it was (the row hides
    // itself), so nothing else is redrawn; a new page, or a check-in
    // finished in another tab, draws the list anew.
    let page = Memo::new(move |previous: Option<&Page>| {
        let shown = shown.get();
        let fresh = state.takes.with(|takes| visible(takes, shown));
        match previous {
            Some(previous) if previous.only_lost_rows(shown, &fresh) => previous.clone(),
            _ => Page { shown, rows: fresh },
        }
    });
    let total = move || state.takes.with(Vec::len);

    let delete_all = move || {
        let result = state.with_store(|s| s.delete_all());
        state.refresh_takes();
        state.progress.set(None);
        confirming.set(Confirming::Nothing);
        match result {
            Some(Ok(_)) => state.remove_notice(|n| {
                matches!(
                    n,
                    Notice::KeptAside { .. }
                        | Notice::LeftUntouched
                        | Notice::NewerVersion
                        | Notice::FinishedNotSaved
                        | Notice::DeleteFailed { .. }
                )
            }),
            Some(Err(left)) => state.add_notice(Notice::DeleteFailed { left }),
            None => {}
        }
        focus("[data-focus]");
    };

    // One listener for every row's buttons.
    let row_action = move |event: leptos::ev::MouseEvent| {
        let Some(button) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("[data-action]").ok().flatten())
        else {
            return;
        };
        let Some(id) = button
            .closest("[data-id]")
            .ok()
            .flatten()
            .and_then(|row| row.get_attribute("data-id"))
            .and_then(|id| id.parse().ok())
            .map(TakeId)
        else {
            return;
        };
        // Where focus goes next, in this row.
        let in_row = |selector: &str| format!("[data-id=\"{}\"] {selector}", id.0);
        match button.get_attribute("data-action").as_deref() {
            Some("view") => navigate.run(Screen::Results(id)),
            Some("ask") => {
                confirming.set(Confirming::One(id));
                focus(&in_row("[data-safe]"));
            }
            Some("keep") => {
                confirming.set(Confirming::Nothing);
                focus(&in_row("[data-action=ask]"));
            }
            Some("delete") => {
                let result = state.with_store(|s| s.delete(id));
                confirming.set(Confirming::Nothing);
                match result {
                    Some(Ok(())) => {
                        state.retry_saves();
                        state.refresh_takes();
                        focus("[data-focus]");
                    }
                    _ => state.add_notice(Notice::DeleteFailed { left: 1 }),
                }
            }
            _ => {}
        }
    };

    let export = move |_| {
        if !state.download_check_ins() {
            state.tell_about_a_file(Notice::DownloadFailed);
        }
    };

    let import = move |event: leptos::ev::Event| {
        let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // The same file may be picked again later.
        input.set_value("");
        read_file(&file, IMPORT_LIMIT_BYTES, move |read| {
            let notice = match read {
                Err(_) => Notice::Imported(Err(ImportError::TooLarge)),
                Ok(None) => Notice::FileUnreadable,
                Ok(Some(text)) => {
                    let result = state
                        .with_store(|s| s.import(&text))
                        .unwrap_or(Err(ImportError::NotAnExport));
                    state.refresh_takes();
                    Notice::Imported(result)
                }
            };
            state.tell_about_a_file(notice);
        });
    };

    let w = state.words;
    let t = w.t;
    // Escape cancels a confirmation and puts focus back on the button that
    // opened it, as a dialog would.
    let escape = move |event: leptos::ev::KeyboardEvent| {
        if event.key() != "Escape" {
            return;
        }
        let opener = match confirming.get_untracked() {
            Confirming::Nothing => return,
            Confirming::All => ".delete-all".to_owned(),
            Confirming::One(id) => format!("[data-id=\"{}\"] [data-action=ask]", id.0),
        };
        event.prevent_default();
        confirming.set(Confirming::Nothing);
        focus(&opener);
    };
    let import_id = element_id("import");
    let confirm_all_id = element_id("confirm-all");
    let confirm_all_label = confirm_all_id.clone();
    let none_saved = move || total() == 0;
    // Confirmations are in the page from the start and only shown or
    // hidden: switching whole views cost more WebAssembly than it is worth.
    view! {
        <section class="screen history" node_ref=section on:keydown=escape>
            <h2 tabindex="-1" data-focus>
                {t.past_check_ins}
            </h2>
            <p hidden=move || !none_saved()>{t.none_saved}</p>
            {people_filter(state, filter, &recent)}
            <ul class="takes" hidden=none_saved on:click=row_action>
                {move || {
                    page.get()
                        .rows
                        .into_iter()
                        .map(|(id, number)| {
                            view! {
                                <Row
                                    state=state
                                    id=id
                                    number=number
                                    confirming=confirming
                                    filter=filter
                                />
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <button
                type="button"
                class="secondary"
                hidden=move || { total() <= shown.get() }
                on:click=move |_| shown.update(|n| *n += PAGE_SIZE)
            >
                {move || w.count(&t.show_older, total().saturating_sub(shown.get()).min(PAGE_SIZE))}
            </button>
            <div
                class="confirm"
                role="group"
                aria-labelledby=confirm_all_label
                hidden=move || confirming.get() != Confirming::All
            >
                <p id=confirm_all_id>
                    {move || match total() {
                        1 => t.delete_all_one.to_owned(),
                        n => w.count(&t.delete_all_many, n),
                    }}
                </p>
                <button type="button" class="secondary" data-safe on:click=move |_| {
                    confirming.set(Confirming::Nothing);
                    focus(".delete-all");
                }>
                    {t.cancel}
                </button>
                <button type="button" class="danger" on:click=move |_| delete_all()>
                    {t.yes_delete_everything}
                </button>
            </div>
            <button
                type="button"
                class="danger delete-all"
                hidden=move || none_saved() || confirming.get() == Confirming::All
                on:click=move |_| {
                    confirming.set(Confirming::All);
                    focus(".confirm:not([hidden]) [data-safe]");
                }
            >
                {t.delete_all}
            </button>
            <OverTime state=state takes=recent />
            <div class="your-data">
                <h3>{t.your_data}</h3>
                <p class="hint">
                    {t.your_data_text}
                </p>
                <button type="button" class="secondary" hidden=none_saved on:click=export>
                    {t.download_check_ins}
                </button>
                <label for=import_id.clone()>{t.import_from_file}</label>
                <input type="file" id=import_id accept=".json,application/json" on:change=import />
            </div>
            <div class="actions">
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| navigate.run(Screen::Welcome)
                >
                    {t.back_to_start}
                </button>
            </div>
        </section>
    }
}

/// "Show check-ins about": everyone, or one of the people among the recent
/// check-ins (at most [`LOOK_BACK`] read), when there are two or more.
/// Rows of others hide; "Show older" goes on to earlier pages.
fn people_filter(
    state: Kindred,
    filter: RwSignal<Option<Whom>>,
    recent: &[CompletedTake],
) -> AnyView {
    let w = state.words;
    let takes: Vec<Whom> = recent.iter().map(Whom::of).collect();
    let people = everyone_in(&takes);
    if people.len() < 2 {
        return ().into_any();
    }
    let id = element_id("people");
    let names: Vec<String> = people.iter().map(|whom| whom_name(whom, w)).collect();
    let people = StoredValue::new(people);
    view! {
        <p class="people">
            <label for=id.clone()>{w.t.show_about}</label>
            <select
                id=id
                on:change=move |event| {
                    let chosen = event_target_value(&event).parse::<usize>().ok();
                    filter.set(chosen.and_then(|i| people.with_value(|p| p.get(i).cloned())));
                }
            >
                <option value="">{w.t.show_everyone}</option>
                {numbered_options(names)}
            </select>
        </p>
    }
    .into_any()
}

/// One past check-in. Its record is read once, when the row appears. Its
/// buttons say what they do in `data-action`; the list handles them all
/// with one listener (see [`History`]), which keeps each row to markup.
#[component]
fn Row(
    state: Kindred,
    id: TakeId,
    /// Counted from the oldest check-in.
    number: usize,
    confirming: RwSignal<Confirming>,
    /// Only this person's rows show, when one is chosen.
    filter: RwSignal<Option<Whom>>,
) -> impl IntoView {
    let w = state.words;
    let t = w.t;
    let take = state.with_store(|s| s.take(id).ok()).flatten();
    let whom = take.as_ref().map(Whom::of);
    let someone_else = move || {
        filter.with(|only| match (only, &whom) {
            (Some(only), Some(whom)) => !only.is(whom),
            (Some(_), None) => true,
            (None, _) => false,
        })
    };
    let when = take
        .as_ref()
        .map(|take| w.date(take.finished_at_ms))
        .unwrap_or_default();
    let summary = match &take {
        Some(take) => with_name(
            take.person.as_ref(),
            fill(
                t.row_summary,
                &[
                    ("context", w.context(take.context)),
                    ("length", w.length(take.length)),
                    ("score", &w.number(take.results.overall)),
                ],
            ),
            w,
        ),
        None => t.row_unreadable.to_owned(),
    };
    let number = w.number(number);
    let about = [("date", when.as_str()), ("number", number.as_str())];
    let (view_label, delete_label, question) = if take.is_some() {
        (
            fill(t.view_results_of, &about),
            fill(t.delete_of, &about),
            fill(t.delete_question, &about),
        )
    } else {
        (
            String::new(),
            fill(t.delete_unreadable_of, &about),
            fill(t.delete_unreadable_question, &about),
        )
    };
    let question_id = element_id(&format!("confirm-{}", id.0));
    let labelled_by = question_id.clone();
    let asking = move || confirming.get() == Confirming::One(id);
    let gone =
        move || state.takes.with(|takes| takes.binary_search(&id).is_err()) || someone_else();
    view! {
        <li hidden=gone data-id=id.0>
            <p>
                <strong>{when}</strong>
                <br />
                {summary}
            </p>
            <div class="actions" hidden=asking>
                <button
                    type="button"
                    class="secondary"
                    hidden=take.is_none()
                    aria-label=view_label
                    data-action="view"
                >
                    {t.view_results}
                </button>
                <button
                    type="button"
                    class="link danger"
                    aria-label=delete_label
                    data-action="ask"
                >
                    {t.delete}
                </button>
            </div>
            <div
                class="confirm"
                role="group"
                aria-labelledby=labelled_by
                hidden=move || !asking()
            >
                <p id=question_id>{question}</p>
                <button type="button" class="secondary" data-safe data-action="keep">
                    {t.keep_it}
                </button>
                <button type="button" class="danger" data-action="delete">
                    {t.yes_delete_it}
                </button>
            </div>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_shows_the_newest_first_numbered_from_the_oldest() {
        let takes: Vec<TakeId> = (1..=45).map(TakeId).collect();
        let page = visible(&takes, PAGE_SIZE);
        assert_eq!(page.len(), 20);
        assert_eq!(page[0], (TakeId(45), 45));
        assert_eq!(page[19], (TakeId(26), 26));
        assert_eq!(visible(&takes, 60).len(), 45);
        assert_eq!(visible(&[], 20), vec![]);
    }

    #[test]
    fn a_page_is_drawn_again_only_when_more_than_deletions_changed() {
        let takes: Vec<TakeId> = (1..=30).map(TakeId).collect();
        let page = Page {
            shown: 20,
            rows: visible(&takes, 20),
        };
        let without =
            |gone: u64| -> Vec<TakeId> { takes.iter().copied().filter(|t| t.0 != gone).collect() };
        // One deleted: the 21st moves up, but the drawn rows stay.
        assert!(page.only_lost_rows(20, &visible(&without(25), 20)));
        // A newer check-in (another tab) or another page size: draw again.
        let mut more = takes.clone();
        more.push(TakeId(31));
        assert!(!page.only_lost_rows(20, &visible(&more, 20)));
        assert!(!page.only_lost_rows(40, &visible(&takes, 40)));
        // Everything deleted: nothing new to draw either.
        assert!(page.only_lost_rows(20, &[]));
        // An empty page, or one with room, shows what arrives (an import).
        let empty = Page {
            shown: 20,
            rows: vec![],
        };
        assert!(!empty.only_lost_rows(20, &visible(&takes[..2], 20)));
        let one = Page {
            shown: 20,
            rows: visible(&takes[5..6], 20),
        };
        assert!(!one.only_lost_rows(20, &visible(&takes[..6], 20)));
    }
}
