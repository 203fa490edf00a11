/// The unit an offset counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum OffsetUnit {
    /// UTF-8 bytes (Rust, Go, the shared gold files).
    Bytes,
    /// Unicode code points (Python `str`, pandas, Spark).
    #[default]
    Chars,
    /// UTF-16 code units (JavaScript, Java, C#).
    Utf16,
}

impl OffsetUnit {
    /// The unit's name as the CLI spells it: `bytes`, `chars` or `utf16`.
    pub const fn as_str(self) -> &'static str {
        match self {
            OffsetUnit::Bytes => "bytes",
            OffsetUnit::Chars => "chars",
            OffsetUnit::Utf16 => "utf16",
        }
    }

    /// Parses `bytes`, `chars` or `utf16`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "bytes" => Some(OffsetUnit::Bytes),
            "chars" => Some(OffsetUnit::Chars),
            "utf16" => Some(OffsetUnit::Utf16),
            _ => None,
        }
    }
}

/// Converts ascending byte offsets into `unit`, in one pass over `text`.
///
/// Offsets must be sorted ascending; an offset inside a multi-byte char counts as that char's
/// start, and offsets past the end clamp to the text's length in `unit`.
///
/// ```
/// use lede_text::{convert_sorted, OffsetUnit};
/// let t = "“Hi” 😀 x";
/// assert_eq!(convert_sorted(t, &[0, 3, 5, 9, 14], OffsetUnit::Chars), [0, 1, 3, 5, 7]);
/// assert_eq!(convert_sorted(t, &[0, 3, 5, 9, 14], OffsetUnit::Utf16), [0, 1, 3, 5, 8]);
/// ```
pub fn convert_sorted(text: &str, sorted: &[usize], unit: OffsetUnit) -> Vec<usize> {
    if unit == OffsetUnit::Bytes {
        return sorted.iter().map(|&o| o.min(text.len())).collect();
    }
    let mut out = Vec::with_capacity(sorted.len());
    let mut chars = text.char_indices();
    let mut pending = chars.next();
    let mut count = 0usize;
    for &off in sorted {
        while let Some((i, c)) = pending {
            if i + c.len_utf8() > off {
                break;
            }
            count += match unit {
                OffsetUnit::Utf16 => c.len_utf16(),
                _ => 1,
            };
            pending = chars.next();
        }
        out.push(count);
    }
    out
}

/// A lookup table from byte offsets to another unit, built once per document from any set of
/// byte offsets (unsorted, with repeats); lookups are binary searches.
///
/// ```
/// use lede_text::{OffsetTable, OffsetUnit};
/// let t = "a—b";
/// let table = OffsetTable::new(t, vec![4, 0, 1, 4], OffsetUnit::Chars);
/// assert_eq!(table.get(4), 2);
/// assert_eq!(table.get(1), 1);
/// ```
#[derive(Clone, Debug)]
pub struct OffsetTable {
    unit: OffsetUnit,
    bytes: Vec<usize>,
    converted: Vec<usize>,
}

impl OffsetTable {
    /// Builds the table for `offsets` (any order) in `text`.
    pub fn new(text: &str, mut offsets: Vec<usize>, unit: OffsetUnit) -> Self {
        offsets.sort_unstable();
        offsets.dedup();
        let converted = convert_sorted(text, &offsets, unit);
        OffsetTable {
            unit,
            bytes: offsets,
            converted,
        }
    }

    /// The unit this table converts byte offsets to.
    pub fn unit(&self) -> OffsetUnit {
        self.unit
    }

    /// The converted offset for byte offset `byte`. Offsets not given to [`OffsetTable::new`]
    /// are returned unchanged for [`OffsetUnit::Bytes`] and otherwise map to the nearest known
    /// offset below them (so always give every offset you will ask for).
    pub fn get(&self, byte: usize) -> usize {
        if self.unit == OffsetUnit::Bytes {
            return byte;
        }
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.converted.get(i).copied().unwrap_or(0),
            Err(0) => 0,
            Err(i) => self.converted.get(i - 1).copied().unwrap_or(0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn units() {
        assert_eq!(OffsetUnit::parse("utf16"), Some(OffsetUnit::Utf16));
        assert_eq!(OffsetUnit::parse("x"), None);
        assert_eq!(OffsetUnit::Chars.as_str(), "chars");
        assert_eq!(convert_sorted("ab", &[0, 9], OffsetUnit::Bytes), [0, 2]);
        assert_eq!(convert_sorted("", &[0, 3], OffsetUnit::Chars), [0, 0]);
    }

    proptest! {
        #[test]
        fn matches_naive(s in "\\PC{0,40}", picks in proptest::collection::vec(0usize..200, 0..10)) {
            let mut offs: Vec<usize> = picks.into_iter().map(|p| p % (s.len() + 1))
                .filter(|&o| s.is_char_boundary(o)).collect();
            offs.sort_unstable();
            let chars = convert_sorted(&s, &offs, OffsetUnit::Chars);
            let utf16 = convert_sorted(&s, &offs, OffsetUnit::Utf16);
            for (k, &o) in offs.iter().enumerate() {
                prop_assert_eq!(chars[k], s[..o].chars().count());
                prop_assert_eq!(utf16[k], s[..o].encode_utf16().count());
            }
            let table = OffsetTable::new(&s, offs.iter().rev().copied().collect(), OffsetUnit::Utf16);
            for &o in &offs {
                prop_assert_eq!(table.get(o), s[..o].encode_utf16().count());
            }
        }

        #[test]
        fn words_are_valid(s in "\\PC{0,60}") {
            let mut last = 0;
            for w in crate::words(&s) {
                prop_assert!(w.span.start >= last);
                prop_assert!(w.span.is_valid_in(&s));
                prop_assert!(!w.span.is_empty());
                last = w.span.end;
            }
        }
    }
}
