/// One of the five characteristics of emotional intimacy the check reflects on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Characteristic {
    Trust,
    Vulnerability,
    Empathy,
    Communication,
    Acceptance,
}

impl Characteristic {
    /// All five, in the order they are presented everywhere.
    pub const ALL: [Characteristic; 5] = [
        Characteristic::Trust,
        Characteristic::Vulnerability,
        Characteristic::Empathy,
        Characteristic::Communication,
        Characteristic::Acceptance,
    ];

    /// A stable identifier used in the stored format and in events; never
    /// translated, never renamed.
    pub fn key(self) -> &'static str {
        match self {
            Characteristic::Trust => "trust",
            Characteristic::Vulnerability => "vulnerability",
            Characteristic::Empathy => "empathy",
            Characteristic::Communication => "communication",
            Characteristic::Acceptance => "acceptance",
        }
    }

    /// Position in [`Characteristic::ALL`]; used to index fixed-size arrays.
    pub fn index(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_matches_position_in_all() {
        for (position, characteristic) in Characteristic::ALL.iter().enumerate() {
            assert_eq!(characteristic.index(), position);
        }
    }

    #[test]
    fn keys_are_unique_and_lowercase() {
        let mut keys: Vec<_> = Characteristic::ALL.iter().map(|c| c.key()).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), 5);
        assert!(keys
            .iter()
            .all(|k| k.chars().all(|c| c.is_ascii_lowercase())));
    }
}
