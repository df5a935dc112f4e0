use super::format::{decode, encode, ReadError};
use super::{SavedData, StorageBackend, StorageError};

/// The key Kindred keeps its document under when no namespace is given.
pub const DEFAULT_KEY: &str = "kindred";

/// Something the person should know about their saved data. The UI turns
/// each into one calm sentence; none of them stops the check-in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The browser gives no storage: everything lives in memory until the
    /// page closes.
    StorageUnavailable,
    /// The latest change could not be saved because storage is full.
    StorageFull,
    /// The latest change could not be saved for another reason.
    SaveFailed,
    /// Saved data that could not be read was copied to `key` before anything
    /// was written. `partly` is true when the rest could still be read.
    KeptAside { key: String, partly: bool },
    /// Saved data could not be read, nor copied aside; Kindred will not write
    /// over it, so this visit is kept in memory only.
    LeftUntouched,
    /// Saved by a newer version of Kindred; left as it is, and this visit is
    /// kept in memory only.
    NewerVersion,
}

impl Notice {
    /// True for notices about a failed save, which a later successful save
    /// makes out of date.
    pub fn is_about_saving(&self) -> bool {
        matches!(self, Notice::StorageFull | Notice::SaveFailed)
    }
}

/// Reads and writes [`SavedData`] through a [`StorageBackend`], never
/// destroying data it could not read.
pub struct Store {
    backend: Box<dyn StorageBackend>,
    key: String,
    /// False when writing could destroy something we could not read.
    writes_allowed: bool,
    /// The last document written or read, to skip writes that change nothing.
    last_document: Option<String>,
}

impl Store {
    /// The storage key for an optional namespace, so one site can run
    /// separate check-ins. Namespaces are limited to a safe character set
    /// by the caller; this only joins.
    pub fn key_for(namespace: Option<&str>) -> String {
        match namespace {
            Some(ns) if !ns.is_empty() => format!("{DEFAULT_KEY}:{ns}"),
            _ => DEFAULT_KEY.to_owned(),
        }
    }

    /// Opens the document under `key`, reading what can be read.
    /// `now_ms` names the copy of anything kept aside.
    pub fn open(
        backend: Box<dyn StorageBackend>,
        key: impl Into<String>,
        now_ms: u64,
    ) -> (Store, SavedData, Vec<Notice>) {
        let mut store = Store {
            backend,
            key: key.into(),
            writes_allowed: true,
            last_document: None,
        };
        let mut notices = Vec::new();
        let raw = match store.backend.get(&store.key) {
            Ok(raw) => raw,
            Err(error) => {
                // We cannot see what is there, so we must not write over it.
                store.writes_allowed = false;
                notices.push(match error {
                    StorageError::Unavailable => Notice::StorageUnavailable,
                    _ => Notice::LeftUntouched,
                });
                return (store, SavedData::default(), notices);
            }
        };
        let Some(raw) = raw else {
            return (store, SavedData::default(), notices);
        };
        let data = match decode(&raw) {
            Ok(read) if read.skipped == 0 => {
                store.last_document = Some(raw);
                read.data
            }
            Ok(read) => {
                notices.push(store.keep_aside(&raw, now_ms, true));
                read.data
            }
            Err(ReadError::Unreadable) => {
                notices.push(store.keep_aside(&raw, now_ms, false));
                SavedData::default()
            }
            Err(ReadError::NewerFormat(_)) => {
                store.writes_allowed = false;
                notices.push(Notice::NewerVersion);
                SavedData::default()
            }
        };
        (store, data, notices)
    }

    /// Copies `raw` to a fresh key. If that fails, writing is switched off
    /// so the original stays where it is.
    fn keep_aside(&mut self, raw: &str, now_ms: u64, partly: bool) -> Notice {
        let base = format!("{}.unreadable.{now_ms}", self.key);
        for attempt in 0..100 {
            let key = if attempt == 0 {
                base.clone()
            } else {
                format!("{base}-{attempt}")
            };
            match self.backend.get(&key) {
                Ok(None) => {}
                Ok(Some(_)) => continue, // never overwrite an earlier copy
                Err(_) => break,
            }
            if self.backend.set(&key, raw).is_ok() {
                return Notice::KeptAside { key, partly };
            }
            break;
        }
        self.writes_allowed = false;
        Notice::LeftUntouched
    }

    /// True while changes reach the backend.
    pub fn is_saving(&self) -> bool {
        self.writes_allowed
    }

