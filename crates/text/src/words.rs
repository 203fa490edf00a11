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

#[cfg(test)]
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐')
}

/// Byte flags for the ASCII fast path: one table lookup classifies a byte.
const ALNUM: u8 = 1;
const UPPER: u8 = 2;
const DIGIT: u8 = 4;
const NON_ASCII: u8 = 8;
/// `'` or `-`: an ASCII joiner.
const JOINER: u8 = 16;
/// `.` or `,`: joins two ASCII digits.
const POINT: u8 = 32;

// Evaluated at compile time; `i < 256` bounds every index.
#[allow(clippy::indexing_slicing)]
const fn byte_flags() -> [u8; 256] {
    let mut t = [0; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b >= 0x80 {
            NON_ASCII
        } else if b.is_ascii_lowercase() {
            ALNUM
        } else if b.is_ascii_uppercase() {
            ALNUM | UPPER
        } else if b.is_ascii_digit() {
            ALNUM | DIGIT
        } else if b == b'\'' || b == b'-' {
            JOINER
        } else if b == b'.' || b == b',' {
            POINT
        } else {
            0
        };
        i += 1;
    }
    t
}

static FLAGS: [u8; 256] = byte_flags();

#[inline(always)]
fn flags(b: u8) -> u8 {
    // A `[u8; 256]` indexed by a `u8` is always in bounds.
    FLAGS.get(usize::from(b)).copied().unwrap_or(0)
}

/// Packed counts: lowercase letters in bits 0..21, uppercase letters in 21..42, digits from 42.
const UPPER_SHIFT: u32 = 21;
const DIGIT_SHIFT: u32 = 42;
const COUNT_MASK: u64 = (1 << UPPER_SHIFT) - 1;

// Evaluated at compile time; `i < 256` bounds every index.
#[allow(clippy::indexing_slicing)]
const fn byte_weights() -> [u64; 256] {
    let mut t = [0; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b.is_ascii_lowercase() {
            1
        } else if b.is_ascii_uppercase() {
            1 << UPPER_SHIFT
        } else if b.is_ascii_digit() {
            1 << DIGIT_SHIFT
        } else {
            0
        };
        i += 1;
    }
    t
}

static WEIGHTS: [u64; 256] = byte_weights();

#[inline(always)]
fn weight(b: u8) -> u64 {
    // A `[u64; 256]` indexed by a `u8` is always in bounds.
    WEIGHTS.get(usize::from(b)).copied().unwrap_or(0)
}

/// The char starting at byte `i` and its length (ASCII without decoding).
#[inline]
fn char_at(text: &str, bytes: &[u8], i: usize) -> Option<(char, usize)> {
    let b = *bytes.get(i)?;
    if b < 0x80 {
        Some((char::from(b), 1))
    } else {
        decode_at(text, i)
    }
}

/// The char starting at byte `i` and its length, decoded out of line so that the ASCII paths
/// stay small where [`Words::next`] is inlined.
#[inline(never)]
fn decode_at(text: &str, i: usize) -> Option<(char, usize)> {
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Whether the char starting at byte `i` is alphanumeric.
#[inline]
fn alnum_at(text: &str, bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        Some(&b) if b < 0x80 => flags(b) & ALNUM != 0,
        Some(_) => decode_at(text, i).is_some_and(|(c, _)| c.is_alphanumeric()),
        None => false,
    }
}

/// What a non-ASCII char inside a word adds to it.
enum Step {
    /// An uppercase letter of this many bytes.
    Upper(usize),
    /// Another letter of this many bytes.
    Letter(usize),
    /// A numeric char of this many bytes (`²`, `Ⅻ`).
    Numeral(usize),
    /// A joiner of this many bytes followed by an alphanumeric.
    Joiner(usize),
}

