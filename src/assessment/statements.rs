use super::{Characteristic, RelationshipContext, TakeLength};

/// Whether agreeing with a statement means more or less of its characteristic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keying {
    /// Agreeing means more of the characteristic.
    Direct,
    /// Agreeing means less of the characteristic.
    Reversed,
}

/// One statement of the bank. The text is a template: `{who}` and `{Who}`
/// become "my partner", "my friend" or "this family member".
#[derive(Debug, PartialEq, Eq)]
pub struct Statement {
    /// Stable identifier used in the stored format. Never reuse or renumber:
    /// saved answers point at it.
    pub id: &'static str,
    pub characteristic: Characteristic,
    pub keying: Keying,
    /// Part of the quick check as well as the full one.
    pub in_quick_check: bool,
    template: &'static str,
}

impl Statement {
    /// The statement as shown for the chosen relationship.
    pub fn text(&self, context: RelationshipContext) -> String {
        context.fill(self.template)
    }
}

const fn statement(
    id: &'static str,
    characteristic: Characteristic,
    keying: Keying,
    in_quick_check: bool,
    template: &'static str,
) -> Statement {
    Statement {
        id,
        characteristic,
        keying,
        in_quick_check,
        template,
    }
}

use Characteristic::*;
use Keying::*;

/// The whole bank, five statements per characteristic, written for this
/// project (plain words, no blame, nothing diagnostic).
pub static STATEMENTS: &[Statement] = &[
    statement(
        "trust-1",
        Trust,
        Direct,
        true,
        "I feel safe telling {who} about things that really matter to me.",
    ),
    statement(
        "trust-2",
        Trust,
        Reversed,
        true,
        "I hold back some feelings because I worry about how {who} might react or use them.",
    ),
    statement(
        "trust-3",
        Trust,
        Direct,
        false,
        "When {who} says they will do something for me, I expect it to happen.",
    ),
    statement(
        "trust-4",
        Trust,
        Reversed,
        false,
        "I worry that what I share with {who} will be passed on to other people.",
    ),
    statement(
        "trust-5",
        Trust,
        Direct,
        false,
        "If I make a mistake, I believe {who} will still be on my side.",
    ),
    statement(
        "vulnerability-1",
        Vulnerability,
        Direct,
        true,
        "I let {who} see me when I am sad, scared or unsure.",
    ),
    statement(
        "vulnerability-2",
        Vulnerability,
        Reversed,
        true,
        "Around {who}, I act as if everything is fine, even when it is not.",
    ),
    statement(
        "vulnerability-3",
        Vulnerability,
        Direct,
        false,
        "I can ask {who} for help without feeling ashamed.",
    ),
    statement(
        "vulnerability-4",
        Vulnerability,
        Reversed,
        false,
        "I keep my hopes and dreams to myself instead of sharing them with {who}.",
    ),
    statement(
        "vulnerability-5",
        Vulnerability,
        Direct,
        false,
        "I can tell {who} when I got something wrong.",
    ),
    statement(
        "empathy-1",
        Empathy,
        Direct,
        true,
        "When {who} is upset, I try to understand how they feel before I respond.",
    ),
    statement(
        "empathy-2",
        Empathy,
        Reversed,
        true,
        "When {who} shares a problem, I tend to jump to fixing it or change the subject.",
    ),
    statement(
        "empathy-3",
        Empathy,
        Direct,
        false,
        "I can usually tell when something is bothering {who}, even if they do not say so.",
    ),
    statement(
        "empathy-4",
        Empathy,
        Direct,
        false,
        "{Who} makes me feel understood when I talk about my feelings.",
    ),
    statement(
        "empathy-5",
        Empathy,
        Reversed,
        false,
        "I find it hard to be patient when {who} feels something I do not feel.",
    ),
    statement(
        "communication-1",
        Communication,
        Direct,
        true,
        "I can bring up a hard topic with {who}, and we can talk it through.",
    ),
    statement(
        "communication-2",
        Communication,
        Reversed,
        true,
        "There are important things between {who} and me that we never talk about.",
    ),
    statement(
        "communication-3",
        Communication,
        Direct,
        false,
        "When {who} and I disagree, we can each say our side calmly.",
    ),
    statement(
        "communication-4",
        Communication,
        Reversed,
        false,
        "After talking with {who}, I often feel that I was not really heard.",
    ),
    statement(
        "communication-5",
        Communication,
        Direct,
        false,
        "I tell {who} what I need instead of hoping they will guess.",
    ),
    statement(
        "acceptance-1",
        Acceptance,
        Direct,
        true,
        "I can be fully myself around {who}.",
    ),
    statement(
        "acceptance-2",
        Acceptance,
        Reversed,
        true,
        "I feel I have to hide or change parts of myself to be accepted by {who}.",
    ),
    statement(
        "acceptance-3",
        Acceptance,
        Direct,
        false,
        "I accept {who} as they are, even the parts I would not choose.",
    ),
    statement(
        "acceptance-4",
        Acceptance,
        Reversed,
        false,
        "I worry that {who} would think less of me if they knew my flaws.",
    ),
    statement(
        "acceptance-5",
        Acceptance,
        Direct,
        false,
        "When {who} makes a choice I would not make, I can still respect it.",
    ),
];

/// The statements of a take, in the order they are asked.
///
/// Characteristics take turns (one statement of each, then the next round)
/// so a person never meets five statements about the same thing in a row,
/// which makes answers less of a pattern and more of a reflection.
pub fn statements_for(length: TakeLength) -> Vec<&'static Statement> {
    let chosen: Vec<&Statement> = STATEMENTS
        .iter()
        .filter(|s| length == TakeLength::Full || s.in_quick_check)
        .collect();
    let mut ordered = Vec::with_capacity(chosen.len());
    for round in 0.. {
        let before = ordered.len();
        for characteristic in Characteristic::ALL {
            if let Some(s) = chosen
                .iter()
                .filter(|s| s.characteristic == characteristic)
                .nth(round)
            {
                ordered.push(*s);
            }
        }
        if ordered.len() == before {
            break;
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
            assert!(own.len() >= 5, "{characteristic} has {}", own.len());
            let reversed = own.iter().filter(|s| s.keying == Reversed).count();
            assert!(reversed >= 2, "{characteristic} has {reversed} reversed");
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
            assert_eq!(keyings.len(), 2, "{characteristic}");
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
    #[case(RelationshipContext::Romantic, "my partner")]
    #[case(RelationshipContext::Friend, "my friend")]
    #[case(RelationshipContext::Family, "this family member")]
    fn every_statement_names_the_other_person_in_the_chosen_context(
        #[case] context: RelationshipContext,
        #[case] who: &str,
    ) {
        for s in STATEMENTS {
            let text = s.text(context);
            assert!(!text.contains('{'), "unfilled placeholder in {}", s.id);
            assert!(text.to_lowercase().contains(who), "{} lacks {who}", s.id);
        }
    }

    /// A rough Flesch-Kincaid grade: words per sentence and syllables per
    /// word. Short statements should stay around grade 8 or below.
    #[test]
    fn statements_are_written_in_plain_words() {
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
        let (mut words, mut syllable_total, sentences) = (0.0, 0.0, STATEMENTS.len() as f64);
        for s in STATEMENTS {
            for word in s.text(RelationshipContext::Friend).split_whitespace() {
                words += 1.0;
                syllable_total += syllables(word.trim_matches(|c: char| !c.is_alphabetic()));
            }
        }
        let grade = 0.39 * (words / sentences) + 11.8 * (syllable_total / words) - 15.59;
        assert!(grade <= 8.0, "reading grade {grade:.1}");
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
