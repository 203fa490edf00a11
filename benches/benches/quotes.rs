//! `lede-quotes` throughput on the news corpus, against a trivial baseline (counting newlines with
//! memchr) in the same run. `quotes` runs the finder alone; `quotes_with_hints` passes the
//! sentence spans and the entity recogniser's people (computed once, outside the timing), as the
//! pipeline does.
//!
//! `cargo bench -p lede-benches --bench quotes -- --warm-up-time 1 --measurement-time 3`
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use lede_entities::{EntityRecognizer, Label};
use lede_sentences::Splitter;

fn bench(c: &mut Criterion) {
    let (text, from) = lede_benches::corpus();
    eprintln!("corpus: {from} ({} bytes)", text.len());
    let x = lede_quotes::QuoteFinder::new();
    let sentences = Splitter::new().split(&text);
    let people: Vec<_> = EntityRecognizer::new()
        .recognize(&text)
        .mentions
        .iter()
        .filter(|m| m.label == Label::Per)
        .map(|m| m.span)
        .collect();
    eprintln!(
        "quotes found: {} ({} sentences, {} people spans given)",
        x.find(&text, &sentences, &people).len(),
        sentences.len(),
        people.len()
    );
    let mut g = c.benchmark_group("quotes");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("baseline_memchr_newlines", |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(&text).as_bytes()).count())
    });
    g.bench_function("quotes", |b| {
        b.iter(|| x.find(black_box(&text), &[], &[]).len())
    });
    g.bench_function("quotes_with_hints", |b| {
        b.iter(|| x.find(black_box(&text), &sentences, &people).len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
