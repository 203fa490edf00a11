//! User patterns: rules of the user's own, as TSV lines, that add entities or date expressions
//! (what spaCy's EntityRuler or CoreNLP's TokensRegex are reached for).
//!
//! ```text
//! # label  pattern                       canonical or value    kb_id
//! ORG      European Central Bank         European Central Bank wikidata:Q8901
//! ORG      /\bECB\b/                     European Central Bank wikidata:Q8901
//! DATE     /\bQ([1-4]) (20\d\d)\b/       $2-Q$1
//! ```
//!
//! A pattern between slashes is a regular expression (the `regex` crate: linear time in the
//! text, whatever the pattern); any other pattern is a phrase, matched as whole words with any
//! run of spaces between them. An entity row (`PER`, `LOC`, `ORG`, `MISC`) gives the entity's
//! canonical name (empty: the text matched) and an optional knowledge-base id. A date row
//! (`DATE`, `TIME`, `DURATION`, `SET`) gives the TIMEX3 value, where `$1`, `$2` ... or `${name}`
//! stand for the regex's groups. A user's match wins over the built-in layer's where they
//! overlap; among patterns, the earliest and then the longest match wins.
use lede_dates::{Timex, TimexKind};
use lede_entities::{Entities, Entity, Label, Mention, Via};
use lede_text::{DataError, Span};
use regex::Regex;
use std::collections::HashMap;

/// What a pattern row adds.
#[derive(Debug, Clone)]
enum Adds {
    Entity {
        label: Label,
        canonical: String,
        kb_id: Option<String>,
    },
    Timex {
        kind: TimexKind,
        value: String,
    },
}

#[derive(Debug, Clone)]
struct Rule {
    re: Regex,
    adds: Adds,
}

/// The user patterns of a pipeline, compiled once.
#[derive(Debug, Clone, Default)]
pub(crate) struct Patterns {
    rules: Vec<Rule>,
}

fn timex_kind(label: &str) -> Option<TimexKind> {
    match label {
        "DATE" => Some(TimexKind::Date),
        "TIME" => Some(TimexKind::Time),
        "DURATION" => Some(TimexKind::Duration),
        "SET" => Some(TimexKind::Set),
        _ => None,
    }
}

