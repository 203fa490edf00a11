//! Holidays: `Christmas`, `xmas`, `Easter 2010`, `Good Friday`, `Thanksgiving Day`, `New Year's
//! Eve`, `Valentine's Day`, `last easter`, with jiff's calendar for the movable ones.

use jiff::civil::{Date, Weekday};

use super::{date_pt, Cand, Doc};
use crate::lex::Rel;
use crate::pt::{ymd, Pt};

/// A holiday's date in a given year.
type Rule = fn(i32) -> Option<Date>;

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus).
pub(super) fn easter(y: i32) -> Option<Date> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, i8::try_from(month).ok()?, i8::try_from(day).ok()?)
}

fn nth(y: i32, m: i8, n: i8, w: Weekday) -> Option<Date> {
    ymd(y, m, 1)?.nth_weekday_of_month(n, w).ok()
}

impl Doc<'_> {
    /// The holiday named at `i`, its rule and the token after its name. Capitalised names
    /// always; in lower case only names that are nothing else (`christmas`, `xmas`, `easter`,
    /// `new year's day`).
    fn holiday(&self, i: usize) -> Option<(Rule, usize)> {
        if !self.has(i, crate::lex::Lex::Holiday) {
            return None;
        }
        let w = self.word(i).to_ascii_lowercase();
        let cap = self.cap(i);
        let day = |k: usize| self.word_is(k, "day") && (cap || !self.cap(k));
        let eve = |k: usize| self.word_is(k, "eve") && (cap || !self.cap(k));
        // The token after word `k` in its possessive form (`Year's`, `Valentines`).
        let poss = |k: usize| {
            if self.is_p(k + 1, b'\'') && self.word_is(k + 2, "s") {
                Some(k + 3)
            } else if self.word(k).to_ascii_lowercase().ends_with('s') {
                Some(k + 1)
            } else {
                None
            }
        };
        let with_day = |r: Rule, k: usize| Some((r, if day(k) { k + 1 } else { k }));
        match w.as_str() {
            "christmas" | "xmas" if eve(i + 1) => Some((|y| ymd(y, 12, 24), i + 2)),
            "christmas" | "xmas" => with_day(|y| ymd(y, 12, 25), i + 1),
            // `Easter week`, `Easter egg`, `Easter Rising`: a name for something else.
            "easter"
                if self.unit(i + 1).is_some()
                    || self.is_word(i + 1) && self.lx(i + 1).is_empty() =>
            {
                None
            }
            "easter" if self.word_is(i + 1, "monday") => {
                Some((|y| easter(y)?.tomorrow().ok(), i + 2))
            }
            "easter" => Some((
                easter,
                if self.word_is(i + 1, "sunday") {
                    i + 2
                } else {
                    i + 1
                },
            )),
            "good" if cap && self.word_is(i + 1, "friday") => Some((
                |y| easter(y)?.checked_sub(jiff::Span::new().days(2)).ok(),
                i + 2,
            )),
            "thanksgiving" => with_day(|y| nth(y, 11, 4, Weekday::Thursday), i + 1),
            "halloween" => Some((|y| ymd(y, 10, 31), i + 1)),
            "new" if self.word_is(i + 1, "year") || self.word_is(i + 1, "years") => {
                let k = if self.word_is(i + 1, "years") {
                    i + 2
                } else {
                    poss(i + 1)?
                };
                if day(k) {
                    Some((|y| ymd(y, 1, 1), k + 1))
                } else if eve(k) {
                    Some((|y| ymd(y, 12, 31), k + 1))
                } else {
                    None
                }
            }
            "valentine" | "valentines" if cap => {
                let k = if w == "valentines" { i + 1 } else { poss(i)? };
                day(k).then_some((|y| ymd(y, 2, 14) as Option<Date>, k + 1))
            }
            _ if !cap => None,
            "boxing" if day(i + 1) => Some((|y| ymd(y, 12, 26), i + 2)),
            "independence" if day(i + 1) => Some((|y| ymd(y, 7, 4), i + 2)),
            "veterans" if day(i + 1) => Some((|y| ymd(y, 11, 11), i + 2)),
            "labor" | "labour" if day(i + 1) => Some((|y| nth(y, 9, 1, Weekday::Monday), i + 2)),
            "memorial" if day(i + 1) => Some((|y| nth(y, 5, -1, Weekday::Monday), i + 2)),
            "election" if day(i + 1) => {
                Some((|y| nth(y, 11, 1, Weekday::Monday)?.tomorrow().ok(), i + 2))
            }
            _ => None,
        }
    }

    /// A holiday with or without its year: `Christmas`, `easter 2010`, `Easter Sunday two
    /// thousand ten`; without one, the nearest occurrence by tense.
    pub(super) fn r_holiday(&self, i: usize) -> Option<Cand> {
        let (rule, e) = self.holiday(i)?;
        let k = if self.is_p(e, b',') { e + 1 } else { e };
        if let Some(y) = self.year_num(k) {
            return date_pt(i, k + 1, Pt::Day(rule(y)?));
        }
        if let Some((y, ye)) = self.spoken_year(k) {
            return date_pt(i, ye, Pt::Day(rule(y)?));
        }
        let tense = self.tense(i, e);
        let y = self.nearest_year(rule, tense)?;
        date_pt(i, e, Pt::Day(rule(y)?))
    }

    /// `last Thanksgiving`, `next Christmas`, `this easter`: the occurrence before, after or in
    /// the year of the document date.
    pub(super) fn rel_holiday(&self, i: usize, r: Rel, k: usize) -> Option<Cand> {
        let (rule, e) = self.holiday(k)?;
        let a = self.anchor?;
        let y = i32::from(a.year());
        let d = match r {
            Rel::Last | Rel::Past | Rel::Prev => {
                let d = rule(y)?;
                if d < a {
                    d
                } else {
                    rule(y - 1)?
                }
            }
            Rel::Next | Rel::Following => {
                let d = rule(y)?;
                if d > a {
                    d
                } else {
                    rule(y + 1)?
                }
            }
            _ => rule(y)?,
        };
        date_pt(i, e, Pt::Day(d))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_days() {
        let t = crate::DateTagger::new();
        let a = jiff::civil::Date::new(2013, 2, 12).ok();
        for (text, want) in [
            ("New Year's Day", "2013-01-01"),
            ("new years day", "2013-01-01"),
            ("New Year's Eve", "2012-12-31"),
            ("Valentine's Day", "2013-02-14"),
            ("easter 2010", "2010-04-04"),
            ("Good Friday 2024", "2024-03-29"),
            ("last easter", "2012-04-08"),
            ("Easter Sunday two thousand ten", "2010-04-04"),
        ] {
            let got = t.tag(text, a);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].value, want, "{text}");
            assert_eq!(got[0].span.len(), text.len(), "{text}");
        }
        assert!(t.tag("an Easter egg hunt", a).is_empty());
    }

    #[test]
    fn easter_dates() {
        for (y, m, d) in [
            (2010, 4, 4),
            (2012, 4, 8),
            (2013, 3, 31),
            (2019, 4, 21),
            (2024, 3, 31),
        ] {
            assert_eq!(easter(y), ymd(y, m, d), "{y}");
        }
    }
}
