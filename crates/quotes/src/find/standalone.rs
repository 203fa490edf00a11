//! Standalone quotes: quotation paragraphs with no cue of their own, attributed to the
//! speaker of the quote they continue.

use super::*;

impl<'a> Doc<'a> {
    pub(super) fn standalone(&self, out: &mut Vec<Out>, attribs: &[Option<Attrib>]) {
        let mut last: Option<(usize, Attrib)> = None; // paragraph, attribution
                                                      // the quotes with a speaker so far, by (end, position in `out`), so that the nearest one
                                                      // before a region is a binary search (kept sorted as this pass adds quotes)
        let mut spoken: Vec<(usize, usize)> = out
            .iter()
            .enumerate()
            .filter(|(_, o)| o.spk.is_some())
            .map(|(i, o)| (o.span.end, i))
            .collect();
        spoken.sort_unstable();
        // the next attributed region of the same paragraph after each region
        let mut next_attributed: Vec<Option<usize>> = vec![None; self.regions.len()];
        for r in (0..self.regions.len().saturating_sub(1)).rev() {
            if self.rpara.get(r + 1) == self.rpara.get(r) {
                let next = if attribs.get(r + 1).copied().flatten().is_some() {
                    Some(r + 1)
                } else {
                    next_attributed.get(r + 1).copied().flatten()
                };
                if let Some(x) = next_attributed.get_mut(r) {
                    *x = next;
                }
            }
        }
        for r in 0..self.regions.len() {
            let Some(reg) = self.regions.get(r).copied() else {
                continue;
            };
            let p = self.rpara.get(r).copied().unwrap_or(0);
            if let Some(a) = attribs.get(r).copied().flatten() {
                last = Some((p, a));
                continue;
            }
            if reg.open == usize::MAX {
                continue; // consumed by a mixed quote
            }
            if reg.single {
                continue;
            }
            let full =
                self.starts_sentence(reg.open) && (!reg.closed || self.ends_sentence(reg.close));
            if !reg.closed && !self.continues(&reg, p) {
                continue; // a stray mark, not a quote running on into the next paragraph
            }
            let words = (reg.open..=reg.close)
                .filter(|&k| self.tok(k).is_some_and(Tok::is_word))
                .count();
            // `Instead, “he just acts like a defeated man.”`: a short lead-in of the writer's
            // before a quotation that ends the sentence: a mixed quote of the same speaker
            let lead = if full || !reg.closed || !self.ends_sentence(reg.close) {
                None
            } else {
                self.sent_of(reg.open).and_then(|(sa, _)| {
                    let n = (sa..reg.open)
                        .filter(|&k| self.tok(k).is_some_and(Tok::is_word))
                        .count();
                    (sa < reg.open
                        && (1..=3).contains(&n)
                        && self.punct(reg.open - 1, ',')
                        && !(sa..reg.open).any(|k| self.cue(k).is_some() || self.in_region(k)))
                    .then_some(sa)
                })
            };
            if (!full && lead.is_none()) || words < 2 {
                continue;
            }
            // the speaker of the nearest quote before it, in this or the previous paragraph
            let before = spoken.partition_point(|&(end, _)| end <= reg.span.start);
            let prev = before
                .checked_sub(1)
                .and_then(|i| spoken.get(i))
                .and_then(|&(_, i)| out.get(i))
                .filter(|o| self.para_of_byte(o.span.start) + 1 >= p)
                .map(|o| Attrib {
                    cue: o.cue,
                    spk: o.spk,
                });
            let mut at = match last {
                Some((lp, a)) if lp + 1 >= p => Some(a),
                _ => None,
            };
            if prev.is_some() {
                at = prev;
            }
            if at.is_none() {
                // a later attributed quote in the same paragraph
                at = next_attributed
                    .get(r)
                    .copied()
                    .flatten()
                    .and_then(|x| attribs.get(x).copied().flatten());
            }
            if lead.is_some() && at.is_none() {
                continue;
            }
            let a = at.unwrap_or(Attrib {
                cue: None,
                spk: None,
            });
            let (span, kind) = match lead.and_then(|sa| self.tok(sa)) {
                Some(t) => (Span::new(t.start, reg.span.end), QuoteKind::Mixed),
                None => (reg.span, QuoteKind::Direct),
            };
            if a.spk.is_some() {
                let key = (span.end, out.len());
                let at_key = spoken.partition_point(|&k| k < key);
                spoken.insert(at_key, key);
            }
            out.push(Out {
                span,
                kind,
                cue: a.cue,
                spk: a.spk,
            });
            if at.is_some() {
                last = Some((p, a));
            }
        }
    }

    /// True when the paragraph after `p` opens with a mark like the one opening `reg` (a quote
    /// running over several paragraphs).
    pub(super) fn continues(&self, reg: &Region, p: usize) -> bool {
        let style = |i: usize| match self.tok(i).map(|t| t.kind) {
            Some(Kind::Dq(_, straight)) => Some(straight),
            _ => None,
        };
        let Some(mine) = style(reg.open) else {
            return false;
        };
        self.paras
            .get(p + 1)
            .is_some_and(|&(a, _)| style(a) == Some(mine))
    }
}
