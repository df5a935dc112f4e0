//! The few browser facts the UI needs: the time, dates in the person's
//! locale, and moving focus. Kept here so components stay declarative.

use wasm_bindgen::{JsCast, JsValue};

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// A date and time as the person's browser would write it.
pub fn format_date(ms: u64) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    for (key, value) in [("dateStyle", "long"), ("timeStyle", "short")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_string("default", &options).into()
}

/// Moves focus to the element marked `data-focus` inside `root`, after the
/// view has been updated. Used on navigation so screen readers and
/// keyboard users start at the new content, never on first load (a widget
/// must not steal focus from its host page).
pub fn focus_new_content(root: Option<web_sys::HtmlElement>) {
    focus_within(root, "[data-focus]");
}

/// Moves focus to the first element matching `selector` inside `root` once
/// the pending view updates have been drawn.
pub fn focus_within(root: Option<web_sys::HtmlElement>, selector: &'static str) {
    let Some(root) = root else { return };
    let callback = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Ok(Some(target)) = root.query_selector(selector) {
            if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
                let _ = target.focus();
            }
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(callback.unchecked_ref());
    }
}

/// The click handler for a form's submit button. The work is done on the
/// button, not only the form: a sandboxed frame without `allow-forms` never
/// fires `submit`, and pressing Enter in a radio button clicks the button
/// too. The form itself never navigates.
pub fn submit_click(action: impl Fn() + 'static) -> impl Fn(web_sys::MouseEvent) + 'static {
    move |event| {
        event.prevent_default();
        action();
    }
}
