//! Reads JSONL documents (`{"id", "text", ...}`) on stdin and writes the shared `sentences`
//! schema on stdout, for the shared scorer:
//!
//! `cargo run -p lede-sentences --example split_jsonl < GOLD.jsonl > SYS.jsonl`
use std::io::{BufRead, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let splitter = lede_sentences::Splitter::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: serde_json::Value = serde_json::from_str(&line)?;
        let text = doc["text"].as_str().unwrap_or("");
        let sentences: Vec<_> = splitter
            .split(text)
            .into_iter()
            .map(|s| serde_json::json!({"start": s.start, "end": s.end}))
            .collect();
        let rec = serde_json::json!({"id": doc["id"], "text": text, "sentences": sentences});
        writeln!(out, "{rec}")?;
    }
    Ok(())
}
