//! Accuracy regression on the CoNLL-2003 dev split (`$LEDE_EVAL_DIR/entities/dev.jsonl`):
//! exact span + label micro F1, as `score.py` computes it. Skips with a notice when the data is
//! missing. The floors are what the code achieves now minus a small margin.
use lede_entities::EntityRecognizer;
use std::collections::HashSet;
use std::path::PathBuf;

fn eval_dir() -> PathBuf {
    std::env::var_os("LEDE_EVAL_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/eval"))
        })
}

struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
    per: (usize, usize, usize),
}

fn score(file: &str) -> Option<Counts> {
    let path = eval_dir().join("entities").join(file);
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!(
            "notice: {} missing, skipping the accuracy test",
            path.display()
        );
        return None;
    };
    let r = EntityRecognizer::new();
    let mut c = Counts {
        tp: 0,
        fp: 0,
        fn_: 0,
        per: (0, 0, 0),
    };
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = v["text"].as_str().unwrap();
        let gold: HashSet<(u64, u64, String)> = v["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["start"].as_u64().unwrap(),
                    e["end"].as_u64().unwrap(),
                    e["label"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let found = r.recognize(text);
        let sys: HashSet<(u64, u64, String)> = found
            .mentions
            .iter()
            .map(|m| {
                (
                    m.span.start as u64,
                    m.span.end as u64,
                    m.label.as_str().to_string(),
                )
            })
            .collect();
        for s in &sys {
            let hit = gold.contains(s);
            if hit {
                c.tp += 1;
            } else {
                c.fp += 1;
            }
            if s.2 == "PER" {
                if hit {
                    c.per.0 += 1;
                } else {
                    c.per.1 += 1;
                }
            }
        }
        for g in &gold {
            if !sys.contains(g) {
                c.fn_ += 1;
                if g.2 == "PER" {
                    c.per.2 += 1;
                }
            }
        }
    }
    Some(c)
}

fn f1(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (100.0 * p, 100.0 * r, 100.0 * f)
}

#[test]
fn conll_dev_f1_floor() {
    let Some(c) = score("dev.jsonl") else { return };
    let (p, r, f) = f1(c.tp, c.fp, c.fn_);
    let (_, _, pf) = f1(c.per.0, c.per.1, c.per.2);
    eprintln!("CoNLL dev: P {p:.2} R {r:.2} F1 {f:.2}; PER F1 {pf:.2}");
    assert!(f >= 90.8, "dev F1 {f:.2} fell below the floor");
    assert!(pf >= 93.4, "dev PER F1 {pf:.2} fell below the floor");
    assert!(p >= 91.1, "dev precision {p:.2} fell below the floor");
}

#[test]
fn gum_news_unlabelled_recall_floor() {
    let path = eval_dir().join("entities").join("gum_news_silver.jsonl");
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!("notice: {} missing, skipping", path.display());
        return;
    };
    let r = EntityRecognizer::new();
    let (mut hit, mut total) = (0usize, 0usize);
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = v["text"].as_str().unwrap();
        let found = r.recognize(text);
        let sys: HashSet<(usize, usize)> = found
            .mentions
            .iter()
            .map(|m| (m.span.start, m.span.end))
            .collect();
        for e in v["entities"].as_array().unwrap() {
            total += 1;
            let k = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            if sys.contains(&k) {
                hit += 1;
            }
        }
    }
    let recall = 100.0 * hit as f64 / total.max(1) as f64;
    eprintln!("GUM news silver unlabelled recall {recall:.2}");
    assert!(
        recall >= 79.9,
        "GUM unlabelled recall {recall:.2} fell below the floor"
    );
}

/// The example story (copyrighted: read from the shared folder, never copied here).
#[test]
fn example_story() {
    let path = eval_dir().join("../examples/belarus-2023-08-16.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("notice: {} missing, skipping", path.display());
        return;
    };
    let found = EntityRecognizer::new().recognize(&text);
    let get = |surface: &str| {
        found
            .mentions
            .iter()
            .filter(|m| &text[m.span] == surface)
            .map(|m| {
                (
                    m.label.as_str(),
                    found.entities[m.entity].canonical.as_str(),
                )
            })
            .collect::<Vec<_>>()
    };
    for (s, label, canonical) in [
        ("Li Shangfu", "PER", "Li Shangfu"),
        ("Viktor Khrenin", "PER", "Viktor Khrenin"),
        ("Belta", "ORG", "Belta"),
        ("Duda", "PER", "Andrzej Duda"),
        ("Rinkevics", "PER", "Edgars Rinkevics"),
        ("Polish", "MISC", "Poland"),
        ("Belarusian", "MISC", "Belarus"),
        ("Chinese", "MISC", "China"),
        ("Minsk", "LOC", "Minsk"),
        ("Warsaw", "LOC", "Warsaw"),
        ("Jing Li", "PER", "Jing Li"),
        ("Piotr Bujnicki", "PER", "Piotr Bujnicki"),
        ("Milda Seputyte", "PER", "Milda Seputyte"),
        ("Lukashenko", "PER", "Alexander Lukashenko"),
        ("European Union", "ORG", "European Union"),
        ("NATO", "ORG", "North Atlantic Treaty Organization"),
    ] {
        let got = get(s);
        assert!(!got.is_empty(), "{s} not found");
        for g in got {
            assert_eq!(g, (label, canonical), "{s}");
        }
    }
    // Nothing in the headline but China, Belarus and NATO.
    let headline_end = text.find('\n').unwrap();
    let in_head: Vec<&str> = found
        .mentions
        .iter()
        .filter(|m| m.span.end <= headline_end)
        .map(|m| &text[m.span])
        .collect();
    assert_eq!(in_head, ["China", "Belarus", "NATO"]);
}
