//! Messages about saved data, shown above every screen.

use leptos::prelude::*;

use wasm_bindgen::JsCast;

use super::app::Kindred;
use super::browser::focus_new_content;
use crate::i18n::Words;
use crate::storage::{ImportError, ImportReport, Notice};

/// One calm sentence per notice. Nothing here stops the check-in.
pub fn notice_text(w: Words, notice: &Notice) -> String {
    let t = w.t;
    let text = match notice {
        Notice::StorageUnavailable => t.storage_unavailable,
        Notice::StorageFull => t.storage_full,
        Notice::SaveFailed => t.save_failed,
        Notice::FinishedNotSaved => t.finished_not_saved,
        Notice::KeptAside { partly: true } => t.kept_aside_partly,
        Notice::KeptAside { partly: false } => t.kept_aside,
        Notice::LeftUntouched => t.left_untouched,
        Notice::NewerVersion => t.newer_version,
        Notice::Imported(result) => return import_message(w, *result),
        Notice::FileUnreadable => t.file_unreadable,
        Notice::DownloadFailed => t.download_failed,
        Notice::DeleteFailed { left } => return w.count(&t.delete_failed, *left),
    };
    text.to_owned()
}

/// What an import did, one sentence per outcome.
pub fn import_message(w: Words, result: Result<ImportReport, ImportError>) -> String {
    let t = w.t;
    let report = match result {
        Err(ImportError::TooLarge) => return t.import_too_large.to_owned(),
        Err(ImportError::NotAnExport) => return t.import_not_an_export.to_owned(),
        Err(ImportError::Newer) => return t.import_newer.to_owned(),
        Ok(report) => report,
    };
    let mut parts = vec![w.count(&t.imported_added, report.added)];
    for (count, plural) in [
        (report.already_had, &t.imported_already_here),
        (report.unreadable, &t.imported_unreadable),
        (report.not_saved, &t.imported_not_saved),
    ] {
        if count > 0 {
            parts.push(w.count(plural, count));
        }
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
    // The live region is in the page empty first and filled a moment
    // later: screen readers announce changes to a region, not one that
    // arrives already filled (as notices found at load would).
    let ready = RwSignal::new(false);
    set_timeout(
        move || ready.set(true),
        std::time::Duration::from_millis(100),
    );
    view! {
        <div class="notices" role="status">
            {move || {
                let w = state.words;
                if !ready.get() {
                    return Vec::new();
                }
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
                                <p>{notice_text(w, &notice)}</p>
                                <button
                                    type="button"
                                    class="secondary"
                                    hidden=no_download
                                    on:click=export
                                >
                                    {w.t.download_check_ins}
                                </button>
                                <button
                                    type="button"
                                    class="link"
                                    on:click=move |event: web_sys::MouseEvent| {
                                        // Focus would fall to the page with the
                                        // button gone: it goes to the screen's
                                        // heading instead.
                                        let root = event
                                            .target()
                                            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                                            .and_then(|e| e.closest(".kindred").ok().flatten())
                                            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                                        state
                                            .notices
                                            .update(|list| {
                                                if index < list.len() {
                                                    list.remove(index);
                                                }
                                            });
                                        focus_new_content(root);
                                    }
                                >
                                    {w.t.dismiss}
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
    use crate::i18n::Lang;

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
            for lang in Lang::ALL {
                let words = Words {
                    lang,
                    t: lang.built_in(),
                };
                let text = notice_text(words, &notice);
                assert!(!text.contains("kindred."), "{text}");
                assert!(!text.contains('{'), "{text}");
            }
        }
        let english = Words::english();
        assert!(notice_text(english, &Notice::DeleteFailed { left: 1 }).contains("1 saved item is"));
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
            assert_eq!(import_message(Words::english(), result), expected);
        }
        assert!(import_message(Words::english(), Err(ImportError::TooLarge))
            .contains("larger than 20 MB"));
        assert!(
            import_message(Words::english(), Err(ImportError::NotAnExport))
                .contains("nothing was changed")
        );
    }

    #[test]
    fn a_finished_take_that_was_not_saved_offers_a_download() {
        assert!(offers_download(&Notice::FinishedNotSaved));
        assert!(!offers_download(&Notice::NewerVersion));
    }
}
