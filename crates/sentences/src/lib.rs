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

use std::collections::HashMap;
use std::io::Read;

/// What went wrong building from user data (shared by the lede crates).
pub use lede_text::DataErrorKind as ErrorKind;

/// An error building from user data, naming the source, line and reason (shared by the lede
/// crates).
pub use lede_text::DataError as Error;

/// How an entry of the abbreviation table behaves (the `class` column of the TSV).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Class {
    /// `Mr.`, `Gen.`, `Mt.`: never ends a sentence before a capitalised word or a number.
    Title,
    /// `U.S.`, `Inc.`, `Jr.`: ends a sentence only when a sentence starter follows.
    Ambiguous,
    /// `a.m.`, `p.m.`: ends a sentence before a starter or a title, unless the sentence so far is
    /// a short fronted phrase (`At 5 a.m. Mr. Smith ...`).
    Time,
    /// `Aug.`, `Sept.`: as [`Class::Ambiguous`].
    Month,
    /// `Wed.`, `Thurs.`: as [`Class::Ambiguous`].
    Weekday,
    /// `No.`, `pp.`, `Fig.`: as [`Class::Ambiguous`].
    Number,
    /// `e.g.`, `vs.`: never ends a sentence.
    Never,
    /// Not an abbreviation: a capitalised word that begins sentences (`The`, `He`, `However`).
    Starter,
    /// Not an abbreviation: a word that, capitalised and followed by a colon, opens a credit line
    /// that is a sentence of its own (`... Ahmed Mohamed Image: Twitter`).
    Credit,
    /// Not an abbreviation: a reporting word (`said`, `that`); a quotation opened right after it
    /// stays inside the reporting sentence (`says "Many will quit. Then ..."`).
    Reporting,
}

impl Class {
    /// Classes of plain words (no final period) rather than abbreviations.
    fn is_word(self) -> bool {
        matches!(self, Class::Starter | Class::Credit | Class::Reporting)
    }

    /// Parses a class name as written in the TSV (`title`, `ambiguous`, ...).
    pub fn parse(s: &str) -> Option<Class> {
        Some(match s {
            "title" => Class::Title,
            "ambiguous" => Class::Ambiguous,
            "time" => Class::Time,
            "month" => Class::Month,
            "weekday" => Class::Weekday,
            "number" => Class::Number,
            "never" => Class::Never,
            "starter" => Class::Starter,
            "credit" => Class::Credit,
            "reporting" => Class::Reporting,
            _ => return None,
        })
    }
}

type Table = HashMap<Box<str>, Class, rustc_hash::FxBuildHasher>;

#[cfg(feature = "builtin-data")]
const BUILTIN: &str = include_str!("../data/abbreviations.tsv");

/// A sentence splitter; build once with [`Splitter::new`] or [`Splitter::builder`], then share.
#[derive(Debug, Clone)]
pub struct Splitter {
    /// Abbreviations without their final period.
    abbr: Table,
    /// Starter, credit and reporting words.
    words: Table,
    /// Longest key of `abbr`, in bytes (longer words skip the lookup).
    longest_abbr: usize,
    /// Longest key of `words`, in bytes.
    longest_word: usize,
    /// Which single line breaks are boundaries.
    line_breaks: LineBreaks,
}

/// Which single line breaks end a sentence (a blank line always does).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum LineBreaks {
    /// Only blank lines (and U+2029) end sentences; single line breaks are spaces.
    BlankLines,
    /// The default: also a single line break after a line without final punctuation, when a
    /// capitalised word or a number starts the next line and the text around is not
    /// hard-wrapped prose (the line is shorter than 50 or longer than 100 bytes, or in title
    /// case, or the next line is longer than 100 bytes or short without final punctuation).
    /// This keeps headlines and datelines apart in one-paragraph-a-line text and leaves wrapped
    /// text alone.
    #[default]
    Auto,
    /// Every line break ends a sentence.
    Always,
}

/// The name the workspace issue uses for [`Splitter`].
pub type SentenceSplitter = Splitter;

/// Options for a [`Splitter`].
#[derive(Debug, Clone)]
pub struct SplitterBuilder {
    builtin: bool,
    line_breaks: LineBreaks,
    extra: Vec<(Box<str>, Class)>,
    errors: Vec<Error>,
}

impl Default for SplitterBuilder {
    fn default() -> Self {
        SplitterBuilder {
            builtin: true,
            line_breaks: LineBreaks::Auto,
            extra: Vec::new(),
            errors: Vec::new(),
        }
    }
}

/// Parses an abbreviation table into `out`, or returns the first bad line.
fn parse_tsv(name: &str, text: &str, out: &mut Vec<(Box<str>, Class)>) -> Result<(), Error> {
    let bad = |line: usize, reason: String| Error {
        kind: ErrorKind::BadLine,
        source_name: name.to_string(),
        line,
        reason,
    };
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let abbr = cols.next().unwrap_or("").trim();
        let Some(class) = cols.next().map(str::trim) else {
            return Err(bad(
                line_no,
                format!("expected `abbreviation<TAB>class`, found {line:?}"),
            ));
        };
        if abbr == "abbreviation" && class == "class" {
            continue;
        }
        if cols.next().is_some() {
            return Err(bad(
                line_no,
                "more than two tab-separated columns (expected: abbreviation, class)".into(),
            ));
        }
        let Some(class) = Class::parse(class) else {
            return Err(bad(
                line_no,
                format!(
                    "unknown class {class:?} (expected title, ambiguous, time, month, weekday, \
                     number, never, starter, credit or reporting)"
                ),
            ));
        };
        if abbr.is_empty() || abbr.chars().any(char::is_whitespace) {
            return Err(bad(
                line_no,
                format!("abbreviation {abbr:?} is empty or contains whitespace"),
            ));
        }
        let key = if class.is_word() {
            abbr
        } else {
            match abbr.strip_suffix('.') {
                Some(k) if !k.is_empty() => k,
                _ => {
                    return Err(bad(
                        line_no,
                        format!("abbreviation {abbr:?} must end with a period (e.g. `Gen.`)"),
                    ))
                }
            }
        };
        out.push((key.into(), class));
    }
    Ok(())
}

