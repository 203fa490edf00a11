//! Resolved calendar objects, their TIMEX3 values and intervals. All arithmetic uses jiff.

use jiff::civil::{Date, Weekday};
use jiff::Span;

/// `d` plus `n` days; `None` past jiff's range (never panics, unlike `n.days()`).
pub(crate) fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(Span::new().try_days(n).ok()?).ok()
}

/// `d` plus `n` months; `None` past jiff's range.
pub(crate) fn add_months(d: Date, n: i64) -> Option<Date> {
    d.checked_add(Span::new().try_months(n).ok()?).ok()
}

/// `d` plus `n` years; `None` past jiff's range.
pub(crate) fn add_years(d: Date, n: i64) -> Option<Date> {
    d.checked_add(Span::new().try_years(n).ok()?).ok()
}

/// Days from `a` to `b`.
pub(crate) fn days_between(a: Date, b: Date) -> Option<i64> {
    Some(i64::from(a.until(b).ok()?.get_days()))
}

/// A resolved calendar object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pt {
    Century(i32),
    Decade(i32),
    Year(i32),
    Half(i32, i8),
    Quarter(i32, i8),
    Season(i32, u8),
    Month(i32, i8),
    Week(i32, i8),
    Weekend(i32, i8),
    Day(Date),
    /// Day plus part of day (`MO`, `AF`, `EV`, `NI`).
    DayPart(Date, u8),
    /// Day plus hour and minute.
    Time(Date, u8, u8),
}

pub(crate) const SEASONS: [&str; 4] = ["SP", "SU", "FA", "WI"];
pub(crate) const PARTS: [&str; 4] = ["MO", "AF", "EV", "NI"];

/// Four-digit (or signed) year as TIMEX3 writes it.
fn y4(y: i32) -> String {
    if (0..=9999).contains(&y) {
        format!("{y:04}")
    } else {
        format!("{y}")
    }
}

pub(crate) fn ymd(y: i32, m: i8, d: i8) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, m, d).ok()
}

impl Pt {
    /// The TIMEX3 value.
    pub(crate) fn value(&self) -> String {
        match *self {
            Pt::Century(c) => format!("{c:02}"),
            Pt::Decade(d) => format!("{d:03}"),
            Pt::Year(y) => y4(y),
            Pt::Half(y, h) => format!("{}-H{h}", y4(y)),
            Pt::Quarter(y, q) => format!("{}-Q{q}", y4(y)),
            Pt::Season(y, s) => format!(
                "{}-{}",
                y4(y),
                SEASONS.get(usize::from(s)).copied().unwrap_or("SU")
            ),
            Pt::Month(y, m) => format!("{}-{m:02}", y4(y)),
            Pt::Week(y, w) => format!("{}-W{w:02}", y4(y)),
            Pt::Weekend(y, w) => format!("{}-W{w:02}-WE", y4(y)),
            Pt::Day(d) => format!(
                "{}-{:02}-{:02}",
                y4(i32::from(d.year())),
                d.month(),
                d.day()
            ),
            Pt::DayPart(d, p) => format!(
                "{}T{}",
                Pt::Day(d).value(),
                PARTS.get(usize::from(p)).copied().unwrap_or("DT")
            ),
            Pt::Time(d, h, m) => format!("{}T{h:02}:{m:02}", Pt::Day(d).value()),
        }
    }

    /// The interval `[begin, end)` covered.
    pub(crate) fn interval(&self) -> Option<(Date, Date)> {
        let months = |y: i32, m: i8, n: i32| -> Option<(Date, Date)> {
            let b = ymd(y, m, 1)?;
            Some((b, add_months(b, i64::from(n))?))
        };
        match *self {
            Pt::Century(c) => {
                let b = ymd(c.checked_mul(100)?, 1, 1)?;
                Some((b, add_years(b, 100)?))
            }
            Pt::Decade(d) => {
                let b = ymd(d.checked_mul(10)?, 1, 1)?;
                Some((b, add_years(b, 10)?))
            }
            Pt::Year(y) => months(y, 1, 12),
            Pt::Half(y, h) => months(y, if h == 2 { 7 } else { 1 }, 6),
            Pt::Quarter(y, q) => months(y, (q.clamp(1, 4) - 1) * 3 + 1, 3),
            Pt::Season(y, s) => match s {
                0 => months(y, 3, 3),
                1 => months(y, 6, 3),
                2 => months(y, 9, 3),
                _ => months(y, 12, 3),
            },
            Pt::Month(y, m) => months(y, m, 1),
            Pt::Week(y, w) => {
                let b = week_monday(y, w)?;
                Some((b, add_days(b, 7)?))
            }
            Pt::Weekend(y, w) => {
                let b = add_days(week_monday(y, w)?, 5)?;
                Some((b, add_days(b, 2)?))
            }
            Pt::Day(d) | Pt::DayPart(d, _) | Pt::Time(d, _, _) => Some((d, add_days(d, 1)?)),
        }
    }

