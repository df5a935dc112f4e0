use super::{Agreement, Statement, STATEMENTS};

/// How many statements the bank holds.
pub const STATEMENT_COUNT: usize = 25;

/// A person's answers, one slot per statement of the bank.
///
/// A fixed array rather than a map: it is all the bank needs, and it keeps
/// map code out of the WebAssembly every reader downloads.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    slots: [Option<Agreement>; STATEMENT_COUNT],
}

fn slot(statement: &Statement) -> Option<usize> {
    STATEMENTS.iter().position(|s| s.id == statement.id)
}

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    /// The answer given to `statement`, if any.
    pub fn get(&self, statement: &Statement) -> Option<Agreement> {
        slot(statement).and_then(|i| self.slots[i])
    }

    /// Records (or changes) the answer to `statement`.
    pub fn set(&mut self, statement: &Statement, answer: Agreement) {
        if let Some(i) = slot(statement) {
            self.slots[i] = Some(answer);
        }
    }

    /// Every answered statement with its answer, in bank order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static Statement, Agreement)> + '_ {
        STATEMENTS
            .iter()
            .zip(self.slots.iter())
            .filter_map(|(s, a)| a.map(|a| (s, a)))
    }

    pub fn len(&self) -> usize {
        self.slots.iter().filter(|a| a.is_some()).count()
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
}
