//! Place disambiguation by context, after the lexicon has given each place its first reading.
//!
//! - A name that is both a country and a US state (`Georgia`) is the state when its line also
//!   names a US place (`Atlanta`, another state) or calls it a state (`Georgia state`, `the state
//!   of Georgia`).
//! - `Paris, Texas`: a city followed by `, <US state>` is that country's namesake (the largest
//!   US city of the name).
//! - An organisation named after a place (`University of Texas`, which GeoNames lists as a
//!   populated place) is an organisation with no place id.
//!
//! Segments are read in text order once; the window is the line (paragraph).

use super::{Seg, Strength, Tables};
use crate::data::Kind;
use crate::{Label, Via};

/// Words after a place name, or before `of` and the name, that call it a US state.
const STATE_WORDS: &[&str] = &["state", "State"];

impl Tables {
    /// Applies the rules of the module docs to `segs` (sorted by start).
    pub(super) fn disambiguate_places(&self, text: &str, segs: &mut [Seg]) {
        // Only a document naming a country that is also a US state needs the lines: the line of
        // each segment, by counting line breaks between segments (linear).
        let state_names = segs.iter().any(|sg| {
            self.entry_of(sg).is_some_and(|e| e.kind == Kind::Country)
                && text
                    .get(sg.s..sg.e)
                    .is_some_and(|w| self.gaz.us_alternates.contains_key(w))
        });
        let mut lines = Vec::new();
        let mut us_lines = Vec::new();
        if state_names {
            // One SIMD pass over the text finds the line breaks; the segments walk along them.
            let mut breaks = memchr::memchr_iter(b'\n', text.as_bytes()).peekable();
            let mut line = 0usize;
            for sg in segs.iter() {
                while breaks.next_if(|&b| b < sg.s).is_some() {
                    line += 1;
                }
                lines.push(line);
            }
            // Lines naming an unambiguous US place.
            us_lines = segs
                .iter()
                .zip(&lines)
                .filter(|(sg, _)| self.entry_of(sg).is_some_and(|e| e.us))
                .map(|(_, &l)| l)
                .collect();
            us_lines.dedup();
        }
        for k in 0..segs.len() {
            let line = lines.get(k).copied().unwrap_or(0);
            let Some(sg) = segs.get(k) else { break };
            let Some(e) = self.entry_of(sg) else { continue };
            let (kind, label) = (e.kind, e.label);
            let surface = text.get(sg.s..sg.e).unwrap_or("");
            // `University of Texas`, `Texas A&M University`: an organisation, not the place.
            let org_head = ["University ", "College ", "Institute "]
                .iter()
                .any(|h| surface.starts_with(h))
                || surface.ends_with(" University");
            if label == Label::Loc && org_head {
                if let Some(sg) = segs.get_mut(k) {
                    sg.label = Label::Org;
                    sg.entry = None;
                    sg.via = Via::Rule;
                    sg.strength = Strength::Strong;
                }
                continue;
            }
            let new_entry = match kind {
                Kind::Country
                    if state_names && self.us_state_context(text, sg, line, &us_lines) =>
                {
                    self.candidate(surface, |c| c.kind == Kind::State)
                }
                Kind::City | Kind::Country
                    if !e.us && Self::before_us_state(text, sg, segs.get(k + 1), self) =>
                {
                    self.candidate(surface, |c| c.kind == Kind::City && c.us)
                }
                _ => None,
            };
            if let (Some(id), Some(sg)) = (new_entry, segs.get_mut(k)) {
                sg.entry = Some(id);
            }
        }
    }

    fn entry_of(&self, sg: &Seg) -> Option<&crate::data::Entry> {
        sg.entry.and_then(|id| self.gaz.entries.get(id as usize))
    }

    /// The first US reading of `surface` held behind its first reading that `ok` accepts.
    fn candidate(&self, surface: &str, ok: impl Fn(&crate::data::Entry) -> bool) -> Option<u32> {
        self.gaz
            .us_alternates
            .get(surface)?
            .iter()
            .copied()
            .find(|&id| self.gaz.entries.get(id as usize).is_some_and(&ok))
    }

    /// The segment's line names a US place, or its words call it a state.
    fn us_state_context(&self, text: &str, sg: &Seg, line: usize, us_lines: &[usize]) -> bool {
        let after = text
            .get(sg.e..)
            .unwrap_or("")
            .trim_start_matches(['\'', 's', ' ']);
        let before = text.get(..sg.s).unwrap_or("").trim_end();
        us_lines.binary_search(&line).is_ok()
            || STATE_WORDS.iter().any(|w| {
                after.starts_with(w)
                    && after
                        .get(w.len()..)
                        .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
            })
            || STATE_WORDS
                .iter()
                .any(|w| before.ends_with(&format!("{w} of")))
    }

    /// `Paris, Texas`: the next segment is a US state right after a comma.
    fn before_us_state(text: &str, sg: &Seg, next: Option<&Seg>, t: &Tables) -> bool {
        next.is_some_and(|n| {
            text.get(sg.e..n.s).is_some_and(|g| g.trim() == ",")
                && t.entry_of(n).is_some_and(|e| e.kind == Kind::State && e.us)
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::{EntityRecognizer, Label};

    fn find(text: &str, name: &str) -> Option<(Label, Option<String>)> {
        let r = EntityRecognizer::new();
        let found = r.recognize(text);
        found
            .mentions
            .iter()
            .find(|m| &text[m.span.start..m.span.end] == name)
            .map(|m| {
                let e = &found.entities[m.entity];
                (m.label, e.kb_id.clone())
            })
    }

    #[test]
    fn georgia_near_atlanta_is_the_state() {
        let t = "Voters in Georgia lined up in Atlanta on Tuesday.";
        assert_eq!(
            find(t, "Georgia"),
            Some((Label::Loc, Some("geonames:4197000".into())))
        );
        let t = "Georgia and Armenia signed a trade deal in Tbilisi.";
        assert_eq!(
            find(t, "Georgia"),
            Some((Label::Loc, Some("geonames:614540".into())))
        );
    }

    #[test]
    fn a_city_before_a_us_state_is_the_us_namesake() {
        let t = "She grew up in Paris, Texas, and moved to Dallas.";
        let (label, kb) = find(t, "Paris").unwrap_or((Label::Misc, None));
        assert_eq!(label, Label::Loc);
        assert_ne!(kb.as_deref(), Some("geonames:2988507"), "not Paris, France");
        assert!(kb.is_some());
    }

    #[test]
    fn a_university_named_after_a_place_is_an_organisation() {
        let t = "He studied law at the University of Texas before the war.";
        assert_eq!(find(t, "University of Texas"), Some((Label::Org, None)));
    }
}
