/// Whose relationship the person is reflecting on. The wording of every
/// statement and tip adapts to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RelationshipContext {
    Romantic,
    Friend,
    Family,
}

impl RelationshipContext {
    pub const ALL: [RelationshipContext; 3] = [
        RelationshipContext::Romantic,
        RelationshipContext::Friend,
        RelationshipContext::Family,
    ];

    /// A stable identifier for storage and configuration (`romantic`,
    /// `friend`, `family`).
    pub fn key(self) -> &'static str {
        match self {
            RelationshipContext::Romantic => "romantic",
            RelationshipContext::Friend => "friend",
            RelationshipContext::Family => "family",
        }
    }

    /// Reads a key written by [`RelationshipContext::key`]; anything else is
    /// `None`, because keys come from storage and attributes we do not control.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.key() == key)
    }

    /// Position in [`RelationshipContext::ALL`]; catalogue entries that
    /// differ by relationship are indexed by it.
    pub fn index(self) -> usize {
        self as usize
    }

    // The words for each relationship are in the language catalogue
    // (`crate::i18n`), whole sentences per relationship.
}

/// How many statements a take asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TakeLength {
    /// Two statements per characteristic, one of them reverse-keyed.
    Quick,
    /// Every statement in the bank.
    Full,
}

impl TakeLength {
    pub const ALL: [TakeLength; 2] = [TakeLength::Quick, TakeLength::Full];

    /// A stable identifier for storage and configuration (`quick`, `full`).
    pub fn key(self) -> &'static str {
        match self {
            TakeLength::Quick => "quick",
            TakeLength::Full => "full",
        }
    }

    /// Reads a key written by [`TakeLength::key`].
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.key() == key)
    }

    /// Position in [`TakeLength::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// A rough time to finish, assuming about 12 seconds a statement.
    pub fn minutes(self) -> usize {
        let seconds = crate::assessment::statements_for(self).len() * 12;
        seconds.div_ceil(60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case("romantic", Some(RelationshipContext::Romantic))]
    #[case("friend", Some(RelationshipContext::Friend))]
    #[case("family", Some(RelationshipContext::Family))]
    #[case("Friend", None)]
    #[case("<script>", None)]
    #[case("", None)]
    fn context_keys_round_trip_and_reject_anything_else(
        #[case] key: &str,
        #[case] expected: Option<RelationshipContext>,
    ) {
        assert_eq!(RelationshipContext::from_key(key), expected);
    }

    #[rstest]
    #[case("quick", Some(TakeLength::Quick))]
    #[case("full", Some(TakeLength::Full))]
    #[case("long", None)]
    fn length_keys_round_trip(#[case] key: &str, #[case] expected: Option<TakeLength>) {
        assert_eq!(TakeLength::from_key(key), expected);
    }

    #[test]
    fn quick_check_is_shorter_than_full_check() {
        assert!(TakeLength::Quick.minutes() < TakeLength::Full.minutes());
        assert!(TakeLength::Quick.minutes() >= 1);
    }
}
