//! Calendar dates written with numbers and ordinals: `2/15`, `2/2013`, `2014-10`, `10-31-74`,
//! `10.31.1974`, `31/Oct/1974`, `march third`, `the 15th`, `18q4`, and the year a weekday fixes
//! (`Fri, Jul 18`).

use jiff::civil::Date;

use super::{date_pt, str_c, Cand, Doc, Tense};
use crate::lex::{Lex, Prep, Rel, Suf, Unit, K};
use crate::pt::{add_months, days_between, wd_num, ymd, Pt};
use crate::TimexKind;

/// A two-digit year: `74` is 1974, `13` is 2013.
fn full_year(y: u32, len: u8) -> Option<i32> {
    let y = i32::try_from(y).ok()?;
    Some(match len {
        2 if y < 50 => 2000 + y,
        2 => 1900 + y,
        4 => y,
        _ => return None,
    })
}

/// Day `d` of each month from `span` months before `a` to `span` after (months without that day
/// left out).
pub(super) fn day_in_months(a: Date, d: i8, span: i64) -> impl Iterator<Item = Date> {
    (-span..=span).filter_map(move |off| {
        add_months(a, off).and_then(|x| ymd(i32::from(x.year()), x.month(), d))
    })
}

impl Doc<'_> {
    /// A number token with any attached letters: value and digit count.
    pub(super) fn digits(&self, i: usize) -> Option<(u32, u8)> {
        match self.t.get(i).map(|t| t.k) {
            Some(K::Num {
                v,
                len,
                grouped: false,
                ..
            }) => Some((v, len)),
            _ => None,
        }
    }

    /// Whether tokens `s..e` hold a four-digit year.
    pub(super) fn has_year(&self, s: usize, e: usize) -> bool {
        (s..e).any(|k| self.year_num(k).is_some())
    }

    /// The year (within six of the document date's) in which `d`'s month and day fall on
    /// weekday `w`, the nearest in the preferred direction.
    pub(super) fn year_by_weekday(&self, d: Date, w: i8, at: usize) -> Option<Date> {
        if wd_num(d) == w {
            return Some(d);
        }
        let a = self.anchor?;
        let years = (-6..=6).filter_map(|off| ymd(i32::from(a.year()) + off, d.month(), d.day()));
        // The weekday is strong evidence: a date just behind beats one years ahead.
        self.nearest_way(
            years.filter(|&c| wd_num(c) == w),
            self.tense(at, at + 1),
            400,
        )
    }

    /// Of `dates`, the one nearest the document date, one on the wrong side of it for `tense`
    /// counting `penalty` days further; `None` without a document date.
    pub(super) fn nearest_way(
        &self,
        dates: impl IntoIterator<Item = Date>,
        tense: Tense,
        penalty: i64,
    ) -> Option<Date> {
        let a = self.anchor?;
        let mut best: Option<(i64, Date)> = None;
        for c in dates {
            let diff = days_between(a, c)?;
            let wrong_way = tense == Tense::Future && diff < 0 || tense == Tense::Past && diff > 0;
            let cost = diff.abs() + if wrong_way { penalty } else { 0 };
            if best.is_none_or(|(b, _)| cost < b) {
                best = Some((cost, c));
            }
        }
        best.map(|(_, c)| c)
    }

    /// A day of month spelled after month `i`'s name at `j`: `march third`, `february the
    /// 15th`; the day and the token holding it.
    pub(super) fn spelled_dom(&self, i: usize, j: usize) -> Option<(i8, usize)> {
        if self.word_is(i, "may") {
            return None; // `may first consider`
        }
        let k = if self.has(j, Lex::The) { j + 1 } else { j };
        let o = self.find(k, |l| if let Lex::Ord(o) = l { Some(o) } else { None });
        let o = match (o, k == j) {
            (Some(o), _) => o,
            (None, false) => self.ord(k)?.0,
            (None, true) => return None,
        };
        // `March first time`: an ordinal that modifies a noun.
        if self.is_word(k + 1) && self.lx(k + 1).is_empty() {
            return None;
        }
        let d = i8::try_from(o).ok().filter(|d| (1..=31).contains(d))?;
        Some((d, k))
    }

    /// Short numeric dates: `2/15` (month/day), `2/2013` (month/year), `2014-10`, `2014/10`
    /// (year-month), `10-31-74`, `10.31.1974` (month-day-year), `31/Oct/1974`, `31-Oct-74`.
    pub(super) fn r_numeric_short(&self, i: usize) -> Option<Cand> {
        // Not inside a longer run of numbers (`1-800-555-0199`, `$2/15`).
        let glued = i > 0
            && self.attached(i)
            && matches!(
                self.t.get(i - 1).map(|t| t.k),
                Some(K::P(b'-' | b'/' | b'.' | b'$')) | Some(K::Num { .. })
            );
        if glued {
            return None;
        }
        if let Some(c) = self.dotted_date(i) {
            return Some(c);
        }
        let (a, alen) = self.num(i)?;
        if let Some(c) = self.month_day_line(i, a, alen) {
            return Some(c);
        }
        let sep = match self.t.get(i + 1).map(|t| t.k) {
            Some(K::P(c @ (b'-' | b'/'))) if self.attached(i + 1) && self.attached(i + 2) => c,
            _ => return None,
        };
        // A third part: `10-31-74`, `31/Oct/1974`.
        let third = self.is_p(i + 3, sep) && self.attached(i + 3) && self.attached(i + 4);
        if third {
            let (y, ylen) = self.num(i + 4)?;
            let y = full_year(y, ylen)?;
            let date = match (self.num(i + 2), self.month(i + 2)) {
                // `10-31-74` (month-day), `31-10-74` (day-month)
                (Some((b, _)), _) if alen <= 2 => {
                    let (a, b) = (i8::try_from(a).ok()?, i8::try_from(b).ok()?);
                    ymd(y, a, b).or_else(|| ymd(y, b, a))?
                }
                // `31/Oct/1974`, `31-Oct-74`
                (None, Some(m)) if alen <= 2 => ymd(y, m, i8::try_from(a).ok()?)?,
                _ => return None,
            };
            if self.is_p(i + 5, b'-') || self.is_p(i + 5, b'/') {
                return None;
            }
            return date_pt(i, i + 5, Pt::Day(date));
        }
        if self.is_p(i + 3, b'-')
            || self.is_p(i + 3, b'/')
            || self.is_p(i + 3, b'.') && self.num(i + 4).is_some()
        {
            return None;
        }
        let (b, blen) = self.num(i + 2)?;
        if self.is_word(i + 3)
            && self.unit(i + 3).is_none()
            && self.lx(i + 3).is_empty()
            && !self.cap(i + 3)
        {
            return None; // `2/3 majority`, `24/7 service`
        }
        match (alen, blen, sep) {
            // `2014-10`, `2014/10`; not the season `2010-11`.
            (4, 2, _)
                if (1..=12).contains(&b) && b != (a + 1) % 100 && (1900..2100).contains(&a) =>
            {
                date_pt(
                    i,
                    i + 3,
                    Pt::Month(i32::try_from(a).ok()?, i8::try_from(b).ok()?),
                )
            }
            // `2/2013`
            (1 | 2, 4, b'/') if (1..=12).contains(&a) && (1900..2100).contains(&b) => date_pt(
                i,
                i + 3,
                Pt::Month(i32::try_from(b).ok()?, i8::try_from(a).ok()?),
            ),
            // `2/15`, `on 4/25`: a month and a day; a fraction has a day of 12 or less.
            (1 | 2, 1 | 2, b'/') if (1..=12).contains(&a) && (1..=31).contains(&b) => {
                let on = i > 0 && self.prep(i - 1).is_some();
                if b <= 12 && !on {
                    return None;
                }
                let (m, d) = (i8::try_from(a).ok()?, i8::try_from(b).ok()?);
                let y = self.month_year(m, Some(d), self.tense(i, i + 3))?;
                date_pt(i, i + 3, Pt::Day(ymd(y, m, d)?))
            }
            _ => None,
        }
    }

    /// `10.31.1974`, `31.10.1974`, `10.31.74` (one dotted token).
    fn dotted_date(&self, i: usize) -> Option<Cand> {
        let t = self.t.get(i)?;
        if !matches!(t.k, K::Num { grouped: true, .. }) {
            return None;
        }
        let mut parts = self.text.get(t.s..t.e)?.split('.');
        let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || a.len() > 2 || b.len() > 2 || !(y.len() == 2 || y.len() == 4) {
            return None;
        }
        let y = full_year(y.parse().ok()?, u8::try_from(y.len()).ok()?)?;
        let (a, b): (i8, i8) = (a.parse().ok()?, b.parse().ok()?);
        let d = ymd(y, a, b).or_else(|| ymd(y, b, a))?;
        date_pt(i, i + 1, Pt::Day(d))
    }

    /// `2-15`, `2 / 15` as a line of its own (a form field or a calendar entry): month and
    /// day. In running text these are scores and ranges.
    fn month_day_line(&self, i: usize, a: u32, alen: u8) -> Option<Cand> {
        let Some(K::P(b'-' | b'/')) = self.t.get(i + 1).map(|t| t.k) else {
            return None;
        };
        let (b, blen) = self.num(i + 2)?;
        let start = if i > 0 && self.prep(i - 1) == Some(Prep::On) {
            i - 1
        } else {
            i
        };
        if alen > 2
            || blen > 2
            || !self.alone_on_line(start, i + 3)
            || self.attached(i + 1) && self.attached(i + 2) && self.is_p(i + 1, b'/')
        {
            return None;
        }
        let (m, d) = (i8::try_from(a).ok()?, i8::try_from(b).ok()?);
        ymd(2000, m, d)?;
        let y = self.month_year(m, Some(d), self.tense(i, i + 3))?;
        date_pt(i, i + 3, Pt::Day(ymd(y, m, d)?))
    }

    /// A bare day of month: `on the 15th`, `the 1st`, `on the first`; the nearest such day in
    /// the preferred direction.
    pub(super) fn r_bare_dom(&self, i: usize) -> Option<Cand> {
        if !self.has(i, Lex::The) {
            return None;
        }
        let k = i + 1;
        if i > 0 && self.weekday(i - 1).is_some() {
            return None; // `Tuesday the 19th`: one date (around.rs)
        }
        let on = i > 0 && self.prep(i - 1) == Some(Prep::On);
        let d = match self.t.get(k).map(|t| t.k) {
            Some(K::Num {
                v,
                len: 1 | 2,
                suf: Suf::Ord,
                ..
            }) => v,
            _ if on => self.find(k, |l| if let Lex::Ord(o) = l { Some(o) } else { None })?,
            _ => return None,
        };
        // `the 15th century`, `the 1st of march` (another rule), `the first to`
        if self.is_word(k + 1) || self.has(k + 1, Lex::Of) || !(1..=31).contains(&d) {
            return None;
        }
        let a = self.anchor?;
        let d = i8::try_from(d).ok()?;
        let day = self.nearest_way(day_in_months(a, d, 2), self.tense(i, k + 1), 10_000)?;
        date_pt(i, k + 1, Pt::Day(day))
    }

    /// `18q4`, `2018Q4`.
    pub(super) fn r_quarter_code(&self, i: usize) -> Option<Cand> {
        let (y, len) = self.digits(i)?;
        let t = self.t.get(i)?;
        let suf = self
            .text
            .get(t.s..t.e)?
            .trim_start_matches(|c: char| c.is_ascii_digit());
        if !suf.eq_ignore_ascii_case("q") || !self.attached(i + 1) {
            return None;
        }
        let (q, 1) = self.num(i + 1)? else {
            return None;
        };
        if !(1..=4).contains(&q) {
            return None;
        }
        let y = full_year(y, len)?;
        date_pt(i, i + 2, Pt::Quarter(y, i8::try_from(q).ok()?))
    }

    /// A month (and day) without a year: the nearest occurrence, biased by tense.
    pub(super) fn month_year(&self, m: i8, d: Option<i8>, tense: Tense) -> Option<i32> {
        self.nearest_year(|y| ymd(y, m, d.unwrap_or(15)), tense)
    }

    /// The year (anchor year - 1, + 0 or + 1) whose day `f(year)` is nearest the anchor; the
    /// past is preferred unless the tense points ahead.
    pub(super) fn nearest_year(
        &self,
        f: impl Fn(i32) -> Option<Date>,
        tense: Tense,
    ) -> Option<i32> {
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

    /// A day-of-month number at `i` (`16`, `16th`).
    pub(super) fn dom(&self, i: usize) -> Option<i8> {
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
    pub(super) fn year_num(&self, i: usize) -> Option<i32> {
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
    pub(super) fn month_tok(&self, i: usize) -> Option<(i8, usize)> {
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
    pub(super) fn r_month_date(&self, i: usize) -> Option<Cand> {
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
    pub(super) fn r_day_month(&self, i: usize) -> Option<Cand> {
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
    pub(super) fn r_numeric_date(&self, i: usize) -> Option<Cand> {
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
}
