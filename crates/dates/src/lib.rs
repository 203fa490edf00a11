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

mod lex;
mod pt;
mod rules;

pub use jiff::civil::Date;
pub use lede_text::Span;

/// The TIMEX3 type of an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum TimexKind {
    /// A calendar date or period: `Wednesday`, `last year`, `August 2023`.
    Date,
    /// A time of day: `3 p.m.`, `Wednesday night`.
    Time,
    /// A length of time: `three-day`, `for two years`.
    Duration,
    /// A recurrence: `every week`, `annually`.
    Set,
}

impl TimexKind {
    /// The TIMEX3 name: `DATE`, `TIME`, `DURATION` or `SET`.
    pub const fn as_str(self) -> &'static str {
        match self {
            TimexKind::Date => "DATE",
            TimexKind::Time => "TIME",
            TimexKind::Duration => "DURATION",
            TimexKind::Set => "SET",
        }
    }
}

/// The TIMEX3 `mod` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Modifier {
    /// `early`
    Early,
    /// `mid-`
    Mid,
    /// `late`
    Late,
    /// `the start of`
    Start,
    /// `the end of`
    End,
    /// `about`, `around`
    Approx,
    /// `before`
    Before,
    /// `after`
    After,
    /// `more than`
    MoreThan,
    /// `less than`
    LessThan,
}

impl Modifier {
    /// The modifier's name in lowercase (`early`, `mid`, `late`, `start`, `end`, `approx`,
    /// `before`, `after`, `more_than`, `less_than`), as the `lede` command writes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Modifier::Early => "early",
            Modifier::Mid => "mid",
            Modifier::Late => "late",
            Modifier::Start => "start",
            Modifier::End => "end",
            Modifier::Approx => "approx",
            Modifier::Before => "before",
            Modifier::After => "after",
            Modifier::MoreThan => "more_than",
            Modifier::LessThan => "less_than",
        }
    }
}

/// A date or time expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Timex {
    /// Byte span of the expression (TempEval-3 extent conventions).
    pub span: Span,
    /// TIMEX3 type.
    pub kind: TimexKind,
    /// TIMEX3 value: `2023-08-16`, `2022`, `P3D`, `PRESENT_REF`, `XXXX-XX-XX`, ...
    pub value: String,
    /// TIMEX3 `mod`, when the expression carries one.
    pub modifier: Option<Modifier>,
    /// For dates, the resolved interval `[begin, end)`; for a duration anchored to a day
    /// (`two weeks from now`, `three days after Easter`), the days it covers.
    pub interval: Option<(Date, Date)>,
}

/// What went wrong building a [`DateTagger`] from user data (shared by the lede crates).
pub use lede_text::DataErrorKind as ErrorKind;

/// An error building a [`DateTagger`], naming the source, line and reason (shared by the lede
/// crates).
pub use lede_text::DataError as Error;

/// Which way a date without a year or week (`Friday`, `June 5`, `4/25`) is read when nothing in
/// the text says.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Prefer {
    /// News reading (the default): the verb's tense chooses; with no tense, the nearest
    /// occurrence, the past slightly preferred (`Friday` in a report is usually the last one).
    #[default]
    Auto,
    /// The latest occurrence on or before the document date.
    Past,
    /// The first occurrence on or after the document date, as a scheduling assistant reads
    /// `monday` or `Aug 8`.
    Future,
}

impl Prefer {
    /// Parses `auto`, `past` or `future`.
    pub fn parse(s: &str) -> Option<Prefer> {
        match s {
            "auto" => Some(Prefer::Auto),
            "past" => Some(Prefer::Past),
            "future" => Some(Prefer::Future),
            _ => None,
        }
    }
}

/// Options for a [`DateTagger`].
#[derive(Debug, Clone)]
pub struct DateTaggerBuilder {
    builtin: bool,
    extra: Vec<(String, String)>,
    prefer: Prefer,
}

impl Default for DateTaggerBuilder {
    fn default() -> Self {
        DateTaggerBuilder {
            builtin: true,
            extra: Vec::new(),
            prefer: Prefer::Auto,
        }
    }
}

impl DateTaggerBuilder {
    /// Leaves out the built-in lexicon (then add one with [`lexicon_tsv`](Self::lexicon_tsv)).
    pub fn without_builtin(mut self) -> Self {
        self.builtin = false;
        self
    }

    /// Adds lexicon lines (`word<TAB>class<TAB>argument`, the format of the built-in
    /// `data/lexicon.tsv`); `name` appears in error messages.
    pub fn lexicon_tsv(mut self, name: &str, tsv: &str) -> Self {
        self.extra.push((name.to_string(), tsv.to_string()));
        self
    }

