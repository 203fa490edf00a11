//! MISC forms found by their shape rather than a list.
//!
//! - currency prefixes (`US$`, `C$`, `HK$`): one to three capitals glued to a dollar sign, MISC in
//!   the CoNLL-2003 scheme;
//! - products, vehicles and missions with a model number: a `product_head` of `data/cues.tsv`
//!   and a model (`Windows 95`, `Boeing 747`, `Apollo 11`, `Airbus A320`), or the head glued to
//!   it (`MiG-29`, `Tu-154`); a `vehicle_make` and a capitalised model name (`Toyota Corolla`,
//!   `Ford Escort`, `Reynard Honda`);
//! - words built on a name with `pro-`, `anti-`, `post-`, `neo-`, `ex-` and the like (`pro-Moscow`,
//!   `anti-Brexit`, `post-Soviet`, `neo-Nazi`); demonym pairs
//!   (`Russian-Chechen`) are joined where the output is built (`Tables::demonym_pair_end`).

use super::{
    Tables, Tok, CUE_COMMON_CAP, CUE_HYPHEN, CUE_LOC_SUFFIX, CUE_MISC_SUFFIX, CUE_ORG_SUFFIX,
    CUE_PRODUCT, CUE_ROLE, CUE_STOP, CUE_TITLE, CUE_TITLE_TOK,
};
use lede_text::Shape;

/// The end of a currency prefix starting at `t` (`C$` in `C$ 1.5 million`), if `t` is one.
#[inline]
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

/// Prefixes that build a word on a name (`pro-Moscow`, `post-Soviet`, `neo-Nazi`, `ex-England`).
const NAME_PREFIXES: &[&str] = &[
    "pro", "anti", "post", "pre", "neo", "ex", "non", "mid", "pan", "trans",
];

/// `pro-Moscow`, `anti-Brexit`, `post-Soviet`, `Pro-Moscow`: the end of the word when `t` is
/// one (a prefix of [`NAME_PREFIXES`], a hyphen, a capitalised name).
#[inline]
pub(super) fn affixed_name_end(
    tables: &Tables,
    text: &str,
    toks: &[Tok],
    k: usize,
) -> Option<usize> {
    let t = toks.get(k)?;
    // The first byte and the hyphen's place rule out most words before any string is looked at.
    let b = text.as_bytes();
    if !matches!(
        b.get(t.s).map(u8::to_ascii_lowercase),
        Some(b'p' | b'a' | b'n' | b'e' | b'm' | b't')
    ) || !(t.shape == Shape::Mixed || t.shape == Shape::Capitalized)
        || !(t.s + 2..t.s + 6).any(|k| b.get(k) == Some(&b'-'))
    {
        return None;
    }
    let word = text.get(t.s..t.full_e())?;
    let (prefix, rest) = word.split_once('-')?;
    let &p = NAME_PREFIXES
        .iter()
        .find(|p| p.eq_ignore_ascii_case(prefix) && prefix.get(1..) == p.get(1..))?;
    let name = rest.chars().next().is_some_and(char::is_uppercase)
        && rest.chars().skip(1).any(char::is_lowercase)
        && !rest.contains('-');
    if !name {
        return None;
    }
    // `pro-` and `anti-` take any name, even capitalised at a sentence start (`Pro-Moscow`).
    if matches!(p, "pro" | "anti") {
        return Some(t.full_e());
    }
    // The others: lowercase, not a date (`mid-September`), and the name ends with the word
    // (`post-Second World War` and `Mid-East Minerals Ltd` are longer names).
    let lower = prefix.bytes().all(|b| b.is_ascii_lowercase());
    let date = tables.cues.stop.contains(rest);
    let longer = toks
        .get(k + 1)
        .is_some_and(|n| n.upper() && text.get(t.full_e()..n.s) == Some(" "));
    (lower && !date && !longer).then_some(t.full_e())
}

