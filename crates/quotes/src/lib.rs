#![doc = include_str!("../README.md")]
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

pub use lede_text::Span;

mod find;
mod lex;
mod scan;

use std::collections::HashMap;
use std::io::Read;

/// The kind of a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum QuoteKind {
    /// Words in quotation marks.
    Direct,
    /// Reported speech without quotation marks.
    Indirect,
    /// Reported speech with a quoted fragment.
    Mixed,
}

impl QuoteKind {
    /// `direct`, `indirect` or `mixed` (the shared gold sets' names).
    pub const fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }
}

/// A quote and its attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Quote {
    /// The quoted content (with its quotation marks for direct and mixed quotes).
    pub span: Span,
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// The cue (`said`, `told`, `according to`), when there is one.
    pub cue: Option<Span>,
    /// The speaker as written nearby (a name, a pronoun, a role noun), when there is one.
    pub speaker: Option<Span>,
    /// The person span (from `people`) the speaker refers to: the speaker itself when it is a
    /// name, the antecedent when it is a pronoun or a role noun.
    pub speaker_ref: Option<Span>,
}

/// What went wrong building from user data (shared by the lede crates).
pub use lede_text::DataErrorKind as ErrorKind;

/// An error building from user data, naming the source, line and reason (shared by the lede
/// crates).
pub use lede_text::DataError as Error;

/// The class of a cue: which frames it opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CueClass {
    /// Verbs of saying: `said`, `added`, `warned` (`X said (that) ...`, `..., X said.`).
    Say,
    /// Commitments taking `to`: `vowed to ...`, `pledged to ...`.
    Vow,
    /// Saying to someone: `told Y that ...`.
    Tell,
    /// Accusing or praising: `accused Y of ...`.
    Accuse,
    /// Naming: `called Y a “...”` (only with a quoted fragment).
    Call,
    /// Urging: `urged Y to ...`, `called for ...`.
    Urge,
    /// Beliefs and expectations: `believes (that) ...`.
    Belief,
    /// `according to X`.
    According,
    /// Stances taking a noun phrase, a clause or an infinitive as their content:
    /// `acknowledged their uphill battle`, `questioned whether ...`, `wants to ...`,
    /// `spoke about ...`.
    Object,
    /// Appearances and expectations with no source: `X seems to ...`, `X is expected to ...`,
    /// `X were rated as ...` (the content has no speaker).
    Seem,
}

impl CueClass {
    /// Parses a class name as written in the cue table (`say`, `vow`, `tell`, `accuse`, `call`,
    /// `urge`, `belief`, `according`, `object`, `seem`).
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "say" => CueClass::Say,
            "vow" => CueClass::Vow,
            "tell" => CueClass::Tell,
            "accuse" => CueClass::Accuse,
            "call" => CueClass::Call,
            "urge" => CueClass::Urge,
            "belief" => CueClass::Belief,
            "according" => CueClass::According,
            "object" => CueClass::Object,
            "seem" => CueClass::Seem,
            _ => return None,
        })
    }
}

/// One entry of the cue table: the words after the first one, and the class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CueEntry {
    pub rest: Vec<String>,
    pub class: CueClass,
    /// A stance cue that is also an act of speech (`announced`, `denied`): kept in the speech
    /// mode, with a `that`-clause as its only content.
    pub speech: bool,
}

/// Cue words by their first word, lowercase.
pub(crate) type CueTable = HashMap<String, Vec<CueEntry>>;

#[cfg(feature = "builtin-data")]
const BUILTIN_CUES: &str = include_str!("../data/cues.tsv");
#[cfg(not(feature = "builtin-data"))]
const BUILTIN_CUES: &str = "";

fn parse_cues(name: &str, src: &str, table: &mut CueTable) -> Result<(), Error> {
    for (n, line) in src.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') || line == "cue\tclass" {
            continue;
        }
        let bad = |reason: String| Error {
            kind: ErrorKind::BadLine,
            source_name: name.to_string(),
            line: n + 1,
            reason,
        };
        let mut cols = line.split('\t');
        let cue = cols.next().unwrap_or("").trim();
        let Some(class) = cols.next().map(str::trim) else {
            return Err(bad("expected two tab-separated columns: cue, class".into()));
        };
        let speech = match cols.next().map(str::trim) {
            None | Some("") => false,
            Some("speech") => true,
            Some(other) => {
                return Err(bad(format!(
                    "unknown third column `{other}` (expected nothing or `speech`)"
                )))
            }
        };
        if cols.next().is_some() {
            return Err(bad(
                "more than three tab-separated columns (expected: cue, class, optional `speech`)"
                    .into(),
            ));
        }
        let Some(class) = CueClass::parse(class) else {
            return Err(bad(format!(
                "unknown cue class `{class}` (expected say, vow, tell, accuse, call, urge, belief, according, object, seem)"
            )));
        };
        let mut ws = cue.split_whitespace().map(str::to_lowercase);
        let Some(first) = ws.next() else {
            return Err(bad("empty cue".into()));
        };
        let entry = CueEntry {
            rest: ws.collect(),
            class,
            speech,
        };
        let v = table.entry(first).or_default();
        if !v.contains(&entry) {
            v.push(entry);
            // longer cues first, so `called for` wins over `called`
            v.sort_by_key(|e| std::cmp::Reverse(e.rest.len()));
        }
    }
    Ok(())
}

