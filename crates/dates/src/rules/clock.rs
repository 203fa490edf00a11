//! Clock times: `3 p.m.`, `15:30`, `15h30`, `3:15p`, `330 p.m.`, `ten thirty am`, `3 oclock pm`,
//! `noon`, `1300 GMT`, `at 1030`.

use jiff::civil::Date;

use super::compose::afternoon;
use super::{date_pt, str_c, Cand, Doc, Val};
use crate::lex::{Lex, Prep, Suf, K};
use crate::pt::{add_days, Pt};
use crate::TimexKind;

impl Doc<'_> {
    /// A clock time at `i`: hour, minute and the token after it; the longest reading wins.
    pub(super) fn clock(&self, i: usize) -> Option<(u8, u8, usize)> {
        let a = self.clock_basic(i);
        let b = self.clock_compact(i).or_else(|| self.clock_spoken(i));
        let best = match (a, b) {
            (Some(x), Some(y)) => Some(if y.2 >= x.2 { y } else { x }),
            (x, y) => x.or(y),
        }?;
        Some(self.clock_part(best))
    }

    /// `3:20 in (the) afternoon` after a clock time without `am`/`pm`.
    fn clock_part(&self, (h, m, j): (u8, u8, usize)) -> (u8, u8, usize) {
        if self.prep(j) != Some(Prep::In) {
            return (h, m, j);
        }
        let k = if self.has(j + 1, Lex::The) {
            j + 2
        } else {
            j + 1
        };
        match self.part(k) {
            Some(p) if h < 12 && !self.has_meridiem(j.saturating_sub(3), j) => {
                (afternoon(h, p), m, k + 1)
            }
            _ => (h, m, j),
        }
    }

    /// `am`, `pm`, `a.m.`, `p.m.`, `a m`, `p m` at `j`: whether it is pm, and the token after.
    pub(super) fn meridiem(&self, j: usize) -> Option<(bool, usize)> {
        let w = self.word(j);
        if w.eq_ignore_ascii_case("am") || w.eq_ignore_ascii_case("pm") {
            return Some((w.eq_ignore_ascii_case("pm"), j + 1));
        }
        if !(w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("p")) {
            return None;
        }
        let pm = w.eq_ignore_ascii_case("p");
        if self.is_p(j + 1, b'.') && self.word_is(j + 2, "m") {
            let e = if self.is_p(j + 3, b'.') && self.attached(j + 3) {
                j + 4
            } else {
                j + 3
            };
            return Some((pm, e));
        }
        // `a m`, `p m` (dictated)
        (self.word_is(j + 1, "m") && !self.is_word(j + 2)).then_some((pm, j + 2))
    }

    /// The letters attached to the number at `i` (`h` in `15h30`, `p` in `3p`).
    fn suffix(&self, i: usize) -> &str {
        let Some(t) = self.t.get(i) else { return "" };
        let s = self.text.get(t.s..t.e).unwrap_or("");
        s.trim_start_matches(|c: char| c.is_ascii_digit())
    }

    /// Compact forms: `15h30`, `15h`, `3p`, `3:15p`, `3ish pm`, `3 oclock pm`, `330 p.m.`,
    /// `at 1030`.
    fn clock_compact(&self, i: usize) -> Option<(u8, u8, usize)> {
        let Some(K::Num {
            v,
            len,
            grouped: false,
            ..
        }) = self.t.get(i).map(|t| t.k)
        else {
            return None;
        };
        let suf = match self.suffix(i) {
            "" => "",
            s if s.eq_ignore_ascii_case("h") => "h",
            s if s.eq_ignore_ascii_case("p") => "p",
            s if s.eq_ignore_ascii_case("a") => "a",
            s if s.eq_ignore_ascii_case("ish") => "ish",
            _ => return None,
        };
        let (h, m) = (v / 100, v % 100);
        match (len, suf) {
            // `15h30`, `15h`, `16h00`
            (1 | 2, "h") if v < 24 => {
                let (min, e) = match self.num(i + 1) {
                    Some((mm, 2)) if self.attached(i + 1) && mm < 60 => (mm, i + 2),
                    _ => (0, i + 1),
                };
                Some((u8::try_from(v).ok()?, u8::try_from(min).ok()?, e))
            }
            // `3p`, `3p.`, `11a`
            (1 | 2, "p" | "a") => {
                let e = if self.is_p(i + 1, b'.') && self.attached(i + 1) {
                    i + 2
                } else {
                    i + 1
                };
                self.clock_finish(v, 0, Some(suf == "p"), e)
            }
            // `3ish pm`, `3 oclock pm`
            (1 | 2, "ish") | (1 | 2, "") if self.word_is(i + 1, "oclock") || !suf.is_empty() => {
                let j = if suf.is_empty() { i + 2 } else { i + 1 };
                match self.meridiem(j) {
                    Some((pm, e)) => self.clock_finish(v, 0, Some(pm), e),
                    None if suf.is_empty() => self.clock_finish(v, 0, None, j),
                    None => None,
                }
            }
            // `3:15p`: the minutes carry the letter.
            (1 | 2, "") if self.is_p(i + 1, b':') && self.attached(i + 1) => {
                let (mm, 2) = self.digits(i + 2)? else {
                    return None;
                };
                let ms = self.suffix(i + 2).to_ascii_lowercase();
                if !self.attached(i + 2) || mm >= 60 {
                    return None;
                }
                if ms == "p" || ms == "a" {
                    return self.clock_finish(v, mm, Some(ms == "p"), i + 3);
                }
                let (pm, e) = self.meridiem(i + 3).filter(|_| ms.is_empty())?;
                self.clock_finish(v, mm, Some(pm), e)
            }
            // `330 p.m.`; `at 1030`, `at 730 in the evening`, `at 150ish`
            (3 | 4, "" | "ish") if m < 60 => {
                if let (Some((pm, e)), "") = (self.meridiem(i + 1), suf) {
                    return self.clock_finish(h, m, Some(pm), e);
                }
                // Without `am`/`pm` only where no amount can be meant: `at 150ish`, `at 730 in
                // the evening`, or `at 1030` as a line of its own (`priced at 101` is a price).
                let at = i.checked_sub(1).filter(|&p| self.at_word(p))?;
                let part_after = self.prep(i + 1) == Some(Prep::In)
                    && self.has(i + 2, Lex::The)
                    && self.part(i + 3).is_some();
                let ok = suf == "ish" || part_after || self.alone_on_line(at, i + 1);
                if ok && h < 24 {
                    return Some((u8::try_from(h).ok()?, u8::try_from(m).ok()?, i + 1));
                }
                None
            }
            _ => None,
        }
    }

    /// Spoken clock times with `am`/`pm`: `ten thirty am`, `seven thirty p.m.`, `nine fifty
    /// nine a m`, `four twenty-three a m`, `three pm`.
    fn clock_spoken(&self, i: usize) -> Option<(u8, u8, usize)> {
        let word_num =
            |k: usize| self.find(k, |l| if let Lex::Num(n) = l { Some(n) } else { None });
        let h = word_num(i).filter(|h| (1..=12).contains(h))?;
        let mut j = i + 1;
        let mut m = 0;
        if let Some(tens) = word_num(j).filter(|t| (10..=59).contains(t)) {
            m = tens;
            j += 1;
            let k = if self.is_p(j, b'-') && self.attached(j) {
                j + 1
            } else {
                j
            };
            if let Some(u) = word_num(k).filter(|u| (1..=9).contains(u) && tens % 10 == 0) {
                m += u;
                j = k + 1;
            }
        }
        let (pm, e) = self.meridiem(j)?;
        self.clock_finish(h, m, Some(pm), e)
    }
    /// `h[:mm] (a.m.|p.m.|am|pm)`, `hh:mm`, `noon`, `midnight`.
    fn clock_basic(&self, i: usize) -> Option<(u8, u8, usize)> {
        if let Some(n) = self.find(i, |l| if let Lex::Noon(n) = l { Some(n) } else { None }) {
            if i > 0 && self.word_is(i - 1, "high") {
                return None; // `high noon`, the idiom
            }
            return Some((n, 0, i + 1));
        }
        // `10 o'clock`, `ten o'clock in the morning`
        if self.word_is(i + 1, "o") && self.is_p(i + 2, b'\'') && self.word_is(i + 3, "clock") {
            let h = self
                .num(i)
                .map(|(v, _)| v)
                .or_else(|| self.find(i, |l| if let Lex::Num(n) = l { Some(n) } else { None }))?;
            let j = i + 4;
            if self.prep(j) == Some(Prep::In) && self.has(j + 1, Lex::The) {
                if let Some(p) = self.part(j + 2) {
                    return self.clock_finish(h, 0, Some(p != 0), j + 3);
                }
            }
            return self.clock_finish(h, 0, None, j);
        }
        let tok = self.t.get(i)?;
        // Military-style `1300 GMT`, `0930 local time`
        if let K::Num {
            v,
            len: 4,
            suf: Suf::None,
            grouped: false,
        } = tok.k
        {
            let zone = self.upper(i + 1)
                && matches!(
                    self.word(i + 1),
                    "GMT" | "UTC" | "BST" | "CET" | "EST" | "EDT"
                )
                || self.word_is(i + 1, "local") && self.word_is(i + 2, "time")
                || self.word_is(i + 1, "hours") && self.upper(i + 2);
            let (h, m) = (v / 100, v % 100);
            if zone && h < 24 && m < 60 {
                return Some((u8::try_from(h).ok()?, u8::try_from(m).ok()?, i + 1));
            }
            return None;
        }
        let (h, pm_attached) = match tok.k {
            K::Num {
                v,
                len: 1..=2,
                suf: Suf::None,
                grouped: false,
            } => (v, None),
            K::Num {
                v,
                len: 1..=2,
                suf: Suf::Am,
                ..
            } => (v, Some(false)),
            K::Num {
                v,
                len: 1..=2,
                suf: Suf::Pm,
                ..
            } => (v, Some(true)),
            _ => return None,
        };
        let mut j = i + 1;
        let mut min = 0u32;
        let mut has_min = false;
        if pm_attached.is_none() && self.is_p(j, b':') && self.attached(j) && self.attached(j + 1) {
            if let Some(K::Num {
                v,
                len: 2,
                suf,
                grouped: false,
            }) = self.t.get(j + 1).map(|t| t.k)
            {
                if v < 60 {
                    min = v;
                    has_min = true;
                    j += 2;
                    if suf == Suf::Am || suf == Suf::Pm {
                        return self.clock_finish(h, min, Some(suf == Suf::Pm), j);
                    }
                }
            }
        }
        if let Some(pm) = pm_attached {
            return self.clock_finish(h, min, Some(pm), j);
        }
        // `a.m.`, `p.m.`, `am`, `pm`
        let w = self.word(j).to_ascii_lowercase();
        let ampm = match w.as_str() {
            "a" | "p" if self.is_p(j + 1, b'.') && self.word(j + 2).eq_ignore_ascii_case("m") => {
                let pm = w == "p";
                j += 3;
                if self.is_p(j, b'.') && self.attached(j) {
                    j += 1;
                }
                Some(pm)
            }
            "am" | "pm" => {
                j += 1;
                Some(w == "pm")
            }
            _ => None,
        };
        if ampm.is_none() && self.prep(j) == Some(Prep::In) && self.has(j + 1, Lex::The) {
            // `4 in the morning`, `8 in the evening`
            if let Some(p) = self.part(j + 2) {
                return self.clock_finish(h, min, Some(p != 0), j + 3);
            }
        }
        if ampm.is_none() {
            if has_min && h < 24 && self.attached(i + 1) {
                // 24-hour clock `15:30`; not a ratio or score with a one-digit side.
                if self.is_p(j, b':') || self.is_p(i.wrapping_sub(1), b':') {
                    return None;
                }
                return Some((u8::try_from(h).ok()?, u8::try_from(min).ok()?, j));
            }
            return None;
        }
        self.clock_finish(h, min, ampm, j)
    }

    pub(super) fn clock_finish(
        &self,
        h: u32,
        m: u32,
        pm: Option<bool>,
        j: usize,
    ) -> Option<(u8, u8, usize)> {
        if !(1..=12).contains(&h) || m > 59 {
            return None;
        }
        let h = match pm {
            Some(true) if h < 12 => h + 12,
            Some(false) if h == 12 => 0,
            _ => h,
        };
        Some((u8::try_from(h).ok()?, u8::try_from(m).ok()?, j))
    }

    /// Clock times: `3 p.m.`, `10:30 a.m. EST`, `15:30`, `noon`, followed by an optional day.
    pub(super) fn r_time(&self, i: usize) -> Option<Cand> {
        let (h, m, mut j) = self.clock(i)?;
        // Optional time zone.
        if self.word_is(j, "local") && self.word_is(j + 1, "time") {
            j += 2;
        } else if self.upper(j)
            && matches!(
                self.word(j),
                "EST"
                    | "EDT"
                    | "ET"
                    | "GMT"
                    | "UTC"
                    | "PST"
                    | "PDT"
                    | "CST"
                    | "CDT"
                    | "BST"
                    | "CET"
            )
        {
            j += 1;
        }
        // Optional day: `Wednesday`, `today`, `Aug. 16`.
        let mut day: Option<(Date, usize)> = None;
        let mut k = j;
        if self.prep(k) == Some(Prep::On) || self.is_p(k, b',') && self.month(k + 1).is_some() {
            k += 1;
        }
        if let Some(w) = self.weekday(k) {
            let tense = self.tense(i, k + 1);
            if let Some(d) = self.weekday_date(w, tense, None) {
                day = Some((d, k + 1));
            } else {
                return str_c(
                    i,
                    k + 1,
                    TimexKind::Time,
                    format!("XXXX-WXX-{w}T{h:02}:{m:02}"),
                );
            }
        } else if let Some(off) = self.find(k, |l| if let Lex::Day(d) = l { Some(d) } else { None })
        {
            if let Some(a) = self.anchor {
                day = add_days(a, i64::from(off)).map(|d| (d, k + 1));
            }
        } else if let Some(c) = self.r_month_date(k) {
            if let Val::Pt(Pt::Day(d)) = c.val {
                day = Some((d, c.e));
            }
        }
        let (d, e) = match day {
            Some(x) => x,
            None => match self.last_day() {
                Some(d) => (d, j),
                None => return str_c(i, j, TimexKind::Time, format!("XXXX-XX-XXT{h:02}:{m:02}")),
            },
        };
        date_pt(i, e, Pt::Time(d, h, m))
    }
}
