//! The stored records, read and written with serde. Documented for people
//! in `docs/stored-format.md`; change both together.
//!
//! Format 2 keeps one small record per thing (a take in progress, a
//! finished take, a little metadata), so that what is written is
//! proportional to what changed. Format 1 kept everything in one document;
//! it is still read here, so [`super::Store`] can migrate it.
//!
//! Conversion and validation live in this one place: the record types are
//! plain serde structs, and `*_from_record` functions turn them into
//! domain values or refuse them.

use std::ops::RangeInclusive;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

use crate::assessment::{
    statement_by_id, Agreement, Answers, CompletedTake, PersonLabel, RelationshipContext, Response,
    SharedScores, Take, TakeId, TakeLength,
};

/// The format this build writes: of `<doc>.meta`, of the namespace as a
/// whole, and of every take record without a skipped statement.
pub const CURRENT_FORMAT: u64 = 2;

/// The format of a take record with a statement the person chose not to
/// answer (`0` in `answers`). Builds before it do not know `0`: seeing a
/// higher format, they leave such a record alone instead of counting it as
/// damaged, while every other record, and the namespace, stay format 2 for
/// them. A later change of the namespace as a whole takes format 5.
pub const SKIPS_FORMAT: u64 = 3;

/// The format of a take record about a named person (`person`, a label
/// chosen at set-up); it may hold skipped statements too. Builds before it
/// would not know the member and could drop it when writing the record
/// back, so for them it is a newer record, left alone.
pub const PERSON_FORMAT: u64 = 4;

/// The latest time a browser's `Date` can hold (8.64e15 ms after 1970).
/// Anything later would be shown as "Invalid Date", so it is damage.
pub const LATEST_TIME_MS: u64 = 8_640_000_000_000_000;

/// Why a record could not be turned into domain data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordError {
    /// Not JSON, the wrong shape, or values that make no sense.
    Damaged,
    /// Written by a newer Kindred: leave it alone.
    Newer(u64),
}

/// Answers as stored: statement id to 1..=5, or 0 for "prefer not to
/// answer" (format 3 records only). A `Vec` of pairs rather than a
/// map type: it is all a record needs, and a `BTreeMap` cost about 5 KB of
/// WebAssembly.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoredAnswers(pub Vec<(String, u8)>);

impl Serialize for StoredAnswers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(id, value)| (id, value)))
    }
}

impl<'de> Deserialize<'de> for StoredAnswers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnswersVisitor;
        impl<'de> Visitor<'de> for AnswersVisitor {
            type Value = StoredAnswers;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of statement ids to answers")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StoredAnswers, A::Error> {
                let mut pairs: Vec<(String, u8)> = Vec::new();
                while let Some((id, value)) = map.next_entry::<String, u8>()? {
                    // `JSON.parse` keeps the last of two equal keys; rather
                    // than guess, a record that repeats one is damaged.
                    if pairs.iter().any(|(seen, _)| *seen == id) {
                        return Err(serde::de::Error::custom("an answer is given twice"));
                    }
                    pairs.push((id, value));
                }
                Ok(StoredAnswers(pairs))
            }
        }
        deserializer.deserialize_map(AnswersVisitor)
    }
}

/// What `answers` holds for a statement the person chose not to answer.
const SKIPPED_VALUE: u8 = 0;

impl StoredAnswers {
    fn from_answers(answers: &Answers) -> Self {
        StoredAnswers(
            answers
                .responses()
                .map(|(statement, response)| {
                    let value = match response {
                        Response::Answered(answer) => answer.value(),
                        Response::Skipped => SKIPPED_VALUE,
                    };
                    (statement.id.to_owned(), value)
                })
                .collect(),
        )
    }

    /// `None` on an unknown statement or a value off the scale; `0` (a
    /// skip) only where `skips_allowed`, in a format 3 record.
    fn to_answers(&self, skips_allowed: bool) -> Option<Answers> {
        let mut answers = Answers::new();
        for (id, value) in &self.0 {
            let response = match Agreement::from_value(*value) {
                Some(answer) => Response::Answered(answer),
                None if skips_allowed && *value == SKIPPED_VALUE => Response::Skipped,
                None => return None,
            };
            answers.respond(statement_by_id(id)?, response);
        }
        Some(answers)
    }
}

