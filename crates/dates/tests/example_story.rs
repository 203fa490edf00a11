//! The example story (`shared/examples/belarus-2023-08-16.txt`, document date 2023-08-16) must
//! come out right: `Wednesday` = 2023-08-16, `Friday` = 2023-08-18, `three-day` = P3D, `2018`,
//! `2020`, `last year` = 2022. The text is read from the shared folder, never copied here.
#![cfg(feature = "builtin-data")]
use lede_dates::{DateTagger, TimexKind};
use std::path::PathBuf;

#[test]
fn example_story_dates() {
    let dir = std::env::var_os("LEDE_EVAL_DIR")
        .map(|d| PathBuf::from(d).join("../examples"))
        .unwrap_or_else(|| {
            PathBuf::from(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../../shared/examples"
            ))
        });
    let path = dir.join("belarus-2023-08-16.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!(
            "notice: {} not found; skipping the example story test",
            path.display()
        );
        return;
    };
    let found = DateTagger::new().tag(&text, Some(jiff::civil::date(2023, 8, 16)));
    let got: Vec<(&str, TimexKind, &str)> = found
        .iter()
        .map(|t| (&text[t.span.start..t.span.end], t.kind, t.value.as_str()))
        .collect();
    for want in [
        ("Wednesday", TimexKind::Date, "2023-08-16"),
        ("Friday", TimexKind::Date, "2023-08-18"),
        ("three-day", TimexKind::Duration, "P3D"),
        ("2018", TimexKind::Date, "2018"),
        ("2020", TimexKind::Date, "2020"),
        ("last year", TimexKind::Date, "2022"),
    ] {
        assert!(got.contains(&want), "missing {want:?} in {got:?}");
    }
    // Nothing spurious: every expression is one of the above or the copyright year.
    for (extent, _, _) in &got {
        assert!(
            [
                "Wednesday",
                "Friday",
                "three-day",
                "2018",
                "2020",
                "last year",
                "2023"
            ]
            .contains(extent),
            "unexpected {extent:?}"
        );
    }
}
