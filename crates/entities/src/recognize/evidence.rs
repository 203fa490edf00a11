//! In-document evidence outranks the lexicon: a small town's name read next to a person cue is a
//! person, and so is every other lone mention of that name in the document.
//!
//! Evidence, for a single-token gazetteer city below the free rank ([`CITY_RANK_FREE`]) whose
//! word is a given name or a surname:
//! a person cue right before it, with at most a comma between (`their child, Gloria`, `her
//! sister Alvin`, `striker Silva`). A speech verb after it is no evidence: `Bonn says` is the
//! government.
//!
//! An organisation's short form: a name guessed a person that opens the name of an organisation
//! in the same document, before or after it (`Barrick Gold Corp ... Barrick said`, `Brush Wellman
//! comments ... Brush Wellman Inc said`), is that organisation, unless a person named in full
//! ends with its last word. A lone word guessed a place by rule takes the organisation too
//! (`Berlex ... Berlex Laboratories`), and so does a gazetteer town when the rest of the
//! organisation's name is a company's tail (`Arequipa ... Arequipa Resources Ltd`).
//!
//! Then one label per surface form unless the text shows two: the document's other lone mentions
//! of a city read as a person take the person reading too, except where a place cue says
//! otherwise (`returned to Bonn`). Two passes over the segments: linear.

use super::{Seg, Strength, Tables, Tok, CITY_RANK_FREE};

/// The longest short form taken from an organisation's name, in words.
const MAX_ORG_PREFIX_WORDS: usize = 4;

/// The legal forms that end a company's name.
const LEGAL_FORMS: &[&str] = &[
    "Inc",
    "Inc.",
    "Incorporated",
    "Corp",
    "Corp.",
    "Corporation",
    "Co",
    "Co.",
    "Ltd",
    "Ltd.",
    "Limited",
    "Plc",
    "PLC",
    "plc",
    "LLC",
    "AG",
    "SA",
    "S.A.",
    "NV",
    "N.V.",
    "GmbH",
    "SpA",
    "Bhd",
];
use crate::data::{FastMap, FastSet, Kind};
use crate::{Label, Via};

impl Tables {
    /// Applies the module's rules to `segs` (sorted by start).
    pub(super) fn person_evidence(&self, text: &str, toks: &[Tok], segs: &mut [Seg]) {
        let mut people: FastSet<&str> = FastSet::default();
        for sg in segs.iter_mut() {
            if !self.small_town(sg) {
                continue;
            }
            let Some(word) = text.get(sg.s..sg.e) else {
                continue;
            };
            let name_like =
                self.cues.first_names.contains(word) || self.cues.last_names.contains_key(word);
            if name_like && self.person_cued(text, toks, sg) {
                people.insert(word);
                Self::make_person(sg);
            }
        }
        if people.is_empty() {
            return;
        }
        for sg in segs.iter_mut() {
            if self.small_town(sg)
                && text.get(sg.s..sg.e).is_some_and(|w| people.contains(w))
                && !self.place_cued(text, toks, sg.t0, sg.t1)
            {
                Self::make_person(sg);
            }
        }
    }

    /// Names guessed persons that open an organisation's name in the same document become that
    /// organisation (see the module docs). Two passes: linear.
    pub(super) fn org_short_forms(&self, text: &str, segs: &mut [Seg]) {
        // Most documents name no organisation in several words: nothing to do.
        if !segs
            .iter()
            .any(|sg| sg.label == Label::Org && sg.t1 >= sg.t0 + 2)
        {
            return;
        }
        // Every proper word prefix of a multi-word organisation (`Brush`, `Brush Wellman` of
        // `Brush Wellman Inc`); then the later words of the other people named in full.
        // Each head also tells whether the rest of the name is a company's tail only
        // (`Resources Ltd` of `Arequipa Resources Ltd`).
        let mut heads: FastMap<&str, ((usize, usize), bool)> = FastMap::default();
        for sg in segs
            .iter()
            .filter(|s| s.label == Label::Org && s.t1 >= s.t0 + 2)
        {
            let name = text.get(sg.s..sg.e).unwrap_or("");
            for (k, _) in name.match_indices(' ').take(MAX_ORG_PREFIX_WORDS) {
                if let (Some(head), Some(tail)) = (name.get(..k), name.get(k + 1..)) {
                    let company = self.company_tail(tail);
                    let slot = heads.entry(head).or_insert(((sg.s, sg.e), company));
                    slot.1 |= company;
                }
            }
        }
        let mut people: FastSet<&str> = FastSet::default();
        for sg in segs
            .iter()
            .filter(|s| s.label == Label::Per && s.t1 >= s.t0 + 2)
        {
            let name = text.get(sg.s..sg.e).unwrap_or("");
            if !heads.contains_key(name) {
                people.extend(name.split(' ').skip(1));
            }
        }
        for sg in segs.iter_mut() {
            // A guess by rule, person or place (`Berlex ... Berlex Laboratories`), or a town
            // that names a company in full (`Arequipa ... Arequipa Resources Ltd`).
            let guessed = matches!(sg.label, Label::Per | Label::Loc)
                && sg.via == Via::Rule
                && sg.entry.is_none();
            let town = sg.label == Label::Loc
                && sg
                    .entry
                    .and_then(|id| self.gaz.entries.get(id as usize))
                    .is_some_and(|e| e.kind == Kind::City);
            if !guessed && !town {
                continue;
            }
            let Some(name) = text.get(sg.s..sg.e) else {
                continue;
            };
            let last = name.rsplit(' ').next().unwrap_or(name);
            let Some(&(link, company)) = heads.get(name) else {
                continue;
            };
            // `Andy Warhol ... Andy Warhol Foundation`: a given name and a surname stay a person.
            let (first, rest) = name.split_once(' ').unwrap_or((name, ""));
            if sg.label == Label::Per && !rest.is_empty() && self.cues.first_names.contains(first) {
                continue;
            }
            if link != (sg.s, sg.e) && !people.contains(last) && (guessed || company) {
                sg.label = Label::Org;
                sg.entry = None;
                sg.via = Via::Rule;
                sg.link = Some(link);
            }
        }
    }

