use crate::Span;

/// The orthographic shape of a word, the cue most news rules start from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Shape {
    /// Only lowercase letters (and joiners): `reporters`, `state-owned`.
    Lower,
    /// An uppercase first letter, not all caps: `Duda`, `McDonald`, `I`.
    Capitalized,
    /// Two or more letters, all uppercase: `NATO`, `US`.
    AllCaps,
    /// Lowercase first letter with an uppercase later: `iPhone`, `eBay`.
    Mixed,
    /// Digits, possibly with `.` or `,` between them: `2023`, `2,018`, `3.5`.
    Digits,
    /// Letters and digits: `G7`, `1990s`, `15th`.
    Alnum,
}

/// A word found by [`words`]: its byte span and shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Word {
    /// Byte span of the word in the scanned text.
    pub span: Span,
    /// Orthographic shape of the word.
    pub shape: Shape,
}

/// Iterator over the words of a text; see [`words`].
#[derive(Clone, Debug)]
pub struct Words<'t> {
    text: &'t str,
    pos: usize,
}

/// Scans `text` for words: maximal runs of alphanumeric characters, joined across a single
/// apostrophe (`'`, `’`) or hyphen (`-`, `‐`) between letters or digits (`it’s`, `state-owned`),
/// and across `.` or `,` between digits (`3.5`, `2,018`).
///
/// ```
/// let t = "It’s the first visit since 2018, by 2,018 state-owned firms.";
/// let w: Vec<&str> = lede_text::words(t).map(|w| &t[w.span]).collect();
/// assert_eq!(w, ["It’s", "the", "first", "visit", "since", "2018", "by", "2,018", "state-owned", "firms"]);
/// ```
pub fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

#[inline]
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐')
}

/// Byte classes for the ASCII fast path.
const OTHER: u8 = 0;
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const DIGIT: u8 = 3;
const NON_ASCII: u8 = 4;

// Evaluated at compile time; `i < 256` bounds every index.
#[allow(clippy::indexing_slicing)]
const fn byte_classes() -> [u8; 256] {
    let mut t = [OTHER; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b >= 0x80 {
            NON_ASCII
        } else if b.is_ascii_lowercase() {
            LOWER
        } else if b.is_ascii_uppercase() {
            UPPER
        } else if b.is_ascii_digit() {
            DIGIT
        } else {
            OTHER
        };
        i += 1;
    }
    t
}

static CLASS: [u8; 256] = byte_classes();

#[inline(always)]
fn class(b: u8) -> u8 {
    // A `[u8; 256]` indexed by a `u8` is always in bounds.
    CLASS.get(usize::from(b)).copied().unwrap_or(OTHER)
}

const LO7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
const HI: u64 = 0x8080_8080_8080_8080;

/// Per byte of `x` (all bytes below 0x80): the high bit set when the byte is in `lo..=hi`.
#[inline(always)]
fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    let ge_lo = x.wrapping_add(0x0101_0101_0101_0101 * u64::from(0x80 - lo));
    let gt_hi = x.wrapping_add(0x0101_0101_0101_0101 * u64::from(0x7f - hi));
    ge_lo & !gt_hi & HI
}

/// For eight bytes: the length of the leading run of ASCII alphanumerics, and the
/// uppercase letters and digits in it.
#[inline(always)]
fn swar_alnum_prefix(chunk: &[u8]) -> (usize, usize, usize) {
    // Callers pass exactly eight bytes; anything else reads as a stop.
    let Ok(a) = <[u8; 8]>::try_from(chunk) else {
        return (0, 0, 0);
    };
    let v = u64::from_le_bytes(a);
    let x = v & LO7;
    let ascii = !v & HI;
    let lower = in_range(x, b'a', b'z');
    let upper = in_range(x, b'A', b'Z');
    let digit = in_range(x, b'0', b'9');
    let alnum = (lower | upper | digit) & ascii;
    let stop = !alnum & HI;
    let n = (stop.trailing_zeros() / 8) as usize;
    let run = if n >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    };
    (
        n.min(8),
        count_high_bits(upper & ascii & run),
        count_high_bits(digit & ascii & run),
    )
}

