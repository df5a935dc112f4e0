//! The catalogues are complete and consistent, the JSON files match them,
//! and the reader gets the language they should.

use std::collections::BTreeSet;

use rstest::rstest;

use super::catalogue::LATER_FROM;
use super::*;

/// Every `{placeholder}` in a text.
fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

#[test]
fn every_language_has_every_text_and_no_blank() {
    let english = EN.texts();
    for lang in Lang::ALL {
        let texts = lang.built_in().texts();
        assert_eq!(texts.len(), english.len(), "{lang:?}");
        for (at, text) in texts.iter().enumerate() {
            assert!(!text.trim().is_empty(), "{lang:?}: text {at} is blank");
        }
    }
}

#[test]
fn placeholders_match_english() {
    let english = EN.texts();
    for lang in Lang::ALL {
        for (at, (text, original)) in lang.built_in().texts().iter().zip(&english).enumerate() {
            let mine = placeholders(text);
            let wanted = placeholders(original);
            // A plural form may say the number in words ("one", the Arabic
            // dual), so it may leave `{count}` out; nothing else may be
            // missing, and nothing may be added.
            let missing: Vec<_> = wanted
                .difference(&mine)
                .filter(|name| **name != "count")
                .collect();
            let extra: Vec<_> = mine.difference(&wanted).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang:?} text {at} ({text:?}): missing {missing:?}, unknown {extra:?}"
            );
        }
    }
}

#[test]
fn translations_are_not_english_copies() {
    // Names and short words may coincide ("Empathie" is close, "Kindred"
    // is a name); whole sentences may not.
    let english = EN.texts();
    for lang in [Lang::Es, Lang::De, Lang::Ar] {
        let copied: Vec<&str> = lang
            .built_in()
            .texts()
            .into_iter()
            .zip(&english)
            .filter(|(text, original)| text == *original && original.len() > 24)
            .map(|(text, _)| text)
            .collect();
        assert!(copied.is_empty(), "{lang:?} copies English: {copied:?}");
    }
}

#[test]
fn texts_read_back_into_the_same_catalogue() {
    for lang in Lang::ALL {
        let texts = lang.built_in().texts();
        assert_eq!(texts.len(), Catalogue::TEXT_COUNT);
        let back = Catalogue::from_texts(&texts).expect("same count");
        assert_eq!(back.texts(), texts);
        assert_eq!(back.statements[24][2], lang.built_in().statements[24][2]);
        assert_eq!(back.dismiss, lang.built_in().dismiss);
        assert!(Catalogue::from_texts(&texts[1..]).is_none(), "one too few");
        let mut more = texts.clone();
        more.push("extra");
        assert!(Catalogue::from_texts(&more).is_none(), "one too many");
    }
}

#[test]
fn a_catalogue_file_reads_back_and_a_stale_one_is_refused() {
    let (json, later) = write_catalogue(Lang::Es, &ES);
    let read = read_catalogue(&json, Lang::Es).expect("readable");
    // The first file alone: the later texts are English until their file
    // comes.
    let texts = read.texts();
    assert_eq!(texts[..LATER_FROM], ES.texts()[..LATER_FROM]);
    assert_eq!(texts[LATER_FROM..], EN.texts()[LATER_FROM..]);
    assert_eq!(read.over_time, EN.over_time);
    let whole = read_later(&later, Lang::Es, read).expect("readable");
    assert_eq!(whole.texts(), ES.texts());
    assert_eq!(whole.over_time, ES.over_time);
    // Each file is only itself, in its own language.
    assert_eq!(
        read_later(&json, Lang::Es, read).err(),
        Some(CatalogueError::Mismatch)
    );
    assert_eq!(
        read_catalogue(&later, Lang::Es).err(),
        Some(CatalogueError::Mismatch)
    );
    assert_eq!(
        read_later(&later, Lang::De, read).err(),
        Some(CatalogueError::Mismatch)
    );
    let long = format!("{},\"one too many\"]", &later[..later.len() - 1]);
    assert_eq!(
        read_later(&long, Lang::Es, read).err(),
        Some(CatalogueError::Mismatch)
    );
    assert_eq!(
        read_catalogue(&json, Lang::De).err(),
        Some(CatalogueError::Mismatch)
    );
    let stale = json.replacen(&LAYOUT.to_string(), &LAYOUT.wrapping_add(1).to_string(), 1);
    assert_eq!(
        read_catalogue(&stale, Lang::Es).err(),
        Some(CatalogueError::Mismatch)
    );
    assert_eq!(
        read_catalogue("{", Lang::Es).err(),
        Some(CatalogueError::Unreadable)
    );
    assert_eq!(
        read_catalogue(r#"{"layout":1,"lang":"es"}"#, Lang::Es).err(),
        Some(CatalogueError::Unreadable)
    );
    assert_eq!(
        read_catalogue("[]", Lang::Es).err(),
        Some(CatalogueError::Unreadable)
    );
    let header = format!("[\"kindred-catalogue {LAYOUT} es\"");
    assert!(json.starts_with(&header), "{}", &json[..40]);
    let short = format!("{header},\"only one text\"]");
    assert_eq!(
        read_catalogue(&short, Lang::Es).err(),
        Some(CatalogueError::Mismatch)
    );
}

/// The JSON files the WebAssembly fetches are written from the catalogues
/// above. `scripts/catalogues` rewrites them after a change.
#[test]
fn the_shipped_catalogue_files_match_the_source() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/lang");
    let write = std::env::var_os("KINDRED_WRITE_CATALOGUES").is_some();
    for lang in [Lang::Es, Lang::De, Lang::Ar] {
        let (first, later) = write_catalogue(lang, lang.built_in());
        for (name, json) in [("", first), ("-later", later)] {
            let path = format!("{folder}/{}{name}.json", lang.code());
            if write {
                std::fs::write(&path, &json).expect("writable");
            }
            let shipped = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                shipped == json,
                "{path} is out of date: run scripts/catalogues"
            );
        }
    }
}

