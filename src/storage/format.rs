//! The stored document, version 1. Documented for people in
//! `docs/stored-format.md`; change both together.
//!
//! Kindred keeps one JSON document under one key (`kindred`, or
//! `kindred:<namespace>`). Every document carries `"format": <number>`.
//! Reading is lenient where it can be: a history entry that cannot be read
//! is skipped and counted, so the caller can keep the original aside and
//! still show everything else.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::assessment::{
    statement_by_id, Agreement, Answers, CompletedTake, RelationshipContext, Take, TakeId,
    TakeLength,
};

/// The format this build writes.
pub const CURRENT_FORMAT: u64 = 1;

/// Everything Kindred keeps for one person, as plain domain data.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SavedData {
    /// The take being answered, if any.
    pub in_progress: Option<Take>,
    /// Finished takes, oldest first.
    pub history: Vec<CompletedTake>,
    /// The finished take whose results were on screen, so a reload shows
    /// them again instead of the welcome screen.
    pub open_results: Option<TakeId>,
}

impl SavedData {
    pub fn completed(&self, id: TakeId) -> Option<&CompletedTake> {
        self.history.iter().find(|t| t.id == id)
    }
}

/// Why a stored document could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON, or not an object with a numeric `format`.
    Unreadable,
    /// Written by a newer Kindred: leave it alone.
    NewerFormat(u64),
}

/// A document that was read, perhaps with parts skipped.
#[derive(Debug, PartialEq)]
pub struct Read {
    pub data: SavedData,
    /// How many parts (the take in progress, history entries) were skipped
    /// because they could not be read.
    pub skipped: usize,
}

#[derive(Serialize, Deserialize)]
struct StoredTake {
    id: u64,
    context: String,
    length: String,
    started_at_ms: u64,
    position: usize,
    answers: BTreeMap<String, u8>,
}

#[derive(Serialize, Deserialize)]
struct StoredCompletedTake {
    id: u64,
    context: String,
    length: String,
    started_at_ms: u64,
    finished_at_ms: u64,
    answers: BTreeMap<String, u8>,
    /// Written for other readers of the data (a future export, a person
    /// looking at their storage). Kindred recomputes results from answers.
    scores: BTreeMap<String, u8>,
}

#[derive(Serialize)]
struct DocumentOut {
    format: u64,
    in_progress: Option<StoredTake>,
    history: Vec<StoredCompletedTake>,
    open_results: Option<u64>,
}

/// Writes `data` as the current format.
pub fn encode(data: &SavedData) -> String {
    let document = DocumentOut {
        format: CURRENT_FORMAT,
        in_progress: data.in_progress.as_ref().map(|t| StoredTake {
            id: t.id.0,
            context: t.context.key().to_owned(),
            length: t.length.key().to_owned(),
            started_at_ms: t.started_at_ms,
            position: t.position(),
            answers: encode_answers(t.answers()),
        }),
        history: data
            .history
            .iter()
            .map(|t| {
                let mut scores: BTreeMap<String, u8> = t
                    .results
                    .scores
                    .iter()
                    .map(|s| (s.characteristic.key().to_owned(), s.score))
                    .collect();
                scores.insert("overall".to_owned(), t.results.overall);
                StoredCompletedTake {
                    id: t.id.0,
                    context: t.context.key().to_owned(),
                    length: t.length.key().to_owned(),
                    started_at_ms: t.started_at_ms,
                    finished_at_ms: t.finished_at_ms,
                    answers: encode_answers(&t.answers),
                    scores,
                }
            })
            .collect(),
        open_results: data.open_results.map(|id| id.0),
    };
    // Serialising plain structs of strings, numbers and maps with string
    // keys cannot fail.
    serde_json::to_string(&document).unwrap_or_default()
}

fn encode_answers(answers: &Answers) -> BTreeMap<String, u8> {
    answers
        .iter()
        .map(|(id, a)| ((*id).to_owned(), a.value()))
        .collect()
}

/// Reads a stored document of any known format.
pub fn decode(raw: &str) -> Result<Read, ReadError> {
    let document: Value = serde_json::from_str(raw).map_err(|_| ReadError::Unreadable)?;
    let format = document
        .get("format")
        .and_then(Value::as_u64)
        .ok_or(ReadError::Unreadable)?;
    match format {
        1 => Ok(decode_v1(document)),
        // Older formats would migrate here, one step at a time, up to the
        // current one. Format 1 is the first.
        newer if newer > CURRENT_FORMAT => Err(ReadError::NewerFormat(newer)),
        _ => Err(ReadError::Unreadable),
    }
}

fn decode_v1(mut document: Value) -> Read {
    let mut skipped = 0;
    let in_progress = match document.get_mut("in_progress").map(Value::take) {
        None | Some(Value::Null) => None,
        Some(value) => {
            let take = serde_json::from_value(value)
                .ok()
                .and_then(take_from_stored);
            if take.is_none() {
                skipped += 1;
            }
            take
        }
    };
    let mut history = Vec::new();
    if let Some(Value::Array(entries)) = document.get_mut("history").map(Value::take) {
        for entry in entries {
            match serde_json::from_value(entry)
                .ok()
                .and_then(completed_from_stored)
            {
                Some(take) => history.push(take),
                None => skipped += 1,
            }
        }
    }
    let open_results = document
        .get("open_results")
        .and_then(Value::as_u64)
        .map(TakeId)
        .filter(|id| history.iter().any(|t: &CompletedTake| t.id == *id));
    Read {
        data: SavedData {
            in_progress,
            history,
            open_results,
        },
        skipped,
    }
}

