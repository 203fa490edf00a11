//! Indirect and mixed quotes: every cue outside quotation marks opens its frame
//! (see `frame.rs`), nested reports, headline colons (`Reports: ...`), and where content ends.

use super::*;

/// A reported span of a sentence: content tokens `x..y`, the cue, and the speaker.
type Reported = (usize, usize, Cue, Option<Mention>);

impl<'a> Doc<'a> {
    /// Indirect and mixed quotes: the frames of every sentence's cues, then quoted fragments
    /// in a named subject's object with no cue word, then headlines naming their source.
    pub(super) fn indirect(&mut self, out: &mut Vec<Out>, attribs: &[Option<Attrib>]) {
        let mut consumed = vec![false; self.regions.len()];
        for (r, a) in attribs.iter().enumerate() {
            if a.is_some() {
                if let Some(c) = consumed.get_mut(r) {
                    *c = true;
                }
            }
        }
        for s in 0..self.sents.len() {
            let Some(&(a, b)) = self.sents.get(s) else {
                continue;
            };
            if let Some(frames) = self.sentence_frames(a, b) {
                self.report_frames(a, b, frames, out, attribs, &mut consumed);
            }
        }
        self.cueless_fragments(out, &mut consumed);
        self.headline_colon(out, &consumed);
        for (r, c) in consumed.iter().enumerate() {
            if *c {
                if let Some(reg) = self.regions.get_mut(r) {
                    reg.single = true; // reuse the flag: consumed
                    reg.open = usize::MAX;
                }
            }
        }
    }

    /// The frames that the unused cues of sentence `a..b` open, in cue order; `None` when the
    /// sentence has no cue or is a question put to the reader.
    fn sentence_frames(&self, a: usize, b: usize) -> Option<Vec<Reported>> {
        // `Do you support Donald Trump?`: a question reports nothing
        let asks = b > a && self.punct(b - 1, '?') && !self.in_region(b - 1);
        let question = asks
            && self.word_in(
                a,
                &[
                    "do", "does", "did", "is", "are", "was", "were", "will", "would", "can",
                    "could", "should", "have", "has",
                ],
            );
        // `If you vote for X, why are you voting for Trump?`: the reader is asked, not quoted
        let you_asked = |c: &Cue| {
            asks && c.at > a && self.word_in(c.at - 1, &["you"]) && self.is_lower(c.at - 1)
        };
        let cues: Vec<Cue> = (a..b)
            .filter_map(|i| self.cue(i))
            .filter(|c| !self.is_used(c) && !question && !you_asked(c))
            .collect();
        if cues.is_empty() {
            return None;
        }
        // drop a trailing final punctuation
        let mut end = b;
        while end > a && matches!(self.tok(end - 1).map(|t| t.kind), Some(Kind::Punct(_))) {
            end -= 1;
        }
        let mut prior: Vec<(usize, Mention)> = Vec::new();
        let mut frames: Vec<Reported> = Vec::new();
        for (ci, c) in cues.iter().enumerate() {
            // the next few cues only: a frame's content ends at one of them if at all,
            // and a window of hundreds of cues (`said, said, ...`) costs no more per cue
            let later: Vec<usize> = cues
                .get(ci + 1..)
                .unwrap_or(&[])
                .iter()
                .take(MAX_LATER_CUES)
                // a stance verb is mostly part of the content (`Police say he posed a
                // threat and refused to drop the gun`), a verb of speech a new frame (`said he
                // would order a review and warned against hackers`)
                .filter(|n| n.class != CueClass::Object || self.word_in(n.at, SPEECH_ACTS))
                .map(|n| n.at)
                .collect();
            if let Some(f) = self.frame(c, a, end, &prior, &later) {
                // only verbs of the main clause give a later `and said` its subject, not a
                // verb inside reported content (`X said her party has supported ..., and said`)
                let embedded = frames.iter().any(|&(x, y, _, _)| x <= c.at && c.at < y);
                if let (Some(m), false) = (f.1, embedded) {
                    prior.push((c.at, m));
                }
                for (x, y) in f.0 {
                    frames.push((x, y, *c, f.1));
                }
            }
        }
        Some(frames)
    }