impl SplitterBuilder {
    /// Adds abbreviations from a TSV table (`abbreviation<TAB>class`, see the crate's
    /// `data/README.md`); errors name the source `<reader>`.
    pub fn abbreviations_tsv<R: Read>(self, reader: R) -> Self {
        self.named_abbreviations_tsv("<reader>", reader)
    }

    /// Adds abbreviations from a TSV table; `name` (a file name) is used in error messages.
    pub fn named_abbreviations_tsv<R: Read>(mut self, name: &str, reader: R) -> Self {
        let s = match lede_text::read_data(name, reader) {
            Ok(s) => s,
            Err(e) => {
                self.errors.push(e);
                return self;
            }
        };
        if let Err(e) = parse_tsv(name, &s, &mut self.extra) {
            self.errors.push(e);
        }
        self
    }

    /// Starts from an empty table instead of the built-in one.
    pub fn without_builtin(mut self) -> Self {
        self.builtin = false;
        self
    }

    /// Chooses which single line breaks end a sentence (default [`LineBreaks::Auto`]).
    pub fn line_breaks(mut self, mode: LineBreaks) -> Self {
        self.line_breaks = mode;
        self
    }

    /// Builds the splitter, or returns the first error met while reading user data.
    pub fn build(self) -> Result<Splitter, Error> {
        if let Some(e) = self.errors.into_iter().next() {
            return Err(e);
        }
        let mut entries = Vec::new();
        if self.builtin {
            builtin_entries(&mut entries)?;
        }
        entries.extend(self.extra);
        Ok(Splitter::from_entries(entries, self.line_breaks))
    }
}

#[cfg(feature = "builtin-data")]
fn builtin_entries(out: &mut Vec<(Box<str>, Class)>) -> Result<(), Error> {
    parse_tsv("data/abbreviations.tsv", BUILTIN, out)
}

#[cfg(not(feature = "builtin-data"))]
fn builtin_entries(_out: &mut Vec<(Box<str>, Class)>) -> Result<(), Error> {
    Ok(())
}

impl Default for Splitter {
    fn default() -> Self {
        Self::new()
    }
}

impl Splitter {
    /// A splitter with the built-in abbreviation table (empty without the `builtin-data`
    /// feature).
    pub fn new() -> Self {
        let mut entries = Vec::new();
        // The built-in table is tested to parse; a failure would only drop entries.
        let _ = builtin_entries(&mut entries);
        Splitter::from_entries(entries, LineBreaks::Auto)
    }

    /// Options: extra abbreviations, no built-in table, line breaks as boundaries.
    pub fn builder() -> SplitterBuilder {
        SplitterBuilder::default()
    }

    fn from_entries(entries: Vec<(Box<str>, Class)>, line_breaks: LineBreaks) -> Splitter {
        let mut abbr = Table::default();
        let mut words = Table::default();
        let (mut longest_abbr, mut longest_word) = (0, 0);
        for (k, c) in entries {
            if c.is_word() {
                longest_word = longest_word.max(k.len());
                words.insert(k, c);
            } else {
                longest_abbr = longest_abbr.max(k.len());
                abbr.insert(k, c);
            }
        }
        Splitter {
            abbr,
            words,
            longest_abbr,
            longest_word,
            line_breaks,
        }
    }

    /// The class of an abbreviation written with its final period (`Gen.`), or of a starter,
    /// credit or reporting word written without one (`The`).
    pub fn class_of(&self, word: &str) -> Option<Class> {
        match word.strip_suffix('.') {
            Some(k) => self.lookup(k),
            None => self.lookup_word(word),
        }
    }

    /// An abbreviation, without its final period.
    #[inline]
    fn lookup(&self, key: &str) -> Option<Class> {
        if key.is_empty() || key.len() > self.longest_abbr {
            return None;
        }
        self.abbr.get(key).copied()
    }

    /// A starter, credit or reporting word.
    #[inline]
    fn lookup_word(&self, key: &str) -> Option<Class> {
        if key.is_empty() || key.len() > self.longest_word {
            return None;
        }
        self.words.get(key).copied()
    }

    /// Splits `text` into sentence spans (sorted, non-overlapping, trimmed, covering every
    /// non-whitespace character).
    pub fn split(&self, text: &str) -> Vec<Span> {
        let mut out = Vec::with_capacity(text.len() / 128 + 1);
        out.extend(self.split_iter(text));
        out
    }

    /// Lazily yields the sentence spans of `text`; allocates nothing.
    pub fn split_iter<'s, 't>(&'s self, text: &'t str) -> impl Iterator<Item = Span> + 't
    where
        's: 't,
    {
        SplitIter {
            sp: self,
            text,
            bytes: text.as_bytes(),
            pos: 0,
            start: 0,
            suppress_until: 0,
            marker: None,
            done: false,
        }
    }
}

/// Bytes that may start something the scanner must look at.
// Indexing in a const initialiser is checked at compile time: it cannot panic at run time.
#[allow(clippy::indexing_slicing)]
const INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[b'"' as usize] = true;
    t[b')' as usize] = true;
    t[b':' as usize] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    t
};

#[inline]
fn is_interesting(b: u8) -> bool {
    INTERESTING.get(usize::from(b)).copied().unwrap_or(false)
}

