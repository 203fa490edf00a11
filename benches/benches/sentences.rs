//! `lede-sentences` throughput on the news corpus, against two baselines in the same run: a
//! trivial one (counting newlines with memchr) and unicode-segmentation's UAX #29 sentence
//! boundaries (`split_sentence_bound_indices`), the reference the issue asks us to beat.
//!
//! `cargo bench -p lede-benches --bench sentences -- --warm-up-time 1 --measurement-time 3`
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

fn bench(c: &mut Criterion) {
    let (text, from) = lede_benches::corpus();
    eprintln!("corpus: {from} ({} bytes)", text.len());
    let x = lede_sentences::Splitter::new();
    let mut g = c.benchmark_group("sentences");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("baseline_memchr_newlines", |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(&text).as_bytes()).count())
    });
    g.bench_function("baseline_unicode_segmentation", |b| {
        b.iter(|| black_box(&text).split_sentence_bound_indices().count())
    });
    g.bench_function("sentences_split", |b| {
        b.iter(|| x.split(black_box(&text)).len())
    });
    g.bench_function("sentences_split_iter", |b| {
        b.iter(|| x.split_iter(black_box(&text)).count())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
