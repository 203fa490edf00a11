//! MISC forms found by their shape rather than a list.
//!
//! - currency prefixes (`US$`, `C$`, `HK$`): one to three capitals glued to a dollar sign, MISC in
//!   the CoNLL-2003 scheme.

use super::{Seg, Strength, Tok};
use crate::{Label, Via};
use lede_text::Shape;

/// The end of a currency prefix starting at `t` (`C$` in `C$ 1.5 million`), if `t` is one.
pub(super) fn currency_end(text: &str, t: &Tok) -> Option<usize> {
    if !matches!(t.shape, Shape::AllCaps | Shape::Capitalized) || t.full_len > 3 {
        return None;
    }
    let word = text.get(t.s..t.full_e())?;
    let dollar = t.full_e();
    let glued = word.bytes().all(|b| b.is_ascii_uppercase())
        && text.as_bytes().get(dollar) == Some(&b'$')
        && text
            .as_bytes()
            .get(dollar + 1)
            .is_some_and(|b| b.is_ascii_digit() || *b == b' ');
    glued.then_some(dollar + 1)
}

/// The MISC segment of a currency prefix at token `k` ending at `end`.
pub(super) fn currency_seg(t: &Tok, k: usize, end: usize) -> Seg {
    Seg {
        s: t.s,
        e: end,
        t0: k,
        t1: k + 1,
        label: Label::Misc,
        entry: None,
        via: Via::Rule,
        strength: Strength::Strong,
        link: None,
    }
}

#[cfg(test)]
mod tests {
    use crate::{EntityRecognizer, Label};

    #[test]
    fn currency_prefixes_are_misc() {
        let r = EntityRecognizer::new();
        for (t, want) in [
            ("Profit rose to C$ 1.5 million last year.", "C$"),
            ("The deal is worth HK$ 300 million, the bank said.", "HK$"),
            ("Shares fell to US$12 in Toronto.", "US$"),
        ] {
            let found = r.recognize(t);
            assert!(
                found
                    .mentions
                    .iter()
                    .any(|m| &t[m.span.start..m.span.end] == want && m.label == Label::Misc),
                "{t}: {:?}",
                found.mentions
            );
        }
    }

    #[test]
    fn a_bare_dollar_is_no_name() {
        let r = EntityRecognizer::new();
        let t = "It cost $ 40 and TOTAL$ 50 were paid.";
        assert!(r
            .recognize(t)
            .mentions
            .iter()
            .all(|m| m.label != Label::Misc));
    }
}
