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

mod dates;
mod html;
mod input;
mod tsv;

pub use dates::parse_date;
pub use html::render_html;
pub use input::{expand_inputs, open_input};
use jiff::civil::Date;
use lede::text::{OffsetTable, OffsetUnit};
use lede::{Document, Span};
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::Value;
pub use tsv::Table;

/// How input lines are read.
#[derive(Debug, Clone)]
pub struct LineOptions {
    /// The key holding the document date (default `date`).
    pub date_field: String,
    /// The date used when a line has none, or one that cannot be read.
    pub default_date: Option<Date>,
    /// An unreadable date makes the line an error (else: a warning, and the default date).
    pub strict_dates: bool,
    /// The key holding the text (default `text`).
    pub text_field: String,
    /// The key holding the id (default `id`).
    pub id_field: String,
    /// Keep every other key of the line, to be written back unchanged (default true).
    pub keep_fields: bool,
}

impl Default for LineOptions {
    fn default() -> Self {
        LineOptions {
            date_field: "date".to_string(),
            default_date: None,
            strict_dates: false,
            text_field: "text".to_string(),
            id_field: "id".to_string(),
            keep_fields: true,
        }
    }
}

/// One parsed input document.
#[derive(Debug, Clone)]
pub struct Input {
    /// The `id` as given (any JSON value), or the 1-based line number.
    pub id: Value,
    /// The article text.
    pub text: String,
    /// The document date, from the line or the default.
    pub date: Option<Date>,
    /// Why the line's own date was not used (it could not be read), when so.
    pub warning: Option<String>,
    /// The line's keys in order, kept to be written back (with [`LineOptions::keep_fields`]):
    /// each with its value as written, or `None` for the text key (the text is in `text`).
    pub fields: Vec<(String, Option<Box<RawValue>>)>,
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
        let fields = serde::de::DeserializeSeed::deserialize(LineSeed { opts }, &mut de)
            .and_then(|f| de.end().map(|()| f));
        fields.map_err(|e| err(line_id.clone(), json_error(&e)))?
    };
    let id = match fields.id {
        Some(Value::Null) | None => line_id,
        Some(v) => v,
    };
    let text = match fields.text.map(RawValue::get) {
        Some(raw) if raw.starts_with('"') => match json_string(raw) {
            Ok(t) => t,
            Err(e) => {
                return Err(err(
                    id,
                    format!("not valid JSON in `{}`: {e}", opts.text_field),
                ))
            }
        },
        Some(raw) => {
            let kind = serde_json::from_str::<Value>(raw).map_or("not a string", |v| kind_of(&v));
            return Err(err(
                id,
                format!("`{}` must be a string, found {kind}", opts.text_field),
            ));
        }
        None => {
            return Err(err(
                id,
                format!("missing required key `{}`", opts.text_field),
            ))
        }
    };
    // an unreadable date is a warning on the record (the default date is used), not a lost
    // document, unless the options say strict
    let (date, warning) = match fields.date.as_ref().map(dates::date_of_value) {
        None | Some(Ok(None)) => (opts.default_date, None),
        Some(Ok(Some(d))) => (Some(d), None),
        Some(Err(e)) if opts.strict_dates => {
            return Err(err(id, format!("`{}`: {e}", opts.date_field)))
        }
        Some(Err(e)) => {
            let used = opts
                .default_date
                .map_or("no document date".to_string(), |d| {
                    format!("the default date {d}")
                });
            (
                opts.default_date,
                Some(format!("`{}`: {e}; {used} was used", opts.date_field)),
            )
        }
    };
    Ok(Input {
        id,
        text,
        date,
        warning,
        fields: fields.kept,
    })
}

/// A JSON error of a line, placed by column (serde_json's own `at line 1 column N` would name
/// the line within the line, always 1).
fn json_error(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let what = msg.strip_suffix(&suffix).unwrap_or(&msg);
    if e.column() == 0 {
        format!("not valid JSON: {what}")
    } else {
        format!("not valid JSON at column {}: {what}", e.column())
    }
}