#[rstest]
#[case("es", Some(Lang::Es))]
#[case("es-MX", Some(Lang::Es))]
#[case("ES_mx", Some(Lang::Es))]
#[case(" de-CH ", Some(Lang::De))]
#[case("ar-EG", Some(Lang::Ar))]
#[case("en-GB", Some(Lang::En))]
#[case("fr", None)]
#[case("", None)]
#[case("e", None)]
#[case("español", None)]
#[case("es<script>", None)]
#[case("esp", None)]
fn a_language_tag_names_a_catalogue(#[case] tag: &str, #[case] expected: Option<Lang>) {
    assert_eq!(Lang::from_tag(tag), expected);
}

fn browser(tags: &[&str]) -> Vec<String> {
    tags.iter().map(|t| (*t).to_owned()).collect()
}

#[rstest]
// The attribute or query parameter wins over everything.
#[case(Some(Lang::De), Some("ar"), Some("es"), &["es"], Lang::De)]
// Then the choice remembered from the language menu.
#[case(None, Some("ar"), Some("es"), &["de"], Lang::Ar)]
// Then the nearest `lang` of the host page.
#[case(None, None, Some("es"), &["de"], Lang::Es)]
#[case(None, None, Some("es-419"), &[], Lang::Es)]
// A host language Kindred does not speak falls through to the browser's.
#[case(None, None, Some("fr"), &["fr-FR", "de-AT", "es"], Lang::De)]
#[case(None, None, Some(""), &["ar"], Lang::Ar)]
// A remembered value that is not a language is ignored.
#[case(None, Some("klingon"), None, &["es-MX"], Lang::Es)]
// Nothing Kindred speaks: English.
#[case(None, None, Some("fr"), &["fr", "it"], Lang::En)]
#[case(None, None, None, &[], Lang::En)]
fn the_reader_gets_the_most_specific_language_kindred_speaks(
    #[case] explicit: Option<Lang>,
    #[case] remembered: Option<&str>,
    #[case] host: Option<&str>,
    #[case] browser_tags: &[&str],
    #[case] expected: Lang,
) {
    let browser = browser(browser_tags);
    let sources = LanguageSources {
        explicit,
        remembered,
        host,
        browser: &browser,
    };
    assert_eq!(negotiate(&sources), expected);
}

#[test]
fn plural_forms_are_picked_by_category() {
    let plural = Plural(["z", "o", "t", "f", "m", "x"]);
    assert_eq!(plural.form("zero"), "z");
    assert_eq!(plural.form("few"), "f");
    assert_eq!(plural.form("other"), "x");
    assert_eq!(plural.form("nonsense"), "x");
    assert_eq!(Plural::one_other("1", "n").form("two"), "n");
}

#[test]
fn placeholders_are_filled_and_nothing_else_changes() {
    assert_eq!(
        fill("{a} of {b}, {a}", &[("a", "3"), ("b", "10")]),
        "3 of 10, 3"
    );
    assert_eq!(fill("{a}", &[("a", "{b}"), ("b", "x")]), "{b}");
    assert_eq!(fill("{unknown} {", &[]), "{unknown} {");
    let words = Words::english();
    assert_eq!(words.count(&EN.imported_added, 1), "Added 1 check-in.");
    assert_eq!(words.count(&EN.imported_added, 3), "Added 3 check-ins.");
    assert_eq!(
        words.length_detail(crate::assessment::TakeLength::Quick),
        "10 statements, about 2 minutes"
    );
}

