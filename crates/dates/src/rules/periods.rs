//! The determiner forms: `the past`, `the future`, `the year`, `the quarter`, `the weekend`,
//! `the day before`, `the year-ago quarter`, `the first nine months`; a point at a unit's
//! granularity.

use super::counts::dur_value;
use super::{date_pt, derived, str_c, Cand, Doc};
use crate::lex::{Lex, Prep, RefW, Rel, Unit};
use crate::pt::{add_days, quarter_of, week_of, Pt};
use crate::TimexKind;

impl Doc<'_> {
    /// The period of unit `u` that `the next day`, `that week` count from: the last mention's,
    /// else the document date's.
    pub(super) fn mention_base(&self, u: Unit) -> Option<Pt> {
        self.last
            .and_then(|p| self.at_unit(p, u))
            .or_else(|| self.anchor_pt(u))
    }

    /// `p` at the granularity of unit `u`.
    pub(super) fn at_unit(&self, p: Pt, u: Unit) -> Option<Pt> {
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
    pub(super) fn r_the(&self, i: usize) -> Option<Cand> {
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
        if let Some(c) = self.the_year_ago(i, j) {
            return c;
        }
        if let Some(c) = self.the_months(i, j) {
            return Some(c);
        }
        if let Some(c) = self.the_near_day(i, j) {
            return Some(c);
        }
        self.the_unit(i, j)
    }

    /// `the year-ago third quarter`, `the comparable year-earlier first quarter`, `the year-ago
    /// quarter`, `the year-earlier period`; `Some` with the rule's answer.
    fn the_year_ago(&self, i: usize, j: usize) -> Option<Option<Cand>> {
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
                    let Ok(o) = i8::try_from(o) else {
                        return Some(None);
                    };
                    return Some(match y {
                        Some(y) => derived(date_pt(i, k + 1, Pt::Quarter(y, o))),
                        None => str_c(i, k + 1, TimexKind::Date, format!("XXXX-Q{o}")),
                    });
                }
            }
            if jy > j && (self.unit(jy + 3).is_some() || self.word_is(jy + 3, "period")) {
                let q = self.ref_quarter().and_then(|q| q.shift_years(-1));
                return Some(match q {
                    Some(q) => derived(date_pt(i, jy + 4, q)),
                    None => str_c(i, jy + 4, TimexKind::Date, "XXXX-QX"),
                });
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
                    return Some(match q {
                        Some(q) => derived(date_pt(i, j + 4, q)),
                        None => str_c(i, j + 4, TimexKind::Date, "XXXX-QX"),
                    });
                }
            }
        }
        None
    }

    /// `the first nine months`, `the nine months`, `the six months`.
    fn the_months(&self, i: usize, j: usize) -> Option<Cand> {
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
        None
    }

    /// `the latest period`, `the day before`, `the day after`, `the full year`.
    fn the_near_day(&self, i: usize, j: usize) -> Option<Cand> {
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
        None
    }

    /// `the year`, `the fiscal year`, `the quarter`, `the weekend`, `the week`, `the month`,
    /// `the year ended Sept. 30`.
    fn the_unit(&self, i: usize, j: usize) -> Option<Cand> {
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
                    let base = self.mention_base(u);
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
}
