//! `lede_text::words` throughput on the news corpus, against two trivial baselines in the same
//! run: counting newlines with memchr, and counting whitespace-separated tokens with
//! `split_ascii_whitespace`.
//!
//! `cargo bench -p lede-benches --bench words -- --warm-up-time 1 --measurement-time 3`
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

fn bench(c: &mut Criterion) {
    let (text, from) = lede_benches::corpus();
    eprintln!(
        "corpus: {from} ({} bytes, {} words)",
        text.len(),
        lede_text::words(&text).count()
    );
    let mut g = c.benchmark_group("words");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(20);
    g.bench_function("baseline_memchr_newlines", |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(&text).as_bytes()).count())
    });
    g.bench_function("baseline_split_ascii_whitespace", |b| {
        b.iter(|| black_box(&text).split_ascii_whitespace().count())
    });
    g.bench_function("words", |b| {
        b.iter(|| lede_text::words(black_box(&text)).count())
    });
    g.bench_function("words_shapes", |b| {
        b.iter(|| {
            lede_text::words(black_box(&text))
                .filter(|w| w.shape == lede_text::Shape::Capitalized)
                .count()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