/// The text of a JSON string literal (`raw`, quotes included), unescaped into a string of
/// its own. Unlike a `String` deserialised by serde_json, which is built in a scratch buffer and
/// then copied, this allocates once: a 200 MB document line costs 200 MB, not 400.
fn json_string(raw: &str) -> Result<String, serde_json::Error> {
    match unescape(raw) {
        Some(t) => Ok(t),
        // anything unusual (a lone surrogate): serde_json's own reading and error message
        None => serde_json::from_str(raw),
    }
}

fn unescape(raw: &str) -> Option<String> {
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut rest = inner;
    while let Some(i) = rest.find('\\') {
        out.push_str(rest.get(..i)?);
        let esc = rest.get(i + 1..)?;
        let simple = match esc.as_bytes().first()? {
            b'"' => Some('"'),
            b'\\' => Some('\\'),
            b'/' => Some('/'),
            b'b' => Some('\u{8}'),
            b'f' => Some('\u{c}'),
            b'n' => Some('\n'),
            b'r' => Some('\r'),
            b't' => Some('\t'),
            b'u' => None,
            _ => return None,
        };
        if let Some(c) = simple {
            out.push(c);
            rest = esc.get(1..)?;
            continue;
        }
        let hex = |s: Option<&str>| s.and_then(|h| u32::from_str_radix(h, 16).ok());
        let u = hex(esc.get(1..5))?;
        let (c, used) = match u {
            0xD800..=0xDBFF => {
                let lo = esc
                    .get(5..7)
                    .filter(|p| *p == "\\u")
                    .and_then(|_| hex(esc.get(7..11)))
                    .filter(|lo| (0xDC00..=0xDFFF).contains(lo))?;
                (
                    char::from_u32(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00))?,
                    11,
                )
            }
            _ => (char::from_u32(u)?, 5),
        };
        out.push(c);
        rest = esc.get(used..)?;
    }
    out.push_str(rest);
    Some(out)
}

/// The three keys a line is read for; every other key is skipped without being built, and the
/// text is kept as written until [`json_string`] reads it.
#[derive(Default)]
struct Fields<'de> {
    id: Option<Value>,
    text: Option<&'de RawValue>,
    date: Option<Value>,
    /// Every key in order, to be written back (empty unless [`LineOptions::keep_fields`]).
    kept: Vec<(String, Option<Box<RawValue>>)>,
}

/// Reads a JSON object keeping only `id`, `text` and the date field (gold files carry large
/// annotation arrays that would otherwise be built into maps and thrown away).
struct LineSeed<'k> {
    opts: &'k LineOptions,
}

#[derive(Clone, Copy, PartialEq)]
enum Key {
    Id,
    Text,
    Date,
    Other,
}

#[derive(Clone, Copy)]
struct KeySeed<'k> {
    opts: &'k LineOptions,
}

