//! The argument frame a cue opens: the content spans and the speaker of `X said (that) C`,
//! `C, X said`, `X told Y C`, `according to X, C`, `X called Y "..."` and the stance frames.

use super::*;

/// A frame: its content spans (token ranges) and its speaker.
pub(super) type Frame = (Vec<(usize, usize)>, Option<Mention>);

/// How an `ask` cue continues (see [`Doc::ask_object`]).
enum Ask {
    /// `asked Florida agencies to stonewall ...`: the request from `to`.
    Request(usize),
    /// `asked if ...`, `asking Clinton whether ...`: the question from its wh-word.
    Question(usize),
}

impl<'a> Doc<'a> {
    /// The content spans (token ranges) and speaker of the frame a cue opens: the frames of
    /// `according to`, of appearances (`seems to`), of stance nouns (`the claim that`), and of
    /// verbs (`X said (that) C`, `C, X said`, `X told Y C`, ...).
    pub(super) fn frame(
        &self,
        c: &Cue,
        a: usize,
        end: usize,
        prior: &[(usize, Mention)],
        later: &[usize],
    ) -> Option<Frame> {
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
        let cend = self.content_end(a, end, later);
        // a frame inside a fronted subordinate clause ends with it
        let cend = self.fronted_end(a, c.at, after, cend);
        match c.class {
            CueClass::According => return self.according_frame(c, a, end, cend),
            CueClass::Seem => return self.seem_frame(c, cend),
            _ => {}
        }
        if let Some(f) = self.stance_noun_frame(c, a, cend) {
            return f;
        }
        self.verb_frame(c, a, end, cend, prior)
    }

    /// The end of a frame's content: before a coordinated later cue (`... and accused`,
    /// `..., arguing`).
    fn content_end(&self, a: usize, end: usize, later: &[usize]) -> usize {
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
        cend
    }

