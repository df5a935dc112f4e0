use std::fmt;

/// Every way the storage underneath Kindred can fail. None of them is a
/// reason to stop: the widget keeps working in memory and says so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser gives no storage at all (blocked by settings, some
    /// iframes, private modes).
    Unavailable,
    /// The browser refused a write because its quota is used up.
    Full,
    /// Any other failed read or write, with the browser's message.
    Failed(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => f.write_str("storage is not available"),
            StorageError::Full => f.write_str("storage is full"),
            StorageError::Failed(message) => write!(f, "storage failed: {message}"),
        }
    }
}

impl std::error::Error for StorageError {}