impl<'de> serde::de::DeserializeSeed<'de> for KeySeed<'_> {
    type Value = (Key, Option<String>);
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl serde::de::Visitor<'_> for KeySeed<'_> {
    type Value = (Key, Option<String>);
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a string key")
    }
    fn visit_str<E: serde::de::Error>(self, k: &str) -> Result<Self::Value, E> {
        let o = self.opts;
        let key = if k == o.date_field {
            Key::Date
        } else if k == o.text_field {
            Key::Text
        } else if k == o.id_field {
            Key::Id
        } else {
            Key::Other
        };
        Ok((key, o.keep_fields.then(|| k.to_string())))
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for LineSeed<'_> {
    type Value = Fields<'de>;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Fields<'de>, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> serde::de::Visitor<'de> for LineSeed<'_> {
    type Value = Fields<'de>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
        use serde::de::Error as _;
        let mut f = Fields::default();
        let seed = KeySeed { opts: self.opts };
        while let Some((key, name)) = map.next_key_seed(seed)? {
            match (key, name) {
                (Key::Text, name) => {
                    f.text = Some(map.next_value()?);
                    if let Some(name) = name {
                        f.kept.push((name, None));
                    }
                }
                (Key::Other, None) => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
                (key, None) => {
                    let v: Value = map.next_value()?;
                    *if key == Key::Id {
                        &mut f.id
                    } else {
                        &mut f.date
                    } = Some(v);
                }
                (key, Some(name)) => {
                    let raw: Box<RawValue> = map.next_value()?;
                    if key != Key::Other {
                        let v: Value = serde_json::from_str(raw.get()).map_err(A::Error::custom)?;
                        *if key == Key::Id {
                            &mut f.id
                        } else {
                            &mut f.date
                        } = Some(v);
                    }
                    f.kept.push((name, Some(raw)));
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
    /// The days the expression covers, `[interval_start, interval_end)` (the end is the day after
    /// the last, like the offsets), for dates.
    interval_start: Option<String>,
    interval_end: Option<String>,
    #[serde(rename = "mod")]
    modifier: Option<&'static str>,
}

#[derive(Serialize)]
struct OutSpeaker<'a> {
    canonical: &'a str,
    label: &'static str,
    kb_id: Option<&'a str>,
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
    /// The entity the speaker is linked to.
    speaker_entity: Option<OutSpeaker<'a>>,
    cue: Option<&'a str>,
    cue_start: Option<usize>,
    cue_end: Option<usize>,
}

/// The CLI's output record for one document. It serialises straight from the [`Document`]:
/// nothing per annotation is built first, so writing the record of a huge document takes no
/// memory beyond the offset table.
pub struct Record<'a> {
    id: &'a Value,
    date: Option<String>,
    warning: Option<&'a str>,
    fields: &'a [(String, Option<Box<RawValue>>)],
    text: &'a str,
    doc: &'a Document,
    table: OffsetTable,
}

/// The keys of lede's own output: an input key with one of these names is not written back.
const OWN_KEYS: &[&str] = &[
    "id",
    "offsets",
    "date",
    "warning",
    "sentences",
    "entities",
    "timexes",
    "quotes",
];

/// A sequence serialised from an iterator made on demand.
struct Seq<F>(F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

impl Serialize for Record<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let (text, doc, table) = (self.text, self.doc, &self.table);
        let conv = |s: Span| (table.get(s.start), table.get(s.end));
        let slice = |s: Span| s.get(text).unwrap_or("");
        let mut st = s.serialize_map(None)?;
        st.serialize_entry("id", self.id)?;
        st.serialize_entry("offsets", table.unit().as_str())?;
        st.serialize_entry("date", &self.date)?;
        if let Some(w) = self.warning {
            st.serialize_entry("warning", w)?;
        }
        for (key, value) in self.fields {
            if OWN_KEYS.contains(&key.as_str()) {
                continue;
            }
            match value {
                Some(raw) => st.serialize_entry(key, raw)?,
                None => st.serialize_entry(key, text)?,
            }
        }
        st.serialize_entry(
            "sentences",
            &Seq(|| {
                doc.sentences.iter().map(|&s| {
                    let (start, end) = conv(s);
                    OutSpan { start, end }
                })
            }),
        )?;
        st.serialize_entry(
            "entities",
            &Seq(|| {
                doc.entities.mentions.iter().map(|m| {
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
            }),
        )?;
        st.serialize_entry(
            "timexes",
            &Seq(|| {
                doc.timexes.iter().map(|t| {
                    let (start, end) = conv(t.span);
                    OutTimex {
                        start,
                        end,
                        text: slice(t.span),
                        kind: t.kind.as_str(),
                        value: &t.value,
                        interval_start: t.interval.map(|(b, _)| b.to_string()),
                        interval_end: t.interval.map(|(_, e)| e.to_string()),
                        modifier: t.modifier.map(|m| m.as_str()),
                    }
                })
            }),
        )?;
        st.serialize_entry(
            "quotes",
            &Seq(|| {
                doc.quotes.iter().map(|q| {
                    let (start, end) = conv(q.quote.span);
                    let sp = q.quote.speaker.map(conv);
                    let cue = q.quote.cue.map(conv);
                    let entity = q.speaker_entity.and_then(|e| doc.entities.entities.get(e));
                    OutQuote {
                        start,
                        end,
                        text: slice(q.quote.span),
                        kind: q.quote.kind.as_str(),
                        speaker: q.speaker_name.as_deref(),
                        speaker_start: sp.map(|s| s.0),
                        speaker_end: sp.map(|s| s.1),
                        speaker_entity: entity.map(|e| OutSpeaker {
                            canonical: &e.canonical,
                            label: e.label.as_str(),
                            kb_id: e.kb_id.as_deref(),
                        }),
                        cue: q.quote.cue.map(slice),
                        cue_start: cue.map(|c| c.0),
                        cue_end: cue.map(|c| c.1),
                    }
                })
            }),
        )?;
        st.end()
    }
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
        for s in [q.quote.speaker, q.quote.cue].into_iter().flatten() {
            push(s);
        }
    }
    v
}

impl<'a> Record<'a> {
    /// Writes the input line's own keys back (see [`Input::fields`]) after lede's `id`, `offsets`,
    /// `date` and `warning` and before the annotations; a key named like one of lede's is left
    /// out.
    pub fn with_fields(mut self, fields: &'a [(String, Option<Box<RawValue>>)]) -> Self {
        self.fields = fields;
        self
    }

    /// The record as one self-contained HTML page (see [`render_html`]).
    pub fn html(&self) -> String {
        let title = match self.id {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        render_html(&title, self.date.as_deref(), self.text, self.doc)
    }

    /// Adds a `warning` field (an input date that could not be read, say).
    pub fn with_warning(mut self, warning: Option<&'a str>) -> Self {
        self.warning = warning;
        self
    }

    /// Builds the record for `doc`, annotated from `text`, with offsets in `unit`.
    pub fn new(
        id: &'a Value,
        text: &'a str,
        date: Option<Date>,
        doc: &'a Document,
        unit: OffsetUnit,
    ) -> Self {
        let offsets = if unit == OffsetUnit::Bytes {
            Vec::new() // byte offsets need no table
        } else {
            all_offsets(doc)
        };
        Record {
            id,
            date: date.map(|d| d.to_string()),
            warning: None,
            fields: &[],
            text,
            doc,
            table: OffsetTable::new(text, offsets, unit),
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
            strict_dates: true,
            ..LineOptions::default()
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
        // not strict: the default date, and a warning saying why
        let lenient = LineOptions {
            strict_dates: false,
            ..o.clone()
        };
        let i = parse_line(b"{\"text\":\"x\",\"dct\":\"soon\"}", 3, &lenient).unwrap();
        assert_eq!(i.date, o.default_date);
        let w = i.warning.unwrap();
        assert!(
            w.contains("`dct`") && w.contains("2020-01-02 was used"),
            "{w}"
        );
        let i = parse_line(b"{\"text\":\"x\",\"dct\":1692144000000}", 3, &o).unwrap();
        assert_eq!(i.date, Some(jiff::civil::date(2023, 8, 16)));
        assert_eq!(i.warning, None);
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

    /// Every char written as a `\u` escape (surrogate pairs above the BMP).
    fn ascii_escaped(s: &str) -> String {
        let mut out = String::from("\"");
        for u in s.encode_utf16() {
            out.push_str(&format!("\\u{u:04x}"));
        }
        out.push('"');
        out
    }

    #[test]
    fn json_strings_read_as_serde_json_reads_them() {
        for s in [
            "",
            "plain",
            "a \"b\" \\ c\n\t\r/\u{8}\u{c}",
            "é “smart” 😀 \u{1}",
            "\\u0041",
        ] {
            let lit = serde_json::to_string(s).unwrap();
            assert_eq!(json_string(&lit).unwrap(), s, "{lit}");
            assert_eq!(json_string(&ascii_escaped(s)).unwrap(), s);
        }
        assert_eq!(json_string(r#""\/\u00e9\uD83D\uDE00""#).unwrap(), "/é😀");
        // a lone surrogate goes to serde_json, which decides (and words the error)
        assert_eq!(
            json_string(r#""\uD83D""#).is_ok(),
            serde_json::from_str::<String>(r#""\uD83D""#).is_ok()
        );
        assert!(json_string(r#""\q""#).is_err());
    }

    proptest::proptest! {
        #[test]
        fn any_string_round_trips(s in ".*") {
            let lit = serde_json::to_string(&s).unwrap();
            proptest::prop_assert_eq!(json_string(&lit).unwrap(), s.clone());
            proptest::prop_assert_eq!(json_string(&ascii_escaped(&s)).unwrap(), s);
        }
    }
}
