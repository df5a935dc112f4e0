//! The keys of format 2 and the rules that keep every finished take safe:
//! records merged by take id, nothing overwritten that this build could
//! not write back as it was, and nothing finished ever lost silently.
//! `docs/stored-format.md` describes the same rules for people.

use super::format::{
    format_of, read_export, read_legacy, read_meta, read_partner, read_progress, read_take,
    write_export, write_meta, write_partner, write_progress, write_take, DocumentError,
    ImportError, MetaRecord, RecordError, CURRENT_FORMAT,
};
use super::{StorageBackend, StorageError};
use crate::assessment::{CompletedTake, SharedScores, Take, TakeId};

/// The key prefix every Kindred document starts from when no namespace is
/// given.
pub const DEFAULT_KEY: &str = "kindred";

/// Something the person should know about their saved data. The UI turns
/// each into one calm sentence; none of them stops the check-in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The browser gives no storage: everything lives in memory until the
    /// page closes.
    StorageUnavailable,
    /// The latest answer could not be saved because storage is full.
    StorageFull,
    /// The latest answer could not be saved for another reason.
    SaveFailed,
    /// A finished check-in could not be saved: it is shown, and can be
    /// downloaded, while the page is open.
    FinishedNotSaved,
    /// Saved data that could not be fully read was copied aside before
    /// anything was written. `partly` is true when the rest could be read.
    KeptAside { partly: bool },
    /// Saved data could not be read, nor copied aside; it is left exactly
    /// where it is and Kindred writes around it.
    LeftUntouched,
    /// Saved by a newer version of Kindred; left as it is, and this visit
    /// is kept in memory only.
    NewerVersion,
    /// Deleting did not fully work; `left` things are still saved.
    DeleteFailed { left: usize },
    /// What "Import check-ins" did with a file.
    Imported(Result<ImportReport, ImportError>),
    /// A picked file could not be read at all.
    FileUnreadable,
    /// The browser did not let Kindred save the download.
    DownloadFailed,
}

impl Notice {
    /// True for notices about a failed save, which a later successful save
    /// makes out of date.
    pub fn is_about_saving(&self) -> bool {
        matches!(self, Notice::StorageFull | Notice::SaveFailed)
    }

    /// True for notices about one file, which the next file replaces.
    pub fn is_about_a_file(&self) -> bool {
        matches!(
            self,
            Notice::Imported(_) | Notice::FileUnreadable | Notice::DownloadFailed
        )
    }
}

/// What a change made by another tab means for this one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum External {
    /// Nothing this tab shows.
    Nothing,
    /// The list of finished takes changed.
    Takes,
    /// Another tab is answering `Take` (or, `None`, finished or dropped the
    /// take this tab had in progress). Never sent while this tab holds
    /// answers it could not save.
    Progress(Option<Take>),
    /// A newer Kindred now owns the data: stop writing.
    NewerVersion,
    /// Everything may have changed (storage was cleared): open again.
    Reopen,
}

/// What "Import check-ins" did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: usize,
    pub already_had: usize,
    pub unreadable: usize,
    /// Readable takes that could not be saved (storage full).
    pub not_saved: usize,
}

/// What opening a namespace found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Opened {
    /// The take in progress to continue (the most recently started one).
    pub in_progress: Option<Take>,
    /// Finished takes, oldest first.
    pub takes: Vec<TakeId>,
    /// The finished take whose results were on screen.
    pub open_results: Option<TakeId>,
}

/// Reads and writes Kindred's records through a [`StorageBackend`].
pub struct Store {
    backend: Box<dyn StorageBackend>,
    /// `kindred` or `kindred:<namespace>`.
    doc: String,
    /// False while a newer Kindred owns the namespace.
    writes_allowed: bool,
    /// Every finished take there is, saved or not, oldest first.
    takes: Vec<TakeId>,
    /// Finished takes that could not be saved, kept while the page is open
    /// and saved as soon as there is room.
    unsaved: Vec<CompletedTake>,
    /// The take in progress this tab last wrote or adopted, as written.
    progress_seen: Option<(TakeId, String)>,
    /// True when the take in progress has answers storage refused.
    progress_unsaved: bool,
    /// `<doc>.meta` as last read or written.
    meta: MetaRecord,
    meta_seen: Option<String>,
    /// When to name copies kept aside.
    now_ms: u64,
    /// True while a readable format 1 document still holds takes that did
    /// not fit into records yet: deleting one must remove it there too.
    legacy_pending: bool,
}

