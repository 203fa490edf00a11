//! Recognition and resolution rules over tokens.

mod around;
mod calendar;
mod clock;
mod compose;
mod holidays;
mod names;
mod relative;

use jiff::civil::Date;

use crate::lex::{Approx, Lex, Lexicon, ModW, Prep, RefW, Rel, Suf, Tok, Unit, K, NO_ID};
use crate::pt::{
    add_days, add_months, days_between, quarter_of, season_of, wd_num, week_of, ymd, Pt,
};
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

fn derived(c: Option<Cand>) -> Option<Cand> {
    c.map(|c| Cand {
        refable: false,
        ..c
    })
}

fn date_pt(s: usize, e: usize, p: Pt) -> Option<Cand> {
    let kind = match p {
        Pt::Time(..) | Pt::DayPart(..) => TimexKind::Time,
        _ => TimexKind::Date,
    };
    cand(s, e, kind, Val::Pt(p))
}

fn str_c(s: usize, e: usize, kind: TimexKind, v: impl Into<String>) -> Option<Cand> {
    cand(s, e, kind, Val::Str(v.into()))
}

fn unit_code(u: Unit) -> (&'static str, bool, u32) {
    // (letter, is-time, multiplier)
    match u {
        Unit::Second => ("S", true, 1),
        Unit::Minute => ("M", true, 1),
        Unit::Hour => ("H", true, 1),
        Unit::Day => ("D", false, 1),
        Unit::Week => ("W", false, 1),
        Unit::Fortnight => ("W", false, 2),
        Unit::Month => ("M", false, 1),
        Unit::Quarter => ("Q", false, 1),
        Unit::Year => ("Y", false, 1),
        Unit::Decade => ("E", false, 1),
        Unit::Century => ("C", false, 1),
        Unit::Weekend => ("WE", false, 1),
    }
}

/// A duration value: `P3D`, `PT2H`, `PXY`; `None` for an unspecified count.
pub(crate) fn dur_value(n: Option<u32>, u: Unit) -> String {
    let (l, time, mul) = unit_code(u);
    let (l, mul) = match (u, n) {
        (Unit::Quarter, _) => ("M", 3),
        (Unit::Decade, Some(_)) => ("Y", 10),
        (Unit::Century, Some(_)) => ("Y", 100),
        _ => (l, mul),
    };
    let num = n.map_or_else(|| "X".to_string(), |n| n.saturating_mul(mul).to_string());
    if time {
        format!("PT{num}{l}")
    } else {
        format!("P{num}{l}")
    }
}

/// Verbs whose `to`-infinitive points ahead.
const INTENT: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "going",
    "hopes",
    "hope",
    "hoped",
    "intends",
    "intend",
    "wants",
    "want",
    "agreed",
    "promised",
    "decided",
    "aims",
    "seeks",
    "likely",
    "ready",
    "scheduled",
    "expected",
    "due",
    "set",
    "plans",
    "planned",
    "planning",
    "plan",
    "vowed",
    "pledged",
    "threatened",
    "prepared",
    "prepares",
    "poised",
    "about",
    "tries",
    "trying",
];

const STOP_BEFORE_NUM: &[&str] = &[
    "version",
    "v",
    "room",
    "rooms",
    "flight",
    "no",
    "number",
    "route",
    "page",
    "pages",
    "suite",
    "box",
    "apt",
    "windows",
    "model",
    "highway",
    "interstate",
    "channel",
    "jersey",
    "pin",
    "code",
    "ext",
    "tel",
    "phone",
    "fax",
    "unit",
    "gate",
    "platform",
    "bus",
    "exit",
    "title",
];

const STOP_AFTER_NUM: &[&str] = &[
    "people",
    "persons",
    "residents",
    "votes",
    "troops",
    "soldiers",
    "workers",
    "students",
    "cases",
    "deaths",
    "copies",
    "points",
    "feet",
    "foot",
    "meters",
    "metres",
    "miles",
    "km",
    "kilometers",
    "kilometres",
    "dollars",
    "euros",
    "yuan",
    "pounds",
    "shares",
    "cars",
    "jobs",
    "homes",
    "times",
    "percent",
    "tons",
    "tonnes",
    "members",
    "employees",
    "yards",
    "pages",
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "drive",
    "lane",
    "way",
    "square",
    "place",
    "calories",
    "units",
    "barrels",
    "acres",
    "hectares",
    "seats",
    "rupees",
    "francs",
    "marks",
    "yen",
    "lire",
    "pesos",
    "cents",
    "victims",
    "prisoners",
    "refugees",
    "delegates",
    "children",
    "women",
    "men",
    "visitors",
    "passengers",
    "users",
    "items",
    "voters",
    "per",
    "kg",
    "ounces",
    "liters",
    "litres",
    "gallons",
    "degrees",
    "runs",
    "goals",
];

