//! Counts and the values built on them: `three`, `twenty-four`, `a`, `a few`, `a couple of`,
//! `a dozen`; TIMEX3 duration values (`P3D`, `PT2H`, `PXY`); points counted from the anchor or the
//! last mention (`two weeks ago`, `a year earlier`).

use super::{date_pt, derived, str_c, Cand, Doc};
use crate::lex::{Lex, Unit};
use crate::pt::{add_days, add_months, quarter_of, week_of, Pt};
use crate::TimexKind;

/// A unit's TIMEX3 letter, whether it is a time unit, and its multiplier.
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

/// The unresolved value at unit `u` (`XXXX-WXX` for a week).
pub(super) fn unresolved_unit(u: Unit) -> &'static str {
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

impl Doc<'_> {
    /// Whether token `i` is the article `a`.
    pub(super) fn is_word_a(&self, i: usize) -> bool {
        self.has(i, Lex::A)
    }

    /// A count: digits, number words (`twenty-four`), `a`, `several`, `a few`, `a couple of`.
    /// `None` inside means unspecified (`X`).
    pub(super) fn count(&self, i: usize) -> Option<(Option<u32>, usize)> {
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

    /// `two weeks ago` and `a year earlier` as calendar points.
    pub(super) fn counted_point(
        &self,
        s: usize,
        e: usize,
        off: i32,
        u: Unit,
        ago: bool,
    ) -> Option<Cand> {
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
}
