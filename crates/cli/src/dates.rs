//! Document dates as archives write them: ISO dates and datetimes (with or without an offset or
//! fraction), SQL datetimes, `YYYY/MM/DD`, `YYYYMMDD`, RFC 2822 (RSS) and epoch seconds or
//! milliseconds (pandas' default `to_json`). The document's date is the calendar date as
//! written; an epoch number is read in UTC.
use jiff::civil::Date;
use serde_json::Value;

/// Parses a document date written in any of the forms above.
///
/// ```
/// use lede_cli::parse_date;
/// for s in ["2023-08-16", "2023-08-16T00:00:00.000", "2023-08-16T23:30:00-04:00",
///           "2023-08-16 10:00:00", "2023/08/16", "20230816", "Wed, 16 Aug 2023 10:00:00 GMT",
///           "1692144000", "1692144000000"] {
///     assert_eq!(parse_date(s).unwrap().to_string(), "2023-08-16", "{s}");
/// }
/// assert!(parse_date("16/08/2023").is_err());
/// assert!(parse_date("next tuesday").is_err());
/// ```
pub fn parse_date(s: &str) -> Result<Date, String> {
    let s = s.trim();
    let bytes = s.as_bytes();
    let digits = !s.is_empty() && bytes.iter().all(u8::is_ascii_digit);
    if digits && s.len() == 8 {
        let iso = format!("{}-{}-{}", &s[..4], &s[4..6], &s[6..]);
        return iso
            .parse::<Date>()
            .map_err(|e| unreadable(s, &e.to_string()));
    }
    if digits && matches!(s.len(), 9 | 10 | 12 | 13) {
        let n: i64 = s.parse().map_err(|_| unreadable(s, "not a number"))?;
        return epoch(n as f64).ok_or_else(|| unreadable(s, "epoch time out of range"));
    }
    // `YYYY-MM-DD` or `YYYY/MM/DD`, then nothing or a time
    if let (Some(head), Some(sep)) = (s.get(..10), bytes.get(4)) {
        if matches!(sep, b'-' | b'/') && bytes.get(7) == Some(sep) {
            let date = head
                .replace('/', "-")
                .parse::<Date>()
                .map_err(|e| unreadable(s, &e.to_string()))?;
            let rest = s.get(10..).unwrap_or("");
            if rest.is_empty() || time_ok(&format!("{}{rest}", date)) {
                return Ok(date);
            }
            return Err(unreadable(s, "the part after the date is not a time"));
        }
    }
    if let Ok(z) = jiff::fmt::rfc2822::parse(s) {
        return Ok(z.date());
    }
    Err(unreadable(
        s,
        "expected an ISO date or datetime, YYYY/MM/DD, YYYYMMDD, an RFC 2822 date or epoch seconds or milliseconds",
    ))
}

/// Whether `s`, an ISO date followed by what came after it, is a date and time (with or
/// without fraction and offset; `T` or a space between).
fn time_ok(s: &str) -> bool {
    s.parse::<jiff::Timestamp>().is_ok() || s.parse::<jiff::civil::DateTime>().is_ok()
}

/// The UTC date of an epoch number: milliseconds from 10^11 on (3 March 1973 in seconds), else
/// seconds.
fn epoch(n: f64) -> Option<Date> {
    let ms = if n.abs() >= 1e11 { n } else { n * 1000.0 };
    if !ms.is_finite() || ms.abs() > 8.2e15 {
        return None;
    }
    let days = (ms / 86_400_000.0).floor() as i64;
    let span = jiff::Span::new().try_days(days).ok()?;
    jiff::civil::date(1970, 1, 1).checked_add(span).ok()
}

fn unreadable(s: &str, why: &str) -> String {
    format!("unreadable date {s:?}: {why}")
}

/// The date of a JSON value: a string in any form [`parse_date`] reads, or an epoch number;
/// `null` is no date.
pub(crate) fn date_of_value(v: &Value) -> Result<Option<Date>, String> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) => parse_date(s).map(Some),
        Value::Number(n) => n
            .as_f64()
            .and_then(epoch)
            .map(Some)
            .ok_or_else(|| format!("unreadable date {n}: epoch time out of range")),
        other => Err(format!("must be a date, found {}", crate::kind_of(other))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_numbers_and_edges() {
        let d = |v: Value| date_of_value(&v).unwrap().unwrap().to_string();
        assert_eq!(d(serde_json::json!(1692144000000u64)), "2023-08-16");
        assert_eq!(d(serde_json::json!(1692144000)), "2023-08-16");
        assert_eq!(d(serde_json::json!(1692230399.5)), "2023-08-16");
        assert_eq!(d(serde_json::json!(0)), "1970-01-01");
        assert!(date_of_value(&serde_json::json!(1e300)).is_err());
        assert!(date_of_value(&serde_json::json!(true)).is_err());
        assert_eq!(date_of_value(&Value::Null).unwrap(), None);
        assert!(parse_date("2023-02-30").is_err());
        assert!(parse_date("2023-08-16T25:00").is_err());
        assert!(parse_date("").is_err());
        assert!(parse_date("2023-08-16 is a date").is_err());
    }
}
