//! A fast word scanner with the same output as `lede_text::words` and `shape_of`, plus the
//! position of the last hyphen; ASCII goes through a byte fast path.

use lede_text::Shape;

/// One scanned word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawWord {
    pub start: usize,
    pub end: usize,
    pub shape: Shape,
    /// First char uppercase.
    pub upper: bool,
    /// Byte offset (from `start`) of the last hyphen inside the word.
    pub last_hyphen: Option<usize>,
}

#[inline]
fn char_at(text: &str, bytes: &[u8], i: usize) -> Option<(char, usize)> {
    let b = *bytes.get(i)?;
    if b < 0x80 {
        Some((b as char, 1))
    } else {
        let c = text.get(i..)?.chars().next()?;
        Some((c, c.len_utf8()))
    }
}

#[inline]
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

#[inline]
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐')
}

/// Calls `f` for every word of `text`, in order.
pub(crate) fn scan_words(text: &str, mut f: impl FnMut(RawWord)) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let Some((c, cl)) = char_at(text, bytes, i) else {
            // Not on a char boundary cannot happen (we advance by chars); stop safely.
            return;
        };
        if !is_alnum(c) {
            i += cl;
            continue;
        }
        let start = i;
        let (mut letters, mut upper, mut digits) = (0usize, 0usize, 0usize);
        let mut first_upper: Option<bool> = None;
        let mut last_hyphen = None;
        let mut account = |c: char| {
            if c.is_ascii() {
                if c.is_ascii_alphabetic() {
                    letters += 1;
                    let up = c.is_ascii_uppercase();
                    upper += usize::from(up);
                    first_upper.get_or_insert(up);
                } else {
                    digits += 1;
                }
            } else if c.is_alphabetic() {
                letters += 1;
                let up = c.is_uppercase();
                upper += usize::from(up);
                first_upper.get_or_insert(up);
            } else if c.is_numeric() {
                digits += 1;
            }
        };
        account(c);
        let first_is_upper = c.is_uppercase();
        let mut prev = c;
        i += cl;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii_alphanumeric() {
                if b.is_ascii_alphabetic() {
                    let up = b.is_ascii_uppercase();
                    if letters == 0 {
                        first_upper = Some(up);
                    }
                    letters += 1;
                    upper += usize::from(up);
                } else {
                    digits += 1;
                }
                prev = b as char;
                i += 1;
                continue;
            }
            let Some((c, cl)) = char_at(text, bytes, i) else {
                break;
            };
            if b >= 0x80 && is_alnum(c) {
                if c.is_alphabetic() {
                    let up = c.is_uppercase();
                    if letters == 0 {
                        first_upper = Some(up);
                    }
                    letters += 1;
                    upper += usize::from(up);
                } else if c.is_numeric() {
                    digits += 1;
                }
                prev = c;
                i += cl;
                continue;
            }
            let Some((next, _)) = char_at(text, bytes, i + cl) else {
                break;
            };
            let joins = if is_joiner(c) {
                is_alnum(prev) && is_alnum(next)
            } else if c == '.' || c == ',' {
                prev.is_ascii_digit() && next.is_ascii_digit()
            } else {
                false
            };
            if !joins {
                break;
            }
            if c == '-' || c == '‐' {
                last_hyphen = Some(i - start);
            }
            prev = c;
            i += cl;
        }
        let end = i;
        // `shape_of` ignores a possessive `'s` / `’s` (the `s` counted above as a lowercase letter).
        let word = text.get(start..end).unwrap_or("");
        let possessive = (word.ends_with("'s") && word.len() > 2)
            || (word.ends_with("’s") && word.len() > "’s".len());
        if possessive {
            letters = letters.saturating_sub(1);
        }
        let shape = match (letters, digits) {
            (0, _) => Shape::Digits,
            (_, d) if d > 0 => Shape::Alnum,
            _ if upper == 0 => Shape::Lower,
            _ if upper == letters && letters >= 2 => Shape::AllCaps,
            _ if first_upper == Some(true) => Shape::Capitalized,
            _ => Shape::Mixed,
        };
        f(RawWord {
            start,
            end,
            shape,
            upper: first_is_upper,
            last_hyphen,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn both(t: &str) {
        let mut mine = Vec::new();
        scan_words(t, |w| mine.push((w.start, w.end, w.shape)));
        let theirs: Vec<_> = lede_text::words(t)
            .map(|w| (w.span.start, w.span.end, w.shape))
            .collect();
        assert_eq!(mine, theirs, "{t:?}");
    }

    #[test]
    fn same_as_lede_text() {
        for t in [
            "It’s the first visit since 2018, by 2,018 state-owned firms.",
            "NATO’s chief. U.S. Belarus’s Poles’ rock'n'roll 3.5 G7 1990s iPhone Łódź ÉCOLE",
            "a--b a-'b 'quoted' x’s ’s s' - . ,5 5, 5,5,5",
        ] {
            both(t);
        }
    }

    proptest! {
        #[test]
        fn same_as_lede_text_prop(s in "[a-zA-Z0-9 .,'’\\-‐ÉéŁ]{0,40}") {
            both(&s);
        }
        #[test]
        fn same_as_lede_text_any(s in "\\PC{0,40}") {
            both(&s);
        }
    }
}
