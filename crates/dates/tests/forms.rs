//! Every form of issue 11 with its value: anchor 2013-02-12 (a Tuesday, the Duckling corpus'
//! reference day) in the default reading and with `Prefer::Future`, and the example story's
//! 2023-08-16 (a Wednesday).
#![cfg(feature = "builtin-data")]
use jiff::civil::date;
use lede_dates::{DateTagger, Prefer};

/// Checks that `text` holds exactly one expression, covering `span` (the whole text when
/// empty), with `value`.
fn check(tagger: &DateTagger, anchor: jiff::civil::Date, text: &str, span: &str, value: &str) {
    let found = tagger.tag(text, Some(anchor));
    assert_eq!(found.len(), 1, "{text:?}: {found:?}");
    let want = if span.is_empty() { text } else { span };
    assert_eq!(
        &text[found[0].span.start..found[0].span.end],
        want,
        "{text:?}"
    );
    assert_eq!(found[0].value, value, "{text:?}");
}

#[test]
fn forms_in_the_default_reading() {
    let t = DateTagger::new();
    let a = date(2013, 2, 12);
    for (text, span, value) in [
        // Names in any case; compositions.
        ("next tuesday", "", "2013-02-19"),
        ("the day after tomorrow", "", "2013-02-14"),
        ("the day before yesterday", "", "2013-02-10"),
        ("wednesday of next week", "", "2013-02-20"),
        ("sunday from last week", "", "2013-02-10"),
        ("last week's sunday", "", "2013-02-10"),
        ("tomorrow afternoon at 5", "", "2013-02-13T17:00"),
        ("8 tonight", "", "2013-02-12T20:00"),
        ("a quarter past 3pm", "", "2013-02-12T15:15"),
        ("a quarter to noon", "", "2013-02-12T11:45"),
        ("twenty after 3pm", "", "2013-02-12T15:20"),
        ("the third of march", "", "2013-03-03"),
        ("the 1st of march", "", "2013-03-01"),
        ("Tuesday the 19th", "", "2013-02-19"),
        ("march third 2015", "", "2015-03-03"),
        ("March twenty-third", "", "2013-03-23"),
        ("the thirty-first of december", "", "2012-12-31"),
        ("this week-end", "", "2013-W07-WE"),
        ("first tuesday of october 2014", "", "2014-10-07"),
        ("last Sunday of March 2014", "", "2014-03-30"),
        ("the first Monday of this month", "", "2013-02-04"),
        ("20th of next month", "", "2013-03-20"),
        ("last day of october 2015", "", "2015-10-31"),
        ("friday after next", "", "2013-02-22"),
        ("3 fridays from now", "", "2013-03-01"),
        ("2 thursdays ago", "", "2013-01-31"),
        ("7 days hence", "", "2013-02-19"),
        ("around next tuesday", "", "2013-02-19"),
        ("last june", "", "2012-06"),
        ("june 5", "", "2013-06-05"),
        // Numeric dates.
        ("31-Oct-74", "", "1974-10-31"),
        ("10-31-74", "", "1974-10-31"),
        ("10.31.1974", "", "1974-10-31"),
        ("31/Oct/1974", "", "1974-10-31"),
        ("2014/10", "", "2014-10"),
        ("2014-10", "", "2014-10"),
        ("2/2013", "", "2013-02"),
        ("on 2/15", "2/15", "2013-02-15"),
        // Clock times.
        ("15h30", "", "2013-02-12T15:30"),
        ("at 15h", "15h", "2013-02-12T15:00"),
        ("3:15p", "", "2013-02-12T15:15"),
        ("at 3p", "3p", "2013-02-12T15:00"),
        ("330 p.m.", "", "2013-02-12T15:30"),
        ("3:30 p m", "", "2013-02-12T15:30"),
        ("ten thirty am", "", "2013-02-12T10:30"),
        ("four twenty-three a m", "", "2013-02-12T04:23"),
        ("3 oclock pm", "", "2013-02-12T15:00"),
        (
            "at 8 in the evening",
            "8 in the evening",
            "2013-02-12T20:00",
        ),
        ("3:20 in afternoon", "", "2013-02-12T15:20"),
        ("1300 GMT", "", "2013-02-12T13:00"),
        // Holidays.
        ("easter 2010", "", "2010-04-04"),
        ("last easter", "", "2012-04-08"),
        ("last christmas", "", "2012-12-25"),
        ("Good Friday 2013", "", "2013-03-29"),
        ("Thanksgiving 2013", "", "2013-11-28"),
        ("Independence Day 2013", "", "2013-07-04"),
        ("Memorial Day 2013", "", "2013-05-27"),
        ("Labor Day 2013", "", "2013-09-02"),
        ("Halloween 2013", "", "2013-10-31"),
        ("Valentine's Day 2013", "", "2013-02-14"),
        ("Boxing Day 2013", "", "2013-12-26"),
        ("New Year's Eve 2013", "", "2013-12-31"),
        ("new year's day 2014", "", "2014-01-01"),
        // Periods.
        ("the 4th qtr of 2018", "", "2018-Q4"),
        ("18q4", "", "2018-Q4"),
        ("2018Q4", "", "2018-Q4"),
        ("this qtr", "", "2013-Q1"),
        ("last yr", "", "2012"),
        ("in 2014 A.D.", "2014 A.D.", "2014"),
        ("the summer of 2019", "", "2019-SU"),
        ("the 1990s", "", "199"),
        ("the nineties", "", "199"),
    ] {
        check(&t, a, text, span, value);
    }
}