    /// Which way to read a date the text does not place (default [`Prefer::Auto`]).
    ///
    /// ```
    /// use lede_dates::{DateTagger, Prefer};
    /// let anchor = Some(lede_dates::Date::new(2013, 2, 12).unwrap()); // a Tuesday
    /// let news = DateTagger::new();
    /// let ahead = DateTagger::builder().prefer(Prefer::Future).build().unwrap();
    /// assert_eq!(news.tag("Talks were held Friday.", anchor)[0].value, "2013-02-08");
    /// assert_eq!(ahead.tag("friday", anchor)[0].value, "2013-02-15");
    /// ```
    pub fn prefer(mut self, prefer: Prefer) -> Self {
        self.prefer = prefer;
        self
    }

    /// Builds the tagger.
    pub fn build(self) -> Result<DateTagger, Error> {
        let mut lexicon = lex::Lexicon::default();
        if self.builtin {
            lexicon.add_tsv("lexicon.tsv", BUILTIN_LEXICON)?;
        }
        for (name, tsv) in &self.extra {
            lexicon.add_tsv(name, tsv)?;
        }
        Ok(DateTagger {
            lexicon,
            prefer: self.prefer,
        })
    }
}

#[cfg(feature = "builtin-data")]
const BUILTIN_LEXICON: &str = include_str!("../data/lexicon.tsv");
#[cfg(not(feature = "builtin-data"))]
const BUILTIN_LEXICON: &str = "";

/// A date tagger; build once, share across threads.
#[derive(Debug, Clone)]
pub struct DateTagger {
    lexicon: lex::Lexicon,
    prefer: Prefer,
}

impl Default for DateTagger {
    fn default() -> Self {
        Self::new()
    }
}

impl DateTagger {
    /// A tagger with the built-in lexicon.
    pub fn new() -> Self {
        let mut lexicon = lex::Lexicon::default();
        // The built-in lexicon is checked by the tests; a failure here leaves the lexicon partial.
        let _ = lexicon.add_tsv("lexicon.tsv", BUILTIN_LEXICON);
        DateTagger {
            lexicon,
            prefer: Prefer::Auto,
        }
    }

    /// Options.
    pub fn builder() -> DateTaggerBuilder {
        DateTaggerBuilder::default()
    }

    /// Finds and resolves the date and time expressions of `text`; relative expressions are
    /// resolved against `anchor` (the document date) when given.
    pub fn tag(&self, text: &str, anchor: Option<Date>) -> Vec<Timex> {
        let mut toks = Vec::new();
        lex::tokenize(&self.lexicon, text, &mut toks);
        let mut doc = rules::Doc {
            text,
            t: &toks,
            lex: &self.lexicon,
            anchor,
            prefer: self.prefer,
            last: None,
            lastq: None,
        };
        let mut cands = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let Some(c) = doc.match_at(i) else {
                i += 1;
                continue;
            };
            if let (rules::Val::Pt(p), true) = (&c.val, c.refable) {
                let p = *p;
                doc.last = Some(p);
                if matches!(p, pt::Pt::Quarter(..) | pt::Pt::Half(..)) {
                    doc.lastq = Some(p);
                }
            } else if c.kind == TimexKind::Duration {
                // `for the nine months ... a year earlier`: no longer about a quarter.
                doc.lastq = None;
            }
            i = c.e.max(i + 1);
            let tail = match &c.val {
                rules::Val::Pt(p) => doc.range_tail(c.e, *p),
                _ => None,
            };
            cands.push(c);
            if let Some(t) = tail {
                i = t.e;
                cands.push(t);
            }
        }
        let mut out = Vec::with_capacity(cands.len());
        for c in doc.merge(cands) {
            let (Some(s), Some(e)) = (toks.get(c.s), c.e.checked_sub(1).and_then(|k| toks.get(k)))
            else {
                continue;
            };
            let interval = match &c.val {
                rules::Val::Pt(p) if c.kind == TimexKind::Date || c.kind == TimexKind::Time => {
                    p.interval()
                }
                _ => c.anchored,
            };
            out.push(Timex {
                span: Span::new(s.s, e.e),
                kind: c.kind,
                value: c.val.value(),
                modifier: c.modifier,
                interval,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_parses() {
        let mut lexicon = lex::Lexicon::default();
        assert!(lexicon.add_tsv("lexicon.tsv", BUILTIN_LEXICON).is_ok());
        assert!(DateTagger::builder().build().is_ok());
    }

    #[test]
    fn bad_lexicon_line_names_file_and_line() {
        let err = DateTagger::builder()
            .lexicon_tsv("mine.tsv", "# c\nfoo\tbar\n")
            .build();
        let Err(e) = err else {
            panic!("expected an error")
        };
        assert_eq!(e.kind, ErrorKind::BadLine);
        assert_eq!((e.source_name.as_str(), e.line), ("mine.tsv", 2));
        assert!(e.to_string().starts_with("mine.tsv:2:"), "{e}");
    }

    #[test]
    fn without_builtin_finds_nothing_but_numbers() {
        let t = DateTagger::builder()
            .without_builtin()
            .build()
            .unwrap_or_default();
        let found = t.tag(
            "It happened last Friday in 2018.",
            Some(jiff::civil::date(2023, 8, 16)),
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].value, "2018");
    }
}