/// The five scores and overall, written for other readers of the data.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ScoresRecord {
    pub trust: u8,
    pub vulnerability: u8,
    pub empathy: u8,
    pub communication: u8,
    pub acceptance: u8,
    pub overall: u8,
}

/// A take, in progress or finished: `<doc>.progress.<id>` and
/// `<doc>.take.<id>` in format 2, `in_progress` and `history` entries of a
/// format 1 document (which have no `format`), and the takes of an export
/// file. One type for both kinds, because each serde type costs its own
/// copy of the parsing code in the WebAssembly.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TakeRecord {
    #[serde(default)]
    pub format: u64,
    pub id: u64,
    pub context: String,
    pub length: String,
    pub started_at_ms: u64,
    /// Takes in progress only: the statement on screen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<u64>,
    /// Finished takes only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at_ms: Option<u64>,
    pub answers: StoredAnswers,
    /// The private label of the person it is about; format 4 only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    /// Finished takes only. Never read: Kindred recomputes results from
    /// the answers.
    #[serde(default, skip_deserializing, skip_serializing_if = "Option::is_none")]
    pub scores: Option<ScoresRecord>,
}

/// `<doc>.partner.<take id>`: the other person's scores, kept beside one's
/// own check-in only when the person chose "Keep their scores". Held as
/// the share code they gave (it carries no answers and no names), so it is
/// read by the same checked decoder as any code typed in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerRecord {
    pub format: u64,
    pub code: String,
}

/// `<doc>.meta`: marks a namespace as format 2. Read and written as a
/// [`Bundle`], the type of every top-level document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MetaRecord {
    pub format: u64,
    /// The finished take whose results were on screen.
    pub open_results: Option<u64>,
    /// A format 1 document that could not be read in full nor copied aside
    /// stays under `<doc>`; this says it was migrated already.
    pub legacy_kept: bool,
}

/// Just the `format` of any record or document: whatever else a newer
/// Kindred put beside it, its format number can still be read.
#[derive(Deserialize)]
struct FormatOnly {
    format: u64,
}

/// Every top-level document: `<doc>.meta`, a format 1 document, an export
/// file. Takes are left raw so that one damaged take does not make the
/// others unreadable. One type for all three, because each serde type
/// costs its own copy of the parsing code in the WebAssembly.
#[derive(Deserialize)]
struct Bundle<'a> {
    #[serde(default)]
    format: Option<u64>,
    /// `<doc>.meta`.
    #[serde(default)]
    legacy_kept: bool,
    /// Export files: `kindred-export`.
    #[serde(default)]
    kind: Option<String>,
    /// Export files: their version.
    #[serde(default)]
    version: Option<u64>,
    /// Format 1.
    #[serde(borrow, default)]
    in_progress: Option<&'a RawValue>,
    /// Format 1: finished takes.
    #[serde(borrow, default)]
    history: Option<Vec<&'a RawValue>>,
    /// Export files: finished takes.
    #[serde(borrow, default)]
    takes: Option<Vec<&'a RawValue>>,
    /// Format 1.
    #[serde(default)]
    open_results: Option<u64>,
}

