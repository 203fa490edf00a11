//! Shared inputs for the lede criterion benches.
//!
//! The whole-pipeline bench uses the freely licensed Wikinews article shipped in `examples/`.
//! Component benches run on `../shared/corpus/news.txt` when it is there (set `LEDE_CORPUS` to
//! another file), and otherwise on the shipped article repeated to about 1 MB.

/// The Wikinews article shipped in `examples/` (CC BY 2.5).
pub const ARTICLE: &str =
    include_str!("../../examples/wikinews-uk-asylum-questionnaire-2023-02-23.txt");

/// The throughput corpus: `$LEDE_CORPUS`, else `../shared/corpus/news.txt`, else the article
/// repeated to about 1 MB. Returns the text and where it came from.
pub fn corpus() -> (String, String) {
    let candidates = [
        std::env::var("LEDE_CORPUS").ok(),
        Some(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus/news.txt").to_string()),
    ];
    for path in candidates.into_iter().flatten() {
        if let Ok(text) = std::fs::read_to_string(&path) {
            return (text, path);
        }
    }
    let mut text = String::with_capacity(1 << 20);
    while text.len() < 1 << 20 {
        text.push_str(ARTICLE);
        text.push('\n');
    }
    (text, "examples/ article repeated".to_string())
}

/// The repository README's Rust examples, compiled and run as doc tests (here, in the crate
/// that is never published, since the README is outside every published crate).
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
