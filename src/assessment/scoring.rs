use super::{Agreement, Answers, Characteristic, Keying, Statement};

/// A descriptive band for a 0-100 score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Band {
    /// 0-39
    RoomToGrow,
    /// 40-59
    Mixed,
    /// 60-79
    Steady,
    /// 80-100
    Strong,
}

impl Band {
    /// Position from the lowest band (room to grow) to the highest.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn for_score(score: u8) -> Band {
        match score {
            0..=39 => Band::RoomToGrow,
            40..=59 => Band::Mixed,
            60..=79 => Band::Steady,
            _ => Band::Strong,
        }
    }
}

/// One characteristic's result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CharacteristicScore {
    pub characteristic: Characteristic,
    /// 0 (none of it in the answers) to 100 (all of it).
    pub score: u8,
    pub band: Band,
}

/// Both statements of an opposite-keyed pair got the same kind of answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConsistencyNote {
    pub characteristic: Characteristic,
    /// True when the person agreed with both, false when they disagreed with both.
    pub agreed_with_both: bool,
    pub direct: &'static Statement,
    pub reversed: &'static Statement,
}

/// Everything the results screen shows, computed from answers alone.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// One entry per characteristic, in [`Characteristic::ALL`] order.
    pub scores: [CharacteristicScore; 5],
    /// The mean of the five scores, so each characteristic counts the same.
    pub overall: u8,
    /// The characteristics sharing the highest score; empty when all five
    /// scores are equal, because then nothing stands out.
    pub strongest: Vec<Characteristic>,
    /// The characteristics sharing the lowest score; empty when all equal.
    pub growth: Vec<Characteristic>,
    pub consistency: Vec<ConsistencyNote>,
}

impl Results {
    pub fn score_of(&self, characteristic: Characteristic) -> u8 {
        self.scores[characteristic.index()].score
    }
}

/// What one answer contributes: 0 to 4 points towards its characteristic,
/// with reverse keying applied.
pub fn keyed_points(keying: Keying, answer: Agreement) -> u32 {
    let value = u32::from(answer.value());
    match keying {
        Keying::Direct => value - 1,
        Keying::Reversed => 5 - value,
    }
}

/// The characteristics sharing the highest score and those sharing the
/// lowest; both empty when all five are equal, as then none stands out.
/// One rule for a take's results and for scores alone (a partner's code).
pub(crate) fn strongest_and_growth(
    scores: &[CharacteristicScore; 5],
) -> (Vec<Characteristic>, Vec<Characteristic>) {
    let highest = scores.iter().map(|s| s.score).max().unwrap_or(0);
    let lowest = scores.iter().map(|s| s.score).min().unwrap_or(0);
    if highest == lowest {
        return (Vec::new(), Vec::new());
    }
    let with = |score: u8| -> Vec<Characteristic> {
        scores
            .iter()
            .filter(|s| s.score == score)
            .map(|s| s.characteristic)
            .collect()
    };
    (with(highest), with(lowest))
}

/// Scores a set of answers. `None` until every characteristic has at least
/// one answer, since a chart with a hole in it would mislead.
pub fn score_take(answers: &Answers) -> Option<Results> {
    let mut points = [0u32; 5];
    let mut counts = [0u32; 5];
    for (statement, answer) in answers.iter() {
        let i = statement.characteristic.index();
        points[i] += keyed_points(statement.keying, answer);
        counts[i] += 1;
    }
    if counts.contains(&0) {
        return None;
    }
    let scores = Characteristic::ALL.map(|characteristic| {
        let i = characteristic.index();
        let max = counts[i] * 4;
        // Integer rounding, half up: (100 * points / max) + 0.5.
        let score = ((200 * points[i] + max) / (2 * max)) as u8;
        CharacteristicScore {
            characteristic,
            score,
            band: Band::for_score(score),
        }
    });
    let total: u32 = scores.iter().map(|s| u32::from(s.score)).sum();
    let overall = ((total * 2 + 5) / 10) as u8;
    let (strongest, growth) = strongest_and_growth(&scores);
    Some(Results {
        scores,
        overall,
        strongest,
        growth,
        consistency: consistency_notes(answers),
    })
}

