//! Direct quotes: paired quotation marks and the attribution after or before them
//! (`“...,” X said`, `X said: “...”`), datelines, and paragraphs a colon introduces.

use super::*;

impl<'a> Doc<'a> {
    pub(super) fn attrib_after(&self, r: &Region, pend: usize, strict: bool) -> Option<Attrib> {
        if !r.closed {
            return None;
        }
        let mut i = r.close + 1;
        // `... into a “support movement”. X commented, “...”`: a sentence ending after the
        // closing mark takes no attribution from the next one
        if self.punct(i, '.') || self.punct(i, '!') || self.punct(i, '?') {
            return None;
        }
        if self.punct(i, ',') {
            i += 1;
        }
        if i >= pend || self.in_region(i) {
            return None;
        }
        // dash attribution: `” ― Carla Sanchez`, `” -Commissioner X`
        if matches!(
            self.tok(i).map(|t| t.kind),
            Some(Kind::Punct('—' | '―' | '–' | '-'))
        ) {
            let m = self
                .np_after(i + 1, pend)
                .filter(|m| m.kind == MKind::Name)?;
            return Some(Attrib {
                cue: Some(self.span(i, i)),
                spk: Some(m),
            });
        }
        if let Some(c) = self.direct_cue(i) {
            if self.word(i).is_some_and(|w| w.ends_with("ing")) {
                return None; // `..., adding that ...` continues a sentence
            }
            let spk = self.np_after(i + c.len, pend);
            if spk.is_none() && !strict {
                // `“...,” said the 34-year-old mother of three` and other phrases we cannot parse
                return Some(Attrib {
                    cue: Some(self.cue_span(&c)),
                    spk: None,
                });
            }
            return spk.map(|spk| Attrib {
                cue: Some(self.cue_span(&c)),
                spk: Some(spk),
            });
        }
        // `” Duda told reporters`: a noun phrase, then the cue
        for k in i + 1..(i + 26).min(pend) {
            if self.in_region(k) {
                return None;
            }
            if let Some(c) = self.direct_cue(k) {
                if c.class == CueClass::According {
                    return None;
                }
                if strict && !self.attribution_ends(k + c.len, pend) {
                    return None;
                }
                // `” Scott Pruitt, the attorney general of Oklahoma, one of ..., said`
                let lead_name = || {
                    let mut e = i;
                    while self.is_cap(e + 1)
                        || (self.punct(e + 1, '.') && self.is_abbrev(e) && self.is_cap(e + 2))
                    {
                        e += if self.is_cap(e + 1) { 1 } else { 2 };
                    }
                    (self.is_cap(i) && !self.word_in(i, CAP_STOP) && self.punct(e + 1, ',')).then(
                        || Mention {
                            span: self.span(i, e),
                            kind: MKind::Name,
                            first: i,
                            last: e,
                        },
                    )
                };
                let (m, passive) = match self.np_before(k, i) {
                    Some(x) => x,
                    None => (lead_name()?, false),
                };
                if passive || m.first < i {
                    return None;
                }
                // lowercase modifiers before the name: `Tulsa police Chief Chuck Jordan`
                let m = if m.first > i {
                    if m.first - i > 8
                        || (i..m.first)
                            .any(|x| !self.tok(x).is_some_and(|t| t.is_word() || t.is_punct('.')))
                    {
                        match lead_name() {
                            Some(n) => {
                                return Some(Attrib {
                                    cue: Some(self.cue_span(&c)),
                                    spk: Some(n),
                                });
                            }
                            None => return None,
                        }
                    }
                    Mention {
                        span: self.span(i, m.last),
                        kind: m.kind,
                        first: i,
                        last: m.last,
                    }
                } else {
                    m
                };
                return Some(Attrib {
                    cue: Some(self.cue_span(&c)),
                    spk: Some(m),
                });
            }
            match self.tok(k).map(|t| t.kind) {
                Some(Kind::Word(_)) | Some(Kind::Punct('.' | '(' | ')' | '-' | ',')) => {}
                _ => return None,
            }
        }
        None
    }

