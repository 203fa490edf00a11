//! Accuracy regression test: the 48 Golden Rules and GUM news dev, read from `$LEDE_EVAL_DIR`
//! (default `../shared/eval` beside the workspace). Skips with a notice when the data is absent.
//!
//! The metric re-implements `shared/eval/sentences/score.py`: boundary F1 over sentence ends,
//! excluding the trivial end of the document's last non-space character; a case is "fully
//! right" when the trimmed span lists are equal.
use lede_sentences::Splitter;
use std::collections::BTreeSet;
use std::path::PathBuf;

fn eval_dir() -> PathBuf {
    std::env::var_os("LEDE_EVAL_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/eval"))
        })
        .join("sentences")
}

struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
    exact: usize,
    docs: usize,
}

impl Score {
    fn f1(&self) -> f64 {
        let p = if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        };
        let r = if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        };
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn trimmed(
    text: &str,
    spans: impl IntoIterator<Item = (usize, usize)>,
) -> BTreeSet<(usize, usize)> {
    let b = text.as_bytes();
    spans
        .into_iter()
        .filter_map(|(mut a, mut e)| {
            while a < e && b[a].is_ascii_whitespace() {
                a += 1;
            }
            while e > a && b[e - 1].is_ascii_whitespace() {
                e -= 1;
            }
            (e > a).then_some((a, e))
        })
        .collect()
}

fn score(file: &str) -> Option<Score> {
    let path = eval_dir().join(file);
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!(
            "notice: {} not found; set LEDE_EVAL_DIR to run the accuracy test",
            path.display()
        );
        return None;
    };
    let splitter = Splitter::new();
    let mut s = Score {
        tp: 0,
        fp: 0,
        fn_: 0,
        exact: 0,
        docs: 0,
    };
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = doc["text"].as_str().unwrap();
        let gold = trimmed(
            text,
            doc["sentences"].as_array().unwrap().iter().map(|s| {
                (
                    s["start"].as_u64().unwrap() as usize,
                    s["end"].as_u64().unwrap() as usize,
                )
            }),
        );
        let sys = trimmed(
            text,
            splitter.split(text).into_iter().map(|s| (s.start, s.end)),
        );
        let last = text
            .trim_end_matches(|c: char| c.is_ascii_whitespace())
            .len();
        let ends = |set: &BTreeSet<(usize, usize)>| -> BTreeSet<usize> {
            set.iter().map(|&(_, e)| e).filter(|&e| e != last).collect()
        };
        let (ge, se) = (ends(&gold), ends(&sys));
        s.tp += ge.intersection(&se).count();
        s.fp += se.difference(&ge).count();
        s.fn_ += ge.difference(&se).count();
        s.exact += usize::from(gold == sys);
        s.docs += 1;
    }
    Some(s)
}

#[test]
fn golden_rules_all_right() {
    let Some(s) = score("golden_rules.jsonl") else {
        return;
    };
    eprintln!(
        "golden rules: {}/{} fully right, boundary F1 {:.4}",
        s.exact,
        s.docs,
        s.f1()
    );
    assert_eq!(s.docs, 48);
    assert_eq!(s.exact, 48, "Golden Rules regressed");
}

#[test]
fn gum_news_dev_floor() {
    let Some(s) = score("dev.jsonl") else { return };
    let f1 = s.f1();
    eprintln!(
        "GUM news dev: boundary F1 {f1:.4} (tp {} fp {} fn {}), {}/{} documents fully right",
        s.tp, s.fp, s.fn_, s.exact, s.docs
    );
    assert!(
        f1 >= 0.985,
        "GUM news dev boundary F1 {f1:.4} below the floor 0.985"
    );
}
