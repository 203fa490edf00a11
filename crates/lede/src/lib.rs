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

pub use jiff::civil::Date;
pub use lede_dates as dates;
pub use lede_entities as entities;
pub use lede_quotes as quotes;
pub use lede_sentences as sentences;
pub use lede_text as text;
pub use lede_text::Span;

use lede_dates::{DateTagger, Timex};
use lede_entities::{Entities, EntityRecognizer, Label, Mention};
use lede_quotes::{Quote, QuoteFinder};
use lede_sentences::Splitter;
use std::collections::HashMap;
use std::io::Read;

mod patterns;
mod pieces;

/// Which layers a [`Pipeline`] computes and reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Layers {
    /// Sentence spans.
    pub sentences: bool,
    /// Named entities.
    pub entities: bool,
    /// Date and time expressions.
    pub dates: bool,
    /// Quotes and speakers.
    pub quotes: bool,
}

impl Default for Layers {
    fn default() -> Self {
        Layers::ALL
    }
}

impl Layers {
    /// Every layer.
    pub const ALL: Layers = Layers {
        sentences: true,
        entities: true,
        dates: true,
        quotes: true,
    };
    /// No layer.
    pub const NONE: Layers = Layers {
        sentences: false,
        entities: false,
        dates: false,
        quotes: false,
    };

    /// Parses a comma-separated list such as `sentences,dates` (names: `sentences`, `entities`,
    /// `dates` or `timexes`, `quotes`).
    pub fn parse(list: &str) -> Result<Layers, Error> {
        let mut l = Layers::NONE;
        for name in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match name {
                "sentences" => l.sentences = true,
                "entities" => l.entities = true,
                "dates" | "timexes" => l.dates = true,
                "quotes" => l.quotes = true,
                other => {
                    return Err(Error::BadLayer(format!(
                        "unknown layer `{other}` (expected sentences, entities, dates, quotes)"
                    )))
                }
            }
        }
        Ok(l)
    }
}

/// An error building a [`Pipeline`].
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Bad user data (a gazetteer, an abbreviation table, a lexicon, cue words); the error names
    /// the source, line and reason.
    Data(lede_text::DataError),
    /// An unknown layer name.
    BadLayer(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Data(e) => e.fmt(f),
            Error::BadLayer(msg) => f.write_str(msg),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            // transparent: the message is the data error's own, so it is not its source too
            Error::Data(e) => e.source(),
            Error::BadLayer(_) => None,
        }
    }
}

impl From<lede_text::DataError> for Error {
    fn from(e: lede_text::DataError) -> Self {
        Error::Data(e)
    }
}

/// A quote with its speaker linked to an entity of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct AttributedQuote {
    /// The quote as the quote finder reported it.
    pub quote: Quote,
    /// Index into `Document::entities.entities` of the speaker's entity, when linked.
    pub speaker_entity: Option<usize>,
    /// The speaker's name: the linked entity's canonical name (`Andrzej Duda` for `Duda` or `He`),
    /// else the speaker mention as written.
    pub speaker_name: Option<String>,
}

/// The annotations of one document; layers that were not run are empty (except that with
/// quotes but not entities, `entities.entities` still holds the entities speakers link to).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Document {
    /// Sentence spans, sorted.
    pub sentences: Vec<Span>,
    /// Entity mentions and the entities they point to.
    pub entities: Entities,
    /// Date and time expressions, sorted.
    pub timexes: Vec<Timex>,
    /// Quotes with linked speakers, sorted.
    pub quotes: Vec<AttributedQuote>,
}

/// Options for a [`Pipeline`]: which layers, and each component's own builder with whatever
/// data and modes it offers (a layer without a builder of its own uses the built-in data).
///
/// ```
/// use lede::{Layers, Pipeline};
/// use lede::sentences::Splitter;
/// use lede::quotes::QuoteFinder;
///
/// let pipeline = Pipeline::builder()
///     .layers(Layers::parse("sentences,quotes").unwrap())
///     .sentences(Splitter::builder().abbreviations_tsv("Gov.\ttitle\n".as_bytes()))
///     .quote_cues_tsv("my-cues.tsv", "intoned\tsay\n".as_bytes())
///     .build()
///     .unwrap();
/// let text = "“We will not wait,” Gov. Ana Ruiz intoned on Monday.";
/// let doc = pipeline.annotate(text, None);
/// assert_eq!(doc.sentences.len(), 1);
/// assert_eq!(doc.quotes[0].quote.cue.map(|c| &text[c]), Some("intoned"));
/// ```
#[derive(Debug, Default)]
pub struct PipelineBuilder {
    layers: Option<Layers>,
    sentences: Option<lede_sentences::SplitterBuilder>,
    entities: Option<lede_entities::EntityRecognizerBuilder>,
    dates: Option<lede_dates::DateTaggerBuilder>,
    quotes: Option<lede_quotes::QuoteFinderBuilder>,
    /// Report stance and belief attributions too (`--quotes all`); speech only by default.
    all_quotes: bool,
    patterns: Vec<(String, Result<String, lede_text::DataError>)>,
}