    /// `X said: “...”`, `X said, “...”`, `a doctor had typed “...”`; the flag is true when the
    /// cue sits right before the mark (no comma or colon).
    pub(super) fn attrib_before(&self, r: &Region, lo: usize) -> Option<(Attrib, bool, Cue)> {
        if r.open <= lo {
            return None;
        }
        let p = r.open - 1;
        let (end, bare) = if self.punct(p, ':') || self.punct(p, ',') {
            (p, false)
        } else {
            (r.open, true)
        };
        let from = end.saturating_sub(if bare { 1 } else { 12 }).max(lo);
        for k in (from..end).rev() {
            if self.in_region(k)
                || matches!(
                    self.tok(k).map(|t| t.kind),
                    Some(Kind::Punct('.' | '!' | '?' | ';'))
                ) && !(self.punct(k, '.') && k > 0 && self.is_abbrev(k - 1))
                || self.word_in(k, &["that", "whether", "if", "when", "because"])
            {
                return None;
            }
            if let Some(c) = self.direct_cue(k) {
                if c.at + c.len > end {
                    continue;
                }
                let slo = self
                    .sent_of(k)
                    .map(|s| s.0)
                    .unwrap_or(lo)
                    .max(self.para_of(k).0);
                let spk = match self.np_before(k, slo) {
                    Some((m, false)) => Some(m),
                    Some((_, true)) => return None,
                    None => {
                        // after `told`, `urged`, `called` comes the listener or the object,
                        // never the speaker (`and told the police, “...”`)
                        let speaker_after = matches!(c.class, CueClass::Say | CueClass::According);
                        let after = speaker_after
                            .then(|| self.np_after(k + c.len, end))
                            .flatten();
                        // `... while promising a review: “...”`: a participle's object is not
                        // its speaker; its subject is
                        if (!speaker_after || after.is_some_and(|m| m.kind == MKind::Common))
                            && self.word(k).is_some_and(|w| w.ends_with("ing"))
                            && k > slo
                        {
                            self.participle_subject(slo, k).or(after)
                        } else {
                            after
                        }
                    }
                };
                let spk = spk.or_else(|| self.coord_subject(k, slo, &[]));
                return Some((
                    Attrib {
                        cue: Some(self.cue_span(&c)),
                        spk,
                    },
                    bare,
                    c,
                ));
            }
        }
        None
    }

    /// The end of a fronted subordinate clause holding a cue at `cue`: `While Trump was not
    /// willing to say who ..., the front-runner did offer ...` ends at the comma before the main
    /// clause; else `end`.
    pub(super) fn fronted_end(&self, a: usize, cue: usize, after: usize, end: usize) -> usize {
        const FRONTED: &[&str] = &[
            "while", "although", "though", "whereas", "because", "since", "if", "unless", "when",
            "after", "before", "once", "until", "as",
        ];
        // `When ...`, or `Last month, when ...` after a short opening adjunct
        let a = if self.word_in(a, FRONTED) {
            a
        } else {
            match (a..(a + 6).min(cue)).find(|&k| self.punct(k, ',')) {
                Some(k) if self.word_in(k + 1, FRONTED) && self.is_lower(k + 1) => k + 1,
                _ => return end,
            }
        };
        if (a..cue).any(|k| self.punct(k, ',')) {
            return end;
        }
        (after..end)
            .find(|&k| {
                !self.in_region(k)
                    && self.punct(k, ',')
                    && self.clause_like(k + 1, (k + 8).min(end))
            })
            .unwrap_or(end)
    }

    /// Past a dateline opening a sentence: `LOS ANGELES, Feb. 2 (UPI) — ...`,
    /// `WASHINGTON (AP) -- ...`: an all-capitals place, then a dash within a few tokens.
    pub(super) fn skip_dateline(&self, a: usize, end: usize) -> usize {
        if !matches!(self.tok(a).and_then(Tok::shape), Some(Shape::AllCaps))
            || self.word(a).is_some_and(|w| w.len() < 3)
        {
            return a;
        }
        for k in a + 1..(a + 14).min(end) {
            match self.tok(k).map(|t| t.kind) {
                Some(Kind::Punct('—' | '–')) => return k + 1,
                Some(Kind::Punct('-')) if self.punct(k + 1, '-') => return k + 2,
                Some(Kind::Punct('.' | ',' | '(' | ')')) | Some(Kind::Word(_)) => {}
                _ => return a,
            }
        }
        a
    }

