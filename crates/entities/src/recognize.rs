//! The recogniser proper: tokens, gazetteer lookup, capitalised runs, rules, aliases.

use crate::data::{Cues, FastMap, FastSet, Gazetteer, Kind};
use crate::{Entities, Entity, Label, Mention, Span, Via};
use lede_text::Shape;
use std::borrow::Cow;

mod cohere;
mod evidence;
mod label;
mod misc_forms;
mod org_forms;
mod output;
mod places;
mod resolve;
mod runs;
mod tables;
mod walls;
mod words;

use words::*;

/// Everything the recogniser needs, built once.
#[derive(Debug, Clone)]
pub(crate) struct Tables {
    pub gaz: Gazetteer,
    pub cues: Cues,
    /// The lowercased gazetteer surfaces (pattern id = group).
    pub trie: Option<crate::trie::Trie>,
    /// Length in bytes of the longest gazetteer surface.
    pub max_pattern: usize,
    /// Rejects, before the trie is walked, positions no gazetteer surface can start at.
    pub prefix: PrefixFilter,
    /// [`Cues::common`] capitalised (see [`cap_set`]).
    pub common_cap: FastSet<Box<str>>,
    /// [`Cues::person_cue_before`] capitalised (see [`cap_set`]).
    pub person_cue_cap: FastSet<Box<str>>,
    /// Cue bits ([`CUE_TITLE`]...) of the words of the cue lists and name lexicons, for one
    /// lookup per capitalised word.
    pub word_cues: FastMap<Cow<'static, str>, u16>,
}

/// The word is in the title list.
const CUE_TITLE: u16 = 1;
/// The word is in the role-modifier list.
const CUE_ROLE: u16 = 1 << 1;
/// The word is in the stop list.
const CUE_STOP: u16 = 1 << 2;
/// The word is in the organisation-suffix list.
const CUE_ORG_SUFFIX: u16 = 1 << 3;
/// The word is in the organisation-prefix list.
const CUE_ORG_PREFIX: u16 = 1 << 4;
/// The word is in the place-suffix list.
const CUE_LOC_SUFFIX: u16 = 1 << 5;
/// The word is in the place-prefix list.
const CUE_LOC_PREFIX: u16 = 1 << 6;
/// The word is in the MISC-suffix list.
const CUE_MISC_SUFFIX: u16 = 1 << 7;
/// The word is a first name.
const CUE_FIRST_NAME: u16 = 1 << 8;
/// The word is a surname.
const CUE_LAST_NAME: u16 = 1 << 9;
/// The word is in [`Tables::common_cap`].
const CUE_COMMON_CAP: u16 = 1 << 10;
/// The word is in [`Tables::person_cue_cap`].
const CUE_PERSON_CUE_CAP: u16 = 1 << 11;
/// Set per token, not in the map: the word is ASCII, its first letter is its only capital (the
/// form [`cap_set`] holds, so [`CUE_COMMON_CAP`] and [`CUE_PERSON_CUE_CAP`] decide).
const CUE_SIMPLE_CAP: u16 = 1 << 12;
/// Set per token, not in the map: the word holds a `-`.
const CUE_HYPHEN: u16 = 1 << 13;
/// Set per token, not in the map: [`Tables::is_title_tok`].
const CUE_TITLE_TOK: u16 = 1 << 14;
/// The word is in the product-head list (`Windows`, `Boeing`).
const CUE_PRODUCT: u16 = 1 << 15;

/// The cue bits of the words of the cue lists and name lexicons; `common_cap` and
/// `person_cue_cap` are `cap_set` of [`Cues::common`] and [`Cues::person_cue_before`].
pub(crate) fn word_cues(
    cues: &Cues,
    common_cap: &FastSet<Box<str>>,
    person_cue_cap: &FastSet<Box<str>>,
) -> FastMap<Cow<'static, str>, u16> {
    let mut m: FastMap<Cow<'static, str>, u16> = FastMap::default();
    for (set, bit) in [
        (&cues.title, CUE_TITLE),
        (&cues.role_modifier, CUE_ROLE),
        (&cues.stop, CUE_STOP),
        (&cues.org_suffix, CUE_ORG_SUFFIX),
        (&cues.org_prefix, CUE_ORG_PREFIX),
        (&cues.loc_suffix, CUE_LOC_SUFFIX),
        (&cues.loc_prefix, CUE_LOC_PREFIX),
        (&cues.misc_suffix, CUE_MISC_SUFFIX),
        (&cues.first_names, CUE_FIRST_NAME),
        (&cues.product_head, CUE_PRODUCT),
    ] {
        for &w in set {
            *m.entry(Cow::Borrowed(w)).or_insert(0) |= bit;
        }
    }
    for &w in cues.last_names.keys() {
        *m.entry(Cow::Borrowed(w)).or_insert(0) |= CUE_LAST_NAME;
    }
    for (set, bit) in [
        (common_cap, CUE_COMMON_CAP),
        (person_cue_cap, CUE_PERSON_CUE_CAP),
    ] {
        for w in set {
            *m.entry(Cow::Owned(w.to_string())).or_insert(0) |= bit;
        }
    }
    m
}

/// The per-token bits of a capitalised word ([`CUE_SIMPLE_CAP`], [`CUE_HYPHEN`]).
#[inline]
fn shape_cues(w: &[u8]) -> u16 {
    match (w.first(), w.len() <= 8) {
        (Some(&first), true) => shape_cues_short(first, w),
        _ => shape_cues_long(w),
    }
}

/// [`shape_cues`] of a word of one to eight bytes, in one register: a `-` anywhere, a capital
/// or a non-ASCII byte after the first.
#[inline]
fn shape_cues_short(first: u8, w: &[u8]) -> u16 {
    let mut buf = [0u8; 8];
    if let Some(dst) = buf.get_mut(..w.len()) {
        dst.copy_from_slice(w);
    }
    let v = u64::from_le_bytes(buf);
    let hyphen = has_byte(v, b'-');
    // Capitals and non-ASCII bytes, the first byte left out.
    let other = (in_range(v & (ONES * 0x7f), b'A', b'Z') | (v & (ONES * 0x80))) & !0xff;
    let mut cue = 0;
    if first.is_ascii_uppercase() && other == 0 {
        cue |= CUE_SIMPLE_CAP;
    }
    if hyphen {
        cue |= CUE_HYPHEN;
    }
    cue
}

/// [`shape_cues`] of any word, byte by byte.
fn shape_cues_long(w: &[u8]) -> u16 {
    let mut cue = 0;
    if w.first().is_some_and(u8::is_ascii_uppercase)
        && w.iter()
            .skip(1)
            .all(|&b| b < 0x80 && !b.is_ascii_uppercase())
    {
        cue |= CUE_SIMPLE_CAP;
    }
    if w.contains(&b'-') {
        cue |= CUE_HYPHEN;
    }
    cue
}

/// The capitalised forms of the ASCII words of `set` that start with a lowercase letter and
/// hold no other capital: a capitalised ASCII word is in this set exactly when its lowercase
/// form is in `set`, which spares lowercasing it.
pub(crate) fn cap_set(set: &FastSet<&'static str>) -> FastSet<Box<str>> {
    set.iter()
        .filter(|x| {
            x.is_ascii()
                && x.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
                && !x.bytes().skip(1).any(|b| b.is_ascii_uppercase())
        })
        .map(|x| {
            let mut c = x.to_string();
            if let Some(f) = c.get_mut(..1) {
                f.make_ascii_uppercase();
            }
            c.into_boxed_str()
        })
        .collect()
}

/// Bits of the three-byte prefix filter (a power of two).
const PREFIX_BITS: usize = 1 << 18;

/// A filter of the first bytes of the (lowercased) gazetteer surfaces: when it says no, no
/// anchored match can start at a position, so the trie need not be walked there.
#[derive(Debug, Clone)]
pub(crate) struct PrefixFilter {
    /// Hashed first three bytes of the surfaces of three bytes or more.
    three: Vec<u64>,
    /// Surfaces of one byte (by byte) and of two bytes (by both bytes).
    one: Vec<u64>,
    two: Vec<u64>,
    /// An empty surface exists: everything may match.
    all: bool,
    /// Hashed first words of the surfaces (see [`alnum_run`], [`first_word_bit`]).
    first_words: Vec<u64>,
}

/// Bits of the first-word filter (a power of two).
const FIRST_WORD_BITS: u32 = 20;

/// The filter bit of a first word.
#[inline]
fn first_word_bit(w: &[u8]) -> usize {
    use std::hash::Hasher;
    let mut h = crate::data::FastHasher::default();
    h.write(w);
    (h.finish() >> (64 - FIRST_WORD_BITS)) as usize
}

/// Eight copies of a byte.
const ONES: u64 = 0x0101_0101_0101_0101;

/// Per byte of `x` (all bytes below 0x80): the high bit set when the byte is in `lo..=hi`.
#[inline]
fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    let ge_lo = x.wrapping_add(ONES * u64::from(0x80 - lo));
    let gt_hi = x.wrapping_add(ONES * u64::from(0x7f - hi));
    ge_lo & !gt_hi & (ONES * 0x80)
}