/// Terminator characters other than `.` (sentence-final on their own).
#[inline]
fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '‼' | '‽' | '⁇' | '⁈' | '⁉' | '。' | '！' | '？' | '｡'
    )
}

/// Fullwidth terminators need no following space.
#[inline]
fn is_fullwidth_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

#[inline]
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | ')' | ']' | '}' | '»' | '›' | '」' | '』' | '）'
    )
}

#[inline]
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '('
            | '['
            | '{'
            | '«'
            | '‹'
            | '¿'
            | '¡'
            | '„'
            | '「'
            | '『'
            | '（'
    )
}

#[inline]
fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '‣' | '⁃' | '◦' | '▪' | '●' | '∙')
}

/// The char starting at byte `i` (None when out of bounds or not on a boundary).
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The char ending at byte `i`.
#[inline]
fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// What follows a candidate boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next<'t> {
    /// End of text or only whitespace left.
    End,
    /// A blank line comes first (the newline handler will break there).
    Blank,
    /// A capitalised word (or an uncased letter).
    Upper(&'t str),
    /// A digit or a currency sign.
    Digit,
    /// A lowercase word.
    Lower,
    /// An ellipsis opening the next stretch (`. . . The`).
    Dots,
    /// Anything else (dashes, symbols).
    Other,
}

/// A list marker: a number or a lowercase letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    Num(u32),
    Letter(u8),
}

impl Marker {
    fn parse(tok: &str) -> Option<Marker> {
        let b = tok.as_bytes();
        if !b.is_empty() && b.len() <= 3 && b.iter().all(u8::is_ascii_digit) {
            return tok.parse().ok().map(Marker::Num);
        }
        match b {
            [c] if c.is_ascii_lowercase() => Some(Marker::Letter(*c)),
            _ => None,
        }
    }

    fn follows(self, prev: Marker) -> bool {
        match (prev, self) {
            (Marker::Num(a), Marker::Num(b)) => b == a + 1,
            (Marker::Letter(a), Marker::Letter(b)) => b == a + 1,
            _ => false,
        }
    }
}

/// Prepositions that open a short fronted phrase (`At 5 a.m. Mr. Smith went ...`).
const FRONTED: [&str; 14] = [
    "At",
    "By",
    "Before",
    "After",
    "Until",
    "Till",
    "From",
    "Around",
    "About",
    "Since",
    "On",
    "Shortly",
    "Starting",
    "Beginning",
];

struct SplitIter<'s, 't> {
    sp: &'s Splitter,
    text: &'t str,
    bytes: &'t [u8],
    /// Next byte to scan.
    pos: usize,
    /// Start of the current sentence (may point at whitespace).
    start: usize,
    /// Byte offset of the closing quotation mark of an embedded quotation (0: none).
    suppress_until: usize,
    /// Last list marker seen in this paragraph.
    marker: Option<Marker>,
    done: bool,
}

/// The outcome of looking at one interesting byte.
enum Step {
    /// Nothing to emit; continue scanning at this byte offset.
    Continue(usize),
    /// A boundary at this byte offset; continue scanning at the second offset.
    Break(usize, usize),
}

