//! Noun phrases: the speaker before a cue (`np_before`), after it (`np_after`), capitalised
//! runs read as names, and subjects of participles and coordinated cues.

use super::*;

impl<'a> Doc<'a> {
    /// A capitalised run ending at token `t` (going back no further than `lo`).
    pub(super) fn cap_run_back(&self, t: usize, lo: usize) -> Option<usize> {
        if !self.is_cap(t) {
            return None;
        }
        // a name is never longer than this: capitalised words linked by hyphens without end
        // (`A -B -C ...`) would otherwise make every run end scan back to the text's start
        let lo = lo.max(t.saturating_sub(MAX_NAME_TOKENS));
        let mut k = t;
        while k > lo {
            let p = k - 1;
            if self.is_cap(p) {
                k = p;
            } else if p > lo
                && ((self.punct(p, '.') && self.is_abbrev(p - 1))
                    || ((self.word_in(p, NAME_LINK) || self.punct(p, '-')) && self.is_cap(p - 1)))
            {
                k = p - 1;
            } else {
                break;
            }
        }
        // drop sentence-initial function words (`But Duda`) and stray links
        while k < t
            && (self.word_in(k, CAP_STOP) && !self.is_abbrev(k) && !self.word_in(k, &["the"])
                || self.word_in(k, NAME_LINK)
                || self.punct(k, '.'))
        {
            k += 1;
        }
        if self.word_in(k, CAP_STOP)
            && !self.word_in(k, &["mr", "mrs", "ms", "dr"])
            && !(k < t && self.word_in(k, &["the"]))
        {
            return None;
        }
        Some(k)
    }

    /// The subject noun phrase before cue token `cue` (not before `lo`); `true` when the cue is
    /// passive (`was accused`).
    pub(super) fn np_before(&self, cue: usize, lo: usize) -> Option<(Mention, bool)> {
        let (j, passive) = self.verb_group_before(cue, lo);
        if j <= lo {
            return None;
        }
        let mut t = j - 1;
        if self.punct(t, ')') {
            let mut k = t;
            while k > lo && !self.punct(k, '(') && t - k < 12 {
                k -= 1;
            }
            if !self.punct(k, '(') || k <= lo {
                return None;
            }
            t = k - 1;
        } else if self.punct(t, ',')
            || self.punct(t, '—')
            || self.punct(t, '–')
            || self.punct(t, '-')
        {
            return self.np_before_apposition(cue, t, lo, passive);
        }
        let w = self.word(t)?;
        if is_in(w, PRONOUNS) && (self.is_lower(t) || !is_in(w, &["who", "which"])) {
            return Some((
                Mention {
                    span: self.span(t, t),
                    kind: MKind::Pronoun,
                    first: t,
                    last: t,
                },
                passive,
            ));
        }
        if self.is_cap(t) {
            if w.ends_with("’s") || w.ends_with("'s") {
                return None; // a possessive is not a subject: `Editor’s note`
            }
            let mut k = self.cap_run_back(t, lo)?;
            // `Matthew Ingram of The Globe and Mail`: a name, then where it works
            if let Some(f) = self.name_of_outlet(k, lo) {
                k = f;
            }
            // `A leaked internal letter seen by Sky News says`: the channel relays the letter
            if let Some(m) = self.relayed_source(cue, k, lo) {
                return Some((m, passive));
            }
            return Some((
                Mention {
                    span: self.span(k, t),
                    kind: MKind::Name,
                    first: k,
                    last: t,
                },
                passive,
            ));
        }
        if self.is_lower(t) && !is_in(w, STOP) && !is_in(w, DETS) {
            return self.common_np_before(cue, t, lo, passive);
        }
        None
    }

