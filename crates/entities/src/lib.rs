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

use std::io::Read;

mod builtin;
mod data;
mod recognize;
mod trie;

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
    /// A pattern of the user's (added by the `lede-news` pipeline's patterns).
    Pattern,
}

impl Via {
    /// `gazetteer`, `rule`, `alias`, `demonym` or `pattern`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Via::Gazetteer => "gazetteer",
            Via::Rule => "rule",
            Via::Alias => "alias",
            Via::Demonym => "demonym",
            Via::Pattern => "pattern",
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

/// What went wrong building an [`EntityRecognizer`] (shared by the lede crates).
pub use lede_text::DataErrorKind as ErrorKind;

/// An error building an [`EntityRecognizer`], naming source, line and reason (shared by the lede
/// crates).
pub use lede_text::DataError as Error;

/// Options for an [`EntityRecognizer`].
#[derive(Debug, Default)]
pub struct EntityRecognizerBuilder {
    extra: Vec<(String, String)>,
    without_builtin: bool,
    errors: Vec<Error>,
}

impl EntityRecognizerBuilder {
    /// Adds gazetteer entries from a TSV (`canonical_name  label  aliases  kb_id  source`; aliases
    /// separated by `|`; a header row and `#` comment lines are skipped; only the first two columns
    /// are required). User entries take precedence over built-in ones with the same surface form.
    pub fn gazetteer_tsv<R: Read>(self, reader: R) -> Self {
        self.named_gazetteer_tsv("<reader>", reader)
    }

    /// Like [`Self::gazetteer_tsv`], naming the source (e.g. a file name) for error messages.
    pub fn named_gazetteer_tsv<R: Read>(mut self, name: &str, reader: R) -> Self {
        match lede_text::read_data(name, reader) {
            Ok(s) => self.extra.push((name.to_string(), s)),
            Err(e) => self.errors.push(e),
        }
        self
    }

    /// Starts from an empty gazetteer instead of the built-in one (the built-in cue words, name
    /// lexicons and demonyms are kept only with the `builtin-data` feature and without this call).
    pub fn without_builtin(mut self) -> Self {
        self.without_builtin = true;
        self
    }

    /// Builds the recogniser.
    pub fn build(self) -> Result<EntityRecognizer, Error> {
        if let Some(e) = self.errors.into_iter().next() {
            return Err(e);
        }
        let mut gaz = data::Gazetteer::default();
        let mut cues = data::Cues::default();
        for (name, text) in &self.extra {
            gaz.add_tsv(name, text, data::Kind::User)?;
        }
        if !self.without_builtin {
            builtin::load(&mut gaz, &mut cues)?;
        }
        let (trie, prefix) = if gaz.groups.is_empty() {
            (None, recognize::PrefixFilter::pass_all())
        } else {
            let mut pats: Vec<&str> = vec![""; gaz.groups.len()];
            for (k, &g) in &gaz.by_lower {
                if let Some(slot) = pats.get_mut(g as usize) {
                    *slot = k;
                }
            }
            (
                Some(trie::Trie::new(&pats)),
                recognize::PrefixFilter::new(pats.iter().copied()),
            )
        };
        let max_pattern = gaz.by_lower.keys().map(|k| k.len()).max().unwrap_or(0);
        let common_cap = recognize::cap_set(&cues.common);
        let person_cue_cap = recognize::cap_set(&cues.person_cue_before);
        let word_cues = recognize::word_cues(&cues, &common_cap, &person_cue_cap);
        Ok(EntityRecognizer {
            tables: std::sync::Arc::new(recognize::Tables {
                gaz,
                cues,
                trie,
                max_pattern,
                prefix,
                common_cap,
                person_cue_cap,
                word_cues,
            }),
        })
    }
}

/// A named-entity recogniser; build once, share across threads (cloning is cheap).
#[derive(Debug, Clone)]
pub struct EntityRecognizer {
    tables: std::sync::Arc<recognize::Tables>,
}

impl Default for EntityRecognizer {
    fn default() -> Self {
        Self::new()
    }
}

impl EntityRecognizer {
    /// A recogniser with the built-in gazetteer and rules (without the `builtin-data` feature:
    /// rules only, no lists).
    pub fn new() -> Self {
        Self::builder()
            .build()
            .unwrap_or_else(|_| EntityRecognizer {
                tables: std::sync::Arc::new(recognize::Tables {
                    gaz: data::Gazetteer::default(),
                    cues: data::Cues::default(),
                    trie: None,
                    max_pattern: 0,
                    prefix: recognize::PrefixFilter::pass_all(),
                    common_cap: data::FastSet::default(),
                    person_cue_cap: data::FastSet::default(),
                    word_cues: data::FastMap::default(),
                }),
            })
    }

    /// Options.
    pub fn builder() -> EntityRecognizerBuilder {
        EntityRecognizerBuilder::default()
    }

    /// Finds the named entities of `text`. Never panics; mentions come sorted by start and do not
    /// overlap; every mention's `entity` indexes `entities`.
    pub fn recognize(&self, text: &str) -> Entities {
        self.tables.recognize(text, &[])
    }

    /// Like [`recognize`](Self::recognize), with the text's sentences (sorted byte spans, such as
    /// `lede-sentences` returns) as hard walls: no mention runs across a sentence start. Used
    /// alone, the recogniser walls off lines, captions (`Image: ...`) and glued clauses itself.
    pub fn recognize_in(&self, text: &str, sentences: &[Span]) -> Entities {
        self.tables.recognize(text, sentences)
    }
}
