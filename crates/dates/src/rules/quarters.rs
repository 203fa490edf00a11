//! Quarters, halves and seasons: `the third quarter`, `Q3 2023`, `the first half of 1990`,
//! `the fiscal first quarter`, `summer 2023`, `last fall`; the quarter under discussion.

use super::{date_pt, str_c, Cand, Doc, Tense, Val};
use crate::lex::{Lex, Prep, Rel, Unit};
use crate::pt::{quarter_of, season_of, Pt};
use crate::{Modifier, TimexKind};

impl Doc<'_> {
    /// `the third quarter`, `third-quarter`, `Q3 2023`, `the first half of 1990`, `the fiscal first quarter`.
    pub(super) fn r_quarter(&self, i: usize) -> Option<Cand> {
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
        let (n, half, k) = self.quarter_name(j, the)?;
        // `the third-quarter results`: the determiner belongs to the noun.
        if the && fixed_year.is_none() && self.is_p(k.wrapping_sub(2), b'-') {
            return None;
        }
        let n = i8::try_from(n).ok()?;
        self.quarter_year(i, k, n, half, fixed_year)
    }

    /// `Q3`, `H1`, `the last half`, `third quarter`, `first-half` at `j`: the number, whether a
    /// half, and the token after it.
    fn quarter_name(&self, j: usize, the: bool) -> Option<(u32, bool, usize)> {
        if (self.word_is(j, "q") || self.word_is(j, "h")) && self.attached(j + 1) {
            let (v, _) = self.num(j + 1)?;
            let half = self.word_is(j, "h");
            if !(1..=if half { 2 } else { 4 }).contains(&v) {
                return None;
            }
            Some((v, half, j + 2))
        } else if the && self.word_is(j, "last") && self.has(j + 1, Lex::Half) {
            Some((2, true, j + 2))
        } else {
            let (o, mut k) = self.ord(j)?;
            if self.is_p(k, b'-') {
                k += 1;
            }
            if self.has(k, Lex::Half) {
                if !(1..=2).contains(&o) || !the && !self.is_p(k - 1, b'-') {
                    return None;
                }
                Some((o, true, k + 1))
            } else if let Some((Unit::Quarter, false)) = self.unit(k) {
                if !(1..=4).contains(&o) {
                    return None;
                }
                Some((o, false, k + 1))
            } else {
                None
            }
        }
    }

    /// The year of quarter (half) `n` ending before `k`: `of 1990`, `of next year`, `of the '80s`,
    /// a year fixed before it, else the anchor's (last year's in the past tense).
    fn quarter_year(
        &self,
        i: usize,
        mut k: usize,
        n: i8,
        half: bool,
        fixed_year: Option<i32>,
    ) -> Option<Cand> {
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
    pub(super) fn r_season(&self, i: usize) -> Option<Cand> {
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

    /// The last completed quarter before the anchor (`the latest quarter`).
    pub(super) fn reported_quarter(&self) -> Option<Pt> {
        let a = self.anchor?;
        Pt::Quarter(i32::from(a.year()), quarter_of(a.month())).shift(-1)
    }

    /// The reference quarter for `the quarter`, `the latest period`.
    pub(super) fn ref_quarter(&self) -> Option<Pt> {
        if let Some(q) = self.lastq {
            if matches!(q, Pt::Quarter(..) | Pt::Half(..)) {
                return Some(q);
            }
        }
        let a = self.anchor?;
        Pt::Quarter(i32::from(a.year()), quarter_of(a.month())).shift(-1)
    }
}
