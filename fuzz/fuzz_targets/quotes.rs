//! Arbitrary strings (with sentence spans from the splitter and capitalised words as people)
//! through the quote finder: never panics, every span valid, quotes sorted.
#![no_main]
use lede_quotes::QuoteFinder;
use lede_sentences::Splitter;
use lede_text::{words, Shape};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static PARTS: OnceLock<(Splitter, QuoteFinder)> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    if data.len() > 1 << 16 {
        return;
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (splitter, finder) = PARTS.get_or_init(|| (Splitter::new(), QuoteFinder::new()));
    let sentences = splitter.split(text);
    let people: Vec<_> = words(text)
        .filter(|w| w.shape == Shape::Capitalized)
        .map(|w| w.span)
        .collect();
    let quotes = finder.find(text, &sentences, &people);
    let mut last = 0;
    for q in &quotes {
        assert!(
            q.span.get(text).is_some(),
            "quote span {:?} invalid",
            q.span
        );
        assert!(q.span.start >= last, "unsorted quotes");
        last = q.span.start;
        for s in [q.cue, q.speaker, q.speaker_ref].into_iter().flatten() {
            assert!(s.get(text).is_some(), "part {s:?} invalid");
        }
    }
    // Garbage sentence and people spans must not crash it either.
    let bogus = [
        lede_text::Span::new(3, 1),
        lede_text::Span::new(0, usize::MAX),
    ];
    let _ = finder.find(text, &bogus, &bogus);
});
