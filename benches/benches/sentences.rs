//! `lede-sentences` throughput on the news corpus, against a trivial baseline (counting newlines with
//! memchr) in the same run.
//!
//! `cargo bench -p lede-benches --bench sentences`
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

fn bench(c: &mut Criterion) {
    let (text, from) = lede_benches::corpus();
    eprintln!("corpus: {from} ({} bytes)", text.len());
    let x = lede_sentences::Splitter::new();
    let f = |t: &str| x.split(t).len();
    let mut g = c.benchmark_group("sentences");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("baseline_memchr_newlines", |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(&text).as_bytes()).count())
    });
    g.bench_function("sentences", |b| b.iter(|| f(black_box(&text))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