    /// The verb group before cue token `cue` (not before `lo`), read right to left: auxiliaries,
    /// adverbs, aspect verbs (`continue to`, `went on to`) and short time adjuncts (`on
    /// Tuesday`, `this week`). Returns the token where it starts and whether it makes the cue
    /// passive (`was told`).
    fn verb_group_before(&self, cue: usize, lo: usize) -> (usize, bool) {
        let mut j = cue;
        let mut skips = 0;
        let mut passive = false;
        while j > lo && skips < 4 {
            let t = j - 1;
            let Some(w) = self.word(t) else { break };
            let ly = self.adverb(t);
            // `McConnell, who in 2010 said`
            if matches!(self.tok(t).and_then(Tok::shape), Some(Shape::Digits))
                && t > lo
                && self.word_in(t - 1, &["in", "on", "since"])
            {
                j -= 2;
                skips += 1;
                continue;
            }
            // `Sanders on Tuesday said`
            if is_in(w, WEEKDAYS) && t > lo && self.word_in(t - 1, &["on"]) {
                j -= 2;
                skips += 1;
                continue;
            }
            // `The poll released Friday shows`: a participle and its time modify the subject
            if is_in(w, WEEKDAYS)
                && t > lo + 1
                && self.is_lower(t - 1)
                && self
                    .word(t - 1)
                    .is_some_and(|p| p.len() > 4 && p.ends_with("ed"))
            {
                j -= 2;
                skips += 1;
                continue;
            }
            // `Trump this week also said`
            if is_in(
                w,
                &[
                    "week",
                    "month",
                    "year",
                    "weekend",
                    "morning",
                    "night",
                    "afternoon",
                    "evening",
                ],
            ) && t > lo
                && self.word_in(t - 1, &["this", "last", "next", "that"])
            {
                j -= 2;
                skips += 1;
                continue;
            }
            // `Caddell went on to discuss`
            if w == "to"
                && t > lo + 1
                && self.word_in(t - 1, &["on"])
                && self.word_in(t - 2, &["went", "go", "goes", "going"])
            {
                j -= 3;
                skips += 1;
                continue;
            }
            // `Republicans continue to warn`, `she began to suggest`: an aspect verb and `to`
            if w == "to"
                && t > lo
                && self.word_in(
                    t - 1,
                    &[
                        "continue",
                        "continues",
                        "continued",
                        "continuing",
                        "began",
                        "begin",
                        "begins",
                        "started",
                        "start",
                        "starts",
                        "went",
                        "goes",
                        "go",
                        "tend",
                        "tends",
                        "tended",
                    ],
                )
            {
                j -= 2;
                skips += 1;
                continue;
            }
            if (is_in(w, SKIP_BACK) && self.is_lower(t)) || ly {
                // a passive needs a participle (`was told`, `were accused`), not an adjective
                // (`have been critical of`) or a progressive (`is demanding`)
                if is_in(w, BE)
                    && j == cue
                    && self.word(cue).is_some_and(|c| {
                        c.ends_with("ed")
                            || is_in(
                                c,
                                &[
                                    "told",
                                    "known",
                                    "seen",
                                    "shown",
                                    "found",
                                    "held",
                                    "taken",
                                    "given",
                                    "said",
                                    "written",
                                    "thought",
                                    "brought",
                                    "sent",
                                    "made",
                                    "heard",
                                    "understood",
                                ],
                            )
                    })
                {
                    passive = true;
                }
                j -= 1;
                skips += 1;
            } else {
                break;
            }
        }
        (j, passive)
    }

