//! One test per rule family, on news-like sentences, with the document date 2023-08-16
//! (a Wednesday).
#![cfg(feature = "builtin-data")]
use jiff::civil::date;
use lede_dates::{DateTagger, Modifier, TimexKind};

fn tag(text: &str) -> Vec<(String, TimexKind, String)> {
    DateTagger::new()
        .tag(text, Some(date(2023, 8, 16)))
        .into_iter()
        .map(|t| (text[t.span.start..t.span.end].to_string(), t.kind, t.value))
        .collect()
}

fn one(text: &str, extent: &str, kind: TimexKind, value: &str) {
    let found = tag(text);
    assert!(
        found
            .iter()
            .any(|(e, k, v)| e == extent && *k == kind && v == value),
        "{text:?}: wanted {extent:?} {kind:?} {value:?}, got {found:?}"
    );
}

use TimexKind::{Date as D, Duration as Du, Set as S, Time as T};

#[test]
fn absolute_dates() {
    one(
        "The law took effect on Aug. 16, 2023, officials said.",
        "Aug. 16, 2023",
        D,
        "2023-08-16",
    );
    one(
        "It was signed 16 August 2023 in Minsk.",
        "16 August 2023",
        D,
        "2023-08-16",
    );
    one(
        "The filing is dated 2023-08-16.",
        "2023-08-16",
        D,
        "2023-08-16",
    );
    one(
        "The filing is dated 8/16/2023.",
        "8/16/2023",
        D,
        "2023-08-16",
    );
    one("Sales fell in August 2023.", "August 2023", D, "2023-08");
    one("It's the first visit since 2018.", "2018", D, "2018");
    one(
        "The talks are set for September 4.",
        "September 4",
        D,
        "2023-09-04",
    );
    one(
        "He was born on Wednesday, Aug. 16, 1961.",
        "Wednesday, Aug. 16, 1961",
        D,
        "1961-08-16",
    );
}

#[test]
fn periods_decades_centuries() {
    one("Inflation was high in the 1990s.", "the 1990s", D, "199");
    one(
        "It is the defining crisis of the 21st century.",
        "the 21st century",
        D,
        "20",
    );
    one(
        "Profit rose in the third quarter.",
        "the third quarter",
        D,
        "2023-Q3",
    );
    one(
        "Revenue in Q2 2023 beat forecasts.",
        "Q2 2023",
        D,
        "2023-Q2",
    );
    one("Third-quarter profit rose.", "Third-quarter", D, "2023-Q3");
    one(
        "The agency's budget for fiscal 2024 is flat.",
        "fiscal 2024",
        D,
        "2024",
    );
    one(
        "The plant will open in summer 2024.",
        "summer 2024",
        D,
        "2024-SU",
    );
    one(
        "Sales slowed in the first half of 2023.",
        "the first half of 2023",
        D,
        "2023-H1",
    );
}

#[test]
fn modifiers() {
    let t = DateTagger::new();
    let text = "The deal is expected to close in mid-September.";
    let x = t.tag(text, Some(date(2023, 8, 16)));
    assert_eq!(&text[x[0].span.start..x[0].span.end], "mid-September");
    assert_eq!(x[0].value, "2023-09");
    assert_eq!(x[0].modifier, Some(Modifier::Mid));
    one("Growth picked up in early 2023.", "early 2023", D, "2023");
    one(
        "The vote is due by the end of the year.",
        "the end of the year",
        D,
        "2023",
    );
}

#[test]
fn relative_days_and_weekdays() {
    one("The minister arrived today.", "today", D, "2023-08-16");
    one(
        "The minister arrived yesterday.",
        "yesterday",
        D,
        "2023-08-15",
    );
    one("The minister leaves tomorrow.", "tomorrow", D, "2023-08-17");
    one(
        "He was welcomed Wednesday in Minsk.",
        "Wednesday",
        D,
        "2023-08-16",
    );
    one(
        "Lithuania said it would close two checkpoints from Friday.",
        "Friday",
        D,
        "2023-08-18",
    );
    one("The talks collapsed Monday.", "Monday", D, "2023-08-14");
    one("Prices rose last week.", "last week", D, "2023-W32");
    one("The board meets next month.", "next month", D, "2023-09");
    one("Sales fell last year.", "last year", D, "2022");
    one("Sales fell two weeks ago.", "two weeks ago", D, "2023-W31");
    one(
        "Sales rose earlier this month.",
        "earlier this month",
        D,
        "2023-08",
    );
    one(
        "The talks collapsed last Friday.",
        "last Friday",
        D,
        "2023-08-11",
    );
}

