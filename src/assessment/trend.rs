//! Check-ins over time and side by side: the points of a trend chart, the
//! change since the last check-in, a comparison of two sets of scores
//! (mine and my partner's, or two of mine), the practices that came into
//! or went out of focus, and when to suggest checking in again.
//!
//! Plain maths on scores: the words for all of it are in the catalogue.

use std::collections::BinaryHeap;

use super::scoring::strongest_and_growth;

use super::{
    recommend, Band, Characteristic, CharacteristicScore, CompletedTake, Practice,
    RelationshipContext, Results, SharedScores, DAY_MS, PRACTICES,
};

/// A gap of at least this many points between two scores for the same
/// characteristic means it is seen differently; a smaller one, alike.
/// Fifteen is more than one answer a step apart in the quick check (12.5
/// points) or two in the full check (10), so a single answer chosen a
/// little differently never counts as seeing it differently.
pub const SEEN_DIFFERENTLY_GAP: u16 = 15;

/// Offer a new check-in once more than this many whole days have passed
/// since the last one about the same person: four weeks, long enough for
/// practices to have made a difference.
pub const NUDGE_AFTER_DAYS: u64 = 28;

/// One check-in's scores, from the person's own history or a partner's
/// code, as the maths here needs them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckInScores {
    /// Whom it was about. Kindred keeps no names, so "the same person"
    /// means the same relationship context.
    pub context: RelationshipContext,
    /// When it was finished, in milliseconds since the Unix epoch.
    pub at_ms: u64,
    /// In [`Characteristic::ALL`] order, each 0-100.
    pub scores: [u8; 5],
    pub overall: u8,
}

impl CheckInScores {
    pub fn from_take(take: &CompletedTake) -> CheckInScores {
        CheckInScores {
            context: take.context,
            at_ms: take.finished_at_ms,
            scores: take.results.scores.map(|s| s.score),
            overall: take.results.overall,
        }
    }

    /// A partner's shared scores, placed at noon (UTC) of their day, since
    /// a code carries the day only.
    pub fn from_shared(shared: &SharedScores) -> CheckInScores {
        CheckInScores {
            context: shared.context(),
            at_ms: shared.day().to_timestamp_ms(),
            scores: shared.scores(),
            overall: shared.overall(),
        }
    }

    pub fn score_of(&self, characteristic: Characteristic) -> u8 {
        self.scores[characteristic.index()]
    }
}

/// One score at one time: a point on a trend line, or a cell of its table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrendPoint {
    pub at_ms: u64,
    pub score: u8,
}

/// The check-ins about one person, oldest first, as one line per
/// characteristic and one for overall. All lines have the same times, so
/// row `n` of a data table is point `n` of every line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Series {
    /// In [`Characteristic::ALL`] order.
    pub characteristics: [Vec<TrendPoint>; 5],
    pub overall: Vec<TrendPoint>,
}

impl Series {
    pub fn line(&self, characteristic: Characteristic) -> &[TrendPoint] {
        &self.characteristics[characteristic.index()]
    }

    /// How many check-ins the series holds.
    pub fn len(&self) -> usize {
        self.overall.len()
    }

    pub fn is_empty(&self) -> bool {
        self.overall.is_empty()
    }
}

/// The trend of the check-ins about `context`, oldest first, whatever
/// order they come in (check-ins finished at the same moment keep theirs).
pub fn series(check_ins: &[CheckInScores], context: RelationshipContext) -> Series {
    let mut series = Series::default();
    for check_in in oldest_first(check_ins, context) {
        let at_ms = check_in.at_ms;
        for (line, &score) in series.characteristics.iter_mut().zip(&check_in.scores) {
            line.push(TrendPoint { at_ms, score });
        }
        series.overall.push(TrendPoint {
            at_ms,
            score: check_in.overall,
        });
    }
    series
}

