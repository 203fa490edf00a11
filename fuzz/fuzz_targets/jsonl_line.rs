//! Arbitrary bytes as one JSONL input line, and as a document date: parsing never panics, and a
//! parsed document renders in every format (JSON with the line's own keys, TSV tables, HTML).
#![no_main]
use lede::text::OffsetUnit;
use lede_cli::{parse_date, parse_line, ErrorRecord, LineOptions, Record, Table};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() > 1 << 16 {
        return;
    }
    if let Ok(s) = std::str::from_utf8(data) {
        if let Ok(d) = parse_date(s) {
            assert!(!d.to_string().is_empty());
        }
    }
    let opts = LineOptions::default();
    // a line serde_json reads as a whole gives a record it reads too (a line it takes only as
    // raw text, like a number too large for f64, is written back as it came)
    let readable = serde_json::from_slice::<serde_json::Value>(data).is_ok();
    match parse_line(data, 1, &opts) {
        Ok(input) => {
            let doc = lede::Document::default();
            for unit in [OffsetUnit::Bytes, OffsetUnit::Chars, OffsetUnit::Utf16] {
                let rec = Record::new(&input.id, &input.text, input.date, &doc, unit)
                    .with_warning(input.warning.as_deref())
                    .with_fields(&input.fields);
                let json = serde_json::to_string(&rec).expect("a record serialises");
                assert!(
                    !readable || serde_json::from_str::<serde_json::Value>(&json).is_ok(),
                    "{json}"
                );
                for t in [
                    Table::Quotes,
                    Table::Entities,
                    Table::Timexes,
                    Table::Sentences,
                ] {
                    let _ = rec.tsv_rows(t);
                }
                assert!(rec.html().ends_with("</html>\n"));
            }
        }
        Err(e) => {
            assert!(!e.message.is_empty());
            let _ = ErrorRecord::new(&e);
        }
    }
});
