//! Capitalised runs: where a run ends, and how it splits into names at gazetteer hits, titles,
//! stop words and occupations (`Biologist Nick Bos`), and a company named with a possessive
//! (`Boatmen's Bancshares Inc`). Each run is walked once, left to right.

use super::*;

impl Tables {
    /// The end `b` of the capitalised run `[i, b)` that starts at token `i`: capitalised words
    /// with spaces between, lowercase connectors inside a name (`Bank of England`, `Ludwig van
    /// Beethoven`), never across a wall.
    pub(super) fn run_end(&self, text: &str, toks: &[Tok], i: usize) -> usize {
        let n = toks.len();
        let mut b = i + 1;
        while b < n {
            let (Some(p), Some(q)) = (toks.get(b - 1), toks.get(b)) else {
                break;
            };
            if q.wall() || (p.ends_run() && !self.possessive_company(text, toks, b)) {
                break;
            }
            let caps_switch = p.shape == Shape::Capitalized
                && q.shape == Shape::AllCaps
                && q.len >= 3
                && !is_roman(Self::word(text, q));
            if q.upper() && !q.caps_ctx() && !caps_switch && Self::run_gap_ok(text, p, q) {
                b += 1;
                continue;
            }

            // Lowercase connector inside a name: `Bank of England`, `Ludwig van Beethoven`.
            if !q.upper()
                && q.shape == Shape::Lower
                && self.cues.connector.contains(Self::word(text, q))
            {
                // `van der`, `de la`: up to two connectors in a row.
                let (q2, skip) = match toks.get(b + 1) {
                    Some(q2)
                        if q2.shape == Shape::Lower
                            && self.cues.connector.contains(Self::word(text, q2))
                            && Self::run_gap_ok(text, q, q2) =>
                    {
                        (q2, 2)
                    }
                    _ => (q, 1),
                };
                if let Some(r) = toks.get(b + skip) {
                    let head = self.is_org_prefix(text, p)
                        || self.is_org_suffix(text, p)
                        || self.is_loc_suffix(text, p)
                        || self.is_misc_suffix(text, p)
                        || self.is_title_word(text, p)
                        || Self::word(text, q) != "of";
                    if head
                        && r.upper()
                        && !r.caps_ctx()
                        && !r.wall()
                        && !q.wall()
                        && Self::run_gap_ok(text, p, q)
                        && Self::run_gap_ok(text, q2, r)
                    {
                        b += skip + 1;
                        continue;
                    }
                }
            }
            break;
        }
        // No run crosses a wall, whichever way it grew.
        if let Some(w) = (i + 1..b).find(|&k| toks.get(k).is_some_and(Tok::wall)) {
            b = w;
        }
        b
    }

    pub(super) fn push_gaz(
        &self,
        segs: &mut Vec<Seg>,
        toks: &[Tok],
        i: usize,
        h: Hit,
        strong: bool,
    ) {
        let Some(e) = self.gaz.entries.get(h.entry as usize) else {
            return;
        };
        let Some(t) = toks.get(i) else { return };
        let label = if e.kind == Kind::Demonym {
            Label::Misc
        } else {
            e.label
        };
        segs.push(Seg {
            s: t.s,
            e: h.end.max(t.s),
            t0: i,
            t1: h.end_tok + 1,
            label,
            entry: Some(h.entry),
            via: if e.kind == Kind::Demonym {
                Via::Demonym
            } else {
                Via::Gazetteer
            },
            strength: if strong {
                Strength::Strong
            } else {
                Strength::Default
            },
            link: None,
        });
    }

    /// Splits a capitalised run ([`Self::split_run`]) and joins the pieces that make one name
    /// ([`Self::cohere`]); returns the next token to look at.
    pub(super) fn process_run(
        &self,
        text: &str,
        toks: &Toks,
        a: usize,
        b: usize,
        segs: &mut Vec<Seg>,
        doc: &DocInfo,
    ) -> usize {
        let first_seg = segs.len();
        let next = self.split_run(text, toks, a, b, segs, doc);
        self.cohere(text, toks, first_seg, a, b, segs);
        next
    }