#[test]
fn forms_read_forwards() {
    let t = DateTagger::builder()
        .prefer(Prefer::Future)
        .build()
        .expect("builtin lexicon");
    let a = date(2013, 2, 12);
    for (text, span, value) in [
        ("monday", "", "2013-02-18"),
        ("thu.", "", "2013-02-14"),
        ("Fri, Jul 18", "", "2014-07-18"),
        ("Jul 18, Fri", "", "2014-07-18"),
        ("Aug 8", "", "2013-08-08"),
        ("the 1st", "", "2013-03-01"),
        ("first tuesday of october", "", "2013-10-01"),
        ("last friday of october", "", "2013-10-25"),
        ("fifth last day of May", "", "2013-05-27"),
        ("christmas", "", "2013-12-25"),
        ("easter", "", "2013-03-31"),
        (
            "at 7:30 PM on Fri, Sep 20",
            "7:30 PM on Fri, Sep 20",
            "2013-09-20T19:30",
        ),
        ("4th of July", "", "2013-07-04"),
    ] {
        check(&t, a, text, span, value);
    }
}

#[test]
fn forms_in_a_news_story() {
    let t = DateTagger::new();
    let a = date(2023, 8, 16);
    for (text, span, value) in [
        ("The talks ended on Wednesday.", "Wednesday", "2023-08-16"),
        ("Drills will run from Friday.", "Friday", "2023-08-18"),
        ("TALKS TO RESUME MONDAY", "MONDAY", "2023-08-21"),
        ("Exports fell last year.", "last year", "2022"),
        (
            "He arrived on Christmas Eve.",
            "Christmas Eve",
            "2022-12-24",
        ),
        ("They met Tuesday the 8th.", "Tuesday the 8th", "2023-08-08"),
        (
            "The vote is set for the third of September.",
            "the third of September",
            "2023-09-03",
        ),
        (
            "Markets will reopen at 9:30 a.m. on Monday.",
            "9:30 a.m. on Monday",
            "2023-08-21T09:30",
        ),
    ] {
        check(&t, a, text, span, value);
    }
    // `may` the verb, `Sun` the paper, `sat` the verb, scores, fractions and amounts are not
    // dates (or not part of one).
    for (text, not_in) in [
        ("Prices may rise 3 percent.", "may"),
        ("The Sun reported it.", "Sun"),
        ("They won 2-15 in the final.", "2-15"),
        ("He sat. Then he left.", "sat"),
        ("A 2/3 majority is needed.", "2/3"),
        ("The stock fell 3 today.", "3 today"),
        ("Shares were priced at 101 1/4.", "101"),
        ("The meeting ran from 10 to noon.", "10 to noon"),
    ] {
        let found = t.tag(text, Some(a));
        assert!(
            found
                .iter()
                .all(|x| !text[x.span.start..x.span.end].contains(not_in)),
            "{text:?}: {found:?}"
        );
    }
}
