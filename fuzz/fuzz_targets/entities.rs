//! Arbitrary strings through the entity recogniser: spans valid, sorted, non-overlapping, and
//! every mention points to an entity.
#![no_main]
use lede_entities::EntityRecognizer;
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
});