    /// Saves `data`. Does nothing when writing is switched off (the person
    /// was told when the store opened) or when nothing changed.
    pub fn save(&mut self, data: &SavedData) -> Result<(), StorageError> {
        if !self.writes_allowed {
            return Ok(());
        }
        let document = encode(data);
        if self.last_document.as_deref() == Some(document.as_str()) {
            return Ok(());
        }
        self.backend.set(&self.key, &document)?;
        self.last_document = Some(document);
        Ok(())
    }

    /// Reads the document again after another tab changed it. `None` when
    /// it cannot be read or is what we last saw; this tab's state then stays.
    pub fn reload(&mut self) -> Option<SavedData> {
        if !self.writes_allowed {
            return None;
        }
        let raw = self.backend.get(&self.key).ok()??;
        if self.last_document.as_deref() == Some(raw.as_str()) {
            return None;
        }
        let read = decode(&raw).ok().filter(|read| read.skipped == 0)?;
        self.last_document = Some(raw);
        Some(read.data)
    }

    /// Deletes every copy of unreadable data kept aside for this document,
    /// when the person asks to delete everything. Returns how many there
    /// were.
    pub fn delete_kept_aside(&mut self) -> Result<usize, StorageError> {
        let prefix = format!("{}.unreadable.", self.key);
        let copies: Vec<String> = self
            .backend
            .keys()?
            .into_iter()
            .filter(|k| k.starts_with(&prefix))
            .collect();
        for key in &copies {
            self.backend.remove(key)?;
        }
        Ok(copies.len())
    }

