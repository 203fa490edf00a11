//! The merge pass: neighbouring pieces that name one point in time become one expression.
//!
//! The rules read typed pieces, not words: a day (`tomorrow`, `Friday`, `4/25`, `Easter`), a
//! clock time, a part of day, a week, a month, a duration. Each rule states one composition:
//! - `<day>,? <time>` and `<time> (on|,)? <day>`: the time on that day;
//! - `<weekday> (of|from)? <week>` and `<week>'s <weekday>`: the day in that week;
//! - `(<ordinal>|last) <weekday> (of|in) <month>`, `last weekend of <month>`;
//! - `<minutes> (past|to) <time>` (`<duration> after <day>` stays two expressions, as TimeML
//!   anchors a duration to a date rather than merging them);
//! - and the pieces built from words around one piece ([`Doc::extend_left`],
//!   [`Doc::extend_right`] in `around.rs`).
//!
//! Each candidate is looked at once and joined with at most its neighbours, so the pass is
//! linear in the number of candidates.

use jiff::civil::Date;

use super::{date_pt, Cand, Doc, Val};
use crate::lex::{Lex, Prep, Rel};
use crate::pt::{add_days, week_monday, week_of, Pt};

/// The weekday `w` (Monday = 1) of the ISO week `y-Ww`.
pub(super) fn day_in_week(y: i32, w: i8, wd: i8) -> Option<Date> {
    add_days(week_monday(y, w)?, i64::from(wd - 1))
}

/// The `n`th (`-1` = last) weekday `wd` of month `m` of year `y`.
pub(super) fn nth_weekday(y: i32, m: i8, n: i8, wd: i8) -> Option<Date> {
    let first = crate::pt::ymd(y, m, 1)?;
    let w = jiff::civil::Weekday::from_monday_one_offset(wd).ok()?;
    first.nth_weekday_of_month(n, w).ok()
}

/// The day a piece names, if it names one (with or without a part of day).
pub(super) fn day_of(c: &Cand) -> Option<Date> {
    match c.val {
        Val::Pt(Pt::Day(d)) | Val::Pt(Pt::DayPart(d, _)) => Some(d),
        _ => None,
    }
}

/// The clock time a piece names.
pub(super) fn clock_of(c: &Cand) -> Option<(Date, u8, u8)> {
    match c.val {
        Val::Pt(Pt::Time(d, h, m)) => Some((d, h, m)),
        _ => None,
    }
}

/// Minutes in a duration value (`PT15M`, `PT1H`).
fn minutes_of(c: &Cand) -> Option<i64> {
    let Val::Str(v) = &c.val else { return None };
    let body = v.strip_prefix("PT")?;
    let (n, unit) = body.split_at(body.len().checked_sub(1)?);
    let n: i64 = n.parse().ok()?;
    match unit {
        "M" => Some(n),
        "H" => Some(60 * n),
        _ => None,
    }
}

/// A clock time moved by `min` minutes (within the day).
pub(super) fn shift_clock(d: Date, h: u8, m: u8, min: i64) -> Option<Pt> {
    let t = i64::from(h) * 60 + i64::from(m) + min;
    let day = add_days(d, t.div_euclid(1440))?;
    let t = t.rem_euclid(1440);
    Some(Pt::Time(
        day,
        u8::try_from(t / 60).ok()?,
        u8::try_from(t % 60).ok()?,
    ))
}