/// The check-ins about `context`, ordered by time and then by position.
fn oldest_first(check_ins: &[CheckInScores], context: RelationshipContext) -> Vec<&CheckInScores> {
    // A heap sort on (time, position): stable in effect, O(n log n), and it
    // reuses the heap the store already ships instead of the standard
    // library's general sort.
    let keys: Vec<(u64, usize)> = check_ins
        .iter()
        .enumerate()
        .filter(|(_, c)| c.context == context)
        .map(|(position, c)| (c.at_ms, position))
        .collect();
    BinaryHeap::from(keys)
        .into_sorted_vec()
        .into_iter()
        .filter_map(|(_, position)| check_ins.get(position))
        .collect()
}

/// The most recent check-in about `context`, if any.
pub fn latest_about(
    check_ins: &[CheckInScores],
    context: RelationshipContext,
) -> Option<&CheckInScores> {
    // `max_by_key` keeps the last of equals: the one stored later.
    check_ins
        .iter()
        .filter(|c| c.context == context)
        .max_by_key(|c| c.at_ms)
}

/// How the scores moved since the previous check-in about the same person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    /// When the previous check-in was finished.
    pub previous_at_ms: u64,
    /// Current minus previous, in [`Characteristic::ALL`] order: positive
    /// means higher now.
    pub deltas: [i16; 5],
    /// Current overall minus previous overall.
    pub overall: i16,
}

impl Change {
    pub fn delta_of(&self, characteristic: Characteristic) -> i16 {
        self.deltas[characteristic.index()]
    }
}

/// The change from the latest check-in in `check_ins` about the same
/// context finished strictly before `current`; `None` when there is none
/// (a first check-in). `check_ins` may include `current` itself.
pub fn change_since_previous(
    check_ins: &[CheckInScores],
    current: &CheckInScores,
) -> Option<Change> {
    let previous = check_ins
        .iter()
        .filter(|c| c.context == current.context && c.at_ms < current.at_ms)
        .max_by_key(|c| c.at_ms)?;
    Some(Change {
        previous_at_ms: previous.at_ms,
        deltas: difference(&previous.scores, &current.scores),
        overall: signed(current.overall) - signed(previous.overall),
    })
}

/// Whether two people (or two check-ins) see a characteristic alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seen {
    /// Less than [`SEEN_DIFFERENTLY_GAP`] points apart.
    Alike,
    /// [`SEEN_DIFFERENTLY_GAP`] points apart or more.
    Differently,
}

/// One characteristic in a comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gap {
    pub characteristic: Characteristic,
    /// Second score minus first.
    pub delta: i16,
    pub seen: Seen,
}

impl Gap {
    /// How far apart the two scores are, whichever is higher.
    pub fn size(&self) -> u16 {
        self.delta.unsigned_abs()
    }
}

/// Two sets of scores side by side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// In [`Characteristic::ALL`] order.
    pub gaps: [Gap; 5],
    /// Second overall minus first.
    pub overall_delta: i16,
    /// All five characteristics, biggest gap first; equal gaps in
    /// [`Characteristic::ALL`] order.
    pub biggest_gaps: [Characteristic; 5],
    /// Practices to start a conversation with: those that build a
    /// characteristic seen differently, the one building the biggest gap
    /// first (then the larger total gap of the two it builds, then
    /// [`PRACTICES`] order). Empty when everything is seen alike.
    pub conversation_starters: Vec<&'static Practice>,
}

impl Comparison {
    pub fn gap_of(&self, characteristic: Characteristic) -> Gap {
        self.gaps[characteristic.index()]
    }
}