/// A model number after a product line: `95`, `747`, `A320`, `11` (no figures with a decimal
/// point or a thousands comma: `Euro 1.5 billion` is money).
fn model_like(w: &str) -> bool {
    let b = w.as_bytes();
    let digits_from = b.iter().position(u8::is_ascii_digit);
    match digits_from {
        Some(0) => b.len() <= 6 && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-'),
        Some(k @ 1..=2) => {
            b.iter().take(k).all(u8::is_ascii_uppercase) && b.iter().skip(k).all(u8::is_ascii_digit)
        }
        _ => false,
    }
}

/// The token span of a product with a model number starting at token `k` (`Boeing 747`,
/// `MiG-29`), if there is one.
pub(super) fn product_end(tables: &Tables, text: &str, toks: &[Tok], k: usize) -> Option<usize> {
    let t = toks.get(k)?;
    // The cue bits first: one look at the token for most words.
    if t.cue & (CUE_PRODUCT | CUE_HYPHEN) == 0 {
        return None;
    }
    let word = text.get(t.s..t.full_e())?;
    if let Some((head, model)) = word.split_once('-') {
        // `MiG-29`, `Tu-154`, `F-16`: a glued model.
        let glued = model.bytes().next().is_some_and(|b| b.is_ascii_digit())
            && model.bytes().all(|b| b.is_ascii_alphanumeric())
            && (tables.cues.product_head.contains(head) || GLUED_HEADS.contains(&head));
        return glued.then_some(k);
    }
    if !tables.cues.product_head.contains(word) {
        return None;
    }
    let n = toks.get(k + 1)?;
    let gap_ok = text.get(t.full_e()..n.s) == Some(" ");
    let model = text.get(n.s..n.full_e())?;
    if !gap_ok {
        return None;
    }
    if !tables.cues.vehicle_make.contains(word) {
        return model_like(model).then_some(k + 1);
    }
    // A make's number holds a letter (`Audi A4`, `Ferrari F40`): `Hyundai 2` and `Yamaha 317`
    // are a club's score and a rider's points.
    let numbered = model_like(model) && model.bytes().any(|b| b.is_ascii_alphabetic());
    // The model is the last word: `Pontiac Osteopathic Hospital` is a longer name.
    let last = toks
        .get(k + 2)
        .is_none_or(|z| !z.upper() || text.get(n.full_e()..z.s).is_none_or(|g| g != " "));
    (numbered || (last && model_name(tables, text, n))).then_some(k + 1)
}

/// A vehicle's model name after its make (`Corolla` in `Toyota Corolla`): one capitalised word
/// that no list gives another part (`Toyota Motor`, `Ford Foundation`, `Toyota Australia`, `Fiat
/// Chairman`), with no possessive.
fn model_name(tables: &Tables, text: &str, n: &Tok) -> bool {
    n.shape == Shape::Capitalized
        && n.len == n.full_len
        && n.hit == u32::MAX
        && n.cue
            & (CUE_TITLE
                | CUE_ROLE
                | CUE_STOP
                | CUE_ORG_SUFFIX
                | CUE_LOC_SUFFIX
                | CUE_MISC_SUFFIX
                | CUE_COMMON_CAP
                | CUE_TITLE_TOK)
            == 0
        && !tables.is_common(text, n)
}

/// Aircraft and weapon designations written glued to their model (`Su-27`, `AK-47`).
const GLUED_HEADS: &[&str] = &[
    "Su", "Tu", "Il", "An", "Yak", "Ka", "Mi", "F", "B", "AH", "UH", "AK",
];

/// Words that name a storm by the word after them (`Hurricane Edouard`).
const STORM_WORDS: &[&str] = &["Hurricane", "Typhoon", "Cyclone", "Storm"];

