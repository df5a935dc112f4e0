use super::{Characteristic, RelationshipContext, Results};

/// One of the five nurturing practices, with small things to try.
#[derive(Debug, PartialEq, Eq)]
pub struct Practice {
    /// Stable identifier.
    pub id: &'static str,
    pub name: &'static str,
    pub summary: &'static str,
    /// The characteristics this practice builds most directly.
    pub builds: [Characteristic; 2],
    tries: [&'static str; 3],
}

impl Practice {
    /// Concrete things to try this week, worded for the relationship.
    pub fn tries(&self, context: RelationshipContext) -> Vec<String> {
        self.tries.iter().map(|t| context.fill_for_you(t)).collect()
    }
}

use Characteristic::*;

/// The five practices, in their canonical order. Each characteristic is
/// built by exactly two of them.
pub static PRACTICES: [Practice; 5] = [
    Practice {
        id: "safe-space",
        name: "Create a safe space",
        summary: "Make it easy to share without fear of being judged.",
        builds: [Trust, Acceptance],
        tries: [
            "When {who} tells you something personal, thank them for sharing before you say anything else.",
            "Pick one calm, private moment this week to ask {who} how they are really doing.",
            "If you feel the urge to judge or correct, pause and ask one more question instead.",
        ],
    },
    Practice {
        id: "active-listening",
        name: "Practise active listening",
        summary: "Give your full attention when the other person speaks.",
        builds: [Empathy, Communication],
        tries: [
            "Put your phone out of sight for one conversation with {who} and notice what changes.",
            "Before you reply, say back in your own words what you heard, and ask if you got it right.",
            "Ask one open question, such as “What was that like for you?”, and let the answer take its time.",
        ],
    },
    Practice {
        id: "share-vulnerably",
        name: "Share vulnerably",
        summary: "Open up about your own feelings and experiences, a little at a time.",
        builds: [Vulnerability, Communication],
        tries: [
            "Tell {who} about one thing that worried or moved you this week.",
            "Start a sentence with “I feel…” and name the feeling, without needing to explain or fix it.",
            "Ask {who} for help with something small.",
        ],
    },
    Practice {
        id: "show-empathy",
        name: "Show empathy",
        summary: "Try to understand the other person's feelings and offer support, most of all when things are hard.",
        builds: [Empathy, Acceptance],
        tries: [
            "When {who} is having a hard time, name what you notice (“That sounds tiring”) before giving advice.",
            "Ask {who} whether they would like ideas or just someone to listen.",
            "Send {who} a short, kind message on a day you know is hard for them.",
        ],
    },
    Practice {
        id: "respect-boundaries",
        name: "Respect boundaries",
        summary: "Let each person share at their own pace, and take a no kindly.",
        builds: [Trust, Vulnerability],
        tries: [
            "Ask {who} whether now is a good time before starting a serious talk.",
            "If {who} is not ready to talk about something, tell them that is okay, and mean it.",
            "Name one boundary of your own, kindly and clearly.",
        ],
    },
];

/// All five practices, the ones that build the person's lowest-scoring
/// characteristics first.
///
/// A practice is ranked by the lower of the two scores it builds, then by
/// their sum, then by canonical order, so the order is stable and the first
/// practice always addresses a growth area.
pub fn recommend(results: &Results) -> Vec<&'static Practice> {
    let rank = |p: &Practice| {
        let [a, b] = p.builds.map(|c| results.score_of(c));
        (a.min(b), u16::from(a) + u16::from(b))
    };
    // Insertion sort: stable, and for five items it avoids shipping the
    // standard library's general sort in the WebAssembly.
    let mut ranked: Vec<&Practice> = Vec::with_capacity(PRACTICES.len());
    for practice in &PRACTICES {
        let at = ranked
            .iter()
            .position(|other| rank(other) > rank(practice))
            .unwrap_or(ranked.len());
        ranked.insert(at, practice);
    }
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{score_take, statements_for, Agreement, Keying, TakeLength};
    use rstest::rstest;

    fn results_with(points: [u8; 5]) -> Results {
        let answers = statements_for(TakeLength::Full)
            .into_iter()
            .map(|s| {
                let p = points[s.characteristic.index()];
                let value = match s.keying {
                    Keying::Direct => p + 1,
                    Keying::Reversed => 5 - p,
                };
                (s, Agreement::from_value(value).expect("1..=5"))
            })
            .collect();
        score_take(&answers).expect("complete")
    }

    #[test]
    fn each_characteristic_is_built_by_two_practices() {
        for c in Characteristic::ALL {
            let count = PRACTICES.iter().filter(|p| p.builds.contains(&c)).count();
            assert_eq!(count, 2, "{c:?}");
        }
    }

    #[test]
    fn every_practice_has_two_or_three_things_to_try_in_context() {
        for p in &PRACTICES {
            let tries = p.tries(RelationshipContext::Family);
            assert!((2..=3).contains(&tries.len()));
            assert!(tries.iter().all(|t| !t.contains('{')));
        }
    }

    #[rstest]
    // Trust, Vulnerability, Empathy, Communication, Acceptance
    // Empathy lowest: the two practices building it come first; listening
    // (with Communication at 3) before empathy (with Acceptance at 4).
    #[case([4, 4, 0, 3, 4], ["active-listening", "show-empathy", "share-vulnerably", "safe-space", "respect-boundaries"])]
    // Trust lowest, then Vulnerability.
    #[case([0, 1, 4, 4, 4], ["respect-boundaries", "safe-space", "share-vulnerably", "active-listening", "show-empathy"])]
    // Acceptance lowest, tie between safe-space and show-empathy on the
    // minimum; the sum decides (Trust 2 < Empathy 3).
    #[case([2, 4, 3, 4, 0], ["safe-space", "show-empathy", "respect-boundaries", "active-listening", "share-vulnerably"])]
    // All equal: canonical order.
    #[case([2, 2, 2, 2, 2], ["safe-space", "active-listening", "share-vulnerably", "show-empathy", "respect-boundaries"])]
    fn recommendations_start_with_the_growth_areas(
        #[case] points: [u8; 5],
        #[case] expected: [&str; 5],
    ) {
        let order: Vec<_> = recommend(&results_with(points))
            .iter()
            .map(|p| p.id)
            .collect();
        assert_eq!(order, expected);
    }

    #[test]
    fn the_first_recommendation_builds_a_growth_area() {
        for points in [
            [0, 4, 4, 4, 4],
            [4, 0, 4, 4, 4],
            [4, 4, 4, 0, 4],
            [1, 3, 2, 4, 0],
        ] {
            let results = results_with(points);
            let first = recommend(&results)[0];
            assert!(first.builds.iter().any(|c| results.growth.contains(c)));
        }
    }
}