/// A format 1 document written back smaller during migration, or an
/// export file: the fields that are `None` are left out.
#[derive(Serialize)]
struct BundleOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exported_at_ms: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    in_progress: Option<Option<&'a RawValue>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    history: Option<&'a [&'a RawValue]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    takes: Option<&'a [&'a RawValue]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    open_results: Option<Option<u64>>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    legacy_kept: bool,
}

/// The `format` number of a stored record or document, if it has one.
pub fn format_of(raw: &str) -> Option<u64> {
    serde_json::from_str::<FormatOnly>(raw)
        .ok()
        .map(|f| f.format)
}

fn context_and_length(context: &str, length: &str) -> Option<(RelationshipContext, TakeLength)> {
    Some((
        RelationshipContext::from_key(context)?,
        TakeLength::from_key(length)?,
    ))
}

/// `Ok` for a format in `readable`, `Newer` above it, `Damaged` below.
fn check_format(format: u64, readable: RangeInclusive<u64>) -> Result<(), RecordError> {
    match format {
        f if readable.contains(&f) => Ok(()),
        f if f > *readable.end() => Err(RecordError::Newer(f)),
        _ => Err(RecordError::Damaged),
    }
}

fn progress_from_record(record: &TakeRecord) -> Option<Take> {
    let (context, length) = context_and_length(&record.context, &record.length)?;
    if record.started_at_ms > LATEST_TIME_MS || record.finished_at_ms.is_some() {
        return None;
    }
    let mut take = Take::restore(
        TakeId(record.id),
        context,
        length,
        record.started_at_ms,
        record.answers.to_answers(record.format >= SKIPS_FORMAT)?,
        usize::try_from(record.position?).ok()?,
    );
    take.person = person_of(record)?;
    Some(take)
}

/// The record's person: `Some(None)` when it has none, `None` (damage) for
/// one in a record of a format before [`PERSON_FORMAT`], or one that is not
/// a label Kindred would have kept.
fn person_of(record: &TakeRecord) -> Option<Option<PersonLabel>> {
    match &record.person {
        None => Some(None),
        Some(_) if record.format < PERSON_FORMAT => None,
        Some(label) => PersonLabel::parse(label).ok()?.map(Some),
    }
}

fn take_from_record(record: &TakeRecord) -> Option<CompletedTake> {
    let (context, length) = context_and_length(&record.context, &record.length)?;
    let finished_at_ms = record.finished_at_ms?;
    if record.started_at_ms > LATEST_TIME_MS
        || finished_at_ms > LATEST_TIME_MS
        || record.position.is_some()
    {
        return None;
    }
    // `finish` refuses incomplete answers, which is what a damaged entry
    // would look like.
    let mut take = Take::restore(
        TakeId(record.id),
        context,
        length,
        record.started_at_ms,
        record.answers.to_answers(record.format >= SKIPS_FORMAT)?,
        0,
    );
    take.person = person_of(record)?;
    take.finish(finished_at_ms)
}

/// Reads `<doc>.progress.<id>`; `key_id` is the id in the key, which the
/// record must repeat.
pub fn read_progress(raw: &str, key_id: TakeId) -> Result<Take, RecordError> {
    let record: TakeRecord =
        serde_json::from_str(raw).map_err(|_| damaged_or_newer(raw, PERSON_FORMAT))?;
    check_format(record.format, CURRENT_FORMAT..=PERSON_FORMAT)?;
    progress_from_record(&record)
        .filter(|t| t.id == key_id)
        .ok_or(RecordError::Damaged)
}

/// Reads `<doc>.take.<id>`, or a take of an export file (`key_id` `None`).
pub fn read_take(raw: &str, key_id: Option<TakeId>) -> Result<CompletedTake, RecordError> {
    let record: TakeRecord =
        serde_json::from_str(raw).map_err(|_| damaged_or_newer(raw, PERSON_FORMAT))?;
    check_format(record.format, CURRENT_FORMAT..=PERSON_FORMAT)?;
    take_from_record(&record)
        .filter(|t| key_id.is_none_or(|id| t.id == id))
        .ok_or(RecordError::Damaged)
}

/// Reads `<doc>.partner.<id>`: the code kept, when it is still one Kindred
/// can read.
pub fn read_partner(raw: &str) -> Result<SharedScores, RecordError> {
    let record: PartnerRecord =
        serde_json::from_str(raw).map_err(|_| damaged_or_newer(raw, CURRENT_FORMAT))?;
    check_format(record.format, CURRENT_FORMAT..=CURRENT_FORMAT)?;
    SharedScores::from_code(&record.code).map_err(|_| RecordError::Damaged)
}

/// `<doc>.partner.<id>` for `theirs`.
pub fn write_partner(theirs: &SharedScores) -> String {
    to_json(&PartnerRecord {
        format: CURRENT_FORMAT,
        code: theirs.code().replace('-', ""),
    })
}

/// Reads `<doc>.meta`.
pub fn read_meta(raw: &str) -> Result<MetaRecord, RecordError> {
    let record: Bundle =
        serde_json::from_str(raw).map_err(|_| damaged_or_newer(raw, CURRENT_FORMAT))?;
    let format = record.format.ok_or(RecordError::Damaged)?;
    check_format(format, CURRENT_FORMAT..=CURRENT_FORMAT)?;
    Ok(MetaRecord {
        format,
        open_results: record.open_results,
        legacy_kept: record.legacy_kept,
    })
}

/// A record that does not fit this build's types may still be a newer
/// format's: say so when its `format` is readable and above `newest`.
fn damaged_or_newer(raw: &str, newest: u64) -> RecordError {
    match format_of(raw) {
        Some(f) if f > newest => RecordError::Newer(f),
        _ => RecordError::Damaged,
    }
}

fn to_json<T: Serialize>(value: &T) -> String {
    // Serialising these plain structs to a `String` cannot fail: every key
    // is a string and there are no floats.
    serde_json::to_string(value).unwrap_or_default()
}

/// The members every take has, finished or not.
fn record_of(
    id: TakeId,
    context: RelationshipContext,
    person: Option<&PersonLabel>,
    length: TakeLength,
    started_at_ms: u64,
    answers: &Answers,
) -> TakeRecord {
    TakeRecord {
        // The lowest format that can hold it, so older builds still read
        // every record they can.
        format: if person.is_some() {
            PERSON_FORMAT
        } else if answers.skipped() > 0 {
            SKIPS_FORMAT
        } else {
            CURRENT_FORMAT
        },
        person: person.map(|p| p.as_str().to_owned()),
        id: id.0,
        context: context.key().to_owned(),
        length: length.key().to_owned(),
        started_at_ms,
        position: None,
        finished_at_ms: None,
        answers: StoredAnswers::from_answers(answers),
        scores: None,
    }
}

pub fn progress_record(take: &Take) -> TakeRecord {
    TakeRecord {
        position: Some(take.position() as u64),
        ..record_of(
            take.id,
            take.context,
            take.person.as_ref(),
            take.length,
            take.started_at_ms,
            take.answers(),
        )
    }
}

/// `<doc>.progress.<id>` for `take`.
pub fn write_progress(take: &Take) -> String {
    to_json(&progress_record(take))
}

pub fn take_record(take: &CompletedTake) -> TakeRecord {
    let score = |i: usize| take.results.scores[i].score;
    TakeRecord {
        finished_at_ms: Some(take.finished_at_ms),
        scores: Some(ScoresRecord {
            trust: score(0),
            vulnerability: score(1),
            empathy: score(2),
            communication: score(3),
            acceptance: score(4),
            overall: take.results.overall,
        }),
        ..record_of(
            take.id,
            take.context,
            take.person.as_ref(),
            take.length,
            take.started_at_ms,
            &take.answers,
        )
    }
}

/// `<doc>.take.<id>` for `take`.
pub fn write_take(take: &CompletedTake) -> String {
    to_json(&take_record(take))
}

/// `<doc>.meta`.
pub fn write_meta(meta: &MetaRecord) -> String {
    to_json(&BundleOut {
        format: Some(meta.format),
        kind: None,
        version: None,
        exported_at_ms: None,
        in_progress: None,
        history: None,
        takes: None,
        open_results: Some(meta.open_results),
        legacy_kept: meta.legacy_kept,
    })
}

/// Why a format 1 document could not be read at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentError {
    /// Not JSON, or not an object with a numeric `format` of 1.
    Unreadable,
    /// Written by a newer Kindred.
    Newer(u64),
}

