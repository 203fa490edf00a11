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

mod clause;
mod direct;
mod frame;
mod indirect;
mod np;
mod resolve;
mod standalone;
#[cfg(test)]
mod tests;

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
    /// Speech of the story's sources only (the speech mode): stance cues kept as acts of
    /// speech take only a `that`-clause.
    sources_only: bool,
}

pub(crate) fn find(
    table: &CueTable,
    text: &str,
    sentences: &[Span],
    people: &[Span],
    sources_only: bool,
) -> Vec<Quote> {
    let mut doc = Doc::new(table, text, sentences, sources_only);
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
    trim_crossing(&mut quotes, text);
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

/// Trims the lead-in of a mixed quote that starts inside an earlier quote and runs past its
/// end, keeping a quotation of its own, (`“Yes,” he said“Yes,” he said ...` with no sentence end between): it then
/// starts after that quote. Quotes are re-sorted; [`drop_crossing`] removes what still crosses.
fn trim_crossing(quotes: &mut Vec<Quote>, text: &str) {
    let mut order: Vec<usize> = (0..quotes.len()).collect();
    order.sort_by_key(|&i| {
        quotes
            .get(i)
            .map(|q| (q.span.start, std::cmp::Reverse(q.span.end)))
    });
    let mut open: Vec<usize> = Vec::new(); // ends
    for &i in &order {
        let Some(q) = quotes.get_mut(i) else { continue };
        while open.last().is_some_and(|&end| end <= q.span.start) {
            open.pop();
        }
        if let Some(&end) = open.last() {
            if end < q.span.end && q.kind == QuoteKind::Mixed {
                let rest = text.get(end..q.span.end).unwrap_or("");
                let start = end + (rest.len() - rest.trim_start().len());
                // the part after the earlier quote keeps a quotation of its own
                let marked = rest.contains(['“', '”', '"', '‘', '’', '«', '»']);
                if marked && start < q.span.end && text.is_char_boundary(start) {
                    q.span = Span::new(start, q.span.end);
                }
            }
        }
        open.push(q.span.end);
    }
    quotes.sort_by_key(|q| (q.span.start, q.span.end));
    quotes.dedup_by(|a, b| a.span == b.span);
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
    /// The shared layers every rule reads: tokens, paragraphs, quotation-mark regions,
    /// sentences and cues.
    fn new(table: &'a CueTable, text: &'a str, sentences: &[Span], sources_only: bool) -> Self {
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
            sources_only,
        };
        doc.structure(sentences);
        doc.find_cues();
        doc
    }

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
