//! A catalogue as a JSON file, for the languages not built in: one array
//! of strings, a header and then [`Catalogue::texts`] in field order.
//!
//! ```json
//! ["kindred-catalogue 1234567890 es", "Español", "Idioma", ...]
//! ```
//!
//! The header names the catalogue's layout ([`LAYOUT`]) and language, so a
//! file from another build (a stale cache) or for another language is
//! refused rather than read with every text in the wrong place. A plain
//! array of strings, not an object: serde reads it with code the stored
//! format already needs, where a struct cost 1 KB more WebAssembly.

use super::{Catalogue, Lang, LAYOUT};

/// Why a catalogue file was not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatalogueError {
    /// Not a JSON array of strings.
    Unreadable,
    /// Written for another build's catalogue, or for another language.
    Mismatch,
}

fn header(lang: Lang) -> String {
    format!("kindred-catalogue {LAYOUT} {}", lang.code())
}

/// The JSON file of a catalogue.
pub fn write_catalogue(lang: Lang, catalogue: &Catalogue) -> String {
    let mut texts = vec![header(lang)];
    texts.extend(catalogue.texts().into_iter().map(str::to_owned));
    serde_json::to_string(&texts).unwrap_or_default()
}

/// Reads a catalogue file. The texts live for the rest of the page (a
/// catalogue is read at most once per language, see `load_words`), so
/// they are leaked into `&'static str` and the catalogue is the same type
/// as the built-in English one.
pub fn read_catalogue(json: &str, lang: Lang) -> Result<&'static Catalogue, CatalogueError> {
    let texts: Vec<String> = serde_json::from_str(json).map_err(|_| CatalogueError::Unreadable)?;
    let (first, texts) = texts.split_first().ok_or(CatalogueError::Unreadable)?;
    if *first != header(lang) {
        return Err(CatalogueError::Mismatch);
    }
    let texts: Vec<&'static str> = texts
        .iter()
        .map(|text| &*Box::leak(text.clone().into_boxed_str()))
        .collect();
    Catalogue::from_texts(&texts).ok_or(CatalogueError::Mismatch)
}
