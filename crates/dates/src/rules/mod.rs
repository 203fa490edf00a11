//! Recognition and resolution rules over tokens: the shared types (`Val`, `Cand`, `Tense`,
//! `Doc`), the token accessors and `match_at`/`r_core`; each rule family lives in a module of
//! its own.

mod around;
mod calendar;
mod clock;
mod compose;
mod counts;
mod durations;
mod holidays;
mod modifiers;
mod names;
mod periods;
mod quarters;
mod relative;
mod sets;
mod tense;
mod words;
mod years;

use jiff::civil::Date;

use crate::lex::{Lex, Lexicon, ModW, Prep, Rel, Suf, Tok, Unit, K, NO_ID};
use crate::pt::Pt;
use crate::{Modifier, TimexKind};

/// A value: a resolved calendar object or a literal TIMEX3 string.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Val {
    Pt(Pt),
    Str(String),
}

/// A candidate expression over tokens `s..e`.
#[derive(Debug, Clone)]
pub(crate) struct Cand {
    pub s: usize,
    pub e: usize,
    pub kind: TimexKind,
    pub val: Val,
    pub modifier: Option<Modifier>,
    /// Whether later mentions may refer back to this one.
    pub refable: bool,
    /// For a duration anchored to a day (`two weeks from now`, `three days after Easter`), the
    /// days it covers.
    pub anchored: Option<(Date, Date)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    Unknown,
}

/// Per-document parsing state.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub t: &'a [Tok],
    pub lex: &'a Lexicon,
    pub anchor: Option<Date>,
    /// Which way to read a date the text does not place.
    pub prefer: crate::Prefer,
    /// The last resolved calendar mention (for `the next day`, `that week`).
    pub last: Option<Pt>,
    /// The last quarter-like mention (for `the quarter`, `a year earlier`).
    pub lastq: Option<Pt>,
}

/// A candidate over `s..e` with value `val`.
fn cand(s: usize, e: usize, kind: TimexKind, val: Val) -> Option<Cand> {
    Some(Cand {
        s,
        e,
        kind,
        val,
        modifier: None,
        refable: true,
        anchored: None,
    })
}

/// A candidate later mentions may not refer back to.
fn derived(c: Option<Cand>) -> Option<Cand> {
    c.map(|c| Cand {
        refable: false,
        ..c
    })
}

/// A calendar candidate: a time for clock times and parts of days, else a date.
fn date_pt(s: usize, e: usize, p: Pt) -> Option<Cand> {
    let kind = match p {
        Pt::Time(..) | Pt::DayPart(..) => TimexKind::Time,
        _ => TimexKind::Date,
    };
    cand(s, e, kind, Val::Pt(p))
}

/// A candidate with a literal TIMEX3 value.
fn str_c(s: usize, e: usize, kind: TimexKind, v: impl Into<String>) -> Option<Cand> {
    cand(s, e, kind, Val::Str(v.into()))
}

