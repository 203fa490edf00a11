//! Dates counted from the document date in weekdays: `3 fridays from now`, `two sundays from
//! now`, `2 thursdays ago`.

use super::{date_pt, Cand, Doc};
use crate::lex::{Lex, Prep};
use crate::pt::{add_days, wd_num, Pt};

impl Doc<'_> {
    /// `<N> <weekday>s (from now|hence|ago|back)`: the Nth such weekday after (before) the
    /// document date.
    pub(super) fn r_counted_weekday(&self, i: usize) -> Option<Cand> {
        let n = match self.num(i) {
            Some((v, len)) if len <= 2 => v,
            Some(_) => return None,
            None => self.find(i, |l| if let Lex::Num(n) = l { Some(n) } else { None })?,
        };
        if !(1..=52).contains(&n) {
            return None;
        }
        let w = self.find(i + 1, |l| {
            if let Lex::Weekdays(w) = l {
                Some(w)
            } else {
                None
            }
        })?;
        let k = i + 2;
        let (sign, e) = if self.prep(k) == Some(Prep::From) && self.word_is(k + 1, "now") {
            (1, k + 2)
        } else if self.word_is(k, "hence") {
            (1, k + 1)
        } else if self.has(k, Lex::Ago) || self.word_is(k, "back") {
            (-1, k + 1)
        } else {
            return None;
        };
        let a = self.anchor?;
        let cur = wd_num(a);
        // The first one strictly after (before) the document date, then whole weeks.
        let first = if sign > 0 {
            let f = i64::from((w - cur).rem_euclid(7));
            if f == 0 {
                7
            } else {
                f
            }
        } else {
            let b = i64::from((cur - w).rem_euclid(7));
            -(if b == 0 { 7 } else { b })
        };
        let off = first + sign * 7 * (i64::from(n) - 1);
        date_pt(i, e, Pt::Day(add_days(a, off)?))
    }
}

#[cfg(test)]
mod tests {
    use crate::DateTagger;

    #[test]
    fn counted_weekdays() {
        let t = DateTagger::new();
        let a = jiff::civil::Date::new(2013, 2, 12).ok(); // a Tuesday
        for (text, want) in [
            ("3 fridays from now", "2013-03-01"),
            ("two sundays from now", "2013-02-24"),
            ("4 tuesdays from now", "2013-03-12"),
            ("2 thursdays ago", "2013-01-31"),
            ("2 thursdays back", "2013-01-31"),
        ] {
            let got = t.tag(text, a);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].value, want, "{text}");
            assert_eq!(got[0].span.len(), text.len(), "{text}");
        }
    }
}
