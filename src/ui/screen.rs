use crate::assessment::TakeId;

/// Which screen is showing. Plain data, so where a person lands is decided
/// (and tested) without a browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Setup,
    Question,
    /// Every answer of a complete take, before its results.
    Review,
    Results(TakeId),
    History,
    /// Sharing the scores of a finished take, and comparing them with the
    /// other person's.
    Together(TakeId),
}

impl Screen {
    /// Where a person returning to Kindred lands: back in the take they
    /// left, or on the results they were reading, or at the welcome.
    pub fn on_return(in_progress: bool, open_results: Option<TakeId>) -> Screen {
        match open_results {
            _ if in_progress => Screen::Question,
            Some(id) => Screen::Results(id),
            None => Screen::Welcome,
        }
    }

    /// Where a link with someone's share code lands: beside the latest
    /// check-in, to compare (the comparison picks the latest about the
    /// same relationship). A take in progress still comes first; with no
    /// check-in yet, the welcome says what to do.
    pub fn for_shared_code(self, latest: Option<TakeId>) -> Screen {
        match (self, latest) {
            (Screen::Question, _) => Screen::Question,
            (_, Some(id)) => Screen::Together(id),
            (other, None) => other,
        }
    }

    /// The screen that can really be shown. Another tab may have finished
    /// or deleted what this one was showing. `takes` is sorted.
    pub fn resolve(self, in_progress: bool, takes: &[TakeId]) -> Screen {
        match self {
            Screen::Question | Screen::Review if !in_progress => Screen::Welcome,
            Screen::Results(id) | Screen::Together(id) if takes.binary_search(&id).is_err() => {
                Screen::History
            }
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_take_in_progress_comes_first() {
        assert_eq!(Screen::on_return(true, Some(TakeId(1))), Screen::Question);
    }

    #[test]
    fn open_results_are_shown_again() {
        assert_eq!(
            Screen::on_return(false, Some(TakeId(1))),
            Screen::Results(TakeId(1))
        );
    }

    #[test]
    fn nothing_saved_means_welcome() {
        assert_eq!(Screen::on_return(false, None), Screen::Welcome);
    }

    #[test]
    fn a_shared_code_opens_the_comparison_once_there_is_a_check_in() {
        let latest = Some(TakeId(7));
        assert_eq!(
            Screen::Welcome.for_shared_code(latest),
            Screen::Together(TakeId(7))
        );
        assert_eq!(
            Screen::Results(TakeId(3)).for_shared_code(latest),
            Screen::Together(TakeId(7))
        );
        assert_eq!(Screen::Question.for_shared_code(latest), Screen::Question);
        assert_eq!(Screen::Welcome.for_shared_code(None), Screen::Welcome);
    }

    #[test]
    fn screens_showing_something_gone_fall_back() {
        assert_eq!(Screen::Question.resolve(false, &[]), Screen::Welcome);
        assert_eq!(Screen::Review.resolve(false, &[]), Screen::Welcome);
        assert_eq!(Screen::Review.resolve(true, &[]), Screen::Review);
        assert_eq!(
            Screen::Results(TakeId(1)).resolve(false, &[TakeId(2)]),
            Screen::History
        );
        assert_eq!(
            Screen::Results(TakeId(2)).resolve(false, &[TakeId(1), TakeId(2)]),
            Screen::Results(TakeId(2))
        );
        assert_eq!(Screen::Setup.resolve(false, &[]), Screen::Setup);
        assert_eq!(
            Screen::Together(TakeId(1)).resolve(false, &[TakeId(2)]),
            Screen::History
        );
        assert_eq!(
            Screen::Together(TakeId(2)).resolve(false, &[TakeId(2)]),
            Screen::Together(TakeId(2))
        );
    }
}
