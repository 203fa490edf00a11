//! Whole pipeline on the shipped Wikinews article, against a trivial baseline (counting
//! newlines with memchr) in the same run.
//!
//! `cargo bench -p lede-benches --bench pipeline`
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use lede::Pipeline;
use lede_benches::ARTICLE;

fn bench(c: &mut Criterion) {
    let pipeline = Pipeline::new();
    let date = Some(jiff::civil::date(2023, 2, 23));
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(ARTICLE.len() as u64));
    g.bench_function("baseline_memchr_newlines", |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(ARTICLE).as_bytes()).count())
    });
    g.bench_function("annotate_all_layers", |b| {
        b.iter(|| pipeline.annotate(black_box(ARTICLE), date))
    });
    g.bench_function("build_pipeline", |b| b.iter(Pipeline::new));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