impl Store {
    /// The document key for an optional namespace, so one site can run
    /// separate check-ins. Namespaces are limited to a safe character set
    /// (never a `.`) by the caller; this only joins.
    pub fn key_for(namespace: Option<&str>) -> String {
        match namespace {
            Some(ns) if !ns.is_empty() => format!("{DEFAULT_KEY}:{ns}"),
            _ => DEFAULT_KEY.to_owned(),
        }
    }

    fn meta_key(&self) -> String {
        format!("{}.meta", self.doc)
    }
    fn progress_key(&self, id: TakeId) -> String {
        format!("{}.progress.{}", self.doc, id.0)
    }
    fn take_key(&self, id: TakeId) -> String {
        format!("{}.take.{}", self.doc, id.0)
    }
    fn partner_key(&self, id: TakeId) -> String {
        format!("{}.partner.{}", self.doc, id.0)
    }
    /// The take id in `key` when it is one of ours of the given kind.
    fn id_in(&self, key: &str, kind: &str) -> Option<TakeId> {
        let rest = key.strip_prefix(&self.doc)?.strip_prefix('.')?;
        rest.strip_prefix(kind)?
            .strip_prefix('.')?
            .parse()
            .ok()
            .map(TakeId)
    }

    /// Opens the namespace under `doc`, migrating a format 1 document if
    /// there is one. `now_ms` names copies of anything kept aside.
    pub fn open(
        backend: Box<dyn StorageBackend>,
        doc: impl Into<String>,
        now_ms: u64,
    ) -> (Store, Opened, Vec<Notice>) {
        let mut store = Store {
            backend,
            doc: doc.into(),
            writes_allowed: true,
            takes: Vec::new(),
            unsaved: Vec::new(),
            progress_seen: None,
            progress_unsaved: false,
            meta: MetaRecord {
                format: CURRENT_FORMAT,
                ..MetaRecord::default()
            },
            meta_seen: None,
            now_ms,
            legacy_pending: false,
        };
        let mut notices = Vec::new();
        let opened = store.read_all(&mut notices);
        notices.dedup();
        (store, opened, notices)
    }

