//! English sentence splitting for news text.
//!
//! ```
//! use lede_sentences::Splitter;
//!
//! let text = "Polish President Andrzej Duda spoke in Warsaw. He met Mr. Rinkevics.";
//! let splitter = Splitter::new();
//! let sentences: Vec<&str> = splitter.split(text).into_iter().map(|s| &text[s]).collect();
//! assert_eq!(sentences, ["Polish President Andrzej Duda spoke in Warsaw.", "He met Mr. Rinkevics."]);
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

/// What went wrong while building a [`Splitter`] from user data.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The data could not be read.
    Io,
    /// A line of an abbreviation table is malformed.
    BadLine,
}

/// An error building a [`Splitter`], naming the source, line and reason.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{source_name}:{line}: {reason}")]
pub struct Error {
    /// The kind of error.
    pub kind: ErrorKind,
    /// Name of the data source (a file name or `<reader>`).
    pub source_name: String,
    /// 1-based line number (0 when not tied to a line).
    pub line: usize,
    /// Human-readable reason.
    pub reason: String,
}

/// A sentence splitter; build once with [`Splitter::new`] or [`Splitter::builder`], then share.
#[derive(Debug, Clone)]
pub struct Splitter {
    abbreviations: Vec<String>,
}

/// Options for a [`Splitter`].
#[derive(Debug, Clone, Default)]
pub struct SplitterBuilder {
    extra: Vec<String>,
    errors: Vec<Error>,
}

impl SplitterBuilder {
    /// Adds abbreviations from a TSV table (first column: the abbreviation, e.g. `Gen.`).
    pub fn abbreviations_tsv<R: Read>(mut self, mut reader: R) -> Self {
        let mut s = String::new();
        if let Err(e) = reader.read_to_string(&mut s) {
            self.errors.push(Error {
                kind: ErrorKind::Io,
                source_name: "<reader>".into(),
                line: 0,
                reason: e.to_string(),
            });
            return self;
        }
        for line in s.lines() {
            if let Some(a) = line.split('\t').next() {
                if !a.is_empty() && !a.starts_with('#') {
                    self.extra.push(a.to_string());
                }
            }
        }
        self
    }

    /// Builds the splitter.
    pub fn build(self) -> Result<Splitter, Error> {
        if let Some(e) = self.errors.into_iter().next() {
            return Err(e);
        }
        let mut abbreviations: Vec<String> =
            ["Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.", "Gov.", "St."]
                .iter()
                .map(|s| s.to_string())
                .collect();
        abbreviations.extend(self.extra);
        Ok(Splitter { abbreviations })
    }
}

impl Default for Splitter {
    fn default() -> Self {
        Self::new()
    }
}

impl Splitter {
    /// A splitter with the built-in abbreviation table.
    pub fn new() -> Self {
        Splitter {
            abbreviations: ["Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.", "Gov.", "St."]
                .iter()
                .map(|s| s.to_string())
                .collect(),
        }
    }

    /// Options: extra abbreviations.
    pub fn builder() -> SplitterBuilder {
        SplitterBuilder::default()
    }

    /// Splits `text` into sentence spans (sorted, non-overlapping, trimmed).
    pub fn split(&self, text: &str) -> Vec<Span> {
        self.split_iter(text).collect()
    }

    /// Lazily yields the sentence spans of `text`.
    pub fn split_iter<'s, 't>(&'s self, text: &'t str) -> impl Iterator<Item = Span> + 't
    where
        's: 't,
    {
        let mut out = Vec::new();
        let mut start = 0usize;
        let chars = text.char_indices();
        for (i, c) in chars {
            let end = i + c.len_utf8();
            let boundary = match c {
                '\n' => text.get(end..).is_some_and(|r| {
                    r.trim_start_matches([' ', '\t', '\u{a0}'])
                        .starts_with('\n')
                }),
                '.' | '!' | '?' => {
                    let next_up = text.get(end..).is_some_and(|r| {
                        r.starts_with(char::is_whitespace)
                            && r.trim_start().starts_with(|c: char| c.is_uppercase())
                    });
                    let word_start = text
                        .get(..i)
                        .map(|b| b.rfind(char::is_whitespace).map_or(0, |p| p + 1))
                        .unwrap_or(0);
                    let word = text.get(word_start..end).unwrap_or("");
                    next_up && !self.abbreviations.iter().any(|a| a == word)
                }
                _ => false,
            };
            if boundary {
                let s = Span::new(start, end).trim(text);
                if !s.is_empty() {
                    out.push(s);
                }
                start = end;
            }
        }
        let s = Span::new(start, text.len()).trim(text);
        if !s.is_empty() {
            out.push(s);
        }
        out.into_iter()
    }
}