    /// The subject before an aside that ends at token `t` (a comma or a dash): `X, a spokesman,
    /// said`, `X -- a co-editor of ... -- said`, `A Pentagon spokesman, Capt. Jeff Davis, said`.
    fn np_before_apposition(
        &self,
        cue: usize,
        t: usize,
        lo: usize,
        passive: bool,
    ) -> Option<(Mention, bool)> {
        // `X, a spokesman, said`, `X -- a co-editor of ... -- said`
        let c2 = self.tok(t)?.kind;
        let mut t = t;
        while t > lo && self.tok(t - 1).map(|x| x.kind) == Some(c2) {
            t -= 1;
        }
        let opens = |k: usize| {
            let o = k + 1;
            self.word_in(o, DETS)
                || self.word_in(o, RELATIVE)
                || self.word_in(o, APPOS)
                || self.word_in(
                    o,
                    &[
                        "at",
                        "in",
                        "on",
                        "during",
                        "after",
                        "before",
                        "with",
                        "as",
                        "along",
                        "together",
                        "speaking",
                        "according",
                    ],
                )
                || (self.is_lower(o) && !self.word_in(o, STOP))
                || matches!(
                    self.tok(o).and_then(Tok::shape),
                    Some(Shape::Digits | Shape::Alnum)
                )
                || (self.is_cap(o) && self.word(o).is_some_and(|w| is_in(w, TITLES)))
        };
        let find_prev = |from: usize| {
            let mut k = from;
            while k > lo && from - k < 40 {
                k -= 1;
                if self.in_region(k)
                    || matches!(
                        self.tok(k).map(|x| x.kind),
                        Some(Kind::Punct('.' | ';' | ':'))
                    ) && !(k > lo && self.is_abbrev(k - 1))
                {
                    return None;
                }
                if self.tok(k).map(|x| x.kind) == Some(c2) {
                    return Some(k);
                }
            }
            None
        };
        let Some(mut k) = find_prev(t) else {
            return self
                .np_before_stray_comma(cue, t, lo, c2)
                .map(|m| (m, passive));
        };
        // several appositions: `X, a developer for Y, which ..., said`, `X, of Springfield,
        // Va., said`, `Senator Dianne Feinstein, Democrat of California, said` -> X
        if c2 == Kind::Punct(',') {
            for _ in 0..4 {
                let chain = self.word_in(k + 1, RELATIVE)
                    || self.is_cap(k + 1)
                    || self.word_in(k + 1, &["of", "from"])
                    || matches!(self.tok(k + 1).and_then(Tok::shape), Some(Shape::Digits));
                if !chain {
                    break;
                }
                let Some(k2) = find_prev(k) else { break };
                let o2 = k2 + 1;
                let apposition = opens(k2) || self.is_cap(o2) || self.word_in(o2, &["of", "from"]);
                let name_before = k2 > lo && (self.is_cap(k2 - 1) || self.punct(k2 - 1, ')'));
                if apposition && name_before {
                    k = k2;
                } else {
                    break;
                }
            }
        }
        let opener = k + 1;
        // `A Pentagon spokesman, Capt. Jeff Davis, said`, `Her successor, Sen. Tim Kaine,
        // said`: a titled name in commas after a role is the speaker
        if c2 == Kind::Punct(',')
            && self.word(opener).is_some_and(|w| is_in(w, TITLES))
            && self.is_cap(opener)
            && t > opener + 1
            && k > lo
            && self.is_lower(k - 1)
            && !self.word_in(k - 1, STOP)
            && self
                .cap_run_back(t - 1, opener)
                .is_some_and(|f| f <= opener + 1)
        {
            let m = Mention {
                span: self.span(opener, t - 1),
                kind: MKind::Name,
                first: opener,
                last: t - 1,
            };
            return Some((m, passive));
        }
        let ok = opens(k)
            || (c2 == Kind::Punct(',')
                && k > lo
                && self.is_cap(k - 1)
                && (self.is_cap(opener) || self.word_in(opener, &["of", "from"])));
        while k > lo && self.tok(k - 1).map(|x| x.kind) == Some(c2) {
            k -= 1;
        }
        if !ok && self.is_cap(opener) && t > opener {
            // `The state’s campaign chairman, Phil Lovas, said`: the name in the commas
            let f = self.cap_run_back(t - 1, opener)?;
            // (`The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino,`:
            // a role closing with a parenthesis)
            if f == opener
                && k > lo
                && (self
                    .word(k - 1)
                    .is_some_and(|w| self.is_lower(k - 1) && !is_in(w, STOP))
                    || self.punct(k - 1, ')'))
            {
                let m = Mention {
                    span: self.span(f, t - 1),
                    kind: MKind::Name,
                    first: f,
                    last: t - 1,
                };
                return Some((m, passive));
            }
            return None;
        }
        if !ok || k <= lo {
            return None;
        }
        let (m, _) = self.np_before(k, lo).filter(|(m, _)| {
            m.kind != MKind::Pronoun || self.word_in(m.first, &["he", "she", "they"])
        })?;
        Some((m, passive))
    }