    fn read_all(&mut self, notices: &mut Vec<Notice>) -> Opened {
        self.takes.clear();
        self.progress_seen = None;
        let keys = match self.backend.keys() {
            Ok(keys) => keys,
            Err(error) => {
                // We cannot see what is there, so we must not write over it.
                self.writes_allowed = false;
                notices.push(match error {
                    StorageError::Unavailable => Notice::StorageUnavailable,
                    _ => Notice::LeftUntouched,
                });
                return Opened::default();
            }
        };

        if let Ok(Some(raw)) = self.backend.get(&self.meta_key()) {
            match read_meta(&raw) {
                Ok(meta) => {
                    if write_meta(&meta) == raw {
                        self.meta_seen = Some(raw);
                    } else {
                        // Fields this build does not know: keep the
                        // original before the next write drops them.
                        let notice = self.keep_aside(&raw, true);
                        if notice != Notice::LeftUntouched {
                            self.meta_seen = Some(raw);
                        }
                        notices.push(notice);
                    }
                    self.meta = meta;
                }
                Err(RecordError::Newer(_)) => {
                    self.writes_allowed = false;
                    notices.push(Notice::NewerVersion);
                    return Opened::default();
                }
                Err(RecordError::Damaged) => {
                    let notice = self.keep_aside(&raw, false);
                    if notice != Notice::LeftUntouched {
                        self.meta_seen = Some(raw);
                    }
                    notices.push(notice);
                }
            }
        }

        let mut legacy_progress = None;
        let mut migrated = false;
        if !self.meta.legacy_kept {
            if let Ok(Some(raw)) = self.backend.get(&self.doc) {
                migrated = true;
                match self.migrate(&raw, notices) {
                    Ok(progress) => legacy_progress = progress,
                    Err(()) => return Opened::default(),
                }
            }
        }

        // Key names alone say which takes exist: no past answer is read.
        let keys = if migrated {
            self.backend.keys().unwrap_or(keys)
        } else {
            keys
        };
        let mut in_progress: Vec<Take> = legacy_progress.into_iter().collect();
        let mut progress_keys = Vec::new();
        for key in &keys {
            if let Some(id) = self.id_in(key, "take") {
                self.takes.push(id);
            } else if let Some(id) = self.id_in(key, "progress") {
                progress_keys.push((key.clone(), id));
            }
        }
        self.takes.extend(self.unsaved.iter().map(|t| t.id));
        // A heap sort: O(n log n) like `sort_unstable`, with a fraction of
        // its code in the WebAssembly.
        self.takes =
            std::collections::BinaryHeap::from(std::mem::take(&mut self.takes)).into_sorted_vec();
        self.takes.dedup();
        let mut unreadable = false;
        for (key, id) in progress_keys {
            if self.takes.binary_search(&id).is_ok() {
                // Finished in some tab; another, busier tab wrote it again.
                let _ = self.backend.remove(&key);
                continue;
            }
            let Ok(Some(raw)) = self.backend.get(&key) else {
                continue;
            };
            match read_progress(&raw, id) {
                Ok(take) if in_progress.iter().all(|t| t.id != id) => {
                    if write_progress(&take) != raw {
                        notices.push(self.keep_aside(&raw, true));
                    }
                    in_progress.push(take);
                }
                Ok(_) => {}
                // Left where it is: no new take ever reuses its id.
                Err(_) => unreadable = true,
            }
        }
        if unreadable {
            notices.push(Notice::LeftUntouched);
        }
        let newest = in_progress.into_iter().max_by_key(|t| t.started_at_ms);
        if let Some(take) = &newest {
            self.progress_seen = Some((take.id, write_progress(take)));
        }
        Opened {
            in_progress: newest,
            takes: self.takes.clone(),
            open_results: self
                .meta
                .open_results
                .map(TakeId)
                .filter(|id| self.takes.binary_search(id).is_ok()),
        }
    }

    /// Moves a format 1 document into format 2 records. Only adds records
    /// until the end, so a tab closed part-way loses nothing: the next
    /// visit starts again and skips what exists. Returns the take that was
    /// in progress; `Err` when a newer Kindred owns the data.
    fn migrate(&mut self, raw: &str, notices: &mut Vec<Notice>) -> Result<Option<Take>, ()> {
        let document = match read_legacy(raw) {
            Ok(document) => document,
            Err(DocumentError::Newer(_)) => {
                self.writes_allowed = false;
                notices.push(Notice::NewerVersion);
                return Err(());
            }
            Err(DocumentError::Unreadable) => {
                let notice = self.keep_aside(raw, false);
                self.finish_migration(notice == Notice::LeftUntouched);
                notices.push(notice);
                return Ok(None);
            }
        };
        // May the document be rewritten or removed? Only if all of it was
        // read, or a copy of it is kept aside.
        let mut may_replace = true;
        if document.skipped > 0 {
            let notice = self.keep_aside(raw, true);
            may_replace = notice != Notice::LeftUntouched;
            notices.push(notice);
        }

        // How many entries had left the old document at its last rewrite.
        let mut shrunk_at = 0;
        let mut index = 0;
        while index < document.history.len() {
            match self.add_take(&document.history[index].take) {
                Ok(_) => index += 1,
                Err(_) if may_replace && index > shrunk_at => {
                    // Out of room: what is migrated can leave the old
                    // document, which frees about as much as it took.
                    shrunk_at = index;
                    if self
                        .backend
                        .set(&self.doc, &document.without_first(index))
                        .is_err()
                    {
                        break;
                    }
                }
                Err(_) => break,
            }
        }
        if index < document.history.len() {
            // The rest stays in the format 1 document and in memory; the
            // next visit goes on.
            for rest in &document.history[index..] {
                if !self.takes.contains(&rest.take.id) {
                    self.unsaved.push(rest.take.clone());
                }
            }
            self.legacy_pending = may_replace;
            notices.push(Notice::StorageFull);
            return Ok(document.in_progress.clone());
        }

        if let Some(take) = &document.in_progress {
            let finished = self.backend.get(&self.take_key(take.id)).ok().flatten();
            let there = self.backend.get(&self.progress_key(take.id)).ok().flatten();
            if finished.is_none()
                && there.is_none()
                && self
                    .backend
                    .set(&self.progress_key(take.id), &write_progress(take))
                    .is_err()
            {
                notices.push(Notice::StorageFull);
                return Ok(Some(take.clone()));
            }
        }
        if self.meta_seen.is_none() {
            self.meta.open_results = document.open_results.map(|id| id.0);
        }
        self.finish_migration(!may_replace);
        Ok(None)
    }

