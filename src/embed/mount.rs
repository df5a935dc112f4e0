//! Mounting Kindred into a page: the standalone and iframe pages, and
//! widgets on other sites.

use super::{parse_options, Options, OPTION_NAMES};
use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::assessment::Results;
use crate::ui::App;
use crate::ui::{apply_to_document, choose_language, load_words};

/// The attribute that marks a page's own mount point. An element merely
/// called `kindred` on a host page is never taken over.
const PAGE_MARK: &str = "data-kindred-page";

fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// Mounts Kindred into the page's `<main id="kindred" data-kindred-page>`,
/// if there is one. On the iframe page (`data-kindred-page="frame"`) the
/// options come from the query string. On any other page this does
/// nothing: widgets are mounted by [`mount_widget`].
pub fn mount_page() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(host) = document
        .get_element_by_id("kindred")
        .filter(|e| e.has_attribute(PAGE_MARK))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    // Both pages take options from the query string (`?lang=de` on the
    // standalone page too); only the standalone app has a language menu.
    let standalone = host.get_attribute(PAGE_MARK).as_deref() != Some("frame");
    let options = options_from_query();
    let options = if standalone {
        Options {
            lang: options.lang,
            standalone: true,
            ..Options::default()
        }
    } else {
        options
    };
    // The page is Kindred's own, so its `lang` says nothing about the
    // reader: the query, the menu's choice or the browser decide.
    let lang = choose_language(options.lang, None, standalone);
    load_words(lang, "./", move |words| {
        apply_to_document(words);
        // Clear the no-script message.
        host.set_text_content(None);
        leptos::mount::mount_to(host, move || {
            view! { <App options=options words=words /> }
        })
        .forget();
    });
}

fn options_from_query() -> Options {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return parse_options([]).0;
    };
    let values: Vec<(&str, String)> = OPTION_NAMES
        .iter()
        .filter_map(|name| params.get(name).map(|value| (*name, value)))
        .collect();
    let (options, warnings) = parse_options(values.iter().map(|(n, v)| (*n, v.as_str())));
    for warning in warnings {
        warn(&warning);
    }
    options
}

/// A widget on a host page. Dropping it unmounts the view and releases
/// everything it held: effects, the storage listener, event handlers.
pub struct Widget {
    /// Empty until the widget's language is loaded.
    _mounted: Rc<RefCell<Option<Box<dyn std::any::Any>>>>,
}

/// Mounts a widget into `root` (inside the element's shadow root), set up
/// by `attributes`, a flat list of attribute names and values as the embed
/// script read them from `host`. `folder` is the URL of Kindred's own
/// folder, where the language catalogues are.
///
/// A language other than English is fetched first; the widget is drawn
/// once it is here (the embed script keeps the space reserved meanwhile).
pub fn mount_widget(
    root: web_sys::HtmlElement,
    host: web_sys::HtmlElement,
    attributes: &js_sys::Array,
    folder: &str,
) -> Widget {
    let strings: Vec<String> = attributes
        .iter()
        .map(|v| v.as_string().unwrap_or_default())
        .collect();
    let pairs = strings.chunks(2).filter_map(|pair| match pair {
        [name, value] => Some((name.as_str(), value.as_str())),
        _ => None,
    });
    let (options, warnings) = parse_options(pairs);
    for warning in warnings {
        warn(&warning);
    }
    let lang = choose_language(options.lang, Some(&host), false);
    let slot: Rc<RefCell<Option<Box<dyn std::any::Any>>>> = Rc::default();
    let filled = Rc::downgrade(&slot);
    load_words(lang, folder, move |words| {
        // Removed from the page (the widget dropped) while its language
        // was loading: mount nothing.
        let Some(filled) = filled.upgrade() else {
            return;
        };
        let mounted = leptos::mount::mount_to(root, move || {
            // Created inside the widget's reactive owner, so it goes with it.
            let on_complete = options.emit_events.then(|| {
                UnsyncCallback::new(move |results: Results| dispatch_complete(&host, &results))
            });
            view! { <App options=options words=words on_complete=on_complete /> }
        });
        *filled.borrow_mut() = Some(Box::new(mounted));
    });
    Widget { _mounted: slot }
}

/// Tells the host page a take was finished, with the five scores and
/// nothing else: no answers, no dates, no context.
fn dispatch_complete(host: &web_sys::HtmlElement, results: &Results) {
    let detail = js_sys::Object::new();
    for score in &results.scores {
        let _ = js_sys::Reflect::set(
            &detail,
            &JsValue::from_str(score.characteristic.key()),
            &JsValue::from(score.score),
        );
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("kindred-complete", &init) {
        let _ = host.dispatch_event(&event);
    }
}
