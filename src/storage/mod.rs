//! Everything Kindred keeps, and where it keeps it.
//!
//! [`StorageBackend`] is the seam: [`BrowserStorage`] wraps the real
//! `localStorage`, [`MemoryStorage`] stands in for tests and for browsers
//! that block storage. [`format`] is the versioned stored document and
//! [`Store`] ties the two together without ever losing data it cannot read.

mod backend;
mod browser;
mod error;
pub mod format;
mod json;
mod store;

pub use backend::{MemoryStorage, StorageBackend};
pub use browser::BrowserStorage;
pub use error::StorageError;
pub use format::SavedData;
pub use store::{Notice, Store, DEFAULT_KEY};