impl<'t> SplitIter<'_, 't> {
    /// Closes the current sentence at `end`; returns it if not empty.
    fn cut(&mut self, end: usize) -> Option<Span> {
        let s = Span::new(self.start, end).trim(self.text);
        // The next sentence starts at the next non-whitespace character: skipping the gap once
        // here keeps every later look at the sentence so far O(1) at its start.
        let rest = self.text.get(end..).unwrap_or("");
        self.start = end + (rest.len() - rest.trim_start().len());
        self.suppress_until = 0;
        (!s.is_empty()).then_some(s)
    }

    /// The current sentence so far, up to `end`, without surrounding whitespace and bullets.
    /// Only the first 32 leading bullets and spaces are skipped, so the call stays cheap on any
    /// input (a longer run counts as content).
    fn so_far(&self, end: usize) -> &'t str {
        let s = self.text.get(self.start..end).unwrap_or("").trim_end();
        let skip = s
            .char_indices()
            .take(32)
            .find(|&(_, c)| !(is_bullet(c) || c.is_whitespace()))
            .map_or_else(
                || s.char_indices().nth(32).map_or(s.len(), |(k, _)| k),
                |(k, _)| k,
            );
        s.get(skip..).unwrap_or("")
    }

    fn step(&mut self, i: usize, b: u8) -> Step {
        match b {
            b'\n' | b'\r' => self.newline(i),
            b'.' | b'!' | b'?' => self.terminator(i),
            b'"' => {
                self.quote(i, '"');
                Step::Continue(i + 1)
            }
            b')' => self.paren_marker(i),
            b':' => self.credit(i),
            _ => {
                let Some(c) = char_at(self.text, i) else {
                    return Step::Continue(i + 1);
                };
                let next = i + c.len_utf8();
                if is_terminator(c) {
                    self.terminator(i)
                } else if c == '“' {
                    self.quote(i, c);
                    Step::Continue(next)
                } else if is_bullet(c) {
                    let after_space = char_before(self.text, i).is_some_and(char::is_whitespace);
                    if after_space && !self.so_far(i).is_empty() {
                        Step::Break(i, next)
                    } else {
                        Step::Continue(next)
                    }
                } else if c == '\u{2029}' {
                    self.marker = None;
                    Step::Break(i, next)
                } else if c == '\u{2028}' && self.sp.line_breaks == LineBreaks::Always {
                    Step::Break(i, next)
                } else {
                    Step::Continue(next)
                }
            }
        }
    }

    /// A line break: a boundary when a blank line follows (or always, if configured).
    fn newline(&mut self, i: usize) -> Step {
        let b = self.bytes;
        if b.get(i) == Some(&b'\r') && b.get(i + 1) == Some(&b'\n') {
            return Step::Continue(i + 1);
        }
        if self.sp.line_breaks == LineBreaks::Always {
            return Step::Break(i, i + 1);
        }
        let rest = self.text.get(i + 1..).unwrap_or("");
        for (k, c) in rest.char_indices() {
            if c == '\n' || c == '\r' || c == '\u{2029}' {
                self.marker = None;
                return Step::Break(i, i + 1 + k);
            }
            if !c.is_whitespace() {
                break;
            }
        }
        if self.sp.line_breaks == LineBreaks::Auto && self.line_ends_sentence(i) {
            return Step::Break(i, i + 1);
        }
        Step::Continue(i + 1)
    }

    /// [`LineBreaks::Auto`]: the line ending at the line break `i` is a heading, a dateline or
    /// a whole paragraph, and the next line starts a sentence.
    fn line_ends_sentence(&self, i: usize) -> bool {
        let before = self.text.get(self.start..i).unwrap_or("").trim_end();
        let Some(last) = before.chars().next_back() else {
            return false;
        };
        // Final punctuation is the terminator rules' business; a trailing comma, hyphen or
        // dash means the sentence runs on.
        if is_terminator(last)
            || is_closer(last) && {
                let t = before.trim_end_matches(is_closer);
                t.ends_with(is_terminator) || t.is_empty()
            }
            || matches!(last, ',' | ';' | ':' | '-' | '–' | '—' | '(' | '&' | '/')
        {
            return false;
        }
        let starts = match self.next_after(i) {
            Next::Upper(_) | Next::Digit => true,
            _ => self
                .text
                .get(i..)
                .unwrap_or("")
                .trim_start()
                .starts_with(is_bullet),
        };
        if !starts {
            return false;
        }
        let lo = i.saturating_sub(101).max(self.start);
        let window = self.bytes.get(lo..i).unwrap_or(&[]);
        let line_start = match memchr::memrchr(b'\n', window) {
            Some(p) => lo + p + 1,
            None if lo == self.start => self.start,
            None => return true, // longer than 100 bytes: not hard-wrapped
        };
        let line = self.text.get(line_start..i).unwrap_or("").trim();
        let len = line.len();
        if !(50..100).contains(&len) {
            return true;
        }
        // The next line shows whether the text is hard-wrapped: a wrapped paragraph has no line
        // longer than 100 bytes and no short line without final punctuation before its end.
        let after = self.bytes.get(i + 1..).unwrap_or(&[]);
        let window = after.get(..after.len().min(101)).unwrap_or(after);
        let next_len = match memchr::memchr(b'\n', window) {
            Some(p) => p,
            None if window.len() > 100 => return true,
            None => after.len(),
        };
        let next = self.text.get(i + 1..i + 1 + next_len).unwrap_or("").trim();
        if next.len() < 50 && !next.ends_with(|c: char| is_terminator(c) || is_closer(c)) {
            return true;
        }
        // Title case: every word of four letters or more is capitalised.
        let mut long_words = 0;
        for w in line.split_whitespace() {
            if w.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
                long_words += 1;
                if !w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()) {
                    return false;
                }
            }
        }
        long_words >= 2
    }

    /// An opening quotation mark in the middle of a sentence: if it closes in this paragraph,
    /// the quotation stays inside the sentence.
    fn quote(&mut self, i: usize, c: char) {
        if self.suppress_until > i {
            return;
        }
        if c == '"' {
            // A straight quote opens only after whitespace, an opener or at the start.
            let before = char_before(self.text, i);
            if !before.is_none_or(|p| p.is_whitespace() || is_opener(p) || p == '—' || p == '–')
            {
                return;
            }
        }
        let so_far = self.so_far(i);
        if so_far.is_empty() || so_far.starts_with(['"', '“']) {
            return;
        }
        // The last word, looked for among the last 24 characters only (reporting words are short).
        let tail = so_far
            .char_indices()
            .rev()
            .take(24)
            .last()
            .map_or("", |(k, _)| so_far.get(k..).unwrap_or(""));
        let word = tail.rsplit(char::is_whitespace).next().unwrap_or("");
        if self.sp.lookup_word(word) != Some(Class::Reporting) {
            return;
        }
        let rest = self.bytes.get(i + c.len_utf8()..).unwrap_or(&[]);
        let rest = rest.get(..rest.len().min(4096)).unwrap_or(rest);
        let para = memchr::memchr(b'\n', rest).unwrap_or(rest.len());
        let rest = rest.get(..para).unwrap_or(&[]);
        let close = if c == '"' {
            memchr::memchr(b'"', rest)
        } else {
            memchr::memmem::find(rest, "”".as_bytes())
        };
        if let Some(k) = close {
            self.suppress_until = i + c.len_utf8() + k;
        }
    }

    /// `Image:` after a word: a credit line starts a sentence.
    fn credit(&mut self, i: usize) -> Step {
        if !char_at(self.text, i + 1).is_none_or(char::is_whitespace) {
            return Step::Continue(i + 1);
        }
        let (tok_start, tok) = self.token_before(i);
        if self.sp.lookup_word(tok) == Some(Class::Credit)
            && tok.starts_with(|c: char| c.is_uppercase())
            && char_before(self.text, tok_start).is_some_and(char::is_whitespace)
            && !self.so_far(tok_start).is_empty()
        {
            return Step::Break(tok_start, i + 1);
        }
        Step::Continue(i + 1)
    }

    /// `2)` continuing a list started with `1)` splits before the `2`.
    fn paren_marker(&mut self, i: usize) -> Step {
        let next = i + 1;
        if !char_at(self.text, next).is_none_or(char::is_whitespace) {
            return Step::Continue(next);
        }
        let (tok_start, tok) = self.token_before(i);
        if tok.ends_with('.') {
            return Step::Continue(next);
        }
        let Some(m) = Marker::parse(tok) else {
            return Step::Continue(next);
        };
        self.list_marker(m, tok_start, next)
    }

    /// A list marker ending at `after`: records it, and splits before it when it continues the
    /// list of this paragraph.
    fn list_marker(&mut self, m: Marker, tok_start: usize, after: usize) -> Step {
        let at_start = self.so_far(tok_start).is_empty();
        if at_start {
            self.marker = Some(m);
            return Step::Continue(after);
        }
        if self.marker.is_some_and(|p| m.follows(p)) {
            self.marker = Some(m);
            return Step::Break(tok_start, after);
        }
        Step::Continue(after)
    }

    /// The word before byte `i` (back to whitespace, at most 64 bytes), without leading openers
    /// and bullets, and its start offset.
    fn token_before(&self, i: usize) -> (usize, &'t str) {
        let lo = i.saturating_sub(64).max(self.start);
        let mut j = i;
        let bytes = self.bytes;
        while j > lo {
            let b = bytes.get(j - 1).copied().unwrap_or(b' ');
            if b.is_ascii_whitespace() {
                break;
            }
            // U+00A0 (C2 A0) and other Unicode spaces end the word too.
            if b >= 0x80 {
                if let Some(c) = char_before(self.text, j) {
                    if c.is_whitespace() {
                        break;
                    }
                    j -= c.len_utf8();
                    continue;
                }
            }
            j -= 1;
        }
        if j == lo && lo > self.start {
            return (i, "");
        }
        let tok = self.text.get(j..i).unwrap_or("");
        let trimmed = tok.trim_start_matches(|c: char| is_opener(c) || is_bullet(c));
        (i - trimmed.len(), trimmed)
    }

    /// What starts after the whitespace at `e`.
    fn next_after(&self, e: usize) -> Next<'t> {
        let rest = self.text.get(e..).unwrap_or("");
        let mut newlines = 0;
        let mut it = rest.char_indices();
        let mut opened = false;
        let mut openers = 0;
        loop {
            let Some((k, c)) = it.next() else {
                return Next::End;
            };
            if c.is_whitespace() {
                if opened {
                    return Next::Other;
                }
                if c == '\n' || c == '\u{2029}' {
                    newlines += 1;
                    if newlines >= 2 || c == '\u{2029}' || self.sp.line_breaks == LineBreaks::Always
                    {
                        return Next::Blank;
                    }
                }
                continue;
            }
            if is_opener(c) {
                // A run of more than 16 opening marks is not punctuation worth reading.
                openers += 1;
                if openers > 16 {
                    return Next::Other;
                }
                opened = true;
                continue;
            }
            if c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()) {
                let w = rest.get(k..).unwrap_or("");
                let len = w
                    .char_indices()
                    .find(|&(_, c)| !(c.is_alphanumeric() || c == '\'' || c == '’'))
                    .map_or(w.len(), |(n, _)| n);
                return Next::Upper(w.get(..len).unwrap_or(""));
            }
            if c.is_numeric() || matches!(c, '$' | '£' | '€' | '¥' | '#') {
                return Next::Digit;
            }
            if c.is_lowercase() {
                return Next::Lower;
            }
            if c == '.' || c == '…' {
                return Next::Dots;
            }
            return Next::Other;
        }
    }

    fn is_starter(&self, w: &str) -> bool {
        let w = w.strip_suffix("'s").unwrap_or(w);
        self.sp.lookup_word(w) == Some(Class::Starter)
    }

    fn is_title(&self, w: &str) -> bool {
        self.sp.lookup(w) == Some(Class::Title)
    }

    /// A terminator at byte `i`.
    fn terminator(&mut self, i: usize) -> Step {
        let text = self.text;
        // 1. The run of terminators, spaced periods included (`. . .`).
        let mut end = i;
        let mut n = 0usize;
        let mut spaced = false;
        let mut only_periods = true;
        let mut fullwidth = false;
        let mut first_end = i;
        loop {
            match char_at(text, end) {
                Some(c) if is_terminator(c) => {
                    n += 1;
                    only_periods &= c == '.';
                    fullwidth |= is_fullwidth_terminator(c);
                    if c == '…' {
                        n += 2;
                    }
                    end += c.len_utf8();
                    if first_end == i {
                        first_end = end;
                    }
                }
                Some(' ')
                    if n > 0
                        && self.bytes.get(end + 1) == Some(&b'.')
                        && !char_at(text, end + 2).is_some_and(char::is_alphanumeric) =>
                {
                    spaced = true;
                    end += 1;
                }
                _ => break,
            }
        }
        // 2. Closing quotation marks and brackets (and stray terminators among them).
        let mut e = end;
        // At most 16 of them: a longer run is not punctuation worth reading, and the bound keeps
        // the work per terminator constant.
        let mut closers = 0;
        while let Some(c) = char_at(text, e) {
            if closers < 16 && (is_closer(c) || (e > end && is_terminator(c))) {
                e += c.len_utf8();
                closers += 1;
            } else {
                break;
            }
        }
        let Some(after) = char_at(text, e) else {
            return Step::Continue(end.max(i + 1));
        };
        if !after.is_whitespace() && !fullwidth {
            return Step::Continue(end);
        }
        // 3. Inside an embedded quotation that closes later: not a boundary.
        if self.suppress_until > i && e <= self.suppress_until {
            return Step::Continue(end);
        }
        let next = self.next_after(e);
        if matches!(next, Next::Blank | Next::End) {
            return Step::Continue(end);
        }
        let prev = char_before(text, i);
        let attached = prev.is_some_and(|c| !c.is_whitespace());
        let (tok_start, tok) = self.token_before(i);
        let opens_sentence = |n: Next<'_>| matches!(n, Next::Upper(_) | Next::Digit);

        let boundary = if only_periods && n >= 2 {
            // Ellipses.
            let bracketed =
                matches!(prev, Some('[' | '(')) && matches!(char_at(text, end), Some(']' | ')'));
            if bracketed {
                // `[...]` omits words inside a sentence; a capitalised word right after it
                // (not after a closing quotation mark) starts a new one.
                e == end + 1 && matches!(next, Next::Upper(_)) && {
                    let ws = text.get(e..).unwrap_or("");
                    ws.trim_start().starts_with(|c: char| c.is_uppercase())
                }
            } else if spaced && attached && n >= 4 {
                // `word. . . . The`: the period ends the sentence, the ellipsis opens the next.
                if matches!(next, Next::Upper(_)) {
                    return Step::Break(first_end, end);
                }
                false
            } else if spaced && n == 3 {
                false
            } else {
                opens_sentence(next)
            }
        } else if n == 1 && only_periods {
            // A single period: look at the word before it.
            if let Some(m) = Marker::parse(tok) {
                if tok_start < i && self.text.get(tok_start..i) == Some(tok) {
                    let step = self.list_marker(m, tok_start, end);
                    if let Step::Break(..) = step {
                        return step;
                    }
                    if self.so_far(tok_start).is_empty() {
                        return Step::Continue(end);
                    }
                }
            }
            if matches!(next, Next::Lower | Next::Other) {
                // Nothing but a capitalised word, a number or an ellipsis starts a sentence.
                return Step::Continue(end);
            }
            let class = self.sp.lookup(tok).or_else(|| implied_class(tok));
            match class {
                Some(Class::Title | Class::Never) => false,
                Some(Class::Time) => {
                    let starts =
                        matches!(next, Next::Upper(w) if self.is_starter(w) || self.is_title(w));
                    starts && !self.fronted(tok_start)
                }
                Some(Class::Starter | Class::Credit | Class::Reporting) => opens_sentence(next),
                Some(Class::Ambiguous | Class::Month | Class::Weekday | Class::Number) => {
                    matches!(next, Next::Upper(w) if self.is_starter(w))
                }
                None => opens_sentence(next) || (next == Next::Dots && attached),
            }
        } else {
            let quoted = text
                .get(end..e)
                .is_some_and(|c| c.contains(['"', '”', '’', '\'']));
            if quoted && self.attribution_follows(e, next) {
                // `“Is it over?” Smith asked.`: the attribution belongs to the quotation.
                false
            } else {
                opens_sentence(next) || (fullwidth && next != Next::Lower)
            }
        };
        if boundary {
            Step::Break(e, e)
        } else {
            Step::Continue(end)
        }
    }

    /// After a quoted question or exclamation: a name (not a starter such as `He`) followed
    /// within three words by a reporting verb (`Smith asked`, `Jane Doe told reporters`).
    fn attribution_follows(&self, e: usize, next: Next<'_>) -> bool {
        let Next::Upper(first) = next else {
            return false;
        };
        if self.is_starter(first) {
            return false;
        }
        let rest = self.text.get(e..).unwrap_or("");
        rest.split_whitespace().skip(1).take(3).any(|w| {
            let w = w.trim_end_matches([',', '.', ';', ':']);
            w != "that" && self.sp.lookup_word(w) == Some(Class::Reporting)
        })
    }

    /// The sentence so far (before `tok_start`) is a short fronted prepositional phrase.
    fn fronted(&self, tok_start: usize) -> bool {
        let s = self.so_far(tok_start);
        let first = s.split(' ').next().unwrap_or("");
        s.len() <= 60 && FRONTED.contains(&first) && s.split(' ').count() <= 5 && !s.contains(',')
    }
}