/// `Hurricane Edouard`, `Tropical Storm Bonnie`: the storm's name (the token after the storm
/// word at `k`), MISC without the storm word, if there is one.
pub(super) fn storm_name(text: &str, toks: &[Tok], k: usize) -> Option<usize> {
    let t = toks.get(k)?;
    if text.get(t.s..t.full_e()) == Some("Tropical") {
        return storm_name(text, toks, k + 1);
    }
    if t.shape != Shape::Capitalized || !STORM_WORDS.contains(&text.get(t.s..t.full_e())?) {
        return None;
    }
    let n = toks.get(k + 1)?;
    let alone = toks.get(k + 2).is_none_or(|z| !z.upper());
    (n.shape == Shape::Capitalized && text.get(t.full_e()..n.s) == Some(" ") && alone)
        .then_some(k + 1)
}

#[cfg(test)]
mod tests {
    use crate::{EntityRecognizer, Label};

    #[test]
    fn vehicle_models_are_misc_and_makes_alone_are_not() {
        let r = EntityRecognizer::new();
        let spans = |t: &str| -> Vec<(String, Label)> {
            r.recognize(t)
                .mentions
                .iter()
                .map(|m| (t[m.span.start..m.span.end].to_string(), m.label))
                .collect()
        };
        let t = "She drove a Toyota Corolla to work, and he rode a Ford Escort.";
        let got = spans(t);
        for want in ["Toyota Corolla", "Ford Escort"] {
            assert!(got.contains(&(want.into(), Label::Misc)), "{t}: {got:?}");
        }
        // A make alone, a company suffix, a longer name, a rider's points: no model.
        for (t, not) in [
            ("Toyota Motor Corp said profit rose.", "Toyota Motor"),
            (
                "He was taken to Pontiac Osteopathic Hospital on Friday.",
                "Pontiac Osteopathic",
            ),
            (
                "2. Paul Malin ( Britain ) Yamaha 317 3. Vialle 293",
                "Yamaha 317",
            ),
        ] {
            let got = spans(t);
            assert!(
                got.iter().all(|(s, l)| !(s == not && *l == Label::Misc)),
                "{t}: {got:?}"
            );
        }
    }

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
    fn products_and_affixed_names_are_misc() {
        let r = EntityRecognizer::new();
        let t = "The pro-Moscow rebels flew a Boeing 747 and two MiG-29 jets; anti-Brexit \
                 groups ran Windows 95 while Boeing said profits rose.";
        let found = r.recognize(t);
        let got: Vec<(&str, Label)> = found
            .mentions
            .iter()
            .map(|m| (&t[m.span.start..m.span.end], m.label))
            .collect();
        for want in [
            "pro-Moscow",
            "Boeing 747",
            "MiG-29",
            "anti-Brexit",
            "Windows 95",
        ] {
            assert!(got.contains(&(want, Label::Misc)), "{want}: {got:?}");
        }
        assert!(got.contains(&("Boeing", Label::Org)), "{got:?}");
        let t = "The fund lost Euro 1.5 billion.";
        assert!(r
            .recognize(t)
            .mentions
            .iter()
            .all(|m| m.label != Label::Misc || &t[m.span.start..m.span.end] != "Euro 1.5"));
    }

    #[test]
    fn words_built_on_an_initialism_are_misc() {
        let r = EntityRecognizer::new();
        let t = "The U.S.-led coalition backed a U.S.-brokered truce, the U.S. said.";
        let got: Vec<(&str, Label)> = r
            .recognize(t)
            .mentions
            .iter()
            .map(|m| (&t[m.span.start..m.span.end], m.label))
            .collect();
        assert_eq!(
            got,
            [
                ("U.S.-led", Label::Misc),
                ("U.S.-brokered", Label::Misc),
                ("U.S.", Label::Loc)
            ]
        );
    }

    #[test]
    fn demonym_pairs_are_one_misc_word() {
        let r = EntityRecognizer::new();
        let t = "The joint Russian-Chechen patrols began after the Israeli-PLO deal.";
        let got: Vec<(&str, Label)> = r
            .recognize(t)
            .mentions
            .iter()
            .map(|m| (&t[m.span.start..m.span.end], m.label))
            .collect();
        assert_eq!(
            got,
            [
                ("Russian-Chechen", Label::Misc),
                ("Israeli-PLO", Label::Misc)
            ]
        );
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
