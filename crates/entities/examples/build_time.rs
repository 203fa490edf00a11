//! Times building the recogniser from the built-in data (best of 5), or with a file argument,
//! recognising that file (best of `PASSES` (default 5) passes).
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        let mut best = std::time::Duration::MAX;
        for _ in 0..5 {
            let t = std::time::Instant::now();
            let r = lede_entities::EntityRecognizer::new();
            best = best.min(t.elapsed());
            drop(r);
        }
        eprintln!("build: best of 5 {best:?}");
        return;
    };
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let r = lede_entities::EntityRecognizer::new();
    let mut best = std::time::Duration::MAX;
    let mut n = 0;
    let passes: usize = std::env::var("PASSES")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(5);
    for _ in 0..passes {
        let t = std::time::Instant::now();
        n = if std::env::var_os("PERDOC").is_some() {
            text.split("\n\n")
                .map(|d| r.recognize(d).mentions.len())
                .sum()
        } else {
            r.recognize(&text).mentions.len()
        };
        best = best.min(t.elapsed());
    }
    eprintln!(
        "recognize: {n} mentions, {:.1} MB/s",
        text.len() as f64 / best.as_secs_f64() / 1e6
    );
}
