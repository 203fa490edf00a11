//! The label of a name no list knows, from the words around it, in order of evidence: a quote
//! or a work noun, initials and scorer cues, organisation, place and event words, person cues,
//! then the later guesses ([`Tables::late_label`]) and the fallback ([`Tables::fallback_label`]).

use super::*;

/// Cities ranked above this (by population) are big enough to name teams.
const BIG_CITY_RANK: u32 = 300;

impl Tables {
    /// A name of several words with a city in it reads as a person when its last word is a
    /// common surname (`Mark Lancaster`), or a less common one after a capitalised given-name
    /// slot that is no place or name head (`Duffy Waldorf`, but not `Inverness Thistle`, `SV
    /// Hamburg` or `County Antrim`).
    pub(super) fn surname_after_given(
        &self,
        text: &str,
        toks: &Toks,
        t0: usize,
        t1: usize,
    ) -> bool {
        let (Some(first), Some(last)) = (toks.get(t0), t1.checked_sub(1).and_then(|k| toks.get(k)))
        else {
            return false;
        };
        let Some(rank) = self.last_name_rank(text, last) else {
            return false;
        };
        rank < 10000
            || (rank < 30000
                && first.shape == Shape::Capitalized
                && first.hit == u32::MAX
                && !self.is_loc_prefix(text, first)
                && !self.is_org_prefix(text, first)
                && !self.is_misc_suffix(text, first)
                && !self.is_title_word(text, first))
    }

    /// `X , 42 ,` (an age) or `X LONDON 1996-08-30` (a byline before a dateline) after [.., t1).
    pub(super) fn age_or_byline_after(&self, text: &str, toks: &[Tok], t1: usize) -> bool {
        let (Some(last), Some(n)) = (t1.checked_sub(1).and_then(|k| toks.get(k)), toks.get(t1))
        else {
            return false;
        };
        let g = trim_ws(Self::gap(text, last, n));
        let age = g == ","
            && n.shape == Shape::Digits
            && n.len <= 3
            && toks
                .get(t1 + 1)
                .is_some_and(|c| trim_ws(Self::gap(text, n, c)) == ",");
        let byline = g.is_empty()
            && n.shape == Shape::AllCaps
            && n.hit != u32::MAX
            && (Self::is_date_tok(text, toks.get(t1 + 1))
                || Self::is_date_tok(text, toks.get(t1 + 2)));
        age || byline
    }

    /// `( Cuba )` or `( U.S. )` right after token `t1 - 1`.
    pub(super) fn country_in_parens(&self, text: &str, toks: &Toks, t1: usize) -> bool {
        let (Some(last), Some(n)) = (t1.checked_sub(1).and_then(|k| toks.get(k)), toks.get(t1))
        else {
            return false;
        };
        if trim_ws(Self::gap(text, last, n)) != "(" {
            return false;
        }
        self.gaz_at(text, toks, t1)
            .and_then(|h| {
                let close = toks.get(h.end_tok + 1);
                let closed = text
                    .get(h.end..close.map_or(h.end, |c| c.s))
                    .is_some_and(|g| g.trim_start().starts_with(')'))
                    || close.is_none();
                self.gaz.entries.get(h.entry as usize).filter(|_| closed)
            })
            .is_some_and(|e| matches!(e.kind, Kind::Country | Kind::Region | Kind::State))
    }

