//! Unit tests of the shared layers the rules read: noun phrases and their heads, verb groups,
//! clause ends, sentences and quotation-mark regions.

use super::*;

fn table() -> CueTable {
    let mut t = CueTable::new();
    crate::parse_cues("builtin:cues.tsv", crate::BUILTIN_CUES, &mut t).unwrap();
    t
}

fn doc<'a>(table: &'a CueTable, text: &'a str) -> Doc<'a> {
    Doc::new(table, text, &[], false)
}

/// The token index of the first token reading `w`.
fn at(d: &Doc<'_>, w: &str) -> usize {
    d.toks
        .iter()
        .position(|t| &d.text[t.start..t.end] == w)
        .unwrap_or_else(|| panic!("no token {w:?}"))
}

fn said(d: &Doc<'_>, m: Mention) -> String {
    d.text[m.span.start..m.span.end].to_string()
}

#[test]
fn noun_phrase_heads_before_a_cue() {
    let t = table();
    let cases: &[(&str, &str, &str, MKind, bool)] = &[
        // text, cue, mention, kind, passive
        (
            "Polish President Andrzej Duda said it.",
            "said",
            "Polish President Andrzej Duda",
            MKind::Name,
            false,
        ),
        (
            "The agency said it.",
            "said",
            "The agency",
            MKind::Common,
            false,
        ),
        ("He said it.", "said", "He", MKind::Pronoun, false),
        (
            "Nuclear experts in the region said it.",
            "said",
            "experts in the region",
            MKind::Common,
            false,
        ),
        ("Smith was told it.", "told", "Smith", MKind::Name, true),
        (
            "Sanders on Tuesday said it.",
            "said",
            "Sanders",
            MKind::Name,
            false,
        ),
        (
            "A Pentagon spokesman, Capt. Jeff Davis, said it.",
            "said",
            "Capt. Jeff Davis",
            MKind::Name,
            false,
        ),
        (
            "The secretary general of CEI (Episcopal Conference), Nunzio Galantino, has called it.",
            "called",
            "Nunzio Galantino",
            MKind::Name,
            false,
        ),
        (
            "Matthew Ingram of The Globe and Mail said it.",
            "said",
            "Matthew Ingram of The Globe and Mail",
            MKind::Name,
            false,
        ),
        (
            "A leaked internal letter seen by Sky News says it.",
            "says",
            "A leaked internal letter",
            MKind::Common,
            false,
        ),
        (
            "PC World's recent analysis of its own traffic statistics concluded it.",
            "concluded",
            "PC World's recent analysis of its own traffic statistics",
            MKind::Common,
            false,
        ),
        (
            "Paul Sperry of Counter Jihad said it.",
            "said",
            "Paul Sperry of Counter Jihad",
            MKind::Name,
            false,
        ),
        (
            "Lydia Buchtmann for Food Standards Australia, says they are ready.",
            "says",
            "Lydia Buchtmann",
            MKind::Name,
            false,
        ),
    ];
    for &(text, cue, mention, kind, passive) in cases {
        let d = doc(&t, text);
        let (m, p) = d
            .np_before(at(&d, cue), 0)
            .unwrap_or_else(|| panic!("no subject in {text:?}"));
        assert_eq!(
            (said(&d, m).as_str(), m.kind, p),
            (mention, kind, passive),
            "{text}"
        );
    }
    // no subject: a fronted phrase, a possessive
    for (text, cue) in [
        ("Across Asia, says the report.", "says"),
        ("Editor’s note said nothing.", "said"),
    ] {
        let d = doc(&t, text);
        assert!(
            d.np_before(at(&d, cue), 0)
                .is_none_or(|(m, _)| said(&d, m) != "Asia"),
            "{text}"
        );
    }
}

