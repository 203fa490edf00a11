//! Accuracy floor on the TempEval-3 TimeBank + AQUAINT dev set (`$LEDE_EVAL_DIR/dates/dev.jsonl`):
//! a faithful re-implementation of `score.py`'s relaxed alignment and value / strict / relaxed F1.
#![cfg(feature = "builtin-data")]
use lede_dates::DateTagger;
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

#[test]
fn dev_value_f1_floor() {
    let dir = std::env::var_os("LEDE_EVAL_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/eval"))
        });
    let path = dir.join("dates/dev.jsonl");
    let Ok(data) = std::fs::read_to_string(&path) else {
        println!(
            "notice: {} not found; skipping the dev accuracy test",
            path.display()
        );
        return;
    };
    let tagger = DateTagger::new();
    let (mut n_gold, mut n_sys, mut strict, mut relaxed, mut value, mut kind) = (0, 0, 0, 0, 0, 0);
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("dev.jsonl line is JSON");
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
    let value_f1 = f1(value, n_sys, n_gold);
    let strict_f1 = f1(strict, n_sys, n_gold);
    let relaxed_f1 = f1(relaxed, n_sys, n_gold);
    let type_acc = 100.0 * kind as f64 / relaxed.max(1) as f64;
    println!(
        "dev: gold {n_gold} sys {n_sys} value F1 {value_f1:.2} strict F1 {strict_f1:.2} relaxed F1 {relaxed_f1:.2} type acc {type_acc:.2}"
    );
    assert!(value_f1 >= 81.7, "value F1 {value_f1:.2} below floor");
    assert!(strict_f1 >= 89.2, "strict F1 {strict_f1:.2} below floor");
    assert!(relaxed_f1 >= 94.7, "relaxed F1 {relaxed_f1:.2} below floor");
    assert!(type_acc >= 95.3, "type accuracy {type_acc:.2} below floor");
}
