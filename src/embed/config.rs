//! How a page sets Kindred up: attributes of `<kindred-check>` or query
//! parameters of the iframe page. Both come from pages we do not control,
//! so every value is untrusted: anything unknown falls back to the
//! documented default with one warning, and no value is ever used as markup.

use crate::assessment::{RelationshipContext, TakeLength};
use crate::i18n::Lang;

/// Light, dark, or whatever the person's system prefers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// How one Kindred instance is set up by the page that hosts it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Keeps this instance's data apart from others on the same site.
    pub namespace: Option<String>,
    /// Skips the relationship question when set.
    pub context: Option<RelationshipContext>,
    /// Skips the length question when set.
    pub length: Option<TakeLength>,
    pub theme: Theme,
    /// The language asked for by the page; `None` lets Kindred choose
    /// from the host page and the browser (see [`crate::i18n::negotiate`]).
    pub lang: Option<Lang>,
    /// Whether the host page gets a `kindred-complete` event with the five
    /// scores when a take is finished.
    pub emit_events: bool,
    /// The site owner's own page of support, linked from the gentle line
    /// shown when trust or overall closeness is very low. Only an
    /// `https://` address is taken.
    pub support_url: Option<String>,
    /// Kindred's own standalone page (not an attribute): only there does
    /// Kindred offer a link with a share code, and read one from the
    /// page's address. A host page's address is the host's own.
    pub standalone: bool,
}

/// The attribute (and query parameter) names Kindred reads.
pub const OPTION_NAMES: [&str; 7] = [
    "context",
    "length",
    "theme",
    "lang",
    "namespace",
    "emit-events",
    "support-url",
];

/// Longest support address accepted.
const MAX_ADDRESS: usize = 500;

/// `raw` as a link Kindred can show as it is: `https://` and a host name,
/// at most 500 characters, with no spaces, quotes, angle brackets,
/// backslashes or ASCII control characters. Anything else (`http:`,
/// `javascript:`, a relative path) is refused: a reader following it must
/// land on the encrypted page the site owner meant.
fn https_address(raw: &str) -> Option<String> {
    let value = raw.trim();
    let scheme = value.get(..8)?;
    let host_start = value.chars().nth(8)?;
    let valid = scheme.eq_ignore_ascii_case("https://")
        && host_start.is_ascii_alphanumeric()
        && value.len() <= MAX_ADDRESS
        // Spaces and control characters are all at or below ' ' (or DEL).
        && !value
            .chars()
            .any(|c| c <= ' ' || matches!(c, '\u{7f}' | '"' | '\'' | '<' | '>' | '\\' | '`'));
    valid.then(|| value.to_owned())
}

/// Longest namespace accepted; it becomes part of a storage key.
const MAX_NAMESPACE: usize = 32;

/// Shortens a value for a warning, so a huge attribute cannot flood the
/// console.
fn shown(value: &str) -> String {
    let mut short: String = value.chars().take(40).collect();
    if short.len() < value.len() {
        short.push('…');
    }
    short
}

