//! `lede-dates` throughput on the news corpus, against a trivial baseline (counting newlines with
//! memchr) in the same run.
//!
//! `cargo bench -p lede-benches --bench dates`
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

fn bench(c: &mut Criterion) {
    let (text, from) = lede_benches::corpus();
    eprintln!("corpus: {from} ({} bytes)", text.len());
    let x = lede_dates::DateTagger::new();
    let d = Some(jiff::civil::date(2023, 8, 16));
    let f = |t: &str| x.tag(t, d).len();
    let mut g = c.benchmark_group("dates");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("baseline_memchr_newlines", |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(&text).as_bytes()).count())
    });
    g.bench_function("dates", |b| b.iter(|| f(black_box(&text))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
