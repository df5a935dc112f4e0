//! Messages about saving, shown above every screen.
//!
//! Written as HTML by a plain function with one delegated click handler for
//! the "Dismiss" buttons, like the history list: it keeps the WebAssembly
//! smaller than a reactive view per notice would.

use std::fmt::Write;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::report::escape;
use crate::storage::Notice;

/// One calm sentence per notice. Nothing here stops the check-in.
pub fn notice_text(notice: &Notice) -> String {
    match notice {
        Notice::StorageUnavailable => "This browser is not letting Kindred save anything, so your answers are kept only while this page is open. You can still finish your check-in.".to_owned(),
        Notice::StorageFull => "Your browser's storage for this site is full, so your latest answers are kept only while this page is open. Deleting past check-ins can free up room.".to_owned(),
        Notice::SaveFailed => "Kindred could not save your latest answer. It is kept while this page is open, and Kindred will try again with your next answer.".to_owned(),
        Notice::KeptAside { key, partly: true } => format!("Part of your saved data could not be read. A full copy has been kept aside, untouched, under the name “{key}”. Everything that could be read is here."),
        Notice::KeptAside { key, partly: false } => format!("Your saved data could not be read. It has been kept aside, untouched, under the name “{key}”, and you can carry on from a fresh start."),
        Notice::LeftUntouched => "Your saved data could not be read, so Kindred has left it exactly as it is. This visit is kept only while the page is open.".to_owned(),
        Notice::NewerVersion => "Your check-ins were saved by a newer version of Kindred. They are left untouched, and this visit is kept only while the page is open. Reloading the page may bring the newer version.".to_owned(),
    }
}

/// The notices as HTML, each with a "Dismiss" button carrying its index.
pub fn notices_html(notices: &[Notice]) -> String {
    let mut html = String::new();
    for (index, notice) in notices.iter().enumerate() {
        let _ = write!(
            html,
            r#"<div class="notice"><p>{}</p><button type="button" class="link" data-dismiss="{index}">Dismiss</button></div>"#,
            escape(&notice_text(notice))
        );
    }
    html
}

/// The notices, read out politely as they appear.
#[component]
pub fn Notices(
    /// The notices to show; each can be dismissed.
    notices: RwSignal<Vec<Notice>>,
) -> impl IntoView {
    let dismiss = move |event: leptos::ev::MouseEvent| {
        let index = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.get_attribute("data-dismiss"))
            .and_then(|i| i.parse::<usize>().ok());
        if let Some(index) = index {
            notices.update(|list| {
                if index < list.len() {
                    list.remove(index);
                }
            });
        }
    };
    view! {
        <div
            class="notices"
            role="status"
            on:click=dismiss
            inner_html=move || notices.with(|list| notices_html(list))
        ></div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_notice_has_its_own_dismiss_button_and_escaped_text() {
        let html = notices_html(&[
            Notice::StorageFull,
            Notice::KeptAside {
                key: "kindred.unreadable.1<b>".to_owned(),
                partly: false,
            },
        ]);
        assert!(html.contains(r#"data-dismiss="0""#));
        assert!(html.contains(r#"data-dismiss="1""#));
        assert!(html.contains("storage for this site is full"));
        assert!(html.contains("kindred.unreadable.1&lt;b&gt;"));
    }

    #[test]
    fn no_notices_no_markup() {
        assert_eq!(notices_html(&[]), "");
    }
}
