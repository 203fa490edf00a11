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

impl Iterator for Words<'_> {
    type Item = Word;

    fn next(&mut self) -> Option<Word> {
        let rest = self.text.get(self.pos..)?;
        let mut iter = rest.char_indices().peekable();
        // Skip to the first alphanumeric char.
        let start = loop {
            let (i, c) = iter.next()?;
            if c.is_alphanumeric() {
                break i;
            }
        };
        let mut end = start;
        let mut prev: Option<char> = None;
        let mut iter = rest.get(start..)?.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if c.is_alphanumeric() {
                end = start + i + c.len_utf8();
                prev = Some(c);
                continue;
            }
            let next = iter.peek().map(|&(_, n)| n);
            let joins = match (prev, next) {
                (Some(p), Some(n)) if is_joiner(c) => p.is_alphanumeric() && n.is_alphanumeric(),
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
        let span = Span::new(self.pos + start, self.pos + end);
        self.pos += end;
        let shape = shape_of(self.text.get(span.range()).unwrap_or(""));
        Some(Word { span, shape })
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
