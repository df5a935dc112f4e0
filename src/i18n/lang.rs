//! The languages Kindred speaks, and which one a reader gets.

#[cfg(any(test, not(target_arch = "wasm32")))]
use super::{Catalogue, AR, DE, EN, ES};

/// A language Kindred has a complete catalogue for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Es,
    De,
    Ar,
}

impl Lang {
    /// In the order the language menu lists them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::De, Lang::Ar];

    /// The BCP 47 code written in `lang` attributes and file names.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::De => "de",
            Lang::Ar => "ar",
        }
    }

    /// The locale given to the browser's `Intl`. Arabic asks for
    /// Arabic-Indic digits (`nu-arab`): Chromium's plain `ar` writes Latin
    /// ones, which would sit beside the catalogue's own "١٠٠".
    pub fn intl_locale(self) -> &'static str {
        match self {
            Lang::Ar => "ar-u-nu-arab",
            other => other.code(),
        }
    }

    /// The writing direction, for the `dir` attribute.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The language of a BCP 47 tag, by its primary subtag: `es-MX` is
    /// Spanish, `de_CH` German, ` AR ` Arabic. `None` for any language
    /// without a catalogue, and for anything that is not a tag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        let well_formed = tag.len() <= 35
            && tag
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !well_formed {
            return None;
        }
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The catalogue as compiled. Not in the WebAssembly, which has only
    /// English built in and fetches the others: this match would pull all
    /// four into it.
    #[cfg(any(test, not(target_arch = "wasm32")))]
    pub fn built_in(self) -> &'static Catalogue {
        match self {
            Lang::En => &EN,
            Lang::Es => &ES,
            Lang::De => &DE,
            Lang::Ar => &AR,
        }
    }
}

/// Where a language preference can come from, most specific first.
#[derive(Clone, Copy, Debug, Default)]
pub struct LanguageSources<'a> {
    /// The `lang` attribute of `<kindred-check>`, or `?lang=` on the
    /// standalone and iframe pages (already checked by the options parser).
    pub explicit: Option<Lang>,
    /// The choice made in the standalone app's language menu.
    pub remembered: Option<&'a str>,
    /// The nearest `lang` of the host page around the widget.
    pub host: Option<&'a str>,
    /// `navigator.languages`, in the reader's order of preference.
    pub browser: &'a [String],
}

/// The language to render in: the explicit choice; else the remembered
/// one; else the host page's, if Kindred speaks it; else the first of the
/// reader's browser languages it speaks; else English.
pub fn negotiate(sources: &LanguageSources<'_>) -> Lang {
    sources
        .explicit
        .or_else(|| sources.remembered.and_then(Lang::from_tag))
        .or_else(|| sources.host.and_then(Lang::from_tag))
        .or_else(|| sources.browser.iter().find_map(|tag| Lang::from_tag(tag)))
        .unwrap_or(Lang::En)
}
