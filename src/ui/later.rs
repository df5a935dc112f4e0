//! Screens fetched the first time they are opened.
//!
//! Past check-ins (and what grows from them: trends, comparisons, a
//! partner's view) are used on a small share of visits, but every first
//! visit would pay for their code. Each is a `#[wasm_split]` function: the
//! build (scripts/split/wasm-bindgen) moves it into a chunk of WebAssembly
//! of its own, which the browser fetches when the screen is first opened
//! (and the installed app caches; see assets/sw.js).
//!
//! A chunk can fail to arrive (offline before it was ever cached, a flaky
//! connection). The split functions are `fallible`, so that is an `Err`
//! here, never a panic: the screen says so calmly and offers to try again.
//! Nothing is lost meanwhile; the records are all in local storage.

use std::future::Future;

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use super::app::Kindred;
use super::browser::focus_within;
use super::language::catalogue_folder;
use crate::i18n::{read_later, Lang, Words};

/// Declares `$name`, an `async fn` with the given arguments that gives
/// the view `$body` makes, and `$preload`, an `async fn()` that fetches it
/// without showing it. In the Trunk build (feature `split`) the body goes
/// into the chunk of WebAssembly `$chunk`; elsewhere (tests) it is part of
/// the module and both are ready at once.
macro_rules! chunk {
    ($chunk:ident, fn $name:ident($($arg:ident: $ty:ty),*) -> view $body:block, preload $preload:ident) => {
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split(
            $chunk,
            wasm_split_path = ::leptos::wasm_split,
            preload($preload),
            fallible
        )]
        pub fn $name($($arg: $ty),*) -> Result<AnyView, $crate::ui::later::ChunkMissing> {
            Ok($body)
        }

        #[cfg(not(feature = "split"))]
        pub async fn $name($($arg: $ty),*) -> Result<AnyView, $crate::ui::later::ChunkMissing> {
            Ok($body)
        }

        #[cfg(not(feature = "split"))]
        pub async fn $preload() -> Result<(), ::leptos::wasm_split::SplitLoaderError> {
            Ok(())
        }
    };
}
pub(crate) use chunk;

thread_local! {
    /// Catalogues with the texts of these screens too, fetched once.
    static COMPLETE: std::cell::RefCell<Vec<Words>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Inside a chunk: `show` drawn with words that hold the texts of the
/// screens fetched when first opened. English has them built in; another
/// language fetches `lang/<code>-later.json` first (once), so a first visit
/// in that language does not pay for them. Called only from chunks, so
/// this code is in them, not in the first visit. If the file cannot be
/// fetched these screens speak English, with a console warning, as a page
/// does when its catalogue cannot be fetched.
pub fn with_later_words(
    state: Kindred,
    show: impl FnOnce(Kindred) -> AnyView + 'static,
) -> AnyView {
    let words = state.words;
    let known = COMPLETE.with(|all| all.borrow().iter().find(|w| w.lang == words.lang).copied());
    if words.lang == Lang::En {
        return show(state);
    }
    if let Some(complete) = known {
        return show(state.with_words(complete));
    }
    let shown = RwSignal::new_local(None::<AnyView>);
    let root = NodeRef::<leptos::html::Div>::new();
    leptos::task::spawn_local(async move {
        let complete = fetch_later(words).await.unwrap_or_else(|| {
            web_sys::console::warn_1(&wasm_bindgen::JsValue::from_str(&format!(
                "Kindred: the {}-later catalogue could not be loaded; showing English.",
                words.lang.code()
            )));
            words
        });
        shown.set(Some(show(state.with_words(complete))));
        focus_within(root.get_untracked().map(Into::into), "[data-focus]");
    });
    view! {
        <div node_ref=root>
            {move || {
                shown.track();
                shown.update_untracked(Option::take)
            }}
        </div>
    }
    .into_any()
}

/// `words` with their later file read in, or `None` if it cannot be.
async fn fetch_later(words: Words) -> Option<Words> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let lang = words.lang;
    let url = format!("{}lang/{}-later.json", catalogue_folder(), lang.code());
    let response = JsFuture::from(web_sys::window()?.fetch_with_str(&url))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()
        .filter(web_sys::Response::ok)?;
    let json = JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    let complete = Words {
        lang,
        t: read_later(&json, lang, words.t).ok()?,
    };
    COMPLETE.with(|all| all.borrow_mut().push(complete));
    Some(complete)
}

/// A chunk of WebAssembly that could not be fetched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkMissing;

impl From<SplitLoaderError> for ChunkMissing {
    fn from(_: SplitLoaderError) -> Self {
        ChunkMissing
    }
}

/// Where a screen's chunk is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Arrival {
    Waiting,
    Arrived,
    Failed,
}

/// Shows the view `load` gives once its chunk has arrived: a quiet
/// "Opening…" until then, or a calm message with "Try again" if it cannot.
pub fn later<F>(state: Kindred, load: impl Fn() -> F + Copy + 'static) -> AnyView
where
    F: Future<Output = Result<AnyView, ChunkMissing>> + 'static,
{
    let t = state.words.t;
    let arrival = RwSignal::new(Arrival::Waiting);
    let view = RwSignal::new_local(None::<AnyView>);
    let section = NodeRef::<leptos::html::Div>::new();
    let fetch = move || {
        arrival.set(Arrival::Waiting);
        leptos::task::spawn_local(async move {
            match load().await {
                Ok(loaded) => {
                    view.set(Some(loaded));
                    arrival.set(Arrival::Arrived);
                    // Focus went to the wait message when the screen
                    // changed; move it on to what arrived.
                    focus_within(
                        section.get_untracked().map(Into::into),
                        ".later-arrived [data-focus]",
                    );
                }
                Err(ChunkMissing) => {
                    arrival.set(Arrival::Failed);
                    focus_within(
                        section.get_untracked().map(Into::into),
                        ".later-failed [data-focus]",
                    );
                }
            }
        });
    };
    fetch();
    view! {
        <div class="later" node_ref=section>
            <p class="later-waiting" role="status" tabindex="-1" data-focus
                hidden=move || arrival.get() != Arrival::Waiting>
                {t.opening}
            </p>
            <div class="later-failed" role="alert" hidden=move || arrival.get() != Arrival::Failed>
                <p>{t.chunk_missing}</p>
                <button type="button" class="button" data-focus on:click=move |_| fetch()>
                    {t.try_again}
                </button>
            </div>
            <div class="later-arrived">
                // Taken out once: the view is drawn the one time it arrives.
                {move || {
                    view.track();
                    view.update_untracked(Option::take)
                }}
            </div>
        </div>
    }
    .into_any()
}
