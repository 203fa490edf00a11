//! Arbitrary strings through the date tagger, with and without an anchor (and anchors at the
//! edges of jiff's range): spans valid, sorted and non-overlapping, values non-empty, intervals
//! ordered, results deterministic.
#![no_main]
use lede_dates::DateTagger;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static TAGGER: OnceLock<DateTagger> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    if data.len() > 1 << 16 {
        return;
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let t = TAGGER.get_or_init(DateTagger::new);
    for anchor in [
        None,
        Some(jiff::civil::date(2023, 8, 16)),
        Some(jiff::civil::date(9999, 12, 31)),
        Some(jiff::civil::date(-9999, 1, 1)),
    ] {
        let found = t.tag(text, anchor);
        let mut last = 0;
        for x in &found {
            assert!(x.span.get(text).is_some(), "span {:?} invalid", x.span);
            assert!(!x.span.is_empty());
            assert!(x.span.start >= last, "unsorted or overlapping");
            assert!(!x.value.is_empty(), "empty value");
            if let Some((b, e)) = x.interval {
                assert!(b <= e, "reversed interval");
            }
            last = x.span.end;
        }
        assert_eq!(found, t.tag(text, anchor), "non-deterministic");
    }
});
