//! Arbitrary strings through `Pipeline::annotate`: every span in bounds, on char boundaries, sorted.
#![no_main]
use lede::{Pipeline, Span};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static PIPELINE: OnceLock<Pipeline> = OnceLock::new();

fn check_sorted(text: &str, spans: impl Iterator<Item = Span>, what: &str) {
    let mut last = 0;
    for s in spans {
        assert!(s.start <= s.end, "{what}: reversed span {s:?}");
        assert!(
            s.get(text).is_some(),
            "{what}: span {s:?} out of bounds or off a char boundary"
        );
        assert!(s.start >= last, "{what}: spans not sorted at {s:?}");
        last = s.start;
    }
}

fuzz_target!(|data: &[u8]| {
    if data.len() > 1 << 16 {
        return;
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let p = PIPELINE.get_or_init(Pipeline::new);
    let doc = p.annotate(text, Some(jiff::civil::date(2023, 8, 16)));
    check_sorted(text, doc.sentences.iter().copied(), "sentences");
    check_sorted(
        text,
        doc.entities.mentions.iter().map(|m| m.span),
        "entities",
    );
    check_sorted(text, doc.timexes.iter().map(|t| t.span), "timexes");
    check_sorted(text, doc.quotes.iter().map(|q| q.quote.span), "quotes");
    for q in &doc.quotes {
        for s in [q.quote.cue, q.quote.speaker, q.quote.speaker_ref]
            .into_iter()
            .flatten()
        {
            assert!(s.get(text).is_some(), "quote part {s:?} invalid");
        }
    }
    for m in &doc.entities.mentions {
        assert!(
            m.entity < doc.entities.entities.len(),
            "dangling entity index"
        );
    }
});