impl PipelineBuilder {
    /// Computes only these layers (default: all). Layers that others need are still computed
    /// internally (quotes need sentences and entities) but reported empty.
    pub fn layers(mut self, layers: Layers) -> Self {
        self.layers = Some(layers);
        self
    }

    /// The sentence splitter's options (abbreviation tables, line-break mode).
    pub fn sentences(mut self, builder: lede_sentences::SplitterBuilder) -> Self {
        self.sentences = Some(builder);
        self
    }

    /// The entity recogniser's options (gazetteers, starting without the built-in data).
    pub fn entities(mut self, builder: lede_entities::EntityRecognizerBuilder) -> Self {
        self.entities = Some(builder);
        self
    }

    /// The date tagger's options (extra date words, starting without the built-in lexicon).
    pub fn dates(mut self, builder: lede_dates::DateTaggerBuilder) -> Self {
        self.dates = Some(builder);
        self
    }

    /// The quote finder's options (cue tables, cue classes left out).
    pub fn quotes(mut self, builder: lede_quotes::QuoteFinderBuilder) -> Self {
        self.quotes = Some(builder);
        self
    }

    /// Adds gazetteer entries from a TSV named `name` (see `lede_entities`).
    pub fn gazetteer_tsv<R: Read>(mut self, name: &str, reader: R) -> Self {
        let b = self
            .entities
            .take()
            .unwrap_or_else(EntityRecognizer::builder);
        self.entities = Some(b.named_gazetteer_tsv(name, reader));
        self
    }

    /// Adds abbreviations from a TSV named `name` (`abbreviation<TAB>class`, see
    /// `lede_sentences`).
    pub fn abbreviations_tsv<R: Read>(mut self, name: &str, reader: R) -> Self {
        let b = self.sentences.take().unwrap_or_else(Splitter::builder);
        self.sentences = Some(b.named_abbreviations_tsv(name, reader));
        self
    }

    /// Adds date words from a TSV named `name` (see `lede_dates`).
    pub fn date_lexicon_tsv(mut self, name: &str, tsv: &str) -> Self {
        let b = self.dates.take().unwrap_or_else(DateTagger::builder);
        self.dates = Some(b.lexicon_tsv(name, tsv));
        self
    }

    /// Which way the date tagger reads a date the text does not place (`Friday`, `June 5`):
    /// [`Prefer::Auto`](lede_dates::Prefer::Auto) (news reading, the default), `Past` or
    /// `Future` (as a scheduling assistant reads `monday`).
    pub fn prefer_dates(mut self, prefer: lede_dates::Prefer) -> Self {
        let b = self.dates.take().unwrap_or_else(DateTagger::builder);
        self.dates = Some(b.prefer(prefer));
        self
    }

    /// Adds patterns of the user's from a TSV named `name`: `label<TAB>pattern<TAB>canonical or
    /// value<TAB>kb_id` rows that add entities (`PER`, `LOC`, `ORG`, `MISC`) or date expressions
    /// (`DATE`, `TIME`, `DURATION`, `SET`, with a value template); a pattern between slashes is a
    /// regular expression, any other a phrase of whole words. A user's match wins where it
    /// overlaps the built-in layer's.
    ///
    /// ```
    /// let tsv = "ORG\tEuropean Central Bank\t\twikidata:Q8901\n\
    ///            DATE\t/\\bQ([1-4]) (20\\d\\d)\\b/\t$2-Q$1\n";
    /// let p = lede::Pipeline::builder().patterns_tsv("rules.tsv", tsv.as_bytes()).build().unwrap();
    /// let text = "The European Central Bank expects growth in Q3 2024.";
    /// let doc = p.annotate(text, None);
    /// let ecb = &doc.entities.mentions[0];
    /// assert_eq!(&text[ecb.span], "European Central Bank");
    /// assert_eq!(doc.entities.entity_of(ecb).unwrap().kb_id.as_deref(), Some("wikidata:Q8901"));
    /// assert!(doc.timexes.iter().any(|t| t.value == "2024-Q3"));
    /// ```
    pub fn patterns_tsv<R: Read>(mut self, name: &str, reader: R) -> Self {
        let text = lede_text::read_data(name, reader);
        self.patterns.push((name.to_string(), text));
        self
    }