#[test]
fn anchored_to_previous_mention() {
    one(
        "The talks began on March 3, 2021. The next day, they collapsed.",
        "The next day",
        D,
        "2021-03-04",
    );
    one(
        "Profit rose in the third quarter. A year earlier, it had fallen.",
        "A year earlier",
        D,
        "2022-Q3",
    );
}

#[test]
fn references() {
    one("Prices are now falling.", "now", D, "PRESENT_REF");
    one("He recently resigned.", "recently", D, "PAST_REF");
    one(
        "The company is currently in talks.",
        "currently",
        D,
        "PRESENT_REF",
    );
    one(
        "It will matter in the future.",
        "the future",
        D,
        "FUTURE_REF",
    );
}

#[test]
fn durations() {
    one(
        "China's defense chief arrived for a three-day visit.",
        "three-day",
        Du,
        "P3D",
    );
    one("He served for two years.", "two years", Du, "P2Y");
    one(
        "Prices doubled over the past decade.",
        "the past decade",
        Du,
        "P10Y",
    );
    one(
        "It took nearly forty years.",
        "nearly forty years",
        Du,
        "P40Y",
    );
    one(
        "Sales rose in the first nine months.",
        "the first nine months",
        Du,
        "P9M",
    );
    one("Talks have dragged on for months.", "months", Du, "PXM");
    one("The strike lasted 36 hours.", "36 hours", Du, "PT36H");
}

#[test]
fn sets() {
    one("The paper is published daily.", "daily", S, "P1D");
    one("The committee meets every week.", "every week", S, "P1W");
    one(
        "The council meets each Thursday.",
        "each Thursday",
        S,
        "XXXX-WXX-4",
    );
    one("The board meets twice a year.", "a year", S, "P1Y");
    // A rate after an amount is not annotated (TimeBank practice).
    assert!(tag("The fee is $5 a year.").is_empty());
}

#[test]
fn times() {
    one("The vote starts at 3 p.m.", "3 p.m.", T, "2023-08-16T15:00");
    one("The vote starts at 15:30.", "15:30", T, "2023-08-16T15:30");
    one("The vote starts at noon.", "noon", T, "2023-08-16T12:00");
    one(
        "The fire broke out Wednesday night.",
        "Wednesday night",
        T,
        "2023-08-16TNI",
    );
    one("He spoke this morning.", "this morning", T, "2023-08-16TMO");
    one(
        "Polls close at 10 p.m. Wednesday.",
        "10 p.m. Wednesday",
        T,
        "2023-08-16T22:00",
    );
}

#[test]
fn no_anchor_keeps_relative_unresolved() {
    let t = DateTagger::new();
    let x = t.tag("Sales fell last year and rose yesterday.", None);
    assert_eq!(x.len(), 2);
    assert_eq!(x[0].value, "XXXX");
    assert_eq!(x[1].value, "XXXX-XX-XX");
    assert!(x.iter().all(|t| t.interval.is_none()));
    let x = t.tag("The law took effect on Aug. 16, 2023.", None);
    assert_eq!(x[0].value, "2023-08-16");
}

#[test]
fn intervals() {
    let t = DateTagger::new();
    let x = t.tag("Sales fell last year.", Some(date(2023, 8, 16)));
    assert_eq!(x[0].interval, Some((date(2022, 1, 1), date(2023, 1, 1))));
    let x = t.tag("Profit rose in the third quarter.", Some(date(2023, 8, 16)));
    assert_eq!(x[0].interval, Some((date(2023, 7, 1), date(2023, 10, 1))));
}

#[test]
fn extents_drop_leading_prepositions() {
    one("It has been closed since 2018.", "2018", D, "2018");
    one("It will open on Friday.", "Friday", D, "2023-08-18");
}

#[test]
fn builder_rejects_bad_lexicon() {
    let err = DateTagger::builder()
        .lexicon_tsv("extra.tsv", "fortnightly\tbogus\t1\n")
        .build();
    assert!(err.is_err());
    let ok = DateTagger::builder()
        .lexicon_tsv("extra.tsv", "fortnightly\tset\tP1W\n")
        .build();
    assert!(ok.is_ok());
}

#[test]
fn ranges_holidays_and_parts_of_day() {
    // Ranges: each day is its own expression.
    one(
        "The summit will meet on April 24 and 25.",
        "April 24",
        D,
        "2024-04-24",
    );
    one(
        "The summit will meet on April 24 and 25.",
        "25",
        D,
        "2024-04-25",
    );
    one(
        "He was found on Thanksgiving Day.",
        "Thanksgiving Day",
        D,
        "2022-11-24",
    );
    one(
        "The fire started mid-afternoon yesterday.",
        "mid-afternoon yesterday",
        T,
        "2023-08-15TAF",
    );
    one(
        "He will leave at 4 in the morning.",
        "4 in the morning",
        T,
        "2023-08-16T04:00",
    );
    one(
        "The talks collapsed last night.",
        "last night",
        T,
        "2023-08-15TNI",
    );
}

