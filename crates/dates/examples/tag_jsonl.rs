//! Tags a JSONL file of documents (`text`, `dct`) and prints the scorer's JSONL.
//!
//! `cargo run -p lede-dates --example tag_jsonl < dev.jsonl > out.jsonl`
use std::io::{BufRead, Write};

fn main() {
    let tagger = lede_dates::DateTagger::new();
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let text = v["text"].as_str().unwrap_or("");
        let dct = v["dct"]
            .as_str()
            .and_then(|d| d.parse::<jiff::civil::Date>().ok());
        let tx: Vec<serde_json::Value> = tagger
            .tag(text, dct)
            .into_iter()
            .map(|t| {
                serde_json::json!({"start": t.span.start, "end": t.span.end,
                    "text": &text[t.span.start..t.span.end], "type": t.kind.as_str(), "value": t.value})
            })
            .collect();
        let o = serde_json::json!({"id": v["id"], "timexes": tx});
        let _ = writeln!(out, "{o}");
    }
}