    /// Classifies an unknown segment of tokens [t0, t1): a cascade of rules, first cue wins.
    #[allow(clippy::if_same_then_else, clippy::too_many_arguments)]
    pub(super) fn flush(
        &self,
        text: &str,
        toks: &Toks,
        t0: usize,
        t1: usize,
        person_cue: bool,
        segs: &mut Vec<Seg>,
        doc: &DocInfo,
    ) {
        let sports = doc.sports;
        // Trim trailing connectors.
        let mut t1 = t1;
        while t1 > t0 && toks.get(t1 - 1).is_some_and(|t| !t.upper()) {
            t1 -= 1;
        }
        if t1 <= t0 {
            return;
        }
        let (Some(first), Some(last)) = (toks.get(t0), toks.get(t1 - 1)) else {
            return;
        };
        // `Foreign Secretary`, `High Commissioner`: a role phrase with no name is no name.
        if t1 > t0 + 1
            && self.is_title_tok(text, last)
            && last.shape != Shape::AllCaps
            && (t0..t1 - 1).all(|k| toks.get(k).is_some_and(|t| self.is_role_tok(text, t)))
        {
            return;
        }
        let len = t1 - t0;
        let fw = Self::word(text, first);
        let lw = Self::word(text, last);
        let prev = t0.checked_sub(1).and_then(|p| toks.get(p));
        let prev_w = prev.map(|p| Self::word(text, p)).unwrap_or("");
        let prev_gap = prev.map(|p| Self::gap(text, p, first)).unwrap_or("");
        let prev_close =
            prev.is_some_and(|_| trim_ws(prev_gap).is_empty() || trim_ws(prev_gap) == ",");
        let next = toks.get(t1);
        let next_w = next.map(|x| Self::word(text, x)).unwrap_or("");
        let next_gap = next.map(|x| Self::gap(text, last, x)).unwrap_or("");
        let next_close =
            next.is_some_and(|_| trim_ws(next_gap).is_empty() || trim_ws(next_gap) == ",");
        let prev_lower = prev.is_some_and(|p| p.shape == Shape::Lower);
        let mut strength = Strength::Strong;
        let has_amp = text.get(first.s..last.e()).is_some_and(|x| x.contains('&'));
        let initial = len >= 2
            && fw.chars().count() == 1
            && toks
                .get(t0 + 1)
                .is_some_and(|n| Self::gap(text, first, n).starts_with('.'));
        let scorer = sports && self.scorer_cue(text, toks, t0, t1);
        // `" The Crying Game "`, `“Strike Hard”`: a quoted title is a work or a campaign.
        let quoted = prev_gap.trim_end().ends_with(['"', '“', '‘'])
            && next_gap.trim_start().starts_with(['"', '”', '’'])
            && !person_cue;
        // `the aircraft carrier Enterprise`: ships are named things (MISC).
        let vessel = prev_close && prev_lower && VESSEL_WORDS.contains(&prev_w);
        let label = if quoted || vessel {
            Label::Misc
        } else if initial || scorer {
            Label::Per
        } else if has_amp || (len >= 2 && self.is_org_suffix(text, last)) {
            Label::Org
        } else if len >= 2 && self.is_loc_suffix(text, last) && !self.is_org_prefix(text, first)
            || len >= 2 && lower_eq_any(lw, FACILITIES)
        {
            // `Royal Albert Hall`, `Luzhniki Stadium`: a public place or facility is a place, and
            // no team bears a facility's name; `Crystal Palace` in a sports report may be one.
            if sports && !lower_eq_any(lw, FACILITIES) {
                strength = Strength::Default;
            }
            Label::Loc
        } else if len >= 2 && self.is_misc_suffix(text, last) && self.is_org_prefix(text, first) {
            // `National Magic Month`, `International Conference`: the last word names the thing.
            Label::Misc
        } else if len >= 2 && self.is_org_prefix(text, first) {
            Label::Org
        } else if len >= 2 && self.is_loc_prefix(text, first) {
            if sports {
                // `Port Vale`, `St Pauli`: in a sports report it may be a team.
                strength = Strength::Default;
            }
            Label::Loc
        } else if person_cue
            || (prev_close && prev_lower && self.cues.person_cue_before.contains(prev_w))
        {
            Label::Per
        } else if next_close
            && next.is_some_and(|x| x.shape == Shape::Lower)
            && is_org_noun_after(next_w)
        {
            Label::Org
        } else if prev_close && prev_lower && lower_is(prev_w, is_org_cue_before) {
            Label::Org
        } else if len >= 2 && self.is_misc_suffix(text, last) {
            Label::Misc
        } else if len >= 2
            && self.is_first_name(text, first)
            && self
                .gaz_at(text, toks, t0)
                .and_then(|h| self.gaz.entries.get(h.entry as usize))
                .is_none_or(|e| matches!(e.kind, Kind::City | Kind::Demonym))
            && !(sports && self.big_city_team(text, toks, t0, last))
        {
            Label::Per
        } else if len >= 2 && self.age_or_byline_after(text, toks, t1) {
            // `Samer Ammar Soliman , 42 , told`; a byline before a dateline.
            Label::Per
        } else if next_close
            && next.is_some_and(|x| x.shape == Shape::Lower)
            && self.cues.speech_verb.contains(next_w)
            && (len >= 2
                || !first.sent_start()
                || self.is_last_name(text, first)
                || self.is_first_name(text, first))
            && !(len == 1 && self.has_lower_twin(text, toks, doc, t0, t1))
        {
            Label::Per
        } else {
            let (l, st) = self.late_label(text, toks, doc, t0, t1, person_cue);
            strength = st;
            l
        };
        // `Norwest Corp.`: an abbreviated suffix keeps its period.
        let mut end = last.e();
        if label == Label::Org
            && matches!(
                lw,
                "Corp" | "Inc" | "Co" | "Ltd" | "Bros" | "Cos" | "Pty" | "Bhd" | "Cie"
            )
            && text.as_bytes().get(end) == Some(&b'.')
        {
            end += 1;
        }
        segs.push(Seg {
            s: first.s,
            e: end,
            t0,
            t1,
            label,
            entry: None,
            via: Via::Rule,
            strength,
            link: None,
        });
    }

