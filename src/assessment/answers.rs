use super::{Agreement, Statement, STATEMENTS};

/// How many statements the bank holds.
pub const STATEMENT_COUNT: usize = 25;

/// What a person did with one statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Response {
    /// A point on the agreement scale.
    Answered(Agreement),
    /// "Prefer not to answer": the statement counts as dealt with, and its
    /// characteristic is scored from its other statements.
    Skipped,
}

/// A person's answers, one slot per statement of the bank.
///
/// A fixed array rather than a map: it is all the bank needs, and it keeps
/// map code out of the WebAssembly every reader downloads.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    slots: [Option<Response>; STATEMENT_COUNT],
}

fn slot(statement: &Statement) -> Option<usize> {
    STATEMENTS.iter().position(|s| s.id == statement.id)
}

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    /// The answer given to `statement` on the scale, if any (not a skip).
    pub fn get(&self, statement: &Statement) -> Option<Agreement> {
        match self.response(statement)? {
            Response::Answered(answer) => Some(answer),
            Response::Skipped => None,
        }
    }

    /// What the person did with `statement`, if anything yet.
    pub fn response(&self, statement: &Statement) -> Option<Response> {
        slot(statement).and_then(|i| self.slots[i])
    }

    /// Records (or changes) the answer to `statement`.
    pub fn set(&mut self, statement: &Statement, answer: Agreement) {
        self.respond(statement, Response::Answered(answer));
    }

    /// Records (or changes) what the person did with `statement`.
    pub fn respond(&mut self, statement: &Statement, response: Response) {
        if let Some(i) = slot(statement) {
            self.slots[i] = Some(response);
        }
    }

    /// Every statement answered on the scale, with its answer, in bank
    /// order: what scoring reads. Skipped statements are not in it.
    pub fn iter(&self) -> impl Iterator<Item = (&'static Statement, Agreement)> + '_ {
        self.responses().filter_map(|(s, r)| match r {
            Response::Answered(answer) => Some((s, answer)),
            Response::Skipped => None,
        })
    }

    /// Every statement dealt with, answered or skipped, in bank order.
    pub fn responses(&self) -> impl Iterator<Item = (&'static Statement, Response)> + '_ {
        STATEMENTS
            .iter()
            .zip(self.slots.iter())
            .filter_map(|(s, r)| r.map(|r| (s, r)))
    }

    /// How many statements are dealt with, answered or skipped.
    pub fn len(&self) -> usize {
        self.slots.iter().filter(|a| a.is_some()).count()
    }

    /// How many statements the person chose not to answer.
    pub fn skipped(&self) -> usize {
        self.slots
            .iter()
            .filter(|a| **a == Some(Response::Skipped))
            .count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Keeps only the answers to statements for which `keep` is true.
    pub fn retain(&mut self, keep: impl Fn(&Statement) -> bool) {
        for (statement, answer) in STATEMENTS.iter().zip(self.slots.iter_mut()) {
            if !keep(statement) {
                *answer = None;
            }
        }
    }
}

impl FromIterator<(&'static Statement, Agreement)> for Answers {
    fn from_iter<I: IntoIterator<Item = (&'static Statement, Agreement)>>(iter: I) -> Self {
        let mut answers = Answers::new();
        for (statement, answer) in iter {
            answers.set(statement, answer);
        }
        answers
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::statement_by_id;

    #[test]
    fn the_bank_fills_every_slot() {
        assert_eq!(STATEMENTS.len(), STATEMENT_COUNT);
    }

    #[test]
    fn answers_are_kept_per_statement() {
        let trust = statement_by_id("trust-2").expect("exists");
        let empathy = statement_by_id("empathy-5").expect("exists");
        let mut answers = Answers::new();
        assert!(answers.is_empty());
        answers.set(trust, Agreement::Agree);
        answers.set(empathy, Agreement::Disagree);
        answers.set(trust, Agreement::StronglyAgree);
        assert_eq!(answers.len(), 2);
        assert_eq!(answers.get(trust), Some(Agreement::StronglyAgree));
        let ids: Vec<_> = answers.iter().map(|(s, _)| s.id).collect();
        assert_eq!(ids, ["trust-2", "empathy-5"]);
        answers.retain(|s| s.id != "trust-2");
        assert_eq!(answers.get(trust), None);
        assert_eq!(answers.len(), 1);
    }

    #[test]
    fn a_skipped_statement_is_dealt_with_but_has_no_answer() {
        let trust = statement_by_id("trust-1").expect("exists");
        let empathy = statement_by_id("empathy-1").expect("exists");
        let mut answers = Answers::new();
        answers.respond(trust, Response::Skipped);
        answers.set(empathy, Agreement::Agree);
        assert_eq!(answers.get(trust), None);
        assert_eq!(answers.response(trust), Some(Response::Skipped));
        assert_eq!((answers.len(), answers.skipped()), (2, 1));
        let scored: Vec<_> = answers.iter().map(|(s, _)| s.id).collect();
        assert_eq!(scored, ["empathy-1"], "skips are not scored");
        answers.set(trust, Agreement::Disagree);
        assert_eq!(answers.skipped(), 0, "an answer replaces the skip");
    }
}