/// Compares `second` with `first` (for example a partner's scores with
/// mine, or a check-in with an earlier one): every delta is second minus
/// first.
pub fn compare(first: &CheckInScores, second: &CheckInScores) -> Comparison {
    let deltas = difference(&first.scores, &second.scores);
    let gaps = Characteristic::ALL.map(|characteristic| {
        let delta = deltas[characteristic.index()];
        let seen = if delta.unsigned_abs() >= SEEN_DIFFERENTLY_GAP {
            Seen::Differently
        } else {
            Seen::Alike
        };
        Gap {
            characteristic,
            delta,
            seen,
        }
    });
    let size = |c: Characteristic| gaps[c.index()].size();

    // Insertion sorts, stable, as in `recommend`: for five items they keep
    // the standard library's general sort out of the WebAssembly.
    let mut biggest_gaps = Characteristic::ALL;
    for end in 1..biggest_gaps.len() {
        let mut at = end;
        while at > 0 && size(biggest_gaps[at - 1]) < size(biggest_gaps[at]) {
            biggest_gaps.swap(at - 1, at);
            at -= 1;
        }
    }

    let rank = |p: &Practice| {
        let [a, b] = p.builds.map(size);
        (a.max(b), a + b)
    };
    let mut conversation_starters: Vec<&'static Practice> = Vec::new();
    for practice in PRACTICES
        .iter()
        .filter(|p| rank(p).0 >= SEEN_DIFFERENTLY_GAP)
    {
        let at = conversation_starters
            .iter()
            .position(|other| rank(other) < rank(practice))
            .unwrap_or(conversation_starters.len());
        conversation_starters.insert(at, practice);
    }

    Comparison {
        gaps,
        overall_delta: signed(second.overall) - signed(first.overall),
        biggest_gaps,
        conversation_starters,
    }
}

/// Practices that came into or went out of focus between two check-ins.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PracticeMoves {
    /// In focus later but not earlier, in the later check-in's order.
    pub into_focus: Vec<&'static Practice>,
    /// In focus earlier but not later, in the earlier check-in's order.
    pub out_of_focus: Vec<&'static Practice>,
}

/// The practices in focus for a set of scores: the ones that build a
/// growth area (a characteristic sharing the lowest score), in the order
/// [`recommend`] gives them, which puts exactly these first. The results
/// screen shows all five practices "starting with the ones that build your
/// growth areas"; these are those. None when all five scores are equal,
/// as then no characteristic stands out as a growth area.
pub fn focus_practices(check_in: &CheckInScores) -> Vec<&'static Practice> {
    let results = results_from_scores(check_in);
    recommend(&results)
        .into_iter()
        .filter(|p| p.builds.iter().any(|c| results.growth.contains(c)))
        .collect()
}

