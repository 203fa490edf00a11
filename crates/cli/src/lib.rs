//! The library half of the `lede` command: parsing one JSONL input line and rendering one
//! annotated document as the CLI's JSON record. The binary (`src/main.rs`) adds argument
//! parsing, streaming, threads and progress.
//!
//! ```
//! use lede_cli::{parse_line, LineOptions};
//! let opts = LineOptions::default();
//! let input = parse_line(br#"{"id": "a1", "text": "Hello.", "date": "2023-08-16"}"#, 1, &opts).unwrap();
//! assert_eq!(input.text, "Hello.");
//! assert_eq!(input.date.unwrap().to_string(), "2023-08-16");
//! ```
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

use jiff::civil::Date;
use lede::text::{OffsetTable, OffsetUnit};
use lede::{Document, Span};
use serde::Serialize;
use serde_json::Value;

/// How input lines are read.
#[derive(Debug, Clone)]
pub struct LineOptions {
    /// The key holding the document date (default `date`).
    pub date_field: String,
    /// The date used when a line has none.
    pub default_date: Option<Date>,
}

impl Default for LineOptions {
    fn default() -> Self {
        LineOptions {
            date_field: "date".to_string(),
            default_date: None,
        }
    }
}

/// One parsed input document.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    /// The `id` as given (any JSON value), or the 1-based line number.
    pub id: Value,
    /// The article text.
    pub text: String,
    /// The document date, from the line or the default.
    pub date: Option<Date>,
}

/// A line that could not be used, with the id to echo (when one could be read).
#[derive(Debug, Clone, PartialEq)]
pub struct LineError {
    /// The `id` of the line when it could be read, else the line number.
    pub id: Value,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong and why.
    pub message: String,
}

/// Parses a date given as `YYYY-MM-DD` or as an RFC 3339 timestamp (whose own calendar date is
/// taken, e.g. `2023-08-16T23:30:00-04:00` is 2023-08-16).
///
/// ```
/// assert_eq!(lede_cli::parse_date("2023-08-16T10:00:00Z").unwrap().to_string(), "2023-08-16");
/// assert!(lede_cli::parse_date("16/08/2023").is_err());
/// ```
pub fn parse_date(s: &str) -> Result<Date, String> {
    let s = s.trim();
    if s.len() == 10 {
        return s
            .parse::<Date>()
            .map_err(|e| format!("unreadable date {s:?}: {e}"));
    }
    match s.parse::<jiff::Timestamp>() {
        Ok(_) => s
            .get(..10)
            .and_then(|d| d.parse::<Date>().ok())
            .ok_or_else(|| format!("unreadable date {s:?}")),
        Err(e) => Err(format!(
            "unreadable date {s:?}: expected YYYY-MM-DD or an RFC 3339 timestamp ({e})"
        )),
    }
}

/// Parses one JSONL input line (`line` is its 1-based number).
pub fn parse_line(bytes: &[u8], line: usize, opts: &LineOptions) -> Result<Input, LineError> {
    let err = |id: Value, message: String| LineError { id, line, message };
    let line_id = Value::from(line);
    let s = std::str::from_utf8(bytes).map_err(|e| {
        err(
            line_id.clone(),
            format!(
                "input is not UTF-8 (invalid byte at column {})",
                e.valid_up_to() + 1
            ),
        )
    })?;
    let s = s.strip_suffix('\n').unwrap_or(s);
    let s = s.strip_suffix('\r').unwrap_or(s);
    let fields = {
        let mut de = serde_json::Deserializer::from_str(s);
        let fields = serde::de::DeserializeSeed::deserialize(
            LineSeed {
                date_field: &opts.date_field,
            },
            &mut de,
        )
        .and_then(|f| de.end().map(|()| f));
        fields.map_err(|e| err(line_id.clone(), format!("not valid JSON: {e}")))?
    };
    let id = match fields.id {
        Some(Value::Null) | None => line_id,
        Some(v) => v,
    };
    let text = match fields.text {
        Some(Value::String(t)) => t,
        Some(other) => {
            return Err(err(
                id,
                format!("`text` must be a string, found {}", kind_of(&other)),
            ))
        }
        None => return Err(err(id, "missing required key `text`".to_string())),
    };
    let date = match fields.date.as_ref() {
        None | Some(Value::Null) => opts.default_date,
        Some(Value::String(d)) => match parse_date(d) {
            Ok(d) => Some(d),
            Err(e) => return Err(err(id, format!("`{}`: {e}", opts.date_field))),
        },
        Some(other) => {
            return Err(err(
                id,
                format!(
                    "`{}` must be a date string, found {}",
                    opts.date_field,
                    kind_of(other)
                ),
            ))
        }
    };
    Ok(Input { id, text, date })
}