impl<'a> Doc<'a> {
    /// The lexicon entries of word token `i`.
    fn lx(&self, i: usize) -> &'a [Lex] {
        match self.t.get(i).map(|t| t.k) {
            Some(K::Word { id, .. }) if id != NO_ID => self.lex.entry(id),
            _ => &[],
        }
    }

    /// The first entry of token `i` that `f` maps to a value.
    fn find<T>(&self, i: usize, f: impl Fn(Lex) -> Option<T>) -> Option<T> {
        self.lx(i).iter().find_map(|&l| f(l))
    }

    /// Whether token `i` carries entry `l`.
    fn has(&self, i: usize, l: Lex) -> bool {
        self.lx(i).contains(&l)
    }

    /// Whether token `i` is the punctuation `c`.
    fn is_p(&self, i: usize, c: u8) -> bool {
        matches!(self.t.get(i).map(|t| t.k), Some(K::P(x)) if x == c)
    }

    /// Whether token `i` follows the previous one without a space.
    fn attached(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.space_before)
    }

    /// Whether token `i` is a capitalized word.
    fn cap(&self, i: usize) -> bool {
        matches!(self.t.get(i).map(|t| t.k), Some(K::Word { cap: true, .. }))
    }

    /// Whether token `i` is an all-capitals word.
    fn upper(&self, i: usize) -> bool {
        matches!(
            self.t.get(i).map(|t| t.k),
            Some(K::Word { upper: true, .. })
        )
    }

    /// The text of word token `i` (empty for other tokens).
    fn word(&self, i: usize) -> &'a str {
        match self.t.get(i) {
            Some(t) if matches!(t.k, K::Word { .. }) => self.text.get(t.s..t.e).unwrap_or(""),
            _ => "",
        }
    }

    /// Whether token `i` is the word `w`, in any case.
    fn word_is(&self, i: usize, w: &str) -> bool {
        self.word(i).eq_ignore_ascii_case(w)
    }

    /// Whether token `i` is a word.
    fn is_word(&self, i: usize) -> bool {
        matches!(self.t.get(i).map(|t| t.k), Some(K::Word { .. }))
    }

    /// A plain number token: value, digit count.
    fn num(&self, i: usize) -> Option<(u32, u8)> {
        match self.t.get(i).map(|t| t.k) {
            Some(K::Num {
                v,
                len,
                suf: Suf::None,
                grouped: false,
            }) => Some((v, len)),
            _ => None,
        }
    }

    /// The preposition at `i`.
    fn prep(&self, i: usize) -> Option<Prep> {
        self.find(i, |l| if let Lex::Prep(p) = l { Some(p) } else { None })
    }

    /// The time unit at `i` and whether it is plural.
    fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        self.find(i, |l| match l {
            Lex::Unit(u) => Some((u, false)),
            Lex::Units(u) => Some((u, true)),
            _ => None,
        })
    }

    /// The relative word (`last`, `next`, `this`...) at `i`.
    fn rel(&self, i: usize) -> Option<Rel> {
        self.find(i, |l| if let Lex::Rel(r) = l { Some(r) } else { None })
    }

    /// An ordinal at `i` (`third`, `3rd`) and the token after it.
    fn ord(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(o) = self.find(i, |l| if let Lex::Ord(o) = l { Some(o) } else { None }) {
            return Some((o, i + 1));
        }
        match self.t.get(i).map(|t| t.k) {
            Some(K::Num {
                v, suf: Suf::Ord, ..
            }) => Some((v, i + 1)),
            _ => None,
        }
    }

    /// The season at `i`.
    fn season(&self, i: usize) -> Option<u8> {
        self.find(i, |l| {
            if let Lex::Season(s) = l {
                Some(s)
            } else {
                None
            }
        })
    }

    /// The part of the day at `i` (`morning`, `night`).
    fn part(&self, i: usize) -> Option<u8> {
        self.find(i, |l| if let Lex::Part(s) = l { Some(s) } else { None })
    }

    /// The period modifier (`early`, `late`, `mid`...) at `i`.
    fn modw(&self, i: usize) -> Option<ModW> {
        self.find(i, |l| if let Lex::Mod(s) = l { Some(s) } else { None })
    }

    /// All rules at token `i`; the longest match wins.
    pub(crate) fn match_at(&self, i: usize) -> Option<Cand> {
        let tok = self.t.get(i)?;
        let lexes = self.lx(i);
        let is_num = matches!(tok.k, K::Num { .. });
        let is_q =
            matches!(tok.k, K::Word { .. }) && (self.word_is(i, "q") || self.word_is(i, "h"));
        if lexes.is_empty() && !is_num && !is_q && !self.is_p(i, b'\'') {
            return None;
        }
        // Function words start no expression (`at least` is the one exception).
        let inert = !lexes.is_empty()
            && lexes.iter().all(|l| {
                matches!(
                    l,
                    Lex::Prep(_)
                        | Lex::Of
                        | Lex::And
                        | Lex::Or
                        | Lex::To
                        | Lex::Fut
                        | Lex::Past
                        | Lex::Pres
                        | Lex::Than
                        | Lex::So
                        | Lex::Ahead
                        | Lex::Term
                )
            });
        if inert && !(self.word_is(i, "at") && self.word_is(i + 1, "least")) {
            return None;
        }
        let mut best: Option<Cand> = None;
        let mut take = |c: Option<Cand>| {
            if let Some(c) = c {
                if c.e > c.s && best.as_ref().is_none_or(|b| c.e > b.e) {
                    best = Some(c);
                }
            }
        };
        take(self.r_approx(i));
        take(self.r_mod(i));
        take(self.r_core(i));
        // `the next year or so`
        best.map(|mut c| {
            if self.has(c.e, Lex::Or) && self.has(c.e + 1, Lex::So) {
                c.e += 2;
            }
            // `1994 or later`, `1990 and beyond`
            if let Val::Pt(Pt::Year(_)) = c.val {
                if self.has(c.e, Lex::Or) && self.word_is(c.e + 1, "later")
                    || self.has(c.e, Lex::And) && self.word_is(c.e + 1, "beyond")
                {
                    c.e += 2;
                }
            }
            // `sometime next year`
            if c.s > 0 && self.word_is(c.s - 1, "sometime") && matches!(c.val, Val::Pt(_)) {
                c.s -= 1;
            }
            c
        })
    }

    /// Core expressions (no leading modifier).
    fn r_core(&self, i: usize) -> Option<Cand> {
        let mut best: Option<Cand> = None;
        let mut take = |c: Option<Cand>| {
            if let Some(c) = c {
                if c.e > c.s && best.as_ref().is_none_or(|b| c.e > b.e) {
                    best = Some(c);
                }
            }
        };
        take(self.r_time(i));
        take(self.r_month_date(i));
        take(self.r_day_month(i));
        take(self.r_numeric_date(i));
        take(self.r_year(i));
        take(self.r_quarter(i));
        take(self.r_season(i));
        take(self.r_rel(i));
        take(self.r_the(i));
        take(self.r_word(i));
        take(self.r_weekday(i));
        take(self.r_duration(i));
        take(self.r_set(i));
        take(self.r_holiday(i));
        take(self.r_ord_day(i));
        // Forms that start with a number (or `the`) only.
        if matches!(self.t.get(i).map(|t| t.k), Some(K::Num { .. })) {
            take(self.r_numeric_short(i));
            take(self.r_quarter_code(i));
            take(self.r_counted_weekday(i));
        } else if self.has(i, Lex::The) {
            take(self.r_bare_dom(i));
        } else if self
            .find(i, |l| if let Lex::Num(n) = l { Some(n) } else { None })
            .is_some()
        {
            take(self.r_counted_weekday(i));
        }
        best
    }

    /// The day under discussion: the last mentioned day, else the anchor.
    fn last_day(&self) -> Option<Date> {
        match self.last {
            Some(Pt::Day(d)) | Some(Pt::DayPart(d, _)) | Some(Pt::Time(d, _, _)) => Some(d),
            _ => self.anchor,
        }
    }
}

impl Val {
    /// The TIMEX3 value string.
    pub(crate) fn value(&self) -> String {
        match self {
            Val::Pt(p) => p.value(),
            Val::Str(s) => s.clone(),
        }
    }
}
