//! Words around one piece that make it a different point in time: `the day after tomorrow`,
//! `20th of next month`, `a quarter past 3pm`, `8 tonight`, `tomorrow afternoon at 5`,
//! `friday after next`, `Tuesday the 19th`, `2014 A.D.`.

use super::calendar::day_in_months;
use super::compose::{afternoon, clock_of, day_of, shift_clock};
use super::{date_pt, Cand, Doc, Tense, Val};
use crate::lex::{Lex, Prep, Rel};
use crate::pt::{add_days, wd_num, ymd, Pt};

impl Doc<'_> {
    /// Takes in words before `c` (none before token `floor`).
    pub(super) fn extend_left(&self, c: Cand, floor: usize) -> Cand {
        let l = |k: usize| c.s.checked_sub(k).filter(|&x| x >= floor);
        self.day_after(&c, l)
            .or_else(|| self.day_of_month(&c, l))
            .or_else(|| self.minutes_past(&c, l))
            .or_else(|| self.hour_before_day(&c, l))
            .unwrap_or(c)
    }

    /// Takes in words after `c` (none at or after token `ceil`).
    pub(super) fn extend_right(&self, c: Cand, ceil: usize) -> Cand {
        self.day_at_hour(&c, ceil)
            .or_else(|| self.weekday_after_next(&c, ceil))
            .or_else(|| self.weekday_the_nth(&c, ceil))
            .or_else(|| self.era(&c, ceil))
            .or_else(|| self.approximately(&c, ceil))
            .unwrap_or(c)
    }

    /// `(the) day after tomorrow`, `the day before yesterday`.
    fn day_after(&self, c: &Cand, l: impl Fn(usize) -> Option<usize>) -> Option<Cand> {
        let Val::Pt(Pt::Day(d)) = c.val else {
            return None;
        };
        let (p, day) = (l(1)?, l(2)?);
        let sign = match self.prep(p) {
            Some(Prep::After) => 1,
            Some(Prep::Before) => -1,
            _ => return None,
        };
        if !self.word_is(day, "day") {
            return None;
        }
        let s = l(3).filter(|&k| self.has(k, Lex::The)).unwrap_or(day);
        date_pt(s, c.e, Pt::Day(add_days(d, sign)?))
    }

    /// `20 of next month`, `20th day of the current month`, `the first of march`, `last day of
    /// October 2015`, `fifth last day of May`.
    fn day_of_month(&self, c: &Cand, l: impl Fn(usize) -> Option<usize>) -> Option<Cand> {
        let Val::Pt(Pt::Month(y, m)) = c.val else {
            return None;
        };
        let of = l(1)?;
        let in_ = self.prep(of) == Some(Prep::In);
        if !(self.has(of, Lex::Of) || in_) {
            return None;
        }
        let mut k = l(2)?;
        let has_day = self.word_is(k, "day");
        if has_day {
            k = l(3)?;
        }
        let last = self.rel(k) == Some(Rel::Last);
        // `the first day in October`, `last day in October`; not `rose 5 in November`.
        if in_ && !has_day {
            return None;
        }
        let first = ymd(y, m, 1)?;
        let (d, mut s) = if last {
            if !has_day {
                return None;
            }
            // `fifth last day of May`: the fifth day counted from the end.
            let back = match c.s.checked_sub(4 + usize::from(!has_day)).filter(|_| k > 0) {
                Some(_) => self.ord(k - 1).filter(|_| l(4).is_some()),
                None => None,
            };
            let (n, s) = match back {
                Some((n, _)) => (i64::from(n), k - 1),
                None => (1, k),
            };
            (add_days(first.last_of_month(), 1 - n)?, s)
        } else {
            let n = self
                .ord(k)
                .map(|(o, _)| o)
                .or_else(|| self.num(k).filter(|&(_, len)| len <= 2).map(|(v, _)| v))?;
            let n = i8::try_from(n).ok()?;
            (ymd(y, m, n)?, k)
        };
        if s > 0 && l(c.s - s + 1).is_some() && self.has(s - 1, Lex::The) {
            s -= 1;
        }
        date_pt(s, c.e, Pt::Day(d))
    }

    /// `a quarter past 3pm`, `half past three pm`, `at 15 past noon`, `twenty after 3pm`,
    /// `15 to noon`.
    fn minutes_past(&self, c: &Cand, l: impl Fn(usize) -> Option<usize>) -> Option<Cand> {
        let (d, h, m) = clock_of(c)?;
        let p = l(1)?;
        let sign = match self.word(p).to_ascii_lowercase().as_str() {
            "past" | "after" => 1,
            "to" | "till" | "before" => -1,
            _ => return None,
        };
        let k = l(2)?;
        // `from 10 to noon`, `2 to 4 p.m.` are ranges of hours.
        let hour_range = |n: i64, s: usize| {
            sign < 0 && n <= 12
                || s.checked_sub(1).is_some_and(|b| {
                    matches!(self.prep(b), Some(Prep::From)) || self.word_is(b, "between")
                })
        };
        let (n, s) = if self.word_is(k, "quarter") {
            let s = l(3).filter(|&a| self.has(a, Lex::A)).unwrap_or(k);
            (15, s)
        } else if self.word_is(k, "half") {
            (30, k)
        } else {
            let n = self.spoken_number(k, &l, |x| c.s - x)?;
            (n.0, n.1)
        };
        if !(1..60).contains(&n)
            || hour_range(n, s) && !self.word_is(k, "quarter") && !self.word_is(k, "half")
        {
            return None;
        }
        date_pt(s, c.e, shift_clock(d, h, m, sign * n)?)
    }

    /// A number of minutes or an hour ending at `k`: `15`, `twenty`, `twenty-five`; with its
    /// first token.
    fn spoken_number(
        &self,
        k: usize,
        l: impl Fn(usize) -> Option<usize>,
        c_dist: impl Fn(usize) -> usize,
    ) -> Option<(i64, usize)> {
        if let Some((v, len)) = self.num(k) {
            return (len <= 2).then_some((i64::from(v), k));
        }
        let v = self.find(k, |x| if let Lex::Num(n) = x { Some(n) } else { None })?;
        // `twenty five`
        let back = |n: usize| k.checked_sub(n).filter(|&x| l(c_dist(x)).is_some());
        if v < 10 {
            if let Some(t) = back(1) {
                if let Some(tens) =
                    self.find(t, |x| if let Lex::Num(n) = x { Some(n) } else { None })
                {
                    if (20..=50).contains(&tens) && tens % 10 == 0 {
                        return Some((i64::from(tens + v), t));
                    }
                }
            }
        }
        Some((i64::from(v), k))
    }

    /// `8 tonight`, `eight tonight`, `9 tomorrow morning`, `at 5 tomorrow afternoon`, `8 this
    /// evening`.
    fn hour_before_day(&self, c: &Cand, l: impl Fn(usize) -> Option<usize>) -> Option<Cand> {
        let d = day_of(c)?;
        let k = l(1)?;
        // `at 5 tomorrow afternoon`, or a line of its own (`8 tonight`); not `fell 3 today`.
        if !(l(2).is_some_and(|a| self.at_word(a)) || self.line_start(k)) {
            return None;
        }
        let first = c.s;
        let dayword = self.has(first, Lex::Tonight)
            || self
                .find(first, |x| if let Lex::Day(o) = x { Some(o) } else { None })
                .is_some()
            || self.rel(first) == Some(Rel::This) && self.part(first + 1).is_some();
        if !dayword {
            return None;
        }
        let h = self
            .num(k)
            .filter(|&(v, len)| len <= 2 && (1..=12).contains(&v))
            .map(|(v, _)| v)
            .or_else(|| {
                self.find(k, |x| if let Lex::Num(n) = x { Some(n) } else { None })
                    .filter(|v| (1..=12).contains(v))
            })?;
        let part = match c.val {
            Val::Pt(Pt::DayPart(_, p)) => Some(p),
            _ => None,
        };
        let h = u8::try_from(h).ok()?;
        let h = part.map_or(h, |p| afternoon(h, p));
        date_pt(k, c.e, Pt::Time(d, h, 0))
    }

    /// `tomorrow afternoon at 5`, `this morning @ 10`, `tonight at 11`, `in the evening at
    /// eight`, `tomorrow at 150ish`.
    fn day_at_hour(&self, c: &Cand, ceil: usize) -> Option<Cand> {
        let d = day_of(c)?;
        let at = c.e;
        if at + 1 >= ceil || !self.at_word(at) {
            return None;
        }
        let k = at + 1;
        let (h, m) = if let Some((v, len)) = self.num(k) {
            match len {
                1 | 2 if (1..=12).contains(&v) => (v, 0),
                3 | 4 if v % 100 < 60 && v / 100 < 24 => (v / 100, v % 100),
                _ => return None,
            }
        } else {
            let v = self.find(k, |x| if let Lex::Num(n) = x { Some(n) } else { None })?;
            if !(1..=12).contains(&v) {
                return None;
            }
            (v, 0)
        };
        let mut e = k + 1;
        if self.word_is(e, "ish") || self.word_is(e, "oclock") {
            e += 1;
        }
        let (h, m) = (u8::try_from(h).ok()?, u8::try_from(m).ok()?);
        let h = match c.val {
            Val::Pt(Pt::DayPart(_, p)) => afternoon(h, p),
            _ => h,
        };
        date_pt(c.s, e, Pt::Time(d, h, m))
    }

    /// `friday after next`: the weekday of the week after next's.
    fn weekday_after_next(&self, c: &Cand, ceil: usize) -> Option<Cand> {
        let w = self.lone_weekday(c)?;
        if c.e + 1 >= ceil || !self.word_is(c.e, "after") || self.rel(c.e + 1) != Some(Rel::Next) {
            return None;
        }
        let d = self.weekday_date(w, Tense::Future, Some(Rel::Next))?;
        date_pt(c.s, c.e + 2, Pt::Day(add_days(d, 7)?))
    }

    /// `Tuesday the 19th`, `Thu 15th`: the nearest 19th that is a Tuesday, in the preferred
    /// direction.
    fn weekday_the_nth(&self, c: &Cand, ceil: usize) -> Option<Cand> {
        let w = self.lone_weekday(c)?;
        let a = self.anchor?;
        let mut k = c.e;
        if self.has(k, Lex::The) {
            k += 1;
        }
        if k >= ceil {
            return None;
        }
        let (n, _) = self.ord(k)?;
        let n = i8::try_from(n).ok()?;
        let days = day_in_months(a, n, 12).filter(|&d| wd_num(d) == w);
        let day = self.nearest_way(days, self.tense(c.s, k + 1), 1000)?;
        date_pt(c.s, k + 1, Pt::Day(day))
    }

    /// `3pm approximately`.
    fn approximately(&self, c: &Cand, ceil: usize) -> Option<Cand> {
        clock_of(c)?;
        (c.e < ceil && self.word_is(c.e, "approximately")).then(|| Cand {
            e: c.e + 1,
            modifier: Some(crate::Modifier::Approx),
            ..c.clone()
        })
    }

    /// `2014 A.D.`, `2014 AD`.
    fn era(&self, c: &Cand, ceil: usize) -> Option<Cand> {
        let Val::Pt(Pt::Year(_)) = c.val else {
            return None;
        };
        let e = c.e;
        let end = if self.word(e) == "AD" {
            e + 1
        } else if self.word_is(e, "a")
            && self.is_p(e + 1, b'.')
            && self.word_is(e + 2, "d")
            && self.is_p(e + 3, b'.')
        {
            e + 4
        } else {
            return None;
        };
        (end <= ceil).then(|| Cand {
            e: end,
            ..c.clone()
        })
    }
}