/// The three keys a line is read for; every other key is skipped without being built.
#[derive(Default)]
struct Fields {
    id: Option<Value>,
    text: Option<Value>,
    date: Option<Value>,
}

/// Reads a JSON object keeping only `id`, `text` and the date field (gold files carry large
/// annotation arrays that would otherwise be built into maps and thrown away).
struct LineSeed<'k> {
    date_field: &'k str,
}

#[derive(Clone, Copy)]
enum Key {
    Id,
    Text,
    Date,
    Other,
}

#[derive(Clone, Copy)]
struct KeySeed<'k> {
    date_field: &'k str,
}

impl<'de> serde::de::DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Key;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_str(self)
    }
}

impl serde::de::Visitor<'_> for KeySeed<'_> {
    type Value = Key;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a string key")
    }
    fn visit_str<E: serde::de::Error>(self, k: &str) -> Result<Key, E> {
        Ok(if k == self.date_field {
            Key::Date
        } else if k == "text" {
            Key::Text
        } else if k == "id" {
            Key::Id
        } else {
            Key::Other
        })
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for LineSeed<'_> {
    type Value = Fields;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Fields, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> serde::de::Visitor<'de> for LineSeed<'_> {
    type Value = Fields;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
        let mut f = Fields::default();
        let seed = KeySeed {
            date_field: self.date_field,
        };
        while let Some(key) = map.next_key_seed(seed)? {
            match key {
                Key::Id => f.id = Some(map.next_value()?),
                Key::Text => f.text = Some(map.next_value()?),
                Key::Date => f.date = Some(map.next_value()?),
                Key::Other => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(f)
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[derive(Serialize)]
struct OutSpan {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct OutEntity<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    label: &'static str,
    canonical: &'a str,
    kb_id: Option<&'a str>,
    via: &'static str,
}

#[derive(Serialize)]
struct OutTimex<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    value: &'a str,
}

#[derive(Serialize)]
struct OutQuote<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    kind: &'static str,
    speaker: Option<&'a str>,
    speaker_start: Option<usize>,
    speaker_end: Option<usize>,
    cue: Option<&'a str>,
}

/// The CLI's output record for one document.
#[derive(Serialize)]
pub struct Record<'a> {
    id: &'a Value,
    offsets: &'static str,
    date: Option<String>,
    sentences: Vec<OutSpan>,
    entities: Vec<OutEntity<'a>>,
    timexes: Vec<OutTimex<'a>>,
    quotes: Vec<OutQuote<'a>>,
}

/// The error record written in place of a bad line.
#[derive(Serialize)]
pub struct ErrorRecord<'a> {
    id: &'a Value,
    line: usize,
    error: &'a str,
}

impl<'a> ErrorRecord<'a> {
    /// The record for `e`.
    pub fn new(e: &'a LineError) -> Self {
        ErrorRecord {
            id: &e.id,
            line: e.line,
            error: &e.message,
        }
    }
}

fn all_offsets(doc: &Document) -> Vec<usize> {
    let mut v = Vec::new();
    let mut push = |s: Span| {
        v.push(s.start);
        v.push(s.end);
    };
    doc.sentences.iter().for_each(|&s| push(s));
    doc.entities.mentions.iter().for_each(|m| push(m.span));
    doc.timexes.iter().for_each(|t| push(t.span));
    for q in &doc.quotes {
        push(q.quote.span);
        if let Some(s) = q.quote.speaker {
            push(s);
        }
    }
    v
}