    /// Splits a capitalised run into entity segments; returns the next token to look at.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn split_run(
        &self,
        text: &str,
        toks: &Toks,
        a: usize,
        b: usize,
        segs: &mut Vec<Seg>,
        doc: &DocInfo,
    ) -> usize {
        let mut k = a;
        let mut next = b;
        let mut pending: Option<usize> = None;
        let mut person_cue = false;
        while k < b {
            let Some(tk) = toks.get(k) else { break };
            if !tk.upper() {
                // A connector: keep it inside a pending name, else skip.
                k += 1;
                continue;
            }
            // `the Refugee Council Enver Solomon told`: an organisation ending in its suffix, then
            // a two-word name that speaks.
            if let Some(p) = pending {
                if k + 2 == b
                    && p + 1 < k
                    && !person_cue
                    && toks
                        .get(k - 1)
                        .is_some_and(|t| t.upper() && !t.ends_run() && self.is_org_suffix(text, t))
                    && toks
                        .get(k)
                        .is_some_and(|t| t.shape == Shape::Capitalized && !t.ends_run())
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| t.shape == Shape::Capitalized && !t.ends_run())
                    && toks.get(b).is_some_and(|t| {
                        !t.upper() && self.cues.speech_verb.contains(Self::word(text, t))
                    })
                {
                    self.flush(text, toks, p, k, false, segs, doc);
                    pending = None;
                    person_cue = true;
                }
            }
            // `North Caucasus`, `East Stirling`, `West African`: a compass word before a place
            // or a demonym is part of it.
            if pending.is_none() && self.compass_first(text, toks, k) {
                if let Some((after, demonym)) = self.compass_place(text, toks, k, b, segs, doc) {
                    if demonym {
                        person_cue = false;
                    }
                    k = after;
                    next = next.max(k);
                    continue;
                }
            }
            if let Some(h) = self.gaz_at(text, toks, k) {
                let merge = self.gaz_joins_name(text, toks, k, b, h, pending, person_cue);
                if merge {
                    pending.get_or_insert(k);
                    k = h.end_tok + 1;
                    continue;
                }
                if let Some(p) = pending.take() {
                    self.flush(text, toks, p, k, person_cue, segs, doc);
                }
                person_cue = false;
                self.push_gaz(segs, toks, k, h, true);
                k = h.end_tok + 1;
                next = next.max(k);
                continue;
            }
            // `Jan Nowak`: an abbreviated month that is also a first name.
            let first_name_next = Self::word(text, tk) == "Jan"
                && toks.get(k + 1).is_some_and(|n| n.upper() && k + 1 < b);
            if self.is_stop(text, tk) && !first_name_next {
                if let Some(p) = pending.take() {
                    self.flush(text, toks, p, k, person_cue, segs, doc);
                }
                person_cue = false;
                k += 1;
                continue;
            }
            let initial = k + 1 < b
                && tk.len == 1
                && toks
                    .get(k + 1)
                    .is_some_and(|n| Self::gap(text, tk, n).starts_with('.'));
            // (`In`, `An` are given names in the census lists; opening a sentence, they are
            // a preposition and an article.)
            let name_start = initial
                || (k + 1 < b
                    && self.is_first_name(text, tk)
                    && !(tk.sent_start() && lower_eq_any(Self::word(text, tk), FUNCTION_WORDS))
                    && toks
                        .get(k + 1)
                        .is_some_and(|n| n.upper() && n.hit == u32::MAX));
            // `Biologist Nick Bos`: an occupation opening the sentence, then the name.
            if pending.is_none() && self.occupation_opens(text, toks, k, b) {
                person_cue = true;
                k += 1;
                continue;
            }
            if pending.is_none()
                && !name_start
                && self.is_common(text, tk)
                && !self.is_title_tok(text, tk)
                // `GB News`: an abbreviation heading an organisation suffix names it.
                && !(tk.shape == Shape::AllCaps
                    && k + 1 < b
                    && !tk.ends_run()
                    && toks.get(k + 1).is_some_and(|n| {
                        n.shape == Shape::Capitalized
                            && self.is_org_suffix(text, n)
                    }))
            {
                k += 1;
                continue;
            }
            // A title block: `Defense Minister`, `Secretary of State`, `Mr.`
            if pending.is_none() || self.is_title_tok(text, tk) {
                if let Some(end) = self.title_block_end(text, toks, k, b) {
                    if let Some(p) = pending.take() {
                        // `Shadow Home Secretary`: capitalised role words and common
                        // words right before the title belong to the role phrase.
                        let mut cut = k;
                        while cut > p
                            && toks.get(cut - 1).is_some_and(|t| {
                                t.upper() && (self.is_role_tok(text, t) || self.is_common(text, t))
                            })
                        {
                            cut -= 1;
                        }
                        if cut > p {
                            self.flush(text, toks, p, cut, person_cue, segs, doc);
                        }
                    }
                    person_cue = true;
                    k = end;
                    continue;
                }
            }
            pending.get_or_insert(k);
            k += 1;
        }
        if let Some(p) = pending.take() {
            self.flush(text, toks, p, b.min(k), person_cue, segs, doc);
        }
        next.max(a + 1)
    }

    /// `Boatmen's Bancshares Inc`, `Macy's Inc`: after a possessive, capitalised words up to
    /// an organisation suffix continue one company's name (at most three words).
    pub(super) fn possessive_company(&self, text: &str, toks: &[Tok], b: usize) -> bool {
        let possessive = b.checked_sub(1).and_then(|k| toks.get(k)).is_some_and(|p| {
            text.get(p.e()..p.full_e())
                .is_some_and(|x| x == "'s" || x == "’s")
        });
        if !possessive {
            return false;
        }
        let mut k = b;
        while let (Some(p), Some(q)) = (k.checked_sub(1).and_then(|j| toks.get(j)), toks.get(k)) {
            if k >= b + 3 || !q.upper() || q.wall() || !Self::run_gap_ok(text, p, q) {
                return false;
            }
            if self.is_org_suffix(text, q) {
                return true;
            }
            if q.ends_run() {
                return false;
            }
            k += 1;
        }
        false
    }

    /// Token `k` opens a sentence with an occupation before a name in the run `..b`
    /// (`Biologist Nick Bos`), not before a title (`Deputy Minister`).
    fn occupation_opens(&self, text: &str, toks: &Toks, k: usize, b: usize) -> bool {
        toks.get(k).is_some_and(|tk| {
            tk.sent_start()
                && k + 1 < b
                && tk.shape == Shape::Capitalized
                // A capitalised person cue (`Biologist`): the cue bit set from `person_cue_cap`.
                && tk.cue & CUE_PERSON_CUE_CAP != 0
        }) && toks.get(k + 1).is_some_and(|n| {
            n.shape == Shape::Capitalized
                && !self.is_title_tok(text, n)
                && !self.is_role_tok(text, n)
        })
    }

    /// Whether the gazetteer hit `h` at token `k` of the run `[.., b)` joins the pending name
    /// instead of standing alone: after a first name or a title, a first name that is also a
    /// gazetteer word (`Christian Blanc`) or a small city (`Mariano Duncan`), a city or state
    /// before an unknown word (`Cleveland Indians`).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn gaz_joins_name(
        &self,
        text: &str,
        toks: &Toks,
        k: usize,
        b: usize,
        h: Hit,
        pending: Option<usize>,
        person_cue: bool,
    ) -> bool {
        let Some(tk) = toks.get(k) else {
            return false;
        };
        let kind = self.gaz.entries.get(h.entry as usize).map(|e| e.kind);
        let next_unknown = h.end_tok + 1 < b
            && toks.get(h.end_tok).is_some_and(|t| !t.ends_run())
            && toks.get(h.end_tok + 1).is_some_and(|t| {
                self.is_unknown(text, toks, h.end_tok + 1, t)
                    // `Cleveland Indians`: a plural demonym after a city is a team.
                    || (Self::word(text, t).ends_with('s')
                        && self
                            .gaz_at(text, toks, h.end_tok + 1)
                            .and_then(|n| self.gaz.entries.get(n.entry as usize))
                            .is_some_and(|e| e.kind == Kind::Demonym))
            });
        let after_first_name = pending.is_some_and(|p| {
            p + 1 == k && toks.get(p).is_some_and(|t| self.is_first_name(text, t))
        }) && h.end_tok == k;
        let after_title = person_cue
            && h.end_tok == k
            && ((pending.is_some() && k + 1 == b)
                || (pending.is_none()
                    && k + 1 < b
                    && matches!(
                        kind,
                        Some(Kind::City | Kind::State | Kind::Region | Kind::Misc)
                    )));
        // `Christian Blanc`: a first name that is also a gazetteer word.
        let name_like = pending.is_none()
            && h.end_tok == k
            && next_unknown
            && matches!(kind, Some(Kind::Misc | Kind::Demonym))
            && self.is_first_name(text, tk);
        // `Mariano Duncan`: a first name that is also a small city, then a surname that is
        // at most a city.
        let city_first_name = pending.is_none()
            && h.end_tok == k
            && k + 1 < b
            && kind == Some(Kind::City)
            && toks.get(k).is_some_and(|t| !t.ends_run())
            && self.is_first_name(text, tk)
            && toks.get(k + 1).is_some_and(|n| {
                n.shape == Shape::Capitalized
                    && self.is_last_name(text, n)
                    && self.gaz_at(text, toks, k + 1).is_none_or(|g| {
                        g.end_tok == k + 1
                            && self
                                .gaz
                                .entries
                                .get(g.entry as usize)
                                .is_some_and(|e| e.kind == Kind::City)
                    })
            });
        match kind {
            _ if after_first_name || after_title || name_like || city_first_name => true,
            Some(Kind::City) => pending.is_some() || next_unknown,
            Some(Kind::State) if next_unknown => true,
            Some(Kind::Country | Kind::Region | Kind::State) => {
                pending.is_some_and(|p| {
                    toks.get(p).is_some_and(|t| {
                        self.is_first_name(text, t)
                            // `MaliVai Washington`: an unknown word before a state that
                            // ends the run is a given name.
                            || (kind == Some(Kind::State)
                                && p + 1 == k
                                && t.shape == Shape::Capitalized
                                && !t.sent_start()
                                && self.is_unknown(text, toks, p, t)
                                && !self.is_common(text, t))
                    })
                }) && h.end_tok + 1 == b
            }
            _ => false,
        }
    }

    /// Token `k` is a compass word with no name of its own here, or one that only heads a
    /// demonym (`West` of `West African`, which the gazetteer knows alone).
    fn compass_first(&self, text: &str, toks: &Toks, k: usize) -> bool {
        toks.get(k).is_some_and(|t| is_compass(Self::word(text, t)))
            && self.gaz_at(text, toks, k).is_none_or(|h| {
                h.end_tok == k
                    && self
                        .gaz_at(text, toks, k + 1)
                        .and_then(|n| self.gaz.entries.get(n.entry as usize))
                        .is_some_and(|e| e.kind == Kind::Demonym)
            })
    }

    /// `North Caucasus`, `Southeast Asian`: the compass word at token `k` joins the gazetteer place
    /// or demonym after it in one segment (pushed to `segs`). Returns the next token and whether
    /// the name was a demonym.
    pub(super) fn compass_place(
        &self,
        text: &str,
        toks: &Toks,
        k: usize,
        b: usize,
        segs: &mut Vec<Seg>,
        doc: &DocInfo,
    ) -> Option<(usize, bool)> {
        let tk = toks.get(k)?;
        let h = self.gaz_at(text, toks, k + 1).filter(|h| h.end_tok < b)?;
        let entry = self.gaz.entries.get(h.entry as usize);
        let place = entry.is_some_and(|e| e.label == Label::Loc && e.kind != Kind::Demonym);
        let demonym = entry.is_some_and(|e| e.kind == Kind::Demonym);
        if !(place || demonym) {
            return None;
        }
        self.push_gaz(segs, toks, k + 1, h, true);
        if let Some(sg) = segs.last_mut() {
            sg.s = tk.s;
            sg.t0 = k;
            if !demonym {
                // A place: the compass word makes a new name, linked to no entry.
                sg.entry = None;
                sg.via = Via::Rule;
                if doc.sports {
                    // `East Stirling`: may be a team.
                    sg.strength = Strength::Default;
                }
            }
        }
        Some((h.end_tok + 1, demonym))
    }

    /// The token after a title block starting at `k` (`Defense Minister`, `Secretary of State`,
    /// `Mr.`) when a capitalised word follows it inside the run `[.., b)`.
    pub(super) fn title_block_end(
        &self,
        text: &str,
        toks: &[Tok],
        k: usize,
        b: usize,
    ) -> Option<usize> {
        let mut j = k;
        let mut last_title = None;
        while j < b {
            let Some(tj) = toks.get(j) else { break };
            if self.is_title_tok(text, tj) {
                last_title = Some(j);
            } else if !(self.is_role_tok(text, tj)
                || (!tj.upper() && self.cues.connector.contains(Self::word(text, tj))))
            {
                break;
            }
            j += 1;
        }
        if let Some(lt) = last_title {
            // Extend over role words after the last title (`Secretary of State`).
            let mut end = lt + 1;
            while end + 1 < b {
                let Some(t) = toks.get(end) else { break };
                if self.is_role_tok(text, t) {
                    end += 1;
                } else if !t.upper()
                    && self.cues.connector.contains(Self::word(text, t))
                    && toks.get(end + 1).is_some_and(|n| self.is_role_tok(text, n))
                    && end + 2 < b
                {
                    end += 2;
                } else if !t.upper() && self.cues.connector.contains(Self::word(text, t)) {
                    // `Daughter of Henry VIII`: the name follows the connector.
                    end += 1;
                    break;
                } else {
                    break;
                }
            }
            (end < b && toks.get(end).is_some_and(|t| t.upper())).then_some(end)
        } else {
            None
        }
    }
}