/// The non-ASCII char at byte `i`, right after an alphanumeric: how the word goes on, if it does.
#[inline(never)]
fn non_ascii_step(text: &str, bytes: &[u8], i: usize) -> Option<Step> {
    let (c, cl) = decode_at(text, i)?;
    if c.is_alphanumeric() {
        Some(if !c.is_alphabetic() {
            Step::Numeral(cl)
        } else if c.is_uppercase() {
            Step::Upper(cl)
        } else {
            Step::Letter(cl)
        })
    } else if matches!(c, '’' | '‐') && alnum_at(text, bytes, i + cl) {
        Some(Step::Joiner(cl))
    } else {
        None
    }
}

const LO7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
const HI: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;

/// Per byte of `x` (all bytes below 0x80): the high bit set when the byte is in `lo..=hi`.
#[inline(always)]
fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    let ge_lo = x.wrapping_add(ONES * u64::from(0x80 - lo));
    let gt_hi = x.wrapping_add(ONES * u64::from(0x7f - hi));
    ge_lo & !gt_hi & HI
}

/// Eight bytes as one little-endian word (callers pass exactly eight).
#[inline(always)]
fn load8(chunk: &[u8]) -> Option<u64> {
    <[u8; 8]>::try_from(chunk).ok().map(u64::from_le_bytes)
}

/// For eight bytes: the length of the leading run of ASCII alphanumerics, and the uppercase
/// letters and digits in it. Branch-free, so word ends cost no mispredicted loop exit.
#[inline(always)]
fn swar_alnum_prefix(v: u64) -> (usize, usize, usize) {
    let x = v & LO7;
    // Setting bit 5 folds `A-Z` onto `a-z`; an uppercase letter is a letter with bit 5 clear
    // (shifted up to the high bit of its byte).
    let letter = in_range(x | (ONES * 0x20), b'a', b'z');
    let upper = letter & !(x << 2);
    let digit = in_range(x, b'0', b'9');
    let stop = !((letter | digit) & !v) & HI;
    // The bits below the first stop (all of them if there is none).
    let run = stop.wrapping_sub(1) & !stop;
    let n = (stop.trailing_zeros() / 8) as usize;
    // One multiply sums both counts: an uppercase letter adds 1, a digit 16 (at most 136).
    let sum = (((upper & run) >> 7) + ((digit & run) >> 3)).wrapping_mul(ONES) >> 56;
    (n, (sum & 0xf) as usize, (sum >> 4) as usize)
}

/// The bytes of `’s`, the curly possessive.
const CURLY_S: &[u8] = "’s".as_bytes();

