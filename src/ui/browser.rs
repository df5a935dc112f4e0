//! The few browser facts the UI needs: the time, moving focus, and files in and out. Kept here so components stay
//! declarative.

use wasm_bindgen::{JsCast, JsValue};

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// Today as `yyyy-mm-dd`, for file names.
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

/// Saves `text` as a file on the person's device. Made from a Blob in the
/// page: nothing is sent anywhere.
pub fn download(file_name: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The download has its own copy once started; free the Blob later.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    Ok(())
}

/// Reads the text of a file the person picked and hands it to `done`:
/// `Ok(None)` if it cannot be read, `Err(size)` without reading when it is
/// over `limit` bytes. A callback on the browser's promise rather than a
/// Rust future: it is all this needs, and it keeps the WebAssembly smaller.
pub fn read_file(
    file: &web_sys::File,
    limit: usize,
    done: impl FnOnce(Result<Option<String>, f64>) + 'static,
) {
    if file.size() > limit as f64 {
        done(Err(file.size()));
        return;
    }
    // One callback for both outcomes: a rejection hands it an error
    // object, which is not a string.
    let settled =
        wasm_bindgen::closure::Closure::once(move |text: JsValue| done(Ok(text.as_string())));
    let _ = file.text().then2(&settled, &settled);
    // It lives until the browser settles the promise; one import at a time,
    // so the few bytes left behind do not add up.
    settled.forget();
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
pub fn focus_within(root: Option<web_sys::HtmlElement>, selector: &str) {
    let Some(root) = root else { return };
    let selector = selector.to_owned();
    let callback = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Ok(Some(target)) = root.query_selector(&selector) {
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
