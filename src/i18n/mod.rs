//! Kindred in the reader's language: the catalogue of every word, which
//! language to show, and how the words meet numbers, dates and lists.
//!
//! - [`catalogue`]: the one catalogue type; [`EN`] is built in.
//! - `es.rs`, `de.rs`, `ar.rs`: the other languages, compiled natively to be
//!   checked and written as JSON files the WebAssembly fetches (`lang/*.json`).
//! - [`negotiate`]: attribute or query, remembered choice, host page,
//!   browser, English.
//! - [`Words`]: a catalogue with the browser's `Intl` for plurals, numbers,
//!   dates and lists, so no locale data is compiled in.

mod ar;
pub mod catalogue;
mod de;
mod en;
mod es;
mod file;
mod intl;
mod lang;
mod words;

pub use ar::AR;
pub use catalogue::{ByContext, Catalogue, Plural, LAYOUT};
pub use de::DE;
pub use en::EN;
pub use es::ES;
pub use file::{read_catalogue, read_later, write_catalogue, CatalogueError};
pub use lang::{negotiate, Lang, LanguageSources};
pub use words::{fill, Words};

#[cfg(test)]
mod tests;