/// Reads options from `(name, value)` pairs. Returns the options and one
/// warning per value that was not understood. Names are matched exactly;
/// values ignore surrounding spaces and letter case.
pub fn parse_options<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> (Options, Vec<String>) {
    let mut options = Options::default();
    let mut warnings = Vec::new();
    for (name, raw) in pairs {
        let value = raw.trim().to_ascii_lowercase();
        let mut warn = |expected: &str, default: &str| {
            warnings.push(format!(
                "Kindred: {name}=\"{}\" is not known; using \"{default}\". Expected {expected}.",
                shown(raw)
            ));
        };
        match name {
            "context" => match RelationshipContext::from_key(&value) {
                Some(context) => options.context = Some(context),
                None if value == "ask" => options.context = None,
                None => warn("romantic, friend, family or ask", "ask"),
            },
            "length" => match TakeLength::from_key(&value) {
                Some(length) => options.length = Some(length),
                None if value == "ask" => options.length = None,
                None => warn("quick, full or ask", "ask"),
            },
            "theme" => {
                options.theme = match value.as_str() {
                    "auto" => Theme::Auto,
                    "light" => Theme::Light,
                    "dark" => Theme::Dark,
                    _ => {
                        warn("light, dark or auto", "auto");
                        Theme::Auto
                    }
                }
            }
            "lang" => {
                options.lang = Lang::from_tag(&value);
                if options.lang.is_none() && !value.is_empty() {
                    warn(
                        "en, es, de or ar (or a regional tag such as es-MX)",
                        "the page's or the browser's language",
                    );
                }
            }
            "namespace" => {
                let valid = !value.is_empty()
                    && value.len() <= MAX_NAMESPACE
                    && value
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                if valid {
                    options.namespace = Some(value);
                } else {
                    options.namespace = None;
                    warn("up to 32 letters, digits, - or _", "the default namespace");
                }
            }
            "emit-events" => options.emit_events = value != "false",
            "support-url" => {
                options.support_url = https_address(raw);
                if options.support_url.is_none() {
                    warn("an https:// address", "no link");
                }
            }
            _ => {}
        }
    }
    (options, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[test]
    fn nothing_set_means_ask_everything_with_the_defaults() {
        let (options, warnings) = parse_options([]);
        assert_eq!(
            options,
            Options {
                namespace: None,
                context: None,
                length: None,
                theme: Theme::Auto,
                lang: None,
                emit_events: false,
                support_url: None,
                standalone: false,
            }
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn known_values_are_read() {
        let (options, warnings) = parse_options([
            ("context", "friend"),
            ("length", " Quick "),
            ("theme", "dark"),
            ("lang", "es-MX"),
            ("namespace", "team_a-2"),
            ("emit-events", ""),
        ]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(options.context, Some(RelationshipContext::Friend));
        assert_eq!(options.length, Some(TakeLength::Quick));
        assert_eq!(options.theme, Theme::Dark);
        assert_eq!(options.lang, Some(Lang::Es));
        assert_eq!(options.namespace.as_deref(), Some("team_a-2"));
        assert!(options.emit_events);
    }

    #[rstest]
    #[case("context", "neighbour", "ask")]
    #[case("length", "medium", "ask")]
    #[case("theme", "purple", "auto")]
    #[case("lang", "fr", "the page's or the browser's language")]
    #[case("lang", "de<script>", "the page's or the browser's language")]
    #[case("namespace", "has space", "the default namespace")]
    #[case("namespace", "a:b", "the default namespace")]
    #[case("namespace", "", "the default namespace")]
    fn unknown_values_fall_back_with_one_warning(
        #[case] name: &str,
        #[case] value: &str,
        #[case] default: &str,
    ) {
        let (options, warnings) = parse_options([(name, value)]);
        assert_eq!(warnings.len(), 1);
        assert!(
            warnings[0].contains(&format!("using \"{default}\"")),
            "{}",
            warnings[0]
        );
        let (defaults, _) = parse_options([]);
        assert_eq!(options, defaults);
    }

    #[test]
    fn markup_in_a_value_is_only_ever_quoted_in_a_warning() {
        let payload = "<img src=x onerror=alert(1)>";
        let (options, warnings) = parse_options([("context", payload), ("namespace", payload)]);
        assert_eq!(options.context, None);
        assert_eq!(options.namespace, None);
        assert_eq!(warnings.len(), 2);
    }

    #[test]
    fn long_values_are_cut_short_in_warnings() {
        let long = "x".repeat(10_000);
        let (_, warnings) = parse_options([("theme", long.as_str())]);
        assert!(warnings[0].len() < 200);
        let too_long = "n".repeat(MAX_NAMESPACE + 1);
        let (options, _) = parse_options([("namespace", too_long.as_str())]);
        assert_eq!(options.namespace, None);
    }

    #[rstest]
    #[case(
        " https://example.org/help?from=Kindred ",
        Some("https://example.org/help?from=Kindred")
    )]
    #[case("HTTPS://Example.org/Path", Some("HTTPS://Example.org/Path"))]
    #[case("http://example.org/help", None)]
    #[case("javascript:alert(1)", None)]
    #[case("https://", None)]
    #[case("https:///path", None)]
    #[case("https://@evil.example", None)]
    #[case("//example.org/help", None)]
    #[case("/help", None)]
    #[case("https://example.org/\"><script>", None)]
    #[case("https://example.org/a b", None)]
    #[case("https://example.org/\u{7}", None)]
    #[case("", None)]
    fn a_support_link_must_be_an_https_address(#[case] raw: &str, #[case] taken: Option<&str>) {
        let (options, warnings) = parse_options([("support-url", raw)]);
        assert_eq!(options.support_url.as_deref(), taken);
        assert_eq!(warnings.len(), usize::from(taken.is_none()), "{warnings:?}");
        let too_long = format!("https://example.org/{}", "a".repeat(MAX_ADDRESS));
        assert_eq!(https_address(&too_long), None);
    }

    #[test]
    fn emit_events_can_be_switched_off_explicitly() {
        assert!(!parse_options([("emit-events", "false")]).0.emit_events);
        assert!(
            parse_options([("emit-events", "emit-events")])
                .0
                .emit_events
        );
    }

    #[test]
    fn unknown_names_are_ignored() {
        let (options, warnings) = parse_options([("onload", "alert(1)"), ("style", "x")]);
        assert!(warnings.is_empty());
        assert_eq!(options, parse_options([]).0);
    }
}
