//! Everything Kindred keeps, and where it keeps it.
//!
//! [`StorageBackend`] is the seam: [`BrowserStorage`] wraps the real
//! `localStorage`, [`MemoryStorage`] stands in for tests and for browsers
//! that block storage. [`format`] holds the versioned records (serde) and
//! [`Store`] the keys and the rules that never lose a finished take.

mod backend;
mod browser;
mod error;
pub mod format;
mod store;
#[cfg(test)]
mod store_tests;

pub use backend::{MemoryStorage, StorageBackend};
pub use browser::BrowserStorage;
pub use error::StorageError;
pub use format::{ImportError, RecordError};
pub use store::{External, ImportReport, Notice, Opened, Store, DEFAULT_KEY};
