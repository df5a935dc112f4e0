//! Past check-ins: open one, delete one, or delete everything.
//!
//! Like the results, the list is written as HTML by a plain function and
//! wired with one delegated click handler (buttons carry `data-action` and
//! `data-id`). A reactive view per row cost about 6 KB gzip of WebAssembly.

use std::fmt::Write;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser::{focus_within, format_date};
use super::report::escape;
use super::screen::Screen;
use crate::assessment::TakeId;
use crate::storage::SavedData;

/// Which deletion is waiting for a "yes".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirming {
    Nothing,
    One(TakeId),
    All,
}

/// One row of the list, with its date already written for the locale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: TakeId,
    pub when: String,
    pub context: &'static str,
    pub length: &'static str,
    pub overall: u8,
}

/// The list of past check-ins, newest first, with any confirmation open.
pub fn history_html(rows: &[Row], confirming: Confirming) -> String {
    if rows.is_empty() {
        return "<p>No finished check-ins are saved in this browser.</p>".to_owned();
    }
    let mut html = String::from(r#"<ul class="takes">"#);
    for (index, row) in rows.iter().enumerate() {
        let when = escape(&row.when);
        let id = row.id.0;
        // Counted from the oldest, so two check-ins in the same minute still
        // have buttons a screen reader can tell apart.
        let number = rows.len() - index;
        let _ = write!(
            html,
            "<li><p><strong>{when}</strong><br>{} · {} · overall {} out of 100</p>",
            escape(row.context),
            escape(row.length),
            row.overall
        );
        if confirming == Confirming::One(row.id) {
            let _ = write!(
                html,
                r#"<div class="confirm" role="group" aria-label="Confirm deletion"><p>Delete the check-in of {when}? This cannot be undone.</p><button type="button" class="danger" data-action="delete" data-id="{id}">Yes, delete it</button><button type="button" class="secondary" data-action="cancel">Keep it</button></div>"#
            );
        } else {
            let _ = write!(
                html,
                r#"<div class="actions"><button type="button" class="secondary" data-action="view" data-id="{id}" aria-label="View results of the check-in of {when}, number {number}">View results</button><button type="button" class="link danger" data-action="ask-delete" data-id="{id}" aria-label="Delete the check-in of {when}, number {number}">Delete</button></div>"#
            );
        }
        html.push_str("</li>");
    }
    html.push_str("</ul>");
    if confirming == Confirming::All {
        let _ = write!(
            html,
            r#"<div class="confirm" role="group" aria-label="Confirm deleting everything"><p>Delete {} from this browser, with any copies of unreadable data kept aside? This cannot be undone.</p><button type="button" class="danger" data-action="delete-all">Yes, delete everything</button><button type="button" class="secondary" data-action="cancel">Cancel</button></div>"#,
            if rows.len() == 1 {
                "your one check-in".to_owned()
            } else {
                format!("all {} check-ins", rows.len())
            }
        );
    } else {
        html.push_str(r#"<button type="button" class="danger" data-action="ask-delete-all">Delete all check-ins</button>"#);
    }
    html
}

/// Past check-ins, newest first.
#[component]
pub fn History(
    /// Everything saved; deletions are written into it.
    data: RwSignal<SavedData>,
    /// Moves to another screen.
    navigate: Callback<Screen>,
    /// Called when the person deletes everything, for what lies outside
    /// the saved data (copies of unreadable data kept aside).
    on_delete_all: Callback<()>,
) -> impl IntoView {
    let confirming = RwSignal::new(Confirming::Nothing);
    let section = NodeRef::<leptos::html::Section>::new();
    let focus = move |selector: &'static str| focus_within(section.get_untracked(), selector);

    let list = move || {
        let rows: Vec<Row> = data.with(|d| {
            d.history
                .iter()
                .rev()
                .map(|t| Row {
                    id: t.id,
                    when: format_date(t.finished_at_ms),
                    context: t.context.label(),
                    length: t.length.label(),
                    overall: t.results.overall,
                })
                .collect()
        });
        history_html(&rows, confirming.get())
    };

    let on_click = move |event: leptos::ev::MouseEvent| {
        let Some(button) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("[data-action]").ok().flatten())
        else {
            return;
        };
        let id = button
            .get_attribute("data-id")
            .and_then(|id| id.parse().ok())
            .map(TakeId);
        match (button.get_attribute("data-action").as_deref(), id) {
            (Some("view"), Some(id)) => navigate.run(Screen::Results(id)),
            (Some("ask-delete"), Some(id)) => {
                confirming.set(Confirming::One(id));
                focus(".confirm button");
            }
            (Some("delete"), Some(id)) => {
                data.update(|d| d.history.retain(|t| t.id != id));
                confirming.set(Confirming::Nothing);
                focus("[data-focus]");
            }
            (Some("ask-delete-all"), _) => {
                confirming.set(Confirming::All);
                focus(".confirm button");
            }
            (Some("delete-all"), _) => {
                data.update(|d| d.history.clear());
                on_delete_all.run(());
                confirming.set(Confirming::Nothing);
                focus("[data-focus]");
            }
            (Some("cancel"), _) => {
                confirming.set(Confirming::Nothing);
                focus("[data-focus]");
            }
            _ => {}
        }
    };

    view! {
        <section class="screen history" node_ref=section>
            <h2 tabindex="-1" data-focus>
                "Past check-ins"
            </h2>
            <div on:click=on_click inner_html=list></div>
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

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Vec<Row> {
        vec![
            Row {
                id: TakeId(2),
                when: "26 November 2026 at 10:00".to_owned(),
                context: "A friend",
                length: "Quick check",
                overall: 62,
            },
            Row {
                id: TakeId(1),
                when: "<b>1 May</b>".to_owned(),
                context: "A family member",
                length: "Full check",
                overall: 48,
            },
        ]
    }

    #[test]
    fn lists_every_take_with_its_own_buttons() {
        let html = history_html(&rows(), Confirming::Nothing);
        assert!(html.contains("A friend · Quick check · overall 62 out of 100"));
        assert!(html.contains(r#"data-action="view" data-id="2" aria-label="View results of the check-in of 26 November 2026 at 10:00, number 2""#));
        assert!(html
            .contains(r#"aria-label="Delete the check-in of &lt;b&gt;1 May&lt;/b&gt;, number 1""#));
        assert!(html.contains(r#"data-action="ask-delete" data-id="1""#));
        assert!(
            html.contains("&lt;b&gt;1 May&lt;/b&gt;"),
            "dates are escaped"
        );
        assert!(html.contains(r#"data-action="ask-delete-all""#));
        assert!(!html.contains("confirm"));
    }

    #[test]
    fn deleting_one_asks_first() {
        let html = history_html(&rows(), Confirming::One(TakeId(1)));
        assert_eq!(html.matches(r#"data-action="delete""#).count(), 1);
        assert!(html.contains(r#"data-action="delete" data-id="1""#));
        assert!(html.contains("This cannot be undone"));
        // The other row keeps its normal buttons.
        assert!(html.contains(r#"data-action="ask-delete" data-id="2""#));
    }

    #[test]
    fn deleting_everything_asks_first_and_says_how_many() {
        let html = history_html(&rows(), Confirming::All);
        assert!(html.contains("Delete all 2 check-ins from this browser, with any copies"));
        assert!(html.contains(r#"data-action="delete-all""#));
        assert!(!html.contains(r#"data-action="ask-delete-all""#));
    }

    #[test]
    fn a_single_check_in_is_not_called_all_1() {
        let html = history_html(&rows()[..1], Confirming::All);
        assert!(html.contains("Delete your one check-in from this browser, with any copies"));
    }

    #[test]
    fn an_empty_history_says_so() {
        assert_eq!(
            history_html(&[], Confirming::Nothing),
            "<p>No finished check-ins are saved in this browser.</p>"
        );
    }
}
