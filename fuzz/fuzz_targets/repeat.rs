//! Scale: a short fuzzed snippet repeated into a document of 64 KiB to 1 MiB, through the whole
//! pipeline. The first two bytes pick the size, the rest is the snippet. Run with `-timeout=1`
//! so that libFuzzer reports any unit slower than a second: linear work on 1 MiB takes a small
//! fraction of that, a quadratic path minutes. Also checks that the output stays linear: no byte
//! is in more than a few spans of one layer.
#![no_main]
use lede::{Pipeline, Span};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static PIPELINE: OnceLock<Pipeline> = OnceLock::new();

/// The most spans of one layer any byte of a `len`-byte text is in.
fn max_cover(len: usize, spans: impl Iterator<Item = Span>) -> i64 {
    let mut delta = vec![0i64; len + 1];
    for s in spans {
        assert!(s.start <= s.end && s.end <= len, "span {s:?} out of bounds");
        delta[s.start] += 1;
        delta[s.end] -= 1;
    }
    let (mut depth, mut max) = (0, 0);
    for d in delta {
        depth += d;
        max = max.max(depth);
    }
    max
}

fuzz_target!(init: {
    // built before the first unit, so the 1 s timeout times the annotation alone
    PIPELINE.get_or_init(Pipeline::new);
}, |data: &[u8]| {
    let [a, b, snippet @ ..] = data else { return };
    if snippet.is_empty() || snippet.len() > 256 {
        return;
    }
    let Ok(snippet) = std::str::from_utf8(snippet) else {
        return;
    };
    let size = (usize::from(u16::from_le_bytes([*a, *b])) % 16 + 1) << 16;
    let text = snippet.repeat(size / snippet.len() + 1);
    let p = PIPELINE.get_or_init(Pipeline::new);
    let doc = p.annotate(&text, Some(jiff::civil::date(2023, 8, 16)));
    let n = text.len();
    assert!(
        max_cover(n, doc.sentences.iter().copied()) <= 1,
        "overlapping sentences"
    );
    assert!(
        max_cover(n, doc.entities.mentions.iter().map(|m| m.span)) <= 1,
        "overlapping entities"
    );
    assert!(
        max_cover(n, doc.timexes.iter().map(|t| t.span)) <= 1,
        "overlapping timexes"
    );
    let q = max_cover(n, doc.quotes.iter().map(|q| q.quote.span));
    assert!(q <= 4, "a byte is in {q} quotes");
});
