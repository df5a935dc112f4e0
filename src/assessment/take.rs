use super::{
    score_take, statements_for, Agreement, Answers, Characteristic, PersonLabel,
    RelationshipContext, Response, Results, Statement, TakeLength,
};

/// Identifies a take within one browser's storage. Made from the start time
/// in milliseconds, which is unique enough for one person's check-ins; the
/// history bumps it if two ever collide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TakeId(pub u64);

/// Where a person is in a take, as shown to them ("7 of 25").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// 1-based number of the statement on screen.
    pub number: usize,
    pub total: usize,
    pub answered: usize,
}

/// What happened when a person asked to move on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The next statement is now current.
    Moved,
    /// That was the last statement and every statement has an answer.
    ReadyToFinish,
    /// The current statement has no answer yet.
    NeedsAnswer,
}

/// A take in progress: the choices made at the start, the answers so far and
/// the statement on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Take {
    pub id: TakeId,
    pub context: RelationshipContext,
    /// Whom it is about, when the person gave a name or label at set-up.
    pub person: Option<PersonLabel>,
    pub length: TakeLength,
    pub started_at_ms: u64,
    answers: Answers,
    position: usize,
}

impl Take {
    /// Starts a take at its first statement.
    pub fn new(
        id: TakeId,
        context: RelationshipContext,
        length: TakeLength,
        started_at_ms: u64,
    ) -> Self {
        Self::restore(id, context, length, started_at_ms, Answers::new(), 0)
    }

    /// Rebuilds a saved take. Answers to statements that are not part of
    /// this length are dropped and the position is kept in range, because
    /// saved data may come from another version or have been edited.
    ///
    /// The take resumes at its saved position or at the first statement
    /// without an answer, whichever comes first. A position saved by a
    /// version that asked in another order (the quick check's order changed
    /// in this version) then never skips an unanswered statement.
    pub fn restore(
        id: TakeId,
        context: RelationshipContext,
        length: TakeLength,
        started_at_ms: u64,
        mut answers: Answers,
        position: usize,
    ) -> Self {
        let statements = statements_for(length);
        answers.retain(|statement| statements.iter().any(|s| s.id == statement.id));
        // Every characteristic needs one answer to be scored; saved data
        // that skips all of one (edited, or damaged) asks them again.
        let all_skipped: Vec<Characteristic> = Characteristic::ALL
            .into_iter()
            .filter(|&c| {
                statements
                    .iter()
                    .filter(|s| s.characteristic == c)
                    .all(|s| answers.response(s) == Some(Response::Skipped))
            })
            .collect();
        answers.retain(|statement| !all_skipped.contains(&statement.characteristic));
        let first_gap = statements
            .iter()
            .position(|s| answers.response(s).is_none())
            .unwrap_or(usize::MAX);
        let position = position.min(first_gap).min(statements.len() - 1);
        Take {
            id,
            context,
            person: None,
            length,
            started_at_ms,
            answers,
            position,
        }
    }

