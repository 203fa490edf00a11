//! The document passes that follow the runs: sports teams, lone towns, place readings and other
//! evidence, acronyms, aliases and one reading per surface, repeated lone words, headline words;
//! then the output. Each pass is one function, run in this order by [`Tables::resolve`].

use super::*;

impl Tables {
    /// Aliases, document consistency, headline words; builds the output.
    pub(super) fn resolve(
        &self,
        text: &str,
        toks: &[Tok],
        mut segs: Vec<Seg>,
        caps_pending: &[usize],
        doc: &DocInfo,
    ) -> Entities {
        segs.sort_by_key(|s| s.s);
        self.sports_teams(text, toks, doc, &mut segs);
        self.weaken_lone_towns(text, toks, &mut segs);
        self.disambiguate_places(text, &mut segs);
        self.person_evidence(text, toks, &mut segs);
        self.org_short_forms(text, &mut segs);
        self.drop_table_words(text, toks, doc, &mut segs);
        self.link_acronyms(text, toks, &mut segs);
        self.link_aliases(text, toks, &mut segs);
        self.repeated_lone_words(text, toks, doc, &mut segs);

        // Single letters are initials or table codes, not names (unless a list says so).
        segs.retain(|s| {
            s.strength != Strength::Weak
                && (s.entry.is_some()
                    || text
                        .get(s.s..s.e)
                        .is_some_and(|x| x.chars().nth(1).is_some()))
        });
        // Capitals: `HONG KONG OPEN`, `AMERICAN LEAGUE`, `EASTERN DIVISION` are event names.
        let caps_pending = self.caps_events(text, toks, &mut segs, caps_pending);
        self.headline_words(text, toks, &mut segs, &caps_pending);
        self.build_output(text, toks, &segs)
    }

    /// Sports reports: cities and regions named alone are teams.
    fn sports_teams(&self, text: &str, toks: &[Tok], doc: &DocInfo, segs: &mut [Seg]) {
        let sports = doc.sports;
        // Sports reports: cities and regions named alone are teams, unless a place cue says
        // otherwise or the sport is one of individuals.
        if sports && !doc.individual {
            let mut prev_person_end = None;
            for sg in segs.iter_mut() {
                let kind = sg
                    .entry
                    .and_then(|id| self.gaz.entries.get(id as usize))
                    .map(|e| e.kind);
                let place_like = matches!(kind, Some(Kind::City | Kind::State))
                    || (kind.is_none() && sg.label == Label::Loc && sg.strength < Strength::Strong);
                // `( Leeds )`, `( at Trent Bridge , Nottingham )`: a venue in brackets.
                let before = text.get(..sg.s).unwrap_or("").trim_end();
                let after = text.get(sg.e..).unwrap_or("").trim_start();
                // `Enzo Scifo ( Bastia )`: the club of the player just named is no venue.
                let players_club = prev_person_end
                    .is_some_and(|pe: usize| text.get(pe..sg.s).is_some_and(|g| g.trim() == "("));
                prev_person_end = (sg.label == Label::Per).then_some(sg.e);
                let bracketed = (before.ends_with('(') || before.ends_with(','))
                    && after.starts_with(')')
                    && !players_club;
                // `Leicester : Leicestershire beat Somerset`: a venue heading a result.
                // Also after a score line's bracket (`( W. Hegg 54 ) Portsmouth : Middlesex`) and
                // with the ground in brackets (`London ( The Oval ) : Warwickshire`).
                let colon_after = after.starts_with(':')
                    || (after.starts_with('(')
                        && after.find(')').is_some_and(|c| {
                            c < 40
                                && after
                                    .get(c + 1..)
                                    .is_some_and(|r| r.trim_start().starts_with(':'))
                        }));
                let venue = colon_after
                    && ((toks.get(sg.t0).is_some_and(|t| t.sent_start()) && sg.t1 == sg.t0 + 1)
                        || before.ends_with(')'));
                if place_like
                    && sg.label == Label::Loc
                    && !bracketed
                    && !venue
                    && !self.place_cued(text, toks, sg.t0, sg.t1)
                {
                    sg.label = Label::Org;
                    sg.entry = None;
                }
            }
        }
    }

    /// Gazetteer single-token cities without context become weaker.
    fn weaken_lone_towns(&self, text: &str, toks: &[Tok], segs: &mut [Seg]) {
        // Gazetteer single-token cities without context become weaker.
        for sg in segs.iter_mut() {
            if let Some(e) = sg.entry.and_then(|id| self.gaz.entries.get(id as usize)) {
                if e.kind == Kind::City && e.rank > CITY_RANK_FREE && sg.t1 == sg.t0 + 1 {
                    sg.strength = Strength::Default;
                    let w = text.get(sg.s..sg.e).unwrap_or("");
                    if self.cues.last_names.get(w).is_some_and(|&r| r < 3000)
                        && !self.place_cued(text, toks, sg.t0, sg.t1)
                    {
                        sg.label = Label::Per;
                        sg.entry = None;
                        sg.via = Via::Rule;
                    }
                }
            }
        }
    }

