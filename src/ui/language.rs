//! Which language a reader gets, from what the browser and the page say,
//! and fetching a catalogue that is not built in.

use std::cell::RefCell;

use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::i18n::{negotiate, read_catalogue, Lang, LanguageSources, Words};

/// Where the standalone app remembers the language picked in its menu
/// (written by register-sw.js). Outside the check-in records: it is a
/// setting of this browser, kept even when every check-in is deleted.
const REMEMBERED: &str = "kindred-language";

fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// `navigator.languages`, the reader's languages in order of preference.
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|tag| tag.as_string()).collect())
        .unwrap_or_default()
}

/// The `lang` of the nearest element around `element` that declares one.
pub fn host_language(element: &web_sys::Element) -> Option<String> {
    element
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"))
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language picked in the standalone app's menu, if any.
pub fn remembered_language() -> Option<String> {
    local_storage()?.get_item(REMEMBERED).ok().flatten()
}

/// The language for a page or widget, and the sources it came from.
pub fn choose_language(
    explicit: Option<Lang>,
    host: Option<&web_sys::Element>,
    menu: bool,
) -> Lang {
    let remembered = if menu { remembered_language() } else { None };
    let host_lang = host.and_then(host_language);
    let browser = browser_languages();
    negotiate(&LanguageSources {
        explicit,
        remembered: remembered.as_deref(),
        host: host_lang.as_deref(),
        browser: &browser,
    })
}

thread_local! {
    /// Catalogues already fetched on this page: each is read once, however
    /// many widgets or switches use it.
    static LOADED: RefCell<Vec<Words>> = const { RefCell::new(Vec::new()) };
    /// The folder the catalogues come from, for the files of the screens
    /// fetched when first opened (see `later::with_later_words`).
    static FOLDER: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The folder this page's catalogues come from, ending in `/`.
pub fn catalogue_folder() -> String {
    FOLDER.with(|folder| folder.borrow().clone())
}

/// Hands `done` the words of `lang`: English at once, another language
/// once its catalogue is fetched from `folder` (the widget's own folder,
/// ending in `/`), or English with a console warning if it cannot be.
/// The caller renders only then, so the language never changes after the
/// first paint.
pub fn load_words(lang: Lang, folder: &str, done: impl FnOnce(Words) + 'static) {
    if lang == Lang::En {
        return done(Words::english());
    }
    if let Some(words) =
        LOADED.with(|loaded| loaded.borrow().iter().find(|w| w.lang == lang).copied())
    {
        return done(words);
    }
    let Some(window) = web_sys::window() else {
        return done(Words::english());
    };
    FOLDER.with(|known| *known.borrow_mut() = folder.to_owned());
    let url = format!("{folder}lang/{}.json", lang.code());
    let finish = move |words: Option<Words>| {
        let words = words.unwrap_or_else(|| {
            warn(&format!(
                "Kindred: the {} catalogue could not be loaded; showing English.",
                lang.code()
            ));
            Words::english()
        });
        if words.lang == lang {
            LOADED.with(|loaded| loaded.borrow_mut().push(words));
        }
        done(words);
    };
    // Two browser promises (the response, then its text), each with one
    // callback for both outcomes, as in `read_file`.
    let on_response = Closure::once(move |response: JsValue| {
        let text = response
            .dyn_into::<web_sys::Response>()
            .ok()
            .filter(web_sys::Response::ok)
            .and_then(|r| r.text().ok());
        let Some(promise) = text else {
            return finish(None);
        };
        let on_text = Closure::once(move |text: JsValue| {
            finish(
                text.as_string()
                    .and_then(|json| read_catalogue(&json, lang).ok())
                    .map(|t| Words { lang, t }),
            )
        });
        let _ = promise.then2(&on_text, &on_text);
        on_text.forget();
    });
    let _ = window
        .fetch_with_str(&url)
        .then2(&on_response, &on_response);
    on_response.forget();
}

/// Sets the document's `lang`, `dir` and title: the standalone and iframe
/// pages are Kindred's own, so their whole document speaks the language.
pub fn apply_to_document(words: Words) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", words.lang.code());
        let _ = root.set_attribute("dir", words.lang.dir());
    }
    document.set_title(words.t.app_title);
    // The standalone page's language menu (index.html): its label in this
    // language, and this language chosen.
    if let Some(label) = document.get_element_by_id("kindred-language-label") {
        label.set_text_content(Some(words.t.language_menu));
    }
    if let Some(menu) = document.get_element_by_id("kindred-language") {
        if let Ok(menu) = menu.dyn_into::<web_sys::HtmlSelectElement>() {
            menu.set_value(words.lang.code());
        }
    }
}