    /// Adds quote cues from a TSV named `name` (`cue<TAB>class`, see `lede_quotes`).
    pub fn quote_cues_tsv<R: Read>(mut self, name: &str, reader: R) -> Self {
        let b = self.quotes.take().unwrap_or_else(QuoteFinder::builder);
        self.quotes = Some(b.named_cues_tsv(name, reader));
        self
    }

    /// With `true` (the default), reports only attributions of speech (`said`, `told`, `vowed`,
    /// `accused`, quotation marks); with `false`, also stance and belief attributions
    /// (`acknowledged their uphill battle`, `believes that ...`, `wants to ...`, `seems to ...`),
    /// as PolNeAR annotates them.
    pub fn speech_only_quotes(mut self, yes: bool) -> Self {
        self.all_quotes = !yes;
        self
    }

    /// Builds the pipeline.
    pub fn build(self) -> Result<Pipeline, Error> {
        let layers = self.layers.unwrap_or_default();
        // Build only what the layers need: a sentences-only pipeline starts in microseconds.
        let need_entities = layers.entities || layers.quotes;
        let entities = match (need_entities, self.entities) {
            (false, _) => None,
            (true, Some(b)) => Some(b.build()?),
            (true, None) => Some(EntityRecognizer::new()),
        };
        // Entities take the sentences as hard walls for their spans.
        let splitter = match (need_entities || layers.sentences, self.sentences) {
            (false, _) => None,
            (true, Some(b)) => Some(b.build()?),
            (true, None) => Some(Splitter::new()),
        };
        let dates = match (layers.dates, self.dates) {
            (false, _) => None,
            (true, Some(b)) => Some(b.build()?),
            (true, None) => Some(DateTagger::new()),
        };
        let quotes = match (layers.quotes, self.quotes, !self.all_quotes) {
            (false, _, _) => None,
            (true, None, false) => Some(QuoteFinder::new()),
            (true, None, true) => Some(QuoteFinder::builder().speech_only().build()?),
            (true, b, speech) => {
                let b = b.unwrap_or_else(QuoteFinder::builder);
                Some(if speech { b.speech_only() } else { b }.build()?)
            }
        };
        let mut patterns = patterns::Patterns::default();
        for (name, text) in self.patterns {
            patterns.add_tsv(&name, &text?)?;
        }
        Ok(Pipeline {
            layers,
            splitter,
            entities,
            dates,
            quotes,
            patterns,
        })
    }
}

/// The whole lede pipeline; build once, share across threads (`Send + Sync`).
#[derive(Debug, Clone)]
pub struct Pipeline {
    layers: Layers,
    splitter: Option<Splitter>,
    entities: Option<EntityRecognizer>,
    dates: Option<DateTagger>,
    quotes: Option<QuoteFinder>,
    patterns: patterns::Patterns,
}

impl Default for Pipeline {
    fn default() -> Self {
        Self::new()
    }
}

impl Pipeline {
    /// A pipeline with every layer and the built-in data.
    pub fn new() -> Self {
        Pipeline {
            layers: Layers::ALL,
            splitter: Some(Splitter::new()),
            entities: Some(EntityRecognizer::new()),
            dates: Some(DateTagger::new()),
            quotes: Some(QuoteFinder::new()),
            patterns: patterns::Patterns::default(),
        }
    }

    /// Options.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// The layers this pipeline reports.
    pub fn layers(&self) -> Layers {
        self.layers
    }

    /// Annotates one document; `date` is the document (publication) date that relative dates
    /// resolve against. Never panics, whatever the text.
    ///
    /// Time and memory are linear in the text's length: a text longer than 4 MiB (an archive
    /// joined into one string, a transcript) is annotated in pieces cut at line ends and the
    /// results joined, so the working memory stays that of one piece; an entity named in
    /// several pieces is one entity.
    pub fn annotate(&self, text: &str, date: Option<Date>) -> Document {
        self.annotate_in_pieces(text, date, pieces::PIECE_BYTES)
    }

