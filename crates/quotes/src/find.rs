//! The quote finder: direct quotes from paired marks and their attributions, indirect and mixed
//! quotes from cue frames, speakers and what they refer to.

use crate::lex::{
    is_in, ABBREV, APPOS, AUX, BE, CAP_STOP, CLAUSE_START, COLLECTIVE, DETS, NAME_LINK, PREPS,
    PRONOUNS, RELATIVE, ROLE_GENERIC, ROLE_HEADS, SKIP_AFTER, SKIP_BACK, STOP, SUBORD, TITLES,
    WEEKDAYS,
};
use crate::scan::{pair_marks, tokenize, Dir, Kind, Region, Tok};
use crate::{CueClass, CueTable, Quote, QuoteKind};
use lede_text::{Shape, Span};

const NONE: u32 = u32::MAX;

/// The longest sentence, in tokens, that the rules read as one window (see [`Doc::push_sent`]).
/// News sentences stay far below it: the longest in the gold sets and the corpus has N tokens.
const MAX_SENT_TOKENS: usize = 256;

/// How many titled names on each side of a role phrase (`the defense chief`) are weighed as
/// what it refers to (see [`Doc::role_ref`]); a story rarely has this many.
const MAX_ROLE_NAMES: usize = 64;

/// The most tokens a capitalised run read as a name spans (see [`Doc::cap_run_back`]).
const MAX_NAME_TOKENS: usize = 24;

/// How many later cues of its sentence a frame looks at for where its content ends.
const MAX_LATER_CUES: usize = 16;

/// The deepest nesting of indirect quotes reported in one sentence (see [`Doc::indirect`]).
const MAX_NESTED: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MKind {
    Pronoun,
    Name,
    Common,
}

#[derive(Clone, Copy, Debug)]
struct Mention {
    span: Span,
    kind: MKind,
    /// First and last token of the mention.
    first: usize,
    last: usize,
}

#[derive(Clone, Copy, Debug)]
struct Cue {
    at: usize,
    len: usize,
    class: CueClass,
}

#[derive(Clone, Copy, Debug)]
struct Out {
    span: Span,
    kind: QuoteKind,
    cue: Option<Span>,
    spk: Option<Mention>,
}

#[derive(Clone, Copy, Debug)]
struct Attrib {
    cue: Option<Span>,
    spk: Option<Mention>,
}

struct Doc<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    table: &'a CueTable,
    regions: Vec<Region>,
    /// Region of each token (marks included), or NONE.
    rid: Vec<u32>,
    /// Sentences as token ranges, and the sentence of each token.
    sents: Vec<(usize, usize)>,
    sid: Vec<u32>,
    /// Paragraph of each region.
    rpara: Vec<usize>,
    paras: Vec<(usize, usize)>,
    cues: Vec<Option<Cue>>,
    used_cue: Vec<bool>,
    lower_buf: std::cell::RefCell<String>,
}

pub(crate) fn find(
    table: &CueTable,
    text: &str,
    sentences: &[Span],
    people: &[Span],
    sources_only: bool,
) -> Vec<Quote> {
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    tokenize(text, &mut toks);
    let n = toks.len();
    let mut doc = Doc {
        text,
        toks,
        table,
        regions: Vec::new(),
        rid: vec![NONE; n],
        sents: Vec::new(),
        sid: vec![NONE; n],
        rpara: Vec::new(),
        paras: Vec::new(),
        cues: vec![None; n],
        used_cue: vec![false; n],
        lower_buf: std::cell::RefCell::new(String::new()),
    };
    doc.structure(sentences);
    doc.find_cues();
    let mut out = Vec::new();
    let attribs = doc.direct(&mut out);
    doc.indirect(&mut out, &attribs);
    doc.standalone(&mut out, &attribs);
    let mut quotes: Vec<Quote> = out
        .iter()
        .filter(|o| o.span.start < o.span.end && o.span.get(text).is_some())
        .map(|o| Quote {
            span: o.span,
            kind: o.kind,
            cue: o.cue.filter(|c| c.get(text).is_some()),
            speaker: o.spk.map(|m| m.span).filter(|s| s.get(text).is_some()),
            speaker_ref: None,
        })
        .collect();
    quotes.sort_by_key(|q| (q.span.start, q.span.end));
    quotes.dedup_by(|a, b| a.span == b.span);
    drop_crossing(&mut quotes);
    doc.resolve(&mut quotes, &out, people);
    // `I said`, `we told them`, `you say`: the narrator or a speaker quoting themselves inside
    // a quotation, never a source the story quotes (kept for PolNeAR-style output)
    quotes.retain(|q| {
        !sources_only
            || !q
                .speaker
                .and_then(|s| s.get(text))
                .is_some_and(|w| is_in(w, FIRST_SECOND_PERSON))
    });
    quotes
}

/// Keeps quotes that nest properly: a quote overlapping an earlier kept one must lie inside it,
/// and only inside indirect or mixed content (a fragment of a content clause), never inside a
/// direct quote. Outer quotes come first (by start, longest first); the stack of open outer
/// quotes is as deep as the nesting, so the pass is linear.
fn drop_crossing(quotes: &mut Vec<Quote>) {
    let mut order: Vec<usize> = (0..quotes.len()).collect();
    order.sort_by_key(|&i| {
        quotes
            .get(i)
            .map(|q| (q.span.start, std::cmp::Reverse(q.span.end)))
    });
    let mut keep = vec![true; quotes.len()];
    let mut open: Vec<(usize, QuoteKind)> = Vec::new(); // end, kind
    for &i in &order {
        let Some(q) = quotes.get(i) else { continue };
        while open.last().is_some_and(|&(end, _)| end <= q.span.start) {
            open.pop();
        }
        let fits = open
            .last()
            .is_none_or(|&(end, kind)| q.span.end <= end && kind != QuoteKind::Direct);
        if fits {
            open.push((q.span.end, q.kind));
        } else if let Some(k) = keep.get_mut(i) {
            *k = false;
        }
    }
    let mut flags = keep.into_iter();
    quotes.retain(|_| flags.next().unwrap_or(true));
}

/// Pronouns of the first and second person: a quote with one of them as speaker is dropped.
const FIRST_SECOND_PERSON: &[&str] = &["i", "me", "we", "us", "you"];