/// Which practices moved into or out of focus from `earlier` to `later`.
pub fn practices_moved(earlier: &CheckInScores, later: &CheckInScores) -> PracticeMoves {
    let before = focus_practices(earlier);
    let after = focus_practices(later);
    let missing_from = |list: &[&'static Practice], p: &&'static Practice| {
        !list.iter().any(|other| other.id == p.id)
    };
    PracticeMoves {
        into_focus: after
            .iter()
            .copied()
            .filter(|p| missing_from(&before, p))
            .collect(),
        out_of_focus: before
            .iter()
            .copied()
            .filter(|p| missing_from(&after, p))
            .collect(),
    }
}

/// Results as [`recommend`] reads them, rebuilt from scores alone (a
/// partner's code has no answers). The growth areas follow `score_take`'s
/// rule; consistency notes need answers, so there are none, and
/// `recommend` does not read them.
fn results_from_scores(check_in: &CheckInScores) -> Results {
    let scores = Characteristic::ALL.map(|characteristic| {
        let score = check_in.score_of(characteristic);
        CharacteristicScore {
            characteristic,
            score,
            band: Band::for_score(score),
        }
    });
    let (strongest, growth) = strongest_and_growth(&scores);
    Results {
        scores,
        overall: check_in.overall,
        strongest,
        growth,
        consistency: Vec::new(),
    }
}

/// Whole days from `then_ms` to `now_ms`, or `None` when `then_ms` is in
/// the future (a clock set back, or a check-in made on another device).
pub fn days_since(then_ms: u64, now_ms: u64) -> Option<u64> {
    now_ms.checked_sub(then_ms).map(|elapsed| elapsed / DAY_MS)
}

/// Whether to suggest a new check-in about someone last checked in on at
/// `last_at_ms`: when more than [`NUDGE_AFTER_DAYS`] whole days have
/// passed. Never for a check-in dated in the future, since the clock
/// cannot be trusted then and a nudge would nag.
pub fn should_offer_check_in(last_at_ms: u64, now_ms: u64) -> bool {
    days_since(last_at_ms, now_ms).is_some_and(|days| days > NUDGE_AFTER_DAYS)
}

/// `to - from` for each characteristic.
fn difference(from: &[u8; 5], to: &[u8; 5]) -> [i16; 5] {
    let mut deltas = [0i16; 5];
    for ((delta, &a), &b) in deltas.iter_mut().zip(from).zip(to) {
        *delta = signed(b) - signed(a);
    }
    deltas
}

fn signed(score: u8) -> i16 {
    i16::from(score)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{CheckInDay, TakeLength};
    use rstest::rstest;
    use Characteristic::*;
    use RelationshipContext::*;

    const START: u64 = 1_750_000_000_000;

    fn check_in(context: RelationshipContext, day: u64, scores: [u8; 5]) -> CheckInScores {
        let total: u32 = scores.iter().map(|&s| u32::from(s)).sum();
        CheckInScores {
            context,
            at_ms: START + day * DAY_MS,
            scores,
            overall: ((total * 2 + 5) / 10) as u8,
        }
    }

    fn ids(practices: &[&Practice]) -> Vec<&'static str> {
        practices.iter().map(|p| p.id).collect()
    }

    // Series

    #[test]
    fn no_check_ins_make_an_empty_series() {
        let series = series(&[], Friend);
        assert!(series.is_empty());
        assert_eq!(series.len(), 0);
        assert!(Characteristic::ALL
            .iter()
            .all(|&c| series.line(c).is_empty()));
    }

    #[test]
    fn one_check_in_is_one_point_on_every_line() {
        let only = check_in(Friend, 0, [10, 20, 30, 40, 50]);
        let series = series(&[only], Friend);
        assert_eq!(series.len(), 1);
        assert_eq!(
            series.line(Empathy),
            [TrendPoint {
                at_ms: only.at_ms,
                score: 30
            }]
        );
        assert_eq!(series.overall[0].score, 30);
    }

    #[test]
    fn the_series_is_oldest_first_and_about_one_person() {
        let check_ins = [
            check_in(Friend, 20, [60; 5]),
            check_in(Family, 5, [99; 5]),
            check_in(Friend, 0, [40; 5]),
            check_in(Friend, 10, [50; 5]),
        ];
        let series = series(&check_ins, Friend);
        let trust: Vec<_> = series.line(Trust).iter().map(|p| p.score).collect();
        assert_eq!(trust, [40, 50, 60]);
        let times: Vec<_> = series.overall.iter().map(|p| p.at_ms).collect();
        assert_eq!(times, [START, START + 10 * DAY_MS, START + 20 * DAY_MS]);
        for c in Characteristic::ALL {
            let line_times: Vec<_> = series.line(c).iter().map(|p| p.at_ms).collect();
            assert_eq!(line_times, times, "{c:?}");
        }
    }

    #[test]
    fn check_ins_at_the_same_moment_keep_their_order() {
        let check_ins = [
            check_in(Romantic, 3, [1; 5]),
            check_in(Romantic, 3, [2; 5]),
            check_in(Romantic, 1, [0; 5]),
            check_in(Romantic, 3, [3; 5]),
        ];
        let scores: Vec<_> = series(&check_ins, Romantic)
            .line(Acceptance)
            .iter()
            .map(|p| p.score)
            .collect();
        assert_eq!(scores, [0, 1, 2, 3]);
    }

    #[test]
    fn a_finished_take_and_a_shared_code_become_check_ins() {
        let shared = SharedScores::new(
            Family,
            TakeLength::Quick,
            CheckInDay(10),
            [10, 20, 30, 40, 51],
        )
        .unwrap();
        let from_shared = CheckInScores::from_shared(&shared);
        assert_eq!(from_shared.context, Family);
        assert_eq!(from_shared.at_ms, CheckInDay(10).to_timestamp_ms());
        assert_eq!(from_shared.scores, [10, 20, 30, 40, 51]);
        assert_eq!(from_shared.overall, 30);

        let mut take = crate::assessment::Take::new(
            crate::assessment::TakeId(7),
            Friend,
            TakeLength::Quick,
            START,
        );
        while take.go_next() != crate::assessment::Step::ReadyToFinish {
            take.answer_current(crate::assessment::Agreement::Agree);
        }
        let finished = take.finish(START + 60_000).unwrap();
        let from_take = CheckInScores::from_take(&finished);
        assert_eq!(from_take.at_ms, START + 60_000);
        assert_eq!(from_take.context, Friend);
        assert_eq!(from_take.overall, finished.results.overall);
        assert_eq!(from_take.score_of(Trust), finished.results.score_of(Trust));
    }

    // Change since the previous check-in

    #[test]
    fn a_first_check_in_has_no_change() {
        let first = check_in(Friend, 0, [50; 5]);
        assert_eq!(change_since_previous(&[], &first), None);
        assert_eq!(change_since_previous(&[first], &first), None);
    }

    #[test]
    fn change_is_from_the_latest_earlier_check_in_about_the_same_person() {
        let current = check_in(Friend, 30, [70, 40, 50, 50, 90]);
        let check_ins = [
            check_in(Friend, 0, [0; 5]),
            check_in(Friend, 20, [60, 50, 50, 45, 100]),
            check_in(Family, 25, [10; 5]), // someone else
            current,
            check_in(Friend, 40, [100; 5]), // later
        ];
        let change = change_since_previous(&check_ins, &current).unwrap();
        assert_eq!(change.previous_at_ms, START + 20 * DAY_MS);
        assert_eq!(change.deltas, [10, -10, 0, 5, -10]);
        assert_eq!(change.delta_of(Vulnerability), -10);
        // Overall 60 now, 61 before.
        assert_eq!(change.overall, -1);
    }

    #[test]
    fn change_covers_the_whole_range_both_ways() {
        let low = check_in(Romantic, 0, [0; 5]);
        let high = check_in(Romantic, 1, [100; 5]);
        let up = change_since_previous(&[low], &high).unwrap();
        assert_eq!(up.deltas, [100; 5]);
        assert_eq!(up.overall, 100);
        let down_again = check_in(Romantic, 2, [0; 5]);
        let down = change_since_previous(&[low, high], &down_again).unwrap();
        assert_eq!(down.deltas, [-100; 5]);
        assert_eq!(down.overall, -100);
    }

    #[test]
    fn latest_about_a_person_ignores_others() {
        let check_ins = [
            check_in(Friend, 3, [1; 5]),
            check_in(Family, 9, [2; 5]),
            check_in(Friend, 5, [3; 5]),
            check_in(Friend, 1, [4; 5]),
        ];
        assert_eq!(latest_about(&check_ins, Friend), Some(&check_ins[2]));
        assert_eq!(latest_about(&check_ins, Romantic), None);
        assert_eq!(latest_about(&[], Friend), None);
    }

    // Comparing two sets of scores

    #[rstest]
    #[case(50, 50, Seen::Alike)]
    #[case(50, 64, Seen::Alike)]
    #[case(64, 50, Seen::Alike)]
    #[case(50, 65, Seen::Differently)]
    #[case(65, 50, Seen::Differently)]
    #[case(0, 100, Seen::Differently)]
    fn fifteen_points_apart_is_seen_differently(
        #[case] mine: u8,
        #[case] theirs: u8,
        #[case] seen: Seen,
    ) {
        let comparison = compare(
            &check_in(Friend, 0, [mine; 5]),
            &check_in(Friend, 0, [theirs; 5]),
        );
        for gap in comparison.gaps {
            assert_eq!(gap.seen, seen);
            assert_eq!(gap.delta, i16::from(theirs) - i16::from(mine));
        }
    }

    #[test]
    fn deltas_are_second_minus_first() {
        let mine = check_in(Romantic, 0, [80, 40, 60, 50, 70]);
        let theirs = check_in(Romantic, 1, [60, 70, 60, 45, 72]);
        let comparison = compare(&mine, &theirs);
        let deltas: Vec<_> = comparison.gaps.iter().map(|g| g.delta).collect();
        assert_eq!(deltas, [-20, 30, 0, -5, 2]);
        assert_eq!(comparison.gap_of(Trust).size(), 20);
        assert_eq!(comparison.gap_of(Trust).seen, Seen::Differently);
        assert_eq!(comparison.gap_of(Communication).seen, Seen::Alike);
        // Overall 60 and 61.
        assert_eq!(comparison.overall_delta, 1);
        assert_eq!(
            comparison.biggest_gaps,
            [Vulnerability, Trust, Communication, Acceptance, Empathy]
        );
    }

    #[rstest]
    // Equal gaps keep the characteristics' own order.
    #[case([0, 0, 0, 0, 0], [Trust, Vulnerability, Empathy, Communication, Acceptance])]
    #[case([20, 20, 5, 20, 5], [Trust, Vulnerability, Communication, Empathy, Acceptance])]
    #[case([5, 30, 30, 5, 40], [Acceptance, Vulnerability, Empathy, Trust, Communication])]
    fn biggest_gaps_come_first_ties_in_characteristic_order(
        #[case] gaps: [u8; 5],
        #[case] expected: [Characteristic; 5],
    ) {
        // Gaps in both directions count by size.
        let mut theirs = [50u8; 5];
        for (i, gap) in gaps.iter().enumerate() {
            theirs[i] = if i % 2 == 0 { 50 + gap } else { 50 - gap };
        }
        let comparison = compare(&check_in(Friend, 0, [50; 5]), &check_in(Friend, 0, theirs));
        assert_eq!(comparison.biggest_gaps, expected);
    }

    #[test]
    fn seen_alike_everywhere_gives_no_conversation_starters() {
        let comparison = compare(
            &check_in(Friend, 0, [50, 60, 70, 80, 90]),
            &check_in(Friend, 0, [64, 46, 84, 66, 100]),
        );
        assert!(comparison.gaps.iter().all(|g| g.seen == Seen::Alike));
        assert!(comparison.conversation_starters.is_empty());
    }

    #[rstest]
    // Only Empathy apart: the two practices building it, the one whose
    // other characteristic is further apart first (listening builds
    // Communication, 10 apart; showing empathy builds Acceptance, 0).
    #[case([0, 0, 30, 10, 0], &["active-listening", "show-empathy"])]
    // Equal in every way: canonical order.
    #[case([0, 0, 30, 0, 0], &["active-listening", "show-empathy"])]
    #[case([0, 0, 30, 0, 10], &["show-empathy", "active-listening"])]
    // Trust (40) and Vulnerability (20) apart: respect boundaries builds
    // both, then safe space (Trust 40), then sharing (Vulnerability 20).
    #[case([40, 20, 0, 0, 0], &["respect-boundaries", "safe-space", "share-vulnerably"])]
    // Exactly 15 counts, 14 does not.
    #[case([15, 0, 0, 0, 14], &["safe-space", "respect-boundaries"])]
    fn conversation_starters_build_what_is_seen_differently(
        #[case] gaps: [u8; 5],
        #[case] expected: &[&str],
    ) {
        let theirs = gaps.map(|gap| 50 + gap);
        let comparison = compare(&check_in(Friend, 0, [50; 5]), &check_in(Friend, 0, theirs));
        assert_eq!(ids(&comparison.conversation_starters), expected);
    }

    // Practices moving in and out of focus

    #[rstest]
    // Trust alone lowest: the two practices that build Trust.
    // Vulnerability and Acceptance tie, so canonical order decides.
    #[case([10, 50, 50, 50, 50], &["safe-space", "respect-boundaries"])]
    #[case([10, 40, 50, 50, 50], &["respect-boundaries", "safe-space"])]
    // Empathy and Communication share the lowest score.
    #[case([80, 80, 20, 20, 80], &["active-listening", "share-vulnerably", "show-empathy"])]
    // All equal: nothing stands out, nothing in focus.
    #[case([40, 40, 40, 40, 40], &[])]
    fn focus_is_the_practices_that_build_growth_areas(
        #[case] scores: [u8; 5],
        #[case] expected: &[&str],
    ) {
        assert_eq!(
            ids(&focus_practices(&check_in(Friend, 0, scores))),
            expected
        );
    }

    #[test]
    fn focus_is_the_start_of_the_recommendations() {
        let check_in = check_in(Family, 0, [30, 90, 30, 70, 80]);
        let focus = focus_practices(&check_in);
        let all = recommend(&results_from_scores(&check_in));
        assert_eq!(ids(&focus), ids(&all[..focus.len()]));
    }

    #[test]
    fn practices_move_when_the_growth_area_moves() {
        let earlier = check_in(Friend, 0, [10, 50, 50, 50, 50]); // Trust lowest
        let later = check_in(Friend, 30, [50, 50, 50, 50, 10]); // Acceptance lowest
        let moves = practices_moved(&earlier, &later);
        // Safe space builds both, so it stays in focus.
        assert_eq!(ids(&moves.into_focus), ["show-empathy"]);
        assert_eq!(ids(&moves.out_of_focus), ["respect-boundaries"]);
    }

    #[test]
    fn nothing_moves_between_the_same_growth_areas() {
        let earlier = check_in(Friend, 0, [10, 50, 50, 50, 50]);
        let later = check_in(Friend, 30, [40, 90, 60, 70, 80]);
        assert_eq!(practices_moved(&earlier, &later), PracticeMoves::default());
    }

    #[test]
    fn evening_out_takes_every_practice_out_of_focus() {
        let earlier = check_in(Friend, 0, [20, 20, 60, 60, 60]);
        let later = check_in(Friend, 30, [60; 5]);
        let moves = practices_moved(&earlier, &later);
        assert!(moves.into_focus.is_empty());
        assert_eq!(
            ids(&moves.out_of_focus),
            ["respect-boundaries", "safe-space", "share-vulnerably"]
        );
        let back = practices_moved(&later, &earlier);
        assert_eq!(ids(&back.into_focus), ids(&moves.out_of_focus));
        assert!(back.out_of_focus.is_empty());
    }

    // Nudging a new check-in

    #[rstest]
    #[case(0, false)]
    #[case(DAY_MS, false)]
    #[case(28 * DAY_MS, false)]
    #[case(29 * DAY_MS - 1, false)]
    #[case(29 * DAY_MS, true)]
    #[case(400 * DAY_MS, true)]
    fn a_new_check_in_is_offered_after_twenty_eight_days(
        #[case] elapsed_ms: u64,
        #[case] offer: bool,
    ) {
        assert_eq!(should_offer_check_in(START, START + elapsed_ms), offer);
    }

    #[rstest]
    #[case(START + 1, START)]
    #[case(START + 40 * DAY_MS, START)]
    #[case(u64::MAX, 0)]
    fn no_nudge_for_a_check_in_dated_in_the_future(#[case] last: u64, #[case] now: u64) {
        assert!(!should_offer_check_in(last, now));
        assert_eq!(days_since(last, now), None);
    }

    #[test]
    fn days_since_counts_whole_days_at_the_extremes() {
        assert_eq!(days_since(0, u64::MAX), Some(u64::MAX / DAY_MS));
        assert!(should_offer_check_in(0, u64::MAX));
        assert_eq!(days_since(START, START + 3 * DAY_MS + 5), Some(3));
    }
}