    /// The subject opening the clause at `lo` and set off from its verb by a lone comma at `t`
    /// (`Lydia Buchtmann for Food Standards Australia New Zealand, says ...`, `The Internet
    /// security firm Secunia.com, has said ...`): a short phrase with a capitalised head and no
    /// verb in it.
    fn np_before_stray_comma(&self, cue: usize, t: usize, lo: usize, c2: Kind) -> Option<Mention> {
        // not a fronted phrase (`Across Asia, ...`, `But, said Solovey`) nor an inverted
        // attribution (`The paradox of Nancy, says Carl Anthony, is ...`)
        if c2 != Kind::Punct(',')
            || t <= lo
            || t > lo + 10
            || self.word_in(lo, CAP_STOP)
            || self.word_in(lo, PREPS)
            || self.word_in(
                lo,
                &[
                    "across",
                    "among",
                    "amid",
                    "under",
                    "throughout",
                    "by",
                    "despite",
                ],
            )
            || self.is_cap(cue + 1)
        {
            return None;
        }
        let plain = (lo..t).all(|k| {
            self.is_cap(k)
                || self.word_in(k, DETS)
                || self.word_in(k, &["for", "of", "at", "from"])
                || (self.is_lower(k)
                    && !self.word_in(k, STOP)
                    && !self.word_in(k, AUX)
                    && !self.word_in(k, BE)
                    && !self
                        .word(k)
                        .is_some_and(|w| w.ends_with("ed") || w.ends_with("ly")))
                || (self.punct(k, '.') && k > lo && self.is_cap(k - 1))
        });
        if !plain || !self.is_cap(t - 1) || !(self.is_cap(lo) || self.word_in(lo, DETS)) {
            return None;
        }
        // the head: the capitalised run the phrase opens with (`Lydia Buchtmann`), else the
        // whole phrase (`The Internet security firm Secunia.com`)
        let head_end = (lo..t)
            .find(|&k| self.word_in(k, &["for", "of", "at", "from"]))
            .map_or(t - 1, |k| k - 1);
        (head_end >= lo).then(|| Mention {
            span: self.span(lo, head_end),
            kind: MKind::Name,
            first: lo,
            last: head_end,
        })
    }

    /// The noun phrase a channel relays when the name at `k` is the agent of a participle
    /// after it (`A leaked internal letter seen by Sky News says`, `a report obtained by The
    /// Guardian shows`): the inner source speaks.
    fn relayed_source(&self, cue: usize, k: usize, lo: usize) -> Option<Mention> {
        if k < lo + 3 || !self.is_lower(k - 1) || !self.word_in(k - 1, &["by"]) {
            return None;
        }
        let participle = self.is_lower(k - 2)
            && self.word(k - 2).is_some_and(|w| {
                (w.len() > 4 && (w.ends_with("ed") || w.ends_with("en")))
                    || is_in(w, &["seen", "shown", "sent", "made", "given", "held"])
            });
        if !participle {
            return None;
        }
        let (m, _) = self.common_np_before(cue, k - 3, lo, false)?;
        let anchored = self.word_in(m.first, DETS);
        (m.kind == MKind::Common && anchored).then_some(m)
    }