/// Length in bytes of the run of alphanumeric chars that opens `s`.
#[inline]
fn alnum_run(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    // Eight bytes at a time while they are ASCII letters and digits.
    while let Some(v) = b
        .get(i..i + 8)
        .and_then(|c| <[u8; 8]>::try_from(c).ok())
        .map(u64::from_le_bytes)
    {
        let x = v & (ONES * 0x7f);
        let letter = in_range(x | (ONES * 0x20), b'a', b'z');
        let digit = in_range(x, b'0', b'9');
        // High bit of each byte that is not an ASCII letter or digit (non-ASCII bytes too).
        let stop = !((letter | digit) & !v) & (ONES * 0x80);
        if stop != 0 {
            i += (stop.trailing_zeros() / 8) as usize;
            break;
        }
        i += 8;
    }
    while let Some(&c) = b.get(i) {
        if c >= 0x80 {
            return i + s.get(i..).map_or(0, |r| {
                r.char_indices()
                    .find(|(_, c)| !c.is_alphanumeric())
                    .map_or(r.len(), |(j, _)| j)
            });
        }
        if !c.is_ascii_alphanumeric() {
            return i;
        }
        i += 1;
    }
    i
}

#[inline]
fn prefix_key(a: u8, b: u8, c: u8) -> usize {
    let v = (u32::from(a) << 16) | (u32::from(b) << 8) | u32::from(c);
    (v.wrapping_mul(0x9E37_79B1) >> (32 - 18)) as usize & (PREFIX_BITS - 1)
}

fn set_bit(bits: &mut [u64], k: usize) {
    if let Some(w) = bits.get_mut(k / 64) {
        *w |= 1 << (k % 64);
    }
}

fn get_bit(bits: &[u64], k: usize) -> bool {
    bits.get(k / 64).is_some_and(|w| w & (1 << (k % 64)) != 0)
}

impl PrefixFilter {
    /// A filter that lets every position through.
    pub(crate) fn pass_all() -> Self {
        PrefixFilter {
            three: Vec::new(),
            one: Vec::new(),
            two: Vec::new(),
            all: true,
            first_words: Vec::new(),
        }
    }

    /// The filter of the trie's patterns.
    pub(crate) fn new<'a>(pats: impl IntoIterator<Item = &'a str>) -> Self {
        let mut f = PrefixFilter {
            three: vec![0; PREFIX_BITS / 64],
            one: vec![0; 256 / 64],
            two: vec![0; 65536 / 64],
            all: false,
            first_words: vec![0; (1 << FIRST_WORD_BITS) / 64],
        };
        for p in pats {
            let first = p.as_bytes().get(..alnum_run(p)).unwrap_or(&[]);
            set_bit(&mut f.first_words, first_word_bit(first));
            match *p.as_bytes() {
                [] => f.all = true,
                [a] => set_bit(&mut f.one, usize::from(a)),
                [a, b] => set_bit(&mut f.two, (usize::from(a) << 8) | usize::from(b)),
                [a, b, c, ..] => set_bit(&mut f.three, prefix_key(a, b, c)),
            }
        }
        f
    }

    /// Whether a surface may match at byte `s` of `text` (`lower` is `text` ASCII-lowercased)
    /// and end at a word boundary. A surface that does starts with the run of alphanumeric
    /// chars at `s`, then either ends or goes on with a char that is not alphanumeric: its own
    /// first run of alphanumeric chars is that of the text.
    #[inline]
    fn may_start(&self, text: &str, lower: &[u8], s: usize) -> bool {
        if self.all {
            return true;
        }
        let run = text.get(s..).map_or(0, alnum_run);
        lower
            .get(s..s + run)
            .is_some_and(|w| get_bit(&self.first_words, first_word_bit(w)))
    }

    /// Whether some pattern may be a prefix of `s`.
    #[inline]
    fn may_match(&self, s: &[u8]) -> bool {
        if self.all {
            return true;
        }
        let Some(&a) = s.first() else { return false };
        if get_bit(&self.one, usize::from(a)) {
            return true;
        }
        let Some(&b) = s.get(1) else { return false };
        if get_bit(&self.two, (usize::from(a) << 8) | usize::from(b)) {
            return true;
        }
        s.get(2)
            .is_some_and(|&c| get_bit(&self.three, prefix_key(a, b, c)))
    }
}

/// Cities ranked below this (by population) need context when they stand alone.
const CITY_RANK_FREE: u32 = 1500;

#[derive(Debug, Clone, Copy)]
struct Tok {
    /// Start byte.
    s: usize,
    /// Length without a possessive `’s` or a `-based` style suffix.
    len: u32,
    /// Length of the whole scanned word.
    full_len: u32,
    /// Index of the gazetteer hit starting here in [`Toks::hits`] (`u32::MAX` for none).
    hit: u32,
    shape: Shape,
    /// [`TOK_UPPER`]... bits.
    flags: u8,
    /// Cue bits of the word ([`CUE_TITLE`]...), set for words with `upper` only.
    cue: u16,
}

/// A gazetteer hit of a token, kept out of [`Tok`] (few words have one) so tokens stay small.
#[derive(Debug, Clone, Copy)]
struct TokHit {
    /// Entry id.
    entry: u32,
    /// Byte length.
    len: u32,
    /// Tokens after the first.
    toks: u32,
}

/// The tokens of a text and their gazetteer hits; derefs to the tokens.
struct Toks {
    toks: Vec<Tok>,
    hits: Vec<TokHit>,
}

impl std::ops::Deref for Toks {
    type Target = [Tok];
    fn deref(&self) -> &[Tok] {
        &self.toks
    }
}

/// First char uppercase.
const TOK_UPPER: u8 = 1;
/// The word starts a sentence.
const TOK_SENT_START: u8 = 1 << 1;
/// The word is in a headline or a clause in capitals.
const TOK_CAPS_CTX: u8 = 1 << 2;
/// The word carried a possessive or a hyphenated suffix: a run ends here.
const TOK_ENDS_RUN: u8 = 1 << 3;
/// The word was `X-based`, `X-born`...: a place cue.
const TOK_PLACE_SUFFIX: u8 = 1 << 4;
/// A hard wall: a sentence (given by the caller, or a glued caption or clause) starts at this
/// word, and no name runs across it.
const TOK_WALL: u8 = 1 << 5;

impl Tok {
    /// First char uppercase.
    #[inline]
    fn upper(&self) -> bool {
        self.flags & TOK_UPPER != 0
    }
    /// The word starts a sentence.
    #[inline]
    fn sent_start(&self) -> bool {
        self.flags & TOK_SENT_START != 0
    }
    /// The word is in a headline or a clause in capitals.
    #[inline]
    fn caps_ctx(&self) -> bool {
        self.flags & TOK_CAPS_CTX != 0
    }
    /// The word carried a possessive or a hyphenated suffix: a run ends here.
    #[inline]
    fn ends_run(&self) -> bool {
        self.flags & TOK_ENDS_RUN != 0
    }
    /// The word was `X-based`, `X-born`...: a place cue.
    #[inline]
    fn place_suffix(&self) -> bool {
        self.flags & TOK_PLACE_SUFFIX != 0
    }
    /// No name runs across the start of this word (see [`TOK_WALL`]).
    #[inline]
    fn wall(&self) -> bool {
        self.flags & TOK_WALL != 0
    }

    /// End byte without a possessive or hyphenated suffix.
    #[inline]
    fn e(&self) -> usize {
        self.s + self.len as usize
    }
    /// End byte of the whole word.
    #[inline]
    fn full_e(&self) -> usize {
        self.s + self.full_len as usize
    }
}

/// `D.C`, `U.S`: single letters joined by periods (the last period read as a full stop).
fn dotted_initialism(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3
        && b.iter().enumerate().all(|(k, &c)| {
            if k % 2 == 0 {
                c.is_ascii_uppercase()
            } else {
                c == b'.'
            }
        })
}

fn len32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Tokens per block of the lowercase-word filter: a word is recorded with its block, so a
/// lookup tests only the blocks of the window [`Tables::has_lower_twin`] scans.
const TWIN_BLOCK: usize = 64;

/// `u64` words of one block's filter (1,024 bits for at most 64 lowercase words).
const TWIN_WORDS: usize = 16;

/// The longest span, in tokens, whose lowercase twins are looked for by scanning the window
/// around it; a longer one asks the per-document index ([`DocInfo::twin_index`]), so a text of
/// capitalised words with no lowercase costs linear time, not quadratic.
const TWIN_SCAN_MAX: usize = 32;

/// Filter of the lowercase words of a text by token block (see [`twin_key`]), filled by the
/// token pass: a clear bit means no lowercase twin in the block, so [`Tables::has_lower_twin`]
/// need not scan it.
#[derive(Default)]
struct TwinFilter {
    /// [`TWIN_WORDS`] words per block.
    bits: Vec<u64>,
}

impl TwinFilter {
    /// An empty filter for about `tokens` tokens (it grows as needed).
    fn with_tokens(tokens: usize) -> Self {
        TwinFilter {
            bits: vec![0; (tokens / TWIN_BLOCK + 1) * TWIN_WORDS],
        }
    }

    /// Records a lowercase word with key `key` at token `k`.
    #[inline]
    fn record(&mut self, k: usize, key: u64) {
        let block = k / TWIN_BLOCK;
        let bit = twin_bit(key);
        let idx = block * TWIN_WORDS + bit / 64;
        if idx >= self.bits.len() {
            self.bits.resize((block + 1) * TWIN_WORDS, 0);
        }
        if let Some(w) = self.bits.get_mut(idx) {
            *w |= 1 << (bit % 64);
        }
    }

    /// Whether a lowercase word with key `key` may occur in block `block`.
    #[inline]
    fn may_hold(&self, block: usize, key: u64) -> bool {
        let bit = twin_bit(key);
        self.bits
            .get(block * TWIN_WORDS + bit / 64)
            .is_some_and(|w| w & (1 << (bit % 64)) != 0)
    }
}