    /// Shifts by `n` of its own unit (years for years, quarters for quarters, ...).
    pub(crate) fn shift(&self, n: i32) -> Option<Pt> {
        Some(match *self {
            Pt::Century(c) => Pt::Century(c.checked_add(n)?),
            Pt::Decade(d) => Pt::Decade(d.checked_add(n)?),
            Pt::Year(y) => Pt::Year(y.checked_add(n)?),
            Pt::Half(y, h) => {
                let k = y.checked_mul(2)? + i32::from(h) - 1 + n;
                Pt::Half(k.div_euclid(2), i8::try_from(k.rem_euclid(2) + 1).ok()?)
            }
            Pt::Quarter(y, q) => {
                let k = y.checked_mul(4)? + i32::from(q) - 1 + n;
                Pt::Quarter(k.div_euclid(4), i8::try_from(k.rem_euclid(4) + 1).ok()?)
            }
            Pt::Season(y, s) => {
                let k = y.checked_mul(4)? + i32::from(s) + n;
                Pt::Season(k.div_euclid(4), u8::try_from(k.rem_euclid(4)).ok()?)
            }
            Pt::Month(y, m) => {
                let k = y.checked_mul(12)? + i32::from(m) - 1 + n;
                Pt::Month(k.div_euclid(12), i8::try_from(k.rem_euclid(12) + 1).ok()?)
            }
            Pt::Week(y, w) => week_of(add_days(week_monday(y, w)?, 7 * i64::from(n))?),
            Pt::Weekend(y, w) => match week_of(add_days(week_monday(y, w)?, 7 * i64::from(n))?) {
                Pt::Week(y, w) => Pt::Weekend(y, w),
                p => p,
            },
            Pt::Day(d) => Pt::Day(add_days(d, i64::from(n))?),
            Pt::DayPart(d, p) => Pt::DayPart(add_days(d, i64::from(n))?, p),
            Pt::Time(d, h, m) => Pt::Time(add_days(d, i64::from(n))?, h, m),
        })
    }

    /// Moves by `n` years keeping the granularity.
    pub(crate) fn shift_years(&self, n: i32) -> Option<Pt> {
        Some(match *self {
            Pt::Century(_) | Pt::Decade(_) | Pt::Year(_) => Pt::Year(self.year()?.checked_add(n)?),
            Pt::Half(..) => self.shift(2 * n)?,
            Pt::Quarter(..) | Pt::Season(..) => self.shift(4 * n)?,
            Pt::Month(..) => self.shift(12 * n)?,
            Pt::Week(y, w) => Pt::Week(y.checked_add(n)?, w),
            Pt::Weekend(y, w) => Pt::Weekend(y.checked_add(n)?, w),
            Pt::Day(d) | Pt::DayPart(d, _) | Pt::Time(d, _, _) => {
                Pt::Day(add_years(d, i64::from(n))?)
            }
        })
    }

    /// The year, when the object lies within one.
    pub(crate) fn year(&self) -> Option<i32> {
        match *self {
            Pt::Century(_) | Pt::Decade(_) => None,
            Pt::Year(y)
            | Pt::Half(y, _)
            | Pt::Quarter(y, _)
            | Pt::Season(y, _)
            | Pt::Month(y, _)
            | Pt::Week(y, _)
            | Pt::Weekend(y, _) => Some(y),
            Pt::Day(d) | Pt::DayPart(d, _) | Pt::Time(d, _, _) => Some(i32::from(d.year())),
        }
    }

