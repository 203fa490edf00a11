//! What speakers refer to: names to their fullest mention without titles, pronouns to the
//! nearest fitting person, role nouns to the titled name they stand for.

use super::*;
use crate::lex::{GROUP_NOUNS, PERSON_NOUNS};

/// How far back, in tokens, a `he` or `she` looks for a person noun (see
/// [`Doc::person_noun_before`]).
const MAX_PERSON_BACK: usize = 80;

impl<'a> Doc<'a> {
    pub(super) fn resolve(&self, quotes: &mut [Quote], out: &[Out], people: &[Span]) {
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
        let mut last_group: Option<(usize, Span)> = None; // paragraph, referent
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
                        self.antecedent(m)
                    } else if is_in(w, &["it", "they"]) {
                        // the organisation or group that spoke last, in this paragraph or the
                        // one before (`The ministry said ... It added ...`)
                        let here = self.para_of_byte(s.start);
                        last_group
                            .filter(|&(p, _)| p + 1 >= here && p <= here)
                            .map(|(_, r)| r)
                            .or_else(|| self.group_noun_before(m.first, is_in(w, &["they"])))
                    } else if is_in(w, &["i", "we", "you"]) {
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
                            // no named person yet: the nearest person noun of the paragraph
                            (None, None) => self.person_noun_before(m.first),
                        }
                    }
                }
                MKind::Common => self.role_ref(m, &people, &names),
            };
            // a group or an organisation: a role phrase that names no person, or a name that
            // is not a person's
            let group = match m.kind {
                MKind::Common if r.is_none() => Some(s),
                MKind::Name if !people.is_empty() && overlapping(&people, s).is_none() => r,
                _ => None,
            };
            if let Some(g) = group {
                last_group = Some((self.para_of_byte(s.start), g));
            }
            if let Some(r) = r {
                if m.kind != MKind::Pronoun || !self.word_in(m.first, &["who", "which"]) {
                    last_named = Some((s.start, r));
                }
            }
            q.speaker_ref = r.filter(|x| x.get(self.text).is_some());
        }
    }

    /// The nearest phrase for a person before token `k` in its paragraph, within
    /// [`MAX_PERSON_BACK`] tokens: `the manager`, `The girl at the desk` -> `The girl`, `my
    /// friend`.
    fn person_noun_before(&self, k: usize) -> Option<Span> {
        let (pa, _) = self.para_of(k);
        let lo = pa.max(k.saturating_sub(MAX_PERSON_BACK));
        let head = (lo..k)
            .rev()
            .find(|&j| self.is_lower(j) && self.word_in(j, PERSON_NOUNS))?;
        Some(self.span(self.determiner_before(head, lo), head))
    }

    /// The nearest phrase for a group or an organisation before token `k` in its paragraph,
    /// within [`MAX_PERSON_BACK`] tokens, plural for `they` (`the staff`, `the employees`) and
    /// singular for `it` (`the hotel`, `the report`).
    fn group_noun_before(&self, k: usize, plural: bool) -> Option<Span> {
        let (pa, _) = self.para_of(k);
        let lo = pa.max(k.saturating_sub(MAX_PERSON_BACK));
        let head = (lo..k).rev().find(|&j| {
            self.is_lower(j)
                && self.word(j).is_some_and(|w| {
                    is_in(w, GROUP_NOUNS)
                        && (w.ends_with('s') || is_in(w, &["staff", "police", "people"])) == plural
                })
        })?;
        Some(self.span(self.determiner_before(head, lo), head))
    }

    /// The determiner opening the noun phrase whose head is `head` (`the` in `the night
    /// manager`), over at most two lowercase modifiers and not before `lo`; else `head`.
    fn determiner_before(&self, head: usize, lo: usize) -> usize {
        let mut f = head;
        while f > lo && f + 3 > head {
            if self.word_in(f - 1, DETS) || self.word_in(f - 1, &["my", "your"]) {
                return f - 1;
            }
            if !self.is_lower(f - 1) || self.word_in(f - 1, STOP) {
                break;
            }
            f -= 1;
        }
        head
    }

    /// What a relative pronoun speaker (`who`, `which`) stands for: the name before it (`...,
    /// Smith, who said`), else the common noun phrase before it (`an old-timer who claimed`).
    fn antecedent(&self, m: Mention) -> Option<Span> {
        let mut k = m.first;
        while k > 0 && self.punct(k - 1, ',') {
            k -= 1;
        }
        let t = k.checked_sub(1)?;
        if let Some(f) = self.cap_run_back(t, 0) {
            return Some(self.span(f, t));
        }
        let noun = |i: usize| {
            self.is_lower(i)
                && !self.word_in(i, STOP)
                && !self.word_in(i, DETS)
                && !self.word_in(i, PREPS)
                && !self.word_in(i, PRONOUNS)
        };
        if !noun(t) {
            return None;
        }
        let mut f = t;
        while f > 0 && f + 4 > t && noun(f - 1) {
            f -= 1;
        }
        if f > 0 && self.word_in(f - 1, DETS) {
            f -= 1;
        }
        Some(self.span(f, t))
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
