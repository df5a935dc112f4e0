//! A private name or label for the other person ("Sam", "Mum"), so
//! check-ins about two friends stay apart.
//!
//! It is chosen at set-up, kept only in this browser's storage with the
//! check-in, and never leaves the device: it is not in a share code, nor in
//! the event a host page hears. Leptos writes it as text, so markup could
//! never run anyway; it is refused all the same, so a label reads the same
//! wherever it is shown, a download included.

/// The longest label, in characters: enough for "Grandma Rosa" or "my
/// sister Anna", short enough to fit a menu on a phone.
pub const MAX_LABEL_CHARS: usize = 40;

/// A checked label: trimmed, not empty, at most [`MAX_LABEL_CHARS`]
/// characters, with no markup characters or control characters.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PersonLabel(String);

/// Why a label was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelError {
    TooLong,
    /// `<`, `>`, or a control character (a line break, a tab...).
    NotAllowed,
}

impl PersonLabel {
    /// Reads what a person typed: `Ok(None)` when it is blank (the label
    /// is optional), the label when it may be kept, or why not.
    pub fn parse(typed: &str) -> Result<Option<PersonLabel>, LabelError> {
        let label = typed.trim();
        if label.is_empty() {
            return Ok(None);
        }
        if label.chars().count() > MAX_LABEL_CHARS {
            return Err(LabelError::TooLong);
        }
        if label
            .chars()
            .any(|c| c == '<' || c == '>' || c.is_control())
        {
            return Err(LabelError::NotAllowed);
        }
        Ok(Some(PersonLabel(label.to_owned())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether two labels name the same person: the same text, whatever
    /// the case of its ASCII letters ("Sam" and "sam"). Full Unicode case
    /// folding ("Émile" and "émile") would bring its tables into the
    /// WebAssembly (11 KB); the name is typed by the same person each time,
    /// usually the same way.
    pub fn same_person(&self, other: &PersonLabel) -> bool {
        self.0.eq_ignore_ascii_case(&other.0)
    }
}

/// Whether two check-ins are about the same person: both without a label,
/// or both with labels naming the same person.
pub fn same_person(a: Option<&PersonLabel>, b: Option<&PersonLabel>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a.same_person(b),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_is_trimmed_and_blank_means_none() {
        assert_eq!(PersonLabel::parse(""), Ok(None));
        assert_eq!(PersonLabel::parse("   "), Ok(None));
        let sam = PersonLabel::parse("  Sam ").unwrap().unwrap();
        assert_eq!(sam.as_str(), "Sam");
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        let forty = "é".repeat(MAX_LABEL_CHARS);
        assert!(PersonLabel::parse(&forty).unwrap().is_some());
        assert_eq!(
            PersonLabel::parse(&format!("{forty}x")),
            Err(LabelError::TooLong)
        );
        assert!(PersonLabel::parse("أمي").unwrap().is_some());
        assert!(PersonLabel::parse("Mum 👩").unwrap().is_some());
    }

    #[test]
    fn markup_and_control_characters_are_refused() {
        for bad in ["<b>Sam</b>", "Sam>", "a<b", "Sam\nJo", "Sam\tJo", "x\u{7}y"] {
            assert_eq!(
                PersonLabel::parse(bad),
                Err(LabelError::NotAllowed),
                "{bad:?}"
            );
        }
        // Other punctuation is a name's own business.
        for good in ["O'Brien", "Anne-Marie", "\"Doc\"", "Sam & Jo", "Ana (work)"] {
            assert!(PersonLabel::parse(good).unwrap().is_some(), "{good:?}");
        }
    }

    #[test]
    fn the_same_person_whatever_the_case_and_unlabelled_with_unlabelled() {
        let label = |s: &str| PersonLabel::parse(s).unwrap();
        assert!(same_person(label("Sam").as_ref(), label("sam").as_ref()));
        assert!(!same_person(label("Sam").as_ref(), label("Jo").as_ref()));
        assert!(same_person(None, None));
        assert!(!same_person(label("Sam").as_ref(), None));
    }
}
