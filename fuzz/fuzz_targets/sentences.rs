//! Arbitrary strings through the sentence splitter (default and line-break modes): spans valid,
//! sorted, non-overlapping, trimmed, and covering every non-whitespace character; the lazy
//! iterator agrees with `split`. The same bytes are also fed to the TSV builder, which may
//! reject them but must not panic.
#![no_main]
use lede_sentences::{LineBreaks, Span, Splitter};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static SPLITTERS: OnceLock<[Splitter; 2]> = OnceLock::new();

fn check(s: &Splitter, text: &str) {
    let spans = s.split(text);
    let mut last = 0;
    for sp in &spans {
        let inner = sp.get(text).expect("span in bounds and on char boundaries");
        assert!(!inner.is_empty(), "empty sentence");
        assert!(sp.start >= last, "overlapping or unsorted {sp:?}");
        assert_eq!(inner.trim(), inner, "untrimmed sentence {sp:?}");
        let gap = &text[last..sp.start];
        assert!(
            gap.chars().all(char::is_whitespace),
            "uncovered text before {sp:?}"
        );
        last = sp.end;
    }
    assert!(
        text[last..].chars().all(char::is_whitespace),
        "uncovered tail"
    );
    assert_eq!(s.split_iter(text).collect::<Vec<Span>>(), spans);
}

fuzz_target!(|data: &[u8]| {
    if data.len() > 1 << 16 {
        return;
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let [plain, lines] = SPLITTERS.get_or_init(|| {
        let lines = Splitter::builder()
            .line_breaks(LineBreaks::Always)
            .build()
            .expect("built-in data builds");
        [Splitter::new(), lines]
    });
    check(plain, text);
    check(lines, text);
    if let Ok(user) = Splitter::builder().abbreviations_tsv(data).build() {
        check(&user, text);
    }
});