/// The standalone page's language menu (index.html, plain HTML so it costs
/// the WebAssembly nothing) lists each language by its catalogue's name.
#[test]
fn the_page_menu_names_each_language_as_its_catalogue_does() {
    let page = include_str!("../../index.html");
    for lang in Lang::ALL {
        let option = format!(
            "<option value=\"{code}\" lang=\"{code}\"",
            code = lang.code()
        );
        let at = page.find(&option).unwrap_or_else(|| panic!("no {option}"));
        let label = page[at..]
            .split_once('>')
            .map(|(_, rest)| rest)
            .unwrap_or_default();
        let label = label
            .split_once("</option>")
            .map(|(name, _)| name)
            .unwrap_or_default();
        assert_eq!(label, lang.built_in().language_name, "{lang:?}");
    }
}

#[rstest]
#[case(0, "my partner")]
#[case(1, "my friend")]
#[case(2, "family member")]
fn every_english_statement_names_the_other_person_for_its_relationship(
    #[case] context: usize,
    #[case] who: &str,
) {
    for (at, by_context) in EN.statements.iter().enumerate() {
        let text = by_context[context].to_lowercase();
        assert!(text.contains(who), "statement {at} lacks {who}: {text}");
    }
}

/// A rough Flesch-Kincaid grade: words per sentence and syllables per
/// word. Short statements should stay around grade 8 or below.
#[test]
fn english_statements_are_written_in_plain_words() {
    fn syllables(word: &str) -> f64 {
        let word = word.to_lowercase();
        let mut count = 0;
        let mut previous_vowel = false;
        for c in word.chars() {
            let vowel = "aeiouy".contains(c);
            if vowel && !previous_vowel {
                count += 1;
            }
            previous_vowel = vowel;
        }
        if word.ends_with('e') && count > 1 {
            count -= 1;
        }
        count.max(1) as f64
    }
    let sentences = EN.statements.len() as f64;
    let (mut words, mut syllable_total) = (0.0, 0.0);
    for by_context in &EN.statements {
        for word in by_context[1].split_whitespace() {
            words += 1.0;
            syllable_total += syllables(word.trim_matches(|c: char| !c.is_alphabetic()));
        }
    }
    let grade = 0.39 * (words / sentences) + 11.8 * (syllable_total / words) - 15.59;
    assert!(grade <= 8.0, "reading grade {grade:.1}");
}

#[test]
fn every_band_text_is_specific_in_every_language_and_relationship() {
    for lang in Lang::ALL {
        let catalogue = lang.built_in();
        for context in 0..3 {
            let mut seen = BTreeSet::new();
            for by_band in &catalogue.band_texts {
                for by_context in by_band {
                    assert!(
                        seen.insert(by_context[context]),
                        "{lang:?}: a band text repeats: {}",
                        by_context[context]
                    );
                }
            }
        }
    }
}

#[test]
fn statements_and_advice_differ_by_relationship_in_every_language() {
    for lang in Lang::ALL {
        let catalogue = lang.built_in();
        for (at, [partner, friend, family]) in catalogue.statements.iter().enumerate() {
            assert!(
                partner != friend && friend != family && partner != family,
                "{lang:?}: statement {at} reads the same for two relationships"
            );
        }
    }
}

/// WCAG 2.5.3 (label in name): a button whose accessible name says more
/// than its visible text must start with that text, so a person who says
/// "click Delete" to speech control reaches it.
#[test]
fn accessible_names_start_with_the_visible_label() {
    for lang in Lang::ALL {
        let t = lang.built_in();
        for (name, visible) in [
            (t.view_results_of, t.view_results),
            (t.delete_of, t.delete),
            (t.delete_unreadable_of, t.delete),
        ] {
            assert!(
                name.to_lowercase().starts_with(&visible.to_lowercase()),
                "{lang:?}: “{name}” does not start with “{visible}”"
            );
        }
    }
}

/// Each language file lists its entries in the catalogue's order, so the
/// files read side by side (and tools that read them in order agree with
/// the JSON).
#[test]
fn every_language_file_keeps_the_catalogue_order() {
    for lang in Lang::ALL {
        let path = format!("{}/src/i18n/{}.rs", env!("CARGO_MANIFEST_DIR"), lang.code());
        let source = std::fs::read_to_string(&path).expect("readable");
        let fields: Vec<&str> = source
            .lines()
            .filter_map(|line| line.strip_prefix("    "))
            .filter(|line| !line.starts_with(' '))
            .filter_map(|line| line.split_once(':').map(|(name, _)| name))
            .filter(|name| {
                !name.is_empty()
                    && name
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            })
            .collect();
        assert_eq!(fields, Catalogue::FIELDS, "{path}");
    }
}
