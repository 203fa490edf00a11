//! Hard walls: the places no name runs across.
//!
//! - the starts of the sentences a caller passes (the facade hands over the splitter's spans);
//! - caption and credit labels (`Image:`, `Photo:`): the label is no name, and what follows it
//!   starts afresh;
//! - a clause glued on without punctuation, as captions are (`... Regina Ip In the Hong Kong
//!   Island constituency`): a capitalised clause opener after a capitalised word.
//!
//! One pass over the tokens and one over the sentence spans: linear in the text.

use super::{Tok, TOK_SENT_START, TOK_UPPER, TOK_WALL};
use crate::Span;
use lede_text::Shape;

/// Labels that head a caption or credit when a colon follows them.
const CAPTION_LABELS: &[&str] = &[
    "Image",
    "Photo",
    "Photograph",
    "Picture",
    "Credit",
    "Credits",
    "Caption",
    "Video",
    "Source",
    "Sources",
    "Illustration",
    "Graphic",
    "Map",
    "File",
];

/// Words that open a clause and are never inside a name written in title case.
const CLAUSE_OPENERS: &[&str] = &[
    "In",
    "On",
    "At",
    "During",
    "After",
    "Before",
    "From",
    "With",
    "When",
    "While",
    "Since",
    "The",
    "According",
    "Despite",
    "Meanwhile",
    "However",
    "But",
];

/// Words after which a capitalised clause opener is part of a title (`Lord Of The Rings`).
const TITLE_GLUE: &[&str] = &[
    "Of", "And", "Or", "To", "For", "The", "A", "An", "In", "On", "At",
];

/// Marks the walls of `text` on its tokens (see the module docs).
pub(super) fn mark(text: &str, sentences: &[Span], toks: &mut [Tok]) {
    // The given sentence starts, each found by a binary search over the sorted tokens.
    for sp in sentences {
        let k = toks.partition_point(|t| t.s < sp.start);
        if let Some(t) = toks.get_mut(k).filter(|t| k > 0 && t.s == sp.start) {
            t.flags |= TOK_WALL | TOK_SENT_START;
        }
    }
    for k in 0..toks.len() {
        let Some(t) = toks.get(k) else { break };
        if !t.upper() {
            continue;
        }
        let word = text.get(t.s..t.e()).unwrap_or("");
        if text.as_bytes().get(t.full_e()) == Some(&b':') && CAPTION_LABELS.contains(&word) {
            // `Image:` is no name, stands apart from what precedes, and the credit starts anew.
            if let Some(t) = toks.get_mut(k) {
                t.flags = (t.flags & !TOK_UPPER) | TOK_WALL | TOK_SENT_START;
            }
            if let Some(n) = toks.get_mut(k + 1) {
                n.flags |= TOK_WALL;
            }
            continue;
        }
        // The cheap tests first: most capitalised words follow no capitalised word.
        let prev = k.checked_sub(1).and_then(|p| toks.get(p));
        let glued = t.shape == Shape::Capitalized
            && !t.sent_start()
            && prev.is_some_and(|p| p.upper() && p.shape != Shape::AllCaps)
            && word.len() <= 10
            && text.as_bytes().get(t.s.wrapping_sub(1)) == Some(&b' ')
            && CLAUSE_OPENERS.contains(&word)
            && prev.is_some_and(|p| !TITLE_GLUE.contains(&text.get(p.s..p.e()).unwrap_or("")));
        if glued {
            if let Some(t) = toks.get_mut(k) {
                t.flags |= TOK_WALL | TOK_SENT_START;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{EntityRecognizer, Label, Span};

    fn names(text: &str, sentences: &[Span]) -> Vec<(String, Label)> {
        let r = EntityRecognizer::new();
        r.recognize_in(text, sentences)
            .mentions
            .iter()
            .map(|m| (text[m.span.start..m.span.end].to_string(), m.label))
            .collect()
    }

    #[test]
    fn a_glued_clause_opener_ends_a_name() {
        let t = "The party's Regina Ip In the Hong Kong Island constituency, Regina Ip won.";
        let n = names(t, &[]);
        assert!(n.iter().all(|(s, _)| !s.ends_with(" In")), "{n:?}");
        assert!(n.iter().any(|(s, _)| s == "Regina Ip"), "{n:?}");
    }

    #[test]
    fn caption_labels_are_walls_and_no_names() {
        let t = "The contest was held this week in Washington D.C. Image: United States Navy.";
        let n = names(t, &[]);
        assert!(n.iter().all(|(s, _)| !s.contains("Image")), "{n:?}");
        assert!(n.iter().any(|(s, _)| s == "United States Navy"), "{n:?}");
    }

    #[test]
    fn given_sentence_starts_are_walls() {
        let t = "He met Maria Lopez Sunday Morning came early.";
        let cut = t.find("Sunday").unwrap_or(0);
        let walls = [Span::new(0, cut - 1), Span::new(cut, t.len())];
        let n = names(t, &walls);
        assert!(n.iter().all(|(s, _)| !s.contains("Sunday")), "{n:?}");
    }
}