#[test]
fn more_sets() {
    one("The report is published annually.", "annually", S, "P1Y");
    one(
        "The agency meets every two years.",
        "every two years",
        S,
        "P2Y",
    );
    one(
        "The festival takes place each July.",
        "each July",
        S,
        "XXXX-07",
    );
    one(
        "The show airs Tuesday nights.",
        "Tuesday nights",
        S,
        "XXXX-WXX-2TNI",
    );
}

#[test]
fn huge_counts_stay_in_range() {
    // Counts past jiff's span limits must not panic; the point is dropped or left unresolved.
    let t = DateTagger::new();
    for text in [
        "It was nine hundred thousand months ago.",
        "It was nine hundred thousand weeks ago.",
        "It came nine hundred thousand days later.",
        "It was 999 years ago, 9999 years from now.",
    ] {
        for anchor in [
            Some(date(2023, 8, 16)),
            Some(date(9999, 12, 31)),
            Some(date(-9999, 1, 1)),
            None,
        ] {
            let found = t.tag(text, anchor);
            assert!(found.iter().all(|x| !x.value.is_empty()), "{text}");
        }
    }
}

#[test]
fn vague_spans_and_open_ends() {
    one(
        "They will stay in the region for some time.",
        "some time",
        Du,
        "PXX",
    );
    one(
        "They will have to live without it for a while.",
        "a while",
        Du,
        "PXX",
    );
    one("Over the years the town grew.", "the years", Du, "PXY");
    one(
        "More recently, the group moved abroad.",
        "More recently",
        D,
        "PAST_REF",
    );
    one(
        "It will not be profitable until 2026 or later.",
        "2026 or later",
        D,
        "2026",
    );
    one(
        "Cash flow for 2024 and beyond looks strong.",
        "2024 and beyond",
        D,
        "2024",
    );
    one(
        "The chip goes on sale sometime next year.",
        "sometime next year",
        D,
        "2024",
    );
    one(
        "Profit fell in the last half of 2022.",
        "the last half of 2022",
        D,
        "2022-H2",
    );
}

#[test]
fn previous_units_and_ordinal_second() {
    one(
        "The previous year, sales fell.",
        "The previous year",
        D,
        "2022",
    );
    one(
        "He had been arrested the previous week.",
        "the previous week",
        D,
        "2023-W32",
    );
    one(
        "He served two-and-a-half years in prison.",
        "two-and-a-half years",
        Du,
        "P2Y6M",
    );
    let found = tag("He was sworn in for a second four-year term.");
    assert!(found.iter().all(|(e, _, _)| e != "a second"), "{found:?}");
    one("Wait a second.", "a second", Du, "PT1S");
}

#[test]
fn british_weekday_dates_and_decade_halves() {
    one(
        "The decision was taken on Friday 11 August.",
        "Friday 11 August",
        D,
        "2023-08-11",
    );
    one(
        "Sales were flat in the last half of the '80s.",
        "the last half of the '80s",
        D,
        "198",
    );
    one(
        "The first half of the 1990s was calm.",
        "The first half of the 1990s",
        D,
        "199",
    );
}

#[test]
fn last_unit_of_a_period() {
    one(
        "The talks were held in the last week of March.",
        "the last week of March",
        D,
        "2023-03",
    );
    let found = tag("He flies home Friday, the last day of his trip.");
    assert!(
        found
            .iter()
            .all(|(e, _, _)| !e.contains("day of") && e != "last day" && e != "the last day"),
        "{found:?}"
    );
}

#[test]
fn month_names_and_ranges() {
    one("The talks ended in June.", "June", D, "2023-06");
    one("He arrived in May. Then he left.", "May", D, "2023-05");
    one(
        "The season runs from November to February.",
        "February",
        D,
        "2024-02",
    );
    let found = tag("The accord was reached in the small hours of Sunday.");
    assert!(found.iter().all(|(e, _, _)| e != "hours"), "{found:?}");
}

#[test]
fn vague_decades_and_centuries() {
    one(
        "Ukraine was ruled from Moscow for centuries.",
        "centuries",
        Du,
        "PXC",
    );
    one(
        "Tensions have simmered for several decades.",
        "several decades",
        Du,
        "PXE",
    );
    one("It ended a decades-long battle.", "decades-long", Du, "PXY");
}

