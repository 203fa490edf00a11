//! The example wire story (../shared/examples/belarus-2023-08-16.txt, published Wednesday
//! 2023-08-16) through the whole pipeline. The story is copyrighted and is not in this repository:
//! the test reads it from the shared folder and skips with a notice when it is absent.
use jiff::civil::date;
use lede::entities::Label;
use lede::quotes::QuoteKind;
use lede::{Document, Pipeline};

fn story() -> Option<String> {
    let dir = std::env::var("LEDE_EVAL_DIR")
        .map(|d| format!("{d}/../examples"))
        .unwrap_or_else(|_| {
            concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/examples").into()
        });
    let path = format!("{dir}/belarus-2023-08-16.txt");
    match std::fs::read_to_string(&path) {
        Ok(t) => Some(t),
        Err(_) => {
            eprintln!("notice: {path} not found; example-story test skipped");
            None
        }
    }
}

fn annotate(text: &str) -> Document {
    Pipeline::new().annotate(text, Some(date(2023, 8, 16)))
}

#[test]
fn sentences_split_as_an_editor_would() {
    let Some(text) = story() else { return };
    let doc = annotate(&text);
    let s: Vec<&str> = doc.sentences.iter().map(|&s| &text[s]).collect();
    assert_eq!(s.len(), 20, "{s:#?}");
    assert_eq!(
        s[0],
        "China’s Defense Chief in Belarus as Tensions With NATO Mount"
    );
    assert!(s[7].starts_with("“Poland and Latvia") && s[7].ends_with("alongside Rinkevics."));
    assert_eq!(
        s[8],
        "“We have no doubt that it’s in cooperation with Russia.”"
    );
    assert_eq!(
        s[10],
        "He called China’s ties with Russia a “good cooperation model.”"
    );
    assert_eq!(
        s[16],
        "–With assistance from Jing Li, Piotr Bujnicki and Milda Seputyte."
    );
    assert_eq!(
        s[18],
        "More stories like this are available on bloomberg.com"
    );
    assert_eq!(s[19], "©2023 Bloomberg L.P.");
}

#[test]
fn every_date_resolves() {
    let Some(text) = story() else { return };
    let doc = annotate(&text);
    let got: Vec<(&str, &str, &str)> = doc
        .timexes
        .iter()
        .map(|t| (&text[t.span], t.kind.as_str(), t.value.as_str()))
        .collect();
    for want in [
        ("three-day", "DURATION", "P3D"),
        ("Wednesday", "DATE", "2023-08-16"),
        ("Friday", "DATE", "2023-08-18"),
        ("2018", "DATE", "2018"),
        ("2020", "DATE", "2020"),
        ("last year", "DATE", "2022"),
    ] {
        assert!(got.contains(&want), "{want:?} missing from {got:?}");
    }
}

#[test]
fn entities_and_links() {
    let Some(text) = story() else { return };
    let doc = annotate(&text);
    let find = |surface: &str| {
        doc.entities
            .mentions
            .iter()
            .filter(|m| &text[m.span] == surface)
            .map(|m| {
                (
                    m.label,
                    doc.entities.entity_of(m).map(|e| e.canonical.as_str()),
                )
            })
            .collect::<Vec<_>>()
    };
    let per = |s: &str, canonical: &str| {
        let f = find(s);
        assert!(!f.is_empty(), "{s} not found");
        assert!(
            f.iter()
                .all(|&(l, c)| l == Label::Per && c == Some(canonical)),
            "{s}: {f:?}"
        );
    };
    per("Li Shangfu", "Li Shangfu");
    per("Viktor Khrenin", "Viktor Khrenin");
    per("Andrzej Duda", "Andrzej Duda");
    per("Duda", "Andrzej Duda");
    per("Rinkevics", "Edgars Rinkevics");
    per("Edgars Rinkevics", "Edgars Rinkevics");
    per("Lukashenko", "Alexander Lukashenko");
    per("Putin", "Vladimir Putin");
    for name in ["Jing Li", "Piotr Bujnicki", "Milda Seputyte"] {
        per(name, name);
    }
    for place in [
        "Belarus",
        "Minsk",
        "Warsaw",
        "Poland",
        "Latvia",
        "Lithuania",
        "Moscow",
        "Russia",
        "Ukraine",
    ] {
        let f = find(place);
        assert!(
            !f.is_empty() && f.iter().all(|&(l, _)| l == Label::Loc),
            "{place}: {f:?}"
        );
    }
    for org in ["NATO", "Belta", "European Union", "EU"] {
        let f = find(org);
        assert!(
            !f.is_empty() && f.iter().all(|&(l, _)| l == Label::Org),
            "{org}: {f:?}"
        );
    }
    let polish = find("Polish");
    assert!(
        !polish.is_empty()
            && polish
                .iter()
                .all(|&(l, c)| l == Label::Misc && c == Some("Poland")),
        "{polish:?}"
    );
    for demonym in ["Russian", "Belarusian", "Latvian", "Chinese", "Lithuanian"] {
        let f = find(demonym);
        assert!(
            !f.is_empty() && f.iter().all(|&(l, _)| l == Label::Misc),
            "{demonym}: {f:?}"
        );
    }
}

#[test]
fn quotes_and_speakers() {
    let Some(text) = story() else { return };
    let doc = annotate(&text);
    let q: Vec<(QuoteKind, &str, Option<&str>)> = doc
        .quotes
        .iter()
        .map(|q| (q.quote.kind, &text[q.quote.span], q.speaker_name.as_deref()))
        .collect();
    let has = |kind: QuoteKind, starts: &str, speaker: &str| {
        assert!(
            q.iter()
                .any(|&(k, t, s)| k == kind && t.starts_with(starts) && s == Some(speaker)),
            "{kind:?} {starts:?} by {speaker} missing from {q:#?}"
        );
    };
    has(
        QuoteKind::Direct,
        "“Poland and Latvia have the same problem",
        "Andrzej Duda",
    );
    has(QuoteKind::Direct, "“We have no doubt", "Andrzej Duda");
    assert!(
        q.iter().any(|&(k, t, s)| k == QuoteKind::Mixed
            && t.contains("“good cooperation model.”")
            && s == Some("Li Shangfu")),
        "mixed quote of Li Shangfu missing from {q:#?}"
    );
    has(
        QuoteKind::Indirect,
        "that Warsaw was prepared",
        "Andrzej Duda",
    );
    has(
        QuoteKind::Indirect,
        "it would temporarily close",
        "Lithuania",
    );
    assert!(
        q.iter().any(|&(k, t, s)| k == QuoteKind::Indirect
            && t.contains("intensify cooperation")
            && s == Some("Li Shangfu")),
        "the defence chief's vow missing from {q:#?}"
    );
}
