//! Property tests: on arbitrary strings mixing letters, terminators, quotes, brackets,
//! whitespace and multi-byte characters, sentence spans are in bounds, on char boundaries,
//! sorted, non-overlapping, trimmed, and together cover every non-whitespace character.
use lede_sentences::{LineBreaks, Span, Splitter};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "a",
    "B",
    "word",
    "The",
    "He",
    "U.S.",
    "Mr.",
    "a.m.",
    "Inc.",
    "E.",
    "I",
    "1",
    "2.",
    "10",
    "a)",
    "b.",
    "$3.50",
    "bloomberg.com",
    "x@y.org",
    ".",
    "!",
    "?",
    "…",
    "‽",
    "。",
    "...",
    ". . .",
    "[...]",
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "(",
    ")",
    "[",
    "]",
    "«",
    "»",
    "—",
    "–",
    "-",
    ",",
    ":",
    "•",
    "⁃",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u{a0}",
    "\u{2029}",
    "\u{2028}",
    "\u{3000}",
    "é",
    "Ł",
    "日本",
    "😀",
    "\u{301}",
    "Image:",
    "said",
    "that",
];

fn assert_invariants(s: &Splitter, text: &str) -> Result<(), TestCaseError> {
    let spans = s.split(text);
    let mut last = 0usize;
    for sp in &spans {
        let inner = sp.get(text);
        prop_assert!(
            inner.is_some(),
            "span {sp:?} out of bounds or off a char boundary"
        );
        let inner = inner.unwrap_or_default();
        prop_assert!(!inner.is_empty(), "empty span {sp:?}");
        prop_assert!(sp.start >= last, "span {sp:?} overlaps or is out of order");
        prop_assert_eq!(inner.trim(), inner, "untrimmed span {:?}", sp);
        let gap = &text[last..sp.start];
        prop_assert!(
            gap.chars().all(char::is_whitespace),
            "uncovered text {gap:?} before {sp:?}"
        );
        last = sp.end;
    }
    prop_assert!(
        text[last..].chars().all(char::is_whitespace),
        "uncovered tail"
    );
    prop_assert_eq!(s.split_iter(text).collect::<Vec<Span>>(), spans);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn spans_partition_the_text(parts in prop::collection::vec(prop::sample::select(PIECES), 0..60)) {
        let text: String = parts.concat();
        assert_invariants(&Splitter::new(), &text)?;
    }

    #[test]
    fn spans_on_any_string(text in "\\PC{0,200}") {
        assert_invariants(&Splitter::new(), &text)?;
    }

    #[test]
    fn line_break_mode_keeps_invariants(parts in prop::collection::vec(prop::sample::select(PIECES), 0..40)) {
        let text: String = parts.concat();
        let s = Splitter::builder().line_breaks(LineBreaks::Always).build().unwrap();
        assert_invariants(&s, &text)?;
    }
}

/// Long runs of one kind of punctuation: the invariants hold, and the splitter's bounded
/// look-around keeps each of these linear (a quadratic scan would not finish).
#[test]
fn pathological_inputs_keep_invariants() {
    let s = Splitter::new();
    let cases = [
        "He said \"a. B. ".repeat(5000),
        "He said “a. B. ".repeat(5000),
        ("\n".to_string() + &" ".repeat(50)).repeat(2000),
        ".".repeat(100_000),
        ". ".repeat(50_000),
        "x".repeat(100_000) + ". The",
        " •".repeat(50_000),
        " 1. a 2. b 3. c".repeat(5000),
        "A.".to_string() + &")\"”’]".repeat(20_000) + " B",
        "A. ".to_string() + &"(\"“‘[".repeat(20_000) + "B",
        ".)".repeat(50_000),
        "Short line\n".repeat(10_000),
        "x Image: ".repeat(10_000),
        "\"Why?\" Smith ".repeat(10_000),
        "At 5 a.m. Mr. ".repeat(10_000),
    ];
    for text in &cases {
        assert_invariants(&s, text).unwrap();
    }
}