    /// The first token of a person's name before `k` that the capitalised run at `k` is the
    /// outlet or organisation of (`Matthew Ingram of The Globe and Mail`, `Paul Sperry of
    /// Counter Jihad`): `of` or `at`, with the run's own `The` and `and` (`The Globe and Mail`).
    fn name_of_outlet(&self, k: usize, lo: usize) -> Option<usize> {
        let mut j = k;
        // `The Globe and Mail`: over `and` inside the run and its `The`
        for _ in 0..2 {
            if j >= lo + 2 && self.word_in(j - 1, &["and"]) && self.is_cap(j - 2) {
                j = self.cap_run_back(j - 2, lo).unwrap_or(j - 2);
            }
        }
        if j > lo && self.word_in(j - 1, &["the"]) && !self.is_lower(j - 1) {
            j -= 1;
        }
        // the run may already hold the name and its `of` (`Matthew Ingram of The Globe`)
        let (first, last) =
            match (j..k).find(|&x| self.is_lower(x) && self.word_in(x, &["of", "at"])) {
                Some(o) if o > j => (j, o - 1),
                _ => {
                    if j < lo + 2 || !self.is_lower(j - 1) || !self.word_in(j - 1, &["of", "at"]) {
                        return None;
                    }
                    (self.cap_run_back(j - 2, lo)?, j - 2)
                }
            };
        // a person's name: two or three capitalised words, none of them a title
        let words = last + 1 - first;
        ((2..=3).contains(&words) && (first..=last).all(|x| !self.word_in(x, TITLES)))
            .then_some(first)
    }

    /// Whether token `p` is the apostrophe of a plural possessive (`Sanders’ campaign`),
    /// attached to a word ending in `s` after `lo` and outside quotation marks.
    fn plural_possessive(&self, p: usize, lo: usize) -> bool {
        p > lo
            && (self.punct(p, '’')
                || self.punct(p, '\'')
                || matches!(
                    self.tok(p).map(|t| t.kind),
                    Some(Kind::Sq(Dir::Close | Dir::Either))
                ))
            && !self.in_region(p)
            && self.word(p - 1).is_some_and(|w| w.ends_with('s'))
            && self
                .tok(p - 1)
                .is_some_and(|t| self.tok(p).is_some_and(|u| u.start == t.end))
    }