impl Patterns {
    /// Adds the rows of one TSV source named `name`.
    pub(crate) fn add_tsv(&mut self, name: &str, text: &str) -> Result<(), DataError> {
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let row = raw.trim_end_matches('\r');
            if row.trim().is_empty() || row.starts_with('#') {
                continue;
            }
            let bad = |reason: String| DataError::bad_line(name, line, reason);
            let cols: Vec<&str> = row.split('\t').map(str::trim).collect();
            if cols.len() > 4 {
                return Err(bad(
                    "more than 4 tab-separated columns (expected: label, pattern, canonical or value, kb_id)".into(),
                ));
            }
            let (label, pattern) = match cols.as_slice() {
                [label, pattern, ..] if !pattern.is_empty() => (*label, *pattern),
                [_, ..] => return Err(bad("expected a label and a pattern, tab-separated".into())),
                [] => continue,
            };
            let third = cols.get(2).copied().unwrap_or("");
            let fourth = cols.get(3).copied().filter(|s| !s.is_empty());
            let adds = if let Some(l) = Label::parse(label) {
                Adds::Entity {
                    label: l,
                    canonical: third.to_string(),
                    kb_id: fourth.map(str::to_string),
                }
            } else if let Some(kind) = timex_kind(label) {
                if third.is_empty() {
                    return Err(bad(format!(
                        "a {label} pattern needs a value (e.g. `$2-Q$1`)"
                    )));
                }
                Adds::Timex {
                    kind,
                    value: third.to_string(),
                }
            } else {
                return Err(bad(format!(
                    "unknown label `{label}` (expected PER, LOC, ORG, MISC, DATE, TIME, DURATION or SET)"
                )));
            };
            let source = match pattern.strip_prefix('/').and_then(|p| p.strip_suffix('/')) {
                Some(re) if !re.is_empty() => re.to_string(),
                _ => phrase(pattern),
            };
            let re = regex::RegexBuilder::new(&source)
                .size_limit(1 << 20)
                .build()
                .map_err(|e| bad(format!("bad pattern `{pattern}`: {e}")))?;
            self.rules.push(Rule { re, adds });
        }
        Ok(())
    }

    /// Whether there are no rules.
    pub(crate) fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// The matches in `text`: (span, rule), sorted, non-overlapping (earliest, then longest,
    /// then the rule listed first).
    fn matches(&self, text: &str) -> Vec<(Span, usize)> {
        let mut all: Vec<(Span, usize)> = Vec::new();
        for (r, rule) in self.rules.iter().enumerate() {
            for m in rule.re.find_iter(text) {
                if m.start() < m.end() {
                    all.push((Span::new(m.start(), m.end()), r));
                }
            }
        }
        all.sort_by_key(|&(s, r)| (s.start, std::cmp::Reverse(s.end), r));
        let mut out: Vec<(Span, usize)> = Vec::new();
        for (s, r) in all {
            if out.last().is_none_or(|(last, _)| last.end <= s.start) {
                out.push((s, r));
            }
        }
        out
    }

    /// Applies the patterns to a document's entities and timexes.
    pub(crate) fn apply(
        &self,
        text: &str,
        entities: Option<&mut Entities>,
        timexes: Option<&mut Vec<Timex>>,
    ) {
        let found = self.matches(text);
        let (mut ents, mut times) = (Vec::new(), Vec::new());
        for (span, r) in found {
            match self.rules.get(r).map(|x| &x.adds) {
                Some(Adds::Entity { .. }) => ents.push((span, r)),
                Some(Adds::Timex { .. }) => times.push((span, r)),
                None => {}
            }
        }
        if let Some(e) = entities {
            self.add_entities(text, e, &ents);
        }
        if let Some(t) = timexes {
            self.add_timexes(text, t, &times);
        }
    }

    fn add_entities(&self, text: &str, e: &mut Entities, found: &[(Span, usize)]) {
        if found.is_empty() {
            return;
        }
        // the document's entities by (canonical, label, kb_id), the first of equals, so that a
        // match finds its entity by lookup rather than by a scan of them all
        let mut ids: HashMap<(String, Label, Option<String>), usize> = HashMap::new();
        for (i, x) in e.entities.iter().enumerate() {
            ids.entry((x.canonical.clone(), x.label, x.kb_id.clone()))
                .or_insert(i);
        }
        let mut added: Vec<Mention> = Vec::new();
        for &(span, r) in found {
            let Some(Adds::Entity {
                label,
                canonical,
                kb_id,
            }) = self.rules.get(r).map(|x| &x.adds)
            else {
                continue;
            };
            let canonical = if canonical.is_empty() {
                span.get(text).unwrap_or("").to_string()
            } else {
                canonical.clone()
            };
            let key = (canonical, *label, kb_id.clone());
            let entity = match ids.get(&key) {
                Some(&i) => i,
                None => {
                    e.entities.push(Entity {
                        canonical: key.0.clone(),
                        label: *label,
                        kb_id: kb_id.clone(),
                    });
                    ids.insert(key, e.entities.len() - 1);
                    e.entities.len() - 1
                }
            };
            added.push(Mention {
                span,
                label: *label,
                entity,
                via: Via::Pattern,
            });
        }
        // the user's matches win: built-in mentions overlapping one are dropped
        e.mentions
            .retain(|m| !overlaps_any(&added, m.span, |x: &Mention| x.span));
        e.mentions.extend(added);
        e.mentions.sort_by_key(|m| (m.span.start, m.span.end));
    }

    fn add_timexes(&self, text: &str, t: &mut Vec<Timex>, found: &[(Span, usize)]) {
        if found.is_empty() {
            return;
        }
        let mut added = Vec::new();
        for &(span, r) in found {
            let Some(rule) = self.rules.get(r) else {
                continue;
            };
            let Adds::Timex { kind, value } = &rule.adds else {
                continue;
            };
            let Some(caps) = span.get(text).and_then(|s| rule.re.captures(s)) else {
                continue;
            };
            let mut v = String::new();
            caps.expand(value, &mut v);
            added.push(Timex {
                span,
                kind: *kind,
                value: v,
                modifier: None,
                interval: None,
            });
        }
        t.retain(|x| !overlaps_any(&added, x.span, |y: &Timex| y.span));
        t.extend(added);
        t.sort_by_key(|x| (x.span.start, x.span.end));
    }
}

/// Whether `s` overlaps any of `sorted` (sorted by start, non-overlapping).
fn overlaps_any<T>(sorted: &[T], s: Span, span: impl Fn(&T) -> Span) -> bool {
    let i = sorted.partition_point(|x| span(x).end <= s.start);
    sorted.get(i).is_some_and(|x| span(x).start < s.end)
}

/// A phrase as a regular expression: its words, escaped, as whole words with any spaces between.
fn phrase(p: &str) -> String {
    let words: Vec<String> = p.split_whitespace().map(regex::escape).collect();
    format!(r"\b{}\b", words.join(r"\s+"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_and_their_errors() {
        let mut p = Patterns::default();
        p.add_tsv(
            "p.tsv",
            "# comment\nORG\tEuropean  Central Bank\t\twikidata:Q8901\nDATE\t/\\bQ([1-4]) (20\\d\\d)\\b/\t$2-Q$1\n",
        )
        .unwrap();
        assert_eq!(p.rules.len(), 2);
        let cases = [
            ("XYZ\tfoo\n", "p.tsv:1: unknown label `XYZ`"),
            ("ORG\t/(/\n", "p.tsv:1: bad pattern `/(/`"),
            ("ORG\n", "p.tsv:1: expected a label and a pattern"),
            ("DATE\tfoo\n", "p.tsv:1: a DATE pattern needs a value"),
            (
                "\nORG\tx\ty\tz\tw\n",
                "p.tsv:2: more than 4 tab-separated columns",
            ),
        ];
        for (src, want) in cases {
            let e = Patterns::default().add_tsv("p.tsv", src).unwrap_err();
            assert!(e.to_string().starts_with(want), "{e}");
        }
    }

    #[test]
    fn earliest_longest_match_wins() {
        let mut p = Patterns::default();
        p.add_tsv(
            "p",
            "ORG\tCentral Bank\nORG\tEuropean Central Bank\nORG\tBank of X\n",
        )
        .unwrap();
        let text = "The European Central Bank of X said.";
        let m = p.matches(text);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].0.get(text), Some("European Central Bank"));
    }
}
