//! Single words and weekdays: `today`, `yesterday`, `tonight`, `now`, `this morning`, `earlier
//! this year`, `year-end`, `Wednesday night`, `the second day of`; the date of a bare weekday and
//! the anchor at a unit.

use jiff::civil::Date;

use super::counts::dur_value;
use super::{date_pt, derived, str_c, Cand, Doc, Tense, Val};
use crate::lex::{Lex, ModW, Prep, RefW, Rel, Unit};
use crate::pt::{add_days, quarter_of, wd_num, week_of, Pt};
use crate::{Modifier, TimexKind};

impl Doc<'_> {
    /// `the second day of an offensive`, `his first day in office`: the day under discussion.
    pub(super) fn r_ord_day(&self, i: usize) -> Option<Cand> {
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

    /// Single words: `today`, `yesterday`, `tonight`, `now`, `recently`, `this morning`,
    /// `earlier this year`, `later this month`.
    pub(super) fn r_word(&self, i: usize) -> Option<Cand> {
        // `earlier this year`, `later this month`
        if self.has(i, Lex::Earlier) || self.has(i, Lex::Later) {
            return self.word_earlier_later(i);
        }
        if let Some(off) = self.find(i, |l| if let Lex::Day(d) = l { Some(d) } else { None }) {
            return self.word_day(i, off);
        }
        if let Some(c) = self.word_part(i) {
            return Some(c);
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
            return self.word_ref(i, rw);
        }
        if self.rel(i) == Some(Rel::This)
            && self.word_is(i, "current")
            && self.unit(i + 1).is_none()
            && !self.has(i + 1, Lex::Fiscal)
        {
            return str_c(i, i + 1, TimexKind::Date, "PRESENT_REF");
        }
        self.word_year(i)
    }

    /// `earlier this year`, `later this month`, `Earlier Sunday`, `later yesterday`, `later
    /// this afternoon`.
    fn word_earlier_later(&self, i: usize) -> Option<Cand> {
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
        None
    }

    /// `today`, `yesterday`, `tomorrow` (offset `off` from the anchor), `yesterday morning`.
    fn word_day(&self, i: usize, off: i8) -> Option<Cand> {
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
        date_pt(i, i + 1, Pt::Day(d))
    }

    /// `mid-afternoon`, `mid-morning yesterday`, `that morning`, `in the afternoon`: a part of
    /// the day under discussion.
    fn word_part(&self, i: usize) -> Option<Cand> {
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
        None
    }

    /// `now`, `recently`, `the present` words (`rw`), except where they name no time.
    fn word_ref(&self, i: usize, rw: RefW) -> Option<Cand> {
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
        str_c(i, i + 1, TimexKind::Date, v)
    }

    /// `year-earlier`, `year-ago`, `year-end`, `by year's end`.
    fn word_year(&self, i: usize) -> Option<Cand> {
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
    pub(super) fn r_weekday(&self, i: usize) -> Option<Cand> {
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

    /// A bare weekday, by tense: the latest one on or before the anchor for the past, the
    /// next one on or after for the future.
    pub(super) fn weekday_date(&self, w: i8, tense: Tense, rel: Option<Rel>) -> Option<Date> {
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

    /// The anchor at the granularity of unit `u`.
    pub(super) fn anchor_pt(&self, u: Unit) -> Option<Pt> {
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
}
