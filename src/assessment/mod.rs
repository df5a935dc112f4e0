//! The self-check itself: characteristics, statements, scoring and
//! recommendations. Plain Rust with no DOM, so every rule here is tested
//! natively with tables of cases.

mod answers;
mod characteristic;
mod context;
mod person;
mod practices;
mod scale;
mod scoring;
mod share;
mod statements;
mod take;
mod trend;

pub use answers::{Answers, Response, STATEMENT_COUNT};
pub use characteristic::Characteristic;
pub use context::{RelationshipContext, TakeLength};
pub use person::{same_person, LabelError, PersonLabel, MAX_LABEL_CHARS};
pub use practices::{recommend, Practice, PRACTICES};
pub use scale::Agreement;
pub use scoring::{score_take, Band, CharacteristicScore, ConsistencyNote, Results};
pub use share::{
    code_from_pasted, CannotShare, CheckInDay, ShareCodeError, SharedScores, CODE_LENGTH, DAY_MS,
    SHARE_CODE_VERSION, SHARE_EPOCH_MS,
};
pub use statements::{statement_by_id, statements_for, Keying, Statement, STATEMENTS};
pub use take::{CompletedTake, Progress, Step, Take, TakeId};
pub use trend::{
    change_since_previous, compare, days_since, focus_practices, latest_about, practices_moved,
    series, should_offer_check_in, Change, CheckInScores, Comparison, Gap, PracticeMoves, Seen,
    Series, TrendPoint, NUDGE_AFTER_DAYS, SEEN_DIFFERENTLY_GAP,
};
