use super::{Characteristic, TakeLength};

/// Whether agreeing with a statement means more or less of its characteristic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keying {
    /// Agreeing means more of the characteristic.
    Direct,
    /// Agreeing means less of the characteristic.
    Reversed,
}

/// One statement of the bank. Its words, for each relationship and in each
/// language, are in the catalogue (`crate::i18n`), in the bank's order.
#[derive(Debug, PartialEq, Eq)]
pub struct Statement {
    /// Stable identifier used in the stored format. Never reuse or renumber:
    /// saved answers point at it.
    pub id: &'static str,
    pub characteristic: Characteristic,
    pub keying: Keying,
    /// Part of the quick check as well as the full one.
    pub in_quick_check: bool,
}

const fn statement(
    id: &'static str,
    characteristic: Characteristic,
    keying: Keying,
    in_quick_check: bool,
) -> Statement {
    Statement {
        id,
        characteristic,
        keying,
        in_quick_check,
    }
}

use Characteristic::*;
use Keying::*;

/// The whole bank, five statements per characteristic (their words are
/// written for this project: plain, no blame, nothing diagnostic).
pub static STATEMENTS: &[Statement] = &[
    statement("trust-1", Trust, Direct, true),
    statement("trust-2", Trust, Reversed, true),
    statement("trust-3", Trust, Direct, false),
    statement("trust-4", Trust, Reversed, false),
    statement("trust-5", Trust, Direct, false),
    statement("vulnerability-1", Vulnerability, Direct, true),
    statement("vulnerability-2", Vulnerability, Reversed, true),
    statement("vulnerability-3", Vulnerability, Direct, false),
    statement("vulnerability-4", Vulnerability, Reversed, false),
    statement("vulnerability-5", Vulnerability, Direct, false),
    statement("empathy-1", Empathy, Direct, true),
    statement("empathy-2", Empathy, Reversed, true),
    statement("empathy-3", Empathy, Direct, false),
    statement("empathy-4", Empathy, Direct, false),
    statement("empathy-5", Empathy, Reversed, false),
    statement("communication-1", Communication, Direct, true),
    statement("communication-2", Communication, Reversed, true),
    statement("communication-3", Communication, Direct, false),
    statement("communication-4", Communication, Reversed, false),
    statement("communication-5", Communication, Direct, false),
    statement("acceptance-1", Acceptance, Direct, true),
    statement("acceptance-2", Acceptance, Reversed, true),
    statement("acceptance-3", Acceptance, Direct, false),
    statement("acceptance-4", Acceptance, Reversed, false),
    statement("acceptance-5", Acceptance, Direct, false),
];

/// The statements of a take, in the order they are asked.
///
/// Characteristics take turns (one statement of each, then the next round)
/// so a person never meets five statements about the same thing in a row,
/// which makes answers less of a pattern and more of a reflection. Within
/// its turn, a characteristic offers the statement worded the other way
/// from the one just asked, when it has one left: direct and reverse-worded
/// statements then alternate, instead of all five reverse-worded ones
/// coming in a row (the quick check's 6 to 10 did), which invites
/// answering on autopilot.
pub fn statements_for(length: TakeLength) -> Vec<&'static Statement> {
    let mut remaining: Vec<Vec<&'static Statement>> = Characteristic::ALL
        .iter()
        .map(|&characteristic| {
            STATEMENTS
                .iter()
                .filter(|s| s.characteristic == characteristic)
                .filter(|s| length == TakeLength::Full || s.in_quick_check)
                .collect()
        })
        .collect();
    let total = remaining.iter().map(Vec::len).sum();
    let mut ordered: Vec<&'static Statement> = Vec::with_capacity(total);
    while ordered.len() < total {
        for own in &mut remaining {
            if own.is_empty() {
                continue;
            }
            let last = ordered.last().map(|s| s.keying);
            let pick = own.iter().position(|s| Some(s.keying) != last).unwrap_or(0);
            ordered.push(own.remove(pick));
        }
    }
    ordered
}

/// Looks a statement up by its stored identifier.
pub fn statement_by_id(id: &str) -> Option<&'static Statement> {
    STATEMENTS.iter().find(|s| s.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;
    use std::collections::HashSet;

    #[test]
    fn every_characteristic_has_at_least_five_statements_and_two_reversed() {
        for characteristic in Characteristic::ALL {
            let own: Vec<_> = STATEMENTS
                .iter()
                .filter(|s| s.characteristic == characteristic)
                .collect();
            assert!(own.len() >= 5, "{characteristic:?} has {}", own.len());
            let reversed = own.iter().filter(|s| s.keying == Reversed).count();
            assert!(reversed >= 2, "{characteristic:?} has {reversed} reversed");
        }
    }

    #[test]
    fn quick_check_has_one_direct_and_one_reversed_per_characteristic() {
        let quick = statements_for(TakeLength::Quick);
        assert_eq!(quick.len(), 10);
        for characteristic in Characteristic::ALL {
            let keyings: Vec<_> = quick
                .iter()
                .filter(|s| s.characteristic == characteristic)
                .map(|s| s.keying)
                .collect();
            assert_eq!(keyings.len(), 2, "{characteristic:?}");
            assert!(keyings.contains(&Direct) && keyings.contains(&Reversed));
        }
    }

    #[test]
    fn full_check_asks_every_statement_once() {
        let full = statements_for(TakeLength::Full);
        assert_eq!(full.len(), STATEMENTS.len());
        let ids: HashSet<_> = full.iter().map(|s| s.id).collect();
        assert_eq!(ids.len(), STATEMENTS.len(), "ids must be unique");
    }

    #[rstest]
    #[case(TakeLength::Quick)]
    #[case(TakeLength::Full)]
    fn characteristics_take_turns(#[case] length: TakeLength) {
        let order = statements_for(length);
        for pair in order.windows(2) {
            assert_ne!(pair[0].characteristic, pair[1].characteristic);
        }
        assert_eq!(order[0].characteristic, Trust);
        assert_eq!(order[4].characteristic, Acceptance);
    }

    #[rstest]
    #[case(TakeLength::Quick)]
    #[case(TakeLength::Full)]
    fn reverse_worded_statements_never_come_more_than_once_in_a_row(#[case] length: TakeLength) {
        let order = statements_for(length);
        for pair in order.windows(2) {
            assert!(
                !(pair[0].keying == Reversed && pair[1].keying == Reversed),
                "{} then {}",
                pair[0].id,
                pair[1].id
            );
        }
    }

    #[test]
    fn the_quick_check_alternates_direct_and_reverse_worded() {
        let ids: Vec<_> = statements_for(TakeLength::Quick)
            .iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(
            ids,
            [
                "trust-1",
                "vulnerability-2",
                "empathy-1",
                "communication-2",
                "acceptance-1",
                "trust-2",
                "vulnerability-1",
                "empathy-2",
                "communication-1",
                "acceptance-2",
            ]
        );
    }

    #[test]
    fn statements_are_found_by_id() {
        assert_eq!(
            statement_by_id("empathy-4").map(|s| s.characteristic),
            Some(Empathy)
        );
        assert!(statement_by_id("empathy-99").is_none());
    }
}