impl<'a> Doc<'a> {
    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        let t = self.toks.get(i)?;
        if t.is_word() {
            self.text.get(t.start..t.end)
        } else {
            None
        }
    }

    fn word_in(&self, i: usize, set: &[&str]) -> bool {
        self.word(i).is_some_and(|w| is_in(w, set))
    }

    fn is_cap(&self, i: usize) -> bool {
        matches!(
            self.tok(i).and_then(Tok::shape),
            Some(Shape::Capitalized | Shape::AllCaps)
        )
    }

    fn is_lower(&self, i: usize) -> bool {
        matches!(self.tok(i).and_then(Tok::shape), Some(Shape::Lower))
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_punct(c))
    }

    fn in_region(&self, i: usize) -> bool {
        self.rid.get(i).is_some_and(|&r| r != NONE)
    }

    fn region_at(&self, i: usize) -> Option<usize> {
        self.rid
            .get(i)
            .copied()
            .filter(|&r| r != NONE)
            .map(|r| r as usize)
    }

    fn sent_of(&self, i: usize) -> Option<(usize, usize)> {
        let s = *self.sid.get(i)?;
        self.sents.get(s as usize).copied()
    }

    fn span(&self, a: usize, b_incl: usize) -> Span {
        let s = self.tok(a).map(|t| t.start).unwrap_or(0);
        let e = self.tok(b_incl).map(|t| t.end).unwrap_or(s);
        Span::new(s, e.max(s))
    }

    fn is_abbrev(&self, i: usize) -> bool {
        match self.word(i) {
            Some(w) => {
                (w.chars().count() == 1 && w.chars().all(char::is_uppercase)) || is_in(w, ABBREV)
            }
            None => false,
        }
    }

    /// Paragraphs, regions and sentences.
    fn structure(&mut self, given: &[Span]) {
        let n = self.toks.len();
        let mut a = 0;
        for i in 0..=n {
            let brk = self.toks.get(i).is_none_or_break();
            if brk {
                if i > a {
                    self.paras.push((a, i));
                }
                a = i + 1;
            }
        }
        let mut ends: Vec<usize> = given
            .iter()
            .filter(|s| s.start < s.end && s.get(self.text).is_some())
            .map(|s| s.end)
            .collect();
        ends.sort_unstable();
        let paras = self.paras.clone();
        let mut open_at_end: Option<usize> = None;
        for (p, &(a, b)) in paras.iter().enumerate() {
            if let Some(r) = open_at_end.take() {
                self.close_across(r, a, b);
            }
            let first = self.regions.len();
            pair_marks(&self.toks, a, b, &mut self.regions);
            open_at_end = (first..self.regions.len())
                .last()
                .filter(|&r| self.regions.get(r).is_some_and(|g| !g.closed && !g.single));
            for r in first..self.regions.len() {
                self.rpara.push(p);
                if let Some(reg) = self.regions.get(r) {
                    let (o, c) = (reg.open, reg.close);
                    for x in self.rid.get_mut(o..=c).into_iter().flatten() {
                        *x = r as u32;
                    }
                }
            }
            // sentences
            let mut s = a;
            for k in a..b {
                if self.boundary_after(k, b, &ends) {
                    self.push_sent(s, k + 1, &ends);
                    s = k + 1;
                }
            }
            if s < b {
                self.push_sent(s, b, &ends);
            }
        }
    }

    /// One pair of marks across a paragraph break is one quote: region `r`, left open at the end
    /// of its paragraph, takes the closing mark that comes first in the next paragraph `a..b`
    /// (before any other mark). A paragraph that opens with a fresh mark instead follows the
    /// multi-paragraph convention, and `r` stays a quote to its paragraph end.
    fn close_across(&mut self, r: usize, a: usize, b: usize) {
        let first_mark = (a..b).find(|&k| {
            matches!(
                self.tok(k).map(|t| t.kind),
                Some(Kind::Dq(..) | Kind::Sq(_))
            )
        });
        let Some(k) = first_mark else { return };
        let Some(end) = self
            .tok(k)
            .filter(|t| matches!(t.kind, Kind::Dq(Dir::Close, _)))
            .map(|t| t.end)
        else {
            return;
        };
        let Some(reg) = self.regions.get_mut(r) else {
            return;
        };
        let from = reg.close;
        reg.close = k;
        reg.closed = true;
        reg.span = Span::new(reg.span.start, end);
        for x in self.rid.get_mut(from..=k).into_iter().flatten() {
            *x = r as u32;
        }
    }

    /// Pushes sentence `a..b`, in pieces of at most [`MAX_SENT_TOKENS`] tokens: every rule reads
    /// a window no wider than its sentence, so a text with no sentence ends (a transcript, a
    /// scraped page) still costs time linear in its length. A long sentence (most often a long
    /// quotation, whose inner sentence ends this layer does not cut at) is cut after the last
    /// sentence end of the splitter (`ends`) in the second half of the piece, else after the
    /// last comma, semicolon or colon there, else at the cap.
    fn push_sent(&mut self, mut a: usize, b: usize, ends: &[usize]) {
        while b - a > MAX_SENT_TOKENS {
            let cap = a + MAX_SENT_TOKENS;
            let half = a + MAX_SENT_TOKENS / 2..cap;
            let given = |k: &usize| {
                self.tok(*k)
                    .is_some_and(|t| ends.binary_search(&t.end).is_ok())
            };
            let clause = |k: &usize| {
                !self.in_region(*k)
                    && matches!(
                        self.tok(*k).map(|t| t.kind),
                        Some(Kind::Punct(',' | ';' | ':'))
                    )
            };
            let cut = half
                .clone()
                .rev()
                .find(given)
                .or_else(|| half.rev().find(clause))
                .map_or(cap, |k| k + 1);
            self.push_one_sent(a, cut);
            a = cut;
        }
        self.push_one_sent(a, b);
    }

    fn push_one_sent(&mut self, a: usize, b: usize) {
        let id = self.sents.len() as u32;
        self.sents.push((a, b));
        for x in self.sid.get_mut(a..b).into_iter().flatten() {
            *x = id;
        }
    }

    fn boundary_after(&self, k: usize, b: usize, ends: &[usize]) -> bool {
        let Some(t) = self.tok(k) else { return false };
        if k + 1 >= b {
            return false;
        }
        let next_starts = |n: usize| -> bool {
            match self.tok(n).map(|t| t.kind) {
                Some(Kind::Word(s)) => matches!(
                    s,
                    Shape::Capitalized | Shape::AllCaps | Shape::Digits | Shape::Alnum
                ),
                Some(Kind::Dq(Dir::Open | Dir::Either, _)) | Some(Kind::Sq(Dir::Open)) => true,
                Some(Kind::Punct('(' | '—' | '―' | '–')) => true,
                _ => false,
            }
        };
        match self.region_at(k) {
            None => {
                if matches!(t.kind, Kind::Punct('.' | '!' | '?' | '…')) {
                    if t.is_punct('.') && k > 0 && self.is_abbrev(k - 1) && !self.punct(k + 1, '.')
                    {
                        return false;
                    }
                    // initials: `(R-S.C.)`, `D.C.`, `Lawrence B. Cummings`
                    let single_cap = |i: usize| {
                        self.word(i).is_some_and(|w| {
                            w.chars().count() == 1 && w.chars().all(char::is_uppercase)
                        })
                    };
                    if t.is_punct('.') && single_cap(k + 1) && self.punct(k + 2, '.') {
                        return false;
                    }
                    if t.is_punct('.') && self.punct(k + 1, ')') {
                        return false;
                    }
                    return next_starts(k + 1);
                }
                if ends.binary_search(&t.end).is_ok() {
                    return !self.in_region(k + 1)
                        || self
                            .region_at(k + 1)
                            .is_some_and(|r| self.regions.get(r).is_some_and(|g| g.open == k + 1));
                }
                false
            }
            Some(r) => {
                let Some(reg) = self.regions.get(r) else {
                    return false;
                };
                if reg.close != k || !reg.closed {
                    return false;
                }
                if !matches!(
                    self.tok(k.wrapping_sub(1)).map(|t| t.kind),
                    Some(Kind::Punct('.' | '!' | '?' | '…'))
                ) {
                    return false;
                }
                if !next_starts(k + 1) {
                    return false;
                }
                // `“...?” Trump asked.`: the attribution stays with its quote.
                let attrib = (k + 1..(k + 6).min(b))
                    .take_while(|&j| self.tok(j).is_some_and(|t| t.is_word() || t.is_punct('.')))
                    .find_map(|j| self.cue_lookup(j))
                    .is_some_and(|c| {
                        c.class != CueClass::According && self.attribution_ends(c.at + c.len, b)
                    });
                !attrib
            }
        }
    }

    fn cue_lookup(&self, i: usize) -> Option<Cue> {
        let t = self.tok(i)?;
        let shape = t.shape()?;
        if !matches!(shape, Shape::Lower | Shape::Capitalized) || t.end - t.start > 14 {
            return None;
        }
        let w = self.text.get(t.start..t.end)?;
        if shape == Shape::Capitalized && (w == "States" || w == "State") {
            return None; // `United States`, `Secretary of State`
        }
        let mut buf = self.lower_buf.borrow_mut();
        let key: &str = if shape == Shape::Lower {
            w
        } else {
            buf.clear();
            buf.extend(w.chars().flat_map(char::to_lowercase));
            buf.as_str()
        };
        let entries = self.table.get(key)?;
        'e: for e in entries {
            for (j, r) in e.rest.iter().enumerate() {
                match self.word(i + 1 + j) {
                    Some(w) if w.eq_ignore_ascii_case(r) => {}
                    _ => continue 'e,
                }
            }
            return Some(Cue {
                at: i,
                len: 1 + e.rest.len(),
                class: e.class,
            });
        }
        None
    }

    fn find_cues(&mut self) {
        for i in 0..self.toks.len() {
            if self.in_region(i) {
                continue;
            }
            if let Some(c) = self.cue_lookup(i) {
                if let Some(x) = self.cues.get_mut(i) {
                    *x = Some(c);
                }
            }
        }
    }

    fn cue(&self, i: usize) -> Option<Cue> {
        self.cues.get(i).copied().flatten()
    }

    /// A cue that may attribute a quotation: stance verbs only in the past tense (`Clinton
    /// acknowledged`), never a noun like `a coordinated attack`.
    fn direct_cue(&self, i: usize) -> Option<Cue> {
        self.cue(i).filter(|c| match c.class {
            CueClass::Seem => false,
            CueClass::Object => c.len == 1 && self.word(c.at).is_some_and(|w| w.ends_with("ed")),
            _ => true,
        })
    }

    fn cue_span(&self, c: &Cue) -> Span {
        self.span(c.at, c.at + c.len - 1)
    }

    fn mark_used(&mut self, c: &Cue) {
        if let Some(x) = self.used_cue.get_mut(c.at) {
            *x = true;
        }
    }

    fn is_used(&self, c: &Cue) -> bool {
        self.used_cue.get(c.at).copied().unwrap_or(false)
    }

    // ----- noun phrases -------------------------------------------------------------------

    /// A capitalised run ending at token `t` (going back no further than `lo`).
    fn cap_run_back(&self, t: usize, lo: usize) -> Option<usize> {
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
    fn np_before(&self, cue: usize, lo: usize) -> Option<(Mention, bool)> {
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
            let mut k = find_prev(t)?;
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
                    let apposition =
                        opens(k2) || self.is_cap(o2) || self.word_in(o2, &["of", "from"]);
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
            let opener_was = opener;
            while k > lo && self.tok(k - 1).map(|x| x.kind) == Some(c2) {
                k -= 1;
            }
            let opener = opener_was;
            if !ok && self.is_cap(opener) && t > opener {
                // `The state’s campaign chairman, Phil Lovas, said`: the name in the commas
                let f = self.cap_run_back(t - 1, opener)?;
                if f == opener
                    && k > lo
                    && self
                        .word(k - 1)
                        .is_some_and(|w| self.is_lower(k - 1) && !is_in(w, STOP))
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
            return Some((m, passive));
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
            let k = self.cap_run_back(t, lo)?;
            // include a lowercase role phrase opened by a determiner or possessive? keep the name
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
            let mut k = t;
            let mut anchored = is_in(w, COLLECTIVE);
            let mut steps = 0;
            while k > lo && steps < 5 {
                let p = k - 1;
                // a plural possessive: `Sanders’ campaign`
                if p > lo
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
                {
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
                if pw.ends_with("’s")
                    || pw.ends_with("'s")
                    || (self.is_cap(p) && !is_in(pw, CAP_STOP))
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
                if k < lo + 2
                    || !self.word_in(k - 1, &["of", "for", "at", "from", "with", "on", "in"])
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
            }
            // an unanchored noun phrase (`nuclear nonproliferation experts said`) is kept only
            // when it is a plain run of lowercase words right before the cue
            if !anchored && (t + 1 != cue || k0 == t && !w.ends_with('s') && !is_in(w, ROLE_HEADS))
            {
                return None;
            }
            return Some((
                Mention {
                    span: self.span(k, t),
                    kind: MKind::Common,
                    first: k,
                    last: t,
                },
                passive,
            ));
        }
        None
    }

    /// A noun phrase starting at token `i` (inverted attribution: `said Duda`).
    fn np_after(&self, i: usize, hi: usize) -> Option<Mention> {
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
        if self.word_in(i, DETS) || self.word_in(i, COLLECTIVE) {
            let mut k = i;
            while k + 1 < hi && k - i < 5 {
                let n = k + 1;
                match self.word(n) {
                    Some(nw) if !is_in(nw, STOP) && (self.is_lower(n) || self.is_cap(n)) => k = n,
                    _ => break,
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

    // ----- direct quotes --------------------------------------------------------------------

    /// True when the words after an attribution cue end soon (`told reporters in Warsaw.`)
    /// instead of opening a clause of their own (`suggested looking at ...`, `said that ...`).
    fn attribution_ends(&self, i: usize, pend: usize) -> bool {
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
    fn clause_like(&self, i: usize, end: usize) -> bool {
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
    fn adverb(&self, i: usize) -> bool {
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
    fn para_of_byte(&self, b: usize) -> usize {
        let t = self.toks.partition_point(|t| t.start < b);
        self.paras.partition_point(|&(_, e)| e <= t)
    }

    fn para_of(&self, i: usize) -> (usize, usize) {
        let p = self.paras.partition_point(|&(_, e)| e <= i);
        match self.paras.get(p) {
            Some(&(a, b)) if a <= i && i < b => (a, b),
            _ => (i, i + 1),
        }
    }

    /// Only dashes, bullets or nothing between the sentence start and token `i`.
    fn starts_sentence(&self, i: usize) -> bool {
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
    fn ends_sentence(&self, i: usize) -> bool {
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

    fn attrib_after(&self, r: &Region, pend: usize, strict: bool) -> Option<Attrib> {
        if !r.closed {
            return None;
        }
        let mut i = r.close + 1;
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
    fn attrib_before(&self, r: &Region, lo: usize) -> Option<(Attrib, bool, Cue)> {
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
                        let after = self.np_after(k + c.len, end);
                        // `... while promising a review: “...”`: a participle's object is not
                        // its speaker; its subject is
                        if after.is_some_and(|m| m.kind == MKind::Common)
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
    fn fronted_end(&self, a: usize, cue: usize, after: usize, end: usize) -> usize {
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
    fn skip_dateline(&self, a: usize, end: usize) -> usize {
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

    /// The left edge of a subject noun phrase whose head mention starts at `first`: over a
    /// determiner and lowercase modifiers (`the Associated Press`, `frontman Anthony Kiedis`)
    /// and over a role phrase in commas before a name (`the band's frontman, Anthony Kiedis,`),
    /// as long as a comma or dash is then reached; else `first`.
    fn np_left_edge(&self, first: usize, a: usize) -> usize {
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
    fn participle_subject(&self, lo: usize, k: usize) -> Option<Mention> {
        let from = if self.word_in(lo, PREPS) {
            (lo..k).find(|&j| self.punct(j, ',')).map_or(lo, |j| j + 1)
        } else {
            lo
        };
        self.subject_at(from, k)
    }

    /// The noun phrase opening a sentence (after conjunctions), ending before `end`.
    fn subject_at(&self, lo: usize, end: usize) -> Option<Mention> {
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
    fn coord_subject(&self, cue: usize, lo: usize, prior: &[(usize, Mention)]) -> Option<Mention> {
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

    fn direct(&mut self, out: &mut Vec<Out>) -> Vec<Option<Attrib>> {
        let mut attribs: Vec<Option<Attrib>> = vec![None; self.regions.len()];
        let mut intro: Option<(usize, Attrib)> = None; // paragraph it introduces
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
                // `A lesson from Loretta Lynch: ‘...’`, `... a new campaign message: "..."`
                let colon = reg.open - 1;
                let lo = self.sent_of(colon).map(|s| s.0).unwrap_or(pa);
                // the subject of a cue before the colon (`X told Sky News any process “must be
                // well thought out”: “...”`, `X ... whilst promising ...: “...”`)
                let by_cue = (lo..colon).rev().find_map(|k| {
                    let c = self.cue(k)?;
                    if c.at + c.len > colon
                        || !matches!(c.class, CueClass::Say | CueClass::Tell | CueClass::Vow)
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
                a = Some(Attrib {
                    cue: Some(self.span(colon, colon)),
                    spk,
                });
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
        // introductions: a paragraph ending with `:` before a paragraph opening with a mark
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
                        .or_else(|| self.np_after(k + c.len, b - 1));
                    at = Some(Attrib {
                        cue: Some(self.cue_span(&c)),
                        spk,
                    });
                    self.mark_used(&c);
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
                intro = Some((p + 1, at));
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
        let _ = intro;
        attribs
    }

    // ----- indirect and mixed ---------------------------------------------------------------

    fn indirect(&mut self, out: &mut Vec<Out>, attribs: &[Option<Attrib>]) {
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
                continue;
            }
            // drop a trailing final punctuation
            let mut end = b;
            while end > a && matches!(self.tok(end - 1).map(|t| t.kind), Some(Kind::Punct(_))) {
                end -= 1;
            }
            let mut prior: Vec<(usize, Mention)> = Vec::new();
            let mut frames: Vec<(usize, usize, Cue, Option<Mention>)> = Vec::new(); // content a..b (tokens)
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
                let y = self.clip(x, y);
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
        // `Christie blasted Clinton as a “disgrace”`: a quoted fragment in the object of a
        // named subject's verb, with no cue word
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

    /// A headline naming its source before a colon: `Pat Caddell: Democrat Voters Worried ...`,
    /// `Poll: Clinton and Trump in dead heat`. Only a paragraph of one line, a name of one to
    /// three capitalised words, and no quotation marks after the colon.
    fn headline_colon(&self, out: &mut Vec<Out>, consumed: &[bool]) {
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
    fn clip(&self, x: usize, y: usize) -> usize {
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

    /// The content spans (token ranges) and speaker of the frame a cue opens.
    #[allow(clippy::type_complexity)]
    fn frame(
        &self,
        c: &Cue,
        a: usize,
        end: usize,
        prior: &[(usize, Mention)],
        later: &[usize],
    ) -> Option<(Vec<(usize, usize)>, Option<Mention>)> {
        let a = self.skip_dateline(a, c.at);
        let after = c.at + c.len;
        if c.at == a && self.is_cap(c.at) && self.word_in(c.at, &["asked"]) {
            // `Asked about Trump's declaration, Clinton said ...`: the question, no speaker
            let from = if self.word_in(after, &["about"]) {
                after + 1
            } else {
                after
            };
            let comma = (from..end).find(|&k| self.punct(k, ','))?;
            return (comma > from + 1).then(|| (vec![(from, comma)], None));
        }
        // the end of this frame's content: before a coordinated later cue (`... and accused`,
        // `..., arguing`)
        let mut cend = end;
        for &nc in later {
            let mut j = nc;
            while j > a
                && (self.word(j - 1).is_some_and(|w| is_in(w, SKIP_BACK)) || self.adverb(j - 1))
            {
                j -= 1;
            }
            // `..., but he said that ...`: past the later frame's own pronoun subject
            if j > a + 1
                && self
                    .cue(nc)
                    .is_some_and(|x| matches!(x.class, CueClass::Say | CueClass::Tell))
                && self.is_lower(j - 1)
                && self.word_in(j - 1, &["he", "she", "they", "we", "i"])
                && self.word_in(j - 2, &["and", "but"])
            {
                j -= 1;
            }
            if j > a && self.word_in(j - 1, &["and", "but"]) {
                let mut k = j - 1;
                while k > a
                    && matches!(
                        self.tok(k - 1).map(|t| t.kind),
                        Some(Kind::Punct(',' | '—' | '–' | ';'))
                    )
                {
                    k -= 1;
                }
                cend = cend.min(k);
                break;
            } else if self.word(nc).is_some_and(|w| w.ends_with("ing"))
                && j > a
                && self.punct(j - 1, ',')
            {
                cend = cend.min(j - 1);
                break;
            }
        }
        // a frame inside a fronted subordinate clause ends with it
        cend = self.fronted_end(a, c.at, after, cend);
        if c.class == CueClass::According {
            let spk = self.np_after(after, end);
            let first_word = (a..c.at)
                .all(|k| !self.tok(k).is_some_and(Tok::is_word) || self.word_in(k, CAP_STOP));
            if first_word {
                // `According to X, ...`
                let comma = (after..end).find(|&k| self.punct(k, ','))?;
                return Some((vec![(comma + 1, cend)], spk));
            }
            let mut e = c.at;
            while e > a && matches!(self.tok(e - 1).map(|t| t.kind), Some(Kind::Punct(_))) {
                e -= 1;
            }
            let mut spans = vec![(a, e)];
            // `The move, according to officials, was meant to calm markets`: both sides
            if let Some(r) = spk.map(|m| m.last + 1) {
                if e > a
                    && self.punct(e, ',')
                    && self.punct(r, ',')
                    && r + 2 < cend
                    && (self.word_in(r + 1, AUX) || self.word_in(r + 1, BE))
                {
                    spans.push((r + 1, self.clip(r + 1, cend)));
                }
            }
            return Some((spans, spk));
        }
        if c.class == CueClass::Seem {
            let mut i = after;
            while i < cend && self.adverb(i) {
                i += 1;
            }
            let open = self.word_in(i, &["to", "as", "like"])
                || (self.word_in(c.at + c.len - 1, &["seem", "seems", "seemed", "considered"])
                    && self.is_lower(i)
                    && !self.word_in(i, STOP)
                    && !self.word_in(i, PREPS)
                    && !self.word_in(i, AUX)
                    && !self.word_in(i, OBJ_PRONOUNS));
            if !open || i + 1 >= cend {
                return None;
            }
            // up to a dash or a new clause (`seems to be a question these days -- let's ...`)
            let stop = (i..cend)
                .find(|&k| {
                    matches!(
                        self.tok(k).map(|t| t.kind),
                        Some(Kind::Punct('—' | '–' | ':'))
                    ) || (self.punct(k, '-') && self.punct(k + 1, '-'))
                        // an afterthought of the writer's: `, sending him to ...`, `, as ...`
                        || (self.punct(k, ',') && k > i + 2 && !self.in_region(k))
                })
                .unwrap_or(cend);
            return Some((vec![(i, self.clip(i, stop))], None));
        }
        // `Trump's claim that ...`, `the belief that ...`: a stance noun and its clause; the
        // speaker is the possessor when there is one
        let prep_noun = self.word_in(c.at + c.len - 1, &["about", "of", "on", "for"])
            && self.word_in(c.at, STANCE_NOUNS);
        if c.class == CueClass::Object
            && c.len >= 2
            && (self.word_in(c.at + c.len - 1, &["that", "to"]) || prep_noun)
        {
            if after + 1 >= cend {
                return None;
            }
            // `the decision to ...` keeps its `to`; `pointed to the nine times ...`,
            // `objected to the plan` take a noun phrase without it
            let np_after_to = self.word_in(after, DETS)
                || self.is_cap(after)
                || matches!(self.tok(after).and_then(Tok::shape), Some(Shape::Digits))
                || self
                    .word(after)
                    .is_some_and(|w| w.ends_with("’s") || w.ends_with("'s"));
            let from = if self.word_in(c.at + c.len - 1, &["to"]) && !np_after_to {
                after - 1
            } else {
                after
            };
            // `Protesters were frustrated that ...`: an adjective after a copula
            if !prep_noun
                && self
                    .word(c.at)
                    .is_some_and(|w| w.ends_with("ed") || is_in(w, STANCE_ADJ))
            {
                let spk = self.np_before(c.at, a).map(|m| m.0);
                spk?;
                return Some((vec![(from, self.clip(from, cend))], spk));
            }
            // a noun only after a determiner, a possessive or an adjective (`Clinton hopes
            // that` is a verb: the ordinary frame)
            let noun = c.at > a
                && self.word(c.at - 1).is_some_and(|w| {
                    is_in(w, DETS)
                        || w.ends_with("’s")
                        || w.ends_with("'s")
                        || (self.is_lower(c.at - 1)
                            && !is_in(w, STOP)
                            && !is_in(w, SKIP_BACK)
                            && !is_in(w, PRONOUNS)
                            && !self.adverb(c.at - 1))
                });
            if noun {
                let owner = (c.at > a)
                    .then(|| c.at - 1)
                    .filter(|&p| {
                        self.word(p)
                            .is_some_and(|w| w.ends_with("’s") || w.ends_with("'s"))
                    })
                    .filter(|&p| self.is_cap(p))
                    .and_then(|p| {
                        let f = self.cap_run_back(p, a)?;
                        Some(Mention {
                            span: self.span(f, p),
                            kind: MKind::Name,
                            first: f,
                            last: p,
                        })
                    });
                let owner = owner.or_else(|| {
                    (c.at > a && self.word_in(c.at - 1, &["his", "her", "their", "its"])).then(
                        || Mention {
                            span: self.span(c.at - 1, c.at - 1),
                            kind: MKind::Pronoun,
                            first: c.at - 1,
                            last: c.at - 1,
                        },
                    )
                });
                let mut to = if prep_noun {
                    self.phrase_end(from, cend)
                } else {
                    self.clip(from, cend)
                };
                // `Trump's decision to skip the debate angered Republicans`: a stance noun in
                // the subject ends before the sentence's verb
                if c.at <= a + 3 && self.word_in(from, &["to"]) {
                    if let Some(v) = (from + 2..to).find(|&k| {
                        self.is_lower(k)
                            && !self.in_region(k)
                            && !self.word_in(
                                k - 1,
                                &["to", "be", "been", "being", "have", "has", "had"],
                            )
                            && self.word(k).is_some_and(|w| {
                                (w.len() > 4 && w.ends_with("ed") && !w.contains('-'))
                                    || is_in(
                                        w,
                                        &[
                                            "is", "was", "are", "were", "has", "have", "will",
                                            "would", "could", "may", "might",
                                        ],
                                    )
                            })
                    }) {
                        to = v;
                    }
                }
                return Some((vec![(from, to)], owner));
            }
        }
        // `The city is demanding that ...`: a progressive before `that` has its own subject
        let participle = self.word(c.at).is_some_and(|w| w.ends_with("ing"))
            && !(c.at > a && self.word_in(c.at - 1, BE) && self.word_in(after, &["that"]));
        // `It's worth noting that`, `It goes without saying`, `Having said that`, `Keeps saying`
        if c.at > a && self.word_in(c.at - 1, &["worth", "without", "having", "keeps", "keep"]) {
            return None;
        }
        let subj = if participle {
            None
        } else {
            self.np_before(c.at, a)
        };
        if subj.is_some_and(|(_, passive)| passive) {
            // `has been called the “Trump of the East”`: what something is called, no speaker
            if c.class == CueClass::Call {
                if let Some(r) = (after..(after + 8).min(end))
                    .find_map(|k| self.region_at(k))
                    .and_then(|r| self.regions.get(r).copied())
                {
                    // to the phrase's end: `the “Trump of the East” for his statements`
                    let y = self
                        .phrase_end(r.close + 1, end)
                        .max(r.close + 1)
                        .min(end)
                        .max(after + 1);
                    return Some((vec![(after, y)], None));
                }
            }
            return None;
        }
        if let Some((m, false)) = subj {
            // `in what officials called a hate crime`, `what Zimmerman described as a “piece of
            // history”`: the name given
            if c.class == CueClass::Call
                && m.first > a
                && self.word_in(m.first - 1, &["what"])
                && after + 1 < cend
            {
                let e = self.phrase_end(after, cend);
                if e > after + 1 {
                    return Some((vec![(after, e)], Some(m)));
                }
            }
        }
        if let Some((m, _)) = subj {
            // `what Trump says his plan would do`, `while his advisers have suggested ...`
            if m.first > a
                && self.word_in(m.first - 1, SUBORD)
                // `..., while supporters argue it would spur growth`: a frame of its own
                && !(self.word_in(m.first - 1, &["while", "although"])
                    && m.first > a + 1
                    && self.punct(m.first - 2, ','))
            {
                return None;
            }
        }
        let mut spk = subj.map(|s| s.0);
        // `Smith, who said the plan was dead, resigned`: a relative clause in commas ends at
        // its closing comma
        if let Some(m) = spk {
            let rel =
                (m.first..c.at).find(|&k| self.is_lower(k) && self.word_in(k, &["who", "which"]));
            if let Some(r) = rel {
                if r > a && self.punct(r - 1, ',') {
                    // the comma before the main clause's verb (`, resigned on Friday`)
                    if let Some(k) = (after..cend).find(|&k| {
                        self.punct(k, ',')
                            && !self.in_region(k)
                            && self.is_lower(k + 1)
                            && self.word(k + 1).is_some_and(|w| {
                                is_in(w, AUX) || is_in(w, BE) || (w.len() > 4 && w.ends_with("ed"))
                            })
                    }) {
                        cend = k;
                    }
                }
            }
        }
        if spk.is_none() {
            spk = self.coord_subject(c.at, a, prior);
        }
        // `..., said X, a ...`
        let say_verb =
            c.class == CueClass::Say && !self.word(c.at).is_some_and(|w| w.ends_with("ing"));
        if spk.is_none()
            && say_verb
            && c.at > a
            && matches!(
                self.tok(c.at - 1).map(|t| t.kind),
                Some(Kind::Punct(',' | '—' | '–'))
            )
        {
            let ends = |m: &Mention| {
                m.last + 1 >= end
                    || matches!(self.tok(m.last + 1).map(|t| t.kind), Some(Kind::Punct(_)))
                    || self.adjunct_end(m.last + 1, end, false).is_some()
            };
            if let Some(m) = self.np_after(after, end + 1).filter(ends) {
                let mut e = c.at - 1;
                while e > a && matches!(self.tok(e - 1).map(|t| t.kind), Some(Kind::Punct(_))) {
                    e -= 1;
                }
                return Some((vec![(a, e)], Some(m)));
            }
        }
        // `..., X said.` / `..., said X.` / `..., X said, ...`
        // `..., top black lawmakers said Friday afternoon, as ...`
        let mut after_t = after;
        while after_t < end && after_t < after + 3 && self.word_in(after_t, SKIP_AFTER) {
            after_t += 1;
        }
        let tell = c.class == CueClass::Tell;
        // `cautioned, as did the campaign itself, that ...`: a parenthesis, then the content
        let aside_that = self.punct(after, ',')
            && (after + 2..(after + 10).min(end)).any(|k| {
                self.punct(k, ',')
                    && self.word_in(k + 1, &["that"])
                    && !(after..k).any(|j| self.in_region(j))
            });
        let paren_end = after >= end
            || (self.punct(after, ',') && !aside_that)
            || self.punct(after, '.')
            || (after_t > after && (after_t >= end || self.punct(after_t, ',')))
            || ((say_verb || tell)
                && !self.punct(after, ',')
                && self.adjunct_end(after, end, tell).is_some()
                // only after content: `..., X said in a statement.`
                && {
                    let head = spk.map_or(c.at, |m| m.first);
                    head > a
                        && matches!(
                            self.tok(head - 1).map(|t| t.kind),
                            Some(Kind::Punct(',' | '—' | '–'))
                        )
                });
        // `even with all precincts reporting, the race ...`: a participle is no parenthetical
        if paren_end && participle {
            return None;
        }
        if paren_end {
            // `the $8.04 that analysts expected`: a relative clause, not an attribution
            if spk.is_some_and(|m| self.is_lower(m.first) && self.word_in(m.first, &["that"])) {
                return None;
            }
            // `As The Washington Post reported, even if ...`: the content follows
            // an `as` aside: `As The Atlantic noted, ...`, `Yet, as X observed, ...` (the content
            // follows), `The economy, as the report noted, is slowing` (content on both sides)
            let aside = spk.and_then(|m| {
                let mut x = m.first;
                while x > a && self.word_in(x - 1, DETS) {
                    x -= 1;
                }
                let k = x
                    .checked_sub(1)
                    .filter(|&k| k >= a && self.word_in(k, &["as"]))?;
                if k > a + 1 && self.punct(k - 1, ',') {
                    Some(Some(k - 1))
                } else if k < a + 3
                    && (a..k).all(|j| {
                        self.word_in(j, &["yet", "but", "and", "so", "still", "indeed"])
                            || self.punct(j, ',')
                    })
                {
                    Some(None)
                } else {
                    None
                }
            });
            if let Some(lead_end) = aside {
                let r = if self.punct(after, ',') {
                    after
                } else {
                    self.adjunct_end(after, end, tell).unwrap_or(after)
                };
                // (a fronted-clause end would be this very comma: the content runs to the end)
                if !(self.punct(r, ',') && r + 2 < end) {
                    return None;
                }
                let mut spans = Vec::new();
                if let Some(comma) = lead_end.filter(|&c| c > a + 1) {
                    spans.push((a, comma));
                }
                spans.push((r + 1, self.clip(r + 1, end)));
                return Some((spans, spk));
            }
            let before = match spk {
                Some(m) => self.np_left_edge(m.first, a),
                None => {
                    if !say_verb {
                        return None;
                    }
                    let m = self.np_after(after, end + 1)?;
                    spk = Some(m);
                    c.at
                }
            };
            if before <= a
                || !matches!(
                    self.tok(before - 1).map(|t| t.kind),
                    Some(Kind::Punct(',' | '—' | '–'))
                )
            {
                return None;
            }
            let mut e = before - 1;
            while e > a && matches!(self.tok(e - 1).map(|t| t.kind), Some(Kind::Punct(_))) {
                e -= 1;
            }
            let mut spans = vec![(a, e)];
            // `During his years in office, Mr. Obama said, a majority ...`: a phrase, not a clause
            if self.word_in(
                a,
                &[
                    "during",
                    "in",
                    "on",
                    "at",
                    "for",
                    "from",
                    "with",
                    "by",
                    "under",
                    "over",
                    "throughout",
                    "amid",
                    "among",
                    "like",
                ],
            ) && !self.clause_like(a, e)
                // `Six months ago, the senator said, the media ...`: a time, not content
                || (e <= a + 4
                    && !self.clause_like(a, e)
                    && (a..e).any(|k| {
                        self.word_in(k, WEEKDAYS)
                            || self.word_in(
                                k,
                                &[
                                    "ago", "yesterday", "today", "tonight", "morning",
                                    "afternoon", "evening", "night", "week", "weeks", "month",
                                    "months", "year", "years", "days",
                                ],
                            )
                    }))
            {
                spans.clear();
            }
            // a second part after the attribution (and its adjunct: `, the agency said in a
            // June report, and ...`)
            let mut resume = if spk.is_some_and(|m| m.first > c.at) {
                spk.map(|m| m.last + 1).unwrap_or(after)
            } else {
                after
            };
            if !self.punct(resume, ',') {
                if let Some(k) = self.adjunct_end(resume, end, tell && resume == after) {
                    resume = k;
                }
            }
            if self.punct(resume, ',') && resume + 1 < cend {
                // `..., the agency said, and those in the bottom fifth paid ...`: the
                // conjunction is the writer's
                let from = if self.word_in(resume + 1, &["and", "but"]) && resume + 2 < cend {
                    resume + 2
                } else {
                    resume + 1
                };
                spans.push((from, cend));
            }
            return Some((spans, spk));
        }
        spk?;
        let mut i = after;
        // skip time words and a short prepositional phrase before `that`
        let mut guard = 0;
        while i < cend
            && guard < 4
            && (self.word_in(i, SKIP_AFTER)
                || self
                    .word(i)
                    .is_some_and(|w| w.len() > 4 && w.ends_with("ly") && self.is_lower(i)))
        {
            i += 1;
            guard += 1;
        }
        let find_that = |from: usize, span: usize| -> Option<usize> {
            (from..(from + span).min(cend))
                .take_while(|&k| {
                    (!self.in_region(k) || c.class == CueClass::Tell)
                        && !matches!(
                            self.tok(k).map(|t| t.kind),
                            Some(Kind::Punct('.' | ';' | ':'))
                        )
                })
                // `to accomplish that.`: a pronoun, not a complementizer
                .find(|&k| {
                    self.word_in(k, &["that"])
                        && k + 1 < cend
                        && !matches!(
                            self.tok(k + 1).map(|t| t.kind),
                            Some(Kind::Punct('.' | ';' | ':' | '?' | '!' | ')'))
                        )
                })
        };
        // `asked Florida agencies to ...`, `asked if ...`, `asking Clinton whether ...`
        let ask = c.len == 1 && self.word_in(c.at, &["ask", "asks", "asked", "asking"]);
        let asked = if ask {
            let mut k = i;
            let mut n = 0;
            while k < cend
                && n < 9
                && !self.word_in(
                    k,
                    &[
                        "if", "whether", "why", "how", "what", "who", "when", "where", "to",
                    ],
                )
                && (self.is_cap(k)
                    || self.word_in(k, DETS)
                    || self.word_in(k, OBJ_PRONOUNS)
                    || (self.is_lower(k) && !self.word_in(k, STOP) && !self.word_in(k, PREPS))
                    // `the U.S. attorney in D.C.`
                    || (n > 0
                        && self.word_in(k, &["in", "of", "at", "for"])
                        && (self.is_cap(k + 1) || self.word_in(k + 1, DETS)))
                    || (self.punct(k, '.') && k > 0 && self.is_abbrev(k - 1)))
            {
                k += 1;
                n += 1;
            }
            let wh = self.word_in(
                k,
                &[
                    "if", "whether", "why", "how", "what", "who", "when", "where",
                ],
            );
            if n > 0
                && self.is_lower(k)
                && self.word_in(k, &["to"])
                && k + 1 < cend
                && !self.word_in(k + 1, DETS)
            {
                // `asked Florida agencies to stonewall ...`: the request, to its phrase end
                return Some((vec![(k, self.phrase_end(k, cend))], spk));
            }
            (wh && self.is_lower(k) && k + 1 < cend).then_some(k)
        } else {
            None
        };
        // `told reporters about his plan to build a wall`: what the telling was about
        if c.class == CueClass::Tell {
            let about = (i..(i + 6).min(cend))
                .take_while(|&k| !self.word_in(k, &["that", "to"]) && !self.in_region(k))
                .find(|&k| self.word_in(k, &["about"]));
            if let Some(k) = about.filter(|&k| k > i && k + 1 < cend) {
                let e = self.phrase_end(k + 1, cend);
                if e > k + 1 {
                    return Some((vec![(k + 1, e)], spk));
                }
            }
        }
        // `cautioned, as did the campaign itself, that ...`: past a parenthesis
        if self.punct(i, ',') {
            if let Some(k) = (i + 2..(i + 10).min(cend)).find(|&k| self.punct(k, ',')) {
                if self.word_in(k + 1, &["that"]) && !(i + 1..k).any(|j| self.in_region(j)) {
                    i = k + 1;
                }
            }
        }
        // `information that government officials said would compromise ...`, `hackers who U.S.
        // officials say is tied to ...`: the relative clause's verb phrase is the content
        let relative_vp = matches!(c.class, CueClass::Say | CueClass::Belief)
            && self.is_lower(i)
            && (self.word_in(i, AUX) || self.word_in(i, BE))
            && spk.is_some_and(|m| {
                (m.first > a
                    && self.is_lower(m.first - 1)
                    && self.word_in(m.first - 1, &["that", "which", "who", "whom"]))
                    || (m.last > m.first
                        && self.is_lower(m.first)
                        && self.word_in(m.first, &["that"]))
            });
        if relative_vp {
            // `that government officials`: the relative pronoun is not the speaker
            let spk = spk.map(|m| {
                if self.word_in(m.first, &["that"]) && m.last > m.first {
                    Mention {
                        span: self.span(m.first + 1, m.last),
                        first: m.first + 1,
                        ..m
                    }
                } else {
                    m
                }
            });
            let e = self.clip(i, cend);
            let e = (i..e)
                .find(|&k| self.punct(k, ',') && !self.in_region(k))
                .unwrap_or(e);
            return (e > i + 1).then(|| (vec![(i, e)], spk));
        }
        let cs = match c.class {
            _ if asked.is_some() => asked,
            CueClass::Say | CueClass::Belief => {
                if self.word_in(i, &["that"]) {
                    Some(i)
                } else if self.word_in(i, PREPS) && !self.word_in(i, &["to"]) {
                    // `said in a statement that ...`, `said after the convention he would ...`
                    find_that(i, 12).or_else(|| {
                        (i + 1..(i + 7).min(cend))
                            .take_while(|&k| self.tok(k).is_some_and(Tok::is_word))
                            .find(|&k| {
                                self.is_lower(k)
                                    && self.word_in(k, &["he", "she", "they", "we", "i"])
                            })
                            .filter(|&k| self.clause_like(k, cend))
                            // `suggested after she swept ...`: an adverbial clause, not content
                            .filter(|&k| {
                                k > i + 1
                                    || !self
                                        .word_in(i, &["after", "before", "while", "since", "until"])
                            })
                    })
                } else if self.punct(i, ':') {
                    Some(i + 1)
                } else if self.word_in(i, &["to"]) && c.class == CueClass::Belief {
                    // `hopes to ...`, `expects to ...`
                    Some(i)
                } else if self.word_in(i, &["to"]) && c.class == CueClass::Say {
                    // `said to ...` is rare; `vowed to` style cues live in the vow class
                    None
                } else if (self.word_in(i, CLAUSE_START) || self.is_cap(i) || self.in_region(i))
                    && self.clause_like(i, cend)
                    || (self.is_lower(i)
                        && !self.word_in(i, STOP)
                        && (self.clause_like(i, (i + 8).min(cend))
                            || (self.word_in(c.at, &["said", "says", "say", "saying"])
                                && !self.word_in(i, PREPS)
                                && !self.word_in(
                                    i,
                                    &[
                                        "so", "nothing", "yes", "no", "goodbye", "as", "little",
                                        "much",
                                    ],
                                ))))
                        && !self.word_in(i, &["to"])
                    || matches!(self.tok(i).and_then(Tok::shape), Some(Shape::Digits))
                    || self.in_region(i)
                    // `Hillary Clinton says Donald Trump’s flurry of tweets was ...`
                    || ((self.is_cap(i) && !self.word_in(i, CAP_STOP)
                        || self.word_in(i, &["mr", "mrs", "ms", "dr"]))
                        && self.word_in(c.at, &["said", "says", "say"]))
                    // `noted the rule`, `mentioned the clot`: a noun phrase after a verb that
                    // takes one (not `said`, `added`, `wrote`)
                    // `The poll shows Clinton leading Trump by four points`
                    || (self.word_in(c.at, &["shows", "showed", "found", "finds"])
                        && self.is_cap(i)
                        && !self.word_in(i, CAP_STOP)
                        && (i + 1..(i + 5).min(cend)).any(|k| {
                            self.is_lower(k) && self.word(k).is_some_and(|w| w.ends_with("ing"))
                        }))
                    || ((c.class == CueClass::Say || self.word_in(c.at, &["shows", "showed"]))
                        && (self.word_in(i, DETS)
                            // `reported earnings of $8.42 a share` (a past tense: `member
                            // states bolster ...` is a noun)
                            || (self.is_lower(i)
                                && self.word(c.at).is_some_and(|w| w.ends_with("ed"))
                                && !self.word_in(i, STOP)
                                && !self.word_in(i, PREPS)
                                && !self.word_in(i, SKIP_AFTER)
                                && !self.word_in(i, OBJ_PRONOUNS)
                                && !self.word_in(i, &["now", "yourself", "himself", "herself"])
                                && !self.word(i).is_some_and(|w| {
                                    w.ends_with("ing") || w.ends_with("ed")
                                })
                                && !self.adverb(i)))
                        && !self.word_in(i, &["that", "this", "all", "more"])
                        && !self.word_in(
                            c.at,
                            &[
                                "said", "says", "say", "saying", "added", "adds", "add", "adding",
                                "wrote", "writes", "write", "writing", "continued", "continues",
                                "replied", "responded", "asked", "asks",
                            ],
                        ))
                {
                    Some(i)
                } else {
                    None
                }
            }
            CueClass::Vow => {
                let j = if self.word_in(i, &["not"]) { i + 1 } else { i };
                if self.word_in(j, &["to", "that"]) {
                    Some(j)
                } else {
                    None
                }
            }
            CueClass::Tell => {
                let that = find_that(i, 14);
                let to = (i..(i + 8).min(cend)).find(|&k| self.word_in(k, &["to"]));
                match (that, to) {
                    (Some(t), Some(o)) => Some(t.min(o)),
                    (Some(t), None) => Some(t),
                    (None, Some(o)) if o > i => Some(o),
                    // `told African-Americans this weekend he would ...`
                    _ => (i + 1..(i + 8).min(cend))
                        .take_while(|&k| self.tok(k).is_some_and(Tok::is_word))
                        .find(|&k| {
                            self.is_lower(k)
                                && self.word_in(k, &["he", "she", "they", "it", "we", "i"])
                        })
                        .filter(|&k| self.clause_like(k, cend))
                        .or_else(|| {
                            // `told The Associated Press the attack was revenge`: a named
                            // listener, then a clause
                            let mut k = i;
                            while k < cend && (self.is_cap(k) || self.punct(k, '.')) && k < i + 6 {
                                k += 1;
                            }
                            (k > i
                                && self.is_cap(i)
                                && (self.word_in(k, DETS) || self.is_cap(k))
                                && self.clause_like(k, (k + 8).min(cend)))
                            .then_some(k)
                        }),
                }
            }
            CueClass::Accuse => {
                let of = (i..(i + 10).min(cend)).find(|&k| self.word_in(k, &["of", "for"]));
                of.map(|_| i)
            }
            CueClass::Urge => {
                // `demanded that police release the video`
                if self.word_in(c.at + c.len - 1, &["for", "on"])
                    || self.word_in(i, &["that"])
                    || (i..(i + 8).min(cend)).any(|k| self.word_in(k, &["to"]))
                {
                    Some(i)
                } else {
                    None
                }
            }
            CueClass::Call => {
                // only with a quoted fragment: `called X a “...”`
                let has = (i..cend).any(|k| self.in_region(k));
                // `called her vote a mistake`, `called the charges unsubstantiated`: an object,
                // then what it was called (an article or an adjective); not `called for`, `called
                // a meeting`
                let predicate = !self
                    .word_in(i, &["a", "an", "for", "on", "off", "up", "out", "in", "to"])
                    && (i + 1..cend.min(i + 16)).any(|k| {
                        // `called her vote a mistake`, not `called Anti-Prom at a former factory`
                        (self.word_in(k, &["a", "an"])
                            && !self.word_in(k - 1, &["at", "in", "on", "near", "from", "inside"]))
                            || self.word(k).is_some_and(|w| {
                                self.is_lower(k)
                                    && (k + 1 >= cend || self.word_in(k + 1, &["and", "by"]))
                                    && [
                                        "ous", "ful", "ic", "ive", "ated", "ible", "able", "ent",
                                        "ant",
                                    ]
                                    .iter()
                                    .any(|x| w.ends_with(x))
                            })
                    });
                if has || predicate {
                    Some(i)
                } else {
                    None
                }
            }
            CueClass::According | CueClass::Seem => None,
            CueClass::Object => {
                // a clause, an infinitive or a noun phrase: not a bare pronoun, a preposition
                // or a conjunction
                let np = self.word_in(i, DETS)
                    || self.in_region(i)
                    // `praised Mrs. Clinton's proposals`
                    || (self.is_cap(i) && self.word_in(i, &["mr", "mrs", "ms", "dr"]))
                    || matches!(self.tok(i).and_then(Tok::shape), Some(Shape::Digits))
                    || (self.is_cap(i) && !self.word_in(i, CAP_STOP))
                    || (self.is_lower(i)
                        && !self.word_in(i, STOP)
                        && !self.word_in(i, PREPS)
                        && !self.word_in(i, OBJ_PRONOUNS)
                        && !self.adverb(i));
                let clause = self.word_in(
                    i,
                    &[
                        "that", "to", "whether", "why", "how", "what", "if", "who", "when",
                    ],
                )
                    // `acknowledged it was unlikely to work`, `announced it would ...`
                    || (self.is_lower(i)
                        && self.word_in(i, &["he", "she", "it", "they", "we", "i"])
                        && self.clause_like(i, (i + 6).min(cend)));
                // a noun as much as a verb (`her support`, `a big question`): only right after
                // a subject, an auxiliary or an adverb
                let homograph = self.word_in(c.at, HOMOGRAPHS)
                    && !(c.at > a
                        && (self
                            .word_in(c.at - 1, &["he", "she", "they", "we", "i", "you", "who"])
                            || self.word_in(c.at - 1, AUX)
                            || self.word_in(c.at - 1, SKIP_BACK)
                            || self.word_in(c.at - 1, &["to"])
                            || self.adverb(c.at - 1)
                            || (self.is_cap(c.at - 1) && !self.word_in(c.at - 1, DETS))));
                if self.word_in(i, PREPS) && !self.word_in(i, &["to"]) && !homograph {
                    // `announced in a statement this month that ...`
                    find_that(i, 12)
                } else if (clause || np) && !homograph {
                    Some(i)
                } else {
                    None
                }
            }
        };
        let cs = cs?;
        // `they never asked for or just were confused`: a conjunction opens no content
        if cs >= cend || self.word_in(cs, &["or", "and", "nor"]) {
            return None;
        }
        // a noun phrase object (`attacked Machado in early-morning tweets`, `called for more
        // school investment in a statement`) ends before
        // its adjuncts
        let np_object = match c.class {
            CueClass::Object => true,
            CueClass::Urge => self.word_in(c.at + c.len - 1, &["for", "on"]),
            _ => false,
        };
        if np_object
            && !self.word_in(
                cs,
                &["that", "whether", "why", "how", "what", "if", "who", "when"],
            )
        {
            return Some((vec![(cs, self.phrase_end(cs, cend))], spk));
        }
        // `described Mr. Obama as a climate evangelist when he ran ...`: what something is called
        // ends before a subordinate clause
        if c.class == CueClass::Call {
            let stop = (cs + 1..cend).find(|&k| {
                !self.in_region(k)
                    && self.is_lower(k)
                    && self.word_in(k, &["when", "while", "because", "after", "before", "since"])
            });
            return Some((vec![(cs, stop.unwrap_or(cend))], spk));
        }
        Some((vec![(cs, cend)], spk))
    }

    /// A time or a venue opens at token `k` (`in July`, `on Thursday`, `in a statement`, `at
    /// last week's forum`): the adjunct of a stance, not part of its content.
    fn time_or_venue(&self, k: usize) -> bool {
        const TIME: &[&str] = &[
            "last",
            "this",
            "next",
            "early",
            "late",
            "recent",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "twitter",
            "facebook",
            "television",
            "tv",
            "radio",
            "stage",
        ];
        const VENUE: &[&str] = &[
            "statement",
            "statements",
            "interview",
            "interviews",
            "ruling",
            "speech",
            "speeches",
            "letter",
            "tweet",
            "tweets",
            "post",
            "op-ed",
            "debate",
            "rally",
            "meeting",
            "email",
            "video",
            "ad",
            "event",
            "forum",
            "hearing",
            "conference",
            "news",
            "press",
            "report",
            "filing",
            "memo",
            "essay",
            "column",
            "appearance",
            "call",
            "briefing",
            "session",
            "diatribe",
            "remarks",
            "show",
            "podcast",
            "editorial",
            "broadcast",
            "rant",
        ];
        if matches!(self.tok(k).and_then(Tok::shape), Some(Shape::Digits))
            || self.word_in(k, TIME)
            || self.word_in(k, WEEKDAYS)
        {
            return true;
        }
        // `in a statement`, `on The Laura Ingraham Show`, `in early-morning tweets`
        (self.word_in(k, DETS)
            && (k + 1..k + 4).any(|j| {
                self.word_in(j, VENUE) || self.word_in(j, TIME) || self.word_in(j, WEEKDAYS)
            }))
            || (self.is_lower(k)
                && !self.word_in(k, STOP)
                && (self.word_in(k, VENUE) || self.word_in(k + 1, VENUE)))
    }

    /// The end of a trailing adjunct of an attribution that closes its sentence or clause:
    /// `said in a June report`, `said late Tuesday`, `told reporters at the White House`,
    /// `wrote on Twitter`. Returns the token after it (the sentence end or a comma), or `None`
    /// when the words go on into a clause of their own (`said in a statement that ...`,
    /// `told reporters he would ...`). With `object`, a short object comes first (`told CNN`).
    fn adjunct_end(&self, from: usize, end: usize, object: bool) -> Option<usize> {
        const OPENERS: &[&str] = &["late", "early", "earlier", "later", "last", "this", "next"];
        const SUBJECTS: &[&str] = &["he", "she", "they", "we", "i", "it", "there", "you"];
        let first = self.word(from)?;
        let opener = is_in(first, PREPS)
            || is_in(first, SKIP_AFTER)
            || is_in(first, OPENERS)
            || matches!(self.tok(from).and_then(Tok::shape), Some(Shape::Digits));
        if !opener && !object {
            return None;
        }
        if self.word_in(from, &["to", "that", "of", "about", "for", "while", "when"])
            // `reported at least six planes filled ...`: a quantity opens the content
            || (self.word_in(from, &["at"]) && self.word_in(from + 1, &["least", "most"]))
        {
            return None;
        }
        let mut words = 0;
        let mut k = from;
        while k < end {
            if self.in_region(k) {
                return None;
            }
            match self.tok(k).map(|t| t.kind) {
                Some(Kind::Word(_)) => {
                    // a verb with an object (`planes filled the skies`) is a clause;
                    // `in a statement released Thursday` is not
                    let verb_obj = self.is_lower(k)
                        && self
                            .word(k)
                            .is_some_and(|w| w.len() > 4 && w.ends_with("ed"))
                        && (self.word_in(k + 1, DETS) || self.word_in(k + 1, OBJ_PRONOUNS));
                    if verb_obj
                        || self.word_in(k, &["that", "whether", "if", "to"])
                        || (self.is_lower(k) && self.word_in(k, SUBJECTS))
                        || self.word_in(k, AUX)
                        || self.word_in(k, BE)
                    {
                        return None;
                    }
                    words += 1;
                    if words > 12 {
                        return None;
                    }
                }
                Some(Kind::Punct(',')) => break,
                Some(Kind::Punct('.' | '\'' | '’' | '-' | '&' | '(' | ')')) => {}
                _ => return None,
            }
            k += 1;
        }
        (words > 0 && (k >= end || self.punct(k, ','))).then_some(k)
    }

    /// The end of a noun phrase or an infinitive from token `cs`: the first comma, dash or
    /// colon, or an adjunct of time or place (`cited the figure at last week's forum`).
    fn phrase_end(&self, cs: usize, cend: usize) -> usize {
        let words_before = |k: usize| {
            (cs..k)
                .filter(|&j| self.tok(j).is_some_and(Tok::is_word))
                .count()
        };
        let infinitive = self.word_in(cs, &["to"]);
        (cs..cend)
            .find(|&k| {
                !self.in_region(k)
                    && (matches!(
                        self.tok(k).map(|t| t.kind),
                        Some(Kind::Punct(',' | '—' | '–' | ';' | ':'))
                    ) && words_before(k) >= 2
                        // `economic fairness, and a need to ...`, `Tulsa, Okla.`: one phrase
                        && !(self.punct(k, ',')
                            && (self.word_in(k + 1, &["and", "or", "especially", "including"])
                                || (self.is_cap(k + 1)
                                    // `..., President Obama is rolling out ...`: a new clause
                                    && !self.clause_like(k + 1, (k + 6).min(cend)))))
                        || (k > cs
                            && self.is_lower(k)
                            && (self.word_in(
                                k,
                                &[
                                    "so", "while", "when", "because", "after", "before", "since",
                                    "during",
                                ],
                            ) || (!infinitive
                                && (self.word_in(k, &["now"])
                                    || (self.word_in(k, &["in", "at", "on"])
                                        && self.time_or_venue(k + 1)))))))
            })
            .unwrap_or(cend)
    }

    // ----- standalone quotes ----------------------------------------------------------------

    fn standalone(&self, out: &mut Vec<Out>, attribs: &[Option<Attrib>]) {
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
    fn continues(&self, reg: &Region, p: usize) -> bool {
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

    // ----- what speakers refer to -----------------------------------------------------------

    fn resolve(&self, quotes: &mut [Quote], out: &[Out], people: &[Span]) {
        let people: Vec<Span> = {
            let mut v: Vec<Span> = people
                .iter()
                .copied()
                .filter(|p| p.start < p.end && p.get(self.text).is_some())
                .collect();
            v.sort();
            v
        };
        let names = self.names(&people);
        // the first speaker mention with each span
        let mut mentions: std::collections::HashMap<Span, Mention> = Default::default();
        for m in out.iter().filter_map(|o| o.spk) {
            mentions.entry(m.span).or_insert(m);
        }
        let mention_of = |s: Span| mentions.get(&s).copied();
        let mut last_named: Option<(usize, Span)> = None; // position, referent
        for q in quotes.iter_mut() {
            let Some(s) = q.speaker else { continue };
            let Some(m) = mention_of(s) else { continue };
            // names seen before this mention, from `people`
            let pool: &[Span] = if people.is_empty() {
                &names.subjects
            } else {
                &people
            };
            let before_people = pool
                .get(..pool.partition_point(|p| p.start < s.start))
                .and_then(|v| v.iter().rev().find(|p| p.end <= s.start))
                .copied();
            let r = match m.kind {
                MKind::Name => {
                    let own = overlapping(&people, s).unwrap_or_else(|| self.name_part(m));
                    Some(self.fullest(own, &names))
                }
                MKind::Pronoun => {
                    let w = self.text.get(s.start..s.end).unwrap_or("");
                    if is_in(w, &["who", "which"]) {
                        // the phrase before `, who`
                        let mut k = m.first;
                        while k > 0 && self.punct(k - 1, ',') {
                            k -= 1;
                        }
                        k.checked_sub(1)
                            .and_then(|t| self.cap_run_back(t, 0).map(|f| self.span(f, t)))
                    } else if is_in(w, &["i", "we", "you", "it", "they"]) {
                        None
                    } else {
                        match (last_named, before_people) {
                            (Some((pos, r)), Some(p)) => Some(if pos >= p.start {
                                r
                            } else {
                                self.fullest(p, &names)
                            }),
                            (Some((_, r)), None) => Some(r),
                            (None, Some(p)) => Some(self.fullest(p, &names)),
                            (None, None) => None,
                        }
                    }
                }
                MKind::Common => self.role_ref(m, &people, &names),
            };
            if let Some(r) = r {
                if m.kind != MKind::Pronoun || !self.word_in(m.first, &["who", "which"]) {
                    last_named = Some((s.start, r));
                }
            }
            q.speaker_ref = r.filter(|x| x.get(self.text).is_some());
        }
    }

    /// The name inside a capitalised mention, without its titles (`Polish President Andrzej
    /// Duda` -> `Andrzej Duda`).
    fn name_part(&self, m: Mention) -> Span {
        let mut k = m.first;
        let mut last_title = None;
        for i in m.first..=m.last {
            if self.word(i).is_some_and(|w| is_in(w, TITLES)) {
                last_title = Some(i);
            }
        }
        if let Some(t) = last_title {
            if t < m.last {
                k = t + 1;
                while k < m.last && self.punct(k, '.') {
                    k += 1;
                }
            }
        }
        self.span(k, m.last)
    }

    /// The fullest earlier name with the same last word (`Duda` -> `Andrzej Duda`).
    fn fullest(&self, s: Span, names: &Names<'a>) -> Span {
        let Some(l) = self.last_word(s) else { return s };
        let Some(list) = names.by_last.get(l) else {
            return s;
        };
        // the longest name (the first of equals) starting at or before `s`
        let upto = list.partition_point(|&(p, _)| p.start <= s.start);
        match upto.checked_sub(1).and_then(|i| list.get(i)) {
            Some(&(_, best)) if best.len() > s.len() => best,
            _ => s,
        }
    }

    fn last_word(&self, sp: Span) -> Option<&'a str> {
        sp.get(self.text)?
            .split_whitespace()
            .last()
            .map(|w| w.trim_end_matches("’s").trim_end_matches("'s"))
    }

    /// Names in the text: `people` when given, else capitalised runs without their titles; and
    /// the titled runs (`Defense Minister Li Shangfu`) for role phrases.
    fn names(&self, people: &[Span]) -> Names<'a> {
        let mut n = Names::default();
        let mut by_last = NameLists::default();
        for i in 0..self.toks.len() {
            if !self.is_cap(i)
                || self.is_cap(i + 1)
                || (self.punct(i + 1, '.') && self.is_cap(i + 2))
            {
                continue;
            }
            let Some(f) = self.cap_run_back(i, 0) else {
                continue;
            };
            let m = Mention {
                span: self.span(f, i),
                kind: MKind::Name,
                first: f,
                last: i,
            };
            let name = self.name_part(m);
            if name.start > m.span.start {
                n.titled.push((m.span, name));
            }
            if people.is_empty() {
                if let Some(l) = self.last_word(name) {
                    by_last.entry(l).or_default().push(name);
                }
                // a name opening its sentence, before a lowercase word: a likely subject
                let starts = self.sent_of(f).is_some_and(|(a, _)| {
                    (a..f).all(|k| {
                        self.word_in(k, CAP_STOP) || self.tok(k).is_some_and(|t| !t.is_word())
                    })
                });
                if starts
                    && self.is_lower(i + 1)
                    && (m.last > m.first
                        || name.start > m.span.start
                        || self.word_in(f, &["mr", "mrs", "ms", "dr"]))
                {
                    n.subjects.push(name);
                }
            }
        }
        for &p in people {
            if let Some(l) = self.last_word(p) {
                by_last.entry(l).or_default().push(p);
            }
        }
        n.by_last = Self::longest_upto(by_last);
        n
    }

    /// Each name's list in `by_last` with, beside every name, the longest name (the first of
    /// equals) up to it, so [`Doc::fullest`] is a binary search.
    fn longest_upto(
        by_last: NameLists<'a>,
    ) -> std::collections::HashMap<&'a str, Vec<(Span, Span)>> {
        by_last
            .into_iter()
            .map(|(l, list)| {
                let mut best: Option<Span> = None;
                let with_best = list
                    .into_iter()
                    .map(|p| {
                        let b = match best {
                            Some(b) if b.len() >= p.len() => b,
                            _ => p,
                        };
                        best = Some(b);
                        (p, b)
                    })
                    .collect();
                (l, with_best)
            })
            .collect()
    }

    /// A role phrase linked to the titled person (`China’s defense chief` -> `Defense Minister Li
    /// Shangfu`).
    fn role_ref(&self, m: Mention, people: &[Span], names: &Names<'a>) -> Option<Span> {
        let head = self.word(m.last)?;
        if !is_in(head, ROLE_HEADS) {
            return None;
        }
        let role: Vec<&str> = (m.first..=m.last)
            .filter_map(|i| self.word(i))
            .filter(|w| !is_in(w, ROLE_GENERIC) && !w.ends_with("’s") && !w.ends_with("'s"))
            .collect();
        let mut best: Option<(usize, Span)> = None;
        // the titled names nearest the role phrase, at most MAX_ROLE_NAMES on each side
        let at = names
            .titled
            .partition_point(|&(full, _)| full.start < m.span.start);
        let near = names
            .titled
            .get(at.saturating_sub(MAX_ROLE_NAMES)..(at + MAX_ROLE_NAMES).min(names.titled.len()))
            .unwrap_or(&[]);
        for &(full, name) in near {
            let Some(titles) = self.text.get(full.start..name.start) else {
                continue;
            };
            let score = role
                .iter()
                .filter(|r| {
                    titles
                        .split_whitespace()
                        .any(|t| t.trim_end_matches('.').eq_ignore_ascii_case(r))
                })
                .count();
            let better = match best {
                None => score > 0,
                Some((b, _)) => score > b || (score == b && full.start < m.span.start),
            };
            if better {
                let n = overlapping(people, name).unwrap_or(name);
                best = Some((score, n));
            }
        }
        best.map(|b| b.1)
    }
}

/// Stance cues that are acts of speech: coordinated after a content clause, they open a new frame.
const SPEECH_ACTS: &[&str] = &[
    "warned",
    "criticized",
    "criticised",
    "denounced",
    "condemned",
    "blasted",
    "slammed",
    "praised",
    "lambasted",
    "attacked",
    "accused",
    "urged",
    "vowed",
    "promised",
    "pledged",
    "insisted",
    "argued",
    "questioned",
    "dismissed",
    "rejected",
    "defended",
    "thanked",
    "apologized",
    "apologised",
];

/// Adjectives of stance taking a clause after a copula (`is confident that`).
const STANCE_ADJ: &[&str] = &[
    "confident",
    "afraid",
    "sure",
    "certain",
    "willing",
    "ready",
    "eager",
    "aware",
    "adamant",
    "hopeful",
    "optimistic",
    "skeptical",
    "careful",
    "keen",
    "reluctant",
];

/// Nouns of stance taking a prepositional object (`Trump's attacks on ...`).
const STANCE_NOUNS: &[&str] = &[
    "questions",
    "concerns",
    "criticism",
    "attacks",
    "attack",
    "comments",
    "remarks",
    "claims",
    "views",
    "thoughts",
    "position",
    "stance",
    "support",
    "opposition",
    "praise",
    "ire",
    "disdain",
    "skepticism",
    "doubts",
    "fears",
    "warnings",
    "adulation",
    "defense",
    "condemnation",
    "complaints",
    "assessment",
    "estimate",
    "theory",
    "allegations",
];

/// Cue words that are nouns as often as verbs.
const HOMOGRAPHS: &[&str] = &[
    "claim",
    "claims",
    "support",
    "supports",
    "question",
    "questions",
    "plan",
    "plans",
    "fears",
    "fear",
    "hope",
    "hopes",
    "attack",
    "attacks",
    "doubt",
    "doubts",
    "estimates",
    "estimate",
    "charges",
    "want",
    "touts",
    "highlights",
    "welcomes",
    "cites",
    "proposes",
    "dismisses",
    "rejects",
    "opposes",
    "endorses",
    "defends",
    "discusses",
    "expects",
];

/// Object pronouns: too little content for an attribution (`cited it`).
const OBJ_PRONOUNS: &[&str] = &[
    "it",
    "him",
    "her",
    "them",
    "me",
    "us",
    "you",
    "this",
    "himself",
    "herself",
    "themselves",
    "itself",
    "so",
    "one",
    "up",
    "out",
    "off",
    "back",
    "down",
    "away",
];

/// The last of the sorted `spans` overlapping `s`: the head of an English noun phrase
/// (`Labour's Shadow Home Secretary Yvette Cooper` -> `Yvette Cooper`, even when `Shadow Home` is
/// given as a person too).
fn overlapping(spans: &[Span], s: Span) -> Option<Span> {
    // spans starting before `s` ends; the overlapping ones are among the last few of those
    let end = spans.partition_point(|p| p.start < s.end);
    let v = spans.get(end.saturating_sub(8)..end)?;
    v.iter().rev().find(|p| p.overlaps(&s)).copied()
}

/// Names of a document, for linking speakers to fuller mentions.
/// Name spans by their last word, in text order.
type NameLists<'t> = std::collections::HashMap<&'t str, Vec<Span>>;

#[derive(Default)]
struct Names<'t> {
    /// Name spans by their last word, in text order, each with the longest name (the first of
    /// equals) up to it.
    by_last: std::collections::HashMap<&'t str, Vec<(Span, Span)>>,
    /// Titled names: the whole run and the name inside it.
    titled: Vec<(Span, Span)>,
    /// Names opening a sentence (own names only, when no people are given), in text order.
    subjects: Vec<Span>,
}

trait BreakExt {
    fn is_none_or_break(&self) -> bool;
}

impl BreakExt for Option<&Tok> {
    fn is_none_or_break(&self) -> bool {
        match self {
            None => true,
            Some(t) => t.kind == Kind::Break,
        }
    }
}
