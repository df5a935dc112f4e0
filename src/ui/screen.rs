use crate::assessment::TakeId;
use crate::storage::SavedData;

/// Which screen is showing. Plain data, so where a person lands is decided
/// (and tested) without a browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Setup,
    Question,
    Results(TakeId),
    History,
}

impl Screen {
    /// Where a person returning to Kindred lands: back in the take they
    /// left, or on the results they were reading, or at the welcome.
    pub fn on_return(data: &SavedData) -> Screen {
        if data.in_progress.is_some() {
            Screen::Question
        } else if let Some(id) = data.open_results.filter(|id| data.completed(*id).is_some()) {
            Screen::Results(id)
        } else {
            Screen::Welcome
        }
    }

    /// The screen that can really be shown for `data`. Another tab may have
    /// finished or deleted what this one was showing.
    pub fn resolve(self, data: &SavedData) -> Screen {
        match self {
            Screen::Question if data.in_progress.is_none() => Screen::Welcome,
            Screen::Results(id) if data.completed(id).is_none() => Screen::History,
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Agreement, RelationshipContext, Take, TakeLength};

    fn finished(id: u64) -> crate::assessment::CompletedTake {
        let mut take = Take::new(
            TakeId(id),
            RelationshipContext::Friend,
            TakeLength::Quick,
            id,
        );
        for _ in 0..10 {
            take.answer_current(Agreement::Agree);
            take.go_next();
        }
        take.finish(id + 1).expect("complete")
    }

    #[test]
    fn a_take_in_progress_comes_first() {
        let data = SavedData {
            in_progress: Some(Take::new(
                TakeId(3),
                RelationshipContext::Family,
                TakeLength::Full,
                3,
            )),
            history: vec![finished(1)],
            open_results: Some(TakeId(1)),
        };
        assert_eq!(Screen::on_return(&data), Screen::Question);
    }

    #[test]
    fn open_results_are_shown_again() {
        let data = SavedData {
            history: vec![finished(1)],
            open_results: Some(TakeId(1)),
            ..SavedData::default()
        };
        assert_eq!(Screen::on_return(&data), Screen::Results(TakeId(1)));
    }

    #[test]
    fn nothing_saved_means_welcome() {
        assert_eq!(Screen::on_return(&SavedData::default()), Screen::Welcome);
    }

    #[test]
    fn screens_showing_something_gone_fall_back() {
        let empty = SavedData::default();
        assert_eq!(Screen::Question.resolve(&empty), Screen::Welcome);
        assert_eq!(Screen::Results(TakeId(1)).resolve(&empty), Screen::History);
        assert_eq!(Screen::Setup.resolve(&empty), Screen::Setup);
    }
}
