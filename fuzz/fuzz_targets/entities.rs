//! Arbitrary strings through the entity recogniser: spans valid, sorted, non-overlapping, and
//! every mention points to an entity; with sentence walls (cut after every `. `), no mention
//! crosses a sentence start.
#![no_main]
use lede_entities::{EntityRecognizer, Span};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static RECOGNIZER: OnceLock<EntityRecognizer> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    if data.len() > 1 << 16 {
        return;
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let r = RECOGNIZER.get_or_init(EntityRecognizer::new);
    let found = r.recognize(text);
    let mut last_end = 0;
    for m in &found.mentions {
        assert!(m.span.get(text).is_some(), "span {:?} invalid", m.span);
        assert!(!m.span.is_empty());
        assert!(
            m.span.start >= last_end,
            "overlapping or unsorted at {:?}",
            m.span
        );
        assert!(m.entity < found.entities.len(), "dangling entity");
        last_end = m.span.end;
    }
    // Sentence walls: cut after every `. ` (the recogniser must also take odd spans calmly).
    let mut sentences = Vec::new();
    let mut start = 0;
    for (k, _) in text.match_indices(". ") {
        sentences.push(Span::new(start, k + 1));
        start = k + 2;
    }
    sentences.push(Span::new(start, text.len()));
    let walled = r.recognize_in(text, &sentences);
    for m in &walled.mentions {
        assert!(m.span.get(text).is_some(), "span {:?} invalid", m.span);
        assert!(m.entity < walled.entities.len(), "dangling entity");
        for s in sentences.iter().skip(1) {
            assert!(
                !(m.span.start < s.start && m.span.end > s.start),
                "{:?} crosses the sentence start {}",
                m.span,
                s.start
            );
        }
    }
});
