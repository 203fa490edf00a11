//! Linear output on hostile shapes: a text with no sentence ends (a transcript, a scraped page)
//! gives quotes whose spans stay inside a bounded window and never cover a byte more than a few
//! times, so the output grows linearly with the input.
use lede_quotes::{Quote, QuoteFinder, Span};

/// The most quotes any byte of `text` is in.
fn max_cover(text: &str, quotes: &[Quote]) -> usize {
    let mut cover = vec![0usize; text.len() + 1];
    for q in quotes {
        cover[q.span.start] += 1;
        cover[q.span.end] = cover[q.span.end].wrapping_sub(1);
    }
    let mut depth = 0usize;
    let mut max = 0;
    for d in cover {
        depth = depth.wrapping_add(d);
        max = max.max(depth);
    }
    max
}

fn whole(text: &str) -> Vec<Span> {
    vec![Span::new(0, text.len())]
}

#[test]
fn nested_reports_without_punctuation_are_bounded() {
    let text = "the minister said that water in the village was ".repeat(3000);
    let quotes = QuoteFinder::new().find(&text, &whole(&text), &[]);
    assert!(
        quotes.len() > 100,
        "the frames are still found: {}",
        quotes.len()
    );
    assert!(
        max_cover(&text, &quotes) <= 3,
        "cover {}",
        max_cover(&text, &quotes)
    );
    // a content span never runs past a few hundred tokens
    let longest = quotes.iter().map(|q| q.span.len()).max().unwrap_or(0);
    assert!(longest < 256 * 12, "longest quote {longest} bytes");
    let total: usize = quotes.iter().map(|q| q.span.len()).sum();
    assert!(
        total <= 3 * text.len(),
        "{total} bytes of quotes for {}",
        text.len()
    );
}

#[test]
fn a_normal_nested_report_is_kept() {
    let text = "Officials said that the minister had told reporters that the plan would fail.";
    let quotes = QuoteFinder::new().find(text, &whole(text), &[]);
    let texts: Vec<&str> = quotes.iter().filter_map(|q| q.span.get(text)).collect();
    assert!(
        texts
            .iter()
            .any(|s| s.contains("the minister had told reporters")),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|s| s.ends_with("the plan would fail")),
        "{texts:?}"
    );
}

#[test]
fn many_cues_in_one_sentence_stay_cheap() {
    // 60,000 cues in one sentence; the window cap keeps this linear (it used to take minutes)
    let text = "said, ".repeat(60_000);
    let quotes = QuoteFinder::new().find(&text, &whole(&text), &[]);
    assert!(max_cover(&text, &quotes) <= 3);
}

#[test]
fn quotes_attributed_one_after_another_do_not_nest() {
    // no sentence end between them (`said.b`): each lead-in used to take in every quote before it
    let text = "“Yes,” he said.b".repeat(2000);
    let quotes = QuoteFinder::new().find(&text, &whole(&text), &[]);
    assert!(quotes.len() >= 2000, "{}", quotes.len());
    assert!(
        max_cover(&text, &quotes) <= 3,
        "cover {}",
        max_cover(&text, &quotes)
    );
}

#[test]
fn thousands_of_unclosed_marks_stay_linear() {
    // 100,000 opening double marks, each followed by a closing single mark that pairs nothing
    let text = "“ddddddds’ ".repeat(100_000);
    let quotes = QuoteFinder::new().find(&text, &whole(&text), &[]);
    assert!(max_cover(&text, &quotes) <= 3);
}

#[test]
fn capitalised_words_linked_by_hyphens_without_end_stay_linear() {
    // every run end used to scan back over the whole chain to the start of the text
    let text = "esnookernse Mnislisedsnookernse -Mnislisedispvolleybnalltep".repeat(20_000);
    let people = [Span::new(12, 31)];
    let quotes = QuoteFinder::new().find(&text, &whole(&text), &people);
    assert!(max_cover(&text, &quotes) <= 3);
}

#[test]
fn many_unattributed_quotations_in_one_paragraph_stay_linear() {
    // every unattributed quotation used to scan all quotes found so far, and all later ones
    let text = "sa)id, a)id, t \"x y z?\" ".repeat(40_000);
    let quotes = QuoteFinder::new().find(&text, &whole(&text), &[]);
    assert!(max_cover(&text, &quotes) <= 3);
}