    /// A common noun phrase ending at token `t` before cue token `cue`: `the agency`,
    /// `Sanders’ campaign`, `attorneys for the family`, `nuclear nonproliferation experts`.
    fn common_np_before(
        &self,
        cue: usize,
        t: usize,
        lo: usize,
        passive: bool,
    ) -> Option<(Mention, bool)> {
        let w = self.word(t)?;
        let mut k = t;
        let mut anchored = is_in(w, COLLECTIVE);
        let mut steps = 0;
        while k > lo && steps < 5 {
            let p = k - 1;
            if self.plural_possessive(p, lo) {
                k = p - 1;
                anchored = true;
                steps += 1;
                continue;
            }
            let Some(pw) = self.word(p) else { break };
            if is_in(pw, DETS)
                && self
                    .tok(p)
                    .is_some_and(|x| x.shape() != Some(Shape::AllCaps))
            {
                k = p;
                anchored = true;
                break;
            }
            if pw.ends_with("’s") || pw.ends_with("'s") || (self.is_cap(p) && !is_in(pw, CAP_STOP))
            {
                k = p;
                anchored = true;
                steps += 1;
                continue;
            }
            if matches!(self.tok(p).and_then(Tok::shape), Some(Shape::Digits)) {
                k = p;
                anchored = true;
                break;
            }
            if self.is_lower(p) && !is_in(pw, STOP) && !is_in(pw, SKIP_BACK) {
                k = p;
                steps += 1;
                continue;
            }
            break;
        }
        let k0 = k;
        // `attorneys for the family`, `the head of the agency`
        for _ in 0..2 {
            if k < lo + 2 || !self.word_in(k - 1, &["of", "for", "at", "from", "with", "on", "in"])
            {
                break;
            }
            let h = k - 2;
            if self.is_cap(h) {
                match self.cap_run_back(h, lo) {
                    Some(f) => k = f,
                    None => break,
                }
            } else if self.is_lower(h)
                && self
                    .word(h)
                    .is_some_and(|x| !is_in(x, STOP) && !is_in(x, DETS))
            {
                let mut f = h;
                while f > lo
                    && f + 3 > h
                    && self
                        .word(f - 1)
                        .is_some_and(|x| self.is_lower(f - 1) && !is_in(x, STOP))
                {
                    f -= 1;
                }
                k = f;
            } else {
                break;
            }
        }
        // `The former secretary of state said`: a head noun with its own determiner
        if k != k0 {
            while k > lo
                && self.word_in(k - 1, DETS)
                && self
                    .tok(k - 1)
                    .is_some_and(|x| x.shape() != Some(Shape::AllCaps))
            {
                k -= 1;
                anchored = true;
            }
            // `PC World's recent analysis of its own statistics concluded`: with its possessor
            // (a document or a study, not `Trump’s flurry of late-night tweets`)
            let document = (k..=t).any(|x| {
                self.is_lower(x)
                    && self.word_in(
                        x,
                        &[
                            "analysis",
                            "report",
                            "study",
                            "survey",
                            "poll",
                            "review",
                            "research",
                            "statement",
                            "letter",
                            "memo",
                            "website",
                            "investigation",
                            "audit",
                            "assessment",
                            "findings",
                        ],
                    )
            });
            if k > lo + 1
                && t + 1 == cue
                && document
                && self.is_cap(k - 1)
                && self
                    .word(k - 1)
                    .is_some_and(|x| x.ends_with("’s") || x.ends_with("'s"))
            {
                if let Some(f) = self.cap_run_back(k - 1, lo) {
                    k = f;
                    anchored = true;
                }
            }
        }
        // an unanchored noun phrase (`nuclear nonproliferation experts said`) is kept only
        // when it is a plain run of lowercase words right before the cue
        if !anchored && (t + 1 != cue || k0 == t && !w.ends_with('s') && !is_in(w, ROLE_HEADS)) {
            return None;
        }
        Some((
            Mention {
                span: self.span(k, t),
                kind: MKind::Common,
                first: k,
                last: t,
            },
            passive,
        ))
    }

    /// A noun phrase starting at token `i` (inverted attribution: `said Duda`).
    pub(super) fn np_after(&self, i: usize, hi: usize) -> Option<Mention> {
        if i >= hi {
            return None;
        }
        let w = self.word(i)?;
        if self.word_in(i, &["that"]) {
            return None; // `“...” suggests that ...`: a clause, not a speaker
        }
        if is_in(w, PRONOUNS) && !self.word_in(i, &["who", "which", "it"]) {
            return Some(Mention {
                span: self.span(i, i),
                kind: MKind::Pronoun,
                first: i,
                last: i,
            });
        }
        if self.is_cap(i) && !self.word_in(i, CAP_STOP)
            || self.word_in(i, &["mr", "mrs", "ms", "dr"])
        {
            let mut k = i;
            while k + 1 < hi {
                let n = k + 1;
                if self.is_cap(n) {
                    k = n;
                } else if self.is_cap(n + 1)
                    && ((self.punct(n, '.') && self.is_abbrev(k))
                        || self.word_in(n, NAME_LINK)
                        || self.punct(n, '-'))
                {
                    k = n + 1;
                } else {
                    break;
                }
            }
            return Some(Mention {
                span: self.span(i, k),
                kind: MKind::Name,
                first: i,
                last: k,
            });
        }
        let modifier = |k: usize| {
            (self.is_lower(k) && !self.word_in(k, STOP))
                || matches!(
                    self.tok(k).and_then(Tok::shape),
                    Some(Shape::Digits | Shape::Alnum)
                )
        };
        if modifier(i) && !is_in(w, DETS) {
            // `state-owned news agency Belta`, `9/11 widow Terry Strada`: modifiers before a name
            let mut k = i;
            while k + 1 < hi && k < i + 4 && modifier(k + 1) {
                k += 1;
            }
            if self.is_cap(k + 1) && k + 1 < hi {
                if let Some(n) = self.np_after(k + 1, hi).filter(|n| n.kind == MKind::Name) {
                    return Some(Mention {
                        span: self.span(i, n.last),
                        kind: MKind::Name,
                        first: i,
                        last: n.last,
                    });
                }
            }
        }
        if modifier(i) && !is_in(w, DETS) {
            // `senior counter terrorism officials`: a bare plural noun phrase, up to its end
            let mut k = i;
            while k + 1 < hi && k < i + 4 && self.is_lower(k + 1) && modifier(k + 1) {
                k += 1;
            }
            let plural = self
                .word(k)
                .is_some_and(|x| x.len() > 3 && x.ends_with('s') && !x.ends_with("ss"));
            let closed = k + 1 >= hi
                || matches!(
                    self.tok(k + 1).map(|t| t.kind),
                    Some(Kind::Punct(',' | '.'))
                );
            if plural && closed && self.is_lower(i) {
                return Some(Mention {
                    span: self.span(i, k),
                    kind: MKind::Common,
                    first: i,
                    last: k,
                });
            }
        }
        if self.word_in(i, DETS) || self.word_in(i, COLLECTIVE) {
            let mut k = i;
            while k + 1 < hi && k - i < 5 {
                let n = k + 1;
                match self.word(n) {
                    Some(nw) if !is_in(nw, STOP) && (self.is_lower(n) || self.is_cap(n)) => k = n,
                    _ => break,
                }
                if self.present_verb_after_noun(k) {
                    k -= 1;
                    break;
                }
            }
            if k == i && !self.word_in(i, COLLECTIVE) {
                return None;
            }
            return Some(Mention {
                span: self.span(i, k),
                kind: MKind::Common,
                first: i,
                last: k,
            });
        }
        None
    }

