use leptos::prelude::*;

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

/// Messages about saving, shown above every screen and read out politely.
#[component]
pub fn Notices(
    /// The notices to show; each can be dismissed.
    notices: RwSignal<Vec<Notice>>,
) -> impl IntoView {
    view! {
        <div class="notices" role="status">
            {move || {
                notices
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(index, notice)| {
                        view! {
                            <div class="notice">
                                <p>{notice_text(&notice)}</p>
                                <button
                                    type="button"
                                    class="link"
                                    on:click=move |_| {
                                        notices
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