    /// In a sports report, a big city that is also a given name, then a word that is no
    /// surname, names a team (`Sydney Bulldogs`, `Sydney City`), not a person (`Sydney Pollack`).
    fn big_city_team(&self, text: &str, toks: &Toks, t0: usize, last: &Tok) -> bool {
        let big_city = self
            .gaz_at(text, toks, t0)
            .filter(|h| h.end_tok == t0)
            .and_then(|h| self.gaz.entries.get(h.entry as usize))
            .is_some_and(|e| e.kind == Kind::City && e.rank < BIG_CITY_RANK);
        big_city && last.shape == Shape::Capitalized && self.last_name_rank(text, last).is_none()
    }

    /// Scorecards name people by their cues: `b Wasim Akram` (cricket), `( Caveglia 89th )`
    /// and `Wreh 15th , 42nd` (a scorer and the minute of the goal).
    fn scorer_cue(&self, text: &str, toks: &Toks, t0: usize, t1: usize) -> bool {
        let (Some(first), Some(last)) = (toks.get(t0), t1.checked_sub(1).and_then(|k| toks.get(k)))
        else {
            return false;
        };
        let cricket = t0
            .checked_sub(1)
            .and_then(|k| toks.get(k))
            .is_some_and(|p| {
                let gap = trim_ws(Self::gap(text, p, first));
                p.shape == Shape::Lower
                    && (gap.is_empty() || gap == ",")
                    && matches!(Self::word(text, p), "b" | "c" | "lbw" | "st")
            });
        let minute = !first.sent_start()
            && toks.get(t1).is_some_and(|x| {
                trim_ws(Self::gap(text, last, x)).is_empty()
                    && x.shape == Shape::Alnum
                    && is_ordinal(Self::word(text, x))
            });
        cricket || minute
    }

