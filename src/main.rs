//! The WebAssembly entry point: mounts the standalone or iframe page, and
//! exports what the embed script needs to mount widgets.

use wasm_bindgen::prelude::*;

/// Talc instead of the default dlmalloc: smaller in the WebAssembly every
/// reader downloads, and faster.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    kindred::embed::mount_page();
}

/// A mounted `<kindred-check>` widget, held by the embed script.
#[wasm_bindgen]
pub struct WidgetHandle(#[allow(dead_code)] kindred::embed::Widget);

#[wasm_bindgen]
impl WidgetHandle {
    /// Unmounts the widget and releases everything it held.
    pub fn unmount(self) {}
}

/// Mounts a widget into `root` (inside `host`'s shadow root); `attributes`
/// is a flat list of the host's attribute names and values; `folder` is
/// the URL of Kindred's folder, ending in `/`.
#[wasm_bindgen]
pub fn mount_widget(
    root: web_sys::HtmlElement,
    host: web_sys::HtmlElement,
    attributes: js_sys::Array,
    folder: String,
) -> WidgetHandle {
    WidgetHandle(kindred::embed::mount_widget(
        root,
        host,
        &attributes,
        &folder,
    ))
}