/// One finished take of a format 1 document, with its raw JSON so the
/// migration can write back what is left.
#[derive(Debug)]
pub struct LegacyTake<'a> {
    pub take: CompletedTake,
    pub raw: &'a RawValue,
}

/// A format 1 document, read as far as it can be.
#[derive(Debug)]
pub struct LegacyDocument<'a> {
    pub in_progress: Option<Take>,
    in_progress_raw: Option<&'a RawValue>,
    pub history: Vec<LegacyTake<'a>>,
    pub open_results: Option<TakeId>,
    /// Parts (the take in progress, history entries) that could not be read.
    pub skipped: usize,
}

impl LegacyDocument<'_> {
    /// The document again with only the history entries from `from` on
    /// (and the take in progress), for a migration that ran out of room.
    pub fn without_first(&self, from: usize) -> String {
        self.keeping(|index, _| index >= from)
    }

    /// The document again without the finished take `id`, when the person
    /// deletes a take that has not been migrated yet.
    pub fn without(&self, id: TakeId) -> String {
        self.keeping(|_, entry| entry.take.id != id)
    }

    /// The document with the history entries `keep` says yes to, each
    /// written back exactly as it was.
    fn keeping(&self, keep: impl Fn(usize, &LegacyTake) -> bool) -> String {
        let rest: Vec<&RawValue> = self
            .history
            .iter()
            .enumerate()
            .filter(|(index, entry)| keep(*index, entry))
            .map(|(_, entry)| entry.raw)
            .collect();
        to_json(&BundleOut {
            format: Some(1),
            kind: None,
            version: None,
            exported_at_ms: None,
            in_progress: Some(self.in_progress_raw),
            history: Some(&rest),
            takes: None,
            open_results: Some(self.open_results.map(|id| id.0)),
            legacy_kept: false,
        })
    }
}