    /// Reports the frames of sentence `a..b` as quotes: not a stance inside another frame's
    /// content, not nested deeper than [`MAX_NESTED`], not one word (unless a name), not over a
    /// quotation already attributed; mixed when a quoted fragment is inside, direct when the
    /// content is nothing but a quotation. Marks the regions it covers as consumed.
    fn report_frames(
        &mut self,
        a: usize,
        b: usize,
        frames: Vec<Reported>,
        out: &mut Vec<Out>,
        attribs: &[Option<Attrib>],
        consumed: &mut [bool],
    ) {
        // a stance verb inside another frame's content is part of that content (`Police
        // say he posed a threat and refused to drop the gun`)
        let inner: Vec<bool> = frames
            .iter()
            .map(|f| {
                f.2.class == CueClass::Object
                    && frames
                        .iter()
                        .any(|g| g.2.class != CueClass::Object && g.0 <= f.2.at && f.2.at < g.1)
            })
            .collect();
        // how many reported spans of this sentence cover each token: nesting deeper than
        // MAX_NESTED (`X said that Y said that Z said ...`) is not reported, so no token is
        // in more than MAX_NESTED indirect quotes and the output stays linear in the input
        let mut cover = vec![0u8; b - a];
        for ((x, y, c, spk), inner) in frames.into_iter().zip(inner) {
            if inner {
                continue;
            }
            let y = self.quotation_end(x, self.clip(x, y));
            // `X told Y C: “...”`: the colon ends C before a quotation attributed of its own
            // (what `dubbed` or `called` names is that quotation: no content of its own)
            let y = (x..y)
                .find(|&k| {
                    c.class != CueClass::Call
                        && self.punct(k, ':')
                        && !self.in_region(k)
                        && self
                            .region_at(k + 1)
                            .is_some_and(|r| attribs.get(r).is_some_and(Option::is_some))
                })
                .unwrap_or(y);
            if y <= x {
                continue;
            }
            let depth = cover.get(x.saturating_sub(a)..y.saturating_sub(a));
            if depth.is_some_and(|d| d.iter().any(|&n| usize::from(n) >= MAX_NESTED)) {
                continue;
            }
            let words = (x..y)
                .filter(|&k| self.tok(k).is_some_and(Tok::is_word))
                .count();
            // one word only when it is a name a stance is about (`have endorsed Clinton`)
            let name = words == 1
                && matches!(
                    c.class,
                    CueClass::Object | CueClass::Accuse | CueClass::Urge
                )
                && (x..y).any(|k| {
                    self.tok(k).is_some_and(Tok::is_word)
                        && self.is_cap(k)
                        && !self.word_in(k, CAP_STOP)
                        && !self.word_in(k, WEEKDAYS)
                });
            if words < 2 && !name {
                continue;
            }
            // quoted fragments inside: a mixed quote; a region already attributed: skip
            let mut kind = QuoteKind::Indirect;
            let mut clash = false;
            for k in x..y {
                if let Some(r) = self.region_at(k) {
                    if attribs.get(r).is_some_and(Option::is_some) {
                        clash = true;
                    }
                    kind = QuoteKind::Mixed;
                }
            }
            if clash {
                continue;
            }
            // `“It's over,” according to one aide`: nothing but the quotation
            let whole = self
                .region_at(x)
                .and_then(|r| self.regions.get(r))
                .is_some_and(|r| {
                    r.open == x
                        && (r.close + 1 == y
                            || (r.close + 1..y).all(|k| !self.tok(k).is_some_and(Tok::is_word)))
                });
            if whole {
                kind = QuoteKind::Direct;
            }
            for k in x..y {
                if let Some(r) = self.region_at(k) {
                    if let Some(cc) = consumed.get_mut(r) {
                        *cc = true;
                    }
                }
            }
            self.mark_used(&c);
            for n in cover
                .get_mut(x.saturating_sub(a)..y.saturating_sub(a))
                .into_iter()
                .flatten()
            {
                *n = n.saturating_add(1);
            }
            out.push(Out {
                span: self.span(x, y - 1),
                kind,
                cue: Some(self.cue_span(&c)),
                spk,
            });
        }
    }