#[test]
fn one_day_as_an_indefinite_time() {
    one(
        "Islam will one day be the largest religion.",
        "one day",
        D,
        "FUTURE_REF",
    );
    one("It took one day to finish.", "one day", Du, "P1D");
}

#[test]
fn o_clock_times() {
    one(
        "He spoke at 10 o'clock.",
        "10 o'clock",
        T,
        "2023-08-16T10:00",
    );
    one(
        "He woke at six o'clock in the morning.",
        "six o'clock in the morning",
        T,
        "2023-08-16T06:00",
    );
}

#[test]
fn one_word_lengths() {
    one("The weeklong festival ended.", "weeklong", Du, "P1W");
    one(
        "A yearlong investigation found nothing.",
        "yearlong",
        Du,
        "P1Y",
    );
}

#[test]
fn modified_centuries_keep_the_determiner() {
    one(
        "It was built in the late 19th century.",
        "the late 19th century",
        D,
        "18",
    );
}

#[test]
fn lengths_before_later() {
    // TimeBank marks `three days` and leaves `later` as a signal.
    one(
        "Three days later, the index closed higher.",
        "Three days",
        Du,
        "P3D",
    );
    one("He returned a few days later.", "a few days", Du, "PXD");
    one(
        "The vote was on Tuesday. Days later, protests began.",
        "Days",
        Du,
        "PXD",
    );
    one(
        "Profit rose from a year earlier.",
        "a year earlier",
        D,
        "2022",
    );
}

#[test]
fn ordinal_days_of_an_event() {
    one(
        "It's the second day of an offensive.",
        "the second day",
        D,
        "2023-08-16",
    );
}

#[test]
fn count_ranges_are_vague_lengths() {
    one(
        "Acquisitions will be made in the next 12 to 18 months.",
        "the next 12 to 18 months",
        Du,
        "PXM",
    );
    one(
        "It takes two to three weeks.",
        "two to three weeks",
        Du,
        "PXW",
    );
}

#[test]
fn possessive_today_and_sentence_initial_title_case() {
    one(
        "The offer appeared in today's editions.",
        "today",
        D,
        "2023-08-16",
    );
    let found = tag("It matters in today's world.");
    assert!(found.is_empty(), "{found:?}");
    one(
        "Last Year over 4 million people visited.",
        "Last Year",
        D,
        "2022",
    );
}

#[test]
fn en_dash_compounds() {
    one(
        "A three\u{2013}day conference was held.",
        "three\u{2013}day",
        Du,
        "P3D",
    );
    one("In 1999\u{2013}2000, prices fell.", "2000", D, "2000");
}

#[test]
fn right_now_marks_now() {
    one("Right now my evidence is scant.", "now", D, "PRESENT_REF");
}

#[test]
fn in_n_units_ahead_is_a_date() {
    one(
        "The stock will be redeemed in five years.",
        "five years",
        D,
        "2028",
    );
    one(
        "The deal will close in three days.",
        "three days",
        D,
        "2023-08-19",
    );
    one(
        "The plan takes effect in two weeks.",
        "two weeks",
        Du,
        "P2W",
    );
}

#[test]
fn seasons_relative_to_the_document_date() {
    let at = |y, m, d, text: &str| -> Vec<String> {
        DateTagger::new()
            .tag(text, Some(date(y, m, d)))
            .into_iter()
            .map(|t| t.value)
            .collect()
    };
    // January and February belong to the winter that began the year before.
    assert_eq!(
        at(2023, 2, 23, "They applied before last summer."),
        ["2022-SU"]
    );
    assert_eq!(at(2023, 2, 23, "It will open next summer."), ["2023-SU"]);
    assert_eq!(at(2023, 2, 23, "It snowed last winter."), ["2021-WI"]);
    assert_eq!(at(2023, 2, 23, "This winter was mild."), ["2022-WI"]);
    assert_eq!(
        at(2023, 8, 16, "They applied before last summer."),
        ["2022-SU"]
    );
    assert_eq!(at(2023, 8, 16, "It will open next summer."), ["2024-SU"]);
    assert_eq!(at(2023, 8, 16, "It snowed last winter."), ["2022-WI"]);
    assert_eq!(at(2023, 8, 16, "It opens next winter."), ["2023-WI"]);
    assert_eq!(at(2023, 12, 5, "It will open next spring."), ["2024-SP"]);
    assert_eq!(at(2023, 12, 5, "It opened last spring."), ["2023-SP"]);
}
