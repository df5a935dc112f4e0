use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser::{download, focus_new_content, now_ms, today};
use super::history::history_view;
use super::later::later;
use super::notices::Notices;
use super::question::Question;
use super::results::ResultsScreen;
use super::review::Review;
use super::screen::Screen;
use super::setup::Setup;
use super::together::together_view;
use super::welcome::Welcome;
use crate::assessment::{PersonLabel, RelationshipContext, Results, Take, TakeId, TakeLength};
use crate::embed::Options;
use crate::i18n::Words;
use crate::storage::{
    BrowserStorage, External, MemoryStorage, Notice, StorageBackend, StorageError, Store,
};

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

/// True when the page's address has a `share=` in its fragment. A cheap
/// look only: the code is read (and may be refused) when it is compared.
fn address_has_a_share_code() -> bool {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    hash.split(['#', '&']).any(|part| {
        part.get(..6)
            .is_some_and(|key| key.eq_ignore_ascii_case("share="))
    })
}

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

/// What every screen shares: the store and the few signals drawn from it.
/// Only signals and a handle, so it is `Copy` and passed as one prop.
///
/// Past check-ins are held as ids alone; a screen reads the records it
/// shows from the store, so no screen's cost grows with the history.
#[derive(Clone, Copy)]
pub(crate) struct Kindred {
    store: StoredValue<Rc<RefCell<Store>>, LocalStorage>,
    /// The take being answered in this tab.
    pub progress: RwSignal<Option<Take>>,
    /// Finished takes, oldest first.
    pub takes: RwSignal<Vec<TakeId>>,
    pub notices: RwSignal<Vec<Notice>>,
    /// The language everything is shown in, loaded before the first
    /// paint and fixed for the page's life (the standalone app's menu
    /// loads the page again).
    pub words: Words,
    /// True when storage keeps what is saved beyond this page.
    pub persistent: bool,
    /// Choices made by the host page; the set-up questions are not asked.
    pub preset_context: Option<RelationshipContext>,
    pub preset_length: Option<TakeLength>,
    /// The site owner's support page, checked to be `https://`.
    pub support_url: StoredValue<Option<String>, LocalStorage>,
    /// Kindred's own standalone page, whose address is Kindred's to read
    /// and to offer as a link with a share code.
    pub standalone: bool,
    /// The standalone page was opened by a link with a share code in its
    /// fragment (`#share=`). Only noticed here; the code is read where it
    /// is compared, in the chunk of `super::together`.
    pub brought_a_code: bool,
}

impl Kindred {
    /// The same state, shown in `words` (with more of their texts).
    pub fn with_words(self, words: Words) -> Kindred {
        Kindred { words, ..self }
    }

    /// Runs `work` with the store; `None` once the widget is gone. The
    /// store sits behind one `Rc` so that every caller shares one arena
    /// lookup rather than each closure getting its own copy of it.
    pub fn with_store<R>(&self, work: impl FnOnce(&mut Store) -> R) -> Option<R> {
        let store = self.store.try_get_value()?;
        let mut store = store.try_borrow_mut().ok()?;
        Some(work(&mut store))
    }

    /// Replaces the notices about saving with the outcome of the latest save.
    pub fn report_save(&self, result: Result<(), StorageError>) {
        let mut list = self.notices.get_untracked();
        list.retain(|n| !n.is_about_saving());
        if let Err(error) = result {
            list.push(match error {
                StorageError::Full => Notice::StorageFull,
                _ => Notice::SaveFailed,
            });
        }
        self.set_notices(list);
    }

    pub fn add_notice(&self, notice: Notice) {
        let mut list = self.notices.get_untracked();
        if !list.contains(&notice) {
            list.push(notice);
            self.set_notices(list);
        }
    }

    /// Says what happened with a file, in place of what happened with the
    /// one before.
    pub fn tell_about_a_file(&self, notice: Notice) {
        let mut list = self.notices.get_untracked();
        list.retain(|n| !n.is_about_a_file());
        list.push(notice);
        self.set_notices(list);
    }

    pub fn remove_notice(&self, unwanted: impl Fn(&Notice) -> bool) {
        let mut list = self.notices.get_untracked();
        list.retain(|n| !unwanted(n));
        self.set_notices(list);
    }

    fn set_notices(&self, list: Vec<Notice>) {
        if self.notices.with_untracked(|old| *old != list) {
            self.notices.set(list);
        }
    }