    /// The words after a company's head are organisation suffixes ending with a legal form
    /// (`Resources Ltd`, `Inc`, `Mining Corp`).
    fn company_tail(&self, tail: &str) -> bool {
        tail.split(' ').all(|w| self.cues.org_suffix.contains(w))
            && tail
                .rsplit(' ')
                .next()
                .is_some_and(|w| LEGAL_FORMS.contains(&w))
    }

    /// A one-word mention read as a small gazetteer city.
    fn small_town(&self, sg: &Seg) -> bool {
        sg.label == Label::Loc
            && sg.t1 == sg.t0 + 1
            && sg
                .entry
                .and_then(|id| self.gaz.entries.get(id as usize))
                .is_some_and(|e| e.kind == Kind::City && e.rank > CITY_RANK_FREE)
    }

    /// A person cue right before the mention, a comma allowed between.
    fn person_cued(&self, text: &str, toks: &[Tok], sg: &Seg) -> bool {
        sg.t0
            .checked_sub(1)
            .and_then(|k| toks.get(k))
            .is_some_and(|p| {
                let gap = text.get(p.full_e()..sg.s).unwrap_or("");
                // `their child, Gloria`; a title right before (`Mother Teresa`, `Mr Alvin`).
                matches!(gap.trim(), "" | ",")
                    && text.get(p.s..p.full_e()).is_some_and(|w| {
                        self.cues.person_cue_before.contains(w)
                            || (gap == " " && self.is_title_word(text, p))
                    })
            })
    }

    fn make_person(sg: &mut Seg) {
        sg.label = Label::Per;
        sg.entry = None;
        sg.via = Via::Rule;
        sg.strength = Strength::Strong;
    }
}

#[cfg(test)]
mod tests {
    use crate::{EntityRecognizer, Label};

    fn labels(text: &str, name: &str) -> Vec<Label> {
        let r = EntityRecognizer::new();
        r.recognize(text)
            .mentions
            .iter()
            .filter(|m| &text[m.span.start..m.span.end] == name)
            .map(|m| m.label)
            .collect()
    }

    #[test]
    fn a_person_cue_beats_a_small_town() {
        let t = "Their nine-month-old child, Gloria, was treated at home. Later Gloria fell ill.";
        assert_eq!(labels(t, "Gloria"), vec![Label::Per, Label::Per]);
        let t = "Her sister Alvin arrived on Monday.";
        assert_eq!(labels(t, "Alvin"), vec![Label::Per]);
        // A title right before a town's name (Mother Teresa is in the figures list, whole).
        let t = "Doctors treated Mr Alvin in Calcutta.";
        assert_eq!(labels(t, "Alvin"), vec![Label::Per]);
        let t = "Doctors treated Mother Teresa in Calcutta.";
        assert_eq!(labels(t, "Mother Teresa"), vec![Label::Per]);
    }

    #[test]
    fn an_organisation_short_form_stays_the_organisation() {
        let t = "Shares of Barrick Gold Corp rose on Monday. Barrick said output would grow.";
        assert_eq!(labels(t, "Barrick"), vec![Label::Org]);
        let t = "Senator Bob Dole met the Dole Foundation board. Dole said he was pleased.";
        assert_eq!(labels(t, "Dole").last(), Some(&Label::Per));
    }

    #[test]
    fn a_town_without_evidence_stays_a_place() {
        let t = "The storm hit Alvin and flooded roads near Houston.";
        assert_eq!(labels(t, "Alvin"), vec![Label::Loc]);
        let t = "Whittier said on Thursday that the port was open.";
        assert_eq!(labels(t, "Whittier"), vec![Label::Loc]);
    }
}
