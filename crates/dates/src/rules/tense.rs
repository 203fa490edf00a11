//! Tense: which way a date the text does not place points (`said Friday` vs `will meet Friday`),
//! read from the cues around it; sentence boundaries.

use super::{Doc, Tense};
use crate::lex::{Lex, Prep, K};

/// Verbs whose `to`-infinitive points ahead.
const INTENT: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "going",
    "hopes",
    "hope",
    "hoped",
    "intends",
    "intend",
    "wants",
    "want",
    "agreed",
    "promised",
    "decided",
    "aims",
    "seeks",
    "likely",
    "ready",
    "scheduled",
    "expected",
    "due",
    "set",
    "plans",
    "planned",
    "planning",
    "plan",
    "vowed",
    "pledged",
    "threatened",
    "prepared",
    "prepares",
    "poised",
    "about",
    "tries",
    "trying",
];

impl Doc<'_> {
    /// Sentence boundary just before token `i`.
    pub(super) fn boundary_before(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1) else {
            return true;
        };
        match self.t.get(prev).map(|t| t.k) {
            Some(K::P(b'.' | b'!' | b'?' | b';' | b'"' | b'`')) => true,
            // AP-style closing quote `''`
            Some(K::P(b'\'')) if prev > 0 && self.is_p(prev - 1, b'\'') => true,
            _ => self.t.get(i).is_some_and(|t| {
                t.space_before
                    && self
                        .text
                        .get(self.t.get(prev).map_or(0, |p| p.e)..t.s)
                        .is_some_and(|g| g.contains('\n'))
            }),
        }
    }

    /// Tense around tokens `s..e`: the closest tense cue wins.
    /// The direction for a date the text does not place: the option when it is not `auto`,
    /// else the tense around `s..e`.
    pub(crate) fn tense(&self, s: usize, e: usize) -> Tense {
        match self.prefer {
            crate::Prefer::Auto => self.text_tense(s, e),
            crate::Prefer::Past => Tense::Past,
            crate::Prefer::Future => Tense::Future,
        }
    }

    /// The tense the text gives an expression at `s..e`.
    pub(crate) fn text_tense(&self, s: usize, e: usize) -> Tense {
        // `until Tuesday`, `as soon as Tuesday`, `as early as Tuesday`
        let mut p = s;
        if p > 0 && self.prep(p - 1) == Some(Prep::On) {
            p -= 1;
        }
        if p > 0 && self.prep(p - 1) == Some(Prep::Until) && !self.boundary_before(p - 1) {
            return Tense::Future;
        }
        // `Wednesday's ruling` names a day already known: the latest one.
        if self.is_p(e, b'\'') && self.word_is(e + 1, "s") {
            return Tense::Unknown;
        }
        if p > 2
            && self.prep(p - 1) == Some(Prep::As)
            && (self.word_is(p - 2, "soon") || self.word_is(p - 2, "early"))
        {
            return Tense::Future;
        }
        let mut back = None;
        let mut k = s;
        let mut dist = 0;
        while k > 0 && dist < 14 {
            if self.boundary_before(k) && dist > 0 {
                break;
            }
            k -= 1;
            dist += 1;
            if let Some(t) = self.cue(k) {
                back = Some((t, dist));
                break;
            }
            if self.boundary_before(k) {
                break;
            }
        }
        let mut fwd = None;
        let mut k = e;
        let mut dist = 0;
        while k < self.t.len() && dist < 8 {
            if self.boundary_before(k) {
                break;
            }
            if let Some(t) = self.cue(k) {
                fwd = Some((t, dist + 1));
                break;
            }
            k += 1;
            dist += 1;
        }
        match (back, fwd) {
            (Some((b, db)), Some((f, df))) => {
                if df + 1 < db {
                    f
                } else {
                    b
                }
            }
            (Some((b, _)), None) => b,
            (None, Some((f, _))) => f,
            (None, None) => Tense::Unknown,
        }
    }

    /// The tense cue token `k` gives, if any.
    pub(super) fn cue(&self, k: usize) -> Option<Tense> {
        let l = self.lx(k);
        let w = self.word(k);
        if w.len() >= 4 && w.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("plan")) {
            // `plans to`, `planned to`: ahead; `vacation plans`: no cue.
            return if self.has(k + 1, Lex::To) {
                Some(Tense::Future)
            } else {
                None
            };
        }
        if w.eq_ignore_ascii_case("set") {
            // `set to`, `set for`: ahead; `set aside`: no cue.
            let ahead = self.has(k + 1, Lex::To) || self.prep(k + 1) == Some(Prep::For);
            return if ahead { Some(Tense::Future) } else { None };
        }
        if l.contains(&Lex::Fut) {
            // `'ll`, `will`, `would` ... ; `would` after `said` still points ahead.
            return Some(Tense::Future);
        }
        if l.contains(&Lex::Past) {
            return Some(Tense::Past);
        }
        if l.contains(&Lex::Pres) {
            return Some(Tense::Unknown);
        }
        // A headline's `to` + verb is its future (`TALKS TO RESUME MONDAY`).
        if l.contains(&Lex::To) && self.upper(k) && self.upper(k + 1) && self.lx(k + 1).is_empty() {
            return Some(Tense::Future);
        }
        if l.contains(&Lex::To)
            && self.is_word(k + 1)
            && self.lx(k + 1).is_empty()
            && !self.cap(k + 1)
        {
            // `to` + verb after a verb of intent looks ahead (`is to resume trading Tuesday`,
            // `hopes to finish Friday`), unless in the past perfect (`had been due to expire`);
            // a purpose clause (`fell on Friday to close at $20`) says nothing.
            let intent = k.checked_sub(1).is_some_and(|p| {
                INTENT.iter().any(|w| self.word_is(p, w)) || self.lx(p).contains(&Lex::Fut)
            });
            if !intent {
                return None;
            }
            let had = (k.saturating_sub(4)..k).any(|p| self.word_is(p, "had"));
            return Some(if had { Tense::Past } else { Tense::Future });
        }
        match self.t.get(k).map(|t| t.k) {
            Some(K::Word {
                ed: true,
                cap: false,
                ..
            }) if l.is_empty() => {
                // A participle after `be` (`will be named`, `is expected`): the auxiliary
                // further back decides.
                let aux = k.checked_sub(1).is_some_and(|p| {
                    ["be", "been", "being", "is", "are"]
                        .iter()
                        .any(|w| self.word_is(p, w))
                });
                if aux {
                    None
                } else {
                    Some(Tense::Past)
                }
            }
            _ => None,
        }
    }
}
