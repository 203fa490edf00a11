//! Runs the quote finder over a JSONL file of documents (`{"id", "text", ...}` per line, read
//! from stdin) and writes the shared `quotes` schema, as the `lede` CLI does without the entity
//! layer: `cargo run -p lede-quotes --example quotes_jsonl < docs.jsonl > quotes.jsonl`.
//! With `--speech-only`, the stance cue classes (`object`, `seem`) are left out.
use lede_quotes::{CueClass, QuoteFinder};
use serde_json::{json, Value};
use std::io::{BufRead, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let finder = if std::env::args().any(|a| a == "--speech-only") {
        QuoteFinder::builder()
            .without_classes(&[CueClass::Object, CueClass::Seem])
            .build()?
    } else {
        QuoteFinder::new()
    };
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: Value = serde_json::from_str(&line)?;
        let text = doc["text"].as_str().unwrap_or("");
        let quotes: Vec<Value> = finder
            .find(text, &[], &[])
            .iter()
            .map(|q| {
                let name = q.speaker_ref.or(q.speaker).map(|s| &text[s]);
                json!({
                    "start": q.span.start,
                    "end": q.span.end,
                    "text": &text[q.span],
                    "kind": q.kind.as_str(),
                    "speaker": name,
                    "speaker_start": q.speaker.map(|s| s.start),
                    "speaker_end": q.speaker.map(|s| s.end),
                    "cue": q.cue.map(|c| &text[c]),
                })
            })
            .collect();
        writeln!(out, "{}", json!({"id": doc["id"], "quotes": quotes}))?;
    }
    Ok(())
}
