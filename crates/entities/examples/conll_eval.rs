//! Runs the recogniser over an entities JSONL gold file and writes system JSONL for `score.py`.
//!
//! `cargo run -p lede-entities --example conll_eval -- GOLD.jsonl > SYS.jsonl`
use lede_entities::EntityRecognizer;
use std::io::{BufRead, Write};

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: conll_eval GOLD.jsonl");
    let r = EntityRecognizer::new();
    let f = std::io::BufReader::new(std::fs::File::open(path).expect("open"));
    let mut out = std::io::stdout().lock();
    for line in f.lines() {
        let line = line.expect("read");
        let v: serde_json::Value = serde_json::from_str(&line).expect("json");
        let text = v["text"].as_str().unwrap_or("");
        let found = r.recognize(text);
        let ents: Vec<_> = found
            .mentions
            .iter()
            .map(|m| {
                serde_json::json!({"start": m.span.start, "end": m.span.end,
                    "text": &text[m.span.start..m.span.end], "label": m.label.as_str(),
                    "canonical": found.entities[m.entity].canonical, "via": m.via.as_str()})
            })
            .collect();
        let o = serde_json::json!({"id": v["id"], "entities": ents});
        writeln!(out, "{o}").expect("write");
    }
}