impl<'a> Record<'a> {
    /// Builds the record for `doc`, annotated from `text`, with offsets in `unit`.
    pub fn new(
        id: &'a Value,
        text: &'a str,
        date: Option<Date>,
        doc: &'a Document,
        unit: OffsetUnit,
    ) -> Self {
        let table = OffsetTable::new(text, all_offsets(doc), unit);
        let conv = |s: Span| (table.get(s.start), table.get(s.end));
        let slice = |s: Span| s.get(text).unwrap_or("");
        Record {
            id,
            offsets: unit.as_str(),
            date: date.map(|d| d.to_string()),
            sentences: doc
                .sentences
                .iter()
                .map(|&s| {
                    let (start, end) = conv(s);
                    OutSpan { start, end }
                })
                .collect(),
            entities: doc
                .entities
                .mentions
                .iter()
                .map(|m| {
                    let (start, end) = conv(m.span);
                    let e = doc.entities.entity_of(m);
                    OutEntity {
                        start,
                        end,
                        text: slice(m.span),
                        label: m.label.as_str(),
                        canonical: e.map_or_else(|| slice(m.span), |e| e.canonical.as_str()),
                        kb_id: e.and_then(|e| e.kb_id.as_deref()),
                        via: m.via.as_str(),
                    }
                })
                .collect(),
            timexes: doc
                .timexes
                .iter()
                .map(|t| {
                    let (start, end) = conv(t.span);
                    OutTimex {
                        start,
                        end,
                        text: slice(t.span),
                        kind: t.kind.as_str(),
                        value: &t.value,
                    }
                })
                .collect(),
            quotes: doc
                .quotes
                .iter()
                .map(|q| {
                    let (start, end) = conv(q.quote.span);
                    let sp = q.quote.speaker.map(conv);
                    OutQuote {
                        start,
                        end,
                        text: slice(q.quote.span),
                        kind: q.quote.kind.as_str(),
                        speaker: q.speaker_name.as_deref(),
                        speaker_start: sp.map(|s| s.0),
                        speaker_end: sp.map(|s| s.1),
                        cue: q.quote.cue.map(slice),
                    }
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_and_bad_lines() {
        let o = LineOptions {
            date_field: "dct".into(),
            default_date: Some(jiff::civil::date(2020, 1, 2)),
        };
        let i = parse_line(b"{\"text\":\"x\",\"dct\":\"2013-03-22\"}\n", 7, &o).unwrap();
        assert_eq!(i.id, Value::from(7));
        assert_eq!(i.date, Some(jiff::civil::date(2013, 3, 22)));
        let i = parse_line(b"{\"text\":\"x\",\"id\":[1]}", 1, &o).unwrap();
        assert_eq!(i.date, o.default_date);
        assert_eq!(i.id, serde_json::json!([1]));
        let e = parse_line(b"{\"id\":\"q\"}", 3, &o).unwrap_err();
        assert_eq!((e.id.as_str(), e.line), (Some("q"), 3));
        assert!(e.message.contains("text"));
        let e = parse_line(b"{\"text\":\"x\",\"dct\":\"soon\"}", 3, &o).unwrap_err();
        assert!(e.message.contains("dct"), "{}", e.message);
        assert!(parse_line(b"\xff\xfe", 1, &o)
            .unwrap_err()
            .message
            .contains("UTF-8"));
        assert!(parse_line(b"[1,2]", 1, &o)
            .unwrap_err()
            .message
            .contains("object"));
        assert!(parse_line(b"{\"text\": 3}", 1, &o)
            .unwrap_err()
            .message
            .contains("number"));
    }

    #[test]
    fn dates() {
        assert_eq!(
            parse_date("2023-08-16T23:30:00-04:00").unwrap(),
            jiff::civil::date(2023, 8, 16)
        );
        assert!(parse_date("2023-02-30").is_err());
        assert!(parse_date("").is_err());
    }
}
