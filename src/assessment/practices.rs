use super::{Characteristic, Results};

/// One of the five nurturing practices. Its name, summary and things to
/// try are in the catalogue (`crate::i18n`), in [`PRACTICES`] order.
#[derive(Debug, PartialEq, Eq)]
pub struct Practice {
    /// Stable identifier.
    pub id: &'static str,
    /// The characteristics this practice builds most directly.
    pub builds: [Characteristic; 2],
}

use Characteristic::*;

/// The five practices, in their canonical order. Each characteristic is
/// built by exactly two of them.
pub static PRACTICES: [Practice; 5] = [
    Practice {
        id: "safe-space",
        builds: [Trust, Acceptance],
    },
    Practice {
        id: "active-listening",
        builds: [Empathy, Communication],
    },
    Practice {
        id: "share-vulnerably",
        builds: [Vulnerability, Communication],
    },
    Practice {
        id: "show-empathy",
        builds: [Empathy, Acceptance],
    },
    Practice {
        id: "respect-boundaries",
        builds: [Trust, Vulnerability],
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
