//! Messages about saved data, shown above every screen.

use leptos::prelude::*;

use super::app::Kindred;
use crate::storage::{ImportError, ImportReport, Notice};

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
        Notice::Imported(result) => import_message(*result),
        Notice::FileUnreadable => "That file could not be read, so nothing was changed.".to_owned(),
        Notice::DownloadFailed => "This browser did not let Kindred save the file.".to_owned(),
        Notice::DeleteFailed { left } => format!("This browser did not let Kindred delete everything: {left} saved {} still there. You can try again, or clear this site's data in the browser's settings.", if *left == 1 { "item is" } else { "items are" }),
    }
}

/// One sentence for what an import did.
pub fn import_message(result: Result<ImportReport, ImportError>) -> String {
    let report = match result {
        Err(ImportError::TooLarge) => {
            return "That file is larger than 20 MB, so it cannot be a Kindred download. Nothing was changed.".to_owned()
        }
        Err(ImportError::NotAnExport) => {
            return "That file is not a download of Kindred check-ins, so nothing was changed.".to_owned()
        }
        Err(ImportError::Newer) => {
            return "That file was made by a newer version of Kindred, so nothing was changed. Reloading the page may bring the newer version.".to_owned()
        }
        Ok(report) => report,
    };
    let count = |n: usize| {
        if n == 1 {
            "1 check-in".to_owned()
        } else {
            format!("{n} check-ins")
        }
    };
    let mut parts = vec![format!("Added {}.", count(report.added))];
    if report.already_had > 0 {
        parts.push(format!(
            "{} {} already here.",
            count(report.already_had),
            if report.already_had == 1 {
                "was"
            } else {
                "were"
            }
        ));
    }
    if report.unreadable > 0 {
        parts.push(format!("{} could not be read.", count(report.unreadable)));
    }
    if report.not_saved > 0 {
        parts.push(format!(
            "{} could not be saved because this browser's storage is full.",
            count(report.not_saved)
        ));
    }
    parts.join(" ")
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
    fn an_import_says_what_happened() {
        let report = |added, already_had, unreadable, not_saved| {
            Ok(ImportReport {
                added,
                already_had,
                unreadable,
                not_saved,
            })
        };
        let cases = [
            (report(12, 3, 2, 0), "Added 12 check-ins. 3 check-ins were already here. 2 check-ins could not be read."),
            (report(1, 1, 0, 0), "Added 1 check-in. 1 check-in was already here."),
            (report(0, 5, 0, 0), "Added 0 check-ins. 5 check-ins were already here."),
            (report(2, 0, 0, 1), "Added 2 check-ins. 1 check-in could not be saved because this browser's storage is full."),
        ];
        for (result, expected) in cases {
            assert_eq!(import_message(result), expected);
        }
        assert!(import_message(Err(ImportError::TooLarge)).contains("larger than 20 MB"));
        assert!(import_message(Err(ImportError::NotAnExport)).contains("nothing was changed"));
    }

    #[test]
    fn a_finished_take_that_was_not_saved_offers_a_download() {
        assert!(offers_download(&Notice::FinishedNotSaved));
        assert!(!offers_download(&Notice::NewerVersion));
    }
}
