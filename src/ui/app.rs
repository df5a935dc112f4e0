use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use super::browser::{focus_new_content, now_ms};
use super::history::History;
use super::notices::Notices;
use super::question::Question;
use super::results::ResultsScreen;
use super::screen::Screen;
use super::setup::Setup;
use super::welcome::Welcome;
use crate::assessment::{Results, Take, TakeId};
use crate::embed::Options;
use crate::storage::{BrowserStorage, MemoryStorage, Notice, StorageBackend, StorageError, Store};

/// A prefix for element ids, unique per instance, so labels and radio
/// groups never collide when a page holds more than one Kindred.
#[derive(Clone, Debug)]
pub(crate) struct IdPrefix(pub String);

impl IdPrefix {
    pub fn id(&self, suffix: &str) -> String {
        format!("{}-{suffix}", self.0)
    }
}

pub(crate) fn element_id(suffix: &str) -> String {
    use_context::<IdPrefix>()
        .unwrap_or_else(|| IdPrefix("kindred".to_owned()))
        .id(suffix)
}

static INSTANCES: AtomicUsize = AtomicUsize::new(0);

/// Opens the real `localStorage`, or memory when the browser blocks it.
fn open_backend() -> (Box<dyn StorageBackend>, Option<Notice>) {
    match BrowserStorage::open() {
        Ok(storage) => (Box::new(storage), None),
        Err(_) => (
            Box::new(MemoryStorage::new()),
            Some(Notice::StorageUnavailable),
        ),
    }
}

/// The whole check-in: welcome, set-up, statements, results and history.
#[component]
pub fn App(
    /// How the host page set this instance up.
    options: Options,
    /// Called with the results whenever a take is finished.
    #[prop(default = None)]
    on_complete: Option<UnsyncCallback<Results>>,
) -> impl IntoView {
    let prefix = IdPrefix(format!(
        "kindred{}",
        INSTANCES.fetch_add(1, Ordering::Relaxed)
    ));
    provide_context(prefix);

    let (backend, unavailable) = open_backend();
    let key = Store::key_for(options.namespace.as_deref());
    let (store, saved, opened) = Store::open(backend, key.clone(), now_ms());
    let notices = RwSignal::new(unavailable.into_iter().chain(opened).collect::<Vec<_>>());
    let screen = RwSignal::new(Screen::on_return(&saved));
    let data = RwSignal::new(saved);
    let store = StoredValue::new_local(store);

    // Synchronise reactive state with the world outside: every change to
    // the saved data, each answer included, is written as it happens.
    Effect::new(move |_| {
        let result = data.with(|snapshot| {
            store
                .try_update_value(|s| s.save(snapshot))
                .unwrap_or(Ok(()))
        });
        let mut list = notices.get_untracked();
        list.retain(|n| !n.is_about_saving());
        if let Err(error) = result {
            list.push(match error {
                StorageError::Full => Notice::StorageFull,
                _ => Notice::SaveFailed,
            });
        }
        if notices.with_untracked(|old| *old != list) {
            notices.set(list);
        }
    });

    // Another tab changed the same document: show its version rather than
    // write over it with ours later.
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() == Some(key.as_str()) {
            if let Some(fresh) = store.try_update_value(|s| s.reload()).flatten() {
                data.set(fresh);
            }
        }
    });
    on_cleanup(move || listener.remove());

    // "Delete everything" means the copies of unreadable data kept aside
    // too: the person has seen where they are and asked for all of it.
    let delete_kept_aside = Callback::new(move |()| {
        let _ = store.try_update_value(|s| s.delete_kept_aside());
        notices.update(|list| list.retain(|n| !matches!(n, Notice::KeptAside { .. })));
    });

    let root = NodeRef::<leptos::html::Div>::new();
    let (preset_context, preset_length) = (options.context, options.length);
    let navigate = Callback::new(move |to: Screen| {
        // With both choices made by the host page there is nothing to ask:
        // "Begin" starts the take straight away.
        let to = match (to, preset_context, preset_length) {
            (Screen::Setup, Some(context), Some(length)) => {
                data.update(|d| {
                    let id = fresh_take_id(d);
                    d.in_progress = Some(Take::new(id, context, length, now_ms()));
                });
                Screen::Question
            }
            _ => to,
        };
        let open = match to {
            Screen::Results(id) => Some(id),
            _ => None,
        };
        if data.with_untracked(|d| d.open_results != open) {
            data.update(|d| d.open_results = open);
        }
        screen.set(to);
        focus_new_content(root.get_untracked().map(Into::into));
    });
    // Only a change of screen re-renders; answers update in place.
    let showing = Memo::new(move |_| screen.get().resolve(&data.read()));
    let theme = options.theme.key();

    view! {
        <div class="kindred" data-theme=theme node_ref=root>
            <Notices notices=notices />
            {move || match showing.get() {
                Screen::Welcome => view! { <Welcome data=data navigate=navigate /> }.into_any(),
                Screen::Setup => {
                    view! {
                        <Setup
                            data=data
                            navigate=navigate
                            context=preset_context
                            length=preset_length
                        />
                    }
                        .into_any()
                }
                Screen::Question => {
                    view! { <Question data=data navigate=navigate on_complete=on_complete /> }
                        .into_any()
                }
                Screen::Results(id) => {
                    view! { <ResultsScreen data=data navigate=navigate id=id /> }.into_any()
                }
                Screen::History => {
                    view! { <History data=data navigate=navigate on_delete_all=delete_kept_aside /> }
                        .into_any()
                }
            }}
        </div>
    }
}

/// A new take's id: the clock, stepped past any id already in the history.
pub(crate) fn fresh_take_id(data: &crate::storage::SavedData) -> TakeId {
    let mut id = now_ms();
    while data.history.iter().any(|t| t.id.0 == id) {
        id += 1;
    }
    TakeId(id)
}
