//! Arbitrary bytes as one JSONL input line: parsing never panics, and a parsed document renders.
#![no_main]
use lede::text::OffsetUnit;
use lede_cli::{parse_line, ErrorRecord, LineOptions, Record};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() > 1 << 16 {
        return;
    }
    let opts = LineOptions::default();
    match parse_line(data, 1, &opts) {
        Ok(input) => {
            let doc = lede::Document::default();
            for unit in [OffsetUnit::Bytes, OffsetUnit::Chars, OffsetUnit::Utf16] {
                let rec = Record::new(&input.id, &input.text, input.date, &doc, unit);
                assert!(serde_json_ok(&rec));
            }
        }
        Err(e) => {
            assert!(!e.message.is_empty());
            let _ = ErrorRecord::new(&e);
        }
    }
});

fn serde_json_ok<T: serde::Serialize>(v: &T) -> bool {
    serde_json::to_string(v).is_ok()
}
