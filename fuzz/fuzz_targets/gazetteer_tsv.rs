//! Arbitrary bytes as a user gazetteer TSV: building either fails with an error naming a line,
//! or succeeds and the recogniser then runs on the data itself without panicking.
#![no_main]
use lede_entities::EntityRecognizer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() > 1 << 14 {
        return;
    }
    match EntityRecognizer::builder()
        .without_builtin()
        .named_gazetteer_tsv("fuzz.tsv", data)
        .build()
    {
        Ok(r) => {
            let text = String::from_utf8_lossy(data);
            let found = r.recognize(&text);
            for m in &found.mentions {
                assert!(m.span.get(&text).is_some());
                assert!(m.entity < found.entities.len());
            }
        }
        Err(e) => assert!(
            e.to_string().contains("fuzz.tsv"),
            "error must name the source: {e}"
        ),
    }
});