    pub(super) fn direct(&mut self, out: &mut Vec<Out>) -> Vec<Option<Attrib>> {
        let mut attribs: Vec<Option<Attrib>> = vec![None; self.regions.len()];
        for r in 0..self.regions.len() {
            let Some(reg) = self.regions.get(r).copied() else {
                continue;
            };
            let p = self.rpara.get(r).copied().unwrap_or(0);
            let (pa, pb) = self.paras.get(p).copied().unwrap_or((0, 0));
            let full_start = self.starts_sentence(reg.open);
            let words = (reg.open..=reg.close)
                .filter(|&k| self.tok(k).is_some_and(Tok::is_word))
                .count();
            let after_colon = reg.open > pa && self.punct(reg.open - 1, ':');
            if reg.single && !full_start && !after_colon {
                continue;
            }
            let mut a = None;
            let mut used = None;
            let mut mixed_from = None;
            if let Some(at) = self.attrib_after(&reg, pb, !full_start) {
                if !full_start {
                    let sa = self.sent_of(reg.open).map(|s| s.0).unwrap_or(pa);
                    // a lead-in holds at most one earlier quotation with its own attribution
                    // (`“A,” she said, “B,”`): it starts after the one before that, so
                    // `“Yes,” he said.b“Yes,” he said.b...` does not nest every quote in the next
                    let mut attributed = (sa..reg.open)
                        .rev()
                        .filter_map(|k| self.region_at(k).map(|r| (k, r)))
                        .filter(|&(_, r)| attribs.get(r).is_some_and(Option::is_some));
                    let first = attributed.next().map(|(_, r)| r);
                    let sa = attributed
                        .find(|&(_, r)| Some(r) != first)
                        .map_or(sa, |(k, _)| k + 1);
                    let before_words = (sa..reg.open)
                        .filter(|&k| self.tok(k).is_some_and(Tok::is_word) && !self.in_region(k))
                        .count();
                    if before_words > 0 && before_words < 25 {
                        mixed_from = Some(sa);
                    } else if before_words > 0 {
                        continue;
                    }
                }
                a = Some(at);
                if let Some(cs) = at.cue {
                    used = (cs.start..cs.end).next().and_then(|_| {
                        (reg.close..pb).find(|&k| self.tok(k).is_some_and(|t| t.start == cs.start))
                    });
                }
            }
            if a.is_none() {
                if let Some((at, bare, c)) = self.attrib_before(&reg, pa) {
                    let ok = !bare || (self.ends_sentence(reg.close) && words >= 1);
                    if ok {
                        a = Some(at);
                        used = Some(c.at);
                    }
                }
            }
            if a.is_none() && after_colon && (!reg.closed || self.ends_sentence(reg.close)) {
                a = Some(self.colon_attribution(&reg, pa));
            }
            if let Some(k) = used {
                if let Some(c) = self.cue(k) {
                    self.mark_used(&c);
                }
            }
            // `And from Chairwoman X:` / `He said:` at the end of a paragraph introduces the next one
            if let Some(at) = a {
                if let Some(x) = attribs.get_mut(r) {
                    *x = Some(at);
                }
                let span = match mixed_from {
                    Some(sa) => Span::new(
                        self.tok(sa).map(|t| t.start).unwrap_or(reg.span.start),
                        reg.span.end,
                    ),
                    None => reg.span,
                };
                out.push(Out {
                    span,
                    kind: if mixed_from.is_some() {
                        QuoteKind::Mixed
                    } else {
                        QuoteKind::Direct
                    },
                    cue: at.cue,
                    spk: at.spk,
                });
            }
        }
        self.introductions(out, &mut attribs);
        attribs
    }