    /// Writes `<doc>.meta`, then removes the format 1 document, or marks it
    /// as kept in place when it may not be removed.
    fn finish_migration(&mut self, keep_in_place: bool) {
        self.meta.legacy_kept = keep_in_place;
        if self.write_meta_record().is_ok() && !keep_in_place {
            let _ = self.backend.remove(&self.doc);
        }
    }

    /// Saves a migrated or imported take under [`Store::free_id_for`]:
    /// `Ok(false)` when the same take is saved already.
    fn add_take(&mut self, take: &CompletedTake) -> Result<bool, StorageError> {
        let Some(id) = self.free_id_for(take) else {
            return Ok(false);
        };
        let take = CompletedTake { id, ..take.clone() };
        self.backend.set(&self.take_key(id), &write_take(&take))?;
        if let Err(at) = self.takes.binary_search(&id) {
            self.takes.insert(at, id);
        }
        Ok(true)
    }

    /// The id a migrated or imported take is saved under: its own, unless
    /// that is taken by a different take (then the next free one); `None`
    /// when the same take is saved already.
    fn free_id_for(&self, take: &CompletedTake) -> Option<TakeId> {
        let mut id = take.id;
        loop {
            match self.backend.get(&self.take_key(id)) {
                Ok(None) | Err(_) => return Some(id),
                Ok(Some(raw)) => {
                    let same = read_take(&raw, Some(id)).is_ok_and(|saved| {
                        saved.answers == take.answers
                            && saved.finished_at_ms == take.finished_at_ms
                            && saved.context == take.context
                    });
                    if same {
                        return None;
                    }
                }
            }
            id = TakeId(id.0 + 1);
        }
    }