    /// The key the document lives under.
    pub fn key(&self) -> &str {
        &self.key
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{
        statements_for, Agreement, RelationshipContext, Take, TakeId, TakeLength,
    };
    use crate::storage::MemoryStorage;

    fn open(storage: &MemoryStorage) -> (Store, SavedData, Vec<Notice>) {
        Store::open(Box::new(storage.clone()), DEFAULT_KEY, 1_700)
    }

    fn data_with_answers(n: usize) -> SavedData {
        let mut take = Take::new(
            TakeId(5),
            RelationshipContext::Romantic,
            TakeLength::Full,
            5,
        );
        for _ in 0..n {
            take.answer_current(Agreement::Agree);
            take.go_next();
        }
        SavedData {
            in_progress: Some(take),
            ..SavedData::default()
        }
    }

    #[test]
    fn resumes_where_the_person_left_off() {
        let storage = MemoryStorage::new();
        let (mut store, _, notices) = open(&storage);
        assert!(notices.is_empty());
        let data = data_with_answers(7);
        store.save(&data).expect("saved");

        let (_, reopened, notices) = open(&storage);
        assert!(notices.is_empty());
        assert_eq!(reopened, data);
        assert_eq!(reopened.in_progress.map(|t| t.progress().number), Some(8));
    }

    #[test]
    fn unreadable_data_is_kept_aside_and_never_overwritten() {
        let storage = MemoryStorage::new();
        storage.set(DEFAULT_KEY, "{not json").expect("set");
        // An earlier copy with the same name must survive too.
        storage
            .set("kindred.unreadable.1700", "older copy")
            .expect("set");

        let (mut store, data, notices) = open(&storage);
        assert_eq!(data, SavedData::default());
        assert_eq!(
            notices,
            vec![Notice::KeptAside {
                key: "kindred.unreadable.1700-1".to_owned(),
                partly: false
            }]
        );
        store.save(&data_with_answers(1)).expect("saved");

        let kept = storage.snapshot();
        assert_eq!(kept["kindred.unreadable.1700"], "older copy");
        assert_eq!(kept["kindred.unreadable.1700-1"], "{not json");
        assert!(kept[DEFAULT_KEY].starts_with(r#"{"format":1"#));
    }

    #[test]
    fn partly_damaged_data_keeps_a_copy_and_shows_the_rest() {
        let storage = MemoryStorage::new();
        let good = crate::storage::format::encode(&data_with_answers(3));
        let damaged = good.replace(r#""context":"romantic""#, r#""context":"stranger""#);
        assert_ne!(good, damaged);
        let with_history = damaged.replace(r#""history":[]"#, r#""history":[{"id":1}]"#);
        storage.set(DEFAULT_KEY, &with_history).expect("set");

        let (_, data, notices) = open(&storage);
        assert!(data.in_progress.is_none() && data.history.is_empty());
        assert!(matches!(
            &notices[..],
            [Notice::KeptAside { partly: true, .. }]
        ));
        assert_eq!(storage.snapshot()["kindred.unreadable.1700"], with_history);
    }

    #[test]
    fn unreadable_data_that_cannot_be_kept_aside_is_left_untouched() {
        // Room for the bad document but not for a copy of it.
        let storage = MemoryStorage::with_capacity(40);
        storage
            .set(DEFAULT_KEY, "garbage that fills it up")
            .expect("set");

        let (mut store, _, notices) = open(&storage);
        assert_eq!(notices, vec![Notice::LeftUntouched]);
        assert!(!store.is_saving());
        store
            .save(&data_with_answers(2))
            .expect("nothing attempted");
        assert_eq!(storage.snapshot()[DEFAULT_KEY], "garbage that fills it up");
    }

    #[test]
    fn data_from_a_newer_version_is_left_untouched() {
        let storage = MemoryStorage::new();
        storage
            .set(DEFAULT_KEY, r#"{"format":2,"takes":[]}"#)
            .expect("set");
        let (mut store, _, notices) = open(&storage);
        assert_eq!(notices, vec![Notice::NewerVersion]);
        store
            .save(&data_with_answers(2))
            .expect("nothing attempted");
        assert_eq!(storage.snapshot().len(), 1);
        assert_eq!(
            storage.snapshot()[DEFAULT_KEY],
            r#"{"format":2,"takes":[]}"#
        );
    }

    #[test]
    fn a_full_storage_reports_the_failure_and_keeps_the_last_good_copy() {
        let small = crate::storage::format::encode(&data_with_answers(3)).len();
        let storage = MemoryStorage::with_capacity(DEFAULT_KEY.len() + small + 40);
        let (mut store, _, _) = open(&storage);
        store.save(&data_with_answers(3)).expect("fits");
        let before = storage.snapshot()[DEFAULT_KEY].clone();
        let all = statements_for(TakeLength::Full).len();
        assert_eq!(store.save(&data_with_answers(all)), Err(StorageError::Full));
        assert_eq!(storage.snapshot()[DEFAULT_KEY], before);
        // When space frees up (fewer answers here), saving works again.
        store.save(&data_with_answers(1)).expect("fits again");
    }

    #[test]
    fn namespaces_keep_separate_documents() {
        assert_eq!(Store::key_for(None), "kindred");
        assert_eq!(Store::key_for(Some("")), "kindred");
        assert_eq!(Store::key_for(Some("team-a")), "kindred:team-a");
        let storage = MemoryStorage::new();
        let (mut a, _, _) = Store::open(Box::new(storage.clone()), Store::key_for(Some("a")), 0);
        a.save(&data_with_answers(2)).expect("saved");
        let (_, b, _) = Store::open(Box::new(storage.clone()), Store::key_for(Some("b")), 0);
        assert_eq!(b, SavedData::default());
    }

    #[test]
    fn reload_picks_up_changes_from_another_tab_only() {
        let storage = MemoryStorage::new();
        let (mut this_tab, _, _) = open(&storage);
        this_tab.save(&data_with_answers(1)).expect("saved");
        assert_eq!(this_tab.reload(), None, "our own write is not news");

        let (mut other_tab, _, _) = open(&storage);
        other_tab.save(&data_with_answers(4)).expect("saved");
        assert_eq!(this_tab.reload(), Some(data_with_answers(4)));
    }

    #[test]
    fn deleting_everything_also_deletes_the_copies_kept_aside_and_nothing_else() {
        let storage = MemoryStorage::new();
        storage.set(DEFAULT_KEY, "{broken").expect("set");
        storage
            .set("kindred:other.unreadable.5", "another namespace's copy")
            .expect("set");
        storage
            .set("unrelated", "the host's own data")
            .expect("set");
        let (mut store, _, notices) = open(&storage);
        assert!(matches!(&notices[..], [Notice::KeptAside { .. }]));
        storage
            .set("kindred.unreadable.1", "an older copy")
            .expect("set");

        assert_eq!(store.delete_kept_aside(), Ok(2));
        let left: Vec<String> = storage.snapshot().into_keys().collect();
        assert_eq!(
            left,
            vec!["kindred", "kindred:other.unreadable.5", "unrelated"]
        );
    }

    #[test]
    fn saving_the_same_data_twice_writes_once() {
        let storage = MemoryStorage::new();
        let (mut store, _, _) = open(&storage);
        store.save(&data_with_answers(1)).expect("saved");
        storage
            .set(DEFAULT_KEY, "changed behind our back")
            .expect("set");
        store.save(&data_with_answers(1)).expect("no write needed");
        assert_eq!(storage.snapshot()[DEFAULT_KEY], "changed behind our back");
    }
}