/// Classes implied by the shape of a word: initials (`E`) and dotted letter groups (`U.S`).
fn implied_class(tok: &str) -> Option<Class> {
    let mut chars = tok.chars();
    let first = chars.next()?;
    if chars.as_str().is_empty() {
        return first.is_alphabetic().then_some(Class::Ambiguous);
    }
    if tok.contains('.')
        && tok
            .split('.')
            .all(|p| (1..=2).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic))
    {
        return Some(Class::Ambiguous);
    }
    None
}

impl Iterator for SplitIter<'_, '_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        if self.done {
            return None;
        }
        loop {
            let rest = self.bytes.get(self.pos..).unwrap_or(&[]);
            let Some(k) = rest.iter().position(|&b| is_interesting(b)) else {
                self.done = true;
                return self.cut(self.bytes.len());
            };
            let i = self.pos + k;
            let b = rest.get(k).copied().unwrap_or(0);
            match self.step(i, b) {
                Step::Continue(p) => self.pos = p.max(i + 1),
                Step::Break(at, p) => {
                    self.pos = p.max(i + 1);
                    if at > self.start {
                        if let Some(s) = self.cut(at) {
                            return Some(s);
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        Splitter::new()
            .split(text)
            .into_iter()
            .map(|s| &text[s])
            .collect()
    }

    #[test]
    fn builtin_table_parses() {
        let mut v = Vec::new();
        builtin_entries(&mut v).unwrap();
        assert!(v.len() > 200);
    }

    #[test]
    fn simple_terminators() {
        assert_eq!(
            split("Hello World. My name is Jonas."),
            ["Hello World.", "My name is Jonas."]
        );
        assert_eq!(split("What? Yes! Fine."), ["What?", "Yes!", "Fine."]);
        assert_eq!(split("Hello!? Is that you?"), ["Hello!?", "Is that you?"]);
        assert_eq!(split("Really‽ Yes…"), ["Really‽", "Yes…"]);
    }

    #[test]
    fn blank_line_is_hard_boundary() {
        assert_eq!(
            split("China’s Defense Chief in Belarus\n\nChina’s defense chief arrived. \u{a0}\n\n(Bloomberg) — He said."),
            ["China’s Defense Chief in Belarus", "China’s defense chief arrived.", "(Bloomberg) — He said."]
        );
        let s = Splitter::builder()
            .line_breaks(LineBreaks::Always)
            .build()
            .unwrap();
        assert_eq!(s.split("One line\nwrapped here.").len(), 2);
        let s = Splitter::builder()
            .line_breaks(LineBreaks::BlankLines)
            .build()
            .unwrap();
        assert_eq!(s.split("Headline\nBody here.").len(), 1);
    }

    #[test]
    fn single_line_breaks_in_auto_mode() {
        // Headline, dateline and paragraphs one a line.
        assert_eq!(
            split("China’s Defense Chief in Belarus as Tensions With NATO Mount\nWednesday, August 16, 2023\nChina’s defense chief arrived in Belarus for a three-day visit to strengthen ties with the staunch Russian ally\nHe flew in."),
            [
                "China’s Defense Chief in Belarus as Tensions With NATO Mount",
                "Wednesday, August 16, 2023",
                "China’s defense chief arrived in Belarus for a three-day visit to strengthen ties with the staunch Russian ally",
                "He flew in."
            ]
        );
        // Hard-wrapped prose is left alone.
        let wrapped = "The visit coincides with increased calls from Poland and the Baltic\nregion to tighten border security, citing the presence of Russian\nMercenaries that have decamped to Belarus, as well as renewed attempts.";
        assert_eq!(split(wrapped), [wrapped]);
        assert_eq!(split("Gen.\nSmith spoke."), ["Gen.\nSmith spoke."]);
        assert_eq!(
            split("Over 900 asylum seekers rescued off Indonesian coast\nMonday, May 18, 2015"),
            [
                "Over 900 asylum seekers rescued off Indonesian coast",
                "Monday, May 18, 2015"
            ]
        );
        assert_eq!(
            split("Reporting by John Smith\nEditing by Jane Doe"),
            ["Reporting by John Smith", "Editing by Jane Doe"]
        );
    }

    #[test]
    fn titles_never_end_before_names() {
        assert_eq!(
            split("He met Gen. Smith and Sen. Warren today."),
            ["He met Gen. Smith and Sen. Warren today."]
        );
        assert_eq!(
            split("I can see Mt. Fuji from here."),
            ["I can see Mt. Fuji from here."]
        );
    }

    #[test]
    fn ambiguous_end_only_before_starters() {
        assert_eq!(
            split("I live in the U.S. How about you?"),
            ["I live in the U.S.", "How about you?"]
        );
        assert_eq!(
            split("I work for the U.S. Government in Virginia."),
            ["I work for the U.S. Government in Virginia."]
        );
        assert_eq!(
            split("They sued Apple Inc. The case is open."),
            ["They sued Apple Inc.", "The case is open."]
        );
        assert_eq!(
            split("He runs Apple Inc. Mr. Cook said so. They left the U.S. Officials said."),
            [
                "He runs Apple Inc.",
                "Mr. Cook said so.",
                "They left the U.S.",
                "Officials said."
            ]
        );
        assert_eq!(
            split("It was a U.S. Sen. Warren bill."),
            ["It was a U.S. Sen. Warren bill."]
        );
    }

    #[test]
    fn times_months_numbers() {
        assert_eq!(
            split("At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went home."),
            ["At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went home."]
        );
        assert_eq!(
            split("He arrived on Aug. 16 in Minsk."),
            ["He arrived on Aug. 16 in Minsk."]
        );
        assert_eq!(
            split("See No. 5 and p. 55 now."),
            ["See No. 5 and p. 55 now."]
        );
        assert_eq!(
            split("She has $100.00. It is in her bag."),
            ["She has $100.00.", "It is in her bag."]
        );
        assert_eq!(
            split("Growth was 2.5 percent in 2022. 2023 was worse."),
            ["Growth was 2.5 percent in 2022.", "2023 was worse."]
        );
    }

    #[test]
    fn initials() {
        assert_eq!(
            split("J. R. R. Tolkien wrote it."),
            ["J. R. R. Tolkien wrote it."]
        );
        assert_eq!(
            split("We make a good team, you and I. Did you see Albert I. Jones yesterday?"),
            [
                "We make a good team, you and I.",
                "Did you see Albert I. Jones yesterday?"
            ]
        );
    }

    #[test]
    fn urls_emails_domains() {
        assert_eq!(
            split("Write to Jane.Doe@example.com. More stories are on bloomberg.com today. See https://x.org/a.html. Thanks."),
            ["Write to Jane.Doe@example.com.", "More stories are on bloomberg.com today.", "See https://x.org/a.html.", "Thanks."]
        );
    }

    #[test]
    fn quotes_and_brackets() {
        assert_eq!(
            split("“Poland and Latvia have the same problem ...,” Duda told reporters in Warsaw. “We have no doubt.”"),
            ["“Poland and Latvia have the same problem ...,” Duda told reporters in Warsaw.", "“We have no doubt.”"]
        );
        assert_eq!(
            split("She said, \"This is great.\" she said."),
            ["She said, \"This is great.\" she said."]
        );
        assert_eq!(
            split("The spokesman said \"All were taken to hospital. There are no casualties left.\" Police left."),
            ["The spokesman said \"All were taken to hospital. There are no casualties left.\"", "Police left."]
        );
        assert_eq!(
            split("He teaches (He worked as an engineer.) at the school."),
            ["He teaches (He worked as an engineer.) at the school."]
        );
        assert_eq!(
            split("“Is it over?” Smith asked. “Yes!” Jane Doe told reporters. “No?” He left."),
            [
                "“Is it over?” Smith asked.",
                "“Yes!” Jane Doe told reporters.",
                "“No?”",
                "He left."
            ]
        );
        assert_eq!(
            split("He said \"no. Never. (( ]] \" ” ‘ Ok."),
            ["He said \"no. Never. (( ]] \" ” ‘ Ok."]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            split("I never meant that.... She left the store."),
            ["I never meant that....", "She left the store."]
        );
        assert_eq!(
            split("I wasn’t really ... well, what I mean...see . . . I didn’t."),
            ["I wasn’t really ... well, what I mean...see . . . I didn’t."]
        );
        assert_eq!(
            split("\"Bohr [...] used stairways [...]\" (Smith 55)."),
            ["\"Bohr [...] used stairways [...]\" (Smith 55)."]
        );
    }

    #[test]
    fn lists_and_bullets() {
        assert_eq!(
            split("1. The first item 2. The second item"),
            ["1. The first item", "2. The second item"]
        );
        assert_eq!(
            split("a) The first item b) The second item"),
            ["a) The first item", "b) The second item"]
        );
        assert_eq!(
            split("• 9. The first item • 10. The second item"),
            ["• 9. The first item", "• 10. The second item"]
        );
    }

    #[test]
    fn unicode_whitespace_and_terminators() {
        assert_eq!(
            split("It rained.\u{a0}Then it stopped."),
            ["It rained.", "Then it stopped."]
        );
        assert_eq!(split("雨です。晴れです。"), ["雨です。", "晴れです。"]);
    }

    #[test]
    fn builder_errors_name_source_and_line() {
        let e = Splitter::builder()
            .named_abbreviations_tsv("extra.tsv", "Gen.\ttitle\nFoo.\tbogus\n".as_bytes())
            .build()
            .unwrap_err();
        assert_eq!(
            (e.source_name.as_str(), e.line, e.kind),
            ("extra.tsv", 2, ErrorKind::BadLine)
        );
        assert!(e.to_string().starts_with("extra.tsv:2: unknown class"));
        let e = Splitter::builder()
            .abbreviations_tsv("Foo\ttitle\n".as_bytes())
            .build()
            .unwrap_err();
        assert_eq!(e.source_name, "<reader>");
        let e = Splitter::builder()
            .abbreviations_tsv("Foo.\n".as_bytes())
            .build()
            .unwrap_err();
        assert!(e.reason.contains("abbreviation<TAB>class"));
    }

    #[test]
    fn builder_adds_abbreviations() {
        let t = "He works at Acme Grp. Smith agreed.";
        assert_eq!(split(t).len(), 2);
        let s = Splitter::builder()
            .abbreviations_tsv("Grp.\ttitle\n".as_bytes())
            .build()
            .unwrap();
        assert_eq!(s.split(t).len(), 1);
        let s = Splitter::builder().without_builtin().build().unwrap();
        assert_eq!(s.class_of("Mr."), None);
        assert_eq!(Splitter::new().class_of("Mr."), Some(Class::Title));
    }

    #[test]
    fn credit_lines_start_sentences() {
        assert_eq!(
            split("A tweet to student Ahmed Mohamed Image: Twitter / NASA."),
            ["A tweet to student Ahmed Mohamed", "Image: Twitter / NASA."]
        );
        assert_eq!(split("The image: a photo."), ["The image: a photo."]);
    }

    #[test]
    fn embedded_quotation_only_after_reporting_word() {
        assert_eq!(
            split("He says \"many will quit. Then the State must pay.\" Schools agree."),
            [
                "He says \"many will quit. Then the State must pay.\"",
                "Schools agree."
            ]
        );
        assert_eq!(
            split("PC World concluded, \"It is tied with Chrome. It might be a blip.\""),
            [
                "PC World concluded, \"It is tied with Chrome.",
                "It might be a blip.\""
            ]
        );
        assert_eq!(
            split("\"We are hopeful. We will win,\" he said."),
            ["\"We are hopeful.", "We will win,\" he said."]
        );
        // An unclosed quotation suppresses nothing.
        assert_eq!(
            split("He said \"no. Then he left.\n\nNew."),
            ["He said \"no.", "Then he left.", "New."]
        );
    }

    #[test]
    fn bracketed_ellipsis() {
        assert_eq!(
            split("Crop yields would improve [...] Ozone is a problem."),
            ["Crop yields would improve [...]", "Ozone is a problem."]
        );
        assert_eq!(
            split("The climate [...] the future."),
            ["The climate [...] the future."]
        );
    }

    #[test]
    fn line_separators() {
        assert_eq!(
            split("Headline\r\n\r\nBody text."),
            ["Headline", "Body text."]
        );
        assert_eq!(
            split("Headline\u{2029}Body text."),
            ["Headline", "Body text."]
        );
        assert_eq!(
            split("Headline\n \u{a0}\t\nBody text."),
            ["Headline", "Body text."]
        );
    }

    #[test]
    fn list_markers_need_a_list() {
        assert_eq!(
            split("He ranked No. 1. The team lost."),
            ["He ranked No. 1.", "The team lost."]
        );
        assert_eq!(
            split("Take route 2. The road is open."),
            ["Take route 2.", "The road is open."]
        );
        assert_eq!(
            split("It cost 2 dollars. 3 people paid."),
            ["It cost 2 dollars.", "3 people paid."]
        );
    }

    #[test]
    fn lazy_iter_matches_split() {
        let t = "A b. C d! E f? G\n\nH.";
        let s = Splitter::new();
        assert_eq!(s.split_iter(t).collect::<Vec<_>>(), s.split(t));
    }
}