    /// The later guesses of [`Self::flush`], when no suffix, prefix or cue word decided: place
    /// cues, sports-report shapes (teams, athletes with their country, results rows), single
    /// letters and field names, capitals, city words; then [`Self::fallback_label`].
    pub(super) fn late_label(
        &self,
        text: &str,
        toks: &Toks,
        doc: &DocInfo,
        t0: usize,
        t1: usize,
        person_cue: bool,
    ) -> (Label, Strength) {
        let (Some(first), Some(last)) = (toks.get(t0), toks.get(t1.saturating_sub(1))) else {
            return (Label::Misc, Strength::Weak);
        };
        let sports = doc.sports;
        let len = t1 - t0;
        let fw = Self::word(text, first);
        let prev = t0.checked_sub(1).and_then(|p| toks.get(p));
        let prev_w = prev.map(|p| Self::word(text, p)).unwrap_or("");
        let prev_gap = prev.map(|p| Self::gap(text, p, first)).unwrap_or("");
        let next = toks.get(t1);
        let next_gap = next.map(|x| Self::gap(text, last, x)).unwrap_or("");
        // Asked only when the rules before did not decide.
        let has_city = || {
            (t0..t1).any(|k| {
                self.gaz_at(text, toks, k)
                    .and_then(|h| self.gaz.entries.get(h.entry as usize))
                    .is_some_and(|e| e.kind == Kind::City)
            })
        };
        let all_caps = || (t0..t1).all(|k| toks.get(k).is_some_and(|t| t.shape == Shape::AllCaps));
        let mut strength = Strength::Strong;
        let label = if self.place_cued(text, toks, t0, t1) {
            Label::Loc
        } else if sports
            && len == 1
            && prev_w == "the"
            && trim_ws(prev_gap).is_empty()
            && fw.len() > 3
            && fw.ends_with('s')
            && !self.has_lower_twin(text, toks, doc, t0, t1)
        {
            // `the Mariners`, `the Brewers`: a team.
            Label::Org
        } else if sports && len >= 2 && self.country_in_parens(text, toks, t1) {
            // `Aliuska Lopez ( Cuba ) 12.92`: athletes are listed with their country.
            Label::Per
        } else if sports
            && next.is_some_and(|x| {
                x.shape == Shape::Digits
                    && trim_ws(next_gap).is_empty()
                    && !Self::word(text, x).contains(['-', '.'])
            })
            && (len == 1 || !(self.is_first_name(text, first) || self.is_last_name(text, last)))
        {
            // A results table row: `Stranraer 2 Brechin 1`.
            strength = Strength::Default;
            Label::Org
        } else if len == 1 && fw.len() > 6 && fw.ends_with("shire") {
            strength = Strength::Default;
            Label::Loc
        } else if len == 1 && (fw.chars().count() == 1 || is_roman(fw)) {
            strength = Strength::Weak;
            Label::Misc
        } else if all_caps() && trim_ws(next_gap) == ":" && !person_cue {
            // `CUSIP : 072261`, `LAST SALE : None`: a field name in a data listing.
            strength = Strength::Weak;
            Label::Misc
        } else if len == 1 && first.shape == Shape::AllCaps && fw.len() <= 5 {
            if sports && fw.len() <= 3 {
                // `RBI`, `ERA`: statistics in a sports report.
                Label::Misc
            } else {
                Label::Org
            }
        } else if has_city() && len >= 2 && self.surname_after_given(text, toks, t0, t1) {
            Label::Per
        } else if has_city() {
            Label::Org
        } else {
            let (l, st) = self.fallback_label(text, toks, doc, t0, t1, person_cue);
            strength = st;
            l
        };
        (label, strength)
    }

    /// The last guess of [`Self::flush`] when no cue decided: a name of several words is a person
    /// unless its words also occur in lowercase nearby, a lone word a person only when it is a
    /// known surname; sentence-initial lone words stay weak.
    pub(super) fn fallback_label(
        &self,
        text: &str,
        toks: &Toks,
        doc: &DocInfo,
        t0: usize,
        t1: usize,
        person_cue: bool,
    ) -> (Label, Strength) {
        let len = t1 - t0;
        let Some(first) = toks.get(t0) else {
            return (Label::Misc, Strength::Weak);
        };
        let all_caps = (t0..t1).all(|k| toks.get(k).is_some_and(|t| t.shape == Shape::AllCaps));
        let prev = t0.checked_sub(1).and_then(|p| toks.get(p));
        let prev_w = prev.map(|p| Self::word(text, p)).unwrap_or("");
        let prev_gap = prev.map(|p| Self::gap(text, p, first)).unwrap_or("");
        let prev_close =
            prev.is_some_and(|_| trim_ws(prev_gap).is_empty() || trim_ws(prev_gap) == ",");
        let prev_lower = prev.is_some_and(|p| p.shape == Shape::Lower);
        let mut strength = Strength::Default;
        let label = {
            if len >= 2 && all_caps {
                strength = Strength::Weak;
                Label::Misc
            } else if len >= 2 && prev_close && prev_w.eq_ignore_ascii_case("the") && !person_cue {
                // `the Minnesota Twins`, `the League of Women Voters`: people rarely take `the`.
                Label::Org
            } else if len >= 2 && !self.has_lower_twin(text, toks, doc, t0, t1) {
                Label::Per
            } else if len >= 2 {
                Label::Org
            } else if particle_name(Self::word(text, first)) {
                // `Inzamam-ul-Haq`, `Ata-ur-Rehman`: a given name built with a particle.
                strength = Strength::Strong;
                Label::Per
            } else if first.sent_start() {
                strength = Strength::Weak;
                Label::Misc
            } else if (self.last_name_rank(text, first).is_some_and(|r| r < 30000)
                // `Julie`, `Liam`: a given name alone, when no common word.
                || (self.is_first_name(text, first) && !self.is_common(text, first)))
                // `the Channel`: people rarely take `the`.
                && !(prev_close && prev_lower && prev_w == "the" && !person_cue)
                && !self.has_lower_twin(text, toks, doc, t0, t1)
            {
                Label::Per
            } else {
                strength = Strength::Weak;
                Label::Org
            }
        };
        (label, strength)
    }
}