    /// Acronyms of organisations named in the document link to them.
    fn link_acronyms(&self, text: &str, toks: &[Tok], segs: &mut [Seg]) {
        // Acronyms of organisations named in the document: the initials of `Kurdistan Democratic
        // Party`, or the capitals in brackets after it (`( KDP )`).
        let mut acronyms: FastMap<String, (usize, usize)> = FastMap::default();
        for sg in segs
            .iter()
            .filter(|s| s.label == Label::Org && s.t1 >= s.t0 + 2)
        {
            let name = sg.link.unwrap_or((sg.s, sg.e));
            let initials: String = (sg.t0..sg.t1)
                .filter_map(|k| toks.get(k))
                .filter(|t| t.upper())
                .filter_map(|t| Self::word(text, t).chars().next())
                .collect();
            if initials.chars().count() >= 2 {
                acronyms.entry(initials).or_insert(name);
            }
            if let (Some(last), Some(n)) = (
                sg.t1.checked_sub(1).and_then(|k| toks.get(k)),
                toks.get(sg.t1),
            ) {
                let closes = toks
                    .get(sg.t1 + 1)
                    .is_none_or(|c| Self::gap(text, n, c).trim_start().starts_with(')'));
                if trim_ws(Self::gap(text, last, n)) == "(" && n.shape == Shape::AllCaps && closes {
                    acronyms
                        .entry(Self::word(text, n).to_string())
                        .or_insert(name);
                }
            }
        }
        if !acronyms.is_empty() {
            for sg in segs.iter_mut().filter(|s| s.t1 == s.t0 + 1) {
                // The segment first: its token may not be in cache.
                // (A list's place or other name yields to the document: `Budapest Stock Exchange
                // ( BSE )` is no disease.)
                let known_elsewhere =
                    sg.entry.is_some() && matches!(sg.label, Label::Org | Label::Per);
                if known_elsewhere || !toks.get(sg.t0).is_some_and(|t| t.shape == Shape::AllCaps) {
                    continue;
                }
                if let Some(&name) = text.get(sg.s..sg.e).and_then(|w| acronyms.get(w)) {
                    if name != (sg.s, sg.e) {
                        sg.label = Label::Org;
                        sg.entry = None;
                        sg.via = Via::Alias;
                        sg.strength = Strength::Strong;
                        sg.link = Some(name);
                    }
                }
            }
        }
    }

    /// A surname alone is the person named in full; a weak reading takes a stronger one of the same surface.
    fn link_aliases(&self, text: &str, toks: &[Tok], segs: &mut [Seg]) {
        // Person names with two or more words: index their last word and the full name.
        let mut people: FastMap<&str, usize> = FastMap::default();
        let mut known: FastMap<&str, usize> =
            FastMap::with_capacity_and_hasher(segs.len(), Default::default());
        for (idx, sg) in segs.iter().enumerate() {
            if sg.strength == Strength::Weak {
                continue;
            }
            let surface = text.get(sg.s..sg.e).unwrap_or("");
            if sg.label == Label::Per && sg.t1 >= sg.t0 + 2 {
                if let Some(lt) = toks.get(sg.t1 - 1) {
                    people.entry(Self::word(text, lt)).or_insert(idx);
                }
            }
            let slot = known.entry(surface).or_insert(idx);
            if segs.get(*slot).is_some_and(|o| o.strength < sg.strength) {
                *slot = idx;
            }
        }
        type Snap = (Label, Option<u32>, Strength, (usize, usize));
        let snapshot: Vec<Snap> = segs
            .iter()
            .map(|s| (s.label, s.entry, s.strength, s.link.unwrap_or((s.s, s.e))))
            .collect();
        for idx in 0..segs.len() {
            let Some(sg) = segs.get(idx) else { continue };
            let surface = text.get(sg.s..sg.e).unwrap_or("");
            let single = sg.t1 == sg.t0 + 1;
            let demonym = sg.via == Via::Demonym;
            if single && !demonym {
                if let Some(&p) = people.get(surface) {
                    if p != idx {
                        if let (Some(sg), Some(&(pl, pe, _, pspan))) =
                            (segs.get_mut(idx), snapshot.get(p))
                        {
                            sg.label = pl;
                            sg.entry = pe;
                            sg.via = Via::Alias;
                            sg.strength = Strength::Strong;
                            sg.link = Some(pspan);
                        }
                        continue;
                    }
                }
            }
            let Some(sg) = segs.get(idx) else { continue };
            if sg.strength < Strength::Strong {
                if let Some(&k) = known.get(surface) {
                    if let (Some(&(kl, ke, ks, kspan)), true) = (snapshot.get(k), k != idx) {
                        if ks > sg.strength
                            || (ks == Strength::Default && sg.strength == Strength::Weak)
                        {
                            if let Some(sg) = segs.get_mut(idx) {
                                sg.label = kl;
                                sg.entry = ke;
                                sg.strength = ks;
                                sg.link = Some(kspan);
                            }
                        }
                    }
                }
            }
        }
    }