    /// `A lesson from Loretta Lynch: ‘...’`, `X told Sky News ...: “...”`: the attribution of a
    /// quotation opening after a colon, from a cue or a name before the colon.
    fn colon_attribution(&self, reg: &Region, pa: usize) -> Attrib {
        let colon = reg.open - 1;
        let lo = self.sent_of(colon).map(|s| s.0).unwrap_or(pa);
        // the subject of a cue before the colon (`X told Sky News any process “must be
        // well thought out”: “...”`, `X ... whilst promising ...: “...”`)
        let by_cue = (lo..colon).rev().find_map(|k| {
            let c = self.cue(k)?;
            if c.at + c.len > colon
                || !matches!(
                    c.class,
                    CueClass::Say | CueClass::Tell | CueClass::Vow | CueClass::Call
                )
            {
                return None;
            }
            if self.word(k).is_some_and(|w| w.ends_with("ing")) {
                return self.participle_subject(lo, k);
            }
            match self.np_before(k, lo) {
                Some((m, false)) => Some(m),
                _ => None,
            }
        });
        let near = (lo..colon)
            .rev()
            .find(|&k| self.is_cap(k) && !self.word_in(k, CAP_STOP))
            .and_then(|k| self.cap_run_back(k, lo).map(|f| (f, k)));
        let spk = match near.filter(|_| by_cue.is_none()) {
            _ if by_cue.is_some() => by_cue,
            Some((f, k)) => Some(Mention {
                span: self.span(f, k),
                kind: MKind::Name,
                first: f,
                last: k,
            }),
            None => self.subject_at(lo, colon),
        };
        Attrib {
            cue: Some(self.span(colon, colon)),
            spk,
        }
    }

    /// Introductions: a paragraph ending with `:` (`He said:`, `And from Chairwoman X:`) before
    /// a paragraph opening with a mark attributes that quotation.
    fn introductions(&mut self, out: &mut Vec<Out>, attribs: &mut [Option<Attrib>]) {
        for p in 0..self.paras.len().saturating_sub(1) {
            let Some(&(a, b)) = self.paras.get(p) else {
                continue;
            };
            if !self.punct(b - 1, ':') || self.in_region(b - 1) {
                continue;
            }
            let Some(&(na, _)) = self.paras.get(p + 1) else {
                continue;
            };
            let Some(r) = self
                .region_at(na)
                .filter(|&r| self.regions.get(r).is_some_and(|g| g.open == na))
            else {
                continue;
            };
            if attribs.get(r).is_some_and(Option::is_some) {
                continue;
            }
            let lo = self.sent_of(b - 1).map(|s| s.0).unwrap_or(a);
            let mut at = None;
            for k in (lo..b - 1).rev() {
                if let Some(c) = self.cue(k) {
                    let spk = self
                        .np_before(k, lo)
                        .map(|x| x.0)
                        // `Said the minister:`; after `told` or `called` comes the listener
                        // or what is named, not the speaker
                        .or_else(|| {
                            (c.class == CueClass::Say)
                                .then(|| self.np_after(k + c.len, b - 1))
                                .flatten()
                        });
                    at = Some(Attrib {
                        cue: Some(self.cue_span(&c)),
                        spk,
                    });
                    // a cue with a quoted fragment of its own before the colon (`has called
                    // the sentence “dangerous”:`) also reports that fragment
                    if !(k + c.len..b - 1).any(|x| self.in_region(x)) {
                        self.mark_used(&c);
                    }
                    break;
                }
            }
            if at.is_none() && b >= lo + 2 {
                // `And from Chairwoman X:`
                let k = b - 2;
                if let Some(f) = self.cap_run_back(k, lo) {
                    at = Some(Attrib {
                        cue: None,
                        spk: Some(Mention {
                            span: self.span(f, k),
                            kind: MKind::Name,
                            first: f,
                            last: k,
                        }),
                    });
                }
            }
            if let Some(at) = at {
                let Some(reg) = self.regions.get(r).copied() else {
                    continue;
                };
                if let Some(x) = attribs.get_mut(r) {
                    *x = Some(at);
                }
                out.push(Out {
                    span: reg.span,
                    kind: QuoteKind::Direct,
                    cue: at.cue,
                    spk: at.spk,
                });
            }
        }
    }
}
