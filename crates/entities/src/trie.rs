//! An anchored byte trie of the gazetteer's lowercased surfaces: the longest surface that is a
//! prefix of a haystack.
//!
//! The recogniser only ever asks for anchored matches (a surface starting at a word), so a plain
//! trie answers what an Aho-Corasick automaton in anchored leftmost-longest mode would, without
//! the failure transitions that make up most of an automaton's build time. It is built level by
//! level from the sorted patterns, so the children of a node are contiguous and sorted: one pass
//! over the pattern bytes, no hashing.

/// No node, no pattern.
const NONE: u32 = u32::MAX;

/// See the module docs.
#[derive(Debug, Clone)]
pub(crate) struct Trie {
    /// The children of the root, by byte.
    root: Box<[u32; 256]>,
    /// The pattern ending at the root (an empty pattern), or [`NONE`].
    root_pattern: u32,
    /// Per node (root = 0): its first child and the pattern ending at it (or [`NONE`]); node `n`
    /// has children `first(n)..first(n + 1)` (node ids, in byte order), a last entry closes the
    /// list. One array, so a step of the walk reads one place for both.
    nodes: Vec<Node>,
    /// The byte leading to each node.
    label: Vec<u8>,
}

/// A node of the trie (see [`Trie::nodes`]).
#[derive(Debug, Clone, Copy)]
struct Node {
    first: u32,
    pattern: u32,
}

impl Trie {
    /// The trie of `pats` (pattern id = index; identical patterns: the first id wins).
    pub(crate) fn new(pats: &[&str]) -> Self {
        let bytes = |k: u32| pats.get(k as usize).map_or(&[][..], |p| p.as_bytes());
        // Sorted by bytes, then id (among identical patterns the first id comes first); the
        // first eight bytes, big-endian, decide most comparisons without touching the strings.
        let mut keyed: Vec<(u64, u32)> = (0..len32(pats.len()))
            .map(|k| {
                let mut pre = [0u8; 8];
                let b = bytes(k);
                let n = b.len().min(8);
                if let (Some(dst), Some(src)) = (pre.get_mut(..n), b.get(..n)) {
                    dst.copy_from_slice(src);
                }
                (u64::from_be_bytes(pre), k)
            })
            .collect();
        keyed.sort_unstable_by(|&(pa, a), &(pb, b)| {
            pa.cmp(&pb)
                .then_with(|| bytes(a).cmp(bytes(b)))
                .then(a.cmp(&b))
        });
        let order: Vec<u32> = keyed.into_iter().map(|(_, k)| k).collect();
        let mut t = Trie {
            root: Box::new([NONE; 256]),
            root_pattern: NONE,
            nodes: Vec::with_capacity(order.len() * 4),
            label: Vec::with_capacity(order.len() * 4),
        };
        // Node 0 is the root; each queued node is (range of `order` sharing its prefix, depth).
        // Patterns are filled in as the nodes are reached, first children as they are made.
        t.label.push(0);
        let mut pattern: Vec<u32> = Vec::with_capacity(order.len() * 4);
        pattern.push(NONE);
        let mut queue: Vec<(usize, usize, usize)> = vec![(0, order.len(), 0)];
        let mut head = 0;
        while let Some(&(mut lo, hi, depth)) = queue.get(head) {
            t.nodes.push(Node {
                first: len32(t.label.len()),
                pattern: NONE,
            });
            // The patterns of this node's prefix that end here (identical ones after the first
            // are shadowed).
            while lo < hi && order.get(lo).is_some_and(|&k| bytes(k).len() == depth) {
                if let (Some(&k), Some(p)) = (order.get(lo), pattern.get_mut(head)) {
                    if *p == NONE {
                        *p = k;
                    }
                }
                lo += 1;
            }
            // One child per run of patterns with the same byte at `depth`.
            while lo < hi {
                let b = order.get(lo).and_then(|&k| bytes(k).get(depth)).copied();
                let mut end = lo + 1;
                while end < hi && order.get(end).and_then(|&k| bytes(k).get(depth)).copied() == b {
                    end += 1;
                }
                let b = b.unwrap_or(0);
                if head == 0 {
                    if let Some(slot) = t.root.get_mut(usize::from(b)) {
                        *slot = len32(t.label.len());
                    }
                }
                t.label.push(b);
                pattern.push(NONE);
                queue.push((lo, end, depth + 1));
                lo = end;
            }
            head += 1;
        }
        t.nodes.push(Node {
            first: len32(t.label.len()),
            pattern: NONE,
        });
        for (n, &p) in t.nodes.iter_mut().zip(&pattern) {
            n.pattern = p;
        }
        t.root_pattern = pattern.first().copied().unwrap_or(NONE);
        t.nodes.shrink_to_fit();
        t.label.shrink_to_fit();
        t
    }

    /// The child by byte `b` of the node whose children are `lo..hi`.
    #[inline]
    fn child(&self, lo: u32, hi: u32, b: u8) -> Option<u32> {
        let labels = self.label.get(lo as usize..hi as usize)?;
        labels.iter().position(|&l| l == b).map(|k| lo + len32(k))
    }

    /// The longest pattern that is a prefix of `hay`: its length and id.
    #[inline]
    pub(crate) fn longest_prefix(&self, hay: &[u8]) -> Option<(usize, u32)> {
        let mut best = (self.root_pattern != NONE).then_some((0, self.root_pattern));
        let Some((&b0, rest)) = hay.split_first() else {
            return best;
        };
        let mut n = *self.root.get(usize::from(b0))?;
        if n == NONE {
            return best;
        }
        let mut len = 1;
        while let Some(nodes) = self.nodes.get(n as usize..n as usize + 2) {
            let [node, next] = [nodes.first()?, nodes.get(1)?];
            if node.pattern != NONE {
                best = Some((len, node.pattern));
            }
            let Some(&b) = rest.get(len - 1) else { break };
            match self.child(node.first, next.first, b) {
                Some(c) => n = c,
                None => break,
            }
            len += 1;
        }
        best
    }
}

fn len32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::Trie;

    #[test]
    fn longest_prefix_is_the_longest_pattern_at_the_start() {
        let pats = ["new", "new york", "new york city", "newark", "york", "n"];
        let t = Trie::new(&pats);
        let f = |h: &str| t.longest_prefix(h.as_bytes());
        assert_eq!(f("new york city hall"), Some((13, 2)));
        assert_eq!(f("new york cit"), Some((8, 1)));
        assert_eq!(f("newark"), Some((6, 3)));
        assert_eq!(f("newa"), Some((3, 0)));
        assert_eq!(f("nx"), Some((1, 5)));
        assert_eq!(f("york"), Some((4, 4)));
        assert_eq!(f("yor"), None);
        assert_eq!(f(""), None);
        assert_eq!(f("zzz"), None);
        assert_eq!(Trie::new(&[]).longest_prefix(b"abc"), None);
        let e = Trie::new(&["", "a"]);
        assert_eq!(e.longest_prefix(b"b"), Some((0, 0)));
        assert_eq!(e.longest_prefix(b"ab"), Some((1, 1)));
        assert_eq!(
            Trie::new(&["ab", "ab"]).longest_prefix(b"abc"),
            Some((2, 0))
        );
    }
}
