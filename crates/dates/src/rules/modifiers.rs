//! Leading modifiers: `about two years`, `more than a year`, `at least 30 days`, `around Nov. 1`,
//! `early 2023`, `late November`, `mid-August`, `the end of the year`.

use super::{str_c, Cand, Doc, Val};
use crate::lex::{Approx, Lex, ModW, Prep, RefW, Suf, Unit, K};
use crate::pt::Pt;
use crate::{Modifier, TimexKind};

impl Doc<'_> {
    /// `about two years`, `nearly forty years`, `more than a year`, `up to 180 days`.
    pub(super) fn r_approx(&self, i: usize) -> Option<Cand> {
        // `right now`: TimeBank mostly marks `now` alone.
        if self.word_is(i, "right") {
            return None;
        }
        // `at least 30 days`, `no more than sixty days`
        if (self.word_is(i, "at") && self.word_is(i + 1, "least"))
            || (self.word_is(i, "no") && self.word_is(i + 1, "more") && self.has(i + 2, Lex::Than))
        {
            let j = if self.word_is(i, "at") { i + 2 } else { i + 3 };
            let m = if self.word_is(i, "at") {
                Modifier::MoreThan
            } else {
                Modifier::LessThan
            };
            let c = self.r_duration(j)?;
            return Some(Cand {
                s: i,
                modifier: Some(m),
                ..c
            });
        }
        let a = self.find(i, |l| {
            if let Lex::Approx(a) = l {
                Some(a)
            } else {
                None
            }
        })?;
        let mut j = i + 1;
        // `More recently`
        if a == Approx::More && self.word_is(i, "more") {
            if let Some(Lex::Ref(RefW::Past)) = self.lx(i + 1).first() {
                if self.word_is(i + 1, "recently") {
                    return str_c(i, i + 2, TimexKind::Date, "PAST_REF");
                }
            }
        }
        // `for some time`
        if self.word_is(i, "some")
            && self.word_is(i + 1, "time")
            && i > 0
            && self.prep(i - 1) == Some(Prep::For)
        {
            return str_c(i, i + 2, TimexKind::Duration, "PXX");
        }
        if a == Approx::About && (self.word_is(i, "around") || self.word_is(i, "about")) {
            // `around 7:15 p.m.`, `around Nov. 1`
            // `around next tuesday`, `around next week`
            let rel_day = || {
                self.r_rel(j)
                    .filter(|c| matches!(c.val, Val::Pt(Pt::Day(_) | Pt::Week(..))))
            };
            if let Some(c) = self
                .r_time(j)
                .or_else(|| self.r_month_date(j))
                .or_else(rel_day)
            {
                return Some(Cand {
                    s: i,
                    modifier: Some(Modifier::Approx),
                    ..c
                });
            }
        }
        let m = match a {
            Approx::More | Approx::Less if self.has(i + 1, Lex::Than) => {
                j += 1;
                if a == Approx::More {
                    Modifier::MoreThan
                } else {
                    Modifier::LessThan
                }
            }
            Approx::More if self.word_is(i, "least") => return None,
            Approx::More | Approx::Less if self.word_is(i, "up") && self.has(i + 1, Lex::To) => {
                j += 1;
                Modifier::LessThan
            }
            Approx::Less if self.word_is(i, "nearly") || self.word_is(i, "almost") => {
                Modifier::LessThan
            }
            Approx::About if !self.word_is(i, "some") || self.num(i + 1).is_some() => {
                Modifier::Approx
            }
            _ => return None,
        };
        let c = self.r_duration(j)?;
        Some(Cand {
            s: i,
            modifier: Some(m),
            ..c
        })
    }

    /// `early 2023`, `late November`, `mid-August`, `the end of the year`, `the beginning of 1990`.
    pub(super) fn r_mod(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        if self.has(j, Lex::The) {
            j += 1;
        }
        let m = self.modw(j)?;
        let the = j > i;
        j += 1;
        let decade_next = matches!(
            self.t.get(j + usize::from(self.is_p(j, b'-'))).map(|t| t.k),
            Some(K::Num {
                len: 4,
                suf: Suf::S,
                ..
            })
        ) || self.has(j + usize::from(self.is_p(j, b'-')), Lex::DecadeWord(9))
            || (2..9).any(|d| self.has(j + usize::from(self.is_p(j, b'-')), Lex::DecadeWord(d)))
            || self.is_p(j + usize::from(self.is_p(j, b'-')), b'\'')
            // `the late 19th century`
            || self
                .ord(j)
                .is_some_and(|(_, k)| self.unit(k) == Some((Unit::Century, false)));
        let needs_of = matches!(m, ModW::End | ModW::Start) || the && !decade_next;
        if needs_of {
            if !self.has(j, Lex::Of) {
                return None;
            }
            j += 1;
        } else if self.is_p(j, b'-') {
            j += 1;
        }
        if self.word_is(i, "late") && !self.attached(j) && self.is_word(j) && self.lx(j).is_empty()
        {
            return None;
        }
        let inner = self.r_core(j)?;
        if inner.s != j {
            return None;
        }
        // Only calendar periods take these modifiers.
        match &inner.val {
            Val::Pt(_) => {}
            Val::Str(v) if v.starts_with('X') => {}
            _ => return None,
        }
        let modifier = Some(match m {
            ModW::Early => Modifier::Early,
            ModW::Late => Modifier::Late,
            ModW::Mid => Modifier::Mid,
            ModW::End => Modifier::End,
            ModW::Start => Modifier::Start,
        });
        Some(Cand {
            s: i,
            modifier,
            ..inner
        })
    }
}
