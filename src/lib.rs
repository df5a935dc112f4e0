//! Kindred: a private self-check of emotional intimacy that runs entirely in
//! the browser.
//!
//! The crate is layered so the architecture shows at a glance:
//! - [`assessment`]: the check itself, plain Rust with no DOM;
//! - [`storage`]: the versioned stored format and the storage seam;
//! - [`ui`]: a thin Leptos layer over the two;
//! - [`embed`]: where Kindred lives on a page (standalone, iframe, widget)
//!   and how the page configures it.

pub mod assessment;
pub mod embed;
pub mod i18n;
pub mod storage;
pub mod ui;