/// The number of bytes of `m` with their high bit set (`m` has no other bits): a multiply adds
/// the eight 0/1 bytes into the top byte, cheaper than `count_ones` without the popcnt feature.
#[inline(always)]
fn count_high_bits(m: u64) -> usize {
    ((m >> 7).wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize
}

/// The char starting at byte `i` and its length (ASCII without decoding).
#[inline]
fn char_at(text: &str, bytes: &[u8], i: usize) -> Option<(char, usize)> {
    let b = *bytes.get(i)?;
    if b < 0x80 {
        Some((char::from(b), 1))
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

impl Iterator for Words<'_> {
    type Item = Word;

    // Table-driven: ASCII bytes are classified by one table lookup, other chars are decoded;
    // the shape is counted during the scan rather than in a second pass.
    fn next(&mut self) -> Option<Word> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = self.pos;
        // Skip to the first alphanumeric char.
        loop {
            let b = *bytes.get(i)?;
            match class(b) {
                OTHER => i += 1,
                NON_ASCII => {
                    let (c, cl) = char_at(text, bytes, i)?;
                    if c.is_alphanumeric() {
                        break;
                    }
                    i += cl;
                }
                _ => break,
            }
        }
        let start = i;
        // Alphanumeric chars, uppercase letters and digits (`ASCII or numeric`) in the word.
        let (mut alnum, mut upper, mut digits) = (0usize, 0usize, 0usize);
        loop {
            // An ASCII alphanumeric stretch, eight bytes at a time, then byte by byte.
            while let Some(chunk) = bytes.get(i..i + 8) {
                let (n, up, dg) = swar_alnum_prefix(chunk);
                alnum += n;
                upper += up;
                digits += dg;
                i += n;
                if n < 8 {
                    break;
                }
            }
            while let Some(&b) = bytes.get(i) {
                let cls = class(b);
                if cls == OTHER || cls == NON_ASCII {
                    break;
                }
                alnum += 1;
                upper += usize::from(cls == UPPER);
                digits += usize::from(cls == DIGIT);
                i += 1;
            }
            let Some((c, cl)) = char_at(text, bytes, i) else {
                break;
            };
            if !c.is_ascii() && c.is_alphanumeric() {
                alnum += 1;
                if c.is_alphabetic() {
                    upper += usize::from(c.is_uppercase());
                } else {
                    digits += 1;
                }
                i += cl;
                continue;
            }
            // A joiner between two alphanumerics, or `.`/`,` between two ASCII digits; we are
            // past an alphanumeric here, since joiners are crossed only when one follows.
            let Some((next, _)) = char_at(text, bytes, i + cl) else {
                break;
            };
            let joins = if is_joiner(c) {
                is_alnum(next)
            } else if c == '.' || c == ',' {
                next.is_ascii_digit()
                    && i.checked_sub(1)
                        .and_then(|p| bytes.get(p))
                        .is_some_and(u8::is_ascii_digit)
            } else {
                false
            };
            if !joins {
                break;
            }
            i += cl;
        }
        let end = i;
        self.pos = end;
        // Like `shape_of`, ignore a possessive `'s` / `’s` (its `s` was counted as a letter).
        let tail = bytes.get(end.saturating_sub(4)..end).unwrap_or(&[]);
        let possessive = (tail.ends_with(b"'s") && end - start > 2)
            || (tail.ends_with("’s".as_bytes()) && end - start > "’s".len());
        let letters = alnum.saturating_sub(digits + usize::from(possessive));
        let lower = letters.saturating_sub(upper);
        let shape = match (letters, digits) {
            (0, _) => Shape::Digits,
            (_, d) if d > 0 => Shape::Alnum,
            _ if upper == 0 => Shape::Lower,
            _ if lower == 0 && letters >= 2 => Shape::AllCaps,
            // No digits: the word opens with its first letter.
            _ if char_at(text, bytes, start).is_some_and(|(c, _)| c.is_uppercase()) => {
                Shape::Capitalized
            }
            _ => Shape::Mixed,
        };
        Some(Word {
            span: Span::new(start, end),
            shape,
        })
    }
}

/// The [`Shape`] of a single word (as [`words`] yields them); a possessive `'s` or `’s` is
/// ignored, so `NATO’s` is [`Shape::AllCaps`].
pub fn shape_of(word: &str) -> Shape {
    let word = word
        .strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .filter(|w| !w.is_empty())
        .unwrap_or(word);
    let mut letters = 0usize;
    let mut upper = 0usize;
    let mut digits = 0usize;
    let mut first_upper = None;
    for c in word.chars() {
        if c.is_alphabetic() {
            letters += 1;
            let up = c.is_uppercase();
            if up {
                upper += 1;
            }
            if first_upper.is_none() {
                first_upper = Some(up);
            }
        } else if c.is_numeric() {
            digits += 1;
        }
    }
    match (letters, digits) {
        (0, _) => Shape::Digits,
        (_, d) if d > 0 => Shape::Alnum,
        _ if upper == 0 => Shape::Lower,
        _ if upper == letters && letters >= 2 => Shape::AllCaps,
        _ if first_upper == Some(true) => Shape::Capitalized,
        _ => Shape::Mixed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The plain char-by-char definition the table-driven scanner must match.
    fn reference(text: &str) -> Vec<Word> {
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some(rest) = text.get(pos..) {
            let Some(start) = rest.find(char::is_alphanumeric) else {
                break;
            };
            let mut end = start;
            let mut prev: Option<char> = None;
            let mut iter = rest[start..].char_indices().peekable();
            while let Some((i, c)) = iter.next() {
                if c.is_alphanumeric() {
                    end = start + i + c.len_utf8();
                    prev = Some(c);
                    continue;
                }
                let next = iter.peek().map(|&(_, n)| n);
                let joins = match (prev, next) {
                    (Some(p), Some(n)) if is_joiner(c) => {
                        p.is_alphanumeric() && n.is_alphanumeric()
                    }
                    (Some(p), Some(n)) if c == '.' || c == ',' => {
                        p.is_ascii_digit() && n.is_ascii_digit()
                    }
                    _ => false,
                };
                if !joins {
                    break;
                }
                prev = Some(c);
            }
            let span = Span::new(pos + start, pos + end);
            out.push(Word {
                span,
                shape: shape_of(&text[span]),
            });
            pos += end;
        }
        out
    }

    fn same_as_reference(t: &str) {
        assert_eq!(words(t).collect::<Vec<_>>(), reference(t), "{t:?}");
    }

    #[test]
    fn matches_reference() {
        for t in [
            "It’s the first visit since 2018, by 2,018 state-owned firms.",
            "NATO’s chief. U.S. Belarus’s Poles’ rock'n'roll 3.5 G7 1990s iPhone Łódź ÉCOLE",
            "a--b a-'b 'quoted' x’s ’s s' - . ,5 5, 5,5,5 ²5 Ⅻ 5²",
        ] {
            same_as_reference(t);
        }
    }

    proptest! {
        #[test]
        fn matches_reference_news_chars(s in "[a-zA-Z0-9 .,'’\\-‐ÉéŁ²]{0,40}") {
            same_as_reference(&s);
        }
        #[test]
        fn matches_reference_ascii(s in "[ -~]{0,60}") {
            same_as_reference(&s);
        }
        #[test]
        fn matches_reference_any(s in "\\PC{0,40}") {
            same_as_reference(&s);
        }
    }

    fn ws(t: &str) -> Vec<(&str, Shape)> {
        words(t).map(|w| (&t[w.span], w.shape)).collect()
    }

    #[test]
    fn shapes() {
        assert_eq!(
            ws("NATO’s eBay G7 I 1990s McDonald ünter"),
            [
                ("NATO’s", Shape::AllCaps),
                ("eBay", Shape::Mixed),
                ("G7", Shape::Alnum),
                ("I", Shape::Capitalized),
                ("1990s", Shape::Alnum),
                ("McDonald", Shape::Capitalized),
                ("ünter", Shape::Lower),
            ]
        );
        assert_eq!(shape_of("NATO"), Shape::AllCaps);
        assert_eq!(shape_of("3.5"), Shape::Digits);
    }

    #[test]
    fn joiners_and_edges() {
        let t = "-a- 'b' x--y 3.5. 1,2,3, end’";
        let got: Vec<&str> = ws(t).into_iter().map(|(w, _)| w).collect();
        assert_eq!(got, ["a", "b", "x", "y", "3.5", "1,2,3", "end"]);
        assert!(ws("").is_empty());
        assert!(ws(" — “ ” ").is_empty());
    }
}
