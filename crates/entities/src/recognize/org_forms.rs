//! Organisations found by their shape rather than a list: a government portfolio word before a
//! country's name is that country's agency (`Environment Canada`, `Statistics Norway`, `Health
//! Canada`). The portfolio words are the `agency_head` rows of `data/cues.tsv`.
//!
//! Only a capitalised word right before a country's gazetteer hit is looked up, so the rule costs
//! nothing on most words; the name must end with the country (`Statistics Canada data`, not
//! `Health Canada Inc`).

use super::{Tables, Tok, Toks};
use crate::data::Kind;

/// The last token of an agency named `<portfolio> <country>` starting at token `k`, if there is
/// one.
pub(super) fn agency_end(tables: &Tables, text: &str, toks: &Toks, k: usize) -> Option<usize> {
    let t = toks.get(k)?;
    let n = toks.get(k + 1)?;
    let hit = toks.hits.get(n.hit as usize)?;
    let country = tables
        .gaz
        .entries
        .get(hit.entry as usize)
        .is_some_and(|e| e.kind == Kind::Country);
    if !country || text.get(t.full_e()..n.s) != Some(" ") {
        return None;
    }
    if !tables.cues.agency_head.contains(text.get(t.s..t.full_e())?) {
        return None;
    }
    let last = k + 1 + hit.toks as usize;
    // The country ends the name: no capitalised word glued on after it.
    let ends = toks.get(last + 1).is_none_or(|z: &Tok| {
        !z.upper()
            || toks
                .get(last)
                .is_some_and(|l| text.get(l.full_e()..z.s) != Some(" "))
    });
    ends.then_some(last)
}

#[cfg(test)]
mod tests {
    use crate::{EntityRecognizer, Label};

    #[test]
    fn portfolio_and_country_is_an_agency() {
        let r = EntityRecognizer::new();
        let t = "A sensitive Environment Canada document was found, and Statistics Norway said \
                 prices rose.";
        let got: Vec<(&str, Label)> = r
            .recognize(t)
            .mentions
            .iter()
            .map(|m| (&t[m.span.start..m.span.end], m.label))
            .collect();
        for want in ["Environment Canada", "Statistics Norway"] {
            assert!(got.contains(&(want, Label::Org)), "{got:?}");
        }
        // A country after an ordinary word stays a place.
        let t = "Exports from Canada rose.";
        let got = r.recognize(t);
        assert!(got
            .mentions
            .iter()
            .any(|m| &t[m.span.start..m.span.end] == "Canada" && m.label == Label::Loc));
    }
}