#[test]
fn noun_phrases_after_a_cue() {
    let t = table();
    let cases: &[(&str, usize, &str, MKind)] = &[
        // text, token the phrase starts at, mention, kind
        (
            "said Andrzej Duda, the president.",
            1,
            "Andrzej Duda",
            MKind::Name,
        ),
        ("said the ministry.", 1, "the ministry", MKind::Common),
        ("said he.", 1, "he", MKind::Pronoun),
        (
            "The visit coincides with calls from Poland.",
            0,
            "The visit",
            MKind::Common,
        ),
        (
            "According to senior counter terrorism officials, it grew.",
            2,
            "senior counter terrorism officials",
            MKind::Common,
        ),
        (
            "state-owned news agency Belta said.",
            0,
            "state-owned news agency Belta",
            MKind::Name,
        ),
    ];
    for &(text, i, mention, kind) in cases {
        let d = doc(&t, text);
        let m = d
            .np_after(i, d.toks.len())
            .unwrap_or_else(|| panic!("no phrase in {text:?}"));
        assert_eq!((said(&d, m).as_str(), m.kind), (mention, kind), "{text}");
    }
    // a complementizer is no speaker
    let d = doc(&t, "suggests that the vote is close.");
    assert!(d.np_after(1, d.toks.len()).is_none());
}

#[test]
fn clause_and_complement_ends() {
    let t = table();
    // a clause (a verb among its first words) or a noun phrase
    for (text, clause) in [
        ("said the vote would be close.", true),
        ("said he was ready.", true),
        ("noted the start of the season.", false),
        ("said “it is over” on Friday.", true),
    ] {
        let d = doc(&t, text);
        assert_eq!(d.clause_like(1, d.toks.len()), clause, "{text}");
    }
    // an attribution that ends soon, or one that opens a clause of its own
    for (text, ends) in [
        ("told reporters in Warsaw.", true),
        ("told reporters that Warsaw was ready.", false),
    ] {
        let d = doc(&t, text);
        assert_eq!(d.attribution_ends(1, d.toks.len()), ends, "{text}");
    }
    // a fronted subordinate clause ends at its comma
    let text = "While Trump was not willing to say who paid, the front-runner did offer a plan.";
    let d = doc(&t, text);
    let cue = at(&d, "say");
    let e = d.fronted_end(0, cue, cue + 1, d.toks.len());
    assert_eq!(e, at(&d, ","), "{text}");
}

#[test]
fn sentences_end_after_a_closing_mark() {
    let t = table();
    let text = "It grew into a \"support movement\". Hill commented on it.";
    let d = doc(&t, text);
    let (a, b) = d.sent_of(at(&d, "Hill")).unwrap();
    assert_eq!(a, at(&d, "Hill"));
    assert_eq!(b, d.toks.len());
    assert!(d.ends_sentence(at(&d, ".")));
}

#[test]
fn quotation_mark_regions() {
    let t = table();
    let span = |d: &Doc<'_>, r: &Region| d.text[r.span.start..r.span.end].to_string();
    // two quotations, each closed
    let d = doc(&t, "“Yes,” he said. “No.”");
    let v: Vec<(String, bool)> = d.regions.iter().map(|r| (span(&d, r), r.closed)).collect();
    assert_eq!(
        v,
        [("“Yes,”".to_string(), true), ("“No.”".to_string(), true)]
    );
    // one pair of marks across a paragraph break is one region
    let d = doc(&t, "He said, \"One.\n\nTwo.\" Then he left.");
    assert_eq!(d.regions.len(), 1);
    assert_eq!(span(&d, &d.regions[0]), "\"One.\n\nTwo.\"");
    assert!(d.regions[0].closed);
    assert!(d.in_region(at(&d, "Two")));
    assert!(!d.in_region(at(&d, "Then")));
    // the multi-paragraph convention: a re-opened mark starts a region of its own
    let d = doc(&t, "He said: “One.\n\n“Two.”");
    let v: Vec<(String, bool)> = d.regions.iter().map(|r| (span(&d, r), r.closed)).collect();
    assert_eq!(
        v,
        [("“One.".to_string(), false), ("“Two.”".to_string(), true)]
    );
    // a stray closing mark in the next paragraph after a closed quotation changes nothing
    let d = doc(&t, "“One.”\n\nTwo.” Three.");
    assert_eq!(d.regions.len(), 1);
    assert_eq!(span(&d, &d.regions[0]), "“One.”");
}