    /// The statements of this take in order.
    pub fn statements(&self) -> Vec<&'static Statement> {
        statements_for(self.length)
    }

    /// Zero-based index of the statement on screen.
    pub fn position(&self) -> usize {
        self.position
    }

    /// The statement on screen.
    pub fn current(&self) -> &'static Statement {
        // `restore` keeps the position in range of a non-empty list.
        self.statements()[self.position]
    }

    /// The answer given to the statement on screen, if any.
    pub fn current_answer(&self) -> Option<Agreement> {
        self.answers.get(self.current())
    }

    /// What the person did with the statement on screen, if anything yet.
    pub fn current_response(&self) -> Option<Response> {
        self.answers.response(self.current())
    }

    /// Whether "Prefer not to answer" is open for the statement on screen:
    /// only while another statement of its characteristic in this take is
    /// not skipped, so every characteristic keeps an answer to score.
    pub fn can_skip_current(&self) -> bool {
        let statements = self.statements();
        let Some(current) = statements.get(self.position) else {
            return false;
        };
        statements.iter().any(|s| {
            s.id != current.id
                && s.characteristic == current.characteristic
                && self.answers.response(s) != Some(Response::Skipped)
        })
    }

    /// "Prefer not to answer" for the statement on screen; false (and
    /// nothing changes) when [`Take::can_skip_current`] is false.
    pub fn skip_current(&mut self) -> bool {
        if !self.can_skip_current() {
            return false;
        }
        self.answers.respond(self.current(), Response::Skipped);
        true
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// Records (or changes) the answer to the statement on screen.
    pub fn answer_current(&mut self, answer: Agreement) {
        self.answers.set(self.current(), answer);
    }

    /// Moves to the next statement if this one is answered or skipped.
    /// Once every statement is, it is time to review them instead: a person
    /// who went back to change one answer returns to the review, not
    /// through every statement after it.
    pub fn go_next(&mut self) -> Step {
        if self.current_response().is_none() {
            return Step::NeedsAnswer;
        }
        if self.is_complete() {
            Step::ReadyToFinish
        } else if self.position + 1 < self.statements().len() {
            self.position += 1;
            Step::Moved
        } else {
            // Only reachable with restored data missing an earlier answer:
            // go back to the first gap rather than lose the person's place.
            let gap = self
                .statements()
                .iter()
                .position(|s| self.answers.response(s).is_none())
                .unwrap_or(0);
            self.position = gap;
            Step::NeedsAnswer
        }
    }

    /// Shows statement `position` (zero-based), to change its answer from
    /// the review; false, and nothing moves, when there is no such
    /// statement.
    pub fn go_to(&mut self, position: usize) -> bool {
        if position >= self.statements().len() {
            return false;
        }
        self.position = position;
        true
    }

    /// Moves to the previous statement; false when already at the first.
    pub fn go_back(&mut self) -> bool {
        if self.position == 0 {
            return false;
        }
        self.position -= 1;
        true
    }

    pub fn is_complete(&self) -> bool {
        self.statements()
            .iter()
            .all(|s| self.answers.response(s).is_some())
    }

    pub fn progress(&self) -> Progress {
        Progress {
            number: self.position + 1,
            total: self.statements().len(),
            answered: self.answers.len(),
        }
    }

    /// Turns a complete take into a history entry; `None` while any
    /// statement is unanswered.
    pub fn finish(&self, finished_at_ms: u64) -> Option<CompletedTake> {
        let results = score_take(&self.answers)?;
        if !self.is_complete() {
            return None;
        }
        Some(CompletedTake {
            id: self.id,
            context: self.context,
            person: self.person.clone(),
            length: self.length,
            started_at_ms: self.started_at_ms,
            finished_at_ms,
            answers: self.answers.clone(),
            results,
        })
    }
}

/// A finished take as kept in the history.
#[derive(Clone, Debug, PartialEq)]
pub struct CompletedTake {
    pub id: TakeId,
    pub context: RelationshipContext,
    /// Whom it was about, when the person gave a name or label.
    pub person: Option<PersonLabel>,
    pub length: TakeLength,
    pub started_at_ms: u64,
    pub finished_at_ms: u64,
    pub answers: Answers,
    pub results: Results,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quick_take() -> Take {
        Take::new(
            TakeId(1),
            RelationshipContext::Friend,
            TakeLength::Quick,
            1_000,
        )
    }

    #[test]
    fn cannot_move_on_without_an_answer() {
        let mut take = quick_take();
        assert_eq!(take.go_next(), Step::NeedsAnswer);
        assert_eq!(take.position(), 0);
    }

    #[test]
    fn answers_can_be_changed_after_going_back() {
        let mut take = quick_take();
        take.answer_current(Agreement::Agree);
        assert_eq!(take.go_next(), Step::Moved);
        assert!(take.go_back());
        assert_eq!(take.current_answer(), Some(Agreement::Agree));
        take.answer_current(Agreement::Disagree);
        assert_eq!(take.current_answer(), Some(Agreement::Disagree));
        assert_eq!(take.answers().len(), 1);
    }

    #[test]
    fn cannot_go_back_from_the_first_statement() {
        assert!(!quick_take().go_back());
    }

    #[test]
    fn finishing_needs_every_answer() {
        let mut take = quick_take();
        assert!(take.finish(2_000).is_none());
        for _ in 0..9 {
            take.answer_current(Agreement::Agree);
            assert_eq!(take.go_next(), Step::Moved);
        }
        assert_eq!(
            take.progress(),
            Progress {
                number: 10,
                total: 10,
                answered: 9
            }
        );
        assert!(take.finish(2_000).is_none());
        take.answer_current(Agreement::Neutral);
        assert_eq!(take.go_next(), Step::ReadyToFinish);
        let done = take.finish(2_000).expect("complete take finishes");
        assert_eq!(done.answers.len(), 10);
        assert_eq!(done.finished_at_ms, 2_000);
    }

    #[test]
    fn restoring_keeps_position_in_range_and_drops_foreign_answers() {
        let mut answers = Answers::new();
        let by_id = |id| crate::assessment::statement_by_id(id).expect("exists");
        answers.set(by_id("trust-1"), Agreement::Agree);
        answers.set(by_id("trust-3"), Agreement::Agree); // full-check only
        let take = Take::restore(
            TakeId(1),
            RelationshipContext::Family,
            TakeLength::Quick,
            0,
            answers,
            99,
        );
        assert_eq!(take.answers().len(), 1);
        assert_eq!(take.position(), 1, "the first statement without an answer");
        let all = statements_for(TakeLength::Quick)
            .into_iter()
            .map(|s| (s, Agreement::Agree))
            .collect();
        let take = Take::restore(
            TakeId(1),
            RelationshipContext::Family,
            TakeLength::Quick,
            0,
            all,
            99,
        );
        assert_eq!(take.position(), 9, "kept in range");
    }