/// Reads a format 1 document (what `<doc>` held before format 2).
pub fn read_legacy(raw: &str) -> Result<LegacyDocument<'_>, DocumentError> {
    match format_of(raw) {
        Some(1) => {}
        Some(f) if f > 1 => return Err(DocumentError::Newer(f)),
        _ => return Err(DocumentError::Unreadable),
    }
    let document: Bundle = serde_json::from_str(raw).map_err(|_| DocumentError::Unreadable)?;
    let mut skipped = 0;
    let in_progress = document.in_progress.and_then(|part| {
        let take = serde_json::from_str::<TakeRecord>(part.get())
            .ok()
            .filter(|r| r.format == 0)
            .and_then(|r| progress_from_record(&r));
        if take.is_none() {
            skipped += 1;
        }
        take
    });
    let mut history = Vec::new();
    for part in document.history.unwrap_or_default() {
        let take = serde_json::from_str::<TakeRecord>(part.get())
            .ok()
            .filter(|r| r.format == 0)
            .and_then(|r| take_from_record(&r));
        match take {
            Some(take) => history.push(LegacyTake { take, raw: part }),
            None => skipped += 1,
        }
    }
    let open_results = document
        .open_results
        .map(TakeId)
        .filter(|id| history.iter().any(|t| t.take.id == *id));
    Ok(LegacyDocument {
        in_progress,
        in_progress_raw: document.in_progress,
        history,
        open_results,
        skipped,
    })
}

/// The largest file "Import check-ins" reads.
pub const IMPORT_LIMIT_BYTES: usize = 20 * 1024 * 1024;

/// What an export file says it is.
const EXPORT_KIND: &str = "kindred-export";
const EXPORT_VERSION: u64 = 1;

/// An export file holding `takes`, each a finished take record exactly as
/// stored. Records that are not JSON are left out (they could not be read
/// back anyway).
pub fn write_export(takes: &[String], exported_at_ms: u64) -> String {
    let raw: Vec<&RawValue> = takes
        .iter()
        .filter_map(|t| serde_json::from_str::<&RawValue>(t).ok())
        .collect();
    to_json(&BundleOut {
        format: None,
        kind: Some(EXPORT_KIND),
        version: Some(EXPORT_VERSION),
        exported_at_ms: Some(exported_at_ms),
        in_progress: None,
        history: None,
        takes: Some(&raw),
        open_results: None,
        legacy_kept: false,
    })
}

/// Why an import file was refused as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge,
    /// Not JSON, or not a Kindred export.
    NotAnExport,
    /// Exported by a newer Kindred.
    Newer,
}