    /// A representative day (the first of the interval).
    pub(crate) fn day(&self) -> Option<Date> {
        match *self {
            Pt::Day(d) | Pt::DayPart(d, _) | Pt::Time(d, _, _) => Some(d),
            _ => self.interval().map(|(b, _)| b),
        }
    }
}

/// The Monday of ISO week `w` of ISO year `y`.
pub(crate) fn week_monday(y: i32, w: i8) -> Option<Date> {
    let wd = jiff::civil::ISOWeekDate::new(i16::try_from(y).ok()?, w, Weekday::Monday).ok()?;
    Some(wd.date())
}

/// The ISO week containing `d`.
pub(crate) fn week_of(d: Date) -> Pt {
    let w = d.iso_week_date();
    Pt::Week(i32::from(w.year()), w.week())
}

/// Weekday number, Monday = 1.
pub(crate) fn wd_num(d: Date) -> i8 {
    d.weekday().to_monday_one_offset()
}

/// Quarter (1-4) of a month.
pub(crate) fn quarter_of(m: i8) -> i8 {
    (m - 1) / 3 + 1
}

/// Season index of a month (`SP` = 0 ... `WI` = 3), meteorological.
pub(crate) fn season_of(m: i8) -> u8 {
    match m {
        3..=5 => 0,
        6..=8 => 1,
        9..=11 => 2,
        _ => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn values() {
        assert_eq!(Pt::Year(2023).value(), "2023");
        assert_eq!(Pt::Decade(199).value(), "199");
        assert_eq!(Pt::Century(20).value(), "20");
        assert_eq!(Pt::Quarter(2023, 3).value(), "2023-Q3");
        assert_eq!(Pt::Half(2023, 1).value(), "2023-H1");
        assert_eq!(Pt::Season(2023, 1).value(), "2023-SU");
        assert_eq!(Pt::Month(2023, 8).value(), "2023-08");
        assert_eq!(Pt::Week(2023, 33).value(), "2023-W33");
        assert_eq!(Pt::Weekend(2023, 33).value(), "2023-W33-WE");
        assert_eq!(Pt::Day(date(2023, 8, 16)).value(), "2023-08-16");
        assert_eq!(Pt::DayPart(date(2023, 8, 16), 3).value(), "2023-08-16TNI");
        assert_eq!(
            Pt::Time(date(2023, 8, 16), 15, 0).value(),
            "2023-08-16T15:00"
        );
    }

    #[test]
    fn intervals() {
        assert_eq!(
            Pt::Quarter(2023, 4).interval(),
            Some((date(2023, 10, 1), date(2024, 1, 1)))
        );
        assert_eq!(
            Pt::Season(2023, 3).interval(),
            Some((date(2023, 12, 1), date(2024, 3, 1)))
        );
        assert_eq!(
            Pt::Week(2023, 33).interval(),
            Some((date(2023, 8, 14), date(2023, 8, 21)))
        );
        assert_eq!(
            Pt::Weekend(2023, 33).interval(),
            Some((date(2023, 8, 19), date(2023, 8, 21)))
        );
        assert_eq!(
            Pt::Decade(199).interval(),
            Some((date(1990, 1, 1), date(2000, 1, 1)))
        );
        assert_eq!(Pt::Year(9999).interval(), None);
    }

    #[test]
    fn shifts() {
        assert_eq!(Pt::Quarter(2023, 1).shift(-1), Some(Pt::Quarter(2022, 4)));
        assert_eq!(Pt::Month(2023, 1).shift(-1), Some(Pt::Month(2022, 12)));
        assert_eq!(Pt::Week(2023, 1).shift(-1), Some(Pt::Week(2022, 52)));
        assert_eq!(
            Pt::Quarter(2023, 3).shift_years(-1),
            Some(Pt::Quarter(2022, 3))
        );
        assert_eq!(
            Pt::Day(date(2024, 2, 29)).shift_years(-1),
            Some(Pt::Day(date(2023, 2, 28)))
        );
        assert_eq!(week_of(date(2023, 8, 16)), Pt::Week(2023, 33));
    }
}