    /// Annotates many documents, each with its own document date, in order. With the `rayon`
    /// feature the documents are annotated in parallel on rayon's current thread pool (use
    /// `ThreadPool::install` to choose one); without it, one after the other.
    ///
    /// ```
    /// use lede::{Date, Pipeline};
    /// let p = Pipeline::new();
    /// let day = Date::new(2023, 8, 16).ok();
    /// let docs = p.annotate_batch(&[("Duda spoke on Wednesday.", day), ("Li spoke.", None)]);
    /// assert_eq!(docs.len(), 2);
    /// assert_eq!(docs[0].timexes[0].value, "2023-08-16");
    /// ```
    pub fn annotate_batch<T: AsRef<str> + Sync>(
        &self,
        docs: &[(T, Option<Date>)],
    ) -> Vec<Document> {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            docs.par_iter()
                .map(|(text, date)| self.annotate(text.as_ref(), *date))
                .collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            docs.iter()
                .map(|(text, date)| self.annotate(text.as_ref(), *date))
                .collect()
        }
    }

    /// [`Pipeline::annotate`] with pieces of at most `max` bytes.
    fn annotate_in_pieces(&self, text: &str, date: Option<Date>, max: usize) -> Document {
        if text.len() <= max {
            return self.annotate_piece(text, date);
        }
        let starts = pieces::piece_starts(text, max);
        let mut doc = Document::default();
        let mut ids = HashMap::new();
        for (i, &a) in starts.iter().enumerate() {
            let b = starts.get(i + 1).copied().unwrap_or(text.len());
            let piece = text.get(a..b).unwrap_or("");
            pieces::append(&mut doc, self.annotate_piece(piece, date), a, &mut ids);
        }
        doc
    }

    fn annotate_piece(&self, text: &str, date: Option<Date>) -> Document {
        let l = self.layers;
        let sentences = match &self.splitter {
            Some(s) if l.sentences || l.quotes || l.entities => s.split(text),
            _ => Vec::new(),
        };
        let mut entities = match &self.entities {
            Some(r) if l.entities || l.quotes => r.recognize_in(text, &sentences),
            _ => Entities::default(),
        };
        let mut timexes = match &self.dates {
            Some(d) if l.dates => d.tag(text, date),
            _ => Vec::new(),
        };
        if !self.patterns.is_empty() {
            self.patterns.apply(
                text,
                (l.entities || l.quotes).then_some(&mut entities),
                l.dates.then_some(&mut timexes),
            );
        }
        let quotes = if let (true, Some(finder)) = (l.quotes, &self.quotes) {
            let people: Vec<Span> = entities
                .mentions
                .iter()
                .filter(|m| m.label == Label::Per)
                .map(|m| m.span)
                .collect();
            let index = SpeakerIndex::new(&entities);
            finder
                .find(text, &sentences, &people)
                .into_iter()
                .map(|q| link_speaker(text, q, &index))
                .collect()
        } else {
            Vec::new()
        };
        Document {
            sentences: if l.sentences { sentences } else { Vec::new() },
            entities: match (l.entities, l.quotes) {
                (true, _) => entities,
                // the mentions are not reported, but the entities that speakers link to are
                (false, true) => Entities {
                    mentions: Vec::new(),
                    entities: entities.entities,
                },
                (false, false) => Entities::default(),
            },
            timexes,
            quotes,
        }
    }
}

/// What speaker linking looks up, built once per document so that linking every quote costs
/// time linear in the document's length (a scan of every mention per quote does not).
struct SpeakerIndex<'a> {
    entities: &'a Entities,
    /// `max_end[i]`: the largest end among mentions `0..=i` (mentions are sorted by start), so
    /// the first mention that can overlap a span is found by binary search.
    max_end: Vec<usize>,
    /// The first person entity with each last word of its canonical name.
    by_last: HashMap<&'a str, usize>,
}

impl<'a> SpeakerIndex<'a> {
    fn new(entities: &'a Entities) -> Self {
        let max_end = entities
            .mentions
            .iter()
            .scan(0, |m, x| {
                *m = x.span.end.max(*m);
                Some(*m)
            })
            .collect();
        let mut by_last = HashMap::new();
        for (i, e) in entities.entities.iter().enumerate() {
            if e.label == Label::Per {
                if let Some(last) = e.canonical.split_whitespace().last() {
                    by_last.entry(last).or_insert(i);
                }
            }
        }
        SpeakerIndex {
            entities,
            max_end,
            by_last,
        }
    }

    /// The mentions overlapping `s`, in order.
    fn overlapping(&self, s: Span) -> impl Iterator<Item = &'a Mention> + Clone + '_ {
        let from = self.max_end.partition_point(|&e| e <= s.start);
        self.entities
            .mentions
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |m| m.span.start < s.end)
            .filter(move |m| m.span.overlaps(&s))
    }
}

