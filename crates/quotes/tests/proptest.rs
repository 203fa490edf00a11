//! Invariants on arbitrary text with random quotation marks: the finder never panics, every span
//! it returns is valid, quotes come sorted, and garbage `sentences`/`people` spans are harmless.
use lede_quotes::{QuoteFinder, QuoteKind, Span};
use proptest::prelude::*;

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("''".to_string()),
        Just("'".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just(": ".to_string()),
        Just(" — ".to_string()),
        Just("\n\n".to_string()),
        Just(" said ".to_string()),
        Just(" told ".to_string()),
        Just(" according to ".to_string()),
        Just(" that ".to_string()),
        Just(" he ".to_string()),
        Just("Duda".to_string()),
        Just("Mr. Li Shangfu".to_string()),
        Just(" the ministry ".to_string()),
        Just(" vowed to ".to_string()),
        "[a-zA-Z ]{0,12}",
        any::<String>(),
    ]
}

fn check(text: &str, sentences: &[Span], people: &[Span]) {
    check_with(&QuoteFinder::new(), text, sentences, people);
    let speech = QuoteFinder::builder().speech_only().build().unwrap();
    check_with(&speech, text, sentences, people);
}

fn check_with(f: &QuoteFinder, text: &str, sentences: &[Span], people: &[Span]) {
    let qs = f.find(text, sentences, people);
    // quotes overlap only by nesting, and only inside indirect (or mixed) content
    for (i, a) in qs.iter().enumerate() {
        for b in qs.get(i + 1..).unwrap_or(&[]) {
            if b.span.start >= a.span.end {
                break;
            }
            let (outer, inner) = if a.span.end >= b.span.end {
                (a, b)
            } else {
                (b, a)
            };
            assert!(
                outer.span.start <= inner.span.start && inner.span.end <= outer.span.end,
                "crossing quotes {:?} {:?} in {text:?}",
                a.span,
                b.span
            );
            assert!(
                outer.kind != QuoteKind::Direct,
                "a quote inside a direct quote {:?} {:?} in {text:?}",
                outer.span,
                inner.span
            );
        }
    }
    let mut last = 0;
    for q in &qs {
        assert!(
            q.span.get(text).is_some() && q.span.start < q.span.end,
            "bad span {:?}",
            q.span
        );
        assert!(q.span.start >= last, "unsorted");
        last = q.span.start;
        for p in [q.cue, q.speaker, q.speaker_ref].into_iter().flatten() {
            assert!(p.get(text).is_some(), "bad part {p:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_spans_valid(parts in proptest::collection::vec(piece(), 0..40)) {
        let text: String = parts.concat();
        check(&text, &[], &[]);
        let words: Vec<Span> = lede_text::words(&text).map(|w| w.span).collect();
        check(&text, &[Span::new(0, text.len())], &words);
        check(&text, &[Span::new(5, 2), Span::new(0, usize::MAX)], &[Span::new(3, 1), Span::new(1, usize::MAX)]);
    }

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check(&text, &[], &[]);
    }

    #[test]
    fn deterministic(parts in proptest::collection::vec(piece(), 0..20)) {
        let text: String = parts.concat();
        let f = QuoteFinder::new();
        prop_assert_eq!(f.find(&text, &[], &[]), f.find(&text, &[], &[]));
    }
}
