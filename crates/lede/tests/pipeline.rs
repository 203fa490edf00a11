//! Whole-pipeline invariants and the shipped example article.
use jiff::civil::date;
use lede::{Document, Pipeline, Span};
use proptest::prelude::*;

/// The freely licensed article in the repository's `examples/` (read at run time, so that the
/// packaged crate, which has no `examples/` beside it, still builds its tests and skips this one).
fn article() -> Option<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/wikinews-uk-asylum-questionnaire-2023-02-23.txt"
    );
    let text = std::fs::read_to_string(path).ok();
    if text.is_none() {
        eprintln!("notice: {path} not found; the shipped-article test is skipped");
    }
    text
}

fn assert_valid(text: &str, doc: &Document) {
    let check = |spans: Vec<Span>, what: &str| {
        let mut last = 0;
        for s in spans {
            assert!(s.get(text).is_some(), "{what}: {s:?} invalid in {text:?}");
            assert!(s.start >= last, "{what}: unsorted at {s:?}");
            last = s.start;
        }
    };
    check(doc.sentences.clone(), "sentences");
    check(
        doc.entities.mentions.iter().map(|m| m.span).collect(),
        "entities",
    );
    check(doc.timexes.iter().map(|t| t.span).collect(), "timexes");
    check(doc.quotes.iter().map(|q| q.quote.span).collect(), "quotes");
    for m in &doc.entities.mentions {
        assert!(doc.entities.entity_of(m).is_some(), "dangling mention");
    }
    for q in &doc.quotes {
        for s in [q.quote.cue, q.quote.speaker, q.quote.speaker_ref]
            .into_iter()
            .flatten()
        {
            assert!(s.get(text).is_some(), "quote part {s:?} invalid");
        }
        if let Some(e) = q.speaker_entity {
            assert!(doc.entities.entities.get(e).is_some());
        }
    }
}

#[test]
fn shipped_article_gets_every_layer() {
    let Some(article) = article() else { return };
    let p = shared();
    let doc = p.annotate(&article, Some(date(2023, 2, 23)));
    assert_valid(&article, &doc);
    assert!(doc.sentences.len() > 20, "{}", doc.sentences.len());
    assert!(!doc.timexes.is_empty());
    assert!(!doc.entities.mentions.is_empty());
    assert!(!doc.quotes.is_empty());
    // Deterministic, and the same from a clone shared across threads.
    let p2 = p.clone();
    let again = std::thread::spawn(move || p2.annotate(&article, Some(date(2023, 2, 23))))
        .join()
        .unwrap();
    assert_eq!(doc, again);
}

fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Duda".to_string()),
        Just(" said".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("Mr.".to_string()),
        Just("U.S.".to_string()),
        Just(" on Wednesday".to_string()),
        Just(" last year".to_string()),
        Just("Aug. 16, 2023".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just("\u{a0}".to_string()),
        Just(" — ".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("’s".to_string()),
        Just(" Warsaw".to_string()),
        "\\PC{0,6}",
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn shared() -> &'static Pipeline {
    static P: std::sync::OnceLock<Pipeline> = std::sync::OnceLock::new();
    P.get_or_init(Pipeline::new)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn any_text_gives_valid_sorted_spans(text in newsy()) {
        let p = shared();
        let doc = p.annotate(&text, Some(date(2023, 8, 16)));
        assert_valid(&text, &doc);
        let undated = p.annotate(&text, None);
        assert_valid(&text, &undated);
    }
}
