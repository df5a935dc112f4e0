//! The store's promises, each as a table of what a person does and what
//! must still be there afterwards. Two `Store`s on one `MemoryStorage`
//! stand for two tabs.

use super::format::tests::finished_take;
use super::format::{write_progress, write_take};
use super::*;
use crate::assessment::{
    Agreement, CompletedTake, RelationshipContext, SharedScores, Take, TakeId, TakeLength,
};

fn open(storage: &MemoryStorage) -> (Store, Opened, Vec<Notice>) {
    Store::open(Box::new(storage.clone()), DEFAULT_KEY, 1_700)
}

fn take_with_answers(id: u64, n: usize) -> Take {
    let mut take = Take::new(
        TakeId(id),
        RelationshipContext::Romantic,
        TakeLength::Full,
        id,
    );
    for _ in 0..n {
        take.answer_current(Agreement::Agree);
        take.go_next();
    }
    take
}

fn finished(id: u64) -> CompletedTake {
    finished_take(id, TakeLength::Quick)
}

/// A history of `n` finished takes in format 2, as a long-time user has.
fn seed_history(storage: &MemoryStorage, n: u64) {
    storage
        .set("kindred.meta", r#"{"format":2,"open_results":null}"#)
        .expect("set");
    for id in 1..=n {
        storage
            .set(&format!("kindred.take.{id}"), &write_take(&finished(id)))
            .expect("set");
    }
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture")
}

fn keys(storage: &MemoryStorage) -> Vec<String> {
    storage.snapshot().into_keys().collect()
}

#[test]
fn resumes_where_the_person_left_off() {
    let storage = MemoryStorage::new();
    let (mut store, opened, notices) = open(&storage);
    assert_eq!((opened, notices), (Opened::default(), vec![]));
    let take = take_with_answers(5, 7);
    store.save_progress(Some(&take)).expect("saved");

    let (_, opened, notices) = open(&storage);
    assert!(notices.is_empty());
    assert_eq!(opened.in_progress.as_ref(), Some(&take));
    assert_eq!(opened.in_progress.map(|t| t.progress().number), Some(8));
}

#[test]
fn an_answer_writes_the_same_few_bytes_whatever_the_history_holds() {
    let mut written = Vec::new();
    for history in [0, 100, 1_000] {
        let storage = MemoryStorage::new();
        seed_history(&storage, history);
        let (mut store, opened, _) = open(&storage);
        assert_eq!(opened.takes.len(), history as usize);
        let mut take = Take::new(
            TakeId(1 << 40),
            RelationshipContext::Friend,
            TakeLength::Full,
            0,
        );
        let before = storage.chars_written();
        for _ in 0..24 {
            take.answer_current(Agreement::Disagree);
            store.save_progress(Some(&take)).expect("saved");
            take.go_next();
            store.save_progress(Some(&take)).expect("saved");
        }
        written.push(storage.chars_written() - before);
    }
    assert_eq!(written[0], written[1]);
    assert_eq!(written[0], written[2]);
    assert!(written[0] < 48 * 500, "{written:?}");
}

#[test]
fn opening_reads_no_past_answers() {
    let storage = MemoryStorage::new();
    seed_history(&storage, 1_000);
    let before = storage.chars_read();
    let (_, opened, _) = open(&storage);
    assert_eq!(opened.takes.len(), 1_000);
    assert!(
        storage.chars_read() - before < 200,
        "read {}",
        storage.chars_read() - before
    );
}

#[test]
fn finishing_writes_the_take_once_and_removes_its_progress() {
    let storage = MemoryStorage::new();
    seed_history(&storage, 50);
    let (mut store, _, _) = open(&storage);
    let mut take = take_with_answers(1 << 40, 24);
    take.answer_current(Agreement::Agree);
    store.save_progress(Some(&take)).expect("saved");
    let done = take.finish(2 << 40).expect("complete");
    let before = storage.chars_written();
    store.finish(&done).1.expect("saved");
    let record = write_take(&done);
    assert_eq!(
        storage.chars_written() - before,
        "kindred.take.1099511627776".len() + record.len()
    );
    assert!(!keys(&storage).iter().any(|k| k.contains("progress")));
    let (_, opened, _) = open(&storage);
    assert_eq!(opened.in_progress, None);
    assert_eq!(opened.takes.len(), 51);
}

#[test]
fn every_format_1_fixture_migrates_with_nothing_lost() {
    for (name, takes, in_progress, open_results) in [
        ("format-1-empty.json", 0, false, None),
        ("format-1-in-progress.json", 0, true, None),
        ("format-1-history.json", 3, false, None),
        (
            "format-1-history-and-progress.json",
            3,
            true,
            Some(TakeId(1795200000000)),
        ),
    ] {
        let storage = MemoryStorage::new();
        let document = fixture(name);
        storage.set(DEFAULT_KEY, &document).expect("set");
        let expected = super::format::read_legacy(&document).expect("readable");
        let (store, opened, notices) = open(&storage);
        assert!(notices.is_empty(), "{name}: {notices:?}");
        assert_eq!(opened.takes.len(), takes, "{name}");
        assert_eq!(opened.in_progress.is_some(), in_progress, "{name}");
        assert_eq!(opened.in_progress, expected.in_progress, "{name}");
        assert_eq!(opened.open_results, open_results, "{name}");
        for legacy in &expected.history {
            assert_eq!(
                store.take(legacy.take.id).as_ref(),
                Ok(&legacy.take),
                "{name}"
            );
        }
        // The old document is gone; format 2 is marked.
        assert_eq!(storage.get(DEFAULT_KEY), Ok(None), "{name}");
        assert!(
            storage.get("kindred.meta").expect("get").is_some(),
            "{name}"
        );
        // Opening again changes nothing.
        let snapshot = storage.snapshot();
        let (_, again, _) = open(&storage);
        assert_eq!(again, opened, "{name}");
        assert_eq!(storage.snapshot(), snapshot, "{name}");
    }
}

#[test]
fn a_migration_interrupted_at_any_step_finishes_next_time_without_duplicates() {
    let document = fixture("format-1-history-and-progress.json");
    let complete = {
        let storage = MemoryStorage::new();
        storage.set(DEFAULT_KEY, &document).expect("set");
        let _ = open(&storage);
        storage.snapshot()
    };
    // Replay the migration's writes one at a time: stopping after any of
    // them (a closed tab) and opening again ends in the same place.
    let steps: Vec<(String, String)> = complete
        .iter()
        .filter(|(k, _)| k.as_str() != "kindred.meta")
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for stop in 0..=steps.len() {
        let storage = MemoryStorage::new();
        storage.set(DEFAULT_KEY, &document).expect("set");
        for (key, value) in &steps[..stop] {
            storage.set(key, value).expect("set");
        }
        let (_, opened, _) = open(&storage);
        assert_eq!(storage.snapshot(), complete, "stopped after {stop} writes");
        assert_eq!(opened.takes.len(), 3);
    }
}

#[test]
fn a_partly_damaged_format_1_document_is_copied_aside_and_the_rest_migrated() {
    let storage = MemoryStorage::new();
    let damaged = fixture("format-1-partly-damaged.json");
    storage.set(DEFAULT_KEY, &damaged).expect("set");
    let (_, opened, notices) = open(&storage);
    assert_eq!(notices, vec![Notice::KeptAside { partly: true }]);
    assert_eq!(opened.takes.len(), 2);
    assert!(opened.in_progress.is_some());
    assert_eq!(storage.snapshot()["kindred.unreadable.1700"], damaged);
    assert_eq!(storage.get(DEFAULT_KEY), Ok(None));
}

#[test]
fn unreadable_data_that_cannot_be_copied_aside_stays_in_place_and_is_not_migrated_twice() {
    let damaged = fixture("format-1-partly-damaged.json");
    // Room for the readable parts as records, not for a copy of it all.
    let storage = MemoryStorage::with_capacity(damaged.len() + 1_700);
    storage.set(DEFAULT_KEY, &damaged).expect("set");
    let (mut store, opened, notices) = open(&storage);
    assert_eq!(notices, vec![Notice::LeftUntouched]);
    assert_eq!(opened.takes.len(), 2);
    assert_eq!(
        storage.snapshot()[DEFAULT_KEY],
        damaged,
        "left exactly as it was"
    );
    assert!(storage.snapshot()["kindred.meta"].contains(r#""legacy_kept":true"#));
    // New answers are still saved, around it.
    store
        .save_progress(Some(&take_with_answers(1 << 41, 3)))
        .expect("saved");
    // A deleted take stays deleted: the old document is not migrated again.
    store.delete(opened.takes[0]).expect("deleted");
    let (mut store, again, _) = open(&storage);
    assert_eq!(again.takes.len(), 1);
    // "Delete everything" really deletes everything, the old document too.
    assert!(store.delete_all().is_ok());
    assert_eq!(keys(&storage), Vec::<String>::new());
}

#[test]
fn unreadable_and_newer_format_1_documents() {
    let storage = MemoryStorage::new();
    storage.set(DEFAULT_KEY, "{not json").expect("set");
    storage
        .set("kindred.unreadable.1700", "older copy")
        .expect("set");
    let (_, _, notices) = open(&storage);
    assert_eq!(notices, vec![Notice::KeptAside { partly: false }]);
    let kept = storage.snapshot();
    assert_eq!(
        kept["kindred.unreadable.1700"], "older copy",
        "never overwritten"
    );
    assert_eq!(kept["kindred.unreadable.1700-1"], "{not json");

    let storage = MemoryStorage::new();
    storage
        .set(DEFAULT_KEY, r#"{"format":3,"x":1}"#)
        .expect("set");
    let (mut store, _, notices) = open(&storage);
    assert_eq!(notices, vec![Notice::NewerVersion]);
    store
        .save_progress(Some(&take_with_answers(9, 2)))
        .expect("nothing attempted");
    assert_eq!(keys(&storage), vec!["kindred"]);
}

#[test]
fn a_migration_that_runs_out_of_room_moves_what_fits_and_keeps_the_rest_in_the_old_document() {
    let document = fixture("format-1-history.json");
    // Room for the document and a little more than one record.
    let storage = MemoryStorage::with_capacity(DEFAULT_KEY.len() + document.len() + 700);
    storage.set(DEFAULT_KEY, &document).expect("set");
    let (store, opened, notices) = open(&storage);
    assert_eq!(opened.takes.len(), 3, "everything is shown");
    assert!(notices.contains(&Notice::StorageFull));
    let expected = super::format::read_legacy(&document).expect("readable");
    for legacy in &expected.history {
        assert_eq!(store.take(legacy.take.id).as_ref(), Ok(&legacy.take));
    }
    // Every take is in a record or still in the old document.
    let snapshot = storage.snapshot();
    let left = super::format::read_legacy(&snapshot[DEFAULT_KEY]).expect("readable");
    let in_records = keys(&storage)
        .iter()
        .filter(|k| k.contains(".take."))
        .count();
    assert!(in_records >= 1);
    assert_eq!(in_records + left.history.len(), 3);
}

#[test]
fn two_entries_with_one_id_are_both_kept_and_deleted_one_at_a_time() {
    let a = finished(7);
    let mut b = finished_take(7, TakeLength::Full);
    b.finished_at_ms += 5;
    let document = format!(
        r#"{{"format":1,"in_progress":null,"history":[{},{}],"open_results":null}}"#,
        write_take(&a).replace(r#""format":2,"#, ""),
        write_take(&b).replace(r#""format":2,"#, ""),
    );
    let storage = MemoryStorage::new();
    storage.set(DEFAULT_KEY, &document).expect("set");
    let (mut store, opened, notices) = open(&storage);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(opened.takes, vec![TakeId(7), TakeId(8)]);
    store.delete(TakeId(7)).expect("deleted");
    assert_eq!(store.takes(), &[TakeId(8)]);
    assert_eq!(
        store.take(TakeId(8)).map(|t| t.length),
        Ok(TakeLength::Full)
    );
}

#[test]
fn two_tabs_finishing_at_once_keep_both_takes() {
    let storage = MemoryStorage::new();
    seed_history(&storage, 3);
    let (mut tab_a, _, _) = open(&storage);
    let (mut tab_b, _, _) = open(&storage);
    let a = finished(100);
    let b = finished(200);
    tab_a.finish(&a).1.expect("saved");
    tab_b.finish(&b).1.expect("saved");
    assert_eq!(
        tab_a.apply_external(Some("kindred.take.200"), Some("…")),
        External::Takes
    );
    assert_eq!(tab_a.takes().len(), 5);
    let (_, opened, _) = open(&storage);
    assert_eq!(opened.takes.len(), 5);
}

#[test]
fn deleting_in_one_tab_while_answering_in_another_loses_nothing() {
    let storage = MemoryStorage::new();
    seed_history(&storage, 3);
    let (mut answering, _, _) = open(&storage);
    let (mut deleting, _, _) = open(&storage);
    let mut take = take_with_answers(1 << 40, 0);
    for step in 0..25 {
        take.answer_current(Agreement::Agree);
        answering.save_progress(Some(&take)).expect("saved");
        take.go_next();
        if step == 10 {
            deleting.delete(TakeId(2)).expect("deleted");
            answering.apply_external(Some("kindred.take.2"), None);
        }
    }
    answering
        .finish(&take.finish(1 << 41).expect("complete"))
        .1
        .expect("saved");
    let (_, opened, _) = open(&storage);
    assert_eq!(opened.takes, vec![TakeId(1), TakeId(3), TakeId(1 << 40)]);
}

#[test]
fn a_busy_tab_cannot_bring_back_a_take_another_tab_finished() {
    let storage = MemoryStorage::new();
    let (mut busy, _, _) = open(&storage);
    let (mut quick, _, _) = open(&storage);
    let mut take = take_with_answers(1 << 40, 24);
    busy.save_progress(Some(&take)).expect("saved");
    take.answer_current(Agreement::Agree);
    quick
        .finish(&take.finish(1 << 41).expect("complete"))
        .1
        .expect("saved");
    // The busy tab writes its stale progress before it hears of it.
    busy.save_progress(Some(&take)).expect("nothing written");
    let (_, opened, _) = open(&storage);
    assert_eq!(opened.in_progress, None);
    assert_eq!(opened.takes, vec![TakeId(1 << 40)]);
    // And a leftover progress record of a finished take is cleaned up.
    storage
        .set("kindred.progress.1099511627776", &write_progress(&take))
        .expect("set");
    let (_, opened, _) = open(&storage);
    assert_eq!(opened.in_progress, None);
    assert!(!keys(&storage).iter().any(|k| k.contains("progress")));
}

#[test]
fn with_storage_full_a_tab_keeps_its_unsaved_answers_when_another_tab_writes() {
    let storage = MemoryStorage::with_capacity(1_200);
    let (mut tab_a, _, _) = open(&storage);
    let (mut tab_b, _, _) = open(&storage);
    let mine = take_with_answers(1 << 40, 3);
    tab_b.save_progress(Some(&mine)).expect("fits");
    let filler = "x".repeat(
        1_200
            - storage
                .snapshot()
                .iter()
                .map(|(k, v)| k.len() + v.len())
                .sum::<usize>()
            - 10,
    );
    storage.set("host-data", &filler).expect("fill");
    let more = take_with_answers(1 << 40, 9);
    assert_eq!(tab_b.save_progress(Some(&more)), Err(StorageError::Full));
    // Tab A writes (a shorter record fits); tab B hears of it and keeps its own.
    let theirs = take_with_answers(1 << 40, 1);
    tab_a.save_progress(Some(&theirs)).expect("fits");
    assert_eq!(
        tab_b.apply_external(
            Some("kindred.progress.1099511627776"),
            Some(&write_progress(&theirs))
        ),
        External::Nothing
    );
}

#[test]
fn another_tabs_take_is_adopted_when_nothing_here_is_unsaved() {
    let storage = MemoryStorage::new();
    let (mut tab_a, _, _) = open(&storage);
    let (mut tab_b, _, _) = open(&storage);
    let take = take_with_answers(1 << 40, 4);
    tab_a.save_progress(Some(&take)).expect("saved");
    let raw = write_progress(&take);
    assert_eq!(
        tab_b.apply_external(Some("kindred.progress.1099511627776"), Some(&raw)),
        External::Progress(Some(take.clone()))
    );
    // Adopting is not news to write back.
    let before = storage.chars_written();
    tab_b.save_progress(Some(&take)).expect("nothing to write");
    assert_eq!(storage.chars_written(), before);
    // Another namespace's records and the host's keys are not ours.
    assert!(!tab_b.owns_key("kindred:blog.take.1"));
    assert!(!tab_b.owns_key("kindredx"));
    assert!(tab_b.owns_key("kindred.take.1"));
}

#[test]
fn a_newer_version_appearing_in_another_tab_stops_this_one_writing() {
    let storage = MemoryStorage::new();
    let (mut store, _, _) = open(&storage);
    storage
        .set("kindred.meta", r#"{"format":3,"shards":4}"#)
        .expect("set");
    assert_eq!(
        store.apply_external(Some("kindred.meta"), Some(r#"{"format":3,"shards":4}"#)),
        External::NewerVersion
    );
    store
        .save_progress(Some(&take_with_answers(9, 3)))
        .expect("nothing attempted");
    store
        .set_open_results(Some(TakeId(1)))
        .expect("nothing attempted");
    assert_eq!(keys(&storage), vec!["kindred.meta"]);
    assert_eq!(
        storage.snapshot()["kindred.meta"],
        r#"{"format":3,"shards":4}"#
    );
    // Even a stale tab that missed the event does not overwrite it.
    let (_, _, notices) = open(&storage);
    assert_eq!(notices, vec![Notice::NewerVersion]);
}

#[test]
fn a_record_this_build_would_not_write_back_as_it_was_is_copied_aside_before_it_is_overwritten() {
    let storage = MemoryStorage::new();
    let take = take_with_answers(1 << 40, 2);
    let with_extra = write_progress(&take).replacen('{', r#"{"mood":"calm","#, 1);
    storage
        .set("kindred.progress.1099511627776", &with_extra)
        .expect("set");
    let (mut store, opened, notices) = open(&storage);
    assert_eq!(notices, vec![Notice::KeptAside { partly: true }]);
    assert_eq!(opened.in_progress.as_ref(), Some(&take));
    let mut next = take.clone();
    next.answer_current(Agreement::Agree);
    store.save_progress(Some(&next)).expect("saved");
    assert_eq!(storage.snapshot()["kindred.unreadable.1700"], with_extra);

    // The same when another tab wrote it after this one opened.
    let (mut other, _, _) = open(&storage);
    let odd = write_progress(&next).replacen('{', r#"{"colour":"blue","#, 1);
    storage
        .set("kindred.progress.1099511627776", &odd)
        .expect("set");
    other.save_progress(Some(&take)).expect("saved");
    assert!(storage.snapshot().values().any(|v| *v == odd));
}

#[test]
fn at_the_quota_a_finished_take_stays_in_memory_and_never_comes_back_as_in_progress() {
    let storage = MemoryStorage::with_capacity(1_000);
    let (mut store, _, _) = open(&storage);
    let mut take = take_with_answers(1 << 40, 24);
    store.save_progress(Some(&take)).expect("fits");
    storage
        .set(
            "host",
            &"x".repeat(1_000 - 40 - write_progress(&take).len()),
        )
        .expect("fill");
    take.answer_current(Agreement::Agree);
    let done = take.finish(1 << 41).expect("complete");
    assert_eq!(store.finish(&done), (done.id, Err(StorageError::Full)));
    assert!(store.has_unsaved_takes());
    assert_eq!(
        store.take(done.id).as_ref(),
        Ok(&done),
        "shown while the page is open"
    );
    assert!(
        store.export(0).contains(r#""id":1099511627776"#),
        "and can be downloaded"
    );
    let (_, opened, _) = open(&storage);
    assert_eq!(opened.in_progress, None, "never shown again as in progress");

    // When room frees up, it is saved.
    storage.remove("host").expect("remove");
    assert!(store.retry_unsaved());
    let (reopened, _, _) = open(&storage);
    assert_eq!(reopened.take(done.id).as_ref(), Ok(&done));
}

#[test]
fn a_person_who_asks_for_deletion_gets_it_or_is_told_why_not() {
    struct StubbornStorage(MemoryStorage);
    impl StorageBackend for StubbornStorage {
        fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
            self.0.get(key)
        }
        fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
            self.0.set(key, value)
        }
        fn remove(&self, _: &str) -> Result<(), StorageError> {
            Err(StorageError::Failed("refused".to_owned()))
        }
        fn keys(&self) -> Result<Vec<String>, StorageError> {
            self.0.keys()
        }
    }
    let storage = MemoryStorage::new();
    seed_history(&storage, 2);
    let (mut store, _, _) = Store::open(Box::new(StubbornStorage(storage.clone())), DEFAULT_KEY, 0);
    assert_eq!(store.delete_all(), Err(3));
    assert_eq!(store.takes().len(), 2, "what is left is still shown");

    // With a working storage, everything of the namespace goes, and
    // nothing else.
    storage.set("kindred.unreadable.5", "copy").expect("set");
    storage
        .set("kindred:other.take.1", "another namespace")
        .expect("set");
    storage
        .set("unrelated", "the host's own data")
        .expect("set");
    storage
        .set(DEFAULT_KEY, "{broken old document")
        .expect("set");
    let (mut store, _, _) = open(&storage);
    assert!(store.delete_all().is_ok());
    assert_eq!(keys(&storage), vec!["kindred:other.take.1", "unrelated"]);
}

#[test]
fn deleting_everything_works_even_over_a_newer_versions_data() {
    let storage = MemoryStorage::new();
    storage.set("kindred.meta", r#"{"format":9}"#).expect("set");
    storage
        .set("kindred.take.1", r#"{"format":9}"#)
        .expect("set");
    let (mut store, _, notices) = open(&storage);
    assert_eq!(notices, vec![Notice::NewerVersion]);
    assert_eq!(store.delete_all(), Ok(2));
    assert!(store.is_saving(), "nothing is left to protect");
    assert!(storage.snapshot().is_empty());
}

#[test]
fn import_merges_by_take_id_and_says_what_happened() {
    let source = MemoryStorage::new();
    seed_history(&source, 5);
    let (exporting, _, _) = open(&source);
    let file = exporting.export(42);

    let storage = MemoryStorage::new();
    seed_history(&storage, 2);
    let (mut store, _, _) = open(&storage);
    let damaged = file.replacen(r#""trust-1":4"#, r#""trust-1":11"#, 1);
    assert_eq!(
        store.import(&damaged),
        Ok(ImportReport {
            added: 3,
            already_had: 1,
            unreadable: 1,
            not_saved: 0
        })
    );
    assert_eq!(
        store.import(&file),
        Ok(ImportReport {
            added: 0,
            already_had: 5,
            unreadable: 0,
            not_saved: 0
        })
    );
    assert_eq!(store.takes().len(), 5);
    let before = storage.snapshot();
    assert_eq!(store.import("[1,2,3]"), Err(ImportError::NotAnExport));
    assert_eq!(storage.snapshot(), before, "a wrong file changes nothing");
}

#[test]
fn namespaces_keep_separate_records() {
    assert_eq!(Store::key_for(None), "kindred");
    assert_eq!(Store::key_for(Some("")), "kindred");
    assert_eq!(Store::key_for(Some("team-a")), "kindred:team-a");
    let storage = MemoryStorage::new();
    let (mut a, _, _) = Store::open(Box::new(storage.clone()), Store::key_for(Some("a")), 0);
    a.finish(&finished(3)).1.expect("saved");
    a.save_progress(Some(&take_with_answers(9, 2)))
        .expect("saved");
    let (_, b, _) = Store::open(Box::new(storage.clone()), Store::key_for(Some("b")), 0);
    assert_eq!(b, Opened::default());
    let (_, default, _) = open(&storage);
    assert_eq!(default, Opened::default());
}

#[test]
fn fresh_ids_never_reuse_one_in_any_record() {
    let storage = MemoryStorage::new();
    storage.set("kindred.take.50", "{unreadable").expect("set");
    storage
        .set("kindred.progress.51", "{unreadable")
        .expect("set");
    let (store, opened, notices) = open(&storage);
    assert_eq!(notices, vec![Notice::LeftUntouched]);
    assert_eq!(
        opened.takes,
        vec![TakeId(50)],
        "listed; found unreadable when shown"
    );
    assert_eq!(store.take(TakeId(50)), Err(RecordError::Damaged));
    assert_eq!(store.fresh_id(50), TakeId(52));
}

#[test]
fn two_takes_started_in_the_same_millisecond_are_both_kept() {
    let storage = MemoryStorage::new();
    let (mut tab_a, _, _) = open(&storage);
    let (mut tab_b, _, _) = open(&storage);
    let mine = finished_take(1 << 40, TakeLength::Quick);
    let mut theirs = finished_take(1 << 40, TakeLength::Full);
    theirs.finished_at_ms += 1;
    assert_eq!(tab_a.finish(&mine), (TakeId(1 << 40), Ok(())));
    assert_eq!(tab_b.finish(&theirs), (TakeId((1 << 40) + 1), Ok(())));
    // Finishing the same take again (a stale tab) adds nothing.
    assert_eq!(tab_b.finish(&mine), (TakeId(1 << 40), Ok(())));
    let (store, opened, _) = open(&storage);
    assert_eq!(opened.takes, vec![TakeId(1 << 40), TakeId((1 << 40) + 1)]);
    assert_eq!(
        store.take(TakeId((1 << 40) + 1)).map(|t| t.length),
        Ok(TakeLength::Full)
    );
}

#[test]
fn a_take_deleted_before_it_could_be_migrated_stays_deleted() {
    let document = fixture("format-1-history.json");
    // Room for the document and about one record: the rest waits.
    let storage = MemoryStorage::with_capacity(DEFAULT_KEY.len() + document.len() + 500);
    storage.set(DEFAULT_KEY, &document).expect("set");
    let (mut store, opened, _) = open(&storage);
    assert_eq!(opened.takes.len(), 3);
    let waiting = *opened
        .takes
        .iter()
        .find(|id| storage.get(&format!("kindred.take.{}", id.0)) == Ok(None))
        .expect("one take still only in the old document");
    store.delete(waiting).expect("deleted");
    let (_, again, _) = open(&storage);
    assert_eq!(again.takes.len(), 2);
    assert!(!again.takes.contains(&waiting));
}

#[test]
fn a_migration_short_of_room_goes_on_as_long_as_each_rewrite_frees_some() {
    // Twelve finished takes in format 1, and room for barely more than the
    // document: every take is migrated in the end, a few at a time.
    let takes: Vec<String> = (1..=12)
        .map(|id| write_take(&finished_take(id, TakeLength::Full)).replace(r#""format":2,"#, ""))
        .collect();
    let document = format!(
        r#"{{"format":1,"in_progress":null,"history":[{}],"open_results":null}}"#,
        takes.join(",")
    );
    let storage = MemoryStorage::with_capacity(DEFAULT_KEY.len() + document.len() + 1_500);
    storage.set(DEFAULT_KEY, &document).expect("set");
    let (_, opened, notices) = open(&storage);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(opened.takes.len(), 12);
    assert_eq!(
        storage.get(DEFAULT_KEY),
        Ok(None),
        "the old document is gone"
    );
    assert_eq!(
        keys(&storage)
            .iter()
            .filter(|k| k.contains(".take."))
            .count(),
        12
    );
}

#[test]
fn recent_takes_come_newest_first_and_read_no_more_than_asked() {
    let storage = MemoryStorage::new();
    seed_history(&storage, 1_000);
    let (store, _, _) = open(&storage);
    let one_record = write_take(&finished(500)).len();

    // Only as many records as the caller takes are read.
    let before = storage.chars_read();
    let newest: Vec<u64> = store.recent(None, 20).take(3).map(|t| t.id.0).collect();
    assert_eq!(newest, [1_000, 999, 998]);
    assert!(storage.chars_read() - before <= 3 * (one_record + 8));

    // Never more than `limit`, whatever the history holds.
    let before = storage.chars_read();
    assert_eq!(store.recent(None, 20).count(), 20);
    assert!(storage.chars_read() - before <= 20 * (one_record + 8));

    // From just before a take; nothing before the oldest.
    let before_500: Vec<u64> = store.recent(Some(TakeId(500)), 2).map(|t| t.id.0).collect();
    assert_eq!(before_500, [499, 498]);
    assert_eq!(store.recent(Some(TakeId(1)), 20).count(), 0);
    // A take that is gone still marks where to start.
    let (mut other_tab, _, _) = open(&storage);
    other_tab.delete(TakeId(700)).expect("deleted");
    let (store, _, _) = open(&storage);
    let around: Vec<u64> = store.recent(Some(TakeId(700)), 2).map(|t| t.id.0).collect();
    assert_eq!(around, [699, 698]);
}

#[test]
fn their_scores_are_kept_only_when_asked_and_go_with_the_check_in() {
    let storage = MemoryStorage::default();
    seed_history(&storage, 3);
    let (mut store, _, _) = open(&storage);
    // Finished on a day a code can carry (2026).
    let recent = CompletedTake {
        finished_at_ms: 1_780_000_000_000,
        ..finished(2)
    };
    let theirs = SharedScores::from_take(&recent).expect("a code");
    // Nothing is kept until the person asks.
    assert_eq!(store.partner(TakeId(2)), None);
    store.keep_partner(TakeId(2), &theirs).expect("kept");
    assert_eq!(store.partner(TakeId(2)), Some(theirs));
    // Another tab sees it; only check-in 2 has it.
    let (other, _, _) = open(&storage);
    assert_eq!(other.partner(TakeId(2)), Some(theirs));
    assert_eq!(other.partner(TakeId(3)), None);
    // Not beside a check-in that does not exist.
    assert!(store.keep_partner(TakeId(99), &theirs).is_err());
    // Forgetting removes the record.
    store.forget_partner(TakeId(2)).expect("forgotten");
    assert_eq!(store.partner(TakeId(2)), None);
    assert!(!storage
        .keys()
        .expect("keys")
        .iter()
        .any(|k| k.contains("partner")));
    // Deleting the check-in deletes their scores with it.
    store.keep_partner(TakeId(3), &theirs).expect("kept");
    store.delete(TakeId(3)).expect("deleted");
    assert!(!storage
        .keys()
        .expect("keys")
        .iter()
        .any(|k| k.contains("partner")));
    // So does deleting everything.
    store.keep_partner(TakeId(1), &theirs).expect("kept");
    store.delete_all().expect("all deleted");
    assert!(storage.keys().expect("keys").is_empty());
}

#[test]
fn an_unreadable_kept_code_is_ignored_and_left_alone() {
    let storage = MemoryStorage::default();
    seed_history(&storage, 1);
    storage.set("kindred.partner.1", "not json").expect("set");
    let (store, _, notices) = open(&storage);
    assert_eq!(store.partner(TakeId(1)), None);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(
        storage.get("kindred.partner.1").expect("get").as_deref(),
        Some("not json")
    );
}
