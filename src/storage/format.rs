//! The stored document, version 1. Documented for people in
//! `docs/stored-format.md`; change both together.
//!
//! Kindred keeps one JSON document under one key (`kindred`, or
//! `kindred:<namespace>`). Every document carries `"format": <number>`.
//! Reading is lenient where it can be: a history entry that cannot be read
//! is skipped and counted, so the caller can keep the original aside and
//! still show everything else.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

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

/// Answers as a JSON object of statement id to 1..=5. Reading fails on an
/// unknown statement or a value off the scale, which skips the entry.
struct StoredAnswers(Answers);

impl Serialize for StoredAnswers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (statement, answer) in self.0.iter() {
            map.serialize_entry(statement.id, &answer.value())?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for StoredAnswers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnswersVisitor;
        impl<'de> Visitor<'de> for AnswersVisitor {
            type Value = StoredAnswers;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("answers by statement id")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<StoredAnswers, M::Error> {
                let mut answers = Answers::new();
                while let Some((id, value)) = map.next_entry::<String, u8>()? {
                    let statement = statement_by_id(&id)
                        .ok_or_else(|| de::Error::custom("unknown statement"))?;
                    let answer = Agreement::from_value(value)
                        .ok_or_else(|| de::Error::custom("off the scale"))?;
                    answers.set(statement, answer);
                }
                Ok(StoredAnswers(answers))
            }
        }
        deserializer.deserialize_map(AnswersVisitor)
    }
}

#[derive(Serialize, Deserialize)]
struct StoredTake {
    id: u64,
    context: String,
    length: String,
    started_at_ms: u64,
    position: usize,
    answers: StoredAnswers,
}

/// Scores are written for other readers of the data (a future export, a
/// person looking at their storage). Kindred recomputes them from answers.
#[derive(Serialize)]
struct StoredScores {
    trust: u8,
    vulnerability: u8,
    empathy: u8,
    communication: u8,
    acceptance: u8,
    overall: u8,
}

#[derive(Serialize, Deserialize)]
struct StoredCompletedTake {
    id: u64,
    context: String,
    length: String,
    started_at_ms: u64,
    finished_at_ms: u64,
    answers: StoredAnswers,
    #[serde(skip_deserializing)]
    scores: Option<StoredScores>,
}

#[derive(Serialize)]
struct DocumentOut {
    format: u64,
    in_progress: Option<StoredTake>,
    history: Vec<StoredCompletedTake>,
    open_results: Option<u64>,
}

/// Just enough to learn which format a document is in.
#[derive(Deserialize)]
struct Header {
    format: u64,
}

/// Version 1, with each part kept raw so one damaged part does not stop
/// the others from being read.
#[derive(Deserialize)]
struct DocumentV1<'a> {
    #[serde(default, borrow)]
    in_progress: Option<&'a RawValue>,
    #[serde(default, borrow)]
    history: Vec<&'a RawValue>,
    #[serde(default)]
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
            answers: StoredAnswers(t.answers().clone()),
        }),
        history: data
            .history
            .iter()
            .map(|t| {
                let [trust, vulnerability, empathy, communication, acceptance] =
                    t.results.scores.map(|s| s.score);
                StoredCompletedTake {
                    id: t.id.0,
                    context: t.context.key().to_owned(),
                    length: t.length.key().to_owned(),
                    started_at_ms: t.started_at_ms,
                    finished_at_ms: t.finished_at_ms,
                    answers: StoredAnswers(t.answers.clone()),
                    scores: Some(StoredScores {
                        trust,
                        vulnerability,
                        empathy,
                        communication,
                        acceptance,
                        overall: t.results.overall,
                    }),
                }
            })
            .collect(),
        open_results: data.open_results.map(|id| id.0),
    };
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string(&document).unwrap_or_default()
}

/// Reads a stored document of any known format.
pub fn decode(raw: &str) -> Result<Read, ReadError> {
    let header: Header = serde_json::from_str(raw).map_err(|_| ReadError::Unreadable)?;
    match header.format {
        1 => decode_v1(raw),
        // Older formats would migrate here, one step at a time, up to the
        // current one. Format 1 is the first.
        newer if newer > CURRENT_FORMAT => Err(ReadError::NewerFormat(newer)),
        _ => Err(ReadError::Unreadable),
    }
}

fn decode_v1(raw: &str) -> Result<Read, ReadError> {
    let document: DocumentV1 = serde_json::from_str(raw).map_err(|_| ReadError::Unreadable)?;
    let mut skipped = 0;
    let in_progress = document.in_progress.and_then(|part| {
        let take = serde_json::from_str(part.get())
            .ok()
            .and_then(take_from_stored);
        if take.is_none() {
            skipped += 1;
        }
        take
    });
    let mut history: Vec<CompletedTake> = Vec::new();
    for part in document.history {
        match serde_json::from_str(part.get())
            .ok()
            .and_then(completed_from_stored)
        {
            Some(take) => history.push(take),
            None => skipped += 1,
        }
    }
    let open_results = document
        .open_results
        .map(TakeId)
        .filter(|id| history.iter().any(|t| t.id == *id));
    Ok(Read {
        data: SavedData {
            in_progress,
            history,
            open_results,
        },
        skipped,
    })
}

fn take_from_stored(stored: StoredTake) -> Option<Take> {
    Some(Take::restore(
        TakeId(stored.id),
        RelationshipContext::from_key(&stored.context)?,
        TakeLength::from_key(&stored.length)?,
        stored.started_at_ms,
        stored.answers.0,
        stored.position,
    ))
}

fn completed_from_stored(stored: StoredCompletedTake) -> Option<CompletedTake> {
    let take = Take::restore(
        TakeId(stored.id),
        RelationshipContext::from_key(&stored.context)?,
        TakeLength::from_key(&stored.length)?,
        stored.started_at_ms,
        stored.answers.0,
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
    use serde_json::Value;

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