    /// `According to X, C`, `C, according to X`, `C, according to X, C`.
    fn according_frame(&self, c: &Cue, a: usize, end: usize, cend: usize) -> Option<Frame> {
        let after = c.at + c.len;
        let spk = self.np_after(after, end);
        // (`... has learned that according to X, C`: after a complementizer, too)
        let first_word = (a..c.at)
            .all(|k| !self.tok(k).is_some_and(Tok::is_word) || self.word_in(k, CAP_STOP))
            || (c.at > a && self.is_lower(c.at - 1) && self.word_in(c.at - 1, &["that"]));
        if first_word {
            // `According to X, ...`
            let comma = (after..end).find(|&k| self.punct(k, ','))?;
            return Some(match self.according_source(spk, comma, end) {
                Some((m, from)) => (vec![(from, cend)], Some(m)),
                None => (vec![(comma + 1, cend)], spk),
            });
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
        Some((spans, spk))
    }

    /// The source of a fronted `according to` when the phrase before its comma names it more
    /// fully than `spk`: a name in commas after a role (`the team's coach, Alireza Mehraban, C`;
    /// the content then starts after the second comma), or a name closing a role phrase
    /// (`Afghan Ambassador to the United States Hamdullah Mohib, C`). Returns the mention and
    /// where the content starts.
    fn according_source(
        &self,
        spk: Option<Mention>,
        comma: usize,
        end: usize,
    ) -> Option<(Mention, usize)> {
        let m = spk?;
        let name = |f: usize, l: usize| Mention {
            span: self.span(f, l),
            kind: MKind::Name,
            first: f,
            last: l,
        };
        if m.last + 1 == comma {
            // `, Alireza Mehraban, in their first matchup, ...`
            let close = (comma + 2..(comma + 6).min(end)).find(|&k| self.punct(k, ','))?;
            let f = self.cap_run_back(close - 1, comma + 1)?;
            let names_only = (f..close).all(|k| self.is_cap(k) || self.punct(k, '.'));
            return (f == comma + 1 && names_only && m.kind == MKind::Common)
                .then(|| (name(f, close - 1), close + 1));
        }
        // a prepositional phrase after the head, ending in a capitalised run before the comma
        if comma > m.last + 8 || !self.word_in(m.last + 1, &["to", "of", "for", "at"]) {
            return None;
        }
        let lower = (m.last + 2..comma)
            .any(|k| self.is_lower(k) && !self.word_in(k, STOP) && !self.word_in(k, DETS));
        let f = self.cap_run_back(comma - 1, m.last + 2)?;
        (!lower && self.is_cap(comma - 1)).then(|| (name(f, comma - 1), comma + 1))
    }

    /// `X seems to ...`, `X is expected to ...`: the content, with no speaker.
    fn seem_frame(&self, c: &Cue, cend: usize) -> Option<Frame> {
        let after = c.at + c.len;
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
        Some((vec![(i, self.clip(i, stop))], None))
    }

    /// `Trump's claim that ...`, `the belief that ...`: a stance noun and its clause, the
    /// speaker being the possessor when there is one; `frustrated that ...`: an adjective after a
    /// copula, with its subject. `None` when the cue is no stance noun or adjective (the verb
    /// frames apply), `Some(None)` when it is one without content.
    fn stance_noun_frame(&self, c: &Cue, a: usize, cend: usize) -> Option<Option<Frame>> {
        let after = c.at + c.len;
        let prep_noun = self.word_in(c.at + c.len - 1, &["about", "of", "on", "for"])
            && self.word_in(c.at, STANCE_NOUNS);
        if c.class == CueClass::Object
            && c.len >= 2
            && (self.word_in(c.at + c.len - 1, &["that", "to"]) || prep_noun)
        {
            if after + 1 >= cend {
                return Some(None);
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
                return Some(spk.map(|m| (vec![(from, self.clip(from, cend))], Some(m))));
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
                return Some(Some((vec![(from, to)], owner)));
            }
        }
        None
    }

    /// The frames of a verb cue: its subject or inverted speaker, then the content before it
    /// (`C, X said`, see [`Doc::inverted_frame`]) or after it (see [`Doc::complement_frame`]).
    fn verb_frame(
        &self,
        c: &Cue,
        a: usize,
        end: usize,
        mut cend: usize,
        prior: &[(usize, Mention)],
    ) -> Option<Frame> {
        let after = c.at + c.len;
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
        if let Some(m) = spk {
            cend = self.relative_clause_end(&m, c.at, a, after, cend);
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
                })
            // `As Heald told The Huffington Post, C`: an `as` aside with its listener
            || (tell
                && spk.is_some_and(|m| m.first > a && self.word_in(m.first - 1, &["as"]))
                && self
                    .adjunct_end(after, end, true)
                    .is_some_and(|r| self.punct(r, ',')));
        // `even with all precincts reporting, the race ...`: a participle is no parenthetical
        if paren_end && participle {
            return None;
        }
        if paren_end {
            return self.inverted_frame(c, a, end, cend, spk, say_verb);
        }
        spk?;
        self.complement_frame(c, a, cend, spk)
    }

    /// `Smith, who said the plan was dead, resigned`: a relative clause in commas (its `who` or
    /// `which` between the subject `m` and the cue at `at`) ends at the comma before the main
    /// clause's verb (`, resigned on Friday`); otherwise the content still ends at `cend`.
    fn relative_clause_end(
        &self,
        m: &Mention,
        at: usize,
        a: usize,
        after: usize,
        cend: usize,
    ) -> usize {
        let rel = (m.first..at).find(|&k| self.is_lower(k) && self.word_in(k, &["who", "which"]));
        match rel {
            Some(r) if r > a && self.punct(r - 1, ',') => (after..cend)
                .find(|&k| {
                    self.punct(k, ',')
                        && !self.in_region(k)
                        && self.is_lower(k + 1)
                        && self.word(k + 1).is_some_and(|w| {
                            is_in(w, AUX) || is_in(w, BE) || (w.len() > 4 && w.ends_with("ed"))
                        })
                })
                .unwrap_or(cend),
            _ => cend,
        }
    }

    /// `C, X said.`, `C, said X.`, `C, X said, C`, `As X noted, C`: the content around an
    /// attribution set off by commas.
    fn inverted_frame(
        &self,
        c: &Cue,
        a: usize,
        end: usize,
        cend: usize,
        mut spk: Option<Mention>,
        say_verb: bool,
    ) -> Option<Frame> {
        let after = c.at + c.len;
        let tell = c.class == CueClass::Tell;
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
        Some((spans, spk))
    }

