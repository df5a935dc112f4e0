//! The self-check itself: characteristics, statements, scoring and
//! recommendations. Plain Rust with no DOM, so every rule here is tested
//! natively with tables of cases.

mod answers;
mod characteristic;
mod context;
mod practices;
mod scale;
mod scoring;
mod statements;
mod take;

pub use answers::{Answers, STATEMENT_COUNT};
pub use characteristic::Characteristic;
pub use context::{RelationshipContext, TakeLength};
pub use practices::{recommend, Practice, PRACTICES};
pub use scale::Agreement;
pub use scoring::{score_take, Band, CharacteristicScore, ConsistencyNote, Results};
pub use statements::{statement_by_id, statements_for, Keying, Statement, STATEMENTS};
pub use take::{CompletedTake, Progress, Step, Take, TakeId};