/// Options for a [`QuoteFinder`].
#[derive(Debug, Default)]
pub struct QuoteFinderBuilder {
    without_builtin: bool,
    without_classes: Vec<CueClass>,
    sources_only: bool,
    sources: Vec<(String, String)>,
    errors: Vec<Error>,
}

impl QuoteFinderBuilder {
    /// Adds cue words from a TSV table (columns `cue`, `class`; `#` comments and a `cue\tclass`
    /// header are skipped). Errors are reported by [`build`](Self::build) with line numbers.
    pub fn cues_tsv<R: Read>(self, reader: R) -> Self {
        self.named_cues_tsv("<reader>", reader)
    }

    /// Like [`cues_tsv`](Self::cues_tsv), naming the source in error messages.
    pub fn named_cues_tsv<R: Read>(mut self, name: &str, reader: R) -> Self {
        match lede_text::read_data(name, reader) {
            Ok(s) => self.sources.push((name.to_string(), s)),
            Err(e) => self.errors.push(e),
        }
        self
    }

    /// Leaves out the built-in cue table (use only the tables added with `cues_tsv`).
    pub fn without_builtin(mut self) -> Self {
        self.without_builtin = true;
        self
    }

    /// Leaves out every cue of the given classes.
    pub fn without_classes(mut self, classes: &[CueClass]) -> Self {
        self.without_classes.extend_from_slice(classes);
        self
    }

    /// Keeps the finder to what the story's sources said and wrote: leaves out the stance,
    /// belief and seem classes, so no indirect attributions of stances or beliefs
    /// (`acknowledged the reality`, `believes that`, `seems to`), except stance cues marked
    /// `speech` in the table (`announced`, `denied`), which keep their `that`-clauses; and
    /// drops quotes whose speaker is a first- or second-person pronoun (`I said`, `we told
    /// them`: the narrator, or a speaker quoting themselves inside a quotation).
    pub fn speech_only(mut self) -> Self {
        self.sources_only = true;
        self.without_classes(&[CueClass::Object, CueClass::Seem, CueClass::Belief])
    }

    /// Builds the finder.
    pub fn build(self) -> Result<QuoteFinder, Error> {
        if let Some(e) = self.errors.into_iter().next() {
            return Err(e);
        }
        let mut cues = CueTable::new();
        if !self.without_builtin {
            parse_cues("builtin:cues.tsv", BUILTIN_CUES, &mut cues)?;
        }
        for (name, src) in &self.sources {
            parse_cues(name, src, &mut cues)?;
        }
        if !self.without_classes.is_empty() {
            let keep_speech = self.sources_only;
            for v in cues.values_mut() {
                v.retain(|e| {
                    !self.without_classes.contains(&e.class)
                        || (keep_speech && e.speech && e.class == CueClass::Object)
                });
            }
            cues.retain(|_, v| !v.is_empty());
        }
        Ok(QuoteFinder {
            cues,
            sources_only: self.sources_only,
        })
    }
}

/// A quote finder; build once, share across threads.
#[derive(Debug, Clone)]
pub struct QuoteFinder {
    cues: CueTable,
    sources_only: bool,
}

impl Default for QuoteFinder {
    fn default() -> Self {
        Self::new()
    }
}

impl QuoteFinder {
    /// A finder with the built-in cue lexicon.
    pub fn new() -> Self {
        let mut cues = CueTable::new();
        // The built-in table is tested to parse; a failure here could only drop cues.
        let _ = parse_cues("builtin:cues.tsv", BUILTIN_CUES, &mut cues);
        QuoteFinder {
            cues,
            sources_only: false,
        }
    }

    /// Options.
    pub fn builder() -> QuoteFinderBuilder {
        QuoteFinderBuilder::default()
    }

    /// Finds the quotes of `text`, given its sentence spans and the spans of people named in it.
    ///
    /// `sentences` may be empty (the finder then segments the text itself; given spans add
    /// sentence boundaries outside quotation marks); `people` may be empty too (the finder
    /// then falls back on capitalised names next to cues). Spans that are out of bounds are
    /// ignored. Quotes come back sorted by start.
    pub fn find(&self, text: &str, sentences: &[Span], people: &[Span]) -> Vec<Quote> {
        find::find(&self.cues, text, sentences, people, self.sources_only)
    }
}