/// The takes of an export file, each read on its own: one that cannot be
/// read is an `Err` and does not stop the others.
pub fn read_export(raw: &str) -> Result<Vec<Result<CompletedTake, RecordError>>, ImportError> {
    if raw.len() > IMPORT_LIMIT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let file: Bundle = serde_json::from_str(raw).map_err(|_| ImportError::NotAnExport)?;
    let (Some(EXPORT_KIND), Some(version), Some(takes)) =
        (file.kind.as_deref(), file.version, file.takes)
    else {
        return Err(ImportError::NotAnExport);
    };
    if version > EXPORT_VERSION {
        return Err(ImportError::Newer);
    }
    Ok(takes.iter().map(|t| read_take(t.get(), None)).collect())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::assessment::statements_for;

    #[test]
    fn a_take_with_a_skip_is_format_3_with_0_and_reads_back_the_same() {
        use crate::assessment::Step;
        let mut take = Take::new(TakeId(7), RelationshipContext::Friend, TakeLength::Quick, 7);
        assert!(take.skip_current());
        take.go_next();
        let raw = write_progress(&take);
        assert!(raw.starts_with(r#"{"format":3,"#), "{raw}");
        assert!(raw.contains(r#""trust-1":0"#), "{raw}");
        let read = read_progress(&raw, TakeId(7)).expect("readable");
        assert_eq!(read.answers(), take.answers());
        assert_eq!(write_progress(&read), raw, "written back byte for byte");

        while take.go_next() != Step::ReadyToFinish {
            take.answer_current(Agreement::Agree);
        }
        let done = take.finish(9).expect("complete");
        let raw = write_take(&done);
        assert!(raw.starts_with(r#"{"format":3,"#), "{raw}");
        assert_eq!(read_take(&raw, Some(TakeId(7))).expect("readable"), done);
    }

    #[test]
    fn takes_without_skips_stay_format_2_and_a_0_there_is_damage() {
        let done = finished_take(5, TakeLength::Quick);
        let raw = write_take(&done);
        assert!(raw.starts_with(r#"{"format":2,"#), "{raw}");
        let zero = raw.replacen(r#""trust-1":4"#, r#""trust-1":0"#, 1);
        assert_ne!(zero, raw);
        assert_eq!(read_take(&zero, None), Err(RecordError::Damaged));
        let newer = raw.replacen(r#""format":2"#, r#""format":5"#, 1);
        assert_eq!(read_take(&newer, None), Err(RecordError::Newer(5)));
        // Format 3 is a take record's; a namespace marked 3 is a newer one.
        let meta = r#"{"format":3,"open_results":null}"#;
        assert_eq!(read_meta(meta), Err(RecordError::Newer(3)));
    }

    #[test]
    fn a_take_about_a_named_person_is_format_4_and_keeps_the_name() {
        let mut take = in_progress();
        take.person = PersonLabel::parse("Sam").unwrap();
        let raw = write_progress(&take);
        assert!(raw.starts_with(r#"{"format":4,"#), "{raw}");
        assert!(raw.contains(r#""person":"Sam""#), "{raw}");
        assert_eq!(read_progress(&raw, take.id), Ok(take));

        let mut done = finished_take(5, TakeLength::Quick);
        done.person = PersonLabel::parse("Mum").unwrap();
        let raw = write_take(&done);
        assert!(raw.starts_with(r#"{"format":4,"#), "{raw}");
        assert_eq!(read_take(&raw, None), Ok(done.clone()));

        // A name in an older format's record, or one Kindred would not
        // have kept, is damage.
        let older = raw.replacen(r#""format":4"#, r#""format":3"#, 1);
        assert_eq!(read_take(&older, None), Err(RecordError::Damaged));
        for bad in [
            r#""person":"<b>x</b>""#,
            r#""person":"""#,
            r#""person":"a
b""#,
        ] {
            let damaged = raw.replacen(r#""person":"Mum""#, bad, 1);
            assert_ne!(damaged, raw);
            assert_eq!(
                read_take(&damaged, None),
                Err(RecordError::Damaged),
                "{bad}"
            );
        }
        let long = raw.replacen("Mum", &"m".repeat(41), 1);
        assert_eq!(read_take(&long, None), Err(RecordError::Damaged));
        // Without a name it stays format 2, readable by older builds.
        done.person = None;
        assert!(write_take(&done).starts_with(r#"{"format":2,"#));
    }

    #[test]
    fn a_kept_partner_code_round_trips_and_a_bad_one_is_damage() {
        let take = CompletedTake {
            finished_at_ms: 1_780_000_000_000,
            ..finished_take(5, TakeLength::Quick)
        };
        let theirs = SharedScores::from_take(&take).expect("a code");
        let raw = write_partner(&theirs);
        assert!(raw.starts_with(r#"{"format":2,"code":""#), "{raw}");
        assert_eq!(read_partner(&raw), Ok(theirs));
        let typo = raw.replacen(r#""code":""#, r#""code":"Z"#, 1);
        assert_eq!(read_partner(&typo), Err(RecordError::Damaged));
        assert_eq!(read_partner("{}"), Err(RecordError::Damaged));
        let newer = raw.replacen(r#""format":2"#, r#""format":3"#, 1);
        assert_eq!(read_partner(&newer), Err(RecordError::Newer(3)));
    }

    pub(crate) fn finished_take(id: u64, length: TakeLength) -> CompletedTake {
        let mut take = Take::new(TakeId(id), RelationshipContext::Friend, length, id);
        for _ in statements_for(length) {
            take.answer_current(Agreement::Agree);
            take.go_next();
        }
        take.finish(id + 60_000).expect("complete")
    }

    fn in_progress() -> Take {
        let mut take = Take::new(TakeId(9), RelationshipContext::Family, TakeLength::Full, 9);
        take.answer_current(Agreement::StronglyAgree);
        take.go_next();
        take.answer_current(Agreement::Disagree);
        take
    }

    #[test]
    fn records_survive_a_round_trip() {
        let take = in_progress();
        assert_eq!(read_progress(&write_progress(&take), take.id), Ok(take));
        let done = finished_take(3, TakeLength::Full);
        assert_eq!(read_take(&write_take(&done), Some(done.id)), Ok(done));
        let meta = MetaRecord {
            format: 2,
            open_results: Some(3),
            legacy_kept: false,
        };
        assert_eq!(read_meta(&write_meta(&meta)), Ok(meta));
        assert_eq!(
            write_meta(&MetaRecord {
                format: 2,
                open_results: None,
                legacy_kept: false
            }),
            r#"{"format":2,"open_results":null}"#
        );
    }

    #[test]
    fn a_finished_record_says_its_format_and_keeps_scores_for_other_readers() {
        let raw = write_take(&finished_take(1, TakeLength::Quick));
        let value: serde_json::Value = serde_json::from_str(&raw).expect("json");
        assert_eq!(value["format"], 2);
        // "Agree" everywhere: 3 points direct, 1 point reversed, 4 of 8.
        assert_eq!(value["scores"]["overall"], 50);
        assert_eq!(value["answers"]["trust-1"], 4);
        assert_eq!(value["context"], "friend");
    }

    #[test]
    fn an_answer_record_is_small_whatever_the_take() {
        let mut take = Take::new(
            TakeId(u64::MAX / 2),
            RelationshipContext::Romantic,
            TakeLength::Full,
            1,
        );
        for _ in 0..25 {
            take.answer_current(Agreement::StronglyDisagree);
            take.go_next();
        }
        assert!(
            write_progress(&take).len() < 600,
            "{}",
            write_progress(&take).len()
        );
    }

    #[test]
    fn damage_is_refused_and_newer_formats_are_recognised() {
        let good = write_take(&finished_take(1, TakeLength::Quick));
        let cases = [
            ("", RecordError::Damaged),
            ("{", RecordError::Damaged),
            ("null", RecordError::Damaged),
            ("[]", RecordError::Damaged),
            ("<script>alert(1)</script>", RecordError::Damaged),
            (r#"{"format":"two"}"#, RecordError::Damaged),
            (r#"{"format":7,"anything":[]}"#, RecordError::Newer(7)),
        ];
        for (raw, expected) in cases {
            assert_eq!(read_take(raw, None).map(|_| ()), Err(expected), "{raw}");
        }
        let damaged = [
            good.replace(r#""context":"friend""#, r#""context":"neighbour""#),
            good.replace(r#""trust-1":4"#, r#""trust-1":9"#),
            good.replace(r#""trust-1":4"#, r#""trust-1":4.0"#),
            good.replace(r#""trust-1":4"#, r#""trust-1":4e0"#),
            good.replace(r#""trust-1":4"#, r#""trust-1":-4"#),
            good.replace(r#""trust-1":4,"#, ""),
            // Two answers to one statement, or a field given twice.
            good.replace(r#""trust-1":4"#, r#""trust-1":4,"trust-1":2"#),
            good.replace(r#""id":1,"#, r#""id":1,"id":1,"#),
            // Escapes JSON does not have.
            good.replace(r#""friend""#, r#""\u+041""#),
            // After the last date a browser can show.
            good.replace(
                r#""finished_at_ms":60001"#,
                r#""finished_at_ms":8640000000000001"#,
            ),
            good.replace(r#""format":2"#, r#""format":1"#),
        ];
        for raw in damaged {
            assert_ne!(raw, good);
            assert_eq!(
                read_take(&raw, None).map(|_| ()),
                Err(RecordError::Damaged),
                "{raw}"
            );
        }
        assert!(read_take(&good, Some(TakeId(1))).is_ok());
        assert_eq!(
            read_take(&good, Some(TakeId(2))).map(|_| ()),
            Err(RecordError::Damaged),
            "id must match its key"
        );
    }

    #[test]
    fn a_newer_record_is_recognised_whatever_its_other_fields_hold() {
        assert_eq!(
            read_meta(r#"{"format":3,"open_results":"a string now"}"#),
            Err(RecordError::Newer(3))
        );
        assert_eq!(
            read_legacy(r#"{"format":4,"history":{"now":"an object"}}"#).map(|_| ()),
            Err(DocumentError::Newer(4))
        );
    }

    #[test]
    fn unknown_fields_are_read_past() {
        let good = write_take(&finished_take(1, TakeLength::Quick));
        let extra = good.replacen('{', r#"{"mood":"calm","#, 1);
        assert!(read_take(&extra, Some(TakeId(1))).is_ok());
    }

    fn fixture(name: &str) -> String {
        std::fs::read_to_string(format!(
            "{}/tests/fixtures/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("fixture")
    }

    #[test]
    fn every_format_1_fixture_is_read() {
        let document = fixture("format-1-history-and-progress.json");
        let read = read_legacy(&document).expect("readable");
        assert_eq!(read.skipped, 0);
        assert_eq!(read.history.len(), 3);
        assert_eq!(read.open_results, Some(TakeId(1795200000000)));
        let progress = read.in_progress.as_ref().expect("in progress");
        // Seven answers, saved at position 7 in the order of that version;
        // today's order alternates the wording, so the take resumes at the
        // first of them it has no answer for (the fourth).
        assert_eq!((progress.position(), progress.answers().len()), (3, 7));

        let empty = fixture("format-1-empty.json");
        let read = read_legacy(&empty).expect("readable");
        assert!(read.history.is_empty() && read.in_progress.is_none());

        let damaged = fixture("format-1-partly-damaged.json");
        let read = read_legacy(&damaged).expect("readable in part");
        assert_eq!(read.skipped, 1);
        assert_eq!(read.history.len(), 2);
    }

    #[test]
    fn a_format_1_document_can_be_written_back_without_its_first_entries() {
        let document = fixture("format-1-history-and-progress.json");
        let read = read_legacy(&document).expect("readable");
        let smaller = read.without_first(2);
        assert!(smaller.len() < document.len());
        let again = read_legacy(&smaller).expect("readable");
        assert_eq!(again.history.len(), 1);
        assert_eq!(again.history[0].take, read.history[2].take);
        assert_eq!(again.in_progress, read.in_progress);
    }

    #[test]
    fn legacy_documents_that_are_not_format_1() {
        assert_eq!(
            read_legacy("{nope").map(|_| ()),
            Err(DocumentError::Unreadable)
        );
        assert_eq!(
            read_legacy(r#"{"format":0}"#).map(|_| ()),
            Err(DocumentError::Unreadable)
        );
        assert_eq!(
            read_legacy(r#"{"format":3}"#).map(|_| ()),
            Err(DocumentError::Newer(3))
        );
        // A history that is not a list makes the whole document unreadable.
        assert_eq!(
            read_legacy(r#"{"format":1,"history":7}"#).map(|_| ()),
            Err(DocumentError::Unreadable)
        );
    }

    #[test]
    fn an_export_holds_takes_as_stored_and_reads_each_on_its_own() {
        let takes = [
            write_take(&finished_take(1, TakeLength::Quick)),
            write_take(&finished_take(2, TakeLength::Full))
                .replace(r#""trust-1":4"#, r#""trust-1":0"#),
            write_take(&finished_take(3, TakeLength::Full)),
        ];
        let file = write_export(&takes, 99);
        assert!(file.starts_with(
            r#"{"kind":"kindred-export","version":1,"exported_at_ms":99,"takes":[{"format":2,"#
        ));
        assert!(file.contains(&takes[1]), "takes are kept exactly as stored");
        let read = read_export(&file).expect("an export");
        assert_eq!(read.len(), 3);
        assert!(read[0].is_ok() && read[1].is_err() && read[2].is_ok());
    }

    #[test]
    fn files_that_are_not_exports_are_refused_whole() {
        assert_eq!(
            read_export("not json").err(),
            Some(ImportError::NotAnExport)
        );
        assert_eq!(
            read_export(&fixture("format-1-history.json")).err(),
            Some(ImportError::NotAnExport)
        );
        assert_eq!(
            read_export(r#"{"kind":"other","version":1,"takes":[]}"#).err(),
            Some(ImportError::NotAnExport)
        );
        assert_eq!(
            read_export(r#"{"kind":"kindred-export","version":2,"takes":[]}"#).err(),
            Some(ImportError::Newer)
        );
        let huge = format!(
            r#"{{"kind":"kindred-export","version":1,"takes":[],"pad":"{}"}}"#,
            "x".repeat(IMPORT_LIMIT_BYTES)
        );
        assert_eq!(read_export(&huge).err(), Some(ImportError::TooLarge));
    }
}
