//! Tokens, quotation-mark pairing and quote-aware sentence segmentation.

use lede_text::{words, Shape, Span};

/// Which way a quotation mark points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dir {
    Open,
    Close,
    Either,
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Word(Shape),
    Punct(char),
    /// A double quotation mark (`“ ” " '' « »`); the flag is true for straight marks.
    Dq(Dir, bool),
    /// A single quotation mark (`‘ ’ '` standing alone).
    Sq(Dir),
    /// A line break: paragraphs end here.
    Break,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word(_))
    }
    pub fn shape(&self) -> Option<Shape> {
        match self.kind {
            Kind::Word(s) => Some(s),
            _ => None,
        }
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

fn is_open_ctx(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(c, '(' | '[' | '{' | '—' | '–' | '―' | '-' | '/' | '“' | '‘')
        }
    }
}

fn is_close_ctx(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || (!c.is_alphanumeric() && !matches!(c, '“' | '‘' | '(')),
    }
}

/// Appends the tokens of `text` to `out`.
pub(crate) fn tokenize(text: &str, out: &mut Vec<Tok>) {
    let mut prev_end = 0usize;
    for w in words(text).chain(std::iter::once(lede_text::Word {
        span: Span::new(text.len(), text.len()),
        shape: Shape::Lower,
    })) {
        if let Some(gap) = text.get(prev_end..w.span.start) {
            gap_tokens(text, prev_end, gap, out);
        }
        if w.span.start < w.span.end {
            out.push(Tok {
                start: w.span.start,
                end: w.span.end,
                kind: Kind::Word(w.shape),
            });
        }
        prev_end = w.span.end;
    }
}

fn gap_tokens(text: &str, base: usize, gap: &str, out: &mut Vec<Tok>) {
    let mut it = gap.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let start = base + i;
        let mut end = start + c.len_utf8();
        let prev = text.get(..start).and_then(|s| s.chars().next_back());
        let kind = match c {
            '\n' => Kind::Break,
            c if c.is_whitespace() => continue,
            '“' | '„' | '«' => {
                let next = text.get(end..).and_then(|s| s.chars().next());
                if prev.is_some_and(|p| p.is_alphanumeric() || matches!(p, '.' | ',' | '!' | '?'))
                    && next.is_none_or(char::is_whitespace)
                {
                    Kind::Dq(Dir::Close, false)
                } else {
                    Kind::Dq(Dir::Open, false)
                }
            }
            '”' | '»' => {
                let next = text.get(end..).and_then(|s| s.chars().next());
                if prev.is_none_or(char::is_whitespace) && next.is_some_and(char::is_alphanumeric) {
                    Kind::Dq(Dir::Open, false)
                } else {
                    Kind::Dq(Dir::Close, false)
                }
            }
            '"' | '\'' | '’' | '‘' => {
                let double = c == '"' || (c == '\'' && it.peek().is_some_and(|&(_, n)| n == '\''));
                if c == '\'' && double {
                    it.next();
                    end += 1;
                }
                let next = text.get(end..).and_then(|s| s.chars().next());
                let dir = if c == '‘'
                    || (is_open_ctx(prev) && next.is_some_and(|n| !n.is_whitespace()))
                {
                    Dir::Open
                } else if is_close_ctx(next) {
                    Dir::Close
                } else {
                    Dir::Either
                };
                if double {
                    Kind::Dq(dir, true)
                } else {
                    Kind::Sq(dir)
                }
            }
            '.' | ',' | ':' | ';' | '!' | '?' | '(' | ')' | '—' | '–' | '―' | '-' | '…' => {
                Kind::Punct(c)
            }
            _ => continue,
        };
        out.push(Tok { start, end, kind });
    }
}

/// A quotation: a pair of marks at the outer level of a paragraph (or an opening mark left
/// open to the end of its paragraph).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Region {
    /// Token of the opening mark.
    pub open: usize,
    /// Token of the closing mark, or the last token of the paragraph when unclosed.
    pub close: usize,
    pub closed: bool,
    pub single: bool,
    pub span: Span,
}

#[derive(Clone, Copy)]
struct Opener {
    tok: usize,
    double: bool,
    straight: bool,
}

