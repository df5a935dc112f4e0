//! The stored document, version 1. Documented for people in
//! `docs/stored-format.md`; change both together.
//!
//! Kindred keeps one JSON document under one key (`kindred`, or
//! `kindred:<namespace>`). Every document carries `"format": <number>`.
//! Reading is lenient where it can be: a history entry that cannot be read
//! is skipped and counted, so the caller can keep the original aside and
//! still show everything else.

use super::json::Json;
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

fn member(key: &str, value: Json) -> (String, Json) {
    (key.to_owned(), value)
}

fn text(value: &str) -> Json {
    Json::String(value.to_owned())
}

fn answers_to_json(answers: &Answers) -> Json {
    Json::Object(
        answers
            .iter()
            .map(|(statement, answer)| member(statement.id, Json::Number(answer.value().into())))
            .collect(),
    )
}

/// The members every take has, finished or not.
fn take_members(
    id: TakeId,
    context: RelationshipContext,
    length: TakeLength,
    started_at_ms: u64,
) -> Vec<(String, Json)> {
    vec![
        member("id", Json::Number(id.0)),
        member("context", text(context.key())),
        member("length", text(length.key())),
        member("started_at_ms", Json::Number(started_at_ms)),
    ]
}

/// Writes `data` as the current format.
pub fn encode(data: &SavedData) -> String {
    let in_progress = match &data.in_progress {
        None => Json::Null,
        Some(take) => {
            let mut members = take_members(take.id, take.context, take.length, take.started_at_ms);
            members.push(member("position", Json::Number(take.position() as u64)));
            members.push(member("answers", answers_to_json(take.answers())));
            Json::Object(members)
        }
    };
    let history = data
        .history
        .iter()
        .map(|take| {
            let mut members = take_members(take.id, take.context, take.length, take.started_at_ms);
            members.push(member("finished_at_ms", Json::Number(take.finished_at_ms)));
            members.push(member("answers", answers_to_json(&take.answers)));
            // Scores are written for other readers of the data (a future
            // export, a person looking at their storage); Kindred itself
            // recomputes them from the answers.
            let mut scores: Vec<_> = take
                .results
                .scores
                .iter()
                .map(|s| member(s.characteristic.key(), Json::Number(s.score.into())))
                .collect();
            scores.push(member("overall", Json::Number(take.results.overall.into())));
            members.push(member("scores", Json::Object(scores)));
            Json::Object(members)
        })
        .collect();
    Json::Object(vec![
        member("format", Json::Number(CURRENT_FORMAT)),
        member("in_progress", in_progress),
        member("history", Json::Array(history)),
        member(
            "open_results",
            data.open_results
                .map_or(Json::Null, |id| Json::Number(id.0)),
        ),
    ])
    .to_string()
}

/// Reads a stored document of any known format.
pub fn decode(raw: &str) -> Result<Read, ReadError> {
    let document = Json::parse(raw).ok_or(ReadError::Unreadable)?;
    let format = document
        .get("format")
        .and_then(Json::as_u64)
        .ok_or(ReadError::Unreadable)?;
    match format {
        1 => decode_v1(&document),
        // Older formats would migrate here, one step at a time, up to the
        // current one. Format 1 is the first.
        newer if newer > CURRENT_FORMAT => Err(ReadError::NewerFormat(newer)),
        _ => Err(ReadError::Unreadable),
    }
}

fn decode_v1(document: &Json) -> Result<Read, ReadError> {
    let mut skipped = 0;
    let in_progress = match document.get("in_progress") {
        None | Some(Json::Null) => None,
        Some(part) => {
            let take = take_from_json(part);
            if take.is_none() {
                skipped += 1;
            }
            take
        }
    };
    let mut history: Vec<CompletedTake> = Vec::new();
    match document.get("history") {
        None | Some(Json::Null) => {}
        Some(Json::Array(parts)) => {
            for part in parts {
                match completed_from_json(part) {
                    Some(take) => history.push(take),
                    None => skipped += 1,
                }
            }
        }
        Some(_) => skipped += 1,
    }
    let open_results = document
        .get("open_results")
        .and_then(Json::as_u64)
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

/// Reads answers; `None` on an unknown statement or a value off the scale.
fn answers_from_json(value: &Json) -> Option<Answers> {
    let Json::Object(members) = value else {
        return None;
    };
    let mut answers = Answers::new();
    for (id, value) in members {
        let statement = statement_by_id(id)?;
        let answer = Agreement::from_value(u8::try_from(value.as_u64()?).ok()?)?;
        answers.set(statement, answer);
    }
    Some(answers)
}

/// Reads the members shared by all takes into a restored take.
fn take_from_parts(value: &Json, position: usize) -> Option<Take> {
    let number = |key| value.get(key).and_then(Json::as_u64);
    Some(Take::restore(
        TakeId(number("id")?),
        RelationshipContext::from_key(value.get("context")?.as_str()?)?,
        TakeLength::from_key(value.get("length")?.as_str()?)?,
        number("started_at_ms")?,
        answers_from_json(value.get("answers")?)?,
        position,
    ))
}

fn take_from_json(value: &Json) -> Option<Take> {
    let position = usize::try_from(value.get("position")?.as_u64()?).ok()?;
    take_from_parts(value, position)
}

fn completed_from_json(value: &Json) -> Option<CompletedTake> {
    let finished_at_ms = value.get("finished_at_ms")?.as_u64()?;
    // `finish` refuses incomplete answers, which is what a damaged entry
    // would have.
    take_from_parts(value, 0)?.finish(finished_at_ms)
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
