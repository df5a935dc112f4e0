//! The Leptos layer: screens over the assessment and the store. Components
//! hold no rules of their own; they call into [`crate::assessment`] and
//! write [`crate::storage::SavedData`] through one signal.

mod app;
mod browser;
mod history;
mod language;
mod later;
mod notices;
mod over_time;
mod question;
mod radar;
mod results;
mod review;
mod screen;
mod setup;
mod together;
mod welcome;

/// Kept here too, since it is what [`App`] takes.
pub use crate::embed::Options;
pub use app::App;
pub(crate) use language::{apply_to_document, choose_language, load_words};
pub use screen::Screen;
