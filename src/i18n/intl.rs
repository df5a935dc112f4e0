//! The browser's `Intl`, for one language at a time: plural categories,
//! numbers, dates and lists. Nothing of CLDR is compiled in.
//!
//! Natively (tests, the catalogue writer) there is no `Intl`; the stand-ins
//! below follow English rules and are used only by native tests of text
//! assembly. The real formatting is exercised in headless Chromium.

use super::Lang;

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::Lang;
    use js_sys::{Array, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;

    /// The formatters of one language, made once and reused: building an
    /// `Intl` object is far slower than using one.
    struct Formatters {
        lang: Lang,
        plurals: Intl::PluralRules,
        numbers: Intl::NumberFormat,
        /// "+12", "−5", "0": a change.
        signed: Intl::NumberFormat,
        dates: Intl::DateTimeFormat,
        lists: Intl::ListFormat,
    }

    fn options(pairs: &[(&str, &str)]) -> Object {
        let options = Object::new();
        for (key, value) in pairs {
            let _ = Reflect::set(&options, &(*key).into(), &(*value).into());
        }
        options
    }

    impl Formatters {
        fn new(lang: Lang) -> Self {
            let locales = Array::of1(&lang.intl_locale().into());
            Formatters {
                lang,
                plurals: Intl::PluralRules::new(&locales, &Object::new()),
                numbers: Intl::NumberFormat::new(&locales, &Object::new()),
                signed: Intl::NumberFormat::new(
                    &locales,
                    &options(&[("signDisplay", "exceptZero")]),
                ),
                dates: Intl::DateTimeFormat::new(
                    &locales,
                    &options(&[("dateStyle", "long"), ("timeStyle", "short")]),
                ),
                lists: Intl::ListFormat::new(&locales, &Object::new()),
            }
        }
    }

    thread_local! {
        static CURRENT: std::cell::RefCell<Option<Formatters>> = const { std::cell::RefCell::new(None) };
    }

    fn with<R>(lang: Lang, work: impl FnOnce(&Formatters) -> R) -> R {
        CURRENT.with(|current| {
            let mut current = current.borrow_mut();
            if current.as_ref().is_some_and(|f| f.lang != lang) {
                *current = None;
            }
            work(current.get_or_insert_with(|| Formatters::new(lang)))
        })
    }

    fn call(function: &js_sys::Function, value: &JsValue) -> String {
        function
            .call1(&JsValue::UNDEFINED, value)
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_default()
    }

    pub fn plural_category(lang: Lang, n: usize) -> String {
        with(lang, |f| f.plurals.select(n as f64).into())
    }

    pub fn number(lang: Lang, n: usize) -> String {
        with(lang, |f| {
            call(&f.numbers.format(), &JsValue::from_f64(n as f64))
        })
    }

    pub fn signed(lang: Lang, n: i16) -> String {
        with(lang, |f| call(&f.signed.format(), &JsValue::from(n)))
    }

    pub fn date(lang: Lang, ms: u64) -> String {
        let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
        with(lang, |f| call(&f.dates.format(), &date))
    }

    pub fn list(lang: Lang, items: &[&str]) -> String {
        let array: Array = items.iter().map(|item| JsValue::from_str(item)).collect();
        with(lang, |f| f.lists.format(&array).into())
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::{date, list, number, plural_category, signed};

/// English plural rules: "one" for 1, "other" otherwise.
#[cfg(not(target_arch = "wasm32"))]
pub fn plural_category(_lang: Lang, n: usize) -> String {
    if n == 1 { "one" } else { "other" }.to_owned()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn number(_lang: Lang, n: usize) -> String {
    n.to_string()
}

/// A change with its sign, none for zero, as `Intl` writes it in English.
#[cfg(not(target_arch = "wasm32"))]
pub fn signed(_lang: Lang, n: i16) -> String {
    if n > 0 {
        format!("+{n}")
    } else {
        n.to_string()
    }
}

/// Milliseconds as written, since there is no calendar natively.
#[cfg(not(target_arch = "wasm32"))]
pub fn date(_lang: Lang, ms: u64) -> String {
    format!("@{ms}")
}

/// "a", "a and b", "a, b and c".
#[cfg(not(target_arch = "wasm32"))]
pub fn list(_lang: Lang, items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
