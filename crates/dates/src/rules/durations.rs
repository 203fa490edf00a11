//! Durations and the points counted from them: `three years`, `a three-day visit`, `half an
//! hour`, `two and a half years`, `decades-long`, `a year`, `in five years`, `two weeks ago`,
//! `three days later`, `7 days hence`.

use super::counts::dur_value;
use super::{str_c, Cand, Doc, Tense};
use crate::lex::{Lex, Prep, Unit, K};
use crate::TimexKind;

impl Doc<'_> {
    /// Durations (`three years`, `three-day`, `a decade`, `years`) and points counted from
    /// them (`two weeks ago`, `a year earlier`, `three days later`).
    pub(super) fn r_duration(&self, i: usize) -> Option<Cand> {
        // `a weeklong festival`, `yearlong`
        if let Some(u) = self.find(i, |l| if let Lex::Long(u) = l { Some(u) } else { None }) {
            return str_c(i, i + 1, TimexKind::Duration, dur_value(Some(1), u));
        }
        if let Some((k, u)) = self.half_unit(i) {
            return self.dur_half(i, k, u);
        }
        let (n, j) = match self.count(i) {
            Some(x) => x,
            None => return self.dur_bare_unit(i),
        };
        // `two to three weeks`, `12 to 18 months`, `two or three days`: one range.
        let (n, j) = match (n, self.lx(j).first()) {
            (Some(_), Some(Lex::To | Lex::Or)) => match self.count(j + 1) {
                // The length is vague: `the next 12 to 18 months` = PXM.
                Some((Some(_), j2))
                    if self.unit(j2).is_some_and(|(_, pl)| pl) && !self.has(j + 1, Lex::A) =>
                {
                    (None, j2)
                }
                _ => (n, j),
            },
            _ => (n, j),
        };
        // `CBS's "60 Minutes"`: a title-cased unit inside a sentence is a name.
        if self.cap(j) && !self.upper(j) && !self.cap(i) && self.num(i).is_some() {
            return None;
        }
        // `2 1/2 years`, `two and a half years`, `a year and a half`
        if let Some(whole) = n {
            if let Some((u, end)) = self.half_end(j) {
                return self.dur_and_half(i, whole, u, end);
            }
        }
        let (k, hyph) = self.unit_pos(j, n);
        let (u, plural) = self.unit(k)?;
        if self.dur_rejected(i, j, k, u, n, hyph) {
            return None;
        }
        let e = k + 1;
        let a_unit = self.has(i, Lex::A) && j == i + 1;
        let v = dur_value(n, u);
        // `a week or so ago`
        let e = if self.has(e, Lex::Or) && self.has(e + 1, Lex::So) && self.has(e + 2, Lex::Ago) {
            e + 2
        } else {
            e
        };
        if let Some(c) = self.dur_point(i, e, n, u, hyph, &v) {
            return c;
        }
        if a_unit {
            return self.dur_a_unit(i, e, u, v);
        }
        if matches!(u, Unit::Weekend) && n.is_none() {
            return None;
        }
        // `three-day visit` ; `two years`; `several weeks`.
        if hyph && matches!(u, Unit::Quarter) {
            return None;
        }
        // `20 seconds`: keep; `1 hour` etc.
        if !hyph && n == Some(1) && plural {
            return None;
        }
        // `Islam will one day be ...`: an indefinite time, not a length.
        if !hyph
            && u == Unit::Day
            && self.word_is(i, "one")
            && j == i + 1
            && matches!(self.t.get(e).map(|t| t.k), Some(K::Word { .. }))
            && self.lx(e).is_empty()
            && !i
                .checked_sub(1)
                .is_some_and(|p| self.prep(p).is_some() || self.is_word_a(p))
        {
            let v = if self.text_tense(i, e) == Tense::Past {
                "PAST_REF"
            } else {
                "FUTURE_REF"
            };
            return str_c(i, e, TimexKind::Date, v);
        }
        str_c(i, e, TimexKind::Duration, v)
    }

    /// `half an hour`, `half a century`, `a half-hour`: where the unit after `half` stands.
    fn half_unit(&self, i: usize) -> Option<(usize, Unit)> {
        let half_at = if self.has(i, Lex::Half) {
            Some(i)
        } else if self.has(i, Lex::A) && self.has(i + 1, Lex::Half) {
            Some(i + 1)
        } else {
            None
        };
        if let Some(h) = half_at {
            let k = if self.has(h + 1, Lex::A) || self.is_p(h + 1, b'-') {
                h + 2
            } else {
                h + 1
            };
            if let Some((u, false)) = self.unit(k) {
                return Some((k, u));
            }
        }
        None
    }

    /// The length of half a unit `u` ending before `k + 1`.
    fn dur_half(&self, i: usize, k: usize, u: Unit) -> Option<Cand> {
        let v = match u {
            Unit::Hour => "PT30M",
            Unit::Minute => "PT30S",
            Unit::Day => "PT12H",
            Unit::Year => "P6M",
            Unit::Decade => "P5Y",
            Unit::Century => "P50Y",
            Unit::Month => "P15D",
            _ => return None,
        };
        str_c(i, k + 1, TimexKind::Duration, v)
    }

    /// No count at `i`: `decades-long`, `day-long`, and bare plural units (`years`, `months`)
    /// with a cue.
    fn dur_bare_unit(&self, i: usize) -> Option<Cand> {
        // `decades-long`, `day-long`, `year-long`
        if let Some((u, plural)) = self.unit(i) {
            if self.is_p(i + 1, b'-') && self.attached(i + 1) && self.word_is(i + 2, "long") {
                let n = if plural { None } else { Some(1) };
                if matches!(u, Unit::Quarter | Unit::Weekend) {
                    return None;
                }
                // `decades-long`: many years.
                let u = if plural && matches!(u, Unit::Decade | Unit::Century) {
                    Unit::Year
                } else {
                    u
                };
                return str_c(i, i + 3, TimexKind::Duration, dur_value(n, u));
            }
        }
        // Bare plural units: `years`, `months`, with a cue before.
        let (u, true) = self.unit(i)? else {
            return None;
        };
        let prev = i.checked_sub(1);
        let cue = prev.is_some_and(|p| {
            matches!(
                self.prep(p),
                Some(Prep::For | Prep::Over | Prep::Within | Prep::In)
            )
        });
        if self.has(i + 1, Lex::Ago) {
            return str_c(i, i + 2, TimexKind::Date, "PAST_REF");
        }
        // Without a preposition: `took years`, `months of talks`; not `the early days`,
        // `days' notice`, `years-old`.
        let loose = prev.is_some_and(|p| {
            !self.has(p, Lex::The)
                && !self.word_is(p, "small") // `the small hours of Sunday`
                && !self.word_is(p, "wee")
                && self.ord(p).is_none()
                && self.modw(p).is_none()
                && self.rel(p).is_none()
                && !matches!(self.t.get(p).map(|t| t.k), Some(K::Num { .. }))
                && !self.is_p(p, b'\'')
        }) && !self.is_p(i + 1, b'\'')
            && !self.is_p(i + 1, b'-')
            && matches!(
                u,
                Unit::Year | Unit::Month | Unit::Week | Unit::Hour | Unit::Decade
            );
        // `Days later, protests began.`
        let later = self.has(i + 1, Lex::Later);
        if !(cue || loose || later) || matches!(u, Unit::Weekend | Unit::Quarter) {
            return None;
        }
        // `weeks or months`
        let e = if self.has(i + 1, Lex::Or) && self.unit(i + 2).is_some_and(|(_, pl)| pl) {
            i + 3
        } else {
            i + 1
        };
        str_c(i, e, TimexKind::Duration, dur_value(None, u))
    }

    /// `2 1/2 years`, `two and a half years`, `a year and a half` after a count ending at `j`:
    /// the unit and the end.
    fn half_end(&self, j: usize) -> Option<(Unit, usize)> {
        let slash_half = self.num(j) == Some((1, 1))
            && self.is_p(j + 1, b'/')
            && self.attached(j + 1)
            && self.num(j + 2) == Some((2, 1))
            && self.attached(j + 2);
        let and_half =
            self.has(j, Lex::And) && self.has(j + 1, Lex::A) && self.has(j + 2, Lex::Half);
        let unit_and_half =
            self.has(j + 1, Lex::And) && self.has(j + 2, Lex::A) && self.has(j + 3, Lex::Half);
        // `two-and-a-half years`, `2-and-a-half-year`
        let hyph_half = self.is_p(j, b'-')
            && self.has(j + 1, Lex::And)
            && self.is_p(j + 2, b'-')
            && self.has(j + 3, Lex::A)
            && self.is_p(j + 4, b'-')
            && self.has(j + 5, Lex::Half);
        if slash_half || and_half {
            self.unit(j + 3).map(|(u, _)| (u, j + 4))
        } else if hyph_half {
            let k = if self.is_p(j + 6, b'-') { j + 7 } else { j + 6 };
            self.unit(k).map(|(u, _)| (u, k + 1))
        } else if unit_and_half {
            self.unit(j).map(|(u, _)| (u, j + 4))
        } else {
            None
        }
    }

    /// `<whole> and a half <unit>s` as a duration value.
    fn dur_and_half(&self, i: usize, whole: u32, u: Unit, end: usize) -> Option<Cand> {
        let v = match u {
            Unit::Year => format!("P{whole}Y6M"),
            Unit::Month => format!("P{whole}M15D"),
            Unit::Day => format!("P{whole}DT12H"),
            Unit::Hour => format!("PT{whole}H30M"),
            Unit::Minute => format!("PT{whole}M30S"),
            Unit::Decade => format!("P{}Y", whole.saturating_mul(10).saturating_add(5)),
            Unit::Century => {
                format!("P{}Y", whole.saturating_mul(100).saturating_add(50))
            }
            _ => return None,
        };
        str_c(i, end, TimexKind::Duration, v)
    }

    /// Where the unit stands after a count ending at `j`: past a hyphen (`three-day`) or a
    /// filler word (`five straight days`); and whether a hyphen joined them.
    fn unit_pos(&self, j: usize, n: Option<u32>) -> (usize, bool) {
        let mut k = j;
        let hyph = self.is_p(k, b'-') && self.attached(k);
        if hyph {
            k += 1;
        }
        // `five straight days`, `eight trading days`, `two more weeks`
        if !hyph
            && [
                "straight",
                "consecutive",
                "more",
                "full",
                "additional",
                "trading",
                "business",
                "working",
                "successive",
                "long",
                "whole",
                "calendar",
                "previous",
                "last",
                "next",
            ]
            .iter()
            .any(|w| self.word_is(k, w))
            && self.unit(k + 1).is_some_and(|(_, pl)| pl || n == Some(1))
        {
            k += 1;
        }
        (k, hyph)
    }

    /// Counted units that are not durations: `a few-day`, `one-day` with `a`, ages
    /// (`25-year-old`), `a quarter of`, `a second term`.
    fn dur_rejected(
        &self,
        i: usize,
        j: usize,
        k: usize,
        u: Unit,
        n: Option<u32>,
        hyph: bool,
    ) -> bool {
        if hyph && n.is_none() && !self.has(i, Lex::Quant) {
            return true; // `several-year` is fine; `a few-day` is not English
        }
        // `one-day`: the word `a` is not a count before a hyphen.
        if hyph && self.has(i, Lex::A) {
            return true;
        }
        let e = k + 1;
        if self.is_p(e, b'-') && self.word_is(e + 1, "old") || self.word_is(e, "old") {
            return true; // ages: `25-year-old`, `52 years old`
        }
        if u == Unit::Quarter && self.has(i, Lex::A) {
            return true; // `a quarter of the shares`
        }
        let a_unit = self.has(i, Lex::A) && j == i + 1;
        // `a second term`, `a second four-year term`: the ordinal.
        if a_unit
            && u == Unit::Second
            && matches!(
                self.t.get(e).map(|t| t.k),
                Some(K::Word { .. } | K::Num { .. })
            )
            && self.prep(e).is_none()
            && !self.has(e, Lex::Or)
            && !self.has(e, Lex::And)
            && !self.has(e, Lex::Ago)
            && !self.has(e, Lex::Earlier)
            && !self.has(e, Lex::Later)
        {
            return true;
        }
        false
    }

    /// Points counted from a length ending at `e`: `three days later` (the length), `in five
    /// years`, `7 days hence`, `two weeks ago`, `a year earlier`; `Some` with the rule's answer.
    fn dur_point(
        &self,
        i: usize,
        e: usize,
        n: Option<u32>,
        u: Unit,
        hyph: bool,
        v: &str,
    ) -> Option<Option<Cand>> {
        // Points: `ago`, `earlier`, `later`, `before`? (`before` stays out of the extent).
        // `three days later`: TimeBank marks the length and leaves `later` as a signal.
        if self.has(e, Lex::Later) && !matches!(u, Unit::Weekend | Unit::Quarter) {
            return Some(str_c(i, e, TimexKind::Duration, v));
        }
        // `will be redeemed in five years`: a point ahead of the document date;
        // `will be done in a few days`: some time ahead.
        if !hyph
            && i > 0
            && self.prep(i - 1) == Some(Prep::In)
            && !matches!(u, Unit::Second | Unit::Minute | Unit::Hour | Unit::Weekend)
            && !self.has(e, Lex::Of)
            && !self.is_p(e, b'\'')
            && self.text_tense(i, e) == Tense::Future
        {
            return Some(match n {
                Some(count) => i32::try_from(count)
                    .ok()
                    .and_then(|count| self.counted_point(i, e, count, u, true)),
                None => str_c(i, e, TimexKind::Date, "FUTURE_REF"),
            });
        }
        // `7 days hence`: counted from the document date, as `7 days ago`. (`two weeks from
        // now` stays a duration and `now`, as TimeML anchors them.)
        if let (true, Some(count)) = (self.word_is(e, "hence"), n) {
            return Some(
                i32::try_from(count)
                    .ok()
                    .and_then(|count| self.counted_point(i, e + 1, count, u, true)),
            );
        }
        if self.has(e, Lex::Ago) || self.has(e, Lex::Earlier) || self.has(e, Lex::Later) {
            let ago = self.has(e, Lex::Ago);
            let sign = if self.has(e, Lex::Later) { 1 } else { -1 };
            let Some(count) = n else {
                let v = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
                return Some(str_c(i, e + 1, TimexKind::Date, v));
            };
            let Ok(count) = i32::try_from(count) else {
                return Some(None);
            };
            return Some(self.counted_point(i, e + 1, count * sign, u, ago));
        }
        None
    }

    /// `a <unit>`: a duration with a cue (`for a year`), a set after a rate (`700 seats a
    /// week`), else a duration unless a fraction, possessive or compound follows.
    fn dur_a_unit(&self, i: usize, e: usize, u: Unit, v: String) -> Option<Cand> {
        // `a year` is a duration only with a cue: `for a year`, `in a week`, `$5 a year` (set).
        let prev = i.checked_sub(1);
        if let Some(p) = prev {
            let pk = self.t.get(p).map(|t| t.k);
            if matches!(pk, Some(K::Num { .. }) | Some(K::P(b'%')))
                || [
                    "times", "twice", "once", "percent", "dollars", "million", "billion",
                    "thousand", "trillion", "cents",
                ]
                .iter()
                .any(|w| self.word_is(p, w))
            {
                if matches!(u, Unit::Second | Unit::Minute) {
                    return None;
                }
                // `$500 million a year`, `20% a year`: a rate, not annotated as a time.
                if !["times", "twice", "once"]
                    .iter()
                    .any(|w| self.word_is(p, w))
                {
                    return None;
                }
                return str_c(i, e, TimexKind::Set, dur_value(Some(1), u));
            }
            if matches!(
                self.prep(p),
                Some(
                    Prep::For
                        | Prep::In
                        | Prep::Within
                        | Prep::Over
                        | Prep::During
                        | Prep::After
                        | Prep::As
                )
            ) || [
                "barely", "only", "just", "long", "least", "spent", "spend", "spends", "took",
                "take", "takes", "lasted", "last", "lasts", "waited", "wait", "served", "serve",
                "nearly", "about", "almost", "than", "entire", "whole", "past",
            ]
            .iter()
            .any(|w| self.word_is(p, w))
                || matches!(self.prep(e), Some(Prep::After | Prep::Before))
                || self.has(p, Lex::Than)
                || self
                    .find(p, |l| {
                        if let Lex::Approx(_) = l {
                            Some(())
                        } else {
                            None
                        }
                    })
                    .is_some()
            {
                return str_c(i, e, TimexKind::Duration, v);
            }
        }
        // `700 seats a week`, `interviews a day`: a rate.
        if let Some(p) = prev {
            let w = self.word(p);
            if w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && self.lx(p).is_empty()
                && !self.cap(p)
                && !matches!(
                    u,
                    Unit::Second | Unit::Minute | Unit::Quarter | Unit::Weekend
                )
            {
                return str_c(i, e, TimexKind::Set, dur_value(Some(1), u));
            }
        }
        // Elsewhere `a week`, `a month` still measure time, unless a fraction, a
        // possessive or a compound follows (`a day's pay`, `a year-earlier quarter`).
        if matches!(u, Unit::Quarter | Unit::Second | Unit::Weekend)
            || self.is_p(e, b'\'')
            || self.is_p(e, b'-')
        {
            return None;
        }
        str_c(i, e, TimexKind::Duration, v)
    }
}
