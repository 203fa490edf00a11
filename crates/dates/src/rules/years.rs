//! Years, decades and centuries: `1990`, `fiscal 1989`, `the 1990s`, `'90s`, `the nineties`,
//! `nineteen ninety-six`, `the 21st century`; whether a four-digit number reads as a year; the
//! second day of a range (`April 24 and 25`).

use super::{date_pt, derived, Cand, Doc};
use crate::lex::{Lex, Prep, Suf, Unit, K};
use crate::pt::{ymd, Pt};

/// Words before a number that make it a label, not a year (`room 2020`).
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

/// Words after a number that make it a count, not a year (`2020 people`).
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

impl Doc<'_> {
    /// Years, decades, centuries, `fiscal 1989`, `the 1990s`, `'90s`, `the 21st century`.
    pub(super) fn r_year(&self, i: usize) -> Option<Cand> {
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
    pub(super) fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        match self.year_num(i) {
            Some(y) => Some((y, i + 1)),
            None => self.spoken_year(i),
        }
    }

    /// A year in words: `nineteen ninety-six`, `two thousand`.
    pub(super) fn spoken_year(&self, i: usize) -> Option<(i32, usize)> {
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
    pub(super) fn plausible_year(&self, j: usize, y: i32) -> bool {
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
}
