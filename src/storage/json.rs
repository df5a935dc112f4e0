//! A small JSON reader and writer for the stored document.
//!
//! Kindred's document needs objects, arrays, strings, whole numbers and
//! null. serde_json does far more and cost 20.6 KB gzip of WebAssembly
//! (measured: 135.1 KB with it, 114.5 KB without), a sixth of the whole
//! download budget, so this reads standard JSON and rejects only what the
//! document never holds (fractions, negative numbers, exponents).

use std::fmt::Write;

/// A parsed JSON value. Objects keep their members in document order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    /// Whole numbers from 0 to `u64::MAX`; nothing else is stored.
    Number(u64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Nesting deeper than this is refused, so hostile input cannot exhaust
/// the stack. The document itself is four levels deep.
const MAX_DEPTH: usize = 32;

impl Json {
    /// Parses a whole document; `None` for anything that is not valid JSON
    /// of the kinds above.
    pub fn parse(text: &str) -> Option<Json> {
        let mut parser = Parser {
            bytes: text.as_bytes(),
            at: 0,
        };
        let value = parser.value(0)?;
        parser.skip_space();
        (parser.at == parser.bytes.len()).then_some(value)
    }

    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// Writes the value as compact JSON.
    pub fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => {
                let _ = write!(out, "{n}");
            }
            Json::String(s) => write_string(s, out),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

impl std::fmt::Display for Json {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut out = String::new();
        self.write(&mut out);
        f.write_str(&out)
    }
}

fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        if self.peek() == Some(byte) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Option<Json> {
        let end = self.at + word.len();
        (self.bytes.get(self.at..end) == Some(word.as_bytes())).then(|| {
            self.at = end;
            value
        })
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_space();
        match self.peek()? {
            b'n' => self.literal("null", Json::Null),
            b't' => self.literal("true", Json::Bool(true)),
            b'f' => self.literal("false", Json::Bool(false)),
            b'"' => self.string().map(Json::String),
            b'0'..=b'9' => self.number(),
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if self.eat(b']') {
                    return Some(Json::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    if self.eat(b']') {
                        return Some(Json::Array(items));
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            b'{' => {
                self.at += 1;
                let mut members = Vec::new();
                if self.eat(b'}') {
                    return Some(Json::Object(members));
                }
                loop {
                    self.skip_space();
                    let key = self.string()?;
                    if !self.eat(b':') {
                        return None;
                    }
                    members.push((key, self.value(depth + 1)?));
                    if self.eat(b'}') {
                        return Some(Json::Object(members));
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            _ => None,
        }
    }

    fn number(&mut self) -> Option<Json> {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        // Fractions and exponents are valid JSON but never stored.
        if matches!(self.peek(), Some(b'.' | b'e' | b'E')) {
            return None;
        }
        let digits = std::str::from_utf8(&self.bytes[start..self.at]).ok()?;
        if digits.len() > 1 && digits.starts_with('0') {
            return None;
        }
        digits.parse().ok().map(Json::Number)
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.bytes.get(self.at..self.at + 4)?;
        let text = std::str::from_utf8(digits).ok()?;
        self.at += 4;
        u32::from_str_radix(text, 16).ok()
    }

    fn string(&mut self) -> Option<String> {
        if self.peek() != Some(b'"') {
            return None;
        }
        self.at += 1;
        let mut out = String::new();
        loop {
            // Copy the run of plain characters at once; the input is a
            // &str, so any run between ASCII delimiters is valid UTF-8.
            let start = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            out.push_str(std::str::from_utf8(&self.bytes[start..self.at]).ok()?);
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.at += 1;
                    let escaped = self.peek()?;
                    self.at += 1;
                    match escaped {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let mut code = self.hex4()?;
                            if (0xD800..0xDC00).contains(&code) {
                                // A surrogate pair spells one character.
                                if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
                                    return None;
                                }
                                self.at += 2;
                                let low = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&low) {
                                    return None;
                                }
                                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                            }
                            out.push(char::from_u32(code)?);
                        }
                        _ => return None,
                    }
                }
                // A raw control character inside a string is not JSON.
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case("null", Json::Null)]
    #[case(" true ", Json::Bool(true))]
    #[case("0", Json::Number(0))]
    #[case("1795656243249", Json::Number(1_795_656_243_249))]
    #[case(r#""a\"b\\c\/\n\u00e9\ud83d\ude00""#, Json::String("a\"b\\c/\né😀".to_owned()))]
    #[case("[]", Json::Array(vec![]))]
    #[case("[1, [2]]", Json::Array(vec![Json::Number(1), Json::Array(vec![Json::Number(2)])]))]
    #[case(
        r#"{"a": 1, "b": {"c": null}}"#,
        Json::Object(vec![
            ("a".to_owned(), Json::Number(1)),
            ("b".to_owned(), Json::Object(vec![("c".to_owned(), Json::Null)])),
        ])
    )]
    fn reads_standard_json(#[case] text: &str, #[case] expected: Json) {
        assert_eq!(Json::parse(text), Some(expected));
    }

    #[rstest]
    #[case("")]
    #[case("{")]
    #[case("{not json")]
    #[case("[1,]")]
    #[case(r#"{"a" 1}"#)]
    #[case("1.5")]
    #[case("-1")]
    #[case("1e3")]
    #[case("01")]
    #[case("99999999999999999999999")]
    #[case("\"unterminated")]
    #[case("\"tab\tinside\"")]
    #[case(r#""\ud800""#)]
    #[case(r#""\x""#)]
    #[case("nul")]
    #[case("[] []")]
    #[case("<script>alert(1)</script>")]
    fn rejects_what_it_cannot_read(#[case] text: &str) {
        assert_eq!(Json::parse(text), None, "{text}");
    }

    #[test]
    fn refuses_hostile_nesting_without_overflowing() {
        let deep = "[".repeat(100_000);
        assert_eq!(Json::parse(&deep), None);
    }

    #[test]
    fn writing_and_reading_round_trip() {
        let value = Json::Object(vec![
            (
                "text".to_owned(),
                Json::String("quote \" slash \\ line\n bell \u{7} é".to_owned()),
            ),
            (
                "list".to_owned(),
                Json::Array(vec![Json::Number(5), Json::Null, Json::Bool(false)]),
            ),
        ]);
        let text = value.to_string();
        assert_eq!(
            text,
            r#"{"text":"quote \" slash \\ line\n bell \u0007 é","list":[5,null,false]}"#
        );
        assert_eq!(Json::parse(&text), Some(value));
    }
}