    /// Copies `raw` to a fresh key beside the document. When that fails,
    /// the caller must leave the original where it is.
    fn keep_aside(&mut self, raw: &str, partly: bool) -> Notice {
        let base = format!("{}.unreadable.{}", self.doc, self.now_ms);
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
                return Notice::KeptAside { partly };
            }
            break;
        }
        Notice::LeftUntouched
    }

    /// True while changes reach the backend.
    pub fn is_saving(&self) -> bool {
        self.writes_allowed
    }

    /// Finished takes, saved or not, oldest first.
    pub fn takes(&self) -> &[TakeId] {
        &self.takes
    }

    /// A new take's id: the clock, stepped past every id in use (finished,
    /// in progress, or in a record that could not be read).
    pub fn fresh_id(&self, now_ms: u64) -> TakeId {
        let mut id = TakeId(now_ms);
        while self.takes.binary_search(&id).is_ok()
            || self
                .backend
                .get(&self.take_key(id))
                .ok()
                .flatten()
                .is_some()
            || self
                .backend
                .get(&self.progress_key(id))
                .ok()
                .flatten()
                .is_some()
        {
            id = TakeId(id.0 + 1);
        }
        id
    }

    /// Saves the take in progress, or clears this tab's when `None`. Writes
    /// that take's record only, whatever the history holds. Does nothing
    /// when another tab has finished the take already.
    pub fn save_progress(&mut self, take: Option<&Take>) -> Result<(), StorageError> {
        if !self.writes_allowed {
            return Ok(());
        }
        let Some(take) = take else {
            if let Some((id, _)) = self.progress_seen.take() {
                self.progress_unsaved = false;
                self.backend.remove(&self.progress_key(id))?;
            }
            return Ok(());
        };
        let raw = write_progress(take);
        if let Some((id, seen)) = &self.progress_seen {
            if *id == take.id && *seen == raw && !self.progress_unsaved {
                return Ok(());
            }
        }
        let key = self.progress_key(take.id);
        // A busy tab must not bring back a take another tab finished.
        if matches!(self.backend.get(&self.take_key(take.id)), Ok(Some(_))) {
            return Ok(());
        }
        if let Ok(Some(current)) = self.backend.get(&key) {
            let known = self
                .progress_seen
                .as_ref()
                .is_some_and(|(id, seen)| *id == take.id && *seen == current);
            let rewrites_as_is = read_progress(&current, take.id)
                .is_ok_and(|stored| write_progress(&stored) == current);
            if !known && !rewrites_as_is && self.keep_aside(&current, true) == Notice::LeftUntouched
            {
                self.progress_unsaved = true;
                return Err(StorageError::Full);
            }
        }
        match self.backend.set(&key, &raw) {
            Ok(()) => {
                // Switching takes leaves the other one's record alone: it
                // may be another tab's.
                self.progress_seen = Some((take.id, raw));
                self.progress_unsaved = false;
                Ok(())
            }
            Err(error) => {
                self.progress_unsaved = true;
                Err(error)
            }
        }
    }

    /// Saves a finished take once and removes its progress record, and
    /// says under which id (see below). When
    /// storage refuses, the take is kept in memory (and saved as soon as
    /// there is room) and its progress record is removed all the same, so
    /// a reload never shows a finished take as in progress.
    pub fn finish(&mut self, take: &CompletedTake) -> (TakeId, Result<(), StorageError>) {
        let progress_key = self.progress_key(take.id);
        self.progress_seen = None;
        self.progress_unsaved = false;
        // Two tabs that start in the same millisecond get the same id; the
        // second take to finish is saved under the next free one instead of
        // over the first. (`None`: this very take is saved already.)
        let Some(id) = self.free_id_for(take) else {
            let _ = self.backend.remove(&progress_key);
            return (take.id, Ok(()));
        };
        let take = &CompletedTake { id, ..take.clone() };
        if let Err(at) = self.takes.binary_search(&take.id) {
            self.takes.insert(at, take.id);
        }
        if !self.writes_allowed {
            self.unsaved.push(take.clone());
            return (id, Ok(()));
        }
        let record = write_take(take);
        let key = self.take_key(take.id);
        let saved = self.backend.set(&key, &record).or_else(|_| {
            // The progress record goes first, freeing its room.
            let _ = self.backend.remove(&progress_key);
            self.backend.set(&key, &record)
        });
        let _ = self.backend.remove(&progress_key);
        if saved.is_err() {
            self.unsaved.push(take.clone());
        }
        (id, saved)
    }

    /// True when the take in progress has answers storage refused.
    pub fn has_unsaved_progress(&self) -> bool {
        self.progress_unsaved
    }

    /// True while some finished take is kept only in memory.
    pub fn has_unsaved_takes(&self) -> bool {
        !self.unsaved.is_empty()
    }

    /// Tries again to save finished takes kept in memory; true when all
    /// are saved now.
    pub fn retry_unsaved(&mut self) -> bool {
        if !self.writes_allowed {
            return self.unsaved.is_empty();
        }
        let pending = std::mem::take(&mut self.unsaved);
        for take in pending {
            if self
                .backend
                .set(&self.take_key(take.id), &write_take(&take))
                .is_err()
            {
                self.unsaved.push(take);
            }
        }
        self.unsaved.is_empty()
    }

    /// One finished take, read from its record (or from memory when it
    /// could not be saved).
    pub fn take(&self, id: TakeId) -> Result<CompletedTake, RecordError> {
        if let Some(take) = self.unsaved.iter().find(|t| t.id == id) {
            return Ok(take.clone());
        }
        match self.backend.get(&self.take_key(id)) {
            Ok(Some(raw)) => read_take(&raw, Some(id)),
            _ => Err(RecordError::Damaged),
        }
    }

    /// The other person's scores kept beside check-in `id`, if the person
    /// chose to keep them and they can still be read.
    pub fn partner(&self, id: TakeId) -> Option<SharedScores> {
        let raw = self.backend.get(&self.partner_key(id)).ok()??;
        read_partner(&raw).ok()
    }

    /// Keeps `theirs` beside check-in `id` (which must exist), replacing
    /// any kept before.
    pub fn keep_partner(&mut self, id: TakeId, theirs: &SharedScores) -> Result<(), StorageError> {
        if !self.writes_allowed || self.takes.binary_search(&id).is_err() {
            return Err(StorageError::Unavailable);
        }
        self.backend
            .set(&self.partner_key(id), &write_partner(theirs))
    }

    /// Forgets the other person's scores kept beside check-in `id`.
    pub fn forget_partner(&mut self, id: TakeId) -> Result<(), StorageError> {
        if !self.writes_allowed {
            return Err(StorageError::Unavailable);
        }
        self.backend.remove(&self.partner_key(id))
    }

    /// How many records back a screen looks for "the last check-in about
    /// the same relationship", at most: a bounded cost at any history size.
    pub const LOOK_BACK: usize = 20;

    /// Finished takes, newest first, from just before `before` (or from
    /// the newest when `None`), reading at most `limit` records and only
    /// as many as the caller takes: what "since last time" and the
    /// welcome's reminder need, at a cost that never grows with the
    /// history. Records that cannot be read are passed over.
    pub fn recent(
        &self,
        before: Option<TakeId>,
        limit: usize,
    ) -> impl Iterator<Item = CompletedTake> + '_ {
        let end = match before {
            Some(id) => self.takes.partition_point(|t| *t < id),
            None => self.takes.len(),
        };
        self.takes
            .get(..end)
            .unwrap_or_default()
            .iter()
            .rev()
            .take(limit)
            .filter_map(|id| self.take(*id).ok())
    }

    /// Deletes one finished take (its record, or its copy in memory).
    pub fn delete(&mut self, id: TakeId) -> Result<(), StorageError> {
        self.unsaved.retain(|t| t.id != id);
        if self.writes_allowed {
            self.backend.remove(&self.take_key(id))?;
            // Their scores go with it; a failure here leaves a record no
            // check-in points at, which nothing reads.
            let _ = self.backend.remove(&self.partner_key(id));
            if self.legacy_pending {
                // Not migrated yet: out of the old document, or the next
                // visit would bring it back.
                if let Ok(Some(raw)) = self.backend.get(&self.doc) {
                    if let Ok(document) = read_legacy(&raw) {
                        if document.history.iter().any(|t| t.take.id == id) {
                            self.backend.set(&self.doc, &document.without(id))?;
                        }
                    }
                }
            }
        }
        self.takes.retain(|t| *t != id);
        if self.meta.open_results == Some(id.0) {
            let _ = self.set_open_results(None);
        }
        self.retry_unsaved();
        Ok(())
    }

    /// Deletes every key of the namespace, whatever it holds (also data
    /// this build could not read, copies kept aside, and a newer
    /// version's data): the person asked for all of it. Returns how many
    /// keys were removed, or how many are left when the browser refused.
    pub fn delete_all(&mut self) -> Result<usize, usize> {
        let prefix = format!("{}.", self.doc);
        let keys: Vec<String> = match self.backend.keys() {
            Ok(keys) => keys
                .into_iter()
                .filter(|k| *k == self.doc || k.starts_with(&prefix))
                .collect(),
            Err(_) => return Err(self.takes.len().max(1)),
        };
        let left = keys
            .iter()
            .filter(|key| self.backend.remove(key).is_err())
            .count();
        self.unsaved.clear();
        if left > 0 {
            // Show what is really still there.
            let mut notices = Vec::new();
            let _ = self.read_all(&mut notices);
            return Err(left);
        }
        self.takes.clear();
        self.progress_seen = None;
        self.progress_unsaved = false;
        self.meta = MetaRecord {
            format: CURRENT_FORMAT,
            ..MetaRecord::default()
        };
        self.meta_seen = None;
        // Nothing of a newer version is left to protect.
        self.writes_allowed = true;
        Ok(keys.len())
    }

    /// Deletes the takes in progress with these ids, when the person has
    /// chosen to start afresh instead.
    pub fn discard_progress(&mut self, ids: &[TakeId]) {
        if !self.writes_allowed {
            return;
        }
        for id in ids {
            let _ = self.backend.remove(&self.progress_key(*id));
            if self
                .progress_seen
                .as_ref()
                .is_some_and(|(seen, _)| seen == id)
            {
                self.progress_seen = None;
                self.progress_unsaved = false;
            }
        }
    }

    /// Every take in progress as storage holds it now (any tab's). Asked
    /// at the moment a new take would replace one.
    pub fn takes_in_progress(&self) -> Vec<Take> {
        let found: Vec<Take> = self
            .backend
            .keys()
            .unwrap_or_default()
            .iter()
            .filter_map(|key| {
                let id = self.id_in(key, "progress")?;
                let raw = self.backend.get(key).ok()??;
                read_progress(&raw, id).ok()
            })
            .filter(|t| self.takes.binary_search(&t.id).is_err())
            .collect();
        found
    }

    /// Remembers which results are on screen, so a reload shows them again.
    pub fn set_open_results(&mut self, id: Option<TakeId>) -> Result<(), StorageError> {
        let open = id.map(|id| id.0);
        if self.meta.open_results == open {
            return Ok(());
        }
        self.meta.open_results = open;
        self.write_meta_record()
    }

    fn write_meta_record(&mut self) -> Result<(), StorageError> {
        if !self.writes_allowed {
            return Ok(());
        }
        let key = self.meta_key();
        if let Ok(Some(current)) = self.backend.get(&key) {
            if self.meta_seen.as_deref() != Some(current.as_str()) {
                match read_meta(&current) {
                    Ok(meta) if write_meta(&meta) == current => {
                        self.meta.legacy_kept |= meta.legacy_kept;
                    }
                    Err(RecordError::Newer(_)) => {
                        self.writes_allowed = false;
                        return Ok(());
                    }
                    _ => {
                        if self.keep_aside(&current, true) == Notice::LeftUntouched {
                            return Err(StorageError::Full);
                        }
                    }
                }
            }
        }
        let raw = write_meta(&self.meta);
        self.backend.set(&key, &raw)?;
        self.meta_seen = Some(raw);
        Ok(())
    }

    /// Applies a change another tab made to `key` (`None`: storage was
    /// cleared). Proportional to the change: one record is read at most.
    pub fn apply_external(&mut self, key: Option<&str>, new_value: Option<&str>) -> External {
        let Some(key) = key else {
            return External::Reopen;
        };
        if key == self.doc {
            // An older Kindred, still open somewhere, wrote format 1 again:
            // migrate what it holds (only adds).
            return if new_value.is_some() {
                External::Reopen
            } else {
                External::Nothing
            };
        }
        if key == self.meta_key() {
            if let Some(raw) = new_value {
                if matches!(read_meta(raw), Err(RecordError::Newer(_)))
                    || format_of(raw).is_some_and(|f| f > CURRENT_FORMAT)
                {
                    self.writes_allowed = false;
                    return External::NewerVersion;
                }
            }
            return External::Nothing;
        }
        if let Some(id) = self.id_in(key, "take") {
            match new_value {
                Some(_) => {
                    if let Err(at) = self.takes.binary_search(&id) {
                        self.takes.insert(at, id);
                    }
                    self.unsaved.retain(|t| t.id != id);
                    if self
                        .progress_seen
                        .as_ref()
                        .is_some_and(|(seen, _)| *seen == id)
                    {
                        self.progress_seen = None;
                        self.progress_unsaved = false;
                        return External::Progress(None);
                    }
                }
                None => {
                    if self.unsaved.iter().all(|t| t.id != id) {
                        self.takes.retain(|t| *t != id);
                    }
                }
            }
            return External::Takes;
        }
        if let Some(id) = self.id_in(key, "progress") {
            if self.progress_unsaved {
                // This tab holds answers storage refused: they win, and
                // the other tab's record stays where it is.
                return External::Nothing;
            }
            return match new_value.map(|raw| (raw, read_progress(raw, id))) {
                Some((raw, Ok(take))) => {
                    if self.takes.binary_search(&id).is_ok() {
                        return External::Nothing;
                    }
                    self.progress_seen = Some((id, raw.to_owned()));
                    External::Progress(Some(take))
                }
                Some((_, Err(_))) => External::Nothing,
                None if self
                    .progress_seen
                    .as_ref()
                    .is_some_and(|(seen, _)| *seen == id) =>
                {
                    self.progress_seen = None;
                    External::Progress(None)
                }
                None => External::Nothing,
            };
        }
        External::Nothing
    }

    /// Opens everything again, after storage was cleared or an older
    /// Kindred rewrote format 1.
    pub fn reopen(&mut self) -> (Opened, Vec<Notice>) {
        let mut notices = Vec::new();
        self.writes_allowed = true;
        let opened = self.read_all(&mut notices);
        (opened, notices)
    }

    /// An export file of every finished take (saved records exactly as
    /// stored, and any kept in memory), oldest first.
    pub fn export(&self, now_ms: u64) -> String {
        let records: Vec<String> = self
            .takes
            .iter()
            .filter_map(|id| match self.unsaved.iter().find(|t| t.id == *id) {
                Some(take) => Some(write_take(take)),
                None => self.backend.get(&self.take_key(*id)).ok().flatten(),
            })
            .collect();
        write_export(&records, now_ms)
    }

    /// Adds the takes of an export file that are not here yet (merged by
    /// take id: nothing is duplicated or replaced). A file that is not an
    /// export changes nothing.
    pub fn import(&mut self, raw: &str) -> Result<ImportReport, ImportError> {
        let takes = read_export(raw)?;
        let mut report = ImportReport::default();
        for take in takes {
            let Ok(take) = take else {
                report.unreadable += 1;
                continue;
            };
            if !self.writes_allowed {
                // A memory-only visit: shown while the page is open.
                match self.takes.binary_search(&take.id) {
                    Ok(_) => report.already_had += 1,
                    Err(at) => {
                        self.takes.insert(at, take.id);
                        self.unsaved.push(take);
                        report.added += 1;
                    }
                }
                continue;
            }
            match self.add_take(&take) {
                Ok(true) => report.added += 1,
                Ok(false) => report.already_had += 1,
                Err(_) => report.not_saved += 1,
            }
        }
        Ok(report)
    }

    /// The document key (`kindred` or `kindred:<namespace>`).
    pub fn key(&self) -> &str {
        &self.doc
    }

    /// True for keys of this namespace, so the UI ignores other changes.
    pub fn owns_key(&self, key: &str) -> bool {
        key == self.doc
            || key
                .strip_prefix(&self.doc)
                .is_some_and(|rest| rest.starts_with('.'))
    }
}