impl<'a> Doc<'a> {
    fn lx(&self, i: usize) -> &'a [Lex] {
        match self.t.get(i).map(|t| t.k) {
            Some(K::Word { id, .. }) if id != NO_ID => self.lex.entry(id),
            _ => &[],
        }
    }

    fn find<T>(&self, i: usize, f: impl Fn(Lex) -> Option<T>) -> Option<T> {
        self.lx(i).iter().find_map(|&l| f(l))
    }

    fn has(&self, i: usize, l: Lex) -> bool {
        self.lx(i).contains(&l)
    }

    fn is_p(&self, i: usize, c: u8) -> bool {
        matches!(self.t.get(i).map(|t| t.k), Some(K::P(x)) if x == c)
    }

    fn attached(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.space_before)
    }

    fn cap(&self, i: usize) -> bool {
        matches!(self.t.get(i).map(|t| t.k), Some(K::Word { cap: true, .. }))
    }

    fn upper(&self, i: usize) -> bool {
        matches!(
            self.t.get(i).map(|t| t.k),
            Some(K::Word { upper: true, .. })
        )
    }

    fn word(&self, i: usize) -> &'a str {
        match self.t.get(i) {
            Some(t) if matches!(t.k, K::Word { .. }) => self.text.get(t.s..t.e).unwrap_or(""),
            _ => "",
        }
    }

    fn word_is(&self, i: usize, w: &str) -> bool {
        self.word(i).eq_ignore_ascii_case(w)
    }

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

    fn prep(&self, i: usize) -> Option<Prep> {
        self.find(i, |l| if let Lex::Prep(p) = l { Some(p) } else { None })
    }

    fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        self.find(i, |l| match l {
            Lex::Unit(u) => Some((u, false)),
            Lex::Units(u) => Some((u, true)),
            _ => None,
        })
    }

    fn rel(&self, i: usize) -> Option<Rel> {
        self.find(i, |l| if let Lex::Rel(r) = l { Some(r) } else { None })
    }

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

    fn season(&self, i: usize) -> Option<u8> {
        self.find(i, |l| {
            if let Lex::Season(s) = l {
                Some(s)
            } else {
                None
            }
        })
    }

    fn part(&self, i: usize) -> Option<u8> {
        self.find(i, |l| if let Lex::Part(s) = l { Some(s) } else { None })
    }

    fn modw(&self, i: usize) -> Option<ModW> {
        self.find(i, |l| if let Lex::Mod(s) = l { Some(s) } else { None })
    }

    /// Sentence boundary just before token `i`.
    fn boundary_before(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1) else {
            return true;
        };
        match self.t.get(prev).map(|t| t.k) {
            Some(K::P(b'.' | b'!' | b'?' | b';' | b'"' | b'`')) => true,
            // AP-style closing quote `''`
            Some(K::P(b'\'')) if prev > 0 && self.is_p(prev - 1, b'\'') => true,
            _ => self.t.get(i).is_some_and(|t| {
                t.space_before
                    && self
                        .text
                        .get(self.t.get(prev).map_or(0, |p| p.e)..t.s)
                        .is_some_and(|g| g.contains('\n'))
            }),
        }
    }

    /// Tense around tokens `s..e`: the closest tense cue wins.
    /// The direction for a date the text does not place: the option when it is not `auto`,
    /// else the tense around `s..e`.
    pub(crate) fn tense(&self, s: usize, e: usize) -> Tense {
        match self.prefer {
            crate::Prefer::Auto => self.text_tense(s, e),
            crate::Prefer::Past => Tense::Past,
            crate::Prefer::Future => Tense::Future,
        }
    }

    /// The tense the text gives an expression at `s..e`.
    pub(crate) fn text_tense(&self, s: usize, e: usize) -> Tense {
        // `until Tuesday`, `as soon as Tuesday`, `as early as Tuesday`
        let mut p = s;
        if p > 0 && self.prep(p - 1) == Some(Prep::On) {
            p -= 1;
        }
        if p > 0 && self.prep(p - 1) == Some(Prep::Until) && !self.boundary_before(p - 1) {
            return Tense::Future;
        }
        // `Wednesday's ruling` names a day already known: the latest one.
        if self.is_p(e, b'\'') && self.word_is(e + 1, "s") {
            return Tense::Unknown;
        }
        if p > 2
            && self.prep(p - 1) == Some(Prep::As)
            && (self.word_is(p - 2, "soon") || self.word_is(p - 2, "early"))
        {
            return Tense::Future;
        }
        let mut back = None;
        let mut k = s;
        let mut dist = 0;
        while k > 0 && dist < 14 {
            if self.boundary_before(k) && dist > 0 {
                break;
            }
            k -= 1;
            dist += 1;
            if let Some(t) = self.cue(k) {
                back = Some((t, dist));
                break;
            }
            if self.boundary_before(k) {
                break;
            }
        }
        let mut fwd = None;
        let mut k = e;
        let mut dist = 0;
        while k < self.t.len() && dist < 8 {
            if self.boundary_before(k) {
                break;
            }
            if let Some(t) = self.cue(k) {
                fwd = Some((t, dist + 1));
                break;
            }
            k += 1;
            dist += 1;
        }
        match (back, fwd) {
            (Some((b, db)), Some((f, df))) => {
                if df + 1 < db {
                    f
                } else {
                    b
                }
            }
            (Some((b, _)), None) => b,
            (None, Some((f, _))) => f,
            (None, None) => Tense::Unknown,
        }
    }

    fn cue(&self, k: usize) -> Option<Tense> {
        let l = self.lx(k);
        let w = self.word(k);
        if w.len() >= 4 && w.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("plan")) {
            // `plans to`, `planned to`: ahead; `vacation plans`: no cue.
            return if self.has(k + 1, Lex::To) {
                Some(Tense::Future)
            } else {
                None
            };
        }
        if w.eq_ignore_ascii_case("set") {
            // `set to`, `set for`: ahead; `set aside`: no cue.
            let ahead = self.has(k + 1, Lex::To) || self.prep(k + 1) == Some(Prep::For);
            return if ahead { Some(Tense::Future) } else { None };
        }
        if l.contains(&Lex::Fut) {
            // `'ll`, `will`, `would` ... ; `would` after `said` still points ahead.
            return Some(Tense::Future);
        }
        if l.contains(&Lex::Past) {
            return Some(Tense::Past);
        }
        if l.contains(&Lex::Pres) {
            return Some(Tense::Unknown);
        }
        // A headline's `to` + verb is its future (`TALKS TO RESUME MONDAY`).
        if l.contains(&Lex::To) && self.upper(k) && self.upper(k + 1) && self.lx(k + 1).is_empty() {
            return Some(Tense::Future);
        }
        if l.contains(&Lex::To)
            && self.is_word(k + 1)
            && self.lx(k + 1).is_empty()
            && !self.cap(k + 1)
        {
            // `to` + verb after a verb of intent looks ahead (`is to resume trading Tuesday`,
            // `hopes to finish Friday`), unless in the past perfect (`had been due to expire`);
            // a purpose clause (`fell on Friday to close at $20`) says nothing.
            let intent = k.checked_sub(1).is_some_and(|p| {
                INTENT.iter().any(|w| self.word_is(p, w)) || self.lx(p).contains(&Lex::Fut)
            });
            if !intent {
                return None;
            }
            let had = (k.saturating_sub(4)..k).any(|p| self.word_is(p, "had"));
            return Some(if had { Tense::Past } else { Tense::Future });
        }
        match self.t.get(k).map(|t| t.k) {
            Some(K::Word {
                ed: true,
                cap: false,
                ..
            }) if l.is_empty() => {
                // A participle after `be` (`will be named`, `is expected`): the auxiliary
                // further back decides.
                let aux = k.checked_sub(1).is_some_and(|p| {
                    ["be", "been", "being", "is", "are"]
                        .iter()
                        .any(|w| self.word_is(p, w))
                });
                if aux {
                    None
                } else {
                    Some(Tense::Past)
                }
            }
            _ => None,
        }
    }

    // ---------------------------------------------------------------- resolution helpers

    /// A month (and day) without a year: the nearest occurrence, biased by tense.
    fn month_year(&self, m: i8, d: Option<i8>, tense: Tense) -> Option<i32> {
        self.nearest_year(|y| ymd(y, m, d.unwrap_or(15)), tense)
    }

    /// The year (anchor year - 1, + 0 or + 1) whose day `f(year)` is nearest the anchor; the
    /// past is preferred unless the tense points ahead.
    fn nearest_year(&self, f: impl Fn(i32) -> Option<Date>, tense: Tense) -> Option<i32> {
        let a = self.anchor?;
        let y = i32::from(a.year());
        let mut best = (i64::MAX, y);
        let strict = self.prefer != crate::Prefer::Auto;
        for cy in [y - 1, y, y + 1] {
            let Some(c) = f(cy) else { continue };
            let Some(diff) = days_between(a, c) else {
                continue;
            };
            let mut cost = diff.abs();
            if strict && (tense == Tense::Future && diff < 0 || tense == Tense::Past && diff > 0) {
                cost += 1000;
            }
            cost += match tense {
                Tense::Past if diff > 0 => 200,
                Tense::Unknown if diff > 0 => 100,
                Tense::Future if diff < 0 => 200,
                _ => 0,
            };
            if cost < best.0 {
                best = (cost, cy);
            }
        }
        Some(best.1)
    }

    /// A bare weekday, by tense: the latest one on or before the anchor for the past, the
    /// next one on or after for the future.
    fn weekday_date(&self, w: i8, tense: Tense, rel: Option<Rel>) -> Option<Date> {
        let a = self.anchor?;
        let cur = wd_num(a);
        let back = i32::from((cur - w).rem_euclid(7));
        let fwd = i32::from((w - cur).rem_euclid(7));
        let off = match rel {
            Some(Rel::Last | Rel::Past | Rel::Prev) => {
                if back == 0 {
                    -7
                } else {
                    -back
                }
            }
            Some(Rel::Next | Rel::Following) => {
                if fwd == 0 {
                    7
                } else {
                    fwd
                }
            }
            Some(Rel::This) => {
                if tense == Tense::Past {
                    -back
                } else {
                    fwd
                }
            }
            _ => match tense {
                Tense::Future => fwd,
                _ => -back,
            },
        };
        add_days(a, i64::from(off))
    }

    fn anchor_pt(&self, u: Unit) -> Option<Pt> {
        let a = self.anchor?;
        let y = i32::from(a.year());
        Some(match u {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Pt::Day(a),
            Unit::Week | Unit::Fortnight => week_of(a),
            Unit::Weekend => match week_of(a) {
                Pt::Week(y, w) => Pt::Weekend(y, w),
                p => p,
            },
            Unit::Month => Pt::Month(y, a.month()),
            Unit::Quarter => Pt::Quarter(y, quarter_of(a.month())),
            Unit::Year => Pt::Year(y),
            Unit::Decade => Pt::Decade(y.div_euclid(10)),
            Unit::Century => Pt::Century(y.div_euclid(100)),
        })
    }

    /// The last completed quarter before the anchor (`the latest quarter`).
    fn reported_quarter(&self) -> Option<Pt> {
        let a = self.anchor?;
        Pt::Quarter(i32::from(a.year()), quarter_of(a.month())).shift(-1)
    }

    /// The reference quarter for `the quarter`, `the latest period`.
    fn ref_quarter(&self) -> Option<Pt> {
        if let Some(q) = self.lastq {
            if matches!(q, Pt::Quarter(..) | Pt::Half(..)) {
                return Some(q);
            }
        }
        let a = self.anchor?;
        Pt::Quarter(i32::from(a.year()), quarter_of(a.month())).shift(-1)
    }

    // ---------------------------------------------------------------- rules

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
        take(self.r_numeric_short(i));
        take(self.r_bare_dom(i));
        take(self.r_quarter_code(i));
        take(self.r_counted_weekday(i));
        best
    }

    /// `the second day of an offensive`, `his first day in office`: the day under discussion.
    fn r_ord_day(&self, i: usize) -> Option<Cand> {
        let j = if self.has(i, Lex::The) {
            i + 1
        } else {
            let p = i.checked_sub(1)?;
            if !["his", "her", "its", "their"]
                .iter()
                .any(|w| self.word_is(p, w))
            {
                return None;
            }
            i
        };
        let (n, k) = self.ord(j)?;
        if n > 31 || self.unit(k) != Some((Unit::Day, false)) || self.is_p(k + 1, b'-') {
            return None;
        }
        if self.is_p(k + 1, b'\'') || self.cap(k) {
            return None;
        }
        match self.last_day() {
            Some(d) => derived(date_pt(i, k + 1, Pt::Day(d))),
            None => str_c(i, k + 1, TimexKind::Date, "XXXX-XX-XX"),
        }
    }

    /// `about two years`, `nearly forty years`, `more than a year`, `up to 180 days`.
    fn r_approx(&self, i: usize) -> Option<Cand> {
        // `right now`: TimeBank mostly marks `now` alone.
        if self.word_is(i, "right") {
            return None;
        }
        // `at least 30 days`, `no more than sixty days`
        if (self.word_is(i, "at") && self.word_is(i + 1, "least"))
            || (self.word_is(i, "no") && self.word_is(i + 1, "more") && self.has(i + 2, Lex::Than))
        {
            let j = if self.word_is(i, "at") { i + 2 } else { i + 3 };
            let m = if self.word_is(i, "at") {
                Modifier::MoreThan
            } else {
                Modifier::LessThan
            };
            let c = self.r_duration(j)?;
            return Some(Cand {
                s: i,
                modifier: Some(m),
                ..c
            });
        }
        let a = self.find(i, |l| {
            if let Lex::Approx(a) = l {
                Some(a)
            } else {
                None
            }
        })?;
        let mut j = i + 1;
        // `More recently`
        if a == Approx::More && self.word_is(i, "more") {
            if let Some(Lex::Ref(RefW::Past)) = self.lx(i + 1).first() {
                if self.word_is(i + 1, "recently") {
                    return str_c(i, i + 2, TimexKind::Date, "PAST_REF");
                }
            }
        }
        // `for some time`
        if self.word_is(i, "some")
            && self.word_is(i + 1, "time")
            && i > 0
            && self.prep(i - 1) == Some(Prep::For)
        {
            return str_c(i, i + 2, TimexKind::Duration, "PXX");
        }
        if a == Approx::About && (self.word_is(i, "around") || self.word_is(i, "about")) {
            // `around 7:15 p.m.`, `around Nov. 1`
            // `around next tuesday`, `around next week`
            let rel_day = || {
                self.r_rel(j)
                    .filter(|c| matches!(c.val, Val::Pt(Pt::Day(_) | Pt::Week(..))))
            };
            if let Some(c) = self
                .r_time(j)
                .or_else(|| self.r_month_date(j))
                .or_else(rel_day)
            {
                return Some(Cand {
                    s: i,
                    modifier: Some(Modifier::Approx),
                    ..c
                });
            }
        }
        let m = match a {
            Approx::More | Approx::Less if self.has(i + 1, Lex::Than) => {
                j += 1;
                if a == Approx::More {
                    Modifier::MoreThan
                } else {
                    Modifier::LessThan
                }
            }
            Approx::More if self.word_is(i, "least") => return None,
            Approx::More | Approx::Less if self.word_is(i, "up") && self.has(i + 1, Lex::To) => {
                j += 1;
                Modifier::LessThan
            }
            Approx::Less if self.word_is(i, "nearly") || self.word_is(i, "almost") => {
                Modifier::LessThan
            }
            Approx::About if !self.word_is(i, "some") || self.num(i + 1).is_some() => {
                Modifier::Approx
            }
            _ => return None,
        };
        let c = self.r_duration(j)?;
        Some(Cand {
            s: i,
            modifier: Some(m),
            ..c
        })
    }

    /// `early 2023`, `late November`, `mid-August`, `the end of the year`, `the beginning of 1990`.
    fn r_mod(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        if self.has(j, Lex::The) {
            j += 1;
        }
        let m = self.modw(j)?;
        let the = j > i;
        j += 1;
        let decade_next = matches!(
            self.t.get(j + usize::from(self.is_p(j, b'-'))).map(|t| t.k),
            Some(K::Num {
                len: 4,
                suf: Suf::S,
                ..
            })
        ) || self.has(j + usize::from(self.is_p(j, b'-')), Lex::DecadeWord(9))
            || (2..9).any(|d| self.has(j + usize::from(self.is_p(j, b'-')), Lex::DecadeWord(d)))
            || self.is_p(j + usize::from(self.is_p(j, b'-')), b'\'')
            // `the late 19th century`
            || self
                .ord(j)
                .is_some_and(|(_, k)| self.unit(k) == Some((Unit::Century, false)));
        let needs_of = matches!(m, ModW::End | ModW::Start) || the && !decade_next;
        if needs_of {
            if !self.has(j, Lex::Of) {
                return None;
            }
            j += 1;
        } else if self.is_p(j, b'-') {
            j += 1;
        }
        if self.word_is(i, "late") && !self.attached(j) && self.is_word(j) && self.lx(j).is_empty()
        {
            return None;
        }
        let inner = self.r_core(j)?;
        if inner.s != j {
            return None;
        }
        // Only calendar periods take these modifiers.
        match &inner.val {
            Val::Pt(_) => {}
            Val::Str(v) if v.starts_with('X') => {}
            _ => return None,
        }
        let modifier = Some(match m {
            ModW::Early => Modifier::Early,
            ModW::Late => Modifier::Late,
            ModW::Mid => Modifier::Mid,
            ModW::End => Modifier::End,
            ModW::Start => Modifier::Start,
        });
        Some(Cand {
            s: i,
            modifier,
            ..inner
        })
    }

    /// Clock times: `3 p.m.`, `10:30 a.m. EST`, `15:30`, `noon`, followed by an optional day.
    fn r_time(&self, i: usize) -> Option<Cand> {
        let (h, m, mut j) = self.clock(i)?;
        // Optional time zone.
        if self.word_is(j, "local") && self.word_is(j + 1, "time") {
            j += 2;
        } else if self.upper(j)
            && matches!(
                self.word(j),
                "EST"
                    | "EDT"
                    | "ET"
                    | "GMT"
                    | "UTC"
                    | "PST"
                    | "PDT"
                    | "CST"
                    | "CDT"
                    | "BST"
                    | "CET"
            )
        {
            j += 1;
        }
        // Optional day: `Wednesday`, `today`, `Aug. 16`.
        let mut day: Option<(Date, usize)> = None;
        let mut k = j;
        if self.prep(k) == Some(Prep::On) || self.is_p(k, b',') && self.month(k + 1).is_some() {
            k += 1;
        }
        if let Some(w) = self.weekday(k) {
            let tense = self.tense(i, k + 1);
            if let Some(d) = self.weekday_date(w, tense, None) {
                day = Some((d, k + 1));
            } else {
                return str_c(
                    i,
                    k + 1,
                    TimexKind::Time,
                    format!("XXXX-WXX-{w}T{h:02}:{m:02}"),
                );
            }
        } else if let Some(off) = self.find(k, |l| if let Lex::Day(d) = l { Some(d) } else { None })
        {
            if let Some(a) = self.anchor {
                day = add_days(a, i64::from(off)).map(|d| (d, k + 1));
            }
        } else if let Some(c) = self.r_month_date(k) {
            if let Val::Pt(Pt::Day(d)) = c.val {
                day = Some((d, c.e));
            }
        }
        let (d, e) = match day {
            Some(x) => x,
            None => match self.last_day() {
                Some(d) => (d, j),
                None => return str_c(i, j, TimexKind::Time, format!("XXXX-XX-XXT{h:02}:{m:02}")),
            },
        };
        date_pt(i, e, Pt::Time(d, h, m))
    }

    fn last_day(&self) -> Option<Date> {
        match self.last {
            Some(Pt::Day(d)) | Some(Pt::DayPart(d, _)) | Some(Pt::Time(d, _, _)) => Some(d),
            _ => self.anchor,
        }
    }

    /// A day-of-month number at `i` (`16`, `16th`).
    fn dom(&self, i: usize) -> Option<i8> {
        match self.t.get(i).map(|t| t.k) {
            Some(K::Num {
                v,
                len: 1..=2,
                suf: Suf::None | Suf::Ord,
                grouped: false,
            }) if (1..=31).contains(&v) => i8::try_from(v).ok(),
            _ => None,
        }
    }

    /// A four-digit year at `i`.
    fn year_num(&self, i: usize) -> Option<i32> {
        match self.t.get(i).map(|t| t.k) {
            Some(K::Num {
                v,
                len: 4,
                suf: Suf::None,
                grouped: false,
            }) if (1000..=2199).contains(&v) => i32::try_from(v).ok(),
            _ => None,
        }
    }

    /// Month token plus its abbreviation period.
    fn month_tok(&self, i: usize) -> Option<(i8, usize)> {
        let m = self.month(i)?;
        let len = self.word(i).len();
        let mut j = i + 1;
        // `Aug.` keeps its period; a full name (`May`, `June`, `July`) ends before the full stop.
        let full = self.word_is(i, "may") || self.word_is(i, "june") || self.word_is(i, "july");
        if len <= 4 && !full && self.is_p(j, b'.') && self.attached(j) {
            j += 1;
        }
        Some((m, j))
    }

    /// `Aug. 16, 2023`, `August 16`, `August 2023`, `August`, `Wednesday, Aug. 16`.
    fn r_month_date(&self, i: usize) -> Option<Cand> {
        let (m, mut j) = self.month_tok(i)?;
        let abbrev3 = self.word(i).len() == 3 && !self.word_is(i, "may");
        if let Some((d, dj)) = self
            .dom(j)
            .map(|d| (d, j))
            .or_else(|| self.spelled_dom(i, j))
        {
            // Not `May 5-4` scores or `March 3:15`.
            if self.is_p(dj + 1, b':')
                && self.attached(dj + 1)
                && self.attached(dj + 2)
                && self.num(dj + 2).is_some()
            {
                return None;
            }
            j = dj + 1;
            let mut k = j;
            if self.is_p(k, b',') {
                k += 1;
            }
            if let Some(y) = self.year_num(k) {
                let d0 = ymd(y, m, d)?;
                return date_pt(i, k + 1, Pt::Day(d0));
            }
            let tense = self.tense(i, j);
            return match self.month_year(m, Some(d), tense) {
                Some(y) => date_pt(i, j, Pt::Day(ymd(y, m, d)?)),
                None => str_c(i, j, TimexKind::Date, format!("XXXX-{m:02}-{d:02}")),
            };
        }
        // `August 2023`, `August of 2023`, `August, 2023`
        let mut k = j;
        if self.has(k, Lex::Of) || self.is_p(k, b',') {
            k += 1;
        }
        if let Some((y, e)) = self.year_at(k) {
            return date_pt(i, e, Pt::Month(y, m));
        }
        if abbrev3 {
            return None;
        }
        // Bare month: `May` and `March` need a cue before.
        let ambiguous = self.word_is(i, "may") || self.word_is(i, "march");
        let prev = i.checked_sub(1);
        let cue = prev.is_some_and(|p| {
            matches!(
                self.prep(p),
                Some(
                    Prep::In
                        | Prep::Since
                        | Prep::By
                        | Prep::Until
                        | Prep::During
                        | Prep::Through
                        | Prep::Before
                        | Prep::After
                        | Prep::From
                )
            ) || self.has(p, Lex::To)
                || self.has(p, Lex::Of)
                || self.modw(p).is_some()
                || self.is_p(p, b'-')
        });
        // `the March accession`, `the May elections`: a determiner and a common noun.
        let the_noun = prev.is_some_and(|p| self.has(p, Lex::The))
            && self.is_word(j)
            && !self.cap(j)
            && self.lx(j).is_empty();
        // `March` as a line of its own is the month.
        if ambiguous && !cue && !the_noun && !self.alone_on_line(i, j) {
            return None;
        }
        if !cue && self.cap(j) && self.lx(j).is_empty() {
            return None; // a name: `August Wilson`
        }
        // `August last year`, `January this year`, `June next year`
        if let (Some(r), Some((Unit::Year, false))) = (self.rel(j), self.unit(j + 1)) {
            if let Some(a) = self.anchor {
                let y = i32::from(a.year());
                let y = match r {
                    Rel::Last | Rel::Prev | Rel::Past => y - 1,
                    Rel::Next | Rel::Following => y + 1,
                    Rel::This => y,
                    _ => return None,
                };
                return date_pt(i, j + 2, Pt::Month(y, m));
            }
        }
        // `from April to September`: the range's end follows its start.
        if i >= 2
            && (self.has(i - 1, Lex::To)
                || matches!(self.prep(i - 1), Some(Prep::Through | Prep::Until)))
        {
            if let Some(Pt::Month(y1, m1)) = self.last {
                if self.month(i - 2) == Some(m1) {
                    let y = if m >= m1 { y1 } else { y1 + 1 };
                    return date_pt(i, j, Pt::Month(y, m));
                }
            }
        }
        let tense = self.tense(i, j);
        match self.month_year(m, None, tense) {
            Some(y) => date_pt(i, j, Pt::Month(y, m)),
            None => str_c(i, j, TimexKind::Date, format!("XXXX-{m:02}")),
        }
    }

    /// `16 August 2023`, `16th of August`.
    fn r_day_month(&self, i: usize) -> Option<Cand> {
        // `the 1st of March`
        if self.has(i, Lex::The) && self.has(i + 2, Lex::Of) && self.ord(i + 1).is_some() {
            return self.r_day_month(i + 1).map(|c| Cand { s: i, ..c });
        }
        let d = self.dom(i)?;
        let mut j = i + 1;
        if self.has(j, Lex::Of) {
            j += 1;
        }
        let (m, mut j) = self.month_tok(j)?;
        if self.is_p(j, b',') && self.year_num(j + 1).is_some() {
            j += 1;
        }
        if let Some(y) = self.year_num(j) {
            return date_pt(i, j + 1, Pt::Day(ymd(y, m, d)?));
        }
        let tense = self.tense(i, j);
        match self.month_year(m, Some(d), tense) {
            Some(y) => date_pt(i, j, Pt::Day(ymd(y, m, d)?)),
            None => str_c(i, j, TimexKind::Date, format!("XXXX-{m:02}-{d:02}")),
        }
    }

    /// `2023-08-16`, `8/16/2023`, `8/16/23`.
    fn r_numeric_date(&self, i: usize) -> Option<Cand> {
        let (a, alen) = self.num(i)?;
        let sep = match self.t.get(i + 1).map(|t| t.k) {
            Some(K::P(c @ (b'-' | b'/'))) => c,
            _ => return None,
        };
        if !(self.attached(i + 1)
            && self.attached(i + 2)
            && self.attached(i + 3)
            && self.attached(i + 4))
        {
            return None;
        }
        let (b, _) = self.num(i + 2)?;
        if !self.is_p(i + 3, sep) {
            return None;
        }
        let (c, clen) = self.num(i + 4)?;
        // No trailing separator + digit (`1-800-555-2018` phone numbers).
        if (self.is_p(i + 5, b'-') || self.is_p(i + 5, b'/')) && self.attached(i + 5) {
            return None;
        }
        if i > 0 && self.attached(i) && (self.is_p(i - 1, b'-') || self.is_p(i - 1, b'/')) {
            return None;
        }
        let (y, m, d) = if sep == b'-' && alen == 4 {
            (i32::try_from(a).ok()?, b, c)
        } else if sep == b'/' && alen <= 2 && (clen == 4 || clen == 2) {
            let y = i32::try_from(c).ok()?;
            let y = if clen == 2 {
                if y < 50 {
                    2000 + y
                } else {
                    1900 + y
                }
            } else {
                y
            };
            (y, a, b)
        } else {
            return None;
        };
        let d0 = ymd(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?)?;
        date_pt(i, i + 5, Pt::Day(d0))
    }

    /// Years, decades, centuries, `fiscal 1989`, `the 1990s`, `'90s`, `the 21st century`.
    fn r_year(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        let the = self.has(j, Lex::The);
        if the {
            j += 1;
        }
        // `the 21st century`, `20th century`
        if let Some((o, k)) = self.ord(j) {
            if let Some((Unit::Century, false)) = self.unit(k) {
                let c = i32::try_from(o).ok()?.checked_sub(1)?;
                return date_pt(i, k + 1, Pt::Century(c));
            }
        }
        // `the nineties`, `the early eighties` (via r_mod); not `in his early forties`.
        if let Some(d) = self.find(j, |l| {
            if let Lex::DecadeWord(d) = l {
                Some(d)
            } else {
                None
            }
        }) {
            let after_the_mod = i > 1
                && self.modw(i - 1).is_some()
                && (self.has(i - 2, Lex::The)
                    || self.is_p(i - 1, b'-') && self.has(i.saturating_sub(3), Lex::The));
            if the || after_the_mod {
                return date_pt(i, j + 1, Pt::Decade(190 + i32::from(d)));
            }
            return None;
        }
        // `'90s`
        if self.is_p(j, b'\'') {
            if let Some(K::Num {
                v,
                len: 2,
                suf: Suf::S,
                ..
            }) = self.t.get(j + 1).map(|t| t.k)
            {
                if self.attached(j + 1) && v % 10 == 0 {
                    let v = i32::try_from(v).ok()?;
                    return date_pt(i, j + 2, Pt::Decade(190 + v / 10));
                }
            }
            return None;
        }
        if let Some(K::Num {
            v,
            len: 4,
            suf: Suf::S,
            grouped: false,
        }) = self.t.get(j).map(|t| t.k)
        {
            let v = i32::try_from(v).ok()?;
            if (1000..2200).contains(&v) && v % 10 == 0 {
                if v % 100 == 0
                    && self
                        .anchor
                        .is_none_or(|a| v / 100 != i32::from(a.year()) / 100)
                {
                    return date_pt(i, j + 1, Pt::Century(v / 100));
                }
                return date_pt(i, j + 1, Pt::Decade(v / 10));
            }
        }
        // `nineteen ninety-six`, `the year two thousand`
        let mut jj = j;
        if the && self.unit(jj) == Some((Unit::Year, false)) {
            jj += 1;
        }
        if let Some((y, e)) = self.spoken_year(jj) {
            if jj > j || !the {
                return date_pt(i, e, Pt::Year(y));
            }
        }
        let fiscal = self.has(j, Lex::Fiscal);
        if fiscal {
            j += 1;
            if let Some((Unit::Year, false)) = self.unit(j) {
                j += 1;
            }
        }
        let y = self.year_num(j)?;
        if !fiscal && !self.plausible_year(j, y) {
            return None;
        }
        if the && !fiscal {
            // `the 1988 period`
            let u = self.unit(j + 1);
            if u == Some((Unit::Quarter, false)) || self.word_is(j + 1, "period") {
                // `the 1988 quarter`, `the 1989 period`: the quarter under discussion, that year.
                if let Some(Pt::Quarter(_, q)) = self.lastq {
                    return derived(date_pt(i, j + 2, Pt::Quarter(y, q)));
                }
                return date_pt(i, j + 2, Pt::Year(y));
            }
            if u == Some((Unit::Year, false)) {
                return date_pt(i, j + 2, Pt::Year(y));
            }
            return None;
        }
        date_pt(i, j + 1, Pt::Year(y))
    }

    /// The second day of a range after a full date: `April 24 and 25`, `March 5-7`.
    pub(crate) fn range_tail(&self, e: usize, p: Pt) -> Option<Cand> {
        let Pt::Day(d) = p else { return None };
        let joined = self.is_p(e, b'-') && self.attached(e) && self.attached(e + 1)
            || self.has(e, Lex::And)
            || self.has(e, Lex::To)
            || self.prep(e) == Some(Prep::Through);
        if !joined {
            return None;
        }
        let day = self.dom(e + 1)?;
        if day <= d.day() || self.month(e + 2).is_some() || self.unit(e + 2).is_some() {
            return None;
        }
        if let Some(K::P(b'-' | b'/' | b':' | b'%')) = self.t.get(e + 2).map(|t| t.k) {
            if self.attached(e + 2) {
                return None;
            }
        }
        let d2 = ymd(i32::from(d.year()), d.month(), day)?;
        date_pt(e + 1, e + 2, Pt::Day(d2))
    }

    /// A year in digits or words.
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        match self.year_num(i) {
            Some(y) => Some((y, i + 1)),
            None => self.spoken_year(i),
        }
    }

    /// A year in words: `nineteen ninety-six`, `two thousand`.
    fn spoken_year(&self, i: usize) -> Option<(i32, usize)> {
        let num = |k: usize| self.find(k, |l| if let Lex::Num(n) = l { Some(n) } else { None });
        let a = num(i)?;
        if a == 2 && self.word_is(i + 1, "thousand") && self.unit(i + 2).is_none() {
            // `two thousand ten`, `two thousand and twenty-three`
            let k = if self.has(i + 2, Lex::And) {
                i + 3
            } else {
                i + 2
            };
            if let Some(t) = num(k).filter(|t| (1..=99).contains(t)) {
                let j = if self.is_p(k + 1, b'-') { k + 2 } else { k + 1 };
                if let Some(u) = num(j).filter(|u| (1..=9).contains(u) && t % 10 == 0 && t >= 20) {
                    return Some((2000 + i32::try_from(t + u).ok()?, j + 1));
                }
                return Some((2000 + i32::try_from(t).ok()?, k + 1));
            }
            return Some((2000, i + 2));
        }
        if !(11..=20).contains(&a) {
            return None;
        }
        let tens = num(i + 1)?;
        if !(20..=90).contains(&tens) || tens % 10 != 0 {
            return None;
        }
        let mut e = i + 2;
        let mut v = tens;
        let k = if self.is_p(e, b'-') { e + 1 } else { e };
        if let Some(u) = num(k).filter(|u| (1..=9).contains(u)) {
            v += u;
            e = k + 1;
        }
        Some((i32::try_from(a * 100 + v).ok()?, e))
    }

    /// Whether the four-digit number at `j` reads as a year.
    fn plausible_year(&self, j: usize, y: i32) -> bool {
        let prev = j.checked_sub(1);
        let prep_before = prev.is_some_and(|p| {
            self.prep(p).is_some() || self.has(p, Lex::Of) || self.month(p).is_some()
        });
        if !(1900..=2050).contains(&y) && !prep_before {
            return false;
        }
        if let Some(p) = prev {
            if let Some(K::P(c)) = self.t.get(p).map(|t| t.k) {
                if matches!(c, b'$' | b'#' | b'+')
                    || (self.attached(j) && matches!(c, b'/' | b':' | b'.' | b','))
                {
                    return false;
                }
                if c == b'-' && self.attached(j) {
                    if let Some(K::Num { v, len, .. }) =
                        p.checked_sub(1).and_then(|q| self.t.get(q)).map(|t| t.k)
                    {
                        if len != 4 || !(1000..=2199).contains(&v) {
                            return false;
                        }
                    }
                }
            }
            if matches!(self.t.get(p).map(|t| t.k), Some(K::Other)) && self.attached(j) {
                // `€2020`, `£2018`
                let s = self
                    .t
                    .get(p)
                    .and_then(|t| self.text.get(t.s..t.e))
                    .unwrap_or("");
                if s != "\u{a9}" {
                    return false;
                }
            }
            let w = self.word(p).to_ascii_lowercase();
            if !w.is_empty() && STOP_BEFORE_NUM.contains(&w.as_str()) {
                return false;
            }
        }
        let next = j + 1;
        if let Some(K::P(c)) = self.t.get(next).map(|t| t.k) {
            if c == b'%' {
                return false;
            }
            if self.attached(next) && matches!(c, b':' | b'/' | b'-' | b'.') {
                if let Some(K::Num { len, .. }) = self.t.get(next + 1).map(|t| t.k) {
                    if self.attached(next + 1) && (c != b'-' || len != 2 && len != 4) {
                        return false;
                    }
                }
            }
        }
        let w = self.word(next).to_ascii_lowercase();
        if !w.is_empty() && STOP_AFTER_NUM.contains(&w.as_str()) {
            return false;
        }
        // Street addresses: `2020 Pennsylvania Avenue`, `1998 Oak St.`
        if self.cap(next) {
            for k in next..next + 3 {
                let w = self.word(k).to_ascii_lowercase();
                if matches!(
                    w.as_str(),
                    "street"
                        | "st"
                        | "avenue"
                        | "ave"
                        | "road"
                        | "rd"
                        | "boulevard"
                        | "blvd"
                        | "drive"
                        | "lane"
                        | "way"
                        | "court"
                        | "place"
                        | "square"
                        | "highway"
                ) {
                    return false;
                }
            }
        }
        // Far-future years need a preposition that points at time: `by 2050`, not `to 2041`.
        if let Some(a) = self.anchor {
            if y > i32::from(a.year()) + 10
                && !prev.is_some_and(|p| {
                    matches!(
                        self.prep(p),
                        Some(
                            Prep::In
                                | Prep::By
                                | Prep::Until
                                | Prep::Before
                                | Prep::After
                                | Prep::Through
                                | Prep::Since
                                | Prep::From
                        )
                    ) || self.has(p, Lex::Of)
                        || self.month(p).is_some()
                })
            {
                return false;
            }
        }
        true
    }

    /// `the third quarter`, `third-quarter`, `Q3 2023`, `the first half of 1990`, `the fiscal first quarter`.
    fn r_quarter(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        let the = self.has(j, Lex::The);
        if the {
            j += 1;
        }
        // `the 1988 second quarter`, `this year's third quarter`, `last year's quarter`
        let mut fixed_year: Option<i32> = None;
        if the {
            if let Some(y) = self.year_num(j) {
                if self.ord(j + 1).is_some() {
                    fixed_year = Some(y);
                    j += 1;
                }
            }
        } else if let (Some(r), Some((Unit::Year, false))) = (self.rel(j), self.unit(j + 1)) {
            if self.is_p(j + 2, b'\'') && self.word_is(j + 3, "s") {
                let a = self.anchor?;
                let y = i32::from(a.year())
                    + match r {
                        Rel::Last | Rel::Prev | Rel::Past => -1,
                        Rel::Next | Rel::Following => 1,
                        Rel::This | Rel::Same => 0,
                        _ => return None,
                    };
                fixed_year = Some(y);
                j += 4;
                if let Some((Unit::Quarter, false)) = self.unit(j) {
                    let q = self.ref_quarter()?;
                    if let Pt::Quarter(_, n) = q {
                        return date_pt(i, j + 1, Pt::Quarter(y, n));
                    }
                }
            }
        }
        if self.has(j, Lex::Fiscal) {
            j += 1;
        }
        // `Q3`, `H1`
        let (n, half, mut k) =
            if (self.word_is(j, "q") || self.word_is(j, "h")) && self.attached(j + 1) {
                let (v, _) = self.num(j + 1)?;
                let half = self.word_is(j, "h");
                if !(1..=if half { 2 } else { 4 }).contains(&v) {
                    return None;
                }
                (v, half, j + 2)
            } else if the && self.word_is(j, "last") && self.has(j + 1, Lex::Half) {
                (2, true, j + 2)
            } else {
                let (o, mut k) = self.ord(j)?;
                if self.is_p(k, b'-') {
                    k += 1;
                }
                if self.has(k, Lex::Half) {
                    if !(1..=2).contains(&o) || !the && !self.is_p(k - 1, b'-') {
                        return None;
                    }
                    (o, true, k + 1)
                } else if let Some((Unit::Quarter, false)) = self.unit(k) {
                    if !(1..=4).contains(&o) {
                        return None;
                    }
                    (o, false, k + 1)
                } else {
                    return None;
                }
            };
        // `the third-quarter results`: the determiner belongs to the noun.
        if the && fixed_year.is_none() && self.is_p(k.wrapping_sub(2), b'-') {
            return None;
        }
        let n = i8::try_from(n).ok()?;
        let mk = |y: i32| {
            if half {
                Pt::Half(y, n)
            } else {
                Pt::Quarter(y, n)
            }
        };
        // `of 1990`, `1990`, `of next year`, `of this year`
        let mut kk = k;
        if self.has(kk, Lex::Of) {
            kk += 1;
        }
        if let Some(y) = self.year_num(kk) {
            return date_pt(i, kk + 1, mk(y));
        }
        if kk > k && self.has(kk, Lex::Fiscal) {
            if let Some(y) = self.year_num(kk + 1) {
                return date_pt(i, kk + 2, mk(y));
            }
        }
        // `the last half of the '80s`: part of a decade or century keeps its value.
        if kk > k {
            if let Some(c) = self.r_year(kk) {
                if matches!(c.val, Val::Pt(Pt::Decade(_) | Pt::Century(_))) {
                    let m = if n == 1 {
                        Modifier::Start
                    } else {
                        Modifier::End
                    };
                    return Some(Cand {
                        s: i,
                        modifier: Some(m),
                        ..c
                    });
                }
            }
        }
        // `the first half of the year`
        if kk > k && self.has(kk, Lex::The) && self.unit(kk + 1) == Some((Unit::Year, false)) {
            if let Some(a) = self.anchor {
                return date_pt(i, kk + 2, mk(i32::from(a.year())));
            }
        }
        if kk > k {
            if let (Some(r), Some((Unit::Year, false))) = (self.rel(kk), self.unit(kk + 1)) {
                if let Some(a) = self.anchor {
                    let y = i32::from(a.year())
                        + match r {
                            Rel::Last | Rel::Prev | Rel::Past => -1,
                            Rel::Next | Rel::Following => 1,
                            _ => 0,
                        };
                    k = kk + 2;
                    return date_pt(i, k, mk(y));
                }
            }
        }
        if let Some(y) = fixed_year {
            return date_pt(i, k, mk(y));
        }
        let Some(a) = self.anchor else {
            return str_c(
                i,
                k,
                TimexKind::Date,
                format!("XXXX-{}{n}", if half { "H" } else { "Q" }),
            );
        };
        let mut y = i32::from(a.year());
        let cur = if half {
            (a.month() - 1) / 6 + 1
        } else {
            quarter_of(a.month())
        };
        // A period later in the year than the document date, told in the past tense, is last year's.
        if n > cur && self.tense(i, k) == Tense::Past {
            y -= 1;
        }
        date_pt(i, k, mk(y))
    }

    /// `summer 2023`, `the summer of 1990`, `this summer`, `last fall`, `the summer`.
    fn r_season(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        let the = self.has(j, Lex::The);
        if the {
            j += 1;
        }
        let s = self.season(j)?;
        let mut k = j + 1;
        if self.has(k, Lex::Of) {
            k += 1;
        }
        if let Some((y, e)) = self.year_at(k) {
            return date_pt(i, e, Pt::Season(y, s));
        }
        let prev_cue = i.checked_sub(1).is_some_and(|p| {
            matches!(
                self.prep(p),
                Some(
                    Prep::In
                        | Prep::During
                        | Prep::Since
                        | Prep::By
                        | Prep::Until
                        | Prep::Through
                        | Prep::Over
                )
            ) || self.modw(p).is_some()
        });
        let verbish = self.word_is(j, "fall") || self.word_is(j, "spring");
        let ends = !self.is_word(j + 1) || self.prep(j + 1).is_some();
        if !prev_cue || !the && verbish && !ends {
            return None;
        }
        let Some(a) = self.anchor else {
            return str_c(
                i,
                j + 1,
                TimexKind::Date,
                format!(
                    "XXXX-{}",
                    crate::pt::SEASONS
                        .get(usize::from(s))
                        .copied()
                        .unwrap_or("SU")
                ),
            );
        };
        let y = i32::from(a.year());
        let cur = season_of(a.month());
        let tense = self.tense(i, j + 1);
        let y = match tense {
            Tense::Past if s > cur => y - 1,
            Tense::Future if s < cur => y + 1,
            _ => y,
        };
        date_pt(i, j + 1, Pt::Season(y, s))
    }

    /// `last year`, `this week`, `next month`, `last Friday`, `this summer`, `last fall`,
    /// `the past decade` (a duration), `the coming weeks`.
    fn r_rel(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        let the = self.has(j, Lex::The);
        if the {
            j += 1;
        }
        let mut r = self.rel(j)?;
        let k = j + 1;
        // `at the last minute`, `a last-minute deal`: idioms.
        if r == Rel::Last
            && self.unit(k) == Some((Unit::Minute, false))
            && (self.is_p(k - 1, b'-')
                || self.is_p(k + 1, b'-')
                || !the
                || i > 0 && self.prep(i - 1) == Some(Prep::At))
        {
            return None;
        }
        // `the last day of his trip`: with its determiner or not at all.
        if !the
            && r == Rel::Last
            && i > 0
            && self.has(i - 1, Lex::The)
            && self.unit(k).is_some()
            && self.has(k + 1, Lex::Of)
        {
            return None;
        }
        // `the past`, `the future` handled in r_the; `this past weekend` is the last one,
        // `this coming week` the next.
        let mut kk = k;
        if r == Rel::This && matches!(self.rel(kk), Some(Rel::Past | Rel::Next)) {
            r = if self.rel(kk) == Some(Rel::Past) {
                Rel::Last
            } else {
                Rel::Next
            };
            kk += 1;
        }
        // `the next morning`, `the following evening`
        if the && matches!(r, Rel::Next | Rel::Following) {
            if let Some(p) = self.part(kk) {
                let d = self.last_day().and_then(|d| d.tomorrow().ok());
                return match d {
                    Some(d) => date_pt(i, kk + 1, Pt::DayPart(d, p)),
                    None => str_c(i, kk + 1, TimexKind::Time, "XXXX-XX-XX"),
                };
            }
        }
        // `last night`
        if r == Rel::Last && !the && self.part(kk) == Some(3) {
            return match self.anchor.and_then(|a| a.yesterday().ok()) {
                Some(d) => date_pt(i, kk + 1, Pt::DayPart(d, 3)),
                None => str_c(i, kk + 1, TimexKind::Time, "XXXX-XX-XXTNI"),
            };
        }
        // `the current fiscal year`, `the latest fiscal year`
        if matches!(
            r,
            Rel::This | Rel::Latest | Rel::Last | Rel::Past | Rel::Prev | Rel::Next
        ) && self.has(kk, Lex::Fiscal)
            && self.unit(kk + 1) == Some((Unit::Year, false))
        {
            let off = match r {
                Rel::Last | Rel::Past | Rel::Prev | Rel::Latest => -1,
                Rel::Next => 1,
                _ => 0,
            };
            return match self.anchor_pt(Unit::Year).and_then(|p| p.shift(off)) {
                Some(p) => date_pt(i, kk + 2, p),
                None => str_c(i, kk + 2, TimexKind::Date, "XXXX"),
            };
        }
        // `last Thanksgiving`, `next Christmas`, `last easter`
        if !the {
            if let Some(c) = self.rel_holiday(i, r, kk) {
                return Some(c);
            }
        }
        // `last/this/next Friday`
        if let Some(w) = self.weekday(kk) {
            if the && !matches!(r, Rel::Prev | Rel::Following) {
                return None;
            }
            let tense = self.tense(i, kk + 1);
            let d = if the {
                // `the previous Friday`, `the following Monday`: from the last mentioned day.
                self.last_day().and_then(|b| {
                    let cur = wd_num(b);
                    let off = if r == Rel::Prev {
                        -i32::from((cur - w - 1).rem_euclid(7) + 1)
                    } else {
                        i32::from((w - cur - 1).rem_euclid(7) + 1)
                    };
                    add_days(b, i64::from(off))
                })
            } else {
                self.weekday_date(w, tense, Some(r))
            };
            let Some(d) = d else {
                return str_c(i, kk + 1, TimexKind::Date, format!("XXXX-WXX-{w}"));
            };
            // `last Friday night`
            if let Some(p) = self.part(kk + 1) {
                return date_pt(i, kk + 2, Pt::DayPart(d, p));
            }
            return date_pt(i, kk + 1, Pt::Day(d));
        }
        // `last/this/next month name`
        if let Some(m) = self.month(kk) {
            if the {
                return None;
            }
            let Some(a) = self.anchor else {
                return str_c(i, kk + 1, TimexKind::Date, format!("XXXX-{m:02}"));
            };
            let y = i32::from(a.year());
            let y = match r {
                Rel::Last | Rel::Past | Rel::Prev => {
                    if m < a.month() {
                        y
                    } else {
                        y - 1
                    }
                }
                Rel::Next | Rel::Following => {
                    if m > a.month() {
                        y
                    } else {
                        y + 1
                    }
                }
                Rel::This => y,
                _ => return None,
            };
            return date_pt(i, kk + 1, Pt::Month(y, m));
        }
        // `last/this/next summer`
        if let Some(s) = self.season(kk) {
            let Some(a) = self.anchor else {
                return str_c(i, kk + 1, TimexKind::Date, "XXXX-XX");
            };
            // Seasons as a running count (year * 4 + season); January and February belong to
            // the winter that began the year before (`2022-WI`).
            let y = i32::from(a.year());
            let cur_s = season_of(a.month());
            let cur = if a.month() <= 2 {
                (y - 1) * 4 + 3
            } else {
                y * 4 + i32::from(cur_s)
            };
            let s4 = i32::from(s);
            let ord = match r {
                Rel::Last | Rel::Past | Rel::Prev => {
                    if s == cur_s && s == 2 {
                        cur
                    } else {
                        // the latest season `s` before the current one
                        let k = cur - 1;
                        k - (k - s4).rem_euclid(4)
                    }
                }
                Rel::Next | Rel::Following | Rel::Latest => {
                    // the first season `s` after the current one
                    let k = cur + 1;
                    k + (s4 - k).rem_euclid(4)
                }
                Rel::This => {
                    if s == cur_s {
                        cur
                    } else {
                        y * 4 + s4
                    }
                }
                _ => return None,
            };
            let y = ord.div_euclid(4);
            return date_pt(i, kk + 1, Pt::Season(y, s));
        }
        // `the past two months`, `the next few days`, `the last 24 hours`: durations.
        if matches!(
            r,
            Rel::Last
                | Rel::Past
                | Rel::Next
                | Rel::Following
                | Rel::Prev
                | Rel::Recent
                | Rel::Latest
        ) {
            if let Some((n, k2)) = self.count(kk) {
                if let Some((u, plural)) = self.unit(k2) {
                    if plural || n == Some(1) {
                        return str_c(i, k2 + 1, TimexKind::Duration, dur_value(n, u));
                    }
                }
                // `the next 12 to 18 months`
                if self.has(k2, Lex::To) || self.has(k2, Lex::Or) {
                    if let Some(c) = self.r_duration(kk) {
                        if c.kind == TimexKind::Duration {
                            return Some(Cand { s: i, ..c });
                        }
                    }
                }
            }
        }
        let (u, plural) = self.unit(kk)?;
        let e = kk + 1;
        // A title: ABC's "This Week"; but `Last Year over 4 million visited` opens a sentence.
        let opens_sentence = self.boundary_before(i) && !self.is_p(i.wrapping_sub(1), b'"');
        if self.cap(kk) && !self.upper(kk) && !opens_sentence {
            return None; // a title: ABC's "This Week"
        }
        if plural {
            // `recent years`, `the coming weeks`, `the past months`
            return match r {
                Rel::Recent if u == Unit::Year => str_c(i, e, TimexKind::Date, "PAST_REF"),
                Rel::Recent | Rel::Past | Rel::Last | Rel::Next | Rel::Following => {
                    str_c(i, e, TimexKind::Duration, dur_value(None, u))
                }
                _ => None,
            };
        }
        match r {
            // `the past year`, `the past decade`: durations.
            // `the last week of March`: the end of that month; `the last day of his trip`: none.
            Rel::Last | Rel::Past if the && self.has(e, Lex::Of) => {
                let c = self.r_core(e + 1)?;
                match c.val {
                    Val::Pt(Pt::Month(..) | Pt::Year(..) | Pt::Quarter(..) | Pt::Season(..))
                        if r == Rel::Last =>
                    {
                        Some(Cand {
                            s: i,
                            modifier: Some(Modifier::End),
                            ..c
                        })
                    }
                    _ => None,
                }
            }
            Rel::Past if the || !matches!(u, Unit::Week | Unit::Weekend) => {
                str_c(i, e, TimexKind::Duration, dur_value(Some(1), u))
            }
            Rel::Last | Rel::Past if the => str_c(i, e, TimexKind::Duration, dur_value(Some(1), u)),
            // `the previous day`, `the prior year`: before the last mention.
            Rel::Prev if the && !matches!(u, Unit::Second | Unit::Minute | Unit::Hour) => {
                let base = self
                    .last
                    .and_then(|p| self.at_unit(p, u))
                    .or_else(|| self.anchor_pt(u));
                match base.and_then(|b| b.shift(-1)) {
                    Some(p) => date_pt(i, e, p),
                    None => str_c(i, e, TimexKind::Date, unresolved_unit(u)),
                }
            }
            _ => {
                if matches!(u, Unit::Second | Unit::Minute | Unit::Hour) {
                    return None;
                }
                if matches!(r, Rel::Latest | Rel::Recent) {
                    if u == Unit::Quarter {
                        let q = self.reported_quarter();
                        return match q {
                            Some(q) => date_pt(i, e, q),
                            None => str_c(i, e, TimexKind::Date, "XXXX-QX"),
                        };
                    }
                    return None;
                }
                let off = match r {
                    Rel::Last | Rel::Past | Rel::Prev => -1,
                    Rel::Next => 1,
                    Rel::Following => {
                        // `the following day`: after the last mention.
                        let base = self
                            .last
                            .and_then(|p| self.at_unit(p, u))
                            .or_else(|| self.anchor_pt(u));
                        return match base.and_then(|b| b.shift(1)) {
                            Some(p) => date_pt(i, e, p),
                            None => str_c(i, e, TimexKind::Date, "XXXX-XX-XX"),
                        };
                    }
                    Rel::Same | Rel::That => {
                        let base = self
                            .last
                            .and_then(|p| self.at_unit(p, u))
                            .or_else(|| self.anchor_pt(u));
                        return match base {
                            Some(p) => date_pt(i, e, p),
                            None => str_c(i, e, TimexKind::Date, "XXXX-XX-XX"),
                        };
                    }
                    _ => 0,
                };
                if the && r == Rel::Next {
                    // `the next day`: after the last mention.
                    let base = self
                        .last
                        .and_then(|p| self.at_unit(p, u))
                        .or_else(|| self.anchor_pt(u));
                    return match base.and_then(|b| b.shift(1)) {
                        Some(p) => date_pt(i, e, p),
                        None => str_c(i, e, TimexKind::Date, "XXXX-XX-XX"),
                    };
                }
                if u == Unit::Decade && r != Rel::This {
                    return str_c(i, e, TimexKind::Duration, "P10Y");
                }
                // `... in the third quarter, up from last year`: that quarter last year.
                if u == Unit::Year && off == -1 && !the && self.is_p(e, b'.') {
                    if let Some(q @ Pt::Quarter(..)) = self.lastq {
                        if let Some(p) = q.shift_years(-1) {
                            return derived(date_pt(i, e, p));
                        }
                    }
                }
                match self.anchor_pt(u).and_then(|p| p.shift(off)) {
                    Some(p) => date_pt(i, e, p),
                    None => str_c(i, e, TimexKind::Date, unresolved_unit(u)),
                }
            }
        }
    }

    /// `p` at the granularity of unit `u`.
    fn at_unit(&self, p: Pt, u: Unit) -> Option<Pt> {
        let d = p.day()?;
        let y = i32::from(d.year());
        Some(match u {
            Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => match p {
                Pt::Day(_) | Pt::DayPart(..) | Pt::Time(..) => Pt::Day(d),
                _ => return None,
            },
            Unit::Week | Unit::Fortnight => week_of(d),
            Unit::Weekend => match week_of(d) {
                Pt::Week(y, w) => Pt::Weekend(y, w),
                p => p,
            },
            Unit::Month => Pt::Month(y, d.month()),
            Unit::Quarter => Pt::Quarter(y, quarter_of(d.month())),
            Unit::Year => Pt::Year(y),
            Unit::Decade => Pt::Decade(y.div_euclid(10)),
            Unit::Century => Pt::Century(y.div_euclid(100)),
        })
    }

    /// `the past`, `the future`, `the year`, `the quarter`, `the weekend`, `the day`,
    /// `the year-ago quarter`, `the year-earlier period`, `the first nine months`.
    fn r_the(&self, i: usize) -> Option<Cand> {
        if !self.has(i, Lex::The) {
            return None;
        }
        let j = i + 1;
        // `Person of the Year`, `The Year of the Dragon`: a title-cased unit is a name.
        if self.unit(j).is_some() && self.cap(j) && !self.upper(j) {
            return None;
        }
        if let Some(rw) = self.find(j, |l| if let Lex::Ref(r) = l { Some(r) } else { None }) {
            if self.word_is(j, "future") || self.word_is(j, "present") {
                let v = if rw == RefW::Future {
                    "FUTURE_REF"
                } else {
                    "PRESENT_REF"
                };
                return str_c(i, j + 1, TimexKind::Date, v);
            }
            return None;
        }
        // `the weeks ahead`, `the months ahead`
        if let Some((u, true)) = self.unit(j) {
            if self.has(j + 1, Lex::Ahead) {
                return str_c(i, j + 2, TimexKind::Duration, dur_value(None, u));
            }
        }
        // `the near future`, `the near term`, `the short term`
        if self.has(j, Lex::Near) && (self.word_is(j + 1, "future") || self.has(j + 1, Lex::Term)) {
            if self.word_is(j, "short") && !self.has(j + 1, Lex::Term) {
                return None;
            }
            return str_c(i, j + 2, TimexKind::Date, "FUTURE_REF");
        }
        if self.rel(j) == Some(Rel::Past) && !self.is_word(j + 1) {
            return str_c(i, j + 1, TimexKind::Date, "PAST_REF");
        }
        if self.rel(j) == Some(Rel::Past)
            && self.unit(j + 1).is_none()
            && self.count(j + 1).is_none()
        {
            return str_c(i, j + 1, TimexKind::Date, "PAST_REF");
        }
        // `the year-ago third quarter`, `the comparable year-earlier first quarter`
        let jy = if self.is_word(j) && self.lx(j).is_empty() && !self.cap(j) {
            j + 1
        } else {
            j
        };
        if self.unit(jy) == Some((Unit::Year, false))
            && self.is_p(jy + 1, b'-')
            && (self.has(jy + 2, Lex::Ago) || self.has(jy + 2, Lex::Earlier))
        {
            if let Some((o, k)) = self.ord(jy + 3) {
                if self.unit(k) == Some((Unit::Quarter, false)) && (1..=4).contains(&o) {
                    let y = self.anchor.map(|a| i32::from(a.year()) - 1);
                    let o = i8::try_from(o).ok()?;
                    return match y {
                        Some(y) => derived(date_pt(i, k + 1, Pt::Quarter(y, o))),
                        None => str_c(i, k + 1, TimexKind::Date, format!("XXXX-Q{o}")),
                    };
                }
            }
            if jy > j && (self.unit(jy + 3).is_some() || self.word_is(jy + 3, "period")) {
                let q = self.ref_quarter().and_then(|q| q.shift_years(-1));
                return match q {
                    Some(q) => derived(date_pt(i, jy + 4, q)),
                    None => str_c(i, jy + 4, TimexKind::Date, "XXXX-QX"),
                };
            }
        }
        // `the year-ago quarter`, `the year-earlier period`
        if let Some((Unit::Year, false)) = self.unit(j) {
            if self.is_p(j + 1, b'-')
                && (self.has(j + 2, Lex::Ago) || self.has(j + 2, Lex::Earlier))
                && (self.unit(j + 3).is_some() || self.word_is(j + 3, "period"))
            {
                {
                    let q = self.ref_quarter().and_then(|q| q.shift_years(-1));
                    return match q {
                        Some(q) => derived(date_pt(i, j + 4, q)),
                        None => str_c(i, j + 4, TimexKind::Date, "XXXX-QX"),
                    };
                }
            }
        }
        // `the first nine months`, `the nine months`, `the six months`
        let mut k = j;
        if let Some((1, k2)) = self.ord(k) {
            k = k2;
        }
        if let Some((Some(n), k2)) = self.count(k) {
            if let Some((u, true)) = self.unit(k2) {
                if n > 1 && !self.is_word_a(k) {
                    return str_c(i, k2 + 1, TimexKind::Duration, dur_value(Some(n), u));
                }
            }
        }
        // `the latest period`
        if self.rel(j) == Some(Rel::Latest) && self.word_is(j + 1, "period") {
            return match self.reported_quarter() {
                Some(q) => date_pt(i, j + 2, q),
                None => str_c(i, j + 2, TimexKind::Date, "XXXX-QX"),
            };
        }
        // `the day before`, `the day after`: next to the day under discussion.
        if self.unit(j) == Some((Unit::Day, false)) {
            let dir = match self.prep(j + 1) {
                Some(Prep::Before) => -1,
                Some(Prep::After) => 1,
                _ => 0,
            };
            // Only the adverb (`the day before.`), not `the day before returning home`.
            if dir != 0 && !self.is_word(j + 2) && self.num(j + 2).is_none() {
                return match self.last_day().and_then(|d| add_days(d, dir)) {
                    Some(d) => derived(date_pt(i, j + 2, Pt::Day(d))),
                    None => str_c(i, j + 2, TimexKind::Date, "XXXX-XX-XX"),
                };
            }
        }
        // `the full year`
        if self.word_is(j, "full") && self.unit(j + 1) == Some((Unit::Year, false)) {
            return match self.anchor_pt(Unit::Year) {
                Some(p) => date_pt(i, j + 2, p),
                None => str_c(i, j + 2, TimexKind::Date, "XXXX"),
            };
        }
        // `the fiscal year`
        let mut k = j;
        let fiscal = self.has(k, Lex::Fiscal);
        if fiscal {
            k += 1;
        }
        if let Some((u, false)) = self.unit(k) {
            let e = k + 1;
            if self.is_p(e, b'-') || self.has(e, Lex::Ago) || self.has(e, Lex::Earlier) {
                return None;
            }
            let prev = i.checked_sub(1);
            // `the year ended Sept. 30`: a twelve-month span; `throughout the year` too.
            let for_ = self.word_is(e, "ended")
                || self.word_is(e, "ending")
                || prev.is_some_and(|p| self.word_is(p, "throughout"));
            return match u {
                Unit::Year if for_ => str_c(i, e, TimexKind::Duration, "P1Y"),
                Unit::Year => match self.anchor {
                    Some(a) => date_pt(i, e, Pt::Year(i32::from(a.year()))),
                    None => str_c(i, e, TimexKind::Date, "XXXX"),
                },
                Unit::Quarter => match self.ref_quarter() {
                    Some(q) => date_pt(i, e, q),
                    None => str_c(i, e, TimexKind::Date, "XXXX-QX"),
                },
                Unit::Weekend => {
                    if self.anchor.is_none() {
                        return str_c(i, e, TimexKind::Date, "XXXX-WXX-WE");
                    }
                    let tense = self.tense(i, e);
                    let sat = self.weekday_date(6, tense, None)?;
                    match week_of(sat) {
                        Pt::Week(y, w) => date_pt(i, e, Pt::Weekend(y, w)),
                        _ => None,
                    }
                }
                Unit::Week | Unit::Month => {
                    // `the day`, `the week`: the last mention at that unit, or the anchor's.
                    if fiscal || self.is_word(e) && !self.lx(e).is_empty() && self.has(e, Lex::Of) {
                        return None;
                    }
                    let base = self
                        .last
                        .and_then(|p| self.at_unit(p, u))
                        .or_else(|| self.anchor_pt(u));
                    match base {
                        Some(p) => date_pt(i, e, p),
                        None => None,
                    }
                }
                _ => None,
            };
        }
        None
    }

    fn is_word_a(&self, i: usize) -> bool {
        self.has(i, Lex::A)
    }

    /// A count: digits, number words (`twenty-four`), `a`, `several`, `a few`, `a couple of`.
    /// `None` inside means unspecified (`X`).
    fn count(&self, i: usize) -> Option<(Option<u32>, usize)> {
        if let Some((v, len)) = self.num(i) {
            if len <= 3 && !(i > 0 && self.attached(i) && self.is_p(i - 1, b'$')) {
                return Some((Some(v), i + 1));
            }
            return None;
        }
        if self.has(i, Lex::Quant) {
            let mut j = i + 1;
            if self.has(j, Lex::Of) {
                j += 1;
            }
            return Some((None, j));
        }
        if self.has(i, Lex::A) {
            if self.has(i + 1, Lex::Quant) {
                let mut j = i + 2;
                if self.has(j, Lex::Of) {
                    j += 1;
                }
                // `a couple of years` is two.
                let n = if self.word_is(i + 1, "couple") {
                    Some(2)
                } else {
                    None
                };
                return Some((n, j));
            }
            if let Some(Lex::Num(100 | 12)) = self.lx(i + 1).first() {
                let n = if self.word_is(i + 1, "dozen") {
                    12
                } else {
                    100
                };
                return Some((Some(n), i + 2));
            }
            return Some((Some(1), i + 1));
        }
        let n = self.find(i, |l| if let Lex::Num(n) = l { Some(n) } else { None })?;
        let mut j = i + 1;
        let mut n = n;
        if (20..=90).contains(&n) && n % 10 == 0 {
            let mut k = j;
            if self.is_p(k, b'-') {
                k += 1;
            }
            if let Some(m) = self.find(k, |l| if let Lex::Num(m) = l { Some(m) } else { None }) {
                if (1..=9).contains(&m) {
                    n += m;
                    j = k + 1;
                }
            }
        }
        if self
            .find(j, |l| {
                if let Lex::Num(100) = l {
                    Some(())
                } else {
                    None
                }
            })
            .is_some()
            && n < 10
        {
            n *= 100;
            j += 1;
        }
        if self.word_is(j, "thousand") && n < 1000 {
            n *= 1000;
            j += 1;
        }
        Some((Some(n), j))
    }

    /// Durations (`three years`, `three-day`, `a decade`, `years`) and points counted from
    /// them (`two weeks ago`, `a year earlier`, `three days later`).
    fn r_duration(&self, i: usize) -> Option<Cand> {
        // `a weeklong festival`, `yearlong`
        if let Some(u) = self.find(i, |l| if let Lex::Long(u) = l { Some(u) } else { None }) {
            return str_c(i, i + 1, TimexKind::Duration, dur_value(Some(1), u));
        }
        // `half an hour`, `half a century`, `a half-hour`
        let half_at = if self.has(i, Lex::Half) {
            Some(i)
        } else if self.has(i, Lex::A) && self.has(i + 1, Lex::Half) {
            Some(i + 1)
        } else {
            None
        };
        if let Some(h) = half_at {
            let k = if self.has(h + 1, Lex::A) || self.is_p(h + 1, b'-') {
                h + 2
            } else {
                h + 1
            };
            if let Some((u, false)) = self.unit(k) {
                let v = match u {
                    Unit::Hour => "PT30M",
                    Unit::Minute => "PT30S",
                    Unit::Day => "PT12H",
                    Unit::Year => "P6M",
                    Unit::Decade => "P5Y",
                    Unit::Century => "P50Y",
                    Unit::Month => "P15D",
                    _ => return None,
                };
                return str_c(i, k + 1, TimexKind::Duration, v);
            }
        }
        let (n, j) = match self.count(i) {
            Some(x) => x,
            None => {
                // `decades-long`, `day-long`, `year-long`
                if let Some((u, plural)) = self.unit(i) {
                    if self.is_p(i + 1, b'-') && self.attached(i + 1) && self.word_is(i + 2, "long")
                    {
                        let n = if plural { None } else { Some(1) };
                        if matches!(u, Unit::Quarter | Unit::Weekend) {
                            return None;
                        }
                        // `decades-long`: many years.
                        let u = if plural && matches!(u, Unit::Decade | Unit::Century) {
                            Unit::Year
                        } else {
                            u
                        };
                        return str_c(i, i + 3, TimexKind::Duration, dur_value(n, u));
                    }
                }
                // Bare plural units: `years`, `months`, with a cue before.
                let (u, true) = self.unit(i)? else {
                    return None;
                };
                let prev = i.checked_sub(1);
                let cue = prev.is_some_and(|p| {
                    matches!(
                        self.prep(p),
                        Some(Prep::For | Prep::Over | Prep::Within | Prep::In)
                    )
                });
                if self.has(i + 1, Lex::Ago) {
                    return str_c(i, i + 2, TimexKind::Date, "PAST_REF");
                }
                // Without a preposition: `took years`, `months of talks`; not `the early days`,
                // `days' notice`, `years-old`.
                let loose = prev.is_some_and(|p| {
                    !self.has(p, Lex::The)
                        && !self.word_is(p, "small") // `the small hours of Sunday`
                        && !self.word_is(p, "wee")
                        && self.ord(p).is_none()
                        && self.modw(p).is_none()
                        && self.rel(p).is_none()
                        && !matches!(self.t.get(p).map(|t| t.k), Some(K::Num { .. }))
                        && !self.is_p(p, b'\'')
                }) && !self.is_p(i + 1, b'\'')
                    && !self.is_p(i + 1, b'-')
                    && matches!(
                        u,
                        Unit::Year | Unit::Month | Unit::Week | Unit::Hour | Unit::Decade
                    );
                // `Days later, protests began.`
                let later = self.has(i + 1, Lex::Later);
                if !(cue || loose || later) || matches!(u, Unit::Weekend | Unit::Quarter) {
                    return None;
                }
                // `weeks or months`
                let e = if self.has(i + 1, Lex::Or) && self.unit(i + 2).is_some_and(|(_, pl)| pl) {
                    i + 3
                } else {
                    i + 1
                };
                return str_c(i, e, TimexKind::Duration, dur_value(None, u));
            }
        };
        // `two to three weeks`, `12 to 18 months`, `two or three days`: one range.
        let (n, j) = match (n, self.lx(j).first()) {
            (Some(_), Some(Lex::To | Lex::Or)) => match self.count(j + 1) {
                // The length is vague: `the next 12 to 18 months` = PXM.
                Some((Some(_), j2))
                    if self.unit(j2).is_some_and(|(_, pl)| pl) && !self.has(j + 1, Lex::A) =>
                {
                    (None, j2)
                }
                _ => (n, j),
            },
            _ => (n, j),
        };
        // `CBS's "60 Minutes"`: a title-cased unit inside a sentence is a name.
        if self.cap(j) && !self.upper(j) && !self.cap(i) && self.num(i).is_some() {
            return None;
        }
        // `2 1/2 years`, `two and a half years`, `a year and a half`
        if let Some(whole) = n {
            let slash_half = self.num(j) == Some((1, 1))
                && self.is_p(j + 1, b'/')
                && self.attached(j + 1)
                && self.num(j + 2) == Some((2, 1))
                && self.attached(j + 2);
            let and_half =
                self.has(j, Lex::And) && self.has(j + 1, Lex::A) && self.has(j + 2, Lex::Half);
            let unit_and_half =
                self.has(j + 1, Lex::And) && self.has(j + 2, Lex::A) && self.has(j + 3, Lex::Half);
            // `two-and-a-half years`, `2-and-a-half-year`
            let hyph_half = self.is_p(j, b'-')
                && self.has(j + 1, Lex::And)
                && self.is_p(j + 2, b'-')
                && self.has(j + 3, Lex::A)
                && self.is_p(j + 4, b'-')
                && self.has(j + 5, Lex::Half);
            let half_end = if slash_half || and_half {
                self.unit(j + 3).map(|(u, _)| (u, j + 4))
            } else if hyph_half {
                let k = if self.is_p(j + 6, b'-') { j + 7 } else { j + 6 };
                self.unit(k).map(|(u, _)| (u, k + 1))
            } else if unit_and_half {
                self.unit(j).map(|(u, _)| (u, j + 4))
            } else {
                None
            };
            if let Some((u, end)) = half_end {
                {
                    let v = match u {
                        Unit::Year => format!("P{whole}Y6M"),
                        Unit::Month => format!("P{whole}M15D"),
                        Unit::Day => format!("P{whole}DT12H"),
                        Unit::Hour => format!("PT{whole}H30M"),
                        Unit::Minute => format!("PT{whole}M30S"),
                        Unit::Decade => format!("P{}Y", whole.saturating_mul(10).saturating_add(5)),
                        Unit::Century => {
                            format!("P{}Y", whole.saturating_mul(100).saturating_add(50))
                        }
                        _ => return None,
                    };
                    return str_c(i, end, TimexKind::Duration, v);
                }
            }
        }
        let mut k = j;
        let hyph = self.is_p(k, b'-') && self.attached(k);
        if hyph {
            k += 1;
        }
        // `five straight days`, `eight trading days`, `two more weeks`
        if !hyph
            && [
                "straight",
                "consecutive",
                "more",
                "full",
                "additional",
                "trading",
                "business",
                "working",
                "successive",
                "long",
                "whole",
                "calendar",
                "previous",
                "last",
                "next",
            ]
            .iter()
            .any(|w| self.word_is(k, w))
            && self.unit(k + 1).is_some_and(|(_, pl)| pl || n == Some(1))
        {
            k += 1;
        }
        let (u, plural) = self.unit(k)?;
        if hyph && n.is_none() && !self.has(i, Lex::Quant) {
            return None; // `several-year` is fine; `a few-day` is not English
        }
        // `one-day`: the word `a` is not a count before a hyphen.
        if hyph && self.has(i, Lex::A) {
            return None;
        }
        let e = k + 1;
        if self.is_p(e, b'-') && self.word_is(e + 1, "old") || self.word_is(e, "old") {
            return None; // ages: `25-year-old`, `52 years old`
        }
        if u == Unit::Quarter && self.has(i, Lex::A) {
            return None; // `a quarter of the shares`
        }
        let a_unit = self.has(i, Lex::A) && j == i + 1;
        // `a second term`, `a second four-year term`: the ordinal.
        if a_unit
            && u == Unit::Second
            && matches!(
                self.t.get(e).map(|t| t.k),
                Some(K::Word { .. } | K::Num { .. })
            )
            && self.prep(e).is_none()
            && !self.has(e, Lex::Or)
            && !self.has(e, Lex::And)
            && !self.has(e, Lex::Ago)
            && !self.has(e, Lex::Earlier)
            && !self.has(e, Lex::Later)
        {
            return None;
        }
        let v = dur_value(n, u);
        // `a week or so ago`
        let e = if self.has(e, Lex::Or) && self.has(e + 1, Lex::So) && self.has(e + 2, Lex::Ago) {
            e + 2
        } else {
            e
        };
        // Points: `ago`, `earlier`, `later`, `before`? (`before` stays out of the extent).
        // `three days later`: TimeBank marks the length and leaves `later` as a signal.
        if self.has(e, Lex::Later) && !matches!(u, Unit::Weekend | Unit::Quarter) {
            return str_c(i, e, TimexKind::Duration, v);
        }
        // `will be redeemed in five years`: a point ahead of the document date;
        // `will be done in a few days`: some time ahead.
        if !hyph
            && i > 0
            && self.prep(i - 1) == Some(Prep::In)
            && !matches!(u, Unit::Second | Unit::Minute | Unit::Hour | Unit::Weekend)
            && !self.has(e, Lex::Of)
            && !self.is_p(e, b'\'')
            && self.text_tense(i, e) == Tense::Future
        {
            return match n {
                Some(count) => self.counted_point(i, e, i32::try_from(count).ok()?, u, true),
                None => str_c(i, e, TimexKind::Date, "FUTURE_REF"),
            };
        }
        // `7 days hence`: counted from the document date, as `7 days ago`. (`two weeks from
        // now` stays a duration and `now`, as TimeML anchors them.)
        if let (true, Some(count)) = (self.word_is(e, "hence"), n) {
            return self.counted_point(i, e + 1, i32::try_from(count).ok()?, u, true);
        }
        if self.has(e, Lex::Ago) || self.has(e, Lex::Earlier) || self.has(e, Lex::Later) {
            let ago = self.has(e, Lex::Ago);
            let sign = if self.has(e, Lex::Later) { 1 } else { -1 };
            let Some(count) = n else {
                let v = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
                return str_c(i, e + 1, TimexKind::Date, v);
            };
            let count = i32::try_from(count).ok()?;
            return self.counted_point(i, e + 1, count * sign, u, ago);
        }
        if a_unit {
            // `a year` is a duration only with a cue: `for a year`, `in a week`, `$5 a year` (set).
            let prev = i.checked_sub(1);
            if let Some(p) = prev {
                let pk = self.t.get(p).map(|t| t.k);
                if matches!(pk, Some(K::Num { .. }) | Some(K::P(b'%')))
                    || [
                        "times", "twice", "once", "percent", "dollars", "million", "billion",
                        "thousand", "trillion", "cents",
                    ]
                    .iter()
                    .any(|w| self.word_is(p, w))
                {
                    if matches!(u, Unit::Second | Unit::Minute) {
                        return None;
                    }
                    // `$500 million a year`, `20% a year`: a rate, not annotated as a time.
                    if !["times", "twice", "once"]
                        .iter()
                        .any(|w| self.word_is(p, w))
                    {
                        return None;
                    }
                    return str_c(i, e, TimexKind::Set, dur_value(Some(1), u));
                }
                if matches!(
                    self.prep(p),
                    Some(
                        Prep::For
                            | Prep::In
                            | Prep::Within
                            | Prep::Over
                            | Prep::During
                            | Prep::After
                            | Prep::As
                    )
                ) || [
                    "barely", "only", "just", "long", "least", "spent", "spend", "spends", "took",
                    "take", "takes", "lasted", "last", "lasts", "waited", "wait", "served",
                    "serve", "nearly", "about", "almost", "than", "entire", "whole", "past",
                ]
                .iter()
                .any(|w| self.word_is(p, w))
                    || matches!(self.prep(e), Some(Prep::After | Prep::Before))
                    || self.has(p, Lex::Than)
                    || self
                        .find(p, |l| {
                            if let Lex::Approx(_) = l {
                                Some(())
                            } else {
                                None
                            }
                        })
                        .is_some()
                {
                    return str_c(i, e, TimexKind::Duration, v);
                }
            }
            // `700 seats a week`, `interviews a day`: a rate.
            if let Some(p) = prev {
                let w = self.word(p);
                if w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && self.lx(p).is_empty()
                    && !self.cap(p)
                    && !matches!(
                        u,
                        Unit::Second | Unit::Minute | Unit::Quarter | Unit::Weekend
                    )
                {
                    return str_c(i, e, TimexKind::Set, dur_value(Some(1), u));
                }
            }
            // Elsewhere `a week`, `a month` still measure time, unless a fraction, a
            // possessive or a compound follows (`a day's pay`, `a year-earlier quarter`).
            if matches!(u, Unit::Quarter | Unit::Second | Unit::Weekend)
                || self.is_p(e, b'\'')
                || self.is_p(e, b'-')
            {
                return None;
            }
            return str_c(i, e, TimexKind::Duration, v);
        }
        if matches!(u, Unit::Weekend) && n.is_none() {
            return None;
        }
        // `three-day visit` ; `two years`; `several weeks`.
        if hyph && matches!(u, Unit::Quarter) {
            return None;
        }
        // `20 seconds`: keep; `1 hour` etc.
        if !hyph && n == Some(1) && plural {
            return None;
        }
        // `Islam will one day be ...`: an indefinite time, not a length.
        if !hyph
            && u == Unit::Day
            && self.word_is(i, "one")
            && j == i + 1
            && matches!(self.t.get(e).map(|t| t.k), Some(K::Word { .. }))
            && self.lx(e).is_empty()
            && !i
                .checked_sub(1)
                .is_some_and(|p| self.prep(p).is_some() || self.is_word_a(p))
        {
            let v = if self.text_tense(i, e) == Tense::Past {
                "PAST_REF"
            } else {
                "FUTURE_REF"
            };
            return str_c(i, e, TimexKind::Date, v);
        }
        str_c(i, e, TimexKind::Duration, v)
    }

    /// `two weeks ago` and `a year earlier` as calendar points.
    fn counted_point(&self, s: usize, e: usize, off: i32, u: Unit, ago: bool) -> Option<Cand> {
        // `a year earlier` after a quarter mention: that quarter a year before.
        if u == Unit::Year && off.abs() == 1 && !ago {
            if let Some(q) = self.lastq {
                if let Some(p) = q.shift_years(off) {
                    return derived(date_pt(s, e, p));
                }
            }
        }
        let base = if ago {
            self.anchor
        } else {
            self.last.and_then(|p| p.day()).or(self.anchor)
        };
        let Some(b) = base else {
            return str_c(s, e, TimexKind::Date, unresolved_unit(u));
        };
        if u == Unit::Year && off.abs() == 1 && ago {
            if let Some(q @ Pt::Quarter(..)) = self.lastq {
                if let Some(p) = q.shift_years(off) {
                    return derived(date_pt(s, e, p));
                }
            }
        }
        let p = match u {
            Unit::Second | Unit::Minute | Unit::Hour => {
                return str_c(s, e, TimexKind::Time, "PAST_REF")
            }
            Unit::Day => Pt::Day(add_days(b, i64::from(off))?),
            Unit::Week | Unit::Fortnight | Unit::Weekend => {
                let m = if u == Unit::Fortnight { 2 } else { 1 };
                week_of(add_days(b, 7 * i64::from(off) * i64::from(m))?)
            }
            Unit::Month => {
                let d = add_months(b, i64::from(off))?;
                Pt::Month(i32::from(d.year()), d.month())
            }
            Unit::Quarter => Pt::Quarter(i32::from(b.year()), quarter_of(b.month())).shift(off)?,
            Unit::Year => Pt::Year(i32::from(b.year()).checked_add(off)?),
            Unit::Decade => Pt::Year(i32::from(b.year()).checked_add(off.checked_mul(10)?)?),
            Unit::Century => Pt::Century(i32::from(b.year()).div_euclid(100).checked_add(off)?),
        };
        date_pt(s, e, p)
    }

    /// Single words: `today`, `yesterday`, `tonight`, `now`, `recently`, `this morning`,
    /// `earlier this year`, `later this month`.
    fn r_word(&self, i: usize) -> Option<Cand> {
        // `earlier this year`, `later this month`
        if self.has(i, Lex::Earlier) || self.has(i, Lex::Later) {
            // `Earlier Sunday`, `later yesterday`, `later this afternoon`
            let day = self.find(i + 1, |l| if let Lex::Day(d) = l { Some(d) } else { None });
            if day.is_some()
                || self.weekday(i + 1).is_some()
                || self.rel(i + 1) == Some(Rel::This) && self.part(i + 2).is_some()
            {
                let c = self.r_word(i + 1).or_else(|| self.r_weekday(i + 1))?;
                return Some(Cand { s: i, ..c });
            }
            if self.rel(i + 1) == Some(Rel::This) {
                let c = self.r_rel(i + 1)?;
                if matches!(c.val, Val::Pt(_)) {
                    return Some(Cand { s: i, ..c });
                }
            }
            return None;
        }
        if let Some(off) = self.find(i, |l| if let Lex::Day(d) = l { Some(d) } else { None }) {
            if off == 0 && self.is_p(i + 1, b'\'') && self.word_is(i + 2, "s") {
                // `today's world`, `today's youth`: the present age, not the day.
                const GENERIC: &[&str] = &[
                    "world",
                    "youth",
                    "society",
                    "generation",
                    "young",
                    "kids",
                    "children",
                    "teenagers",
                    "standards",
                    "terms",
                    "dollars",
                    "technology",
                    "economy",
                    "culture",
                    "environment",
                    "computers",
                    "personal",
                    "modern",
                    "global",
                    "media",
                    "market",
                    "marketplace",
                    "climate",
                    "workplace",
                    "students",
                ];
                if GENERIC.iter().any(|w| self.word_is(i + 3, w)) {
                    return None;
                }
            }
            if self.cap(i) && i > 0 && self.cap(i - 1) && !self.boundary_before(i) {
                return None; // `VOA Today`
            }
            let Some(a) = self.anchor else {
                return str_c(i, i + 1, TimexKind::Date, "XXXX-XX-XX");
            };
            let d = add_days(a, i64::from(off))?;
            // `yesterday morning`
            if let Some(p) = self.part(i + 1) {
                return date_pt(i, i + 2, Pt::DayPart(d, p));
            }
            return date_pt(i, i + 1, Pt::Day(d));
        }
        // `mid-afternoon`, `mid-morning yesterday`
        if self.modw(i) == Some(ModW::Mid) {
            let mut j = i + 1;
            if self.is_p(j, b'-') {
                j += 1;
            }
            if let Some(p) = self.part(j) {
                let mut e = j + 1;
                let mut d = self.last_day();
                if let Some(off) =
                    self.find(e, |l| if let Lex::Day(d) = l { Some(d) } else { None })
                {
                    d = self.anchor.and_then(|a| add_days(a, i64::from(off)));
                    e += 1;
                }
                return match d {
                    Some(d) => date_pt(i, e, Pt::DayPart(d, p)),
                    None => str_c(i, e, TimexKind::Time, "XXXX-XX-XXTAF"),
                };
            }
        }
        // `that morning`, `in the afternoon` (the day under discussion)
        let that_part = self.rel(i) == Some(Rel::That)
            || self.has(i, Lex::The)
                && i > 0
                && matches!(self.prep(i - 1), Some(Prep::In | Prep::During));
        if that_part {
            if let Some(p) = self.part(i + 1) {
                if p != 3 || self.rel(i) == Some(Rel::That) {
                    return match self.last_day() {
                        Some(d) => date_pt(i, i + 2, Pt::DayPart(d, p)),
                        None => str_c(i, i + 2, TimexKind::Time, "XXXX-XX-XXTMO"),
                    };
                }
            }
        }
        // `for a while`, `over the years`
        if i > 0 && self.has(i, Lex::A) && self.word_is(i + 1, "while") {
            if self.prep(i - 1) == Some(Prep::For) {
                return str_c(i, i + 2, TimexKind::Duration, "PXX");
            }
            return None;
        }
        if i > 0
            && self.has(i, Lex::The)
            && self.word_is(i - 1, "over")
            && self.unit(i + 1) == Some((Unit::Year, true))
            && !self.has(i + 2, Lex::Of)
        {
            return str_c(i, i + 2, TimexKind::Duration, "PXY");
        }
        // `all day`, `all week`, `all night`
        if self.word_is(i, "all") {
            if let Some((u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year), false)) =
                self.unit(i + 1)
            {
                return str_c(i, i + 2, TimexKind::Duration, dur_value(Some(1), u));
            }
            return None;
        }
        if self.has(i, Lex::These) && self.unit(i + 1) == Some((Unit::Day, true)) {
            return str_c(i, i + 2, TimexKind::Date, "PRESENT_REF");
        }
        if self.has(i, Lex::Tonight) {
            return match self.anchor {
                Some(a) => date_pt(i, i + 1, Pt::DayPart(a, 3)),
                None => str_c(i, i + 1, TimexKind::Time, "XXXX-XX-XXTNI"),
            };
        }
        // `this morning`, `this afternoon`
        if self.rel(i) == Some(Rel::This) {
            if let Some(p) = self.part(i + 1) {
                return match self.anchor {
                    Some(a) => date_pt(i, i + 2, Pt::DayPart(a, p)),
                    None => str_c(i, i + 2, TimexKind::Time, "XXXX-XX-XXTMO"),
                };
            }
        }
        if let Some(rw) = self.find(i, |l| if let Lex::Ref(r) = l { Some(r) } else { None }) {
            let w = self.word(i).to_ascii_lowercase();
            // `present`, `future`, `once`, `former` only in safe spots.
            match w.as_str() {
                "present" | "future" | "once" => return None,
                "former" => {
                    return None;
                }
                "now" if self.is_p(i + 1, b'-') => return None,
                // Discourse `Now, ...` opens a turn rather than naming a time.
                "now" if self.cap(i) && self.is_p(i + 1, b',') => return None,
                _ => {}
            }
            let v = match rw {
                RefW::Past => "PAST_REF",
                RefW::Present => "PRESENT_REF",
                RefW::Future => "FUTURE_REF",
            };
            return str_c(i, i + 1, TimexKind::Date, v);
        }
        if self.rel(i) == Some(Rel::This)
            && self.word_is(i, "current")
            && self.unit(i + 1).is_none()
            && !self.has(i + 1, Lex::Fiscal)
        {
            return str_c(i, i + 1, TimexKind::Date, "PRESENT_REF");
        }
        // `year-earlier`, `year-ago`
        if let Some((Unit::Year, false)) = self.unit(i) {
            if self.is_p(i + 1, b'-')
                && (self.has(i + 2, Lex::Ago) || self.has(i + 2, Lex::Earlier))
            {
                let q = self.ref_quarter().and_then(|q| q.shift_years(-1));
                return match q {
                    Some(q) => derived(date_pt(i, i + 3, q)),
                    None => str_c(i, i + 3, TimexKind::Date, "XXXX"),
                };
            }
            let e = if self.is_p(i + 1, b'\'') && self.word_is(i + 2, "s") {
                i + 3
            } else {
                i + 1
            };
            if e == i + 3 || !self.is_p(i + 1, b'-') {
                let prev_ok = i > 0
                    && matches!(
                        self.prep(i - 1),
                        Some(Prep::By | Prep::At | Prep::Before | Prep::Until) | Some(Prep::After)
                    );
                let around =
                    i > 0 && (self.word_is(i - 1, "around") || self.word_is(i - 1, "about"));
                if self.modw(e) == Some(ModW::End) && (prev_ok || around) {
                    let s0 = if around { i - 1 } else { i };
                    return match self.anchor {
                        Some(a) => {
                            date_pt(s0, e + 1, Pt::Year(i32::from(a.year()))).map(|c| Cand {
                                modifier: Some(Modifier::End),
                                ..c
                            })
                        }
                        None => str_c(s0, e + 1, TimexKind::Date, "XXXX"),
                    };
                }
            }
            if self.is_p(i + 1, b'-') && self.modw(i + 2) == Some(ModW::End) {
                return match self.anchor {
                    Some(a) => date_pt(i, i + 3, Pt::Year(i32::from(a.year()))).map(|c| Cand {
                        modifier: Some(Modifier::End),
                        ..c
                    }),
                    None => str_c(i, i + 3, TimexKind::Date, "XXXX"),
                };
            }
        }
        None
    }

    /// Bare weekdays and `Wednesday night`, `Friday morning`.
    fn r_weekday(&self, i: usize) -> Option<Cand> {
        let (w, mut e) = self.weekday_tok(i)?;
        let part = self.part(e);
        if part.is_some() {
            e += 1;
        }
        // `Wednesday, Aug. 16` and `Friday Oct. 13` are one date.
        if part.is_none() {
            let k = if self.is_p(e, b',') { e + 1 } else { e };
            // `Friday 22 March` (British order) too.
            if let Some(c) = self.r_month_date(k).or_else(|| self.r_day_month(k)) {
                if let Val::Pt(Pt::Day(d)) = c.val {
                    // `Fri, Jul 18` without a year: the year whose Jul 18 is a Friday.
                    let d = if self.has_year(k, c.e) {
                        d
                    } else {
                        self.year_by_weekday(d, w, k).unwrap_or(d)
                    };
                    return date_pt(i, c.e, Pt::Day(d));
                }
            }
        }
        let tense = self.tense(i, e);
        let Some(d) = self.weekday_date(w, tense, None) else {
            let v = match part {
                Some(p) => format!(
                    "XXXX-WXX-{w}T{}",
                    crate::pt::PARTS
                        .get(usize::from(p))
                        .copied()
                        .unwrap_or("NI")
                ),
                None => format!("XXXX-WXX-{w}"),
            };
            return str_c(
                i,
                e,
                if part.is_some() {
                    TimexKind::Time
                } else {
                    TimexKind::Date
                },
                v,
            );
        };
        match part {
            Some(p) => date_pt(i, e, Pt::DayPart(d, p)),
            None => date_pt(i, e, Pt::Day(d)),
        }
    }

    /// Sets: `daily`, `annually`, `every week`, `each Thursday`, `every two years`, `Mondays`.
    fn r_set(&self, i: usize) -> Option<Cand> {
        if let Some(v) = self.find(i, |l| if let Lex::Set(v) = l { Some(v) } else { None }) {
            if self.word_is(i, "annual") || i > 0 && self.word_is(i - 1, "average") {
                return None; // `annual meeting`, `average daily volume`
            }
            return str_c(i, i + 1, TimexKind::Set, v);
        }
        if self.has(i, Lex::Every) {
            let j = i + 1;
            if self.word_is(i, "per") {
                let (u @ (Unit::Hour | Unit::Day | Unit::Week | Unit::Month | Unit::Year), false) =
                    self.unit(j)?
                else {
                    return None;
                };
                return str_c(i, j + 1, TimexKind::Set, dur_value(Some(1), u));
            }
            // `every morning`, `each night`
            if let Some(p) = self.part(j) {
                let name = crate::pt::PARTS
                    .get(usize::from(p))
                    .copied()
                    .unwrap_or("MO");
                return str_c(i, j + 1, TimexKind::Set, format!("XXXX-XX-XXT{name}"));
            }
            // `every other week`
            if self.word_is(j, "other") {
                if let Some((u, false)) = self.unit(j + 1) {
                    return str_c(i, j + 2, TimexKind::Set, dur_value(Some(2), u));
                }
            }
            if let Some(w) = self.find(j, |l| {
                if let Lex::Weekday(w) = l {
                    Some(w)
                } else {
                    None
                }
            }) {
                return str_c(i, j + 1, TimexKind::Set, format!("XXXX-WXX-{w}"));
            }
            if let Some((n, k)) = self.count(j) {
                if let Some((u, true)) = self.unit(k) {
                    return str_c(i, k + 1, TimexKind::Set, dur_value(n, u));
                }
            }
            // `each July`, `every summer`
            if let Some(m) = self.month(j) {
                return str_c(i, j + 1, TimexKind::Set, format!("XXXX-{m:02}"));
            }
            if let Some(se) = self.season(j) {
                let name = crate::pt::SEASONS
                    .get(usize::from(se))
                    .copied()
                    .unwrap_or("SU");
                return str_c(i, j + 1, TimexKind::Set, format!("XXXX-{name}"));
            }
            if let Some((u, false)) = self.unit(j) {
                return str_c(i, j + 1, TimexKind::Set, dur_value(Some(1), u));
            }
            return None;
        }
        if let Some(w) = self.find(i, |l| {
            if let Lex::Weekdays(w) = l {
                Some(w)
            } else {
                None
            }
        }) {
            if self.cap(i) {
                return str_c(i, i + 1, TimexKind::Set, format!("XXXX-WXX-{w}"));
            }
        }
        // `Tuesday nights`
        if let Some(w) = self.weekday(i) {
            let p = self.find(
                i + 1,
                |l| if let Lex::Parts(p) = l { Some(p) } else { None },
            )?;
            let name = crate::pt::PARTS
                .get(usize::from(p))
                .copied()
                .unwrap_or("NI");
            return str_c(i, i + 2, TimexKind::Set, format!("XXXX-WXX-{w}T{name}"));
        }
        None
    }
}

fn unresolved_unit(u: Unit) -> &'static str {
    match u {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => "XXXX-XX-XX",
        Unit::Week | Unit::Fortnight => "XXXX-WXX",
        Unit::Weekend => "XXXX-WXX-WE",
        Unit::Month => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        Unit::Year => "XXXX",
        Unit::Decade => "XXX",
        Unit::Century => "XX",
    }
}

impl Val {
    pub(crate) fn value(&self) -> String {
        match self {
            Val::Pt(p) => p.value(),
            Val::Str(s) => s.clone(),
        }
    }
}
