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

/// Byte classes for the ASCII fast path: 0 other, 1 lowercase, 2 uppercase, 3 digit, 4 non-ASCII.
// Evaluated at compile time; `i < 256` bounds every index.
#[allow(clippy::indexing_slicing)]
const fn byte_classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b >= 0x80 {
            4
        } else if b.is_ascii_lowercase() {
            1
        } else if b.is_ascii_uppercase() {
            2
        } else if b.is_ascii_digit() {
            3
        } else {
            0
        };
        i += 1;
    }
    t
}

static CLASS: [u8; 256] = byte_classes();

#[inline]
fn class(b: u8) -> u8 {
    CLASS.get(usize::from(b)).copied().unwrap_or(0)
}

/// Calls `f` for every word of `text`, in order.
pub(crate) fn scan_words(text: &str, mut f: impl FnMut(RawWord)) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let Some(&b) = bytes.get(i) else { return };
        let cls = class(b);
        if cls == 0 {
            i += 1;
            continue;
        }
        let first_upper_char = if cls == 4 {
            let Some((c, cl)) = char_at(text, bytes, i) else {
                return;
            };
            if !c.is_alphanumeric() {
                i += cl;
                continue;
            }
            c.is_uppercase()
        } else {
            cls == 2
        };
        let start = i;
        let (mut lower, mut upper, mut digits) = (0usize, 0usize, 0usize);
        let mut first_letter_upper: Option<bool> = None;
        let mut last_hyphen = None;
        let mut prev_ascii_digit = false;
        while let Some(&b) = bytes.get(i) {
            match class(b) {
                1 => {
                    lower += 1;
                    first_letter_upper.get_or_insert(false);
                    prev_ascii_digit = false;
                    i += 1;
                }
                2 => {
                    upper += 1;
                    first_letter_upper.get_or_insert(true);
                    prev_ascii_digit = false;
                    i += 1;
                }
                3 => {
                    digits += 1;
                    prev_ascii_digit = true;
                    i += 1;
                }
                cls => {
                    let Some((c, cl)) = char_at(text, bytes, i) else {
                        break;
                    };
                    if cls == 4 && c.is_alphanumeric() {
                        if c.is_alphabetic() {
                            if c.is_uppercase() {
                                upper += 1;
                                first_letter_upper.get_or_insert(true);
                            } else {
                                lower += 1;
                                first_letter_upper.get_or_insert(false);
                            }
                        } else {
                            digits += 1;
                        }
                        prev_ascii_digit = false;
                        i += cl;
                        continue;
                    }
                    // A joiner between two alphanumerics, or `.`/`,` between two digits. We only
                    // get here after an alphanumeric char (joiners are crossed only when an
                    // alphanumeric follows).
                    let Some((next, _)) = char_at(text, bytes, i + cl) else {
                        break;
                    };
                    let joins = if is_joiner(c) {
                        is_alnum(next)
                    } else if c == '.' || c == ',' {
                        prev_ascii_digit && next.is_ascii_digit()
                    } else {
                        false
                    };
                    if !joins {
                        break;
                    }
                    if c == '-' || c == '‐' {
                        last_hyphen = Some(i - start);
                    }
                    prev_ascii_digit = false;
                    i += cl;
                }
            }
        }
        let end = i;
        // `shape_of` ignores a possessive `'s` / `’s` (its `s` was counted as lowercase).
        let tail = bytes.get(end.saturating_sub(4)..end).unwrap_or(&[]);
        let possessive = (tail.ends_with(b"'s") && end - start > 2)
            || (tail.ends_with("’s".as_bytes()) && end - start > "’s".len());
        if possessive {
            lower = lower.saturating_sub(1);
        }
        let letters = lower + upper;
        let shape = match (letters, digits) {
            (0, _) => Shape::Digits,
            (_, d) if d > 0 => Shape::Alnum,
            _ if upper == 0 => Shape::Lower,
            _ if lower == 0 && letters >= 2 => Shape::AllCaps,
            _ if first_letter_upper == Some(true) => Shape::Capitalized,
            _ => Shape::Mixed,
        };
        f(RawWord {
            start,
            end,
            shape,
            upper: first_upper_char,
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

#[cfg(test)]
mod speed {
    /// Prints the scanner's own speed on the shared corpus: `cargo test --release -p
    /// lede-entities scan_speed -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn scan_speed() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/corpus/news.txt"
        );
        let Ok(text) = std::fs::read_to_string(path) else {
            return;
        };
        let mut best = f64::MAX;
        let mut n = 0;
        for _ in 0..10 {
            let t = std::time::Instant::now();
            n = 0;
            super::scan_words(&text, |w| n += w.end - w.start);
            best = best.min(t.elapsed().as_secs_f64());
        }
        eprintln!(
            "scan: {n} word bytes, {:.1} MB/s",
            text.len() as f64 / best / 1e6
        );
    }
}
