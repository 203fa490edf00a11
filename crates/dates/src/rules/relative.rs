//! Dates counted from the document date in weekdays: `3 fridays from now`, `two sundays from
//! now`, `2 thursdays ago`.

use super::counts::{dur_value, unresolved_unit};
use super::{date_pt, derived, str_c, Cand, Doc, Val};
use crate::lex::{Lex, Prep, Rel, Unit};
use crate::pt::{add_days, season_of, wd_num, Pt};
use crate::{Modifier, TimexKind};

impl Doc<'_> {
    /// `<N> <weekday>s (from now|hence|ago|back)`: the Nth such weekday after (before) the
    /// document date.
    pub(super) fn r_counted_weekday(&self, i: usize) -> Option<Cand> {
        let n = match self.num(i) {
            Some((v, len)) if len <= 2 => v,
            Some(_) => return None,
            None => self.find(i, |l| if let Lex::Num(n) = l { Some(n) } else { None })?,
        };
        if !(1..=52).contains(&n) {
            return None;
        }
        let w = self.find(i + 1, |l| {
            if let Lex::Weekdays(w) = l {
                Some(w)
            } else {
                None
            }
        })?;
        let k = i + 2;
        let (sign, e) = if self.prep(k) == Some(Prep::From) && self.word_is(k + 1, "now") {
            (1, k + 2)
        } else if self.word_is(k, "hence") {
            (1, k + 1)
        } else if self.has(k, Lex::Ago) || self.word_is(k, "back") {
            (-1, k + 1)
        } else {
            return None;
        };
        let a = self.anchor?;
        let cur = wd_num(a);
        // The first one strictly after (before) the document date, then whole weeks.
        let first = if sign > 0 {
            let f = i64::from((w - cur).rem_euclid(7));
            if f == 0 {
                7
            } else {
                f
            }
        } else {
            let b = i64::from((cur - w).rem_euclid(7));
            -(if b == 0 { 7 } else { b })
        };
        let off = first + sign * 7 * (i64::from(n) - 1);
        date_pt(i, e, Pt::Day(add_days(a, off)?))
    }

    /// `last year`, `this week`, `next month`, `last Friday`, `this summer`, `last fall`,
    /// `the past decade` (a duration), `the coming weeks`.
    pub(super) fn r_rel(&self, i: usize) -> Option<Cand> {
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
        if let Some(c) = self.rel_day_part(i, r, the, kk) {
            return Some(c);
        }
        if let Some(c) = self.rel_fiscal(i, r, kk) {
            return Some(c);
        }
        // `last Thanksgiving`, `next Christmas`, `last easter`
        if !the {
            if let Some(c) = self.rel_holiday(i, r, kk) {
                return Some(c);
            }
        }
        // `last/this/next Friday`
        if let Some(w) = self.weekday(kk) {
            return self.rel_weekday(i, r, the, kk, w);
        }
        // `last/this/next month name`
        if let Some(m) = self.month(kk) {
            return self.rel_month(i, r, the, kk, m);
        }
        // `last/this/next summer`
        if let Some(s) = self.season(kk) {
            return self.rel_season(i, r, kk, s);
        }
        if let Some(c) = self.rel_span(i, r, kk) {
            return Some(c);
        }
        let (u, plural) = self.unit(kk)?;
        self.rel_unit(i, r, the, kk, u, plural)
    }

    /// `the next morning`, `last night`: a part of the day after (before) the one in view.
    fn rel_day_part(&self, i: usize, r: Rel, the: bool, kk: usize) -> Option<Cand> {
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
        None
    }

    /// `the current fiscal year`, `the latest fiscal year`.
    fn rel_fiscal(&self, i: usize, r: Rel, kk: usize) -> Option<Cand> {
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
        None
    }

    /// `last/this/next Friday`, `the previous Friday`, `last Friday night`.
    fn rel_weekday(&self, i: usize, r: Rel, the: bool, kk: usize, w: i8) -> Option<Cand> {
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
        date_pt(i, kk + 1, Pt::Day(d))
    }

    /// `last/this/next <month>`.
    fn rel_month(&self, i: usize, r: Rel, the: bool, kk: usize, m: i8) -> Option<Cand> {
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
        date_pt(i, kk + 1, Pt::Month(y, m))
    }

    /// `last/this/next summer`, counted in seasons from the anchor's.
    fn rel_season(&self, i: usize, r: Rel, kk: usize, s: u8) -> Option<Cand> {
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
        date_pt(i, kk + 1, Pt::Season(y, s))
    }

    /// `the past two months`, `the next few days`, `the last 24 hours`: durations.
    fn rel_span(&self, i: usize, r: Rel, kk: usize) -> Option<Cand> {
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
        None
    }

    /// `<rel> <unit>`: `last year`, `the past decade`, `the previous day`, `recent years`.
    fn rel_unit(
        &self,
        i: usize,
        r: Rel,
        the: bool,
        kk: usize,
        u: Unit,
        plural: bool,
    ) -> Option<Cand> {
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
                let base = self.mention_base(u);
                match base.and_then(|b| b.shift(-1)) {
                    Some(p) => date_pt(i, e, p),
                    None => str_c(i, e, TimexKind::Date, unresolved_unit(u)),
                }
            }
            _ => self.rel_shift(i, r, the, e, u),
        }
    }

    /// `<rel> <unit>` as a calendar point: the anchor's (or the last mention's) unit shifted.
    fn rel_shift(&self, i: usize, r: Rel, the: bool, e: usize, u: Unit) -> Option<Cand> {
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
                let base = self.mention_base(u);
                return match base.and_then(|b| b.shift(1)) {
                    Some(p) => date_pt(i, e, p),
                    None => str_c(i, e, TimexKind::Date, "XXXX-XX-XX"),
                };
            }
            Rel::Same | Rel::That => {
                let base = self.mention_base(u);
                return match base {
                    Some(p) => date_pt(i, e, p),
                    None => str_c(i, e, TimexKind::Date, "XXXX-XX-XX"),
                };
            }
            _ => 0,
        };
        if the && r == Rel::Next {
            // `the next day`: after the last mention.
            let base = self.mention_base(u);
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

#[cfg(test)]
mod tests {
    use crate::DateTagger;

    #[test]
    fn counted_weekdays() {
        let t = DateTagger::new();
        let a = jiff::civil::Date::new(2013, 2, 12).ok(); // a Tuesday
        for (text, want) in [
            ("3 fridays from now", "2013-03-01"),
            ("two sundays from now", "2013-02-24"),
            ("4 tuesdays from now", "2013-03-12"),
            ("2 thursdays ago", "2013-01-31"),
            ("2 thursdays back", "2013-01-31"),
        ] {
            let got = t.tag(text, a);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].value, want, "{text}");
            assert_eq!(got[0].span.len(), text.len(), "{text}");
        }
    }
}