fn decode_answers(stored: BTreeMap<String, u8>) -> Option<Answers> {
    stored
        .into_iter()
        .map(|(id, value)| Some((statement_by_id(&id)?.id, Agreement::from_value(value)?)))
        .collect()
}

fn take_from_stored(stored: StoredTake) -> Option<Take> {
    Some(Take::restore(
        TakeId(stored.id),
        RelationshipContext::from_key(&stored.context)?,
        TakeLength::from_key(&stored.length)?,
        stored.started_at_ms,
        decode_answers(stored.answers)?,
        stored.position,
    ))
}

fn completed_from_stored(stored: StoredCompletedTake) -> Option<CompletedTake> {
    let take = Take::restore(
        TakeId(stored.id),
        RelationshipContext::from_key(&stored.context)?,
        TakeLength::from_key(&stored.length)?,
        stored.started_at_ms,
        decode_answers(stored.answers)?,
        0,
    );
    // `finish` refuses incomplete answers, which is what a damaged entry
    // would have.
    take.finish(stored.finished_at_ms)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::statements_for;

    pub(crate) fn finished_take(id: u64, length: TakeLength) -> CompletedTake {
        let mut take = Take::new(TakeId(id), RelationshipContext::Friend, length, id);
        for s in statements_for(length) {
            let _ = s;
            take.answer_current(Agreement::Agree);
            take.go_next();
        }
        take.finish(id + 60_000).expect("complete")
    }

    fn sample() -> SavedData {
        let mut in_progress =
            Take::new(TakeId(9), RelationshipContext::Family, TakeLength::Full, 9);
        in_progress.answer_current(Agreement::StronglyAgree);
        in_progress.go_next();
        in_progress.answer_current(Agreement::Disagree);
        SavedData {
            in_progress: Some(in_progress),
            history: vec![
                finished_take(1, TakeLength::Quick),
                finished_take(2, TakeLength::Full),
            ],
            open_results: Some(TakeId(2)),
        }
    }

    #[test]
    fn saved_data_survives_a_round_trip() {
        let data = sample();
        let read = decode(&encode(&data)).expect("readable");
        assert_eq!(read.skipped, 0);
        assert_eq!(read.data, data);
        assert_eq!(
            read.data.in_progress.as_ref().map(|t| t.position()),
            Some(1)
        );
    }

    #[test]
    fn the_document_says_its_format_and_keeps_scores_for_other_readers() {
        let value: Value = serde_json::from_str(&encode(&sample())).expect("json");
        assert_eq!(value["format"], 1);
        // "Agree" everywhere: 3 points direct, 1 point reversed, 4 of 8.
        assert_eq!(value["history"][0]["scores"]["overall"], 50);
        assert_eq!(value["history"][0]["answers"]["trust-1"], 4);
        assert_eq!(value["in_progress"]["context"], "family");
    }

    #[test]
    fn an_empty_document_reads_as_nothing_saved() {
        let read = decode(r#"{"format":1}"#).expect("readable");
        assert_eq!(read.data, SavedData::default());
    }

    #[test]
    fn rubbish_is_unreadable() {
        for raw in [
            "",
            "{",
            "null",
            "[]",
            r#"{"format":"one"}"#,
            r#"{"format":0}"#,
            "<script>alert(1)</script>",
        ] {
            assert_eq!(decode(raw), Err(ReadError::Unreadable), "{raw}");
        }
    }

    #[test]
    fn a_newer_format_is_recognised_and_left_alone() {
        assert_eq!(
            decode(r#"{"format":7,"x":[]}"#),
            Err(ReadError::NewerFormat(7))
        );
    }

    #[test]
    fn damaged_parts_are_skipped_and_counted_while_the_rest_is_read() {
        let mut value: Value = serde_json::from_str(&encode(&sample())).expect("json");
        value["history"][0]["answers"]["trust-1"] = Value::from(9); // off the scale
        value["in_progress"]["context"] = Value::from("neighbour");
        let read = decode(&value.to_string()).expect("readable");
        assert_eq!(read.skipped, 2);
        assert!(read.data.in_progress.is_none());
        assert_eq!(read.data.history.len(), 1);
        assert_eq!(read.data.history[0].id, TakeId(2));
    }

    #[test]
    fn an_incomplete_history_entry_is_skipped() {
        let mut value: Value = serde_json::from_str(&encode(&sample())).expect("json");
        value["history"][1]["answers"]
            .as_object_mut()
            .expect("object")
            .remove("acceptance-5");
        let read = decode(&value.to_string()).expect("readable");
        assert_eq!(read.skipped, 1);
        assert_eq!(read.data.history.len(), 1);
        // The open results pointed at the skipped entry, so nothing is open.
        assert_eq!(read.data.open_results, None);
    }
}