    /// Token `k` is a verb in the present tense after a singular noun (`The visit coincides
    /// with`, `the company says the`): a lowercase word in -s (not -ss) after a lowercase noun not
    /// in -s, followed by `with`, `that` or a determiner.
    fn present_verb_after_noun(&self, k: usize) -> bool {
        k > 0
            && self.is_lower(k)
            && self.is_lower(k - 1)
            && self
                .word(k)
                .is_some_and(|w| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
            && self
                .word(k - 1)
                .is_some_and(|w| !w.ends_with('s') && !is_in(w, DETS))
            && (self.word_in(k + 1, &["with", "that"]) || self.word_in(k + 1, DETS))
    }

    /// The left edge of a subject noun phrase whose head mention starts at `first`: over a
    /// determiner and lowercase modifiers (`the Associated Press`, `frontman Anthony Kiedis`)
    /// and over a role phrase in commas before a name (`the band's frontman, Anthony Kiedis,`),
    /// as long as a comma or dash is then reached; else `first`.
    pub(super) fn np_left_edge(&self, first: usize, a: usize) -> usize {
        let sep = |k: usize| {
            matches!(
                self.tok(k).map(|t| t.kind),
                Some(Kind::Punct(',' | '—' | '–'))
            )
        };
        let modifier = |k: usize| {
            self.word(k).is_some_and(|w| {
                (is_in(w, DETS) && !self.word_in(k, &["that", "this", "these", "those"]))
                    || w.ends_with("’s")
                    || w.ends_with("'s")
                    || (self.is_lower(k)
                        && !is_in(w, STOP)
                        && !is_in(w, SKIP_BACK)
                        && !is_in(w, PREPS)
                        && !is_in(w, AUX)
                        && !is_in(w, BE)
                        && !(w.len() > 4 && w.ends_with("ed")))
                    || matches!(self.tok(k).and_then(Tok::shape), Some(Shape::Digits))
            })
        };
        let walk = |from: usize| {
            let mut j = from;
            while j > a && from - j < 5 && modifier(j - 1) {
                j -= 1;
            }
            j
        };
        if first > a && sep(first - 1) {
            // `the band's frontman, Anthony Kiedis, said`: a role phrase in commas
            let r = walk(first - 1);
            if r < first - 1 && r > a && sep(r - 1) && (r..first - 1).any(|k| self.is_lower(k)) {
                return r;
            }
            return first;
        }
        let j = walk(first);
        if j < first && j > a && sep(j - 1) {
            j
        } else {
            first
        }
    }

    /// The subject of a participle cue at `k`: the sentence's subject, past an opening adjunct
    /// (`During Prime Minister's Questions, Sunak defended ... while promising ...`).
    pub(super) fn participle_subject(&self, lo: usize, k: usize) -> Option<Mention> {
        let from = if self.word_in(lo, PREPS) {
            (lo..k).find(|&j| self.punct(j, ',')).map_or(lo, |j| j + 1)
        } else {
            lo
        };
        self.subject_at(from, k)
    }

    /// The noun phrase opening a sentence (after conjunctions), ending before `end`.
    pub(super) fn subject_at(&self, lo: usize, end: usize) -> Option<Mention> {
        let mut k = lo;
        while k < end
            && (self.word_in(k, CAP_STOP)
                && !self.word_in(k, PRONOUNS)
                // `The group also released a statement saying ...`: a determiner opens it
                && !(self.word_in(k, DETS) && self.is_lower(k + 1))
                || self.tok(k).is_some_and(|t| !t.is_word()))
        {
            k += 1;
        }
        let w = self.word(k)?;
        if is_in(w, PRONOUNS) && !is_in(w, RELATIVE) {
            return Some(Mention {
                span: self.span(k, k),
                kind: MKind::Pronoun,
                first: k,
                last: k,
            });
        }
        self.np_after(k, end).filter(|m| m.kind != MKind::Pronoun)
    }

    /// The subject of a coordinated cue (`... and accused Russia of ...`, `, adding that ...`).
    pub(super) fn coord_subject(
        &self,
        cue: usize,
        lo: usize,
        prior: &[(usize, Mention)],
    ) -> Option<Mention> {
        let mut j = cue;
        while j > lo
            && (self.word(j - 1).is_some_and(|w| is_in(w, SKIP_BACK)) || self.adverb(j - 1))
        {
            j -= 1;
        }
        let and = j > lo && self.word_in(j - 1, &["and", "but"]);
        // a participle (`..., saying`, `issued a statement calling`) takes the clause's subject
        let ing = self.word(cue).is_some_and(|w| w.ends_with("ing")) && j > lo;
        if !and && !ing {
            return None;
        }
        // an earlier frame's subject (`The candidate has mocked a reporter and referred to ...`)
        if let Some(&(_, m)) = prior.iter().rev().find(|(c, _)| *c < cue) {
            return Some(m);
        }
        // `I laughed and said`: the subject of the verb before `and`
        if and && j >= lo + 2 && self.is_lower(j - 2) && !self.word_in(j - 2, STOP) {
            if let Some((m, false)) = self.np_before(j - 2, lo) {
                return Some(m);
            }
        }
        for k in (lo..cue).rev() {
            if self.cue(k).is_some() && !self.in_region(k) {
                // not a long common phrase: `The visit coincides with increased calls`
                if let Some((m, false)) = self
                    .np_before(k, lo)
                    .filter(|(m, _)| m.kind != MKind::Common || m.last < m.first + 3)
                {
                    return Some(m);
                }
            }
        }
        // skip an opening phrase: `In a speech on Monday, Trump ...`
        let mut lo = lo;
        if self.word_in(lo, PREPS)
            || self.word_in(lo, SUBORD)
            || self.word_in(
                lo,
                &[
                    "despite", "though", "if", "because", "as", "since", "unlike", "like",
                ],
            )
        {
            if let Some(c) = (lo..(lo + 14).min(cue)).find(|&k| self.punct(k, ',')) {
                lo = c + 1;
            }
        }
        self.subject_at(lo, cue)
    }
}
