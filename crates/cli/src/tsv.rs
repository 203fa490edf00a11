//! Flat tables: one row per quote, entity, timex or sentence, with the document id, offsets,
//! text and every field, for `pandas.read_csv(sep='\t')` or a spreadsheet. A field holding a
//! tab, a line break or a double quote is quoted CSV-style (`"..."`, inner quotes doubled),
//! which `read_csv` reads by default.
use crate::Record;
use lede::Span;

/// Which annotations a table lists, one row each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// Quotes with speaker, speaker entity and cue.
    Quotes,
    /// Entity mentions with label, canonical name and id.
    Entities,
    /// Date and time expressions with type, value, interval and modifier.
    Timexes,
    /// Sentences with their text.
    Sentences,
}

impl Table {
    /// Parses a table name: `quotes`, `entities`, `timexes` or `sentences`.
    pub fn parse(s: &str) -> Option<Table> {
        match s {
            "quotes" => Some(Table::Quotes),
            "entities" => Some(Table::Entities),
            "timexes" => Some(Table::Timexes),
            "sentences" => Some(Table::Sentences),
            _ => None,
        }
    }

    /// The header row (with its line break).
    pub fn header(self) -> &'static str {
        match self {
            Table::Quotes => "id\tstart\tend\ttext\tkind\tspeaker\tspeaker_start\tspeaker_end\tspeaker_canonical\tspeaker_label\tspeaker_kb_id\tcue\tcue_start\tcue_end\n",
            Table::Entities => "id\tstart\tend\ttext\tlabel\tcanonical\tkb_id\tvia\n",
            Table::Timexes => "id\tstart\tend\ttext\ttype\tvalue\tinterval_start\tinterval_end\tmod\n",
            Table::Sentences => "id\tstart\tend\ttext\n",
        }
    }
}

/// One field, quoted when it must be.
fn field(out: &mut String, s: &str) {
    if s.contains(['\t', '\n', '\r', '"']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

/// A row of fields, tab-separated, ended by a line break.
fn row(out: &mut String, fields: &[&str]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push('\t');
        }
        field(out, f);
    }
    out.push('\n');
}

impl Record<'_> {
    /// The rows of `table` for this record's document (no header).
    pub fn tsv_rows(&self, table: Table) -> String {
        let mut out = String::new();
        let id = match self.id {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let (text, doc) = (self.text, self.doc);
        let at = |x: usize| self.table.get(x).to_string();
        let slice = |s: Span| s.get(text).unwrap_or("");
        let opt = |x: Option<usize>| x.map(at).unwrap_or_default();
        match table {
            Table::Sentences => {
                for &s in &doc.sentences {
                    row(&mut out, &[&id, &at(s.start), &at(s.end), slice(s)]);
                }
            }
            Table::Entities => {
                for m in &doc.entities.mentions {
                    let e = doc.entities.entity_of(m);
                    let canonical = e.map_or_else(|| slice(m.span), |e| e.canonical.as_str());
                    let kb = e.and_then(|e| e.kb_id.as_deref()).unwrap_or("");
                    let (s, x) = (at(m.span.start), at(m.span.end));
                    let via = m.via.as_str();
                    row(
                        &mut out,
                        &[
                            &id,
                            &s,
                            &x,
                            slice(m.span),
                            m.label.as_str(),
                            canonical,
                            kb,
                            via,
                        ],
                    );
                }
            }
            Table::Timexes => {
                for t in &doc.timexes {
                    let (b, e) = t.interval.map_or((String::new(), String::new()), |(b, e)| {
                        (b.to_string(), e.to_string())
                    });
                    let m = t.modifier.map_or("", |m| m.as_str());
                    let (s, x) = (at(t.span.start), at(t.span.end));
                    let (span, kind) = (slice(t.span), t.kind.as_str());
                    row(&mut out, &[&id, &s, &x, span, kind, &t.value, &b, &e, m]);
                }
            }
            Table::Quotes => {
                for q in &doc.quotes {
                    let e = q.speaker_entity.and_then(|e| doc.entities.entities.get(e));
                    let sp = q.quote.speaker;
                    let cue = q.quote.cue;
                    let (s, x) = (at(q.quote.span.start), at(q.quote.span.end));
                    let (ss, se) = (opt(sp.map(|s| s.start)), opt(sp.map(|s| s.end)));
                    let (cs, ce) = (opt(cue.map(|c| c.start)), opt(cue.map(|c| c.end)));
                    let mut fields: Vec<&str> =
                        vec![&id, &s, &x, slice(q.quote.span), q.quote.kind.as_str()];
                    fields.extend([q.speaker_name.as_deref().unwrap_or(""), &ss, &se]);
                    fields.extend([
                        e.map_or("", |e| e.canonical.as_str()),
                        e.map_or("", |e| e.label.as_str()),
                        e.and_then(|e| e.kb_id.as_deref()).unwrap_or(""),
                    ]);
                    fields.extend([cue.map_or("", slice), &cs, &ce]);
                    row(&mut out, &fields);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_when_they_must_be() {
        let mut out = String::new();
        row(&mut out, &["a", "b\tc", "say \"hi\"", "x\ny"]);
        assert_eq!(out, "a\t\"b\tc\"\t\"say \"\"hi\"\"\"\t\"x\ny\"\n");
        assert_eq!(Table::parse("quotes"), Some(Table::Quotes));
        assert_eq!(Table::parse("nope"), None);
        for t in [
            Table::Quotes,
            Table::Entities,
            Table::Timexes,
            Table::Sentences,
        ] {
            assert!(t.header().ends_with('\n'));
        }
    }
}
