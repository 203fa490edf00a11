//! Month and weekday names: which tokens name one, in any letter case, and where an ambiguous
//! name (`may`, `march`, `sun`, `wed`) is a date.

use super::Doc;
use crate::lex::{Lex, Rel};

/// Newspapers, programmes and schools named after a weekday (`the Sunday Times`).
const NAMED_AFTER_WEEKDAY: &[&str] = &[
    "Times",
    "Telegraph",
    "Express",
    "Mirror",
    "Herald",
    "Independent",
    "Tribune",
    "Observer",
    "Post",
    "School",
    "Night",
    "Morning",
    "Mail",
    "People",
    "Sport",
    "Star",
    "Magazine",
    "Review",
    "Edition",
    "Service",
    "Club",
];

/// Abbreviations that are also English words.
fn word_too(w: &str) -> bool {
    [
        "mon", "wed", "sat", "sun", "may", "march", "mar", "jan", "dec", "august",
    ]
    .iter()
    .any(|x| w.eq_ignore_ascii_case(x))
}

impl Doc<'_> {
    /// Whether token `i` begins a line (or the text).
    pub(super) fn line_start(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).and_then(|p| self.t.get(p)) else {
            return true;
        };
        let s = self.t.get(i).map_or(self.text.len(), |t| t.s);
        self.text
            .get(prev.e..s)
            .is_some_and(|gap| gap.contains('\n'))
    }

    /// Tokens `i..j` make a line of their own (a heading, a calendar entry, a form field).
    pub(super) fn alone_on_line(&self, i: usize, j: usize) -> bool {
        self.line_start(i) && (j >= self.t.len() || self.line_start(j))
    }

    /// A weekday name at `i`: full names in any case; abbreviations where a date reading is
    /// certain.
    pub(super) fn weekday(&self, i: usize) -> Option<i8> {
        self.weekday_tok(i).map(|(w, _)| w)
    }

    /// A weekday name at `i` and the token after it (after an abbreviation's period).
    pub(super) fn weekday_tok(&self, i: usize) -> Option<(i8, usize)> {
        let w = self.find(i, |l| {
            if let Lex::Weekday(m) = l {
                Some(m)
            } else {
                None
            }
        })?;
        let word = self.word(i);
        if self.cap(i + 1) && NAMED_AFTER_WEEKDAY.contains(&self.word(i + 1)) {
            return None;
        }
        if word.len() >= 6 {
            return Some((w, i + 1));
        }
        let dot = self.is_p(i + 1, b'.') && self.attached(i + 1);
        let j = if dot { i + 2 } else { i + 1 };
        // `Fri, Jul 18`, `Wed, Feb13`, `Thu 15th`, `Sat., Sept. 21`
        let k = if self.is_p(j, b',') { j + 1 } else { j };
        let dated = self.month(k).is_some() || k == j && self.ord(k).is_some();
        let after_rel = i
            .checked_sub(1)
            .and_then(|p| self.rel(p))
            .is_some_and(|r| matches!(r, Rel::Last | Rel::Next | Rel::This | Rel::Following));
        let ok = if self.upper(i) || word_too(word) {
            dated
                || self.alone_on_line(i, j)
                || after_rel && !self.upper(i) && !word.eq_ignore_ascii_case("sun")
        } else {
            dated || after_rel || self.cap(i) || self.alone_on_line(i, j)
        };
        ok.then_some((w, if dot { i + 2 } else { i + 1 }))
    }

    /// A month name at `i`: capitalised, or in lower case where the reading is a date
    /// (`june 5`, `last june`, `the third of march`, `march 3 2015`).
    pub(super) fn month(&self, i: usize) -> Option<i8> {
        let m = self.find(i, |l| if let Lex::Month(m) = l { Some(m) } else { None })?;
        if self.cap(i) {
            return Some(m);
        }
        let word = self.word(i);
        let full = word.len() >= 4 && !word.eq_ignore_ascii_case("sept");
        // `aug. 1`: past an abbreviation's period
        let n1 = if self.is_p(i + 1, b'.') && self.attached(i + 1) && word.len() <= 4 {
            i + 2
        } else {
            i + 1
        };
        let numbered_after = self
            .num(n1)
            .is_some_and(|(v, len)| len <= 2 && v <= 31 || len == 4)
            || self.ord(n1).is_some()
            || self.has(n1, Lex::The) && self.ord(n1 + 1).is_some();
        let numbered_before = i.checked_sub(1).is_some_and(|p| {
            self.ord(p).is_some()
                || self.num(p).is_some_and(|(v, len)| len <= 2 && v <= 31)
                || self.has(p, Lex::Of)
                    && p > 0
                    && self
                        .ord(p - 1)
                        .or_else(|| self.num(p - 1).map(|(v, _)| (v, p)))
                        .is_some()
        });
        let after_rel = i
            .checked_sub(1)
            .and_then(|p| self.rel(p))
            .is_some_and(|r| matches!(r, Rel::Last | Rel::Next | Rel::This));
        // `31-oct-74`, `31/oct/1974`
        let sep = |k: usize| self.is_p(k, b'-') || self.is_p(k, b'/');
        let dashed = i > 1 && self.attached(i) && sep(i - 1) && self.num(i - 2).is_some()
            || self.attached(i + 1) && sep(i + 1) && self.num(i + 2).is_some();
        let ok = dashed
            || numbered_after
            || numbered_before
            || full && !word_too(word)
            || after_rel && !word_too(word);
        ok.then_some(m)
    }
}
