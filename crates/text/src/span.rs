use core::fmt;
use core::ops::{Index, Range};

/// A half-open range `[start, end)` of UTF-8 byte offsets into a text.
///
/// Spans produced by lede crates are always in bounds and on char boundaries of the text they
/// came from, so `&text[span]` is safe for them.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Creates a span. `start > end` is allowed but yields an empty, unusable span; prefer
    /// constructing spans from offsets you know are ordered.
    #[inline]
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes (0 if `end < start`).
    #[inline]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no byte.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The span as a `Range<usize>`.
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The text under the span, or `None` if it is out of bounds or not on char boundaries.
    #[inline]
    pub fn get<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// True when the two spans share at least one byte.
    #[inline]
    pub const fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies wholly inside `self`.
    #[inline]
    pub const fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The span shrunk so that it carries no leading or trailing Unicode whitespace.
    pub fn trim(&self, text: &str) -> Span {
        match self.get(text) {
            Some(s) => {
                let lead = s.len() - s.trim_start().len();
                let trail = s.len() - s.trim_end().len();
                if lead == s.len() {
                    Span::new(self.start, self.start)
                } else {
                    Span::new(self.start + lead, self.end - trail)
                }
            }
            None => *self,
        }
    }

    /// True when the span is in bounds of `text` and both ends are on char boundaries.
    #[inline]
    pub fn is_valid_in(&self, text: &str) -> bool {
        self.start <= self.end && self.get(text).is_some()
    }
}

impl From<Range<usize>> for Span {
    #[inline]
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    #[inline]
    fn from(s: Span) -> Self {
        s.start..s.end
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl Index<Span> for str {
    type Output = str;

    /// Panics, like range indexing, when the span is out of bounds or not on char boundaries.
    #[inline]
    #[allow(clippy::indexing_slicing)]
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

impl Index<Span> for String {
    type Output = str;

    #[inline]
    #[allow(clippy::indexing_slicing)]
    fn index(&self, span: Span) -> &str {
        &self.as_str()[span.start..span.end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_and_get() {
        let t = "“Hi,” he said";
        let s = Span::new(0, 3);
        assert_eq!(&t[s], "“");
        assert_eq!(Span::new(0, 1).get(t), None);
        assert_eq!(Span::new(0, 100).get(t), None);
        assert!(Span::new(3, 5).is_valid_in(t));
        assert!(!Span::new(5, 3).is_valid_in(t));
    }

    #[test]
    fn trim_and_relations() {
        let t = "  a b\u{a0} ";
        let s = Span::new(0, t.len()).trim(t);
        assert_eq!(&t[s], "a b");
        assert_eq!(Span::new(0, 2).trim(t), Span::new(0, 0));
        assert!(Span::new(0, 5).overlaps(&Span::new(4, 6)));
        assert!(!Span::new(0, 4).overlaps(&Span::new(4, 6)));
        assert!(Span::new(0, 5).contains(&Span::new(1, 5)));
        assert_eq!(Span::new(3, 1).len(), 0);
        assert!(Span::new(3, 3).is_empty());
        assert_eq!(format!("{:?}", Span::new(1, 2)), "1..2");
    }
}