/// Links a quote's speaker to an entity: the entity of a mention overlapping the resolved
/// reference (`speaker_ref`, person mentions first), else of a mention overlapping the written
/// speaker, else a person entity whose canonical name ends with the reference's last word (`Duda`
/// -> `Andrzej Duda`). The name falls back on the reference or speaker as written.
fn link_speaker(text: &str, quote: Quote, index: &SpeakerIndex<'_>) -> AttributedQuote {
    let entities = index.entities;
    // A person inside the speaker phrase wins, and the last one is the head of the phrase
    // (`Labour's Shadow Home Secretary Yvette Cooper`); otherwise the first mention.
    let overlapping = |s: Span| {
        let hits = index.overlapping(s);
        let first = hits.clone().next();
        hits.filter(|m| m.label == Label::Per)
            .last()
            .or(first)
            .map(|m| m.entity)
    };
    let by_surname = |s: Span| {
        let last = s.get(text)?.split_whitespace().last()?;
        let last = last.trim_end_matches("’s").trim_end_matches("'s");
        if !last.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        index.by_last.get(last).copied()
    };
    let entity = [quote.speaker_ref, quote.speaker]
        .into_iter()
        .flatten()
        .find_map(overlapping)
        .or_else(|| quote.speaker_ref.and_then(by_surname));
    let speaker_name = entity
        .and_then(|e| entities.entities.get(e))
        .map(|e| e.canonical.clone())
        .or_else(|| {
            quote
                .speaker_ref
                .or(quote.speaker)
                .and_then(|s| s.get(text))
                .map(str::to_string)
        });
    AttributedQuote {
        quote,
        speaker_entity: entity,
        speaker_name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_annotate_like_their_paragraphs() {
        let p = Pipeline::new();
        let para = "Polish President Andrzej Duda said on Wednesday that troops would move \
                    \"from Friday\". Duda told reporters in Warsaw it was needed.\n";
        let date = Some(jiff::civil::date(2023, 8, 16));
        let one = p.annotate(para, date);
        assert!(
            !one.quotes.is_empty() && one.timexes.len() >= 2 && one.entities.mentions.len() >= 3
        );
        let text = para.repeat(40);
        let doc = p.annotate_in_pieces(&text, date, 1000);
        let n = para.len();
        assert!(n < 1000 && text.len() > 1000);
        // every paragraph gets what it gets alone, shifted to where it is
        assert_eq!(doc.sentences.len(), 40 * one.sentences.len());
        assert_eq!(doc.timexes.len(), 40 * one.timexes.len());
        assert_eq!(doc.quotes.len(), 40 * one.quotes.len());
        for (k, s) in doc.sentences.iter().enumerate() {
            let s0 = one.sentences[k % one.sentences.len()];
            assert_eq!(s.get(&text), s0.get(para));
        }
        for (k, q) in doc.quotes.iter().enumerate() {
            let q0 = &one.quotes[k % one.quotes.len()];
            assert_eq!(q.quote.span.get(&text), q0.quote.span.get(para));
            assert_eq!(q.speaker_name, q0.speaker_name);
            let e = q.speaker_entity.map(|e| &doc.entities.entities[e]);
            assert_eq!(e, q0.speaker_entity.map(|e| &one.entities.entities[e]));
        }
        // an entity named in every piece is one entity
        assert_eq!(doc.entities.entities.len(), one.entities.entities.len());
        for m in &doc.entities.mentions {
            let e = &doc.entities.entities[m.entity];
            assert!(one.entities.entities.contains(e));
        }
    }

    #[test]
    fn layers_parse() {
        let l = Layers::parse("sentences, dates").unwrap();
        assert!(l.sentences && l.dates && !l.entities && !l.quotes);
        assert!(Layers::parse("nope").is_err());
        assert_eq!(Layers::parse("").unwrap(), Layers::NONE);
    }

    #[test]
    fn only_requested_layers_are_reported() {
        let p = Pipeline::builder()
            .layers(Layers::parse("quotes").unwrap())
            .build()
            .unwrap();
        let doc = p.annotate("“Yes,” Duda said in Warsaw in 2018.", None);
        assert!(doc.sentences.is_empty());
        assert!(doc.entities.mentions.is_empty());
        assert!(doc.timexes.is_empty());
    }

    #[test]
    fn pipeline_is_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Pipeline>();
    }
}
