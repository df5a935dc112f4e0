/// The one 5-point agreement scale used for every statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Agreement {
    StronglyDisagree = 1,
    Disagree = 2,
    Neutral = 3,
    Agree = 4,
    StronglyAgree = 5,
}

impl Agreement {
    /// The options in the order they are shown.
    pub const ALL: [Agreement; 5] = [
        Agreement::StronglyDisagree,
        Agreement::Disagree,
        Agreement::Neutral,
        Agreement::Agree,
        Agreement::StronglyAgree,
    ];

    /// 1 (strongly disagree) to 5 (strongly agree); the value stored.
    pub fn value(self) -> u8 {
        self as u8
    }

    /// Reads a stored value; anything outside 1..=5 is `None`.
    pub fn from_value(value: u8) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.value() == value)
    }

    /// True for "agree" and "strongly agree".
    pub fn is_agreement(self) -> bool {
        self >= Agreement::Agree
    }

    /// True for "disagree" and "strongly disagree".
    pub fn is_disagreement(self) -> bool {
        self <= Agreement::Disagree
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case(0, None)]
    #[case(1, Some(Agreement::StronglyDisagree))]
    #[case(3, Some(Agreement::Neutral))]
    #[case(5, Some(Agreement::StronglyAgree))]
    #[case(6, None)]
    #[case(255, None)]
    fn stored_values_are_read_only_inside_the_scale(
        #[case] value: u8,
        #[case] expected: Option<Agreement>,
    ) {
        assert_eq!(Agreement::from_value(value), expected);
    }

    #[test]
    fn neutral_is_neither_agreement_nor_disagreement() {
        assert!(!Agreement::Neutral.is_agreement());
        assert!(!Agreement::Neutral.is_disagreement());
    }
}
