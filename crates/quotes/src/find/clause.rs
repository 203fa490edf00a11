//! Clause and paragraph boundaries: whether words after a cue open a clause, adverbs, the
//! paragraph of a token, and where sentences start and end.

use super::*;

impl<'a> Doc<'a> {
    /// True when the words after an attribution cue end soon (`told reporters in Warsaw.`)
    /// instead of opening a clause of their own (`suggested looking at ...`, `said that ...`).
    pub(super) fn attribution_ends(&self, i: usize, pend: usize) -> bool {
        for k in i..(i + 10).min(pend) {
            match self.tok(k).map(|t| t.kind) {
                Some(Kind::Punct('.' | ',' | ';' | ':' | '—' | '–' | '―' | '?' | '!')) => {
                    return true
                }
                Some(Kind::Word(_)) if self.word_in(k, &["that"]) => return false,
                Some(Kind::Word(_)) | Some(Kind::Punct('(' | ')' | '-')) => {}
                _ => return false,
            }
        }
        i + 10 >= pend
    }

    /// True when the words from token `i` look like a clause (a subject pronoun first, or an
    /// auxiliary, modal or past-tense verb among the first words) rather than a noun phrase.
    pub(super) fn clause_like(&self, i: usize, end: usize) -> bool {
        const SUBJ: &[&str] = &["he", "she", "it", "they", "we", "i", "you", "there"];
        if let Some(w) = self.word(i) {
            let head = w.split(['’', '\'']).next().unwrap_or(w);
            if is_in(head, SUBJ) {
                return true;
            }
        }
        for k in i..(i + 12).min(end) {
            if self.in_region(k) && k > i && k <= i + 3 {
                return true;
            }
            let Some(w) = self.word(k) else {
                if (self.punct(k, '.') && !(k > 0 && self.is_abbrev(k - 1))) || self.punct(k, ';') {
                    return false;
                }
                continue;
            };
            if k > i
                && self.is_lower(k)
                && (is_in(w, AUX)
                    // `much-needed` is an adjective
                    || (w.len() > 4 && w.ends_with("ed") && !w.contains('-'))
                    || w.ends_with("n't")
                    || w.ends_with("n’t"))
            {
                return true;
            }
        }
        false
    }

    /// An adverb in -ly (`repeatedly`), not a noun (`the family`, `an ally`).
    pub(super) fn adverb(&self, i: usize) -> bool {
        self.is_lower(i)
            && self.word(i).is_some_and(|w| {
                w.len() > 4
                    && w.ends_with("ly")
                    && !is_in(
                        w,
                        &[
                            "family", "ally", "rally", "supply", "assembly", "monopoly", "anomaly",
                            "bully", "reply",
                        ],
                    )
            })
            && !(i > 0
                && (self.word_in(i - 1, DETS)
                    || self
                        .word(i - 1)
                        .is_some_and(|p| p.ends_with("’s") || p.ends_with("'s"))))
    }

    /// Index of the paragraph holding byte `b`.
    pub(super) fn para_of_byte(&self, b: usize) -> usize {
        let t = self.toks.partition_point(|t| t.start < b);
        self.paras.partition_point(|&(_, e)| e <= t)
    }

    pub(super) fn para_of(&self, i: usize) -> (usize, usize) {
        let p = self.paras.partition_point(|&(_, e)| e <= i);
        match self.paras.get(p) {
            Some(&(a, b)) if a <= i && i < b => (a, b),
            _ => (i, i + 1),
        }
    }

    /// Only dashes, bullets or nothing between the sentence start and token `i`.
    pub(super) fn starts_sentence(&self, i: usize) -> bool {
        let Some((a, _)) = self.sent_of(i) else {
            return false;
        };
        (a..i).all(|k| {
            matches!(
                self.tok(k).map(|t| t.kind),
                Some(Kind::Punct('—' | '―' | '–' | '-' | '…' | '(' | ':'))
            )
        })
    }

    /// Only punctuation between token `i` and the end of its sentence.
    pub(super) fn ends_sentence(&self, i: usize) -> bool {
        let Some((_, b)) = self.sent_of(i) else {
            return true;
        };
        (i + 1..b).all(|k| {
            matches!(
                self.tok(k).map(|t| t.kind),
                Some(Kind::Punct(_) | Kind::Dq(..) | Kind::Sq(_))
            )
        })
    }
}