/// The open marks of a paragraph, innermost last, with the positions of its double and single
/// openers kept apart so that finding the innermost of either kind is O(1) (a paragraph of
/// thousands of unclosed marks stays linear).
#[derive(Default)]
struct Openers {
    stack: Vec<Opener>,
    doubles: Vec<usize>,
    singles: Vec<usize>,
}

impl Openers {
    fn push(&mut self, o: Opener) {
        let kind = if o.double {
            &mut self.doubles
        } else {
            &mut self.singles
        };
        kind.push(self.stack.len());
        self.stack.push(o);
    }

    /// Closes the opener at `pos` and every opener inside it; returns its token.
    fn close_at(&mut self, pos: usize, or: usize) -> usize {
        let tok = self.stack.get(pos).map_or(or, |o| o.tok);
        self.stack.truncate(pos);
        while self.doubles.last().is_some_and(|&d| d >= pos) {
            self.doubles.pop();
        }
        while self.singles.last().is_some_and(|&d| d >= pos) {
            self.singles.pop();
        }
        tok
    }
}

/// Pairs the marks of the paragraph `toks[a..b]`, pushing outer regions to `out`.
pub(crate) fn pair_marks(toks: &[Tok], a: usize, b: usize, out: &mut Vec<Region>) {
    let mut open = Openers::default();
    let mut pairs: Vec<(usize, usize, usize, bool, bool)> = Vec::new(); // open, close, depth, single, closed
    for i in a..b {
        let Some(t) = toks.get(i) else { break };
        match t.kind {
            Kind::Dq(dir, straight) => {
                let close = match dir {
                    Dir::Open => false,
                    Dir::Close => true,
                    Dir::Either => !open.doubles.is_empty(),
                };
                if close {
                    if let Some(&pos) = open.doubles.last() {
                        let o = open.close_at(pos, i);
                        pairs.push((o, i, open.stack.len(), false, true));
                    }
                } else {
                    open.push(Opener {
                        tok: i,
                        double: true,
                        straight,
                    });
                }
            }
            Kind::Sq(dir) => match dir {
                Dir::Open => open.push(Opener {
                    tok: i,
                    double: false,
                    straight: false,
                }),
                Dir::Close | Dir::Either => {
                    let top_double = open.doubles.last().copied();
                    let single = open.singles.last().copied();
                    if let Some(pos) = single.filter(|&s| top_double.is_none_or(|d| s > d)) {
                        let o = open.close_at(pos, i);
                        pairs.push((o, i, open.stack.len(), true, true));
                    }
                }
            },
            _ => {}
        }
    }
    let stack = open.stack;
    // An opener left at the bottom of the stack: a quote running to the paragraph end, or a
    // stray mark (a straight mark holding curly pairs inside it).
    let bottom = stack.iter().find(|o| o.double).copied();
    let mut stray = None;
    if let Some(o) = bottom {
        let inner_curly = pairs.iter().any(|&(p, _, _, s, _)| {
            !s && p > o.tok
                && toks
                    .get(p)
                    .is_some_and(|t| t.kind != Kind::Dq(Dir::Open, true))
        });
        if o.straight && inner_curly {
            stray = Some(o.tok);
        } else if b > o.tok + 1 {
            let last = b - 1;
            // only outer pairs opened before it survive; the rest are inside it
            pairs.retain(|&(p, _, _, _, _)| p < o.tok);
            pairs.push((o.tok, last, 0, false, false));
        }
    }
    pairs.sort_unstable();
    let mut last_end = 0usize;
    for (o, c, depth, single, closed) in pairs {
        let depth = match stray {
            Some(s) if o > s => depth.saturating_sub(1),
            _ => depth,
        };
        if depth != 0 || (o < last_end && last_end > 0) {
            continue;
        }
        let (Some(to), Some(tc)) = (toks.get(o), toks.get(c)) else {
            continue;
        };
        if single && c <= o + 2 {
            continue;
        }
        out.push(Region {
            open: o,
            close: c,
            closed,
            single,
            span: Span::new(to.start, tc.end),
        });
        last_end = c + 1;
    }
}