    #[test]
    fn a_take_saved_in_the_old_order_resumes_at_its_first_unanswered_statement() {
        // Saved by the previous version after seven answers: its quick check
        // asked the five direct statements, then the five reverse-worded.
        let old_order = [
            "trust-1",
            "vulnerability-1",
            "empathy-1",
            "communication-1",
            "acceptance-1",
            "trust-2",
            "vulnerability-2",
        ];
        let mut answers = Answers::new();
        for id in old_order {
            let statement = crate::assessment::statement_by_id(id).expect("exists");
            answers.set(statement, Agreement::Agree);
        }
        let take = Take::restore(
            TakeId(1),
            RelationshipContext::Romantic,
            TakeLength::Quick,
            0,
            answers,
            7,
        );
        assert_eq!(take.answers().len(), 7);
        assert_eq!(take.current().id, "communication-2", "not yet answered");
        assert!(take
            .statements()
            .iter()
            .take(take.position())
            .all(|s| take.answers().get(s).is_some()));
    }

    #[test]
    fn a_gap_in_restored_answers_sends_the_person_back_to_it() {
        let mut answers = Answers::new();
        for s in statements_for(TakeLength::Quick).iter().skip(1) {
            answers.set(s, Agreement::Agree);
        }
        let mut take = Take::restore(
            TakeId(1),
            RelationshipContext::Friend,
            TakeLength::Quick,
            0,
            answers,
            9,
        );
        assert_eq!(take.go_next(), Step::NeedsAnswer);
        assert_eq!(take.position(), 0);
    }

    #[test]
    fn once_every_statement_is_answered_next_goes_to_the_review_from_anywhere() {
        let mut take = quick_take();
        while take.go_next() != Step::ReadyToFinish {
            take.answer_current(Agreement::Agree);
        }
        assert!(take.go_to(2));
        assert!(!take.go_to(10), "no eleventh statement");
        assert_eq!(take.position(), 2);
        take.answer_current(Agreement::Disagree);
        assert_eq!(take.go_next(), Step::ReadyToFinish);
        assert_eq!(take.position(), 2);
    }

    #[test]
    fn a_skipped_statement_moves_on_and_its_characteristic_is_scored_from_the_rest() {
        let mut take = quick_take();
        assert_eq!(take.current().id, "trust-1");
        assert!(take.skip_current());
        assert_eq!(take.current_response(), Some(Response::Skipped));
        assert_eq!(take.go_next(), Step::Moved, "a skip counts as dealt with");
        while take.current().id != "trust-2" {
            take.answer_current(Agreement::Agree);
            take.go_next();
        }
        assert!(!take.can_skip_current(), "Trust's last statement");
        assert!(!take.skip_current());
        assert_eq!(take.current_response(), None);
        take.answer_current(Agreement::StronglyDisagree); // reversed: 4 points
        while take.go_next() == Step::Moved {
            take.answer_current(Agreement::Agree);
        }
        let done = take.finish(1).expect("complete with one skip");
        assert_eq!(done.answers.skipped(), 1);
        assert_eq!(done.results.score_of(Characteristic::Trust), 100);
    }

    #[test]
    fn answering_a_skipped_statement_opens_skipping_its_partner_again() {
        let mut take = quick_take();
        assert!(take.skip_current()); // trust-1
        take.answer_current(Agreement::Agree); // changed my mind
        assert_eq!(
            take.current_response(),
            Some(Response::Answered(Agreement::Agree))
        );
        while take.current().id != "trust-2" {
            take.answer_current(Agreement::Agree);
            take.go_next();
        }
        assert!(take.can_skip_current());
    }

    #[test]
    fn restored_data_skipping_a_whole_characteristic_asks_it_again() {
        let mut answers = Answers::new();
        for s in statements_for(TakeLength::Quick) {
            if s.characteristic == Characteristic::Empathy {
                answers.respond(s, Response::Skipped);
            } else {
                answers.set(s, Agreement::Agree);
            }
        }
        let take = Take::restore(
            TakeId(1),
            RelationshipContext::Friend,
            TakeLength::Quick,
            0,
            answers,
            9,
        );
        assert_eq!(take.answers().len(), 8);
        assert_eq!(take.answers().skipped(), 0);
        assert_eq!(take.current().characteristic, Characteristic::Empathy);
        assert!(!take.is_complete());
    }
}