impl Iterator for Words<'_> {
    type Item = Word;

    // Table-driven: ASCII bytes are classified by one table lookup in tight loops over the
    // bytes, other chars are decoded (out of line) only where they occur; the shape is counted
    // during the scan rather than in a second pass. Always inlined (a handful of callers, the
    // cold non-ASCII paths out of line), so a caller's loop keeps the state in registers and
    // pays no call per word.
    #[inline(always)]
    fn next(&mut self) -> Option<Word> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = self.pos;
        // Skip to the first alphanumeric char: non-alphanumeric ASCII in a tight loop (mostly a
        // space or two), non-ASCII chars decoded.
        loop {
            let rest = bytes.get(i..).unwrap_or_default();
            let Some(skip) = rest
                .iter()
                .position(|&b| flags(b) & (ALNUM | NON_ASCII) != 0)
            else {
                self.pos = bytes.len();
                return None;
            };
            i += skip;
            if rest.get(skip).is_some_and(|&b| b < 0x80) {
                break;
            }
            let (c, cl) = decode_at(text, i)?;
            if c.is_alphanumeric() {
                break;
            }
            i += cl;
        }
        let start = i;
        // Alphanumeric chars, uppercase letters and digits (`ASCII or numeric`) in the word.
        let (mut alnum, mut upper, mut digits) = (0usize, 0usize, 0usize);
        loop {
            // An ASCII alphanumeric stretch, eight bytes at a time, then (near the end) byte by
            // byte: each byte adds its packed weight (one lowercase letter, uppercase letter or
            // digit) to `acc`, a zero weight stops it; fewer than eight bytes cannot overflow it.
            // The byte that ends it, if any.
            let stop = loop {
                if let Some(v) = bytes.get(i..i + 8).and_then(load8) {
                    let (n, up, dg) = swar_alnum_prefix(v);
                    alnum += n;
                    upper += up;
                    digits += dg;
                    i += n;
                    if n < 8 {
                        // Already in the register: byte `n` of the eight.
                        break Some((v >> (8 * n)) as u8);
                    }
                } else {
                    let rest = bytes.get(i..).unwrap_or_default();
                    let mut acc = 0u64;
                    let n = rest
                        .iter()
                        .position(|&b| {
                            let w = weight(b);
                            acc += w;
                            w == 0
                        })
                        .unwrap_or(rest.len());
                    alnum += n;
                    upper += ((acc >> UPPER_SHIFT) & COUNT_MASK) as usize;
                    digits += (acc >> DIGIT_SHIFT) as usize;
                    i += n;
                    break rest.get(n).copied();
                }
            };
            let Some(b) = stop else {
                break;
            };
            let f = flags(b);
            if f & (ALNUM | JOINER | POINT | NON_ASCII) == 0 {
                break;
            }
            if f & ALNUM != 0 {
                // Unreachable: a stretch ends at a non-alphanumeric byte or the end.
                continue;
            }
            if f & NON_ASCII != 0 {
                // We are past an alphanumeric here, since joiners are crossed only when one
                // follows.
                match non_ascii_step(text, bytes, i) {
                    Some(Step::Upper(cl)) => {
                        alnum += 1;
                        upper += 1;
                        i += cl;
                    }
                    Some(Step::Letter(cl)) => {
                        alnum += 1;
                        i += cl;
                    }
                    Some(Step::Numeral(cl)) => {
                        alnum += 1;
                        digits += 1;
                        i += cl;
                    }
                    Some(Step::Joiner(cl)) => i += cl,
                    None => break,
                }
                continue;
            }
            let joins = if f & JOINER != 0 {
                alnum_at(text, bytes, i + 1)
            } else {
                // `.` or `,` between two ASCII digits.
                bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                    && i.checked_sub(1)
                        .and_then(|p| bytes.get(p))
                        .is_some_and(u8::is_ascii_digit)
            };
            if !joins {
                break;
            }
            i += 1;
        }
        let end = i;
        self.pos = end;
        // Like `shape_of`, ignore a possessive `'s` / `’s` (its `s` was counted as a letter).
        let possessive = end.checked_sub(1).and_then(|p| bytes.get(p)) == Some(&b's')
            && ((end - start > 2 && end.checked_sub(2).and_then(|p| bytes.get(p)) == Some(&b'\''))
                || (end - start > CURLY_S.len()
                    && bytes.get(end - CURLY_S.len()..end) == Some(CURLY_S)));
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
        fn matches_reference_mixed_joiners(
            parts in proptest::collection::vec(
                "[a-zA-Z]{1,4}|[0-9]{1,3}|[ÉéŁłßΣσ一²Ⅻ٣]{1,2}|['’\\-‐.,]{1,2}|[ \n—“”]",
                0..24,
            )
        ) {
            same_as_reference(&parts.concat());
        }
        #[test]
        fn matches_reference_any(s in "\\PC{0,40}") {
            same_as_reference(&s);
        }
    }

    /// `swar_alnum_prefix` against a byte-by-byte count, for every byte value at every position
    /// of eight bytes around lowercase, uppercase, digit, space and non-ASCII fillers.
    #[test]
    fn swar_matches_bytes() {
        for fill in [b'a', b'Z', b'7', b' ', 0xc3] {
            for pos in 0..8 {
                for b in 0..=255u8 {
                    let mut a = [fill; 8];
                    a[pos] = b;
                    let n = a.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
                    let up = a[..n].iter().filter(|b| b.is_ascii_uppercase()).count();
                    let dg = a[..n].iter().filter(|b| b.is_ascii_digit()).count();
                    let got = swar_alnum_prefix(u64::from_le_bytes(a));
                    assert_eq!(got, (n, up, dg), "{a:?}");
                }
            }
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