/// The first four bytes of `w` as a little-endian number, zero-padded.
#[inline]
fn prefix4(w: &[u8]) -> u32 {
    match w {
        [a, b, c, d, ..] => u32::from_le_bytes([*a, *b, *c, *d]),
        _ => {
            let mut v = 0u32;
            for (i, &c) in w.iter().enumerate() {
                v |= u32::from(c) << (8 * i);
            }
            v
        }
    }
}

/// A key of a lowercase word for the filter: its length and first bytes (see [`prefix4`]).
#[inline]
fn twin_key(len: u32, pre: u32) -> u64 {
    ((u64::from(len) << 32) | u64::from(pre)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The bit of a word key in a block's filter.
#[inline]
fn twin_bit(key: u64) -> usize {
    (key >> (64 - 10)) as usize
}

/// The longest word (in bytes) whose lowercase twin is looked for.
const TWIN_MAX_LEN: usize = 32;

/// Bit offsets of the counts [`Tables::caps_context`] packs in one number: all-caps words at 0.
const OTHER_COUNT: u32 = 16;
const DIGITS_COUNT: u32 = 32;
const UPPER_COUNT: u32 = 48;

/// What a word of shape `shape` adds to the packed counts of [`Tables::caps_context`].
#[inline]
fn shape_count(shape: Shape) -> u64 {
    match shape {
        Shape::AllCaps => 1,
        Shape::Lower | Shape::Capitalized | Shape::Mixed => 1 << OTHER_COUNT,
        Shape::Digits => 1 << DIGITS_COUNT,
        _ => 0,
    }
}

/// Per-document facts the rules consult.
struct DocInfo {
    /// Filter of the lowercase words of the text by token block.
    twins: TwinFilter,
    /// Every lowercase word of the text with the tokens it is at, built on the first
    /// [`Tables::has_lower_twin`] question about a span longer than [`TWIN_SCAN_MAX`] tokens
    /// (a long capitalised run), which then costs a binary search per word instead of a scan.
    twin_index: std::cell::OnceCell<FastMap<Box<str>, Vec<u32>>>,
    /// The text reads like a sports report.
    sports: bool,
    /// Its headline names a sport of individuals (athletics, tennis): cities stay places.
    individual: bool,
}

#[derive(Debug, Clone, Copy)]
struct Hit {
    end_tok: usize,
    end: usize,
    entry: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    /// Sentence-initial single word without cue: kept only if the document confirms it.
    Weak,
    /// Label from a default guess.
    Default,
    /// Label from a rule cue or the gazetteer.
    Strong,
}

#[derive(Debug, Clone)]
struct Seg {
    s: usize,
    e: usize,
    t0: usize,
    t1: usize,
    label: Label,
    entry: Option<u32>,
    via: Via,
    strength: Strength,
    /// Byte span of the name this segment is an alias of (its canonical name).
    link: Option<(usize, usize)>,
}

impl Seg {
    /// A strong segment found by a rule, with no list entry and no alias link.
    fn rule(label: Label, s: usize, e: usize, t0: usize, t1: usize) -> Self {
        Seg {
            s,
            e,
            t0,
            t1,
            label,
            entry: None,
            via: Via::Rule,
            strength: Strength::Strong,
            link: None,
        }
    }
}

/// `89th`, `42nd`, `1st`: a number of one to three figures and an ordinal suffix.
fn is_ordinal(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && matches!(w.get(digits..), Some("st" | "nd" | "rd" | "th"))
}

/// `al-Assad`, `el-Sheikh`: an Arabic article glued to a capitalised word.
fn article_name(w: &str) -> bool {
    let rest = w.strip_prefix("al-").or_else(|| w.strip_prefix("el-"));
    rest.is_some_and(|r| {
        r.chars().next().is_some_and(char::is_uppercase)
            && r.chars().skip(1).all(char::is_lowercase)
    })
}

/// `Inzamam-ul-Haq`, `Ata-ur-Rehman`, `Moin-ud-Din`: a capitalised name with a South Asian
/// particle between two capitalised parts.
fn particle_name(w: &str) -> bool {
    let mut parts = w.split('-');
    let (Some(a), Some(mid), Some(b), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let cap = |x: &str| {
        x.chars().next().is_some_and(char::is_uppercase)
            && x.chars().skip(1).all(char::is_lowercase)
            && x.chars().count() >= 2
    };
    cap(a) && cap(b) && matches!(mid, "ul" | "ur" | "ud" | "uz" | "un" | "us")
}

/// `II`, `VIII`, `XIV`: regnal numbers, not names on their own.
fn is_roman(w: &str) -> bool {
    w.len() <= 5 && !w.is_empty() && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
}

/// A hash of `s` upper-cased (of its UTF-8 bytes), without allocating for short ASCII words.
fn upper_hash(s: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = crate::data::FastHasher::default();
    let mut buf = [0u8; 32];
    if s.is_ascii() && s.len() <= buf.len() {
        if let Some(dst) = buf.get_mut(..s.len()) {
            dst.copy_from_slice(s.as_bytes());
            dst.make_ascii_uppercase();
            h.write(dst);
        }
    } else {
        h.write(s.to_uppercase().as_bytes());
    }
    h.finish()
}

/// A word of at most [`ABBREV_MAX_LEN`] bytes as one number: its bytes and its length.
const fn abbrev_key(w: &[u8]) -> u64 {
    let mut v = w.len() as u64;
    let mut rest = w;
    let mut shift = 8;
    while let [b, tail @ ..] = rest {
        if shift > 8 * ABBREV_MAX_LEN {
            break;
        }
        v |= (*b as u64) << shift;
        shift += 8;
        rest = tail;
    }
    v
}

/// [`abbrev_key`] of each word of [`ABBREVS`], compared as numbers rather than strings.
const ABBREV_KEYS: [u64; ABBREVS.len()] = abbrev_keys();

// Const evaluation: an index out of range fails the build, it cannot panic at run time.
#[allow(clippy::indexing_slicing)]
const fn abbrev_keys() -> [u64; ABBREVS.len()] {
    let mut out = [0u64; ABBREVS.len()];
    let mut i = 0;
    while i < ABBREVS.len() {
        out[i] = abbrev_key(ABBREVS[i].as_bytes());
        i += 1;
    }
    out
}

/// Longest word of [`ABBREVS`] in bytes.
const ABBREV_MAX_LEN: usize = 4;

/// The word is one uppercase char (`J` of `J. Smith`).
#[inline]
fn single_upper_char(w: &[u8]) -> bool {
    match w {
        [b] => b.is_ascii_uppercase(),
        [b, ..] if *b >= 0x80 && w.len() <= 4 => std::str::from_utf8(w).is_ok_and(|x| {
            let mut cs = x.chars();
            matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
        }),
        _ => false,
    }
}

/// Whether the word opens with an uppercase char.
#[inline]
fn first_upper(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
        Some(_) => word.chars().next().is_some_and(char::is_uppercase),
        None => false,
    }
}

/// Byte offset of the last hyphen (`-` or `‐`) inside a word.
#[inline]
fn last_hyphen(word: &[u8]) -> Option<usize> {
    // Most words hold neither `-` nor the last byte of `‐`: eight bytes at a time say so.
    if !word.chunks(8).any(|c| {
        let mut buf = [0u8; 8];
        if let Some(dst) = buf.get_mut(..c.len()) {
            dst.copy_from_slice(c);
        }
        let v = u64::from_le_bytes(buf);
        has_byte(v, b'-') || has_byte(v, 0x90)
    }) {
        return None;
    }
    let mut i = word.len();
    while i > 0 {
        i -= 1;
        match word.get(i) {
            Some(b'-') => return Some(i),
            // `‐` is E2 80 90.
            Some(0x90) if i >= 2 && word.get(i - 2..i) == Some(&[0xE2, 0x80]) => {
                return Some(i - 2)
            }
            _ => {}
        }
    }
    None
}

/// Whether a byte of `v` is `b` (`b` not 0: the zero padding of a short word never matches).
#[inline]
fn has_byte(v: u64, b: u8) -> bool {
    let x = v ^ (ONES * u64::from(b));
    x.wrapping_sub(ONES) & !x & (ONES * 0x80) != 0
}

/// `g.trim()`, without decoding chars when both ends are ASCII.
#[inline]
fn trim_ws(g: &str) -> &str {
    let b = g.as_bytes();
    // The ASCII chars `char::is_whitespace` accepts.
    let ws = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
    let mut i = 0;
    let mut j = b.len();
    while i < j && b.get(i).is_some_and(ws) {
        i += 1;
    }
    while j > i && b.get(j - 1).is_some_and(ws) {
        j -= 1;
    }
    // A non-ASCII char at either end may be whitespace too: `trim` decides.
    if b.get(i).is_some_and(|&c| c >= 0x80) || (j > i && b.get(j - 1).is_some_and(|&c| c >= 0x80)) {
        return g.trim();
    }
    g.get(i..j).unwrap_or("")
}

/// Whether `w` with every char after the first lowercased (`OPEN` -> `Open`) is in `set`; short
/// ASCII words are title-cased on the stack.
fn title_case_in(set: &FastSet<&'static str>, w: &str) -> bool {
    let mut buf = [0u8; 32];
    if let Some(dst) = buf.get_mut(..w.len()).filter(|_| w.is_ascii()) {
        dst.copy_from_slice(w.as_bytes());
        if let Some(rest) = dst.get_mut(1..) {
            rest.make_ascii_lowercase();
        }
        return std::str::from_utf8(dst).is_ok_and(|t| set.contains(t));
    }
    let mut title = String::with_capacity(w.len());
    for (k, c) in w.chars().enumerate() {
        if k == 0 {
            title.push(c);
        } else {
            title.extend(c.to_lowercase());
        }
    }
    set.contains(title.as_str())
}

/// `a` and `b` are equal once upper-cased.
fn same_upper(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_uppercase)
        .eq(b.chars().flat_map(char::to_uppercase))
}

/// Whether `word` lowercased (ASCII letters only) is a word `matcher` accepts; the words it
/// accepts are lowercase ASCII of at most [`LOWER_LIST_MAX_LEN`] bytes.
#[inline]
fn lower_is(word: &str, matcher: fn(&str) -> bool) -> bool {
    let w = word.as_bytes();
    let mut buf = [0u8; LOWER_LIST_MAX_LEN];
    let Some(lower) = buf.get_mut(..w.len()) else {
        return false;
    };
    lower.copy_from_slice(w);
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(matcher)
}

/// Longest word of the lists [`lower_eq_any`] and [`lower_is`] are used with.
const LOWER_LIST_MAX_LEN: usize = 16;

/// Whether `word` is a word of [`COMPASS`] ignoring ASCII case; the first letter rules most words
/// out before they are lowercased.
#[inline]
fn is_compass(word: &str) -> bool {
    word.as_bytes().first().is_some_and(|&b| {
        matches!(
            b | 0x20,
            b'n' | b's' | b'e' | b'w' | b'c' | b'u' | b'l' | b'g'
        )
    }) && lower_eq_any(word, COMPASS)
}

/// Whether `word` equals a word of `list` ignoring ASCII case; the words of `list` are
/// lowercase ASCII of at most [`LOWER_LIST_MAX_LEN`] bytes, so `word` is lowercased once.
fn lower_eq_any(word: &str, list: &[&str]) -> bool {
    let w = word.as_bytes();
    let mut buf = [0u8; LOWER_LIST_MAX_LEN];
    let Some(lower) = buf.get_mut(..w.len()) else {
        return false;
    };
    lower.copy_from_slice(w);
    lower.make_ascii_lowercase();
    let lower = &*lower;
    list.iter().any(|x| x.as_bytes() == lower)
}

impl Tables {
    fn word<'t>(text: &'t str, t: &Tok) -> &'t str {
        text.get(t.s..t.e()).unwrap_or("")
    }

    /// Whether `w` lowercased is in `set`; `cap` is `cap_set(set)`.
    fn is_lower_in(set: &FastSet<&'static str>, cap: &FastSet<Box<str>>, w: &str) -> bool {
        let bytes = w.as_bytes();
        if bytes.first().is_some_and(u8::is_ascii_uppercase)
            && bytes
                .iter()
                .skip(1)
                .all(|&b| b < 0x80 && !b.is_ascii_uppercase())
        {
            return cap.contains(w);
        }
        if !w.bytes().any(|b| b.is_ascii_uppercase()) {
            return set.contains(w);
        }
        let mut buf = [0u8; 24];
        if w.len() <= buf.len() && w.is_ascii() {
            let dst = buf.get_mut(..w.len()).unwrap_or(&mut []);
            dst.copy_from_slice(w.as_bytes());
            dst.make_ascii_lowercase();
            return std::str::from_utf8(dst).is_ok_and(|l| set.contains(l));
        }
        set.contains(w.to_lowercase().as_str())
    }

    /// Whether a gap holding sentence punctuation starts a sentence (not after `Mr.` or `J.`).
    fn sentence_gap(gap: &[u8], prev_word: &[u8]) -> bool {
        gap.contains(&b'\n')
            || !((prev_word.len() <= ABBREV_MAX_LEN
                && ABBREV_KEYS.contains(&abbrev_key(prev_word)))
                || single_upper_char(prev_word))
    }

    /// The tokens of `text` and the filter of its lowercase words.
    fn tokenize(&self, text: &str) -> (Vec<Tok>, TwinFilter) {
        let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 5 + 16);
        let mut twins = TwinFilter::with_tokens(toks.capacity());
        // `usize::MAX`: no word yet.
        let mut prev_end = usize::MAX;
        let mut prev_start = 0usize;
        let bytes = text.as_bytes();
        for w in lede_text::words(text) {
            let s = w.span.start;
            let full_e = w.span.end;
            let mut e = full_e;
            let mut ends_run = false;
            let mut place_suffix = false;
            let word = bytes.get(s..full_e).unwrap_or(&[]);
            if word.len() > 2 && word.last() == Some(&b's') {
                if word.ends_with(b"'s") {
                    e = full_e - 2;
                    ends_run = true;
                } else if word.len() > 4 && word.ends_with("’s".as_bytes()) {
                    e = full_e - "’s".len();
                    ends_run = true;
                }
            }
            let upper = match word.first() {
                Some(&b) if b < 0x80 => {
                    b.is_ascii_uppercase()
                        // `al-Assad`, `el-Sheikh`: a name behind a glued Arabic article.
                        || (matches!(b, b'a' | b'e')
                            && word.get(2) == Some(&b'-')
                            && article_name(text.get(s..e).unwrap_or("")))
                }
                Some(_) => first_upper(text.get(s..full_e).unwrap_or("")),
                None => false,
            };
            if let Some(pos) = upper.then(|| last_hyphen(word)).flatten() {
                let raw = text.get(s..full_e).unwrap_or("");
                let (stem, suf) = (
                    raw.get(..pos).unwrap_or(""),
                    raw.get(pos + 1..).unwrap_or(""),
                );
                if !stem.is_empty() && HYPHEN_SUFFIXES.contains(&suf) {
                    e = s + pos;
                    ends_run = true;
                    place_suffix = HYPHEN_PLACE.contains(&suf);
                }
            }
            let sent_start = prev_end == usize::MAX
                || match bytes.get(prev_end..s) {
                    None | Some(b" ") => false,
                    Some(gap) => {
                        gap.iter()
                            .any(|b| matches!(b, b'\n' | b'.' | b'!' | b'?' | b':' | b';'))
                            && Self::sentence_gap(
                                gap,
                                bytes.get(prev_start..prev_end).unwrap_or(&[]),
                            )
                    }
                };
            // Only the words [`Self::has_lower_twin`] asks about (3 to 32 bytes) are recorded.
            if w.shape == Shape::Lower && (3..=TWIN_MAX_LEN).contains(&(e - s)) {
                let lw = bytes.get(s..e).unwrap_or(&[]);
                twins.record(toks.len(), twin_key(len32(lw.len()), prefix4(lw)));
            }
            toks.push(Tok {
                s,
                len: len32(e - s),
                full_len: len32(full_e - s),
                hit: u32::MAX,
                shape: w.shape,
                flags: if upper { TOK_UPPER } else { 0 }
                    | if sent_start { TOK_SENT_START } else { 0 }
                    | if ends_run { TOK_ENDS_RUN } else { 0 }
                    | if place_suffix { TOK_PLACE_SUFFIX } else { 0 },
                cue: 0,
            });
            prev_start = s;
            prev_end = full_e;
        }
        Self::caps_context(text, &mut toks);
        (toks, twins)
    }

    fn caps_context(text: &str, toks: &mut [Tok]) {
        // Caps context: clauses (between sentence starts) written mostly in capitals.
        let mut a = 0;
        while a < toks.len() {
            // The clause [a, b) and the shapes of its words, in one pass.
            // Four counts packed in one number (16 bits each, see [`shape_count`]): no branch
            // on the shape of each word.
            let mut counts = 0u64;
            let mut b = a;
            for (k, t) in toks.get(a..).unwrap_or(&[]).iter().enumerate() {
                if k > 0 && t.sent_start() {
                    break;
                }
                // Wrapping: a clause long enough to overflow is counted again below.
                counts = counts
                    .wrapping_add(shape_count(t.shape) + (u64::from(t.upper()) << UPPER_COUNT));
                b += 1;
            }
            // A clause of 65,535 words or more would overflow the packed counts: count those
            // the plain way.
            if b - a >= 0xffff {
                counts = 0;
            }
            let (mut caps, mut other, mut upper_n, mut digits_n) = (
                (counts & 0xffff) as usize,
                ((counts >> OTHER_COUNT) & 0xffff) as usize,
                ((counts >> UPPER_COUNT) & 0xffff) as usize,
                ((counts >> DIGITS_COUNT) & 0xffff) as usize,
            );
            if b - a >= 0xffff {
                for t in toks.get(a..b).unwrap_or(&[]) {
                    match t.shape {
                        Shape::AllCaps => caps += 1,
                        Shape::Lower | Shape::Capitalized | Shape::Mixed => other += 1,
                        Shape::Digits => digits_n += 1,
                        _ => {}
                    }
                    upper_n += usize::from(t.upper());
                }
            }
            let seg = toks.get(a..b).unwrap_or(&[]);
            // A title-case headline: a line of its own, capitalised words and short function words.
            let line_end = || {
                toks.get(b.saturating_sub(1))
                    .map(|t| t.full_e())
                    .and_then(|e| text.get(e..))
                    .is_some_and(|rest| {
                        let r = rest.trim_start_matches([' ', '\t', '.', '!', '?']);
                        r.starts_with('\n') || r.starts_with("\r\n")
                    })
            };
            let line_start = || {
                toks.get(a).is_some_and(|t| {
                    text.get(..t.s)
                        .map(|before| before.trim_end_matches([' ', '\t']))
                        .is_some_and(|b| b.is_empty() || b.ends_with('\n'))
                })
            };
            let headline = digits_n * 3 <= upper_n
                && seg.len() >= 4
                && upper_n >= 3
                && line_end()
                && line_start()
                && !text
                    .get(seg.first().map_or(0, |t| t.s)..seg.last().map_or(0, |t| t.full_e()))
                    .is_some_and(|x| x.contains(['.', '!', '?', ',']))
                && seg.iter().all(|t| {
                    t.upper()
                        || t.shape == Shape::Digits
                        || (t.shape == Shape::Lower
                            && FUNCTION_WORDS.contains(&Self::word(text, t)))
                });
            if headline {
                for t in toks.get_mut(a..b).unwrap_or(&mut []) {
                    t.flags |= TOK_CAPS_CTX;
                }
            } else if caps >= 2 && caps > other * 2 {
                for t in toks.get_mut(a..b).unwrap_or(&mut []) {
                    if t.shape == Shape::AllCaps || t.shape == Shape::Capitalized {
                        t.flags |= TOK_CAPS_CTX;
                    }
                }
            }
            a = b;
        }
    }

    /// The gazetteer entry found at token `i` (see [`Self::find_hit`]).
    #[inline]
    fn gaz_at(&self, _text: &str, toks: &Toks, i: usize) -> Option<Hit> {
        let t = toks.get(i)?;
        let h = toks.hits.get(t.hit as usize)?;
        Some(Hit {
            end_tok: i + h.toks as usize,
            end: t.s + h.len as usize,
            entry: h.entry,
        })
    }

    /// The longest gazetteer entry starting at token `i` and ending at a word boundary; `lower`
    /// is the text with ASCII letters lowercased (the trie holds lowercased surfaces).
    fn find_hit(&self, text: &str, lower: &[u8], toks: &[Tok], i: usize) -> Option<Hit> {
        let trie = self.trie.as_ref()?;
        let t = toks.get(i)?;
        let bytes = text.as_bytes();
        // The trie holds ASCII-lowercased surfaces: search a lowercased window as long as
        // the longest surface.
        let buf = lower.get(t.s..(t.s + self.max_pattern).min(lower.len()))?;
        if !self.prefix.may_match(buf) || !self.prefix.may_start(text, lower, t.s) {
            return None;
        }
        let mut limit = t.s + buf.len();
        for _ in 0..8 {
            let (m_len, m_pat) = trie.longest_prefix(buf.get(..limit - t.s)?)?;
            let me = t.s + m_len;
            let boundary_ok = text
                .get(me..)
                .and_then(|r| r.chars().next())
                .is_none_or(|c| !c.is_alphanumeric());
            if boundary_ok && text.is_char_boundary(me) {
                let surface = text.get(t.s..me).unwrap_or("");
                if let Some(entry) = self.pick(m_pat as usize, surface, t) {
                    // Find the token holding the end.
                    let mut j = i;
                    while toks.get(j + 1).is_some_and(|n| n.s < me) {
                        j += 1;
                    }
                    return Some(Hit {
                        end_tok: j,
                        end: me,
                        entry,
                    });
                }
            }
            if me <= t.s + 1 {
                return None;
            }
            // Retry with a shorter limit: the previous non-alphanumeric position.
            let mut p = me - 1;
            while p > t.s
                && bytes
                    .get(p)
                    .is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80)
            {
                p -= 1;
            }
            if p <= t.s {
                return None;
            }
            limit = p;
        }
        None
    }

    fn pick(&self, group: usize, surface: &str, t: &Tok) -> Option<u32> {
        let cands = self.gaz.groups.get(group)?;
        if let Some((_, id)) = cands.iter().find(|(s, _)| &**s == surface) {
            return Some(*id);
        }
        let all_caps = !surface.chars().any(char::is_lowercase);
        if all_caps && (t.shape == Shape::AllCaps) && surface.len() >= 3 {
            return cands.first().map(|c| c.1);
        }
        // `al Qaeda` written `Al Qaeda`: first letter case may differ.
        cands
            .iter()
            .find(|(s, _)| {
                s.get(1..) == surface.get(1..)
                    && s.chars().next().map(|c| c.to_ascii_lowercase())
                        == surface.chars().next().map(|c| c.to_ascii_lowercase())
            })
            .map(|c| c.1)
    }

    /// A title word (`Minister`, `Mr`, `Vice-President`), or a person cue opening a sentence
    /// (`Counterpart`): set in the cue bits by [`Self::cue_bits`].
    #[inline]
    fn is_title_tok(&self, _text: &str, t: &Tok) -> bool {
        t.upper() && t.cue & CUE_TITLE_TOK != 0
    }

    /// [`Self::is_title_tok`] for a capitalised token of word `w` whose other cue bits are `cue`.
    fn title_tok_of(&self, w: &str, t: &Tok, cue: u16) -> bool {
        let t = &Tok { cue, ..*t };
        t.cue & CUE_TITLE != 0
            || (t.sent_start()
                && t.shape == Shape::Capitalized
                && if t.cue & CUE_SIMPLE_CAP != 0 {
                    t.cue & CUE_PERSON_CUE_CAP != 0
                } else {
                    Self::is_lower_in(&self.cues.person_cue_before, &self.person_cue_cap, w)
                })
            || (t.cue & CUE_HYPHEN != 0
                && w.split('-')
                    .all(|p| self.cues.title.contains(p) || self.cues.role_modifier.contains(p))
                && w.split('-').any(|p| self.cues.title.contains(p)))
    }

    fn is_role_tok(&self, _text: &str, t: &Tok) -> bool {
        t.upper() && t.cue & CUE_ROLE != 0
    }

    fn is_stop(&self, text: &str, t: &Tok) -> bool {
        if t.upper() {
            t.cue & CUE_STOP != 0
        } else {
            self.cues.stop.contains(Self::word(text, t))
        }
    }

    fn is_common(&self, text: &str, t: &Tok) -> bool {
        if t.upper() && t.cue & CUE_SIMPLE_CAP != 0 {
            return t.cue & CUE_COMMON_CAP != 0;
        }
        Self::is_lower_in(&self.cues.common, &self.common_cap, Self::word(text, t))
    }

    /// Whether the word of `t` is in `set`, whose words have cue bit `bit`.
    #[inline]
    fn in_set(text: &str, t: &Tok, bit: u16, set: &FastSet<&'static str>) -> bool {
        if t.upper() {
            t.cue & bit != 0
        } else {
            set.contains(Self::word(text, t))
        }
    }

    fn is_org_suffix(&self, text: &str, t: &Tok) -> bool {
        Self::in_set(text, t, CUE_ORG_SUFFIX, &self.cues.org_suffix)
    }

    fn is_org_prefix(&self, text: &str, t: &Tok) -> bool {
        Self::in_set(text, t, CUE_ORG_PREFIX, &self.cues.org_prefix)
    }

    fn is_loc_suffix(&self, text: &str, t: &Tok) -> bool {
        Self::in_set(text, t, CUE_LOC_SUFFIX, &self.cues.loc_suffix)
    }

    fn is_loc_prefix(&self, text: &str, t: &Tok) -> bool {
        Self::in_set(text, t, CUE_LOC_PREFIX, &self.cues.loc_prefix)
    }

    fn is_misc_suffix(&self, text: &str, t: &Tok) -> bool {
        Self::in_set(text, t, CUE_MISC_SUFFIX, &self.cues.misc_suffix)
    }

    fn is_first_name(&self, text: &str, t: &Tok) -> bool {
        Self::in_set(text, t, CUE_FIRST_NAME, &self.cues.first_names)
    }

    fn is_title_word(&self, text: &str, t: &Tok) -> bool {
        Self::in_set(text, t, CUE_TITLE, &self.cues.title)
    }

    /// The surname frequency rank of the word of `t`.
    fn last_name_rank(&self, text: &str, t: &Tok) -> Option<u32> {
        if t.upper() && t.cue & CUE_LAST_NAME == 0 {
            return None;
        }
        self.cues.last_names.get(Self::word(text, t)).copied()
    }

    fn is_last_name(&self, text: &str, t: &Tok) -> bool {
        if t.upper() {
            t.cue & CUE_LAST_NAME != 0
        } else {
            self.cues.last_names.contains_key(Self::word(text, t))
        }
    }

    fn gap<'t>(text: &'t str, a: &Tok, b: &Tok) -> &'t str {
        text.get(a.full_e()..b.s).unwrap_or("")
    }

    fn run_gap_ok(text: &str, a: &Tok, b: &Tok) -> bool {
        let g = Self::gap(text, a, b);
        if g.is_empty() {
            return false;
        }
        if g.bytes().all(|c| c == b' ' || c == b'\t') {
            return true;
        }
        let single_upper = text
            .get(a.s..a.full_e())
            .is_some_and(|w| w.chars().count() == 1 && w.chars().all(char::is_uppercase));
        (single_upper && (g == ". " || g == ".")) || trim_ws(g) == "&"
    }

    /// True when the text reads like a sports report: a sport named in the first clause, or a
    /// dense use of match-report words.
    fn is_sports(text: &str, toks: &[Tok]) -> bool {
        let mut head = true;
        let mut body_hits = 0usize;
        let mut lower_words = 0usize;
        let bytes = text.as_bytes();
        // The first few hundred words decide.
        for (k, t) in toks.iter().take(600).enumerate() {
            if k > 0 && t.sent_start() {
                head = false;
            }
            // `AUSTRALIAN RULES-AFL RESULTS`: a compound's parts count too.
            if head
                && k < 12
                && Self::word(text, t)
                    .split('-')
                    .any(|w| lower_eq_any(w, SPORTS))
            {
                return true;
            }
            if t.shape == Shape::Lower {
                lower_words += 1;
                // Most words are ruled out by their first byte and length, unsliced.
                if sports_body_maybe(bytes.get(t.s).copied(), t.len as usize)
                    && sports_body_exact(Self::word(text, t))
                {
                    body_hits += 1;
                }
            }
        }
        body_hits >= 3 && body_hits * 40 >= lower_words
    }

    /// The first clause names a sport of individuals.
    fn is_individual_sport(text: &str, toks: &[Tok]) -> bool {
        toks.iter()
            .take(12)
            .enumerate()
            .take_while(|(k, t)| *k == 0 || !t.sent_start())
            .any(|(_, t)| lower_eq_any(Self::word(text, t), INDIVIDUAL_SPORTS))
    }

    /// Sets the cue bits of the capitalised words: one lookup per word.
    fn set_cues(&self, text: &str, toks: &mut [Tok]) {
        for t in toks.iter_mut().filter(|t| t.upper()) {
            t.cue = self.cue_bits(text, t);
        }
    }

    /// The cue bits of a capitalised word.
    #[inline]
    fn cue_bits(&self, text: &str, t: &Tok) -> u16 {
        let w = text.get(t.s..t.e()).unwrap_or("");
        let mut cue = self.word_cues.get(w).copied().unwrap_or(0) | shape_cues(w.as_bytes());
        // `Jan-May`, `April-July`: a range of two stop words (months) is one.
        if cue & (CUE_HYPHEN | CUE_STOP) == CUE_HYPHEN {
            if let Some((a, b)) = w.split_once('-') {
                let stop = |x: &str| self.word_cues.get(x).is_some_and(|c| c & CUE_STOP != 0);
                if stop(a) && stop(b) {
                    cue |= CUE_STOP;
                }
            }
        }
        if self.title_tok_of(w, t, cue) {
            cue | CUE_TITLE_TOK
        } else {
            cue
        }
    }

    /// A wall (see [`TOK_WALL`]) lies inside the tokens `t0..=t1`.
    fn crosses_wall(toks: &[Tok], t0: usize, t1: usize) -> bool {
        toks.get(t0 + 1..=t1)
            .is_some_and(|ts| ts.iter().any(|t| t.wall()))
    }

    /// Recognises the entities of one text; `sentences` (sorted spans, may be empty) are hard
    /// walls no name runs across.
    pub fn recognize(&self, text: &str, sentences: &[Span]) -> Entities {
        let (mut toks, twins) = self.tokenize(text);
        walls::mark(text, sentences, &mut toks);
        let mut hits = Vec::new();
        if self.trie.is_none() {
            self.set_cues(text, &mut toks);
        } else {
            // Cue bits and gazetteer hits of the capitalised words in one pass.
            let lower = text.as_bytes().to_ascii_lowercase();
            for k in 0..toks.len() {
                let Some(t) = toks.get_mut(k) else { break };
                if t.upper() {
                    t.cue = self.cue_bits(text, t);
                    let h = self
                        .find_hit(text, &lower, &toks, k)
                        .filter(|h| !Self::crosses_wall(&toks, k, h.end_tok));
                    if let (Some(t), Some(h)) = (toks.get_mut(k), h) {
                        t.hit = len32(hits.len());
                        hits.push(TokHit {
                            entry: h.entry,
                            len: len32(h.end - t.s),
                            toks: len32(h.end_tok - k),
                        });
                    }
                }
            }
        }
        let toks = Toks { toks, hits };
        let sports = Self::is_sports(text, &toks);
        let individual = sports && Self::is_individual_sport(text, &toks);
        let doc = DocInfo {
            twins,
            twin_index: std::cell::OnceCell::new(),
            sports,
            individual,
        };
        let n = toks.len();
        // About one name per 15 words in news: reserve for one per 8 (no regrowth copies).
        let mut segs: Vec<Seg> = Vec::with_capacity(n / 8 + 4);
        let mut caps_pending: Vec<usize> = Vec::new();
        let mut i = 0;
        while i < n {
            let Some(t) = toks.get(i) else { break };
            // Most words: lowercase outside a headline. Only `pro-Moscow` forms matter there.
            if !t.upper() && !t.caps_ctx() {
                // Only a Mixed-shape word can be one (`pro-Moscow`): most are ruled out here.
                if let Some(end) = (t.shape == Shape::Mixed)
                    .then(|| misc_forms::affixed_name_end(self, text, &toks, i))
                    .flatten()
                {
                    segs.push(Seg::rule(Label::Misc, t.s, end, i, i + 1));
                }
                i += 1;
                continue;
            }
            if let Some(end) = misc_forms::currency_end(text, t)
                .or_else(|| misc_forms::affixed_name_end(self, text, &toks, i))
            {
                segs.push(Seg::rule(Label::Misc, t.s, end, i, i + 1));
                i += 1;
                continue;
            }
            if t.upper() {
                if let Some(last) = misc_forms::product_end(self, text, &toks, i)
                    .filter(|&l| !Self::crosses_wall(&toks, i, l))
                {
                    let e = toks.get(last).map_or(t.full_e(), Tok::full_e);
                    segs.push(Seg::rule(Label::Misc, t.s, e, i, last + 1));
                    i = last + 1;
                    continue;
                }
            }
            if t.upper() {
                if let Some(k) = misc_forms::storm_name(text, &toks, i)
                    .filter(|&k| !Self::crosses_wall(&toks, i, k))
                {
                    if let Some(n) = toks.get(k) {
                        segs.push(Seg::rule(Label::Misc, n.s, n.e(), k, k + 1));
                    }
                    i = k + 1;
                    continue;
                }
                if let Some(last) = org_forms::agency_end(self, text, &toks, i)
                    .filter(|&l| !Self::crosses_wall(&toks, i, l))
                {
                    let e = toks.get(last).map_or(t.full_e(), Tok::e);
                    segs.push(Seg::rule(Label::Org, t.s, e, i, last + 1));
                    i = last + 1;
                    continue;
                }
            }
            if t.caps_ctx() {
                if let Some(h) = self.gaz_at(text, &toks, i) {
                    self.push_gaz(&mut segs, &toks, i, h, true);
                    i = h.end_tok + 1;
                } else {
                    caps_pending.push(i);
                    i += 1;
                }
                continue;
            }
            if !t.upper() {
                i += 1;
                continue;
            }
            let b = self.run_end(text, &toks, i);
            // `W D L G`, `A P Puchon`: bare single letters heading a run (table headers, grades)
            // are not part of a name; initials keep their period (`J. Smith`).
            while i + 1 < b
                && toks
                    .get(i)
                    .is_some_and(|t| t.full_len == 1 && t.shape == Shape::Capitalized)
                && toks
                    .get(i + 1)
                    .is_some_and(|q| toks.get(i).is_some_and(|p| Self::gap(text, p, q) == " "))
            {
                i += 1;
            }
            i = self.process_run(text, &toks, i, b, &mut segs, &doc);
        }
        self.resolve(text, &toks, segs, &caps_pending, &doc)
    }

    /// A place cue before token `t0` (`in`, `at`, `near`...), or a dateline position.
    fn is_date_tok(text: &str, t: Option<&Tok>) -> bool {
        t.is_some_and(|n| n.shape == Shape::Digits && Self::word(text, n).contains(['-', '/']))
    }

    /// A place cue around tokens [t0, t1): `in`, `at`, `near`... before, `X-based`, or a dateline
    /// (`LONDON 1996-08-30`, `ARLINGTON , Texas 1996-08-31`, `WARSAW (Reuters)`).
    fn place_cued(&self, text: &str, toks: &[Tok], t0: usize, t1: usize) -> bool {
        let (Some(first), Some(last)) = (toks.get(t0), t1.checked_sub(1).and_then(|k| toks.get(k)))
        else {
            return false;
        };
        if last.place_suffix() {
            return true;
        }
        let next = toks.get(t1);
        if let Some(n) = next {
            let g = Self::gap(text, last, n);
            let dateline = Self::is_date_tok(text, Some(n))
                || (g.contains('(') && first.sent_start())
                || (trim_ws(g) == "," && Self::is_date_tok(text, toks.get(t1 + 1)));
            if first.shape == Shape::AllCaps && dateline {
                return true;
            }
        }
        let prev = t0.checked_sub(1).and_then(|p| toks.get(p));
        let next_gap = next.map(|n| Self::gap(text, last, n)).unwrap_or("");
        // `Berlin stadium`, `London club`: a place noun after the name.
        if next.is_some_and(|n| {
            n.shape == Shape::Lower
                && trim_ws(next_gap).is_empty()
                && is_place_noun_after(Self::word(text, n))
        }) {
            return true;
        }
        // `ARLINGTON , Texas 1996-08-31`: the state after the city.
        if let Some(p) = prev {
            if p.shape == Shape::AllCaps
                && trim_ws(Self::gap(text, p, first)) == ","
                && Self::is_date_tok(text, next)
            {
                return true;
            }
        }
        let Some(p) = prev else {
            return false;
        };
        let w = Self::word(text, p);
        let g = trim_ws(Self::gap(text, p, first));
        // `the city of Arbil`, `the province of Zhejiang`.
        if w == "of" && g.is_empty() {
            let pp = t0.checked_sub(2).and_then(|k| toks.get(k));
            if pp.is_some_and(|x| is_place_noun(Self::word(text, x))) {
                return true;
            }
        }
        (g.is_empty() || g == "(")
            && (p.shape == Shape::Lower || p.sent_start() || p.shape == Shape::AllCaps)
            && lower_is(w, is_place_cue_before)
    }

    /// True when a word of tokens [t0, t1) also occurs in lowercase in the text (`Hindustan
    /// Copper` in a story about copper): such a name is not a person's.
    fn has_lower_twin(
        &self,
        text: &str,
        toks: &[Tok],
        doc: &DocInfo,
        t0: usize,
        t1: usize,
    ) -> bool {
        let mut buf = [0u8; TWIN_MAX_LEN];
        (t0..t1).any(|k| {
            let Some(t) = toks.get(k) else { return false };
            let w = Self::word(text, t);
            if w.len() > buf.len() || !w.is_ascii() || w.len() < 3 {
                return false;
            }
            let Some(dst) = buf.get_mut(..w.len()) else {
                return false;
            };
            dst.copy_from_slice(w.as_bytes());
            dst.make_ascii_lowercase();
            let lo = t0.saturating_sub(150);
            let hi = (t1 + 150).min(toks.len());
            if hi <= lo {
                return false;
            }
            let key = twin_key(len32(dst.len()), prefix4(dst));
            let Ok(lw) = std::str::from_utf8(dst) else {
                return false;
            };
            if t1 - t0 > TWIN_SCAN_MAX {
                let index = doc.twin_index.get_or_init(|| Self::twin_index(text, toks));
                return index.get(lw).is_some_and(|at| {
                    let i = at.partition_point(|&x| (x as usize) < lo);
                    at.get(i).is_some_and(|&x| (x as usize) < hi)
                });
            }
            let first = lw.as_bytes().first().copied();
            let bytes = text.as_bytes();
            // Only the blocks whose filter may hold the word are scanned.
            (lo / TWIN_BLOCK..=(hi - 1) / TWIN_BLOCK).any(|block| {
                if !doc.twins.may_hold(block, key) {
                    return false;
                }
                let from = (block * TWIN_BLOCK).max(lo);
                let to = ((block + 1) * TWIN_BLOCK).min(hi);
                toks.get(from..to).unwrap_or(&[]).iter().any(|x| {
                    x.len as usize == lw.len()
                        && bytes.get(x.s).copied() == first
                        && x.shape == Shape::Lower
                        && Self::word(text, x) == lw
                })
            })
        })
    }

    /// The tokens of every lowercase word of 3 to 32 ASCII bytes, in order (see
    /// [`DocInfo::twin_index`]).
    fn twin_index(text: &str, toks: &[Tok]) -> FastMap<Box<str>, Vec<u32>> {
        let mut index: FastMap<Box<str>, Vec<u32>> = FastMap::default();
        for (k, x) in toks.iter().enumerate() {
            let w = Self::word(text, x);
            if x.shape == Shape::Lower && (3..=32).contains(&w.len()) && w.is_ascii() {
                index.entry(w.into()).or_default().push(len32(k));
            }
        }
        index
    }

    fn is_unknown(&self, text: &str, toks: &Toks, k: usize, t: &Tok) -> bool {
        t.upper()
            && !self.is_title_tok(text, t)
            && !self.is_stop(text, t)
            && self.gaz_at(text, toks, k).is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_shape_cues_agree_with_the_byte_loop() {
        let words = [
            "A", "Ab", "AB", "aB", "Smith", "McDonald", "Jean-Luc", "-", "A-", "Abcdefgh",
            "AbcdefgH", "Abcdefg-", "Zürich", "Ö", "Öl", "X1", "A@[`", "Z", "ZZZZZZZZ", "a",
        ];
        for w in words {
            let b = w.as_bytes();
            if let Some(&f) = b.first().filter(|_| b.len() <= 8) {
                assert_eq!(shape_cues_short(f, b), shape_cues_long(b), "{w}");
            }
        }
        // Every pair of bytes at every place of an eight-byte word starting with a capital.
        for x in 0..=255u8 {
            for y in [b'-', b'A', b'Z', b'a', b'@', b'[', 0x80, 0xff, 0] {
                for k in 1..8 {
                    let mut w = *b"Abcdefgh";
                    w[k] = x;
                    w[8 - k] = y;
                    assert_eq!(shape_cues_short(w[0], &w), shape_cues_long(&w));
                    assert_eq!(shape_cues_short(w[0], &w[..k]), shape_cues_long(&w[..k]));
                    w[0] = x;
                    assert_eq!(shape_cues_short(w[0], &w[..k]), shape_cues_long(&w[..k]));
                }
            }
        }
    }

    #[test]
    fn last_hyphen_finds_the_last_hyphen() {
        // The plain scan, for reference.
        let slow = |w: &[u8]| {
            (0..w.len()).rev().find_map(|i| match w.get(i) {
                Some(b'-') => Some(i),
                Some(0x90) if i >= 2 && w.get(i - 2..i) == Some(&[0xE2, 0x80]) => Some(i - 2),
                _ => None,
            })
        };
        for w in [
            "",
            "-",
            "a-b",
            "Jean-Luc",
            "Warsaw-based",
            "Abcdefgh-",
            "Abcdefghi-j",
            "Zürich",
            "a‐b",
            "Long‐hyphenated‐word",
            "x\u{90}y",
            "Abcdefg‐",
            "Abcdefghijklmnop-q",
            "A—B",
        ] {
            assert_eq!(last_hyphen(w.as_bytes()), slow(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn abbreviation_keys_match_their_words_only() {
        let is = |w: &str| ABBREV_KEYS.contains(&abbrev_key(w.as_bytes()));
        assert!(ABBREVS.iter().all(|a| is(a)));
        for w in [
            "M", "MR", "mr", "Mrs.", "Sep", "Septe", "", "Dr\0", "Co ", "Jn",
        ] {
            assert_eq!(is(w), ABBREVS.contains(&w), "{w:?}");
        }
    }

    #[test]
    fn compass_words_pass_their_first_letter_test() {
        for w in COMPASS {
            assert!(is_compass(w) && is_compass(&w.to_ascii_uppercase()), "{w}");
        }
        for w in ["North-east", "Nort", "Mid", "", "Ñorth"] {
            assert_eq!(is_compass(w), lower_eq_any(w, COMPASS), "{w}");
        }
    }

    #[test]
    fn trim_ws_is_trim() {
        let parts = [
            "", " ", "\t", "\n", "\u{b}", "\u{c}", "\r", "\u{a0}", "\u{2009}", "\u{1c}", ",", "(",
            "é", "’", "x",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    let g = format!("{a}{b}{c}{a}");
                    assert_eq!(trim_ws(&g), g.trim(), "{g:?}");
                }
            }
        }
    }

    /// Each matcher accepts exactly the words of its list.
    #[test]
    fn word_sets_match_their_lists() {
        for (list, matcher) in [
            (ORG_CUE_BEFORE, is_org_cue_before as fn(&str) -> bool),
            (PLACE_CUE_BEFORE, is_place_cue_before),
            (PLACE_NOUNS_AFTER, is_place_noun_after),
            (ORG_NOUNS_AFTER, is_org_noun_after),
            (PLACE_NOUNS, is_place_noun),
        ] {
            for w in list {
                assert!(matcher(w), "{w}");
                assert!(!matcher(&w.to_uppercase()), "{w}");
                assert!(!matcher(&format!("{w}s")) || list.contains(&format!("{w}s").as_str()));
            }
            for w in ["", "the", "x", "Agency", "in ", "cities "] {
                assert_eq!(matcher(w), list.contains(&w), "{w}");
            }
        }
        for w in ["AGENCY", "Agency", "agency", "aGeNcY"] {
            assert!(lower_is(w, is_org_cue_before), "{w}");
            assert_eq!(
                lower_is(w, is_org_cue_before),
                lower_eq_any(w, ORG_CUE_BEFORE)
            );
        }
    }

    #[test]
    fn caps_context_counts_long_clauses_exactly() {
        // 70,000 capitals and 30,000 lowercase words in one clause: mostly capitals (counts
        // wrapped at 16 bits would say otherwise).
        let tables = crate::EntityRecognizer::builder()
            .without_builtin()
            .build()
            .map(|r| r.tables);
        let Ok(tables) = tables else { return };
        let text = "AB ".repeat(70_000) + &"ab ".repeat(30_000);
        let (toks, _) = tables.tokenize(&text);
        assert_eq!(toks.len(), 100_000);
        assert!(toks
            .iter()
            .all(|t| t.caps_ctx() == (t.shape == Shape::AllCaps)));
        let text = "AB ".repeat(30_000) + &"ab ".repeat(70_000);
        let (toks, _) = tables.tokenize(&text);
        assert!(toks.iter().all(|t| !t.caps_ctx()));
    }

    #[test]
    fn tokens_stay_small() {
        assert!(std::mem::size_of::<Tok>() <= 24);
    }

    #[test]
    fn prefix4_pads_short_words() {
        assert_eq!(prefix4(b""), 0);
        assert_eq!(prefix4(b"ab"), u32::from_le_bytes(*b"ab\0\0"));
        assert_eq!(prefix4(b"copper"), u32::from_le_bytes(*b"copp"));
    }

    #[test]
    fn abbreviation_lengths_and_single_capitals() {
        assert_eq!(ABBREVS.iter().map(|a| a.len()).max(), Some(ABBREV_MAX_LEN));
        for (w, single) in [
            ("J", true),
            ("É", true),
            ("j", false),
            ("é", false),
            ("JO", false),
            ("ÉA", false),
            ("", false),
        ] {
            assert_eq!(single_upper_char(w.as_bytes()), single, "{w}");
            assert_eq!(
                single_upper_char(w.as_bytes()),
                w.chars().count() == 1 && w.chars().all(char::is_uppercase),
                "{w}"
            );
        }
        assert!(!Tables::sentence_gap(b". ", b"Mr"));
        assert!(!Tables::sentence_gap(b". ", b"J"));
        assert!(Tables::sentence_gap(b".\n", b"Mr"));
        assert!(Tables::sentence_gap(b". ", b"said"));
    }

    #[test]
    fn lower_lists_are_short_lowercase_ascii() {
        for list in [
            SPORTS,
            INDIVIDUAL_SPORTS,
            DETERMINERS,
            COMPASS,
            PLACE_CUE_BEFORE,
            ORG_CUE_BEFORE,
            CAPS_EVENT_WORDS,
        ] {
            for w in list {
                assert!(w.len() <= LOWER_LIST_MAX_LEN, "{w}");
                assert!(
                    w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()),
                    "{w}"
                );
            }
        }
        for w in ["In", "IN", "in", "iN", "Toward", "TOWARDS", "Inside"] {
            assert!(lower_eq_any(w, PLACE_CUE_BEFORE), "{w}");
            assert!(lower_is(w, is_place_cue_before), "{w}");
        }
        for w in ["", "I", "Into", "Ín", "throughoutthroughout"] {
            assert!(!lower_eq_any(w, PLACE_CUE_BEFORE), "{w}");
            assert!(!lower_is(w, is_place_cue_before), "{w}");
        }
    }

    #[test]
    fn alnum_runs() {
        for (s, n) in [
            ("", 0),
            ("warsaw", 6),
            ("new york", 3),
            ("u.s.", 1),
            ("zürich is", 7),
            ("łódź-based", 7),
            ("-x", 0),
            ("x’s", 1),
            ("abcdefgh", 8),
            ("abcdefgh ", 8),
            ("abcdefghijklmnopq", 17),
            ("Abcdefg9-x", 8),
            ("ABCDEFGHé", 10),
            ("abcdefgh’s", 8),
            ("ab@cdefghij", 2),
            ("abcdefg[", 7),
            ("abcdefg`", 7),
            ("abcdefg{", 7),
            ("abcdefg/", 7),
            ("abcdefg:", 7),
        ] {
            assert_eq!(alnum_run(s), n, "{s}");
        }
        // Every ASCII byte in every position of an eight-byte chunk.
        for c in 0u8..0x80 {
            for pos in 0..8 {
                let mut w = *b"abcdefghij";
                w[pos] = c;
                let s = std::str::from_utf8(&w).unwrap();
                let plain = s.bytes().take_while(u8::is_ascii_alphanumeric).count();
                assert_eq!(alnum_run(s), plain, "{s:?}");
            }
        }
    }

    /// The first-word filter lets every gazetteer surface through, whatever follows it.
    #[test]
    fn first_word_filter_keeps_gazetteer_surfaces() {
        let tables = crate::EntityRecognizer::new().tables;
        let mut n = 0;
        for group in &tables.gaz.groups {
            for (surface, _) in group {
                for after in ["", " said", ", ", "’s", "-based"] {
                    let text = format!("{surface}{after}");
                    let lower = text.as_bytes().to_ascii_lowercase();
                    assert!(tables.prefix.may_start(&text, &lower, 0), "{text}");
                    n += 1;
                }
            }
        }
        assert!(n > 10_000, "{n}");
    }

    /// The cue bits of a token answer as the word lists do.
    #[test]
    fn cue_bits_agree_with_the_lists() {
        let tables = crate::EntityRecognizer::new().tables;
        let text = "Polish President Andrzej Duda met Defense Minister Li Shangfu. The Bank of \
                    England, Acme Corp and Kurdistan Democratic Party said. COUNTERPART said \
                    Counterpart Mr. Smith, Vice-President Harris, Hong Kong Open and the Ministry \
                    of Finance. Émile Zola, ÉMILE, McDonald and Johnson & Johnson. However, \
                    Monday, THE, The, Said and John Smith.";
        let (mut toks, _) = tables.tokenize(text);
        tables.set_cues(text, &mut toks);
        let c = &tables.cues;
        let mut upper = 0;
        for t in &toks {
            let w = Tables::word(text, t);
            upper += usize::from(t.upper());
            assert_eq!(
                tables.is_org_suffix(text, t),
                c.org_suffix.contains(w),
                "{w}"
            );
            assert_eq!(
                tables.is_org_prefix(text, t),
                c.org_prefix.contains(w),
                "{w}"
            );
            assert_eq!(
                tables.is_loc_suffix(text, t),
                c.loc_suffix.contains(w),
                "{w}"
            );
            assert_eq!(
                tables.is_loc_prefix(text, t),
                c.loc_prefix.contains(w),
                "{w}"
            );
            assert_eq!(
                tables.is_misc_suffix(text, t),
                c.misc_suffix.contains(w),
                "{w}"
            );
            assert_eq!(
                tables.is_first_name(text, t),
                c.first_names.contains(w),
                "{w}"
            );
            assert_eq!(tables.is_title_word(text, t), c.title.contains(w), "{w}");
            assert_eq!(
                tables.is_last_name(text, t),
                c.last_names.contains_key(w),
                "{w}"
            );
            assert_eq!(
                tables.last_name_rank(text, t),
                c.last_names.get(w).copied(),
                "{w}"
            );
            assert_eq!(
                tables.is_common(text, t),
                Tables::is_lower_in(&c.common, &tables.common_cap, w),
                "{w}"
            );
            let title = t.upper()
                && (c.title.contains(w)
                    || (t.sent_start()
                        && t.shape == Shape::Capitalized
                        && Tables::is_lower_in(&c.person_cue_before, &tables.person_cue_cap, w))
                    || (w.contains('-')
                        && w.split('-')
                            .all(|p| c.title.contains(p) || c.role_modifier.contains(p))
                        && w.split('-').any(|p| c.title.contains(p))));
            assert_eq!(tables.is_title_tok(text, t), title, "{w}");
        }
        assert!(upper > 30, "{upper}");
    }

    /// A body word of match reports, as [`Tables::is_sports`] tests it.
    fn is_sports_body(w: &str) -> bool {
        sports_body_maybe(w.as_bytes().first().copied(), w.len()) && sports_body_exact(w)
    }

    #[test]
    fn sports_body_words() {
        for w in SPORTS_BODY {
            assert!(w.len() < 32 && w.as_bytes()[0].is_ascii_lowercase(), "{w}");
            assert!(is_sports_body(w), "{w}");
            assert!(sports_body_exact(w), "{w}");
        }
        for w in ["", "Goal", "goalie", "go", "wins", "é", "sets-", "x"] {
            assert!(!is_sports_body(w), "{w}");
        }
    }

    /// The block filter only skips scans: the answer is that of a plain scan of the window.
    #[test]
    fn lower_twin_matches_a_plain_scan() {
        let tables = crate::EntityRecognizer::new().tables;
        let mut text = String::new();
        let words = [
            "Copper",
            "copper",
            "Hindustan",
            "said",
            "Mining",
            "mining",
            "Tin",
            "tin",
            "Rain",
            "Copperfield",
            "copp",
            "Cop",
            "cop",
            "Mines",
        ];
        for k in 0..900usize {
            text.push_str(words[(k * 7 + k / 13) % words.len()]);
            text.push(if k % 11 == 0 { '\n' } else { ' ' });
        }
        let (toks, twins) = tables.tokenize(&text);
        let doc = DocInfo {
            twins,
            twin_index: std::cell::OnceCell::new(),
            sports: false,
            individual: false,
        };
        for t0 in 0..toks.len() {
            let t1 = t0 + 1;
            let w = Tables::word(&text, &toks[t0]).to_ascii_lowercase();
            let (lo, hi) = (t0.saturating_sub(150), (t1 + 150).min(toks.len()));
            let plain = w.len() >= 3
                && toks[lo..hi]
                    .iter()
                    .any(|x| x.shape == Shape::Lower && Tables::word(&text, x) == w);
            assert_eq!(
                tables.has_lower_twin(&text, &toks, &doc, t0, t1),
                plain,
                "{t0}"
            );
        }
        // Spans longer than TWIN_SCAN_MAX ask the per-document index: same answers.
        for (t0, len) in [
            (0, 33),
            (40, 40),
            (100, 200),
            (300, 120),
            (700, 60),
            (0, 900),
        ] {
            let t1 = (t0 + len).min(toks.len());
            let (lo, hi) = (t0.saturating_sub(150), (t1 + 150).min(toks.len()));
            let plain = (t0..t1).any(|k| {
                let w = Tables::word(&text, &toks[k]).to_ascii_lowercase();
                w.len() >= 3
                    && toks[lo..hi]
                        .iter()
                        .any(|x| x.shape == Shape::Lower && Tables::word(&text, x) == w)
            });
            assert_eq!(
                tables.has_lower_twin(&text, &toks, &doc, t0, t1),
                plain,
                "{t0}..{t1}"
            );
        }
        // A run of capitalised words with no lowercase twin anywhere.
        let caps = "Capitalised Words With No Lowercase ".repeat(20);
        let (toks, twins) = tables.tokenize(&caps);
        let doc = DocInfo {
            twins,
            twin_index: std::cell::OnceCell::new(),
            sports: false,
            individual: false,
        };
        assert!(!tables.has_lower_twin(&caps, &toks, &doc, 0, toks.len()));
    }
}
