//! Arbitrary strings through the sentence splitter: spans valid, sorted, non-overlapping,
//! trimmed, and covering every non-whitespace character.
#![no_main]
use lede_sentences::Splitter;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static SPLITTER: OnceLock<Splitter> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    if data.len() > 1 << 16 {
        return;
    }
    let Ok(text) = std::str::from_utf8(data) else { return };
    let s = SPLITTER.get_or_init(Splitter::new);
    let spans = s.split(text);
    let mut last = 0;
    for sp in &spans {
        let inner = sp.get(text).expect("span in bounds and on char boundaries");
        assert!(!inner.is_empty(), "empty sentence");
        assert_eq!(inner.trim(), inner, "untrimmed sentence {sp:?}");
        let gap = &text[last..sp.start];
        assert!(gap.chars().all(char::is_whitespace), "uncovered text before {sp:?}");
        last = sp.end;
    }
    assert!(text[last..].chars().all(char::is_whitespace), "uncovered tail");
    assert_eq!(s.split_iter(text).collect::<Vec<_>>(), spans);
});
