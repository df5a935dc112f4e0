use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

// A Vec of pairs, not a map: this type ships in the WebAssembly (it is the
// fallback for blocked storage) and holds a handful of keys at most.
type Entries = Vec<(String, String)>;
use std::rc::Rc;

use super::StorageError;

/// A place to keep strings by key: the only thing Kindred needs from
/// `localStorage`, so tests and blocked browsers can use memory instead.
pub trait StorageBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key there is, so copies kept aside can be found.
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// Keeps everything in memory for as long as the page is open.
///
/// Clones share the same entries, so a test can keep a handle and inspect
/// what the store wrote. An optional capacity (in bytes of keys and values)
/// makes writes fail the way a full `localStorage` does.
#[derive(Clone, Debug, Default)]
pub struct MemoryStorage {
    entries: Rc<RefCell<Entries>>,
    capacity: Option<usize>,
    /// Characters of keys and values written, and values read, so tests can
    /// prove that costs do not grow with the history.
    written: Rc<Cell<usize>>,
    read: Rc<Cell<usize>>,
}

impl MemoryStorage {
    pub fn new() -> Self {
        Self::default()
    }

    /// Storage that refuses writes beyond `bytes` in total.
    pub fn with_capacity(bytes: usize) -> Self {
        MemoryStorage {
            capacity: Some(bytes),
            ..Self::default()
        }
    }

    /// Characters written so far (keys and values), for tests.
    pub fn chars_written(&self) -> usize {
        self.written.get()
    }

    /// Characters of values read so far, for tests.
    pub fn chars_read(&self) -> usize {
        self.read.get()
    }

    /// A copy of everything stored, for tests.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.entries.borrow().iter().cloned().collect()
    }
}

impl StorageBackend for MemoryStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        let value = self
            .entries
            .borrow()
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone());
        self.read
            .set(self.read.get() + value.as_ref().map_or(0, String::len));
        Ok(value)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        let mut entries = self.entries.borrow_mut();
        if let Some(capacity) = self.capacity {
            let others: usize = entries
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if others + key.len() + value.len() > capacity {
                return Err(StorageError::Full);
            }
        }
        entries.retain(|(k, _)| k != key);
        entries.push((key.to_owned(), value.to_owned()));
        self.written
            .set(self.written.get() + key.len() + value.len());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.entries.borrow_mut().retain(|(k, _)| k != key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self
            .entries
            .borrow()
            .iter()
            .map(|(k, _)| k.clone())
            .collect())
    }
}

impl<T: StorageBackend + ?Sized> StorageBackend for Box<T> {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        (**self).keys()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_memory_storage_refuses_writes_but_keeps_what_it_has() {
        let storage = MemoryStorage::with_capacity(10);
        storage.set("a", "12345").expect("fits");
        assert_eq!(storage.set("b", "123456789"), Err(StorageError::Full));
        assert_eq!(storage.get("a"), Ok(Some("12345".to_owned())));
        // Replacing a value counts only the new size.
        storage.set("a", "123456789").expect("replacement fits");
    }
}
