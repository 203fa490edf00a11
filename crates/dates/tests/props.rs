//! Invariants: absolute dates in every supported format are found and resolve to themselves;
//! bare weekdays resolve within 7 days of the anchor; spans are valid and sorted; results are
//! deterministic.
#![cfg(feature = "builtin-data")]
use jiff::civil::{date, Date};
use lede_dates::{DateTagger, TimexKind};
use proptest::prelude::*;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const ABBR: [&str; 12] = [
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn any_date() -> impl Strategy<Value = Date> {
    (1900i16..2100, 1i8..=12, 1i8..=31)
        .prop_filter_map("valid date", |(y, m, d)| Date::new(y, m, d).ok())
}

fn formats(d: Date) -> Vec<String> {
    let (y, m, dd) = (d.year(), d.month(), d.day());
    let mi = usize::try_from(m - 1).unwrap();
    vec![
        format!("{} {dd}, {y}", MONTHS[mi]),
        format!("{} {dd}, {y}", ABBR[mi]),
        format!("{dd} {} {y}", MONTHS[mi]),
        format!("{y}-{m:02}-{dd:02}"),
        format!("{m}/{dd}/{y}"),
        format!("{m}.{dd}.{y}"),
        format!("{dd}-{}-{y}", &MONTHS[mi][..3]),
    ]
}

/// The text in lower case, upper case, or as written.
fn cased(s: &str, case: u8) -> String {
    match case {
        0 => s.to_lowercase(),
        1 => s.to_uppercase(),
        _ => s.to_string(),
    }
}

proptest! {
    #[test]
    fn absolute_dates_resolve_to_themselves(d in any_date(), anchor in any_date()) {
        let tagger = DateTagger::new();
        for f in formats(d) {
            let text = format!("The agreement was signed on {f} in the capital.");
            // Any letter case: `AUGUST 16, 2023`, `august 16, 2023`.
            for case in 0..2u8 {
                let f = cased(&f, case);
                if f.starts_with("may") || f.starts_with("MAY") {
                    continue; // `may 5, 2023` in lower case is left to context
                }
                let t = format!("It was signed on {f}.");
                let found = tagger.tag(&t, Some(anchor));
                prop_assert_eq!(found.len(), 1, "{} -> {:?}", t, found);
                prop_assert_eq!(found[0].value.clone(), d.strftime("%Y-%m-%d").to_string());
            }
            let found = tagger.tag(&text, Some(anchor));
            prop_assert_eq!(found.len(), 1, "{} -> {:?}", text, found);
            prop_assert_eq!(&text[found[0].span.start..found[0].span.end], f.as_str());
            prop_assert_eq!(found[0].value.clone(), d.strftime("%Y-%m-%d").to_string());
            prop_assert_eq!(found[0].interval, Some((d, d.tomorrow().unwrap())));
            // Without an anchor the value is the same.
            prop_assert_eq!(tagger.tag(&text, None)[0].value.clone(), found[0].value.clone());
        }
    }

    #[test]
    fn weekdays_resolve_within_a_week(anchor in any_date(), w in 0usize..7, fut in any::<bool>()) {
        let tagger = DateTagger::new();
        let text = if fut {
            format!("The minister will visit the capital {}.", WEEKDAYS[w])
        } else {
            format!("The minister visited the capital {}.", WEEKDAYS[w])
        };
        let found = tagger.tag(&text, Some(anchor));
        prop_assert_eq!(found.len(), 1);
        prop_assert_eq!(found[0].kind, TimexKind::Date);
        let d: Date = found[0].value.parse().unwrap();
        let days = (d - anchor).get_days();
        prop_assert!(days.abs() < 7, "{} -> {} ({} days)", text, d, days);
        prop_assert_eq!(d.weekday().to_monday_zero_offset() as usize, w);
        if fut { prop_assert!(days >= 0) } else { prop_assert!(days <= 0) }
    }

    #[test]
    fn spans_valid_sorted_deterministic(text in "\\PC{0,200}", words in proptest::collection::vec(
        prop::sample::select(vec!["May", "last", "year", "the", "third", "quarter", "2020", "Friday", "3", "p.m.", "-", "day", "ago", "early", "of", "1990s", ",", "Aug.", "16", "'", "every", "week", "now", "a", "two", "nine", "hundred", "thousand", "months", "weeks", "later", "999", "half", "an", "hour", "Monday", "next", "previous", "the", "1/2", "12:30", "GMT", "1300", "Thanksgiving", "Day", "and", "25", "nineteen", "ninety-six", "fiscal", "Q3"]), 0..30)) {
        let tagger = DateTagger::new();
        let joined = format!("{text} {}", words.join(" "));
        for anchor in [None, Some(date(2023, 8, 16)), Some(date(9999, 12, 31)), Some(date(-9999, 1, 1))] {
            for t in [&text, &joined] {
                let found = tagger.tag(t, anchor);
                let mut last_end = 0;
                for x in &found {
                    prop_assert!(x.span.start < x.span.end);
                    prop_assert!(t.get(x.span.start..x.span.end).is_some());
                    prop_assert!(x.span.start >= last_end, "overlap or unsorted");
                    prop_assert!(!x.value.is_empty());
                    if let Some((b, e)) = x.interval { prop_assert!(b < e); }
                    last_end = x.span.end;
                }
                prop_assert_eq!(&found, &tagger.tag(t, anchor));
            }
        }
    }

    #[test]
    fn weekday_of_next_week(anchor in any_date(), w in 0usize..7) {
        let tagger = DateTagger::new();
        let text = format!("{} of next week", WEEKDAYS[w].to_lowercase());
        let found = tagger.tag(&text, Some(anchor));
        prop_assert_eq!(found.len(), 1, "{:?}", found);
        let day: Date = found[0].value.parse().unwrap();
        // Next week (Monday to Sunday): 7 to 13 days after this week's Monday.
        let monday = anchor
            .checked_sub(jiff::Span::new().days(i64::from(anchor.weekday().to_monday_zero_offset())))
            .unwrap();
        let gap = (day - monday).get_days();
        prop_assert!((7..=13).contains(&gap), "{} {} {}", anchor, day, gap);
        prop_assert_eq!(i64::from(day.weekday().to_monday_zero_offset()), w as i64);
    }

    #[test]
    fn counted_days_and_day_after_tomorrow(anchor in any_date(), n in 2i64..400) {
        let tagger = DateTagger::new();
        let plus = |k: i64| anchor.checked_add(jiff::Span::new().days(k)).unwrap();
        // `N days from now`: the duration `N days`, anchored at the document date.
        let found = tagger.tag(&format!("It ends {n} days from now."), Some(anchor));
        prop_assert_eq!(found[0].kind, TimexKind::Duration);
        prop_assert_eq!(found[0].interval, Some((anchor, plus(n))));
        let found = tagger.tag(&format!("{n} days hence"), Some(anchor));
        prop_assert_eq!(found[0].value.clone(), plus(n).to_string());
        let found = tagger.tag("the day after tomorrow", Some(anchor));
        prop_assert_eq!(found.len(), 1);
        prop_assert_eq!(found[0].value.clone(), plus(2).to_string());
        let found = tagger.tag("the day before yesterday", Some(anchor));
        prop_assert_eq!(found[0].value.clone(), plus(-2).to_string());
    }
}