impl Doc<'_> {
    /// The merge pass over the candidates of a document, in text order.
    pub(crate) fn merge(&self, cands: Vec<Cand>) -> Vec<Cand> {
        let mut out: Vec<Cand> = Vec::with_capacity(cands.len());
        let mut it = cands.into_iter().peekable();
        while let Some(c) = it.next() {
            if out.last().is_some_and(|p| c.s < p.e) {
                continue; // taken in by a neighbour's extension
            }
            let floor = out.last().map_or(0, |p| p.e);
            let mut c = self.extend_left(c, floor);
            if let Some(p) = out.last() {
                if let Some(m) = self.join(p, &c) {
                    c = m;
                    out.pop();
                }
            }
            let ceil = it.peek().map_or(self.t.len(), |x| x.s);
            out.push(self.extend_right(c, ceil));
        }
        for k in 1..out.len() {
            if let (Some(p), Some(c)) = (out.get(k - 1), out.get(k)) {
                let span = self.anchor_span(p, c);
                if let (Some(span), Some(p)) = (span, out.get_mut(k - 1)) {
                    p.anchored = Some(span);
                }
            }
        }
        out
    }

    /// The days a duration covers when a day anchors it: `two weeks from now`, `three days
    /// after Easter`, `a week before Christmas`. (TimeML keeps these two expressions.)
    fn anchor_span(&self, p: &Cand, c: &Cand) -> Option<(Date, Date)> {
        let Val::Str(v) = &p.val else { return None };
        if p.kind != crate::TimexKind::Duration || c.s != p.e + 1 {
            return None;
        }
        let day = match &c.val {
            Val::Pt(Pt::Day(d)) => *d,
            Val::Str(r) if r == "PRESENT_REF" && self.word_is(c.s, "now") => self.anchor?,
            _ => return None,
        };
        let body = v.strip_prefix('P')?;
        let (n, unit) = body.split_at(body.len().checked_sub(1)?);
        let n: i64 = n.parse().ok()?;
        let later = |d: Date, sign: i64| -> Option<Date> {
            match unit {
                "D" => add_days(d, sign * n),
                "W" => add_days(d, sign * 7 * n),
                "M" => crate::pt::add_months(d, sign * n),
                "Y" => crate::pt::add_years(d, sign * n),
                _ => None,
            }
        };
        match self.prep(p.e) {
            Some(Prep::After | Prep::From) => Some((day, later(day, 1)?)),
            Some(Prep::Before) => Some((later(day, -1)?, day)),
            _ => None,
        }
    }

    /// The words between two pieces, when there are at most three.
    fn gap(&self, a: usize, b: usize) -> Option<Vec<&str>> {
        if b < a || b - a > 3 {
            return None;
        }
        Some(
            (a..b)
                .map(|k| match self.t.get(k) {
                    Some(t) if matches!(t.k, crate::lex::K::P(_)) => {
                        self.text.get(t.s..t.e).unwrap_or("")
                    }
                    _ => self.word(k),
                })
                .collect(),
        )
    }

    /// Whether a piece is one weekday name (and its period).
    pub(super) fn lone_weekday(&self, c: &Cand) -> Option<i8> {
        self.weekday_tok(c.s)
            .filter(|&(_, e)| e == c.e)
            .map(|(w, _)| w)
    }

    /// Two neighbouring pieces that make one expression.
    fn join(&self, p: &Cand, c: &Cand) -> Option<Cand> {
        let gap = self.gap(p.e, c.s)?;
        let g: Vec<String> = gap.iter().map(|w| w.to_ascii_lowercase()).collect();
        let g: Vec<&str> = g.iter().map(String::as_str).collect();
        // `Fri, Jul 18, 2014 07:00 PM`, `10 p.m. Wednesday`, `3 p.m. on Friday` are one
        // expression; `Friday at 3 p.m.` is two, as TimeML reads a time anchored by `at`.
        let at = matches!(g.as_slice(), [] | [","]);
        let on = matches!(g.as_slice(), [] | [","] | ["on"] | [",", "on"]);
        let span = |v: Pt| date_pt(p.s, c.e, v);
        // `<day> <time>`: `Fri, Jul 18, 2014 07:00 PM`, `day after tomorrow 5pm`
        if let (Some(d), Some((_, h, m)), true) = (day_of(p), clock_of(c), at) {
            let h = match p.val {
                Val::Pt(Pt::DayPart(_, part)) if !self.has_meridiem(c.s, c.e) => afternoon(h, part),
                _ => h,
            };
            return span(Pt::Time(d, h, m));
        }
        // `<time> on <day>`: `at 7:30 PM on Fri, Sep 20`, `6 pm on Christmas`
        if let (Some((_, h, m)), Some(d), true) = (clock_of(p), day_of(c), on) {
            if matches!(c.val, Val::Pt(Pt::Day(_))) {
                return span(Pt::Time(d, h, m));
            }
        }
        // `this coming Sunday, March eighth` (one day named twice); `Jul 18, Fri` (the weekday
        // fixes the year)
        if let (Val::Pt(Pt::Day(a)), Val::Pt(Pt::Day(b)), true) = (&p.val, &c.val, on) {
            if a == b {
                return span(Pt::Day(*a));
            }
            if let (Some(w), false) = (self.lone_weekday(c), self.has_year(p.s, p.e)) {
                return span(Pt::Day(self.year_by_weekday(*a, w, p.s)?));
            }
        }
        // `<weekday> of next week`, `sunday from last week`, `wednesday next week`
        if let (Some(wd), Val::Pt(Pt::Week(y, w))) = (self.lone_weekday(p), &c.val) {
            if matches!(g.as_slice(), [] | ["of"] | ["from"]) {
                return span(Pt::Day(day_in_week(*y, *w, wd)?));
            }
        }
        // `last week's sunday`
        if let (Val::Pt(Pt::Week(y, w)), Some(wd)) = (&p.val, self.lone_weekday(c)) {
            if matches!(g.as_slice(), ["'", "s"]) {
                return span(Pt::Day(day_in_week(*y, *w, wd)?));
            }
        }
        // `last day of October 2015`, `fifth last day of May`
        if let (Val::Pt(Pt::Month(y, m)), ["of" | "in"]) = (&c.val, g.as_slice()) {
            if p.e == p.s + 2 && self.rel(p.s) == Some(Rel::Last) && self.word_is(p.s + 1, "day") {
                let (n, s) = match p.s.checked_sub(1).and_then(|k| self.ord(k)) {
                    Some((n, _)) => (i64::from(n), p.s - 1),
                    None => (1, p.s),
                };
                let last = crate::pt::ymd(*y, *m, 1)?.last_of_month();
                return date_pt(s, c.e, Pt::Day(add_days(last, 1 - n)?));
            }
        }
        // `last Monday of March`, `first tuesday in october`, `last weekend of October`
        if let (Val::Pt(Pt::Month(y, m)), ["of" | "in"]) = (&c.val, g.as_slice()) {
            if let Some(x) = self.nth_weekday_in(p, *y, *m, c.e) {
                return Some(x);
            }
        }
        // `15 minutes past 3pm`, `20 minutes to 2pm tomorrow`, `15 minutes from 1pm`
        if let (Some(n), Some((d, h, m)), [w]) = (minutes_of(p), clock_of(c), g.as_slice()) {
            let sign = match *w {
                "past" | "after" | "from" => 1,
                "to" | "before" | "till" => -1,
                _ => return None,
            };
            return span(shift_clock(d, h, m, sign * n)?);
        }
        None
    }

    /// `(the)? (<ordinal>|last) <weekday> (of|in) <month>` with `p` the weekday piece (the
    /// ordinal may stand just before it) and the month `y-m`; `last weekend of <month>`.
    fn nth_weekday_in(&self, p: &Cand, y: i32, m: i8, e: usize) -> Option<Cand> {
        // `last weekend of October`: the weekend of the month's last Saturday.
        if matches!(p.val, Val::Pt(Pt::Weekend(..))) && self.rel(p.s) == Some(Rel::Last) {
            let sat = nth_weekday(y, m, -1, 6)?;
            let Pt::Week(wy, w) = week_of(sat) else {
                return None;
            };
            return date_pt(p.s, e, Pt::Weekend(wy, w));
        }
        let (n, s, wd) = if let Some(wd) = self.lone_weekday(p) {
            let k = p.s.checked_sub(1)?;
            let (o, _) = self.ord(k)?;
            let s = if k > 0 && self.has(k - 1, Lex::The) {
                k - 1
            } else {
                k
            };
            (i8::try_from(o).ok()?, s, wd)
        } else if self.rel(p.s) == Some(Rel::Last) {
            let (wd, we) = self.weekday_tok(p.s + 1)?;
            if we != p.e {
                return None;
            }
            (-1, p.s, wd)
        } else {
            return None;
        };
        if !(-1..=5).contains(&n) || n == 0 {
            return None;
        }
        date_pt(s, e, Pt::Day(nth_weekday(y, m, n, wd)?))
    }

    /// Whether tokens `s..e` carry `am`/`pm`.
    pub(super) fn has_meridiem(&self, s: usize, e: usize) -> bool {
        (s..e).any(|k| {
            matches!(
                self.t.get(k).map(|t| t.k),
                Some(crate::lex::K::Num {
                    suf: crate::lex::Suf::Am | crate::lex::Suf::Pm,
                    ..
                })
            ) || ["am", "pm", "a", "p"].iter().any(|w| self.word_is(k, w))
        })
    }

    /// Whether token `i` is `at` or `@`.
    pub(super) fn at_word(&self, i: usize) -> bool {
        self.prep(i) == Some(Prep::At) || self.is_p(i, b'@')
    }
}

/// An hour said with a part of day: `5` in the afternoon is 17:00, `11` at night 23:00.
pub(super) fn afternoon(h: u8, part: u8) -> u8 {
    match part {
        1 | 2 if h < 12 => h + 12,
        3 if (5..12).contains(&h) => h + 12,
        _ => h,
    }
}