    /// A lone capitalised word seen three times or more inside sentences is a name: the person
    /// whose given name it is, else an organisation.
    fn repeated_lone_words(&self, text: &str, toks: &[Tok], doc: &DocInfo, segs: &mut [Seg]) {
        // A lone capitalised word seen twice or more inside sentences is a name (mostly a
        // company or club in news).
        let mut seen: FastMap<&str, (usize, usize)> = FastMap::default();
        for sg in segs
            .iter()
            .filter(|s| s.strength == Strength::Weak && s.t1 == s.t0 + 1)
        {
            let mid = toks.get(sg.t0).is_some_and(|t| !t.sent_start());
            let c = seen
                .entry(text.get(sg.s..sg.e).unwrap_or(""))
                .or_insert((0, 0));
            c.0 += 1;
            c.1 += usize::from(mid);
        }
        if seen.is_empty() {
            return;
        }
        // `Jansher Khan ... Jansher`: the given name of a person named in full is that person.
        let mut given: FastMap<&str, (usize, usize)> = FastMap::default();
        for sg in segs.iter().filter(|s| {
            // A plain name: capitalised words, no initials (not `Cofinec S.A.`, `Taleban MiG-19`).
            s.label == Label::Per
                && s.t1 >= s.t0 + 2
                && toks.get(s.t0..s.t1).is_some_and(|ts| {
                    ts.iter()
                        .all(|t| t.shape == Shape::Capitalized && t.full_len >= 2)
                })
        }) {
            if let Some(first) = toks.get(sg.t0) {
                given.entry(Self::word(text, first)).or_insert((sg.s, sg.e));
            }
        }
        for sg in segs
            .iter_mut()
            .filter(|s| s.strength == Strength::Weak && s.t1 == s.t0 + 1)
        {
            let w = text.get(sg.s..sg.e).unwrap_or("");
            if seen.get(w).is_some_and(|&(_, mid)| mid >= 3)
                && w.chars().count() > 1
                && !self.has_lower_twin(text, toks, doc, sg.t0, sg.t1)
            {
                sg.strength = Strength::Default;
                sg.label = Label::Org;
                if let Some(&person) = given.get(w) {
                    sg.label = Label::Per;
                    sg.via = Via::Alias;
                    sg.link = Some(person);
                }
            }
        }
    }

    /// Headline words in capitals take the readings of names found in the body.
    fn headline_words(
        &self,
        text: &str,
        toks: &[Tok],
        segs: &mut Vec<Seg>,
        caps_pending: &[usize],
    ) {
        // Headline words in capitals: match names found in the body.
        if !caps_pending.is_empty() && !segs.is_empty() {
            // Keyed by a hash of the upper-cased text, checked on lookup: no allocation per name.
            let mut upper: FastMap<u64, usize> =
                FastMap::with_capacity_and_hasher(segs.len() * 2, Default::default());
            for (idx, sg) in segs.iter().enumerate() {
                if let Some(s) = text.get(sg.s..sg.e) {
                    upper.entry(upper_hash(s)).or_insert(idx);
                }
            }
            // Surnames of people named in full (indices are those of `segs` as they are now).
            for (idx, sg) in segs.iter().enumerate() {
                if sg.label == Label::Per && sg.t1 >= sg.t0 + 2 {
                    if let Some(lt) = toks.get(sg.t1 - 1) {
                        upper.entry(upper_hash(Self::word(text, lt))).or_insert(idx);
                    }
                }
            }
            let mut extra = Vec::new();
            let mut skip_until = 0usize;
            for (n, &ti) in caps_pending.iter().enumerate() {
                if ti < skip_until {
                    continue;
                }
                for len in (1..=4usize).rev() {
                    let (Some(a), Some(z)) = (toks.get(ti), toks.get(ti + len - 1)) else {
                        continue;
                    };
                    // All of `ti..ti + len` pending: the next entries of the sorted list.
                    if !(1..len).all(|j| caps_pending.get(n + j) == Some(&(ti + j))) {
                        continue;
                    }
                    let Some(s) = text.get(a.s..z.e()) else {
                        continue;
                    };
                    let found = upper.get(&upper_hash(s)).copied().filter(|&p| {
                        segs.get(p).is_some_and(|src| {
                            let name = text.get(src.s..src.e).unwrap_or("");
                            same_upper(name, s)
                                || toks
                                    .get(src.t1.saturating_sub(1))
                                    .is_some_and(|t| same_upper(Self::word(text, t), s))
                        })
                    });
                    if let Some(p) = found {
                        if let Some(src) = segs.get(p) {
                            extra.push(Seg {
                                s: a.s,
                                e: z.e(),
                                t0: ti,
                                t1: ti + len,
                                label: src.label,
                                entry: src.entry,
                                via: Via::Alias,
                                strength: Strength::Strong,
                                link: Some(src.link.unwrap_or((src.s, src.e))),
                            });
                        }
                        skip_until = ti + len;
                        break;
                    }
                }
            }
            segs.extend(extra);
            segs.sort_by_key(|s| s.s);
        }
    }
}