    /// The content after a verb cue with its subject: `X said (that) C`, `X told Y (that) C`,
    /// `X asked Y to C`, `X vowed to C`, `X accused Y of C`, `X called Y "..."`, `X urged Y to C`,
    /// and stance objects.
    fn complement_frame(
        &self,
        c: &Cue,
        a: usize,
        cend: usize,
        spk: Option<Mention>,
    ) -> Option<Frame> {
        let after = c.at + c.len;
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
        let asked = match self.ask_object(c, i, cend) {
            Some(Ask::Request(k)) => return Some((vec![(k, self.phrase_end(k, cend))], spk)),
            Some(Ask::Question(k)) => Some(k),
            None => None,
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
        if let Some(f) = self.relative_vp_frame(c, a, i, cend, spk) {
            return f;
        }
        let cs = match asked {
            Some(k) => Some(k),
            None => self.content_start(c, a, i, cend),
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

    /// A complementizer `that` within `span` tokens from `from`, before the clause ends.
    fn that_within(&self, c: &Cue, cend: usize, from: usize, span: usize) -> Option<usize> {
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
    }

    /// After `ask`: an object, then `to` (a request) or a wh-word (a question).
    fn ask_object(&self, c: &Cue, i: usize, cend: usize) -> Option<Ask> {
        if !(c.len == 1 && self.word_in(c.at, &["ask", "asks", "asked", "asking"])) {
            return None;
        }
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
            return Some(Ask::Request(k));
        }
        (wh && self.is_lower(k) && k + 1 < cend).then_some(Ask::Question(k))
    }

    /// `information that government officials said would compromise ...`, `hackers who U.S.
    /// officials say is tied to ...`: the relative clause's verb phrase is the content. `None`
    /// when this is no such clause.
    fn relative_vp_frame(
        &self,
        c: &Cue,
        a: usize,
        i: usize,
        cend: usize,
        spk: Option<Mention>,
    ) -> Option<Option<Frame>> {
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
            return Some((e > i + 1).then(|| (vec![(i, e)], spk)));
        }
        None
    }

    /// Where the content after a verb cue starts (token `i` is the first after the cue), by
    /// the cue's class; `None` when the words there are no content the class takes.
    fn content_start(&self, c: &Cue, a: usize, i: usize, cend: usize) -> Option<usize> {
        match c.class {
            CueClass::Say | CueClass::Belief => self.say_start(c, i, cend),
            CueClass::Vow => {
                let j = if self.word_in(i, &["not"]) { i + 1 } else { i };
                if self.word_in(j, &["to", "that"]) {
                    Some(j)
                } else {
                    None
                }
            }
            CueClass::Tell => self.tell_start(c, i, cend),
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
            CueClass::Call => self.call_start(i, cend),
            CueClass::According | CueClass::Seem => None,
            CueClass::Object => self.object_start(c, a, i, cend),
        }
    }

    /// `said that C`, `said in a statement that C`, `said: C`, `said C` (a clause), `noted the
    /// rule` (a noun phrase after a verb that takes one).
    fn say_start(&self, c: &Cue, i: usize, cend: usize) -> Option<usize> {
        if self.word_in(i, &["that"]) {
            Some(i)
        } else if self.word_in(c.at, &["continue", "continues", "continued", "continuing"])
            && !self.in_region(i)
        {
            // `“...,” he continued` is speech; `continues a tradition` is not
            None
        } else if self.word_in(i, PREPS) && !self.word_in(i, &["to"]) {
            // `said in a statement that ...`, `said after the convention he would ...`
            self.that_within(c, cend, i, 12).or_else(|| {
                (i + 1..(i + 7).min(cend))
                    .take_while(|&k| self.tok(k).is_some_and(Tok::is_word))
                    .find(|&k| {
                        self.is_lower(k) && self.word_in(k, &["he", "she", "they", "we", "i"])
                    })
                    .filter(|&k| self.clause_like(k, cend))
                    // `suggested after she swept ...`: an adverbial clause, not content
                    .filter(|&k| {
                        k > i + 1
                            || !self.word_in(i, &["after", "before", "while", "since", "until"])
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

    /// `told Y that C`, `told Y to C`, `told Y he would C`, `told The Associated Press C`.
    fn tell_start(&self, c: &Cue, i: usize, cend: usize) -> Option<usize> {
        let that = self.that_within(c, cend, i, 14);
        let to = (i..(i + 8).min(cend)).find(|&k| self.word_in(k, &["to"]));
        match (that, to) {
            (Some(t), Some(o)) => Some(t.min(o)),
            (Some(t), None) => Some(t),
            (None, Some(o)) if o > i => Some(o),
            // `told African-Americans this weekend he would ...`
            _ => (i + 1..(i + 8).min(cend))
                .take_while(|&k| self.tok(k).is_some_and(Tok::is_word))
                .find(|&k| {
                    self.is_lower(k) && self.word_in(k, &["he", "she", "they", "it", "we", "i"])
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
                        && (self.word_in(k, DETS)
                            || self.word_in(k, &["any", "such"])
                            || self.is_cap(k))
                        && self.clause_like(k, (k + 8).min(cend)))
                    .then_some(k)
                }),
        }
    }

    /// `called X a “...”`, `called her vote a mistake`: only with a quoted fragment or a
    /// predicate.
    fn call_start(&self, i: usize, cend: usize) -> Option<usize> {
        // only with a quoted fragment: `called X a “...”`
        let has = (i..cend).any(|k| self.in_region(k));
        // `called her vote a mistake`, `called the charges unsubstantiated`: an object,
        // then what it was called (an article or an adjective); not `called for`, `called
        // a meeting`
        let predicate = !self.word_in(i, &["a", "an", "for", "on", "off", "up", "out", "in", "to"])
            && (i + 1..cend.min(i + 16)).any(|k| {
                // `called her vote a mistake`, not `called Anti-Prom at a former factory`
                (self.word_in(k, &["a", "an"])
                    && !self.word_in(k - 1, &["at", "in", "on", "near", "from", "inside"]))
                    || self.word(k).is_some_and(|w| {
                        self.is_lower(k)
                            && (k + 1 >= cend || self.word_in(k + 1, &["and", "by"]))
                            && [
                                "ous", "ful", "ic", "ive", "ated", "ible", "able", "ent", "ant",
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

    /// A stance's object: a clause, an infinitive or a noun phrase (`acknowledged the reality`,
    /// `announced in a statement this month that ...`).
    fn object_start(&self, c: &Cue, a: usize, i: usize, cend: usize) -> Option<usize> {
        if self.sources_only {
            // a stance cue kept as an act of speech (`announced on Friday that ...`): what was
            // said is its `that`-clause, not an object (`announced the start of ...`)
            return if self.word_in(i, &["that"]) {
                Some(i)
            } else if self.word_in(i, PREPS) && !self.word_in(i, &["to"]) {
                self.that_within(c, cend, i, 12)
            } else {
                None
            };
        }
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
                && (self.word_in(c.at - 1, &["he", "she", "they", "we", "i", "you", "who"])
                    || self.word_in(c.at - 1, AUX)
                    || self.word_in(c.at - 1, SKIP_BACK)
                    || self.word_in(c.at - 1, &["to"])
                    || self.adverb(c.at - 1)
                    || (self.is_cap(c.at - 1) && !self.word_in(c.at - 1, DETS))));
        if self.word_in(i, PREPS) && !self.word_in(i, &["to"]) && !homograph {
            // `announced in a statement this month that ...`
            self.that_within(c, cend, i, 12)
        } else if (clause || np) && !homograph {
            Some(i)
        } else {
            None
        }
    }

    /// A time or a venue opens at token `k` (`in July`, `on Thursday`, `in a statement`, `at
    /// last week's forum`): the adjunct of a stance, not part of its content.
    pub(super) fn time_or_venue(&self, k: usize) -> bool {
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
    pub(super) fn adjunct_end(&self, from: usize, end: usize, object: bool) -> Option<usize> {
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
    pub(super) fn phrase_end(&self, cs: usize, cend: usize) -> usize {
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
}
