//! Tables and labels that are no names.
//!
//! - `Group F`, `Pool B`, `Division 2`: a competition's group is no person (nor any name).
//! - A row of a results or price table (`Cash 2,386`, `Revenue $ 10,756`): a lone capitalised
//!   word guessed a person, followed by a figure, whose lowercase form the nearby text also uses,
//!   is a common noun heading the row.
//!
//! One pass over the segments, each looked at with its neighbouring tokens: linear.

use super::{DocInfo, Seg, Tables, Tok};
use crate::{Label, Via};
use lede_text::Shape;

/// Words that head a competition's group, followed by a letter or a number.
const GROUP_WORDS: &[&str] = &["Group", "Pool", "Division", "Section", "Heat"];

impl Tables {
    /// Drops the segments of the module docs.
    pub(super) fn drop_table_words(
        &self,
        text: &str,
        toks: &[Tok],
        doc: &DocInfo,
        segs: &mut Vec<Seg>,
    ) {
        segs.retain(|sg| {
            !(Self::group_label(text, toks, sg) || self.table_row_word(text, toks, doc, sg))
        });
    }

    /// `Group F`: a group word and one letter or number.
    #[inline]
    fn group_label(text: &str, toks: &[Tok], sg: &Seg) -> bool {
        sg.t1 == sg.t0 + 2
            && toks.get(sg.t0 + 1).is_some_and(|t| {
                let w = Self::word(text, t);
                (w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase()))
                    || (t.shape == Shape::Digits && w.len() <= 2)
            })
            && toks
                .get(sg.t0)
                .is_some_and(|t| GROUP_WORDS.contains(&Self::word(text, t)))
    }

    /// A lone word guessed a person, a figure after it, its lowercase form nearby.
    fn table_row_word(&self, text: &str, toks: &[Tok], doc: &DocInfo, sg: &Seg) -> bool {
        sg.label == Label::Per
            && sg.via == Via::Rule
            && sg.t1 == sg.t0 + 1
            && toks.get(sg.t1).is_some_and(|n| {
                n.shape == Shape::Digits
                    || text
                        .get(sg.e..)
                        .is_some_and(|r| r.trim_start().starts_with(['$', '£', '€']))
            })
            && self.has_lower_twin(text, toks, doc, sg.t0, sg.t1)
    }
}

#[cfg(test)]
mod tests {
    use crate::EntityRecognizer;

    fn names(text: &str) -> Vec<String> {
        let r = EntityRecognizer::new();
        r.recognize(text)
            .mentions
            .iter()
            .map(|m| text[m.span.start..m.span.end].to_string())
            .collect()
    }

    #[test]
    fn competition_groups_are_no_names() {
        let n = names("Group F: Sweden 1 South Korea 0. In Group G, Belgium beat Panama.");
        assert!(n.iter().all(|s| !s.starts_with("Group")), "{n:?}");
        assert!(n.iter().any(|s| s == "Belgium"), "{n:?}");
    }

    #[test]
    fn table_rows_yield_no_people_from_common_nouns() {
        let t = "Net profit rose as cash rose. Revenue 10,756 9,100 Cash 2,386 93 Pay 1,200 1,150";
        let n = names(t);
        assert!(n.iter().all(|s| s != "Cash" && s != "Revenue"), "{n:?}");
        let t = "Scorers: Shearer 23, Ferdinand 41. Shearer said he was delighted.";
        assert!(names(t).iter().any(|s| s == "Shearer"));
    }
}
