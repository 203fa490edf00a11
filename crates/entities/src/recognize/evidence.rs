//! In-document evidence outranks the lexicon: a small town's name read next to a person cue is a
//! person, and so is every other lone mention of that name in the document.
//!
//! Evidence, for a single-token gazetteer city below the free rank ([`CITY_RANK_FREE`]) whose
//! word is a given name or a surname:
//! a person cue right before it, with at most a comma between (`their child, Gloria`, `her
//! sister Alvin`, `striker Silva`). A speech verb after it is no evidence: `Bonn says` is the
//! government.
//!
//! An organisation's short form: a lone word guessed a person that is the first word of an
//! organisation named earlier in the document (`Barrick Gold Corp ... Barrick said`) is that
//! organisation.
//!
//! Then one label per surface form unless the text shows two: the document's other lone mentions
//! of a city read as a person take the person reading too, except where a place cue says
//! otherwise (`returned to Bonn`). Two passes over the segments: linear.

use super::{Seg, Strength, Tables, Tok, CITY_RANK_FREE};
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

    /// Lone words guessed persons that open an organisation's name seen earlier become that
    /// organisation (see the module docs). One pass: linear.
    pub(super) fn org_short_forms(&self, text: &str, segs: &mut [Seg]) {
        // Most documents name no organisation in several words: nothing to do.
        if !segs
            .iter()
            .any(|sg| sg.label == Label::Org && sg.t1 >= sg.t0 + 2)
        {
            return;
        }
        let mut heads: FastMap<&str, (usize, usize)> = FastMap::default();
        let mut people: FastSet<&str> = FastSet::default();
        for sg in segs.iter_mut() {
            let Some(name) = text.get(sg.s..sg.e) else {
                continue;
            };
            match sg.label {
                Label::Org if sg.t1 >= sg.t0 + 2 => {
                    if let Some(first) = name.split(' ').next() {
                        heads.entry(first).or_insert((sg.s, sg.e));
                    }
                }
                Label::Per if sg.t1 >= sg.t0 + 2 => {
                    people.extend(name.split(' ').skip(1));
                }
                Label::Per if sg.t1 == sg.t0 + 1 && sg.via == Via::Rule && sg.entry.is_none() => {
                    if let Some(&link) = heads.get(name).filter(|_| !people.contains(name)) {
                        sg.label = Label::Org;
                        sg.link = Some(link);
                    }
                }
                _ => {}
            }
        }
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
        let t = "Doctors treated Mother Teresa in Calcutta.";
        assert_eq!(labels(t, "Teresa"), vec![Label::Per]);
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