    /// Tries again to save what storage refused earlier (a finished take,
    /// the latest answers), after something may have freed room.
    pub fn retry_saves(&self) {
        let _ = self.with_store(|s| s.retry_unsaved());
        if self.with_store(|s| !s.has_unsaved_takes()) == Some(true) {
            self.remove_notice(|n| *n == Notice::FinishedNotSaved);
        }
        if self.with_store(|s| s.has_unsaved_progress()) == Some(true) {
            let result = self.progress.with_untracked(|take| {
                self.with_store(|s| s.save_progress(take.as_ref()))
                    .unwrap_or(Ok(()))
            });
            self.report_save(result);
        }
    }

    /// Saves every finished check-in (those kept only in memory too) as
    /// one file on the person's device. False when the browser refused.
    pub fn download_check_ins(&self) -> bool {
        let Some(file) = self.with_store(|s| s.export(now_ms())) else {
            return false;
        };
        download(&format!("kindred-check-ins-{}.json", today()), &file).is_ok()
    }

    /// Brings the list of finished takes up to date with the store.
    pub fn refresh_takes(&self) {
        let fresh = self.with_store(|s| s.takes().to_vec()).unwrap_or_default();
        if self.takes.with_untracked(|old| *old != fresh) {
            self.takes.set(fresh);
        }
    }

    /// Takes in progress with answers, in any tab, as storage holds them
    /// now (and this tab's own, which may not be saved).
    pub fn takes_in_progress(&self) -> Vec<Take> {
        let mut found = self
            .with_store(|s| s.takes_in_progress())
            .unwrap_or_default();
        if let Some(mine) = self.progress.get_untracked() {
            found.retain(|t| t.id != mine.id);
            found.insert(0, mine);
        }
        found.retain(|t| !t.answers().is_empty());
        found
    }

    /// Starts a new take, discarding the takes in progress the person was
    /// told about (and agreed to replace).
    pub fn start(
        &self,
        context: RelationshipContext,
        length: TakeLength,
        person: Option<PersonLabel>,
        replacing: &[TakeId],
    ) {
        // This tab's own take with no answer yet goes too, rather than
        // linger in storage.
        let mut discard = replacing.to_vec();
        if let Some(mine) = self.progress.get_untracked() {
            if mine.answers().is_empty() {
                discard.push(mine.id);
            }
        }
        let take = self.with_store(|s| {
            s.discard_progress(&discard);
            let mut take = Take::new(s.fresh_id(now_ms()), context, length, now_ms());
            take.person = person;
            take
        });
        if let Some(take) = take {
            self.progress.set(Some(take));
        }
    }
}

/// Sets the document's title when `root` is in Kindred's own page, never
/// a host page's.
fn set_title(root: NodeRef<leptos::html::Div>, title: String) {
    let Some(root) = root.get_untracked() else {
        return;
    };
    if let Ok(document) = root.get_root_node().dyn_into::<web_sys::Document>() {
        document.set_title(&title);
    }
}

