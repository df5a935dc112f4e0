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

use super::catalogue::LATER_FROM;
use super::{Catalogue, Lang, EN, LAYOUT};

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

/// The header of the file with the texts of screens fetched when first
/// opened.
fn later_header(lang: Lang) -> String {
    format!("{} later", header(lang))
}

fn to_file(header: String, texts: &[&'static str]) -> String {
    let mut all = vec![header.as_str()];
    all.extend(texts);
    serde_json::to_string(&all).unwrap_or_default()
}

/// The two JSON files of a catalogue: the texts a first visit needs
/// (`lang/<code>.json`), and those of the screens fetched when first
/// opened (`lang/<code>-later.json`), split at [`LATER_FROM`].
pub fn write_catalogue(lang: Lang, catalogue: &Catalogue) -> (String, String) {
    let texts = catalogue.texts();
    let (first, later) = texts.split_at(LATER_FROM);
    (
        to_file(header(lang), first),
        to_file(later_header(lang), later),
    )
}

/// The texts of a file after its header, when the header is `expected`.
/// They live for the rest of the page (a file is read at most once per
/// language), so they are leaked into `&'static str`s.
fn texts_of(json: &str, expected: &str) -> Result<Vec<&'static str>, CatalogueError> {
    let texts: Vec<String> = serde_json::from_str(json).map_err(|_| CatalogueError::Unreadable)?;
    let (first, texts) = texts.split_first().ok_or(CatalogueError::Unreadable)?;
    if *first != expected {
        return Err(CatalogueError::Mismatch);
    }
    Ok(texts
        .iter()
        .map(|text| &*Box::leak(text.clone().into_boxed_str()))
        .collect())
}

/// Reads a catalogue's first file. Its later texts are English until
/// [`read_later`] brings their file; only the screens fetched when first
/// opened show them, and those fetch it before they draw.
pub fn read_catalogue(json: &str, lang: Lang) -> Result<&'static Catalogue, CatalogueError> {
    let mut texts = texts_of(json, &header(lang))?;
    if texts.len() != LATER_FROM {
        return Err(CatalogueError::Mismatch);
    }
    texts.extend_from_slice(&EN.as_texts()[LATER_FROM..]);
    Catalogue::from_texts(&texts).ok_or(CatalogueError::Mismatch)
}

/// `first` (from [`read_catalogue`]) with the texts of its later file.
pub fn read_later(
    json: &str,
    lang: Lang,
    first: &Catalogue,
) -> Result<&'static Catalogue, CatalogueError> {
    let mut texts = texts_of(json, &later_header(lang))?;
    texts.splice(0..0, first.as_texts()[..LATER_FROM].iter().copied());
    Catalogue::from_texts(&texts).ok_or(CatalogueError::Mismatch)
}
