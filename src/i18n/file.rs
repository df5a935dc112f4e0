//! A catalogue as a JSON file, for the languages not built in.
//!
//! ```json
//! {"layout": 1234567890, "lang": "es", "texts": ["Español", "Idioma", ...]}
//! ```
//!
//! `texts` is [`Catalogue::texts`] in field order; `layout` is [`LAYOUT`], so
//! a file from another build (a stale cache) is refused rather than read
//! with every text in the wrong place.

use serde::{Deserialize, Serialize};

use super::{Catalogue, Lang, LAYOUT};

#[derive(Serialize, Deserialize)]
struct CatalogueFile {
    layout: u32,
    lang: String,
    texts: Vec<String>,
}

/// Why a catalogue file was not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatalogueError {
    /// Not JSON of the expected shape.
    Unreadable,
    /// Written for another build's catalogue, or for another language.
    Mismatch,
}

/// The JSON file of a catalogue.
pub fn write_catalogue(lang: Lang, catalogue: &Catalogue) -> String {
    let file = CatalogueFile {
        layout: LAYOUT,
        lang: lang.code().to_owned(),
        texts: catalogue.texts().into_iter().map(str::to_owned).collect(),
    };
    serde_json::to_string(&file).unwrap_or_default()
}

/// Reads a catalogue file. The texts live for the rest of the page (a
/// catalogue is read at most once per language, see `Words::load`), so
/// they are leaked into `&'static str` and the catalogue is the same type
/// as the built-in English one.
pub fn read_catalogue(json: &str, lang: Lang) -> Result<&'static Catalogue, CatalogueError> {
    let file: CatalogueFile = serde_json::from_str(json).map_err(|_| CatalogueError::Unreadable)?;
    if file.layout != LAYOUT || file.lang != lang.code() {
        return Err(CatalogueError::Mismatch);
    }
    let texts: Vec<&'static str> = file
        .texts
        .into_iter()
        .map(|text| &*Box::leak(text.into_boxed_str()))
        .collect();
    let catalogue = Catalogue::from_texts(&texts).ok_or(CatalogueError::Mismatch)?;
    Ok(Box::leak(Box::new(catalogue)))
}