/// The whole check-in: welcome, set-up, statements, results and history.
#[component]
pub fn App(
    /// How the host page set this instance up.
    options: Options,
    /// The language, already loaded: Kindred never paints one language
    /// and then switches to another.
    words: Words,
    /// Called with the results whenever a take is finished, after it is
    /// saved.
    #[prop(default = None)]
    on_complete: Option<UnsyncCallback<Results>>,
) -> impl IntoView {
    let prefix = IdPrefix(format!(
        "kindred{}",
        INSTANCES.fetch_add(1, Ordering::Relaxed)
    ));
    provide_context(prefix);

    let (backend, unavailable) = open_backend();
    let (store, opened, notices) = Store::open(
        backend,
        Store::key_for(options.namespace.as_deref()),
        now_ms(),
    );
    let state = Kindred {
        store: StoredValue::new_local(Rc::new(RefCell::new(store))),
        progress: RwSignal::new(opened.in_progress.clone()),
        takes: RwSignal::new(opened.takes),
        persistent: unavailable.is_none(),
        notices: RwSignal::new(unavailable.into_iter().chain(notices).collect()),
        words,
        preset_context: options.context,
        preset_length: options.length,
        support_url: StoredValue::new_local(options.support_url.clone()),
        standalone: options.standalone,
        brought_a_code: options.standalone && address_has_a_share_code(),
    };
    let mut landing = Screen::on_return(opened.in_progress.is_some(), opened.open_results);
    if state.brought_a_code {
        landing = landing.for_shared_code(state.takes.with_untracked(|t| t.last().copied()));
    }
    let screen = RwSignal::new(landing);

    // Synchronise reactive state with the world outside: each answer
    // writes the take in progress (that one small record) as it is given.
    // Finishing and deleting are commands and write where they happen.
    Effect::new(move |_| {
        let result = state.progress.with(|take| {
            state
                .with_store(|s| s.save_progress(take.as_ref()))
                .unwrap_or(Ok(()))
        });
        state.report_save(result);
    });

    // Another tab changed one of our records: apply that one change, and
    // never let it replace answers this tab could not save.
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        let key = event.key();
        let ours = state.with_store(|s| match &key {
            Some(key) => s.owns_key(key),
            None => true,
        });
        if ours != Some(true) {
            return;
        }
        let change =
            state.with_store(|s| s.apply_external(key.as_deref(), event.new_value().as_deref()));
        match change {
            Some(External::Takes) => state.refresh_takes(),
            Some(External::Progress(take)) => {
                state.refresh_takes();
                state.progress.set(take);
            }
            Some(External::NewerVersion) => state.add_notice(Notice::NewerVersion),
            Some(External::Reopen) => {
                if let Some((opened, notices)) = state.with_store(|s| s.reopen()) {
                    state.refresh_takes();
                    if state.progress.with_untracked(|p| p.is_none()) {
                        state.progress.set(opened.in_progress);
                    }
                    for notice in notices {
                        state.add_notice(notice);
                    }
                }
            }
            Some(External::Nothing) | None => {}
        }
    });
    on_cleanup(move || listener.remove());

    let root = NodeRef::<leptos::html::Div>::new();
    let navigate = Callback::new(move |to: Screen| {
        let open = match to {
            Screen::Results(id) => Some(id),
            _ => None,
        };
        // Written now, not in an effect: a host page may remove or move
        // the widget as soon as it hears a take was finished.
        let _ = state.with_store(|s| s.set_open_results(open));
        state.retry_saves();
        screen.set(to);
        focus_new_content(root.get_untracked().map(Into::into));
    });
    // Only a change of screen re-renders; answers update in place.
    let showing = Memo::new(move |_| {
        let in_progress = state.progress.with(Option::is_some);
        state
            .takes
            .with(|takes| screen.get().resolve(in_progress, takes))
    });
    // On Kindred's own pages (not inside a widget's shadow root) the
    // document's title says which screen is showing, as a page would.
    Effect::new(move |_| {
        let t = state.words.t;
        let heading = match showing.get() {
            Screen::Welcome => return set_title(root, t.app_title.to_owned()),
            Screen::Setup => t.setup_title.to_owned(),
            Screen::Question => state
                .progress
                .with(|take| take.as_ref().map(|take| take.progress()))
                .map(|p| state.words.statement_progress(p))
                .unwrap_or_default(),
            Screen::Review => t.review_title.to_owned(),
            Screen::Results(_) => t.results_title.to_owned(),
            Screen::History => t.past_check_ins.to_owned(),
            Screen::Together(_) => t.together_title.to_owned(),
        };
        set_title(root, format!("{heading} – Kindred"));
    });
    let theme = options.theme.key();
    let lang = state.words.lang;

    view! {
        <div
            class="kindred"
            data-theme=theme
            lang=lang.code()
            dir=lang.dir()
            node_ref=root
        >
            <Notices state=state />
            {move || match showing.get() {
                Screen::Welcome => view! { <Welcome state=state navigate=navigate /> }.into_any(),
                Screen::Setup => view! { <Setup state=state navigate=navigate /> }.into_any(),
                Screen::Question => view! { <Question state=state navigate=navigate /> }.into_any(),
                Screen::Review => {
                    view! { <Review state=state navigate=navigate on_complete=on_complete /> }
                        .into_any()
                }
                Screen::Results(id) => {
                    view! { <ResultsScreen state=state navigate=navigate id=id /> }.into_any()
                }
                Screen::History => later(state, move || history_view(state, navigate)),
                Screen::Together(id) => later(state, move || together_view(state, navigate, id)),
            }}
        </div>
    }
}