    /// The end of content `x..y` that opens with a quotation: the quotation's end when what
    /// follows it is a parenthesis (`said “...” (in Italian).`) or the writer's own coordinated
    /// clause (`says “...”, but the government will ...`); else `y`.
    fn quotation_end(&self, x: usize, y: usize) -> usize {
        let Some(r) = self
            .region_at(x)
            .and_then(|r| self.regions.get(r))
            .filter(|r| r.open == x && r.closed && r.close + 1 < y)
        else {
            return y;
        };
        let k = r.close + 1;
        let writers = self.punct(k, ',')
            && self.is_lower(k + 1)
            && self.word_in(
                k + 1,
                &["but", "while", "although", "though", "whereas", "yet"],
            );
        let mut depth = 0usize;
        let parenthesis = self.punct(k, '(')
            && (k..y).all(|j| {
                if self.punct(j, '(') {
                    depth += 1;
                } else if self.punct(j, ')') {
                    depth = depth.saturating_sub(1);
                } else if depth == 0 && self.tok(j).is_some_and(Tok::is_word) {
                    return false;
                }
                true
            });
        if writers || parenthesis {
            k
        } else {
            y
        }
    }

    /// `Christie blasted Clinton as a “disgrace”`: a quoted fragment in the object of a named
    /// subject's verb, with no cue word.
    fn cueless_fragments(&mut self, out: &mut Vec<Out>, consumed: &mut [bool]) {
        for r in 0..self.regions.len() {
            if consumed.get(r).copied().unwrap_or(true) {
                continue;
            }
            let Some(reg) = self.regions.get(r).copied() else {
                continue;
            };
            let Some((a, b)) = self.sent_of(reg.open) else {
                continue;
            };
            if reg.open <= a || self.starts_sentence(reg.open) {
                continue;
            }
            let mut lo = a;
            while self.word_in(lo, CAP_STOP)
                && !self.word_in(lo, PRONOUNS)
                && !self.word_in(lo, DETS)
            {
                lo += 1;
            }
            let mut found = None;
            for v in lo + 1..reg.open {
                if self.in_region(v) {
                    break;
                }
                let Some(w) = self.word(v) else { continue };
                if !self.is_lower(v)
                    || is_in(w, STOP)
                    || is_in(w, DETS)
                    || is_in(w, SKIP_BACK)
                    || w.ends_with("ly")
                {
                    continue;
                }
                if let Some((m, false)) = self.np_before(v, lo) {
                    let singular = (m.kind == MKind::Name && m.last > m.first)
                        || self.word_in(m.first, &["he", "she", "it"]);
                    let verb = (w.len() > 4 && w.ends_with("ed"))
                        || (singular && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"));
                    if verb && m.first == lo && m.kind != MKind::Common && reg.open <= v + 12 {
                        found = Some((v, m));
                    }
                }
                break;
            }
            let Some((v, m)) = found else { continue };
            let mut end = self.fronted_end(a, v, v + 1, b);
            while end > v + 1 && matches!(self.tok(end - 1).map(|t| t.kind), Some(Kind::Punct(_))) {
                end -= 1;
            }
            let y = self
                .clip(v + 1, end)
                .max(reg.close + 1)
                .min(end.max(reg.close + 1));
            if y <= v + 1 {
                continue;
            }
            for k in v + 1..y {
                if let Some(rr) = self.region_at(k) {
                    if let Some(cc) = consumed.get_mut(rr) {
                        *cc = true;
                    }
                }
            }
            // `admitted Tuesday that ...`: the time belongs to the frame
            let mut x = v + 1;
            while x < reg.open && x + 1 < y && self.word_in(x, SKIP_AFTER) {
                x += 1;
            }
            out.push(Out {
                span: self.span(x, y - 1),
                kind: QuoteKind::Mixed,
                cue: Some(self.span(v, v)),
                spk: Some(m),
            });
        }
    }

    /// A headline naming its source before a colon: `Pat Caddell: Democrat Voters Worried ...`,
    /// `Poll: Clinton and Trump in dead heat`. Only a paragraph of one line, a name of one to
    /// three capitalised words, and no quotation marks after the colon.
    pub(super) fn headline_colon(&self, out: &mut Vec<Out>, consumed: &[bool]) {
        const NOT_SOURCES: &[&str] = &[
            "correction",
            "update",
            "updated",
            "note",
            "editor",
            "photo",
            "video",
            "watch",
            "related",
            "read",
            "clarification",
            "full",
            "text",
            "warning",
            "source",
            "sources",
            "more",
            "see",
            "also",
            "listen",
            "transcript",
            "q",
            "a",
            "breaking",
            "exclusive",
            "opinion",
            "analysis",
            "editorial",
            "the",
            "this",
            "here",
            "why",
            "what",
            "how",
        ];
        for &(pa, pb) in &self.paras {
            let Some(colon) = (pa..pb.min(pa + 5)).find(|&k| self.punct(k, ':')) else {
                continue;
            };
            if colon == pa
                || !(pa..colon).all(|k| {
                    self.is_cap(k)
                        && !self.word_in(k, NOT_SOURCES)
                        && !self.word_in(k, CAP_STOP)
                        && self.tok(k).is_some_and(Tok::is_word)
                })
            {
                continue;
            }
            let mut end = pb;
            while end > colon + 1
                && matches!(self.tok(end - 1).map(|t| t.kind), Some(Kind::Punct(_)))
            {
                end -= 1;
            }
            let words = (colon + 1..end)
                .filter(|&k| self.tok(k).is_some_and(Tok::is_word))
                .count();
            // a headline: no sentence end inside (a quoted fragment may end with one: `Sanders:
            // Endorsements prove Clinton 'candidate of the establishment.'`), no quotation
            // attributed elsewhere
            let one_line = !(colon + 1..end).any(|k| {
                self.region_at(k)
                    .is_some_and(|r| consumed.get(r).copied().unwrap_or(true))
                    || (self.region_at(k).is_none()
                        && (matches!(self.tok(k).map(|t| t.kind), Some(Kind::Dq(..)))
                            || (self.punct(k, '.') && !(k > 0 && self.is_abbrev(k - 1)))))
            });
            if !(3..=20).contains(&words) || !one_line {
                continue;
            }
            let mixed = (colon + 1..end).any(|k| self.in_region(k));
            out.push(Out {
                span: self.span(colon + 1, end - 1),
                kind: if mixed {
                    QuoteKind::Mixed
                } else {
                    QuoteKind::Indirect
                },
                cue: Some(self.span(colon, colon)),
                spk: Some(Mention {
                    span: self.span(pa, colon - 1),
                    kind: MKind::Name,
                    first: pa,
                    last: colon - 1,
                }),
            });
        }
    }

    /// Ends reported content before a clause of its own: `; ...`, `, and ...`,
    /// `, while ...`, `, according to`.
    pub(super) fn clip(&self, x: usize, y: usize) -> usize {
        let mut words = 0;
        for k in x..y {
            if self.in_region(k) {
                continue;
            }
            let Some(t) = self.tok(k) else { break };
            // `is “true,” but ...`: a comma inside the closing quotation mark
            if words >= 2
                && k > x
                && self.in_region(k - 1)
                && self.word_in(k, &["but", "although", "though", "while", "whereas"])
                && self.text.get(..t.start).is_some_and(|b| {
                    let b = b.trim_end();
                    ["”", "\"", "’", "'"]
                        .iter()
                        .any(|q| b.strip_suffix(q).is_some_and(|r| r.ends_with(',')))
                })
            {
                return k;
            }
            match t.kind {
                Kind::Word(_) => words += 1,
                Kind::Punct(';') if words >= 2 => return k,
                Kind::Punct(',') if words >= 2 => {
                    // a new clause joined by a conjunction is (mostly) the writer's again
                    // (`, but ...` goes on: the contrast is mostly part of what was said);
                    // `, compared with ...`, `, well above ...`, `, up from ...`: the writer's
                    // comparison
                    let stop = self.word_in(
                        k + 1,
                        &["according", "and", "although", "though", "while", "whereas"],
                    ) || self.word_in(k + 1, &["compared"])
                        // `..., but gave no date`: the subject's next verb, not reported
                        || (self.word_in(k + 1, &["but"])
                            && self.is_lower(k + 2)
                            && self.word(k + 2).is_some_and(|w| {
                                (w.len() > 4 && w.ends_with("ed"))
                                    || is_in(
                                        w,
                                        &[
                                            "gave", "made", "took", "went", "came", "got",
                                            "left", "kept", "told", "said", "sent", "held",
                                            "brought",
                                        ],
                                    )
                            }))
                        || (self.word_in(k + 1, &["well", "up", "down"])
                            && self.word_in(k + 2, &["above", "below", "from", "short"]));
                    // `..., and that none of them ...`: a second reported clause
                    let stop = stop
                        && !(self.word_in(k + 1, &["and", "but"])
                            && self.word_in(k + 2, &["that"]))
                        // `..., as Sanders' campaign manager suggested`: another frame
                        || (self.word_in(k + 1, &["as"])
                            && (k + 2..(k + 8).min(y)).any(|j| self.cue(j).is_some()));
                    if stop {
                        return k;
                    }
                }
                _ => {}
            }
        }
        y
    }
}
