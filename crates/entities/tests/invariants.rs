//! Property tests: spans valid, sorted, non-overlapping; every mention points to an entity.
use lede_entities::{EntityRecognizer, Label, Span};
use proptest::prelude::*;
use std::sync::OnceLock;

fn recognizer() -> &'static EntityRecognizer {
    static R: OnceLock<EntityRecognizer> = OnceLock::new();
    R.get_or_init(EntityRecognizer::new)
}

fn check(text: &str) {
    let found = recognizer().recognize(text);
    let mut last = 0;
    for m in &found.mentions {
        assert!(
            m.span.get(text).is_some(),
            "invalid span {:?} in {text:?}",
            m.span
        );
        assert!(!m.span.is_empty());
        assert!(
            m.span.start >= last,
            "unsorted or overlapping at {:?}",
            m.span
        );
        assert!(m.entity < found.entities.len());
        last = m.span.end;
    }
}

/// Cuts `words` into sentences at the marked places and checks that no mention of
/// `recognize_in` crosses a sentence start.
fn check_walls(words: &[(&str, bool)]) {
    let mut text = String::new();
    let mut sentences = Vec::new();
    let mut start = 0;
    for (w, cut) in words {
        if *cut && !text.is_empty() {
            sentences.push(Span::new(start, text.len()));
            text.push(' ');
            start = text.len();
        } else if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(w);
    }
    sentences.push(Span::new(start, text.len()));
    let found = recognizer().recognize_in(&text, &sentences);
    for m in &found.mentions {
        assert!(m.span.get(&text).is_some());
        for s in sentences.iter().skip(1) {
            assert!(
                !(m.span.start < s.start && m.span.end > s.start),
                "{:?} crosses the sentence start {} in {text:?}",
                m.span,
                s.start
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn no_mention_crosses_a_sentence_start(words in proptest::collection::vec((prop_oneof![
        Just("Warsaw"), Just("Polish"), Just("President"), Just("Andrzej"), Just("Duda"), Just("said"),
        Just("In"), Just("the"), Just("U.S."), Just("D.C."), Just("Bank"), Just("of"), Just("England"),
        Just("Image:"), Just("New"), Just("York"), Just("Inc."), Just("Kane"), Just("Harry"),
        Just("Civic"), Just("Party"), Just("Mr."), Just("United"), Just("Nations"), Just("Ip"),
    ], proptest::bool::weighted(0.2)), 0..40)) {
        check_walls(&words);
    }

    #[test]
    fn arbitrary_strings(s in "\\PC{0,200}") {
        check(&s);
    }

    #[test]
    fn news_like(words in proptest::collection::vec(prop_oneof![
        Just("Warsaw"), Just("Polish"), Just("President"), Just("Andrzej"), Just("Duda"), Just("said"),
        Just("in"), Just("the"), Just("U.S."), Just("’s"), Just("'s"), Just("-based"), Just("NATO"),
        Just("Mr."), Just(","), Just("."), Just("\n"), Just("New"), Just("York"), Just("Inc."),
        Just("MINSK"), Just("of"), Just("Bank"), Just("Ministry"), Just("É"), Just("Łódź"), Just("  "),
    ], 0..40)) {
        check(&words.join(" "));
        check(&words.concat());
    }
}

#[test]
fn deterministic_and_labels_parse() {
    let t = "Polish President Andrzej Duda met NATO chiefs in Warsaw.";
    let a = recognizer().recognize(t);
    let b = recognizer().recognize(t);
    assert_eq!(a, b);
    for m in &a.mentions {
        assert_eq!(Label::parse(m.label.as_str()), Some(m.label));
    }
}
