//! Precision negatives: `may` the verb, `march` the verb, `Sun` the paper, amounts, phone
//! numbers, addresses, scores and versions give no timex (sentences in `negatives.txt`).
use lede_dates::DateTagger;

#[test]
fn negatives_give_no_timex() {
    let tagger = DateTagger::new();
    let anchor = Some(jiff::civil::date(2023, 8, 16));
    let mut failures = Vec::new();
    let mut n = 0;
    for line in include_str!("negatives.txt").lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        n += 1;
        let found = tagger.tag(line, anchor);
        if !found.is_empty() {
            let what: Vec<_> = found
                .iter()
                .map(|t| (&line[t.span.start..t.span.end], t.value.clone()))
                .collect();
            failures.push(format!("{line:?} -> {what:?}"));
        }
    }
    assert!(n >= 25, "negative file too short: {n}");
    assert!(
        failures.is_empty(),
        "false positives:\n{}",
        failures.join("\n")
    );
}
