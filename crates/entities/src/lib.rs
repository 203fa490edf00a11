//! Named-entity lookup for English news: gazetteer, rules, in-document aliases and demonyms.
//!
//! Finds people, places, organisations and other names (the CoNLL-2003 labels PER, LOC, ORG,
//! MISC) and links every mention to an entity with a canonical name, so `Duda` later in a story
//! points to `Andrzej Duda` and `Polish` to Poland. Nothing is learned from annotated data: an
//! embedded gazetteer finds known names, rules find the names no list holds.
//!
//! ```
//! use lede_entities::{EntityRecognizer, Label, Via};
//!
//! let text = "Polish President Andrzej Duda told his Latvian counterpart, Edgars Rinkevics, \
//!             that Warsaw was ready to help. Duda spoke to reporters in Warsaw.";
//! let recognizer = EntityRecognizer::new();
//! let found = recognizer.recognize(text);
//! let warsaw = found.mentions.iter().find(|m| &text[m.span] == "Warsaw").unwrap();
//! assert_eq!(warsaw.label, Label::Loc);
//!
//! let polish = found.mentions.iter().find(|m| &text[m.span] == "Polish").unwrap();
//! assert_eq!((polish.label, polish.via), (Label::Misc, Via::Demonym));
//! assert_eq!(found.entity_of(polish).unwrap().canonical, "Poland");
//!
//! // The second `Duda` is linked to the full name.
//! let duda = found.mentions.iter().filter(|m| &text[m.span] == "Duda").last().unwrap();
//! assert_eq!(found.entity_of(duda).unwrap().canonical, "Andrzej Duda");
//! ```
//!
//! # How names are found
//!
//! 1. **Gazetteer**: one `aho-corasick` automaton (leftmost-longest, anchored at word starts,
//!    built once) over every surface form; word boundaries are checked here, and when the longest
//!    entry ends inside a word a shorter one is tried, so a failing short name never hides a valid
//!    longer one or vice versa.
//! 2. **Capitalised runs** are split into names: titles and role words (`Defense Minister`,
//!    `Mr.`) mark the person after them; organisation and place suffixes and prefixes (`Inc.`,
//!    `Party`, `University of`, `River`), cue words before a name (`his counterpart, Viktor
//!    Khrenin`, `agency Belta`, `in X`, `X-based`), speech verbs (`X said`), the first-name
//!    lexicon (`Jing Li, Piotr Bujnicki and Milda Seputyte`), datelines and results tables decide
//!    the label; common words that start sentences are dropped.
//! 3. **Headlines** in capitals or title case only keep gazetteer names and names the body
//!    confirms.
//! 4. **In-document aliases**: a surname refers to the full name used earlier (`Duda`, `Mr.
//!    Duda`), and a person alias beats a gazetteer place (`Washington` the person); repeated
//!    names take the label of their best-evidenced mention.
//!
//! # Data
//!
//! Built in behind the default `builtin-data` feature (see `data/README.md`): GeoNames countries,
//! continents, US states and cities of 15,000 people or more (**GeoNames, geonames.org, CC BY
//! 4.0**); hand-written CC0 tables of organisations and news agencies, places, demonyms with
//! plural forms, other names, cue words; heads of state and government dated 2023-08; the US
//! Census 1990 first-name and surname lexicons (public domain). Add entries with
//! [`EntityRecognizerBuilder::gazetteer_tsv`] (`canonical_name  label  aliases  kb_id  source`),
//! or start empty with [`EntityRecognizerBuilder::without_builtin`].
//!
//! # Untrusted input
//!
//! [`EntityRecognizer::recognize`] accepts any `&str` and never panics; mentions are sorted,
//! non-overlapping, on char boundaries, and each points into [`Entities::entities`] (fuzzed and
//! property-tested). Building from user data returns an [`Error`] naming source, line and reason.
//!
//! # Performance
//!
//! Build once (tens of milliseconds with the built-in data) and share: the recogniser is `Send +
//! Sync` and cheap to clone. Recognition is linear in the text: one word scan, then per
//! capitalised word one hash lookup for the bits of every cue list and name lexicon it is in, and
//! an anchored automaton lookup where a prefix filter and a first-word filter let one through. See
//! `cargo bench -p lede-benches --bench entities`. Questions about the whole document (does this
//! capitalised word also occur in lowercase nearby?) are answered from per-document tables, so a
//! text of nothing but capitalised words is linear too (`scripts/scaling` checks it in CI).
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
        let ac = if gaz.groups.is_empty() {
            None
        } else {
            let mut pats: Vec<&str> = vec![""; gaz.groups.len()];
            for (k, &g) in &gaz.by_lower {
                if let Some(slot) = pats.get_mut(g as usize) {
                    *slot = k;
                }
            }
            let ac = aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .start_kind(aho_corasick::StartKind::Anchored)
                .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                .prefilter(false)
                .build(&pats)
                .map_err(|e| Error {
                    kind: ErrorKind::BadLine,
                    source_name: "gazetteer".into(),
                    line: 0,
                    reason: e.to_string(),
                })?;
            Some((ac, recognize::PrefixFilter::new(pats.iter().copied())))
        };
        let (ac, prefix) = match ac {
            Some((ac, prefix)) => (Some(ac), prefix),
            None => (None, recognize::PrefixFilter::pass_all()),
        };
        let max_pattern = gaz.by_lower.keys().map(|k| k.len()).max().unwrap_or(0);
        let common_cap = recognize::cap_set(&cues.common);
        let person_cue_cap = recognize::cap_set(&cues.person_cue_before);
        let word_cues = recognize::word_cues(&cues, &common_cap, &person_cue_cap);
        Ok(EntityRecognizer {
            tables: std::sync::Arc::new(recognize::Tables {
                gaz,
                cues,
                ac,
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
                    ac: None,
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
        self.tables.recognize(text)
    }
}
