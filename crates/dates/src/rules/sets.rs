//! Sets: `daily`, `annually`, `every week`, `each Thursday`, `every two years`, `Mondays`,
//! `Tuesday nights`.

use super::counts::dur_value;
use super::{str_c, Cand, Doc};
use crate::lex::{Lex, Unit};
use crate::TimexKind;

impl Doc<'_> {
    /// Sets: `daily`, `annually`, `every week`, `each Thursday`, `every two years`, `Mondays`.
    pub(super) fn r_set(&self, i: usize) -> Option<Cand> {
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
