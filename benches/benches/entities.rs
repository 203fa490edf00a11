//! `lede-entities` throughput on the news corpus, against a trivial baseline (counting newlines with
//! memchr) in the same run: the whole corpus as one text, and document by document (as the CLI
//! runs); plus the time to build the recogniser from the built-in data.
//!
//! `cargo bench -p lede-benches --bench entities -- --warm-up-time 1 --measurement-time 3`
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

fn bench(c: &mut Criterion) {
    let (text, from) = lede_benches::corpus();
    eprintln!("corpus: {from} ({} bytes)", text.len());
    let x = lede_entities::EntityRecognizer::new();
    let f = |t: &str| x.recognize(t).mentions.len();
    let mut g = c.benchmark_group("entities");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("baseline_memchr_newlines", |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(&text).as_bytes()).count())
    });
    g.bench_function("entities", |b| b.iter(|| f(black_box(&text))));
    // The corpus holds 1,303 documents separated by blank lines; the CLI annotates one document
    // per JSON line, so this is the figure a user sees.
    let docs: Vec<&str> = text
        .split("\n\n")
        .filter(|d| !d.trim().is_empty())
        .collect();
    g.bench_function("entities_per_document", |b| {
        b.iter(|| docs.iter().map(|d| f(black_box(d))).sum::<usize>())
    });
    g.finish();

    let mut g = c.benchmark_group("entities_build");
    g.sample_size(10);
    g.bench_function("new_builtin", |b| {
        b.iter(|| black_box(lede_entities::EntityRecognizer::new()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
