use wasm_bindgen::{JsCast, JsValue};

use super::{StorageBackend, StorageError};

/// The browser's real `localStorage`.
///
/// Only [`BrowserStorage::open`] can make one, and it checks first that
/// storage is really there: `window.localStorage` throws when cookies are
/// blocked or in sandboxed iframes.
#[derive(Clone, Debug)]
pub struct BrowserStorage {
    storage: web_sys::Storage,
}

/// A key nobody else uses, written and removed to prove writes work.
const PROBE_KEY: &str = "kindred.probe";

impl BrowserStorage {
    pub fn open() -> Result<Self, StorageError> {
        let window = web_sys::window().ok_or(StorageError::Unavailable)?;
        // Reading the property throws a SecurityError when storage is
        // blocked, and can be null in some embedded contexts.
        let Ok(Some(storage)) = window.local_storage() else {
            return Err(StorageError::Unavailable);
        };
        // Some browsers hand out a storage object that refuses every write.
        // A full one is different: what is saved can still be read (and
        // deleted to make room), so it is used, and each failed save is
        // reported as it happens.
        match storage.set_item(PROBE_KEY, "1").map_err(|e| classify(&e)) {
            Ok(()) => {
                let _ = storage.remove_item(PROBE_KEY);
            }
            Err(StorageError::Full) => {}
            Err(error) => return Err(error),
        }
        Ok(BrowserStorage { storage })
    }
}

impl StorageBackend for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage.get_item(key).map_err(|e| classify(&e))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage.set_item(key, value).map_err(|e| classify(&e))
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage.remove_item(key).map_err(|e| classify(&e))
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        // One call for every key. Opening Kindred lists them (no values) to
        // learn which check-ins exist; measured with `scripts/bench`, load
        // time is the same with 0 and 5,000 check-ins.
        Ok(js_sys::Object::keys(self.storage.as_ref())
            .iter()
            .filter_map(|key| key.as_string())
            .collect())
    }
}

/// Tells a full quota apart from other failures, so the person gets the
/// message that fits.
fn classify(error: &JsValue) -> StorageError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" || e.code() == 22 => StorageError::Full,
        Some(e) if e.name() == "SecurityError" => StorageError::Unavailable,
        Some(e) => StorageError::Failed(e.message()),
        None => StorageError::Failed("unknown error".to_owned()),
    }
}
