//! Messages about saved data, shown above every screen.

use leptos::prelude::*;

use super::app::Kindred;
use crate::storage::Notice;

/// One calm sentence per notice. Nothing here stops the check-in.
pub fn notice_text(notice: &Notice) -> String {
    match notice {
        Notice::StorageUnavailable => "This browser is not letting Kindred save anything, so your answers are kept only while this page is open. You can still finish your check-in.".to_owned(),
        Notice::StorageFull => "Your browser's storage for this site is full, so your latest answers are kept only while this page is open. Deleting past check-ins can free up room.".to_owned(),
        Notice::SaveFailed => "Kindred could not save your latest answer. It is kept while this page is open, and Kindred will try again with your next answer.".to_owned(),
        Notice::FinishedNotSaved => "Your finished check-in could not be saved, because your browser's storage for this site is full. It is here while this page is open: download your check-ins now to keep it, or delete past check-ins to make room.".to_owned(),
        Notice::KeptAside { partly: true } => "Part of your saved data could not be read. A full copy of it is kept, untouched, in this browser, and everything that could be read is here.".to_owned(),
        Notice::KeptAside { partly: false } => "Your saved data could not be read. A copy of it is kept, untouched, in this browser, and you can carry on from a fresh start.".to_owned(),
        Notice::LeftUntouched => "Some of your saved data could not be read, so Kindred has left it exactly as it is and saves around it. Everything that could be read is here.".to_owned(),
        Notice::NewerVersion => "Your check-ins were saved by a newer version of Kindred. They are left untouched, and this visit is kept only while the page is open. Reloading the page may bring the newer version.".to_owned(),
        Notice::DeleteFailed { left } => format!("This browser did not let Kindred delete everything: {left} saved {} still there. You can try again, or clear this site's data in the browser's settings.", if *left == 1 { "item is" } else { "items are" }),
    }
}

/// Whether a notice offers "Download my check-ins": when something
/// finished may not survive the page.
pub fn offers_download(notice: &Notice) -> bool {
    matches!(notice, Notice::FinishedNotSaved | Notice::StorageFull)
}

/// The notices, read out politely as they appear.
#[component]
pub fn Notices(
    /// Kindred's shared state: its notices, and the store to download from.
    state: Kindred,
) -> impl IntoView {
    let export = move |_| {
        state.download_check_ins();
    };
    view! {
        <div class="notices" role="status">
            {move || {
                state
                    .notices
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(index, notice)| {
                        let no_download = !offers_download(&notice)
                            || state.takes.with(Vec::is_empty);
                        view! {
                            <div class="notice">
                                <p>{notice_text(&notice)}</p>
                                <button
                                    type="button"
                                    class="secondary"
                                    hidden=no_download
                                    on:click=export
                                >
                                    "Download my check-ins"
                                </button>
                                <button
                                    type="button"
                                    class="link"
                                    on:click=move |_| {
                                        state
                                            .notices
                                            .update(|list| {
                                                if index < list.len() {
                                                    list.remove(index);
                                                }
                                            })
                                    }
                                >
                                    "Dismiss"
                                </button>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_notice_names_a_storage_key_or_leaves_a_placeholder() {
        for notice in [
            Notice::StorageUnavailable,
            Notice::StorageFull,
            Notice::SaveFailed,
            Notice::FinishedNotSaved,
            Notice::KeptAside { partly: true },
            Notice::KeptAside { partly: false },
            Notice::LeftUntouched,
            Notice::NewerVersion,
            Notice::DeleteFailed { left: 2 },
        ] {
            let text = notice_text(&notice);
            assert!(!text.contains("kindred."), "{text}");
            assert!(!text.contains('{'), "{text}");
        }
        assert!(notice_text(&Notice::DeleteFailed { left: 1 }).contains("1 saved item is"));
    }

    #[test]
    fn a_finished_take_that_was_not_saved_offers_a_download() {
        assert!(offers_download(&Notice::FinishedNotSaved));
        assert!(!offers_download(&Notice::NewerVersion));
    }
}
