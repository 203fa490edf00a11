//! Accuracy floors on the two dev sets (`$LEDE_EVAL_DIR/dates/`): TempEval-3 TimeBank + AQUAINT
//! (`dev.jsonl`, news) and Duckling's phrase corpus (`duckling.jsonl`, the breadth of forms) in
//! both reading directions. A faithful re-implementation of `score.py`'s relaxed alignment and
//! value / strict / relaxed F1.
#![cfg(feature = "builtin-data")]
use lede_dates::{DateTagger, Prefer};
use std::path::PathBuf;

struct Gold {
    start: usize,
    end: usize,
    value: String,
    kind: String,
}

fn f1(correct: usize, sys: usize, gold: usize) -> f64 {
    let p = if sys == 0 {
        0.0
    } else {
        correct as f64 / sys as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        correct as f64 / gold as f64
    };
    if p + r == 0.0 {
        0.0
    } else {
        200.0 * p * r / (p + r)
    }
}

/// Value, strict and relaxed F1 and type accuracy of `tagger` on a gold file, or `None` when the
/// file is not there.
fn score(file: &str, tagger: &DateTagger) -> Option<[f64; 4]> {
    let dir = std::env::var_os("LEDE_EVAL_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/eval"))
        });
    let path = dir.join("dates").join(file);
    let Ok(data) = std::fs::read_to_string(&path) else {
        println!(
            "notice: {} not found; skipping its accuracy test",
            path.display()
        );
        return None;
    };
    let (mut n_gold, mut n_sys, mut strict, mut relaxed, mut value, mut kind) = (0, 0, 0, 0, 0, 0);
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("gold line is JSON");
        let text = doc["text"].as_str().expect("text");
        let dct: jiff::civil::Date = doc["dct"].as_str().expect("dct").parse().expect("dct date");
        let gold: Vec<Gold> = doc["timexes"]
            .as_array()
            .expect("timexes")
            .iter()
            .map(|t| Gold {
                start: t["start"].as_u64().expect("start") as usize,
                end: t["end"].as_u64().expect("end") as usize,
                value: t["value"].as_str().unwrap_or("").to_string(),
                kind: t["type"].as_str().unwrap_or("").to_uppercase(),
            })
            .collect();
        let sys = tagger.tag(text, Some(dct));
        n_gold += gold.len();
        n_sys += sys.len();
        // Greedy one-to-one alignment: exact extents first, then by largest overlap.
        let mut pairs = Vec::new();
        for (gi, g) in gold.iter().enumerate() {
            for (si, s) in sys.iter().enumerate() {
                let ov = g
                    .end
                    .min(s.span.end)
                    .saturating_sub(g.start.max(s.span.start));
                if ov > 0 {
                    let exact = g.start == s.span.start && g.end == s.span.end;
                    pairs.push((!exact, std::cmp::Reverse(ov), gi, si));
                }
            }
        }
        pairs.sort();
        let mut gu = vec![false; gold.len()];
        let mut su = vec![false; sys.len()];
        for (not_exact, _, gi, si) in pairs {
            if gu[gi] || su[si] {
                continue;
            }
            gu[gi] = true;
            su[si] = true;
            relaxed += 1;
            if !not_exact {
                strict += 1;
            }
            if gold[gi].value == sys[si].value {
                value += 1;
            }
            if gold[gi].kind == sys[si].kind.as_str() {
                kind += 1;
            }
        }
    }
    let s = [
        f1(value, n_sys, n_gold),
        f1(strict, n_sys, n_gold),
        f1(relaxed, n_sys, n_gold),
        100.0 * kind as f64 / relaxed.max(1) as f64,
    ];
    println!(
        "{file}: gold {n_gold} sys {n_sys} value F1 {:.2} strict F1 {:.2} relaxed F1 {:.2} type acc {:.2}",
        s[0], s[1], s[2], s[3]
    );
    Some(s)
}

#[test]
fn dev_floors() {
    let Some([value, strict, relaxed, kind]) = score("dev.jsonl", &DateTagger::new()) else {
        return;
    };
    assert!(value >= 82.0, "value F1 {value:.2} below floor");
    assert!(strict >= 89.4, "strict F1 {strict:.2} below floor");
    assert!(relaxed >= 94.8, "relaxed F1 {relaxed:.2} below floor");
    assert!(kind >= 95.3, "type accuracy {kind:.2} below floor");
}

#[test]
fn duckling_floors() {
    let ahead = DateTagger::builder()
        .prefer(Prefer::Future)
        .build()
        .expect("builtin lexicon");
    let Some([value, _, relaxed, _]) = score("duckling.jsonl", &DateTagger::new()) else {
        return;
    };
    assert!(
        value >= 78.0,
        "default reading: value F1 {value:.2} below floor"
    );
    assert!(relaxed >= 95.5, "relaxed F1 {relaxed:.2} below floor");
    let Some([value, ..]) = score("duckling.jsonl", &ahead) else {
        return;
    };
    assert!(
        value >= 88.5,
        "--prefer future: value F1 {value:.2} below floor"
    );
}
