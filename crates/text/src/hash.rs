use std::hash::{BuildHasherDefault, Hasher};

/// A small, fast, non-cryptographic hasher for the short word keys of lede's lookup tables
/// (FxHash-style, eight bytes at a time). The keys come from built-in or user tables, never
/// from an adversary choosing collisions against a server, so SipHash's protection is not needed.
///
/// ```
/// use std::collections::HashMap;
/// let mut m: HashMap<&str, u8, lede_text::WordBuildHasher> = HashMap::default();
/// m.insert("wednesday", 3);
/// assert_eq!(m.get("wednesday"), Some(&3));
/// ```
#[derive(Debug, Default, Clone, Copy)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
        self.0 = h;
    }
}

/// `BuildHasher` for [`WordHasher`], for `HashMap<K, V, WordBuildHasher>`.
pub type WordBuildHasher = BuildHasherDefault<WordHasher>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn distinguishes_short_and_long_words() {
        let b = WordBuildHasher::default();
        let h = |s: &str| b.hash_one(s);
        assert_ne!(h("may"), h("May"));
        assert_ne!(h("september"), h("septembre"));
        assert_eq!(h("wednesday"), h("wednesday"));
    }
}