/// Finds characteristics where a direct and a reversed statement got the
/// same direction of answer; at most one note per characteristic.
fn consistency_notes(answers: &Answers) -> Vec<ConsistencyNote> {
    let answered: Vec<(&'static Statement, Agreement)> = answers.iter().collect();
    let mut notes = Vec::new();
    for characteristic in Characteristic::ALL {
        let of = |keying: Keying| {
            answered
                .iter()
                .filter(move |(s, _)| s.characteristic == characteristic && s.keying == keying)
        };
        'pairs: for (direct, a) in of(Keying::Direct) {
            for (reversed, b) in of(Keying::Reversed) {
                let both_agree = a.is_agreement() && b.is_agreement();
                let both_disagree = a.is_disagreement() && b.is_disagreement();
                if both_agree || both_disagree {
                    notes.push(ConsistencyNote {
                        characteristic,
                        agreed_with_both: both_agree,
                        direct,
                        reversed,
                    });
                    break 'pairs;
                }
            }
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{statements_for, TakeLength};
    use rstest::rstest;
    use Agreement::*;
    use Characteristic::*;

    /// Answers every statement of a length, choosing each answer with `pick`.
    fn answer_all(length: TakeLength, pick: impl Fn(&Statement) -> Agreement) -> Answers {
        statements_for(length)
            .into_iter()
            .map(|s| (s, pick(s)))
            .collect()
    }

    /// Answers so that every characteristic gets exactly `points` per
    /// statement (0-4), keying taken into account.
    fn answers_worth(length: TakeLength, points: impl Fn(Characteristic) -> u8) -> Answers {
        answer_all(length, |s| {
            let p = points(s.characteristic);
            let value = match s.keying {
                Keying::Direct => p + 1,
                Keying::Reversed => 5 - p,
            };
            Agreement::from_value(value).expect("1..=5")
        })
    }

    #[rstest]
    #[case(Keying::Direct, StronglyDisagree, 0)]
    #[case(Keying::Direct, Neutral, 2)]
    #[case(Keying::Direct, StronglyAgree, 4)]
    #[case(Keying::Reversed, StronglyDisagree, 4)]
    #[case(Keying::Reversed, Disagree, 3)]
    #[case(Keying::Reversed, Agree, 1)]
    #[case(Keying::Reversed, StronglyAgree, 0)]
    fn reverse_keying_turns_the_scale_around(
        #[case] keying: Keying,
        #[case] answer: Agreement,
        #[case] expected: u32,
    ) {
        assert_eq!(keyed_points(keying, answer), expected);
    }

    #[rstest]
    #[case(0, 0)]
    #[case(1, 25)]
    #[case(2, 50)]
    #[case(3, 75)]
    #[case(4, 100)]
    fn uniform_answers_give_the_expected_score(#[case] points: u8, #[case] expected: u8) {
        for length in TakeLength::ALL {
            let results = score_take(&answers_worth(length, |_| points)).expect("complete");
            for s in results.scores {
                assert_eq!(s.score, expected, "{length:?} {:?}", s.characteristic);
            }
            assert_eq!(results.overall, expected);
        }
    }

    #[test]
    fn agreeing_with_everything_is_not_a_perfect_score() {
        // Reverse-keyed statements are what make acquiescence visible.
        let results =
            score_take(&answer_all(TakeLength::Full, |_| StronglyAgree)).expect("complete");
        for s in results.scores {
            assert!(
                s.score < 100 && s.score > 0,
                "{:?}: {}",
                s.characteristic,
                s.score
            );
        }
    }

    #[test]
    fn full_check_scores_round_half_up() {
        // Trust in the full check: 5 statements, 20 points at most.
        // Strongly agree with trust-1 only (4 points), reversed items answered
        // "strongly agree" (0), others "strongly disagree" (0): 4/20 = 20.
        let answers = answer_all(TakeLength::Full, |s| match (s.id, s.keying) {
            ("trust-1", _) => StronglyAgree,
            (_, Keying::Reversed) => StronglyAgree,
            _ => StronglyDisagree,
        });
        let results = score_take(&answers).expect("complete");
        assert_eq!(results.score_of(Trust), 20);
        // Vulnerability: 3 direct answered strongly disagree, 2 reversed strongly agree: 0.
        assert_eq!(results.score_of(Vulnerability), 0);
        // Overall is the mean of the five: (20 + 0 + 0 + 0 + 0) / 5 = 4.
        assert_eq!(results.overall, 4);
    }

    #[test]
    fn quick_check_scores_two_statements_per_characteristic() {
        // 3 of 8 points = 37.5, rounds half up to 38.
        let answers = answer_all(TakeLength::Quick, |s| match s.keying {
            Keying::Direct => Agree,           // 3 points
            Keying::Reversed => StronglyAgree, // 0 points
        });
        let results = score_take(&answers).expect("complete");
        assert!(results.scores.iter().all(|s| s.score == 38));
    }

    #[rstest]
    #[case(0, Band::RoomToGrow)]
    #[case(39, Band::RoomToGrow)]
    #[case(40, Band::Mixed)]
    #[case(59, Band::Mixed)]
    #[case(60, Band::Steady)]
    #[case(79, Band::Steady)]
    #[case(80, Band::Strong)]
    #[case(100, Band::Strong)]
    fn bands_have_clear_edges(#[case] score: u8, #[case] expected: Band) {
        assert_eq!(Band::for_score(score), expected);
    }

    #[rstest]
    // One clear strongest and one clear growth area.
    #[case([4, 3, 2, 2, 1], vec![Trust], vec![Acceptance])]
    // Ties are all named.
    #[case([4, 4, 2, 1, 1], vec![Trust, Vulnerability], vec![Communication, Acceptance])]
    // All equal: nothing stands out, so neither list claims anything.
    #[case([2, 2, 2, 2, 2], vec![], vec![])]
    // Only one differs.
    #[case([3, 3, 3, 3, 0], vec![Trust, Vulnerability, Empathy, Communication], vec![Acceptance])]
    fn strongest_and_growth_areas_include_ties(
        #[case] points: [u8; 5],
        #[case] strongest: Vec<Characteristic>,
        #[case] growth: Vec<Characteristic>,
    ) {
        let results =
            score_take(&answers_worth(TakeLength::Full, |c| points[c.index()])).expect("complete");
        assert_eq!(results.strongest, strongest);
        assert_eq!(results.growth, growth);
    }

    #[rstest]
    // Agreeing with both the direct and the reversed statement contradicts.
    #[case(Agree, StronglyAgree, Some(true))]
    // Disagreeing with both contradicts too.
    #[case(StronglyDisagree, Disagree, Some(false))]
    // Opposite answers are consistent.
    #[case(StronglyAgree, StronglyDisagree, None)]
    #[case(Disagree, Agree, None)]
    // Neutral never counts as a contradiction.
    #[case(Neutral, Agree, None)]
    #[case(Disagree, Neutral, None)]
    fn consistency_note_appears_only_for_contradicting_answers(
        #[case] direct: Agreement,
        #[case] reversed: Agreement,
        #[case] expected_agreed_with_both: Option<bool>,
    ) {
        let answers = answer_all(TakeLength::Quick, |s| match (s.characteristic, s.keying) {
            (Empathy, Keying::Direct) => direct,
            (Empathy, Keying::Reversed) => reversed,
            (_, Keying::Direct) => Agree,
            (_, Keying::Reversed) => Disagree,
        });
        let notes = score_take(&answers).expect("complete").consistency;
        match expected_agreed_with_both {
            None => assert!(notes.is_empty(), "{notes:?}"),
            Some(agreed) => {
                assert_eq!(notes.len(), 1);
                assert_eq!(notes[0].characteristic, Empathy);
                assert_eq!(notes[0].agreed_with_both, agreed);
            }
        }
    }

    #[test]
    fn one_note_per_characteristic_even_with_several_contradictions() {
        let notes = score_take(&answer_all(TakeLength::Full, |_| Agree))
            .expect("complete")
            .consistency;
        let characteristics: Vec<_> = notes.iter().map(|n| n.characteristic).collect();
        assert_eq!(characteristics, Characteristic::ALL.to_vec());
    }

    #[test]
    fn incomplete_answers_give_no_results() {
        let mut answers = answer_all(TakeLength::Quick, |_| Agree);
        answers.retain(|s| !s.id.starts_with("acceptance"));
        assert!(score_take(&answers).is_none());
        assert!(score_take(&Answers::new()).is_none());
    }
}
