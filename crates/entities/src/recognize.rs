//! The recogniser proper: tokens, gazetteer lookup, capitalised runs, rules, aliases.

use crate::data::{Cues, FastMap, FastSet, Gazetteer, Kind};
use crate::{Entities, Entity, Label, Mention, Span, Via};
use lede_text::Shape;
use std::borrow::Cow;

mod evidence;
mod misc_forms;
mod org_forms;
mod places;
mod resolve;
mod tables;
mod walls;

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

/// Defines a word list and a function matching its words (a `match`, not a scan of the list).
macro_rules! word_set {
    ($(#[$doc:meta])* $list:ident, $matcher:ident, [$($w:literal,)*]) => {
        $(#[$doc])*
        // The rules use the matcher; the list is for the tests.
        #[cfg_attr(not(test), allow(dead_code))]
        const $list: &[&str] = &[$($w),*];

        /// Whether `w` is a word of the list of the same name.
        #[inline]
        fn $matcher(w: &str) -> bool {
            matches!(w, $($w)|*)
        }
    };
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

const ABBREVS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Prof",
    "Rev", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "No", "vs", "Vs", "Maj", "Adm", "Cmdr", "Mt",
    "Ft", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

const HYPHEN_PLACE: &[&str] = &[
    "based",
    "born",
    "bred",
    "headquartered",
    "registered",
    "listed",
    "area",
    "region",
    "bound",
];

/// Lowercase second parts that make `X-suffix` an adjective (`Warsaw-based`, `Kremlin-backed`).
const HYPHEN_SUFFIXES: &[&str] = &[
    "based",
    "born",
    "bred",
    "headquartered",
    "registered",
    "listed",
    "area",
    "region",
    "bound",
    "led",
    "owned",
    "run",
    "backed",
    "controlled",
    "dominated",
    "funded",
    "made",
    "speaking",
    "style",
    "era",
    "class",
    "sponsored",
    "supported",
    "allied",
    "friendly",
    "leaning",
    "linked",
    "related",
    "focused",
    "bound",
    "wide",
    "type",
    "like",
    "brokered",
    "mediated",
    "imposed",
    "educated",
    "trained",
    "inspired",
    "built",
    "designed",
];

/// Words that make an event name with a capitalised suffix (`EASTERN DIVISION`).
/// Ordinals are not among them: `FIRST DIVISION` is a tier, not a name.
const CAPS_EVENT_WORDS: &[&str] = &[
    "eastern", "western", "central", "northern", "southern", "national", "american", "major",
    "european", "world", "grand", "olympic", "open",
];

/// Words that precede a name without being part of it.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your",
];

/// Words of a headline that reports a competition (`FRENCH LEAGUE RESULTS`).
const REPORT_WORDS: &[&str] = &[
    "results",
    "result",
    "standings",
    "scorers",
    "summaries",
    "summary",
    "table",
    "fixtures",
    "practice",
];

/// Compass words that can start a place name (`North Caucasus`).
const COMPASS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "upper",
    "lower",
    "greater",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

word_set!(
    /// Nouns after a place name that keep it a place (`Berlin stadium`).
    PLACE_NOUNS_AFTER,
    is_place_noun_after,
    [
        "stadium",
        "club",
        "meeting",
        "marathon",
        "area",
        "region",
        "suburb",
        "streets",
        "airport",
        "port",
        "city",
        "street",
    ]
);

word_set!(
    /// Lowercase nouns right after a name that make it an organisation (`Zycie Warszawy daily`,
    /// `Jones stock`, `Boeing spokesman`).
    ORG_NOUNS_AFTER,
    is_org_noun_after,
    [
        "newspaper",
        "daily",
        "weekly",
        "magazine",
        "agency",
        "company",
        "firm",
        "airline",
        "conglomerate",
        "broadcaster",
        "shares",
        "stock",
        "subsidiary",
        "spokesman",
        "spokeswoman",
        "executives",
    ]
);

word_set!(
    /// `the city of X`.
    PLACE_NOUNS,
    is_place_noun,
    [
        "city",
        "town",
        "village",
        "province",
        "island",
        "region",
        "state",
        "capital",
        "district",
        "port",
        "county",
        "republic",
        "kingdom",
        "suburb",
        "area",
        "municipality",
        "islands",
        "provinces",
        "towns",
        "cities",
        "villages",
        "regions",
        "outskirts",
        "centre",
        "center",
    ]
);

word_set!(
    /// Lowercase nouns right before a name that make it an organisation (`agency Belta`).
    ORG_CUE_BEFORE,
    is_org_cue_before,
    [
        "agency",
        "company",
        "firm",
        "group",
        "newspaper",
        "daily",
        "weekly",
        "broadcaster",
        "channel",
        "carrier",
        "airline",
        "club",
        "insurer",
        "maker",
        "manufacturer",
        "retailer",
        "operator",
        "giant",
        "conglomerate",
        "subsidiary",
        "brokerage",
        "bank",
        "lender",
        "automaker",
        "carmaker",
        "producer",
        "outlet",
        "network",
        "magazine",
        "tabloid",
        "publisher",
        "party",
        "movement",
        "organisation",
        "organization",
        "union",
    ]
);

word_set!(
    /// Words before a place name (`in Warsaw`, `at Wembley`).
    PLACE_CUE_BEFORE,
    is_place_cue_before,
    [
        "in",
        "near",
        "outside",
        "across",
        "via",
        "around",
        "inside",
        "throughout",
        "towards",
        "toward",
        "at",
        "from",
    ]
);

/// Lowercase words before the name of a ship, a craft or a work (`the aircraft carrier
/// Enterprise`, `the 1969 film Easy Rider`): MISC.
const VESSEL_WORDS: &[&str] = &[
    "carrier",
    "carriers",
    "warship",
    "frigate",
    "destroyer",
    "submarine",
    "cruiser",
    "tanker",
    "freighter",
    "liner",
    "ferry",
    "yacht",
    "spacecraft",
    "shuttle",
    "vessel",
    "ship",
    "cutter",
    "trawler",
    // Works: `the 1969 film Easy Rider`, `his novel Dune`.
    "film",
    "movie",
    "novel",
    "album",
    "song",
    "opera",
    "musical",
    "documentary",
    "sitcom",
];

/// Last words of public places and facilities (LOC in CoNLL-2003) that no team or company bears.
const FACILITIES: &[&str] = &[
    "stadium",
    "centre",
    "arena",
    "airport",
    "hotel",
    "museum",
    "gallery",
    "bridge",
    "street",
    "road",
    "avenue",
    "square",
    "station",
    "cathedral",
    "mosque",
    "temple",
    "hospital",
    "prison",
];

/// Articles, conjunctions and prepositions.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "as", "at", "by", "for", "in", "of", "on", "to",
    "up", "via", "vs", "with", "from", "into", "over",
];

/// Headline words that mark a sports story (team names are then organisations).
const SPORTS: &[&str] = &[
    "soccer",
    "football",
    "cricket",
    "tennis",
    "golf",
    "baseball",
    "basketball",
    "rugby",
    "hockey",
    "cycling",
    "athletics",
    "boxing",
    "racing",
    "motorcycling",
    "skiing",
    "swimming",
    "nfl",
    "nba",
    "nhl",
    "mlb",
    "afl",
    "nrl",
    "nascar",
    "indycar",
    "lacrosse",
    "netball",
    "softball",
    "formula",
    "badminton",
    "volleyball",
    "handball",
    "squash",
    "rowing",
    "sailing",
    "yachting",
    "triathlon",
    "sport",
    "sports",
    "olympics",
    "wrestling",
    "judo",
    "snooker",
    "darts",
    "equestrianism",
    "motor",
    "speedway",
    "bobsleigh",
    "canoeing",
    "fencing",
];

/// Headline words of sports whose reports name places, not teams, after cities.
const INDIVIDUAL_SPORTS: &[&str] = &[
    "tennis",
    "golf",
    "cycling",
    "athletics",
    "boxing",
    "motorcycling",
    "skiing",
    "swimming",
    "badminton",
    "squash",
    "rowing",
    "triathlon",
    "wrestling",
    "judo",
    "snooker",
    "fencing",
    "canoeing",
];

/// Defines [`SPORTS_BODY`] and [`sports_body_exact`] from one list of words.
macro_rules! sports_body {
    ($($w:literal,)*) => {
        /// Body words of match reports.
        const SPORTS_BODY: &[&str] = &[$($w),*];

        /// Whether `w` is a word of [`SPORTS_BODY`].
        fn sports_body_exact(w: &str) -> bool {
            matches!(w, $($w)|*)
        }
    };
}

sports_body!(
    "innings",
    "wickets",
    "wicket",
    "goals",
    "goal",
    "scored",
    "halftime",
    "half-time",
    "standings",
    "match",
    "matches",
    "seed",
    "tournament",
    "coach",
    "striker",
    "midfielder",
    "pitcher",
    "homer",
    "touchdown",
    "quarterback",
    "league",
    "cup",
    "champions",
    "championship",
    "playoff",
    "playoffs",
    "inning",
    "runs",
    "batsman",
    "bowler",
    "penalty",
    "draw",
    "drew",
    "beat",
    "defeated",
    "lap",
    "race",
    "round",
    "par",
    "birdie",
    "bogey",
    "set",
    "sets",
    "win",
    "won",
);

/// For each first letter `a`..`z`, the lengths in bytes (bit `n` for `n` bytes) of the words of
/// [`SPORTS_BODY`] that start with it: most words are ruled out without a comparison.
const SPORTS_BODY_LENS: [u32; 26] = sports_body_lens();

// Const evaluation: an index out of range fails the build, it cannot panic at run time.
#[allow(clippy::indexing_slicing)]
const fn sports_body_lens() -> [u32; 26] {
    let mut out = [0u32; 26];
    let mut i = 0;
    while i < SPORTS_BODY.len() {
        let w = SPORTS_BODY[i].as_bytes();
        out[(w[0] - b'a') as usize] |= 1 << w.len();
        i += 1;
    }
    out
}

/// Whether a word of `len` bytes opening with byte `first` may be a body word of match
/// reports (see [`SPORTS_BODY_LENS`]).
#[inline]
fn sports_body_maybe(first: Option<u8>, len: usize) -> bool {
    let lens = match first {
        Some(f) if f.is_ascii_lowercase() => SPORTS_BODY_LENS
            .get(usize::from(f - b'a'))
            .copied()
            .unwrap_or(0),
        _ => 0,
    };
    len < 32 && lens & (1 << len) != 0
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
                counts += shape_count(t.shape) + (u64::from(t.upper()) << UPPER_COUNT);
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
        let cue = self.word_cues.get(w).copied().unwrap_or(0) | shape_cues(w.as_bytes());
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
                    segs.push(misc_forms::misc_seg(t.s, end, i, i + 1));
                }
                i += 1;
                continue;
            }
            if let Some(end) = misc_forms::currency_end(text, t)
                .or_else(|| misc_forms::affixed_name_end(self, text, &toks, i))
            {
                segs.push(misc_forms::misc_seg(t.s, end, i, i + 1));
                i += 1;
                continue;
            }
            if t.upper() {
                if let Some(last) = misc_forms::product_end(self, text, &toks, i)
                    .filter(|&l| !Self::crosses_wall(&toks, i, l))
                {
                    let e = toks.get(last).map_or(t.full_e(), Tok::full_e);
                    segs.push(misc_forms::misc_seg(t.s, e, i, last + 1));
                    i = last + 1;
                    continue;
                }
            }
            if t.upper() {
                if let Some(k) = misc_forms::storm_name(text, &toks, i)
                    .filter(|&k| !Self::crosses_wall(&toks, i, k))
                {
                    if let Some(n) = toks.get(k) {
                        segs.push(misc_forms::misc_seg(n.s, n.e(), k, k + 1));
                    }
                    i = k + 1;
                    continue;
                }
                if let Some(last) = org_forms::agency_end(self, text, &toks, i)
                    .filter(|&l| !Self::crosses_wall(&toks, i, l))
                {
                    let e = toks.get(last).map_or(t.full_e(), Tok::e);
                    segs.push(org_forms::org_seg(t.s, e, i, last + 1));
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

    /// The end `b` of the capitalised run `[i, b)` that starts at token `i`: capitalised words
    /// with spaces between, lowercase connectors inside a name (`Bank of England`, `Ludwig van
    /// Beethoven`), never across a wall.
    fn run_end(&self, text: &str, toks: &[Tok], i: usize) -> usize {
        let n = toks.len();
        let mut b = i + 1;
        while b < n {
            let (Some(p), Some(q)) = (toks.get(b - 1), toks.get(b)) else {
                break;
            };
            if q.wall() || (p.ends_run() && !self.possessive_company(text, toks, b)) {
                break;
            }
            let caps_switch = p.shape == Shape::Capitalized
                && q.shape == Shape::AllCaps
                && q.len >= 3
                && !is_roman(Self::word(text, q));
            if q.upper() && !q.caps_ctx() && !caps_switch && Self::run_gap_ok(text, p, q) {
                b += 1;
                continue;
            }

            // Lowercase connector inside a name: `Bank of England`, `Ludwig van Beethoven`.
            if !q.upper()
                && q.shape == Shape::Lower
                && self.cues.connector.contains(Self::word(text, q))
            {
                // `van der`, `de la`: up to two connectors in a row.
                let (q2, skip) = match toks.get(b + 1) {
                    Some(q2)
                        if q2.shape == Shape::Lower
                            && self.cues.connector.contains(Self::word(text, q2))
                            && Self::run_gap_ok(text, q, q2) =>
                    {
                        (q2, 2)
                    }
                    _ => (q, 1),
                };
                if let Some(r) = toks.get(b + skip) {
                    let head = self.is_org_prefix(text, p)
                        || self.is_org_suffix(text, p)
                        || self.is_loc_suffix(text, p)
                        || self.is_misc_suffix(text, p)
                        || self.is_title_word(text, p)
                        || Self::word(text, q) != "of";
                    if head
                        && r.upper()
                        && !r.caps_ctx()
                        && !r.wall()
                        && !q.wall()
                        && Self::run_gap_ok(text, p, q)
                        && Self::run_gap_ok(text, q2, r)
                    {
                        b += skip + 1;
                        continue;
                    }
                }
            }
            break;
        }
        // No run crosses a wall, whichever way it grew.
        if let Some(w) = (i + 1..b).find(|&k| toks.get(k).is_some_and(Tok::wall)) {
            b = w;
        }
        b
    }

    fn push_gaz(&self, segs: &mut Vec<Seg>, toks: &[Tok], i: usize, h: Hit, strong: bool) {
        let Some(e) = self.gaz.entries.get(h.entry as usize) else {
            return;
        };
        let Some(t) = toks.get(i) else { return };
        let label = if e.kind == Kind::Demonym {
            Label::Misc
        } else {
            e.label
        };
        segs.push(Seg {
            s: t.s,
            e: h.end.max(t.s),
            t0: i,
            t1: h.end_tok + 1,
            label,
            entry: Some(h.entry),
            via: if e.kind == Kind::Demonym {
                Via::Demonym
            } else {
                Via::Gazetteer
            },
            strength: if strong {
                Strength::Strong
            } else {
                Strength::Default
            },
            link: None,
        });
    }

    /// Splits a capitalised run into entity segments; returns the next token to look at.
    fn process_run(
        &self,
        text: &str,
        toks: &Toks,
        a: usize,
        b: usize,
        segs: &mut Vec<Seg>,
        doc: &DocInfo,
    ) -> usize {
        let first_seg = segs.len();
        let next = self.split_run(text, toks, a, b, segs, doc);
        self.cohere(text, toks, first_seg, a, b, segs);
        next
    }

    /// A run split into several adjacent pieces whose last word names an event or an
    /// organisation (`Hong Kong Open`, `Kurdistan Democratic Party`) is one name.
    #[allow(clippy::too_many_arguments)]
    fn cohere(
        &self,
        text: &str,
        toks: &[Tok],
        first_seg: usize,
        a: usize,
        b: usize,
        segs: &mut Vec<Seg>,
    ) {
        let Some(run) = segs.get(first_seg..) else {
            return;
        };
        let (Some(f), Some(l)) = (run.first(), run.last()) else {
            return;
        };
        let Some(last_tok) = b.checked_sub(1).and_then(|k| toks.get(k)) else {
            return;
        };
        // Words dropped before the first piece that belong to an organisation's name
        // (`First Chicago NBD Corp.`), but not articles or a sentence's first word.
        let mut lead = f.t0;
        while lead > a {
            let Some(t) = toks.get(lead - 1) else { break };
            let w = Self::word(text, t);
            if !t.upper() || t.sent_start() || lower_eq_any(w, DETERMINERS) || self.is_stop(text, t)
            {
                break;
            }
            lead -= 1;
        }
        // Either several pieces, or one piece followed by the suffix word alone, or an
        // organisation whose first words were dropped.
        let lead_org = lead < f.t0 && run.len() == 1 && f.label == Label::Org && f.entry.is_none();
        if lead_org {
            if let (Some(sg), Some(t)) = (segs.last_mut(), toks.get(lead)) {
                sg.s = t.s;
                sg.t0 = lead;
            }
            return;
        }
        if run.len() < 2 && l.t1 >= b {
            return;
        }
        // `National Bank of Romania`, `University of Warsaw`: an organisation head, `of`, a place.
        if let [x, y] = run {
            let head =
                x.t1.checked_sub(1)
                    .and_then(|k| toks.get(k))
                    .is_some_and(|t| self.is_org_suffix(text, t) || self.is_org_prefix(text, t));
            // `University of Southern California`: the head, `of`, a compass word, the place.
            let compass_head = x.t1 >= x.t0 + 3
                && toks
                    .get(x.t1 - 1)
                    .is_some_and(|t| lower_eq_any(Self::word(text, t), COMPASS))
                && toks
                    .get(x.t1 - 2)
                    .is_some_and(|t| Self::word(text, t) == "of")
                && toks
                    .get(x.t1 - 3)
                    .is_some_and(|t| self.is_org_suffix(text, t) || self.is_org_prefix(text, t));
            let gap = text.get(x.e..y.s).map(trim_ws);
            if ((head && gap == Some("of")) || (compass_head && gap == Some("")))
                && y.label == Label::Loc
                && y.t1 >= b
            {
                let merged = Seg {
                    s: x.s,
                    e: y.e,
                    t0: x.t0,
                    t1: y.t1,
                    label: Label::Org,
                    entry: None,
                    via: Via::Rule,
                    strength: Strength::Strong,
                    link: None,
                };
                segs.truncate(first_seg);
                segs.push(merged);
                return;
            }
        }
        let lw = Self::word(text, last_tok);
        // `Iraqi Kurds`, `Bosnian Serbs`: adjacent MISC names are one.
        let all_misc = run.len() >= 2 && l.t1 >= b && run.iter().all(|sg| sg.label == Label::Misc);
        let label = if self.is_misc_suffix(text, last_tok) || all_misc {
            Label::Misc
        } else if self.is_org_suffix(text, last_tok) {
            Label::Org
        } else if lower_eq_any(lw, FACILITIES) {
            // `British Museum`, `Allianz Arena`.
            Label::Loc
        } else if lw == "Republic" {
            Label::Loc
        } else {
            return;
        };
        // Pieces must touch: only spaces or connectors between them.
        let adjacent = run.windows(2).all(|w| match w {
            [x, y] => text.get(x.e..y.s).is_some_and(|g| {
                g.split_whitespace()
                    .all(|part| self.cues.connector.contains(part))
            }),
            _ => true,
        });
        if !adjacent
            || run
                .iter()
                .any(|sg| sg.label == Label::Per && sg.via != Via::Rule)
        {
            return;
        }
        let (s0, t0) = match toks.get(lead) {
            Some(t) if label == Label::Org => (t.s, lead),
            _ => (f.s, f.t0),
        };
        let merged = Seg {
            s: s0,
            e: last_tok.e().max(l.e),
            t0,
            t1: b.max(l.t1),
            label,
            entry: None,
            via: Via::Rule,
            strength: Strength::Strong,
            link: None,
        };
        segs.truncate(first_seg);
        segs.push(merged);
    }

    /// Splits a capitalised run into entity segments; returns the next token to look at.
    #[allow(clippy::too_many_arguments)]
    fn split_run(
        &self,
        text: &str,
        toks: &Toks,
        a: usize,
        b: usize,
        segs: &mut Vec<Seg>,
        doc: &DocInfo,
    ) -> usize {
        let mut k = a;
        let mut next = b;
        let mut pending: Option<usize> = None;
        let mut person_cue = false;
        while k < b {
            let Some(tk) = toks.get(k) else { break };
            if !tk.upper() {
                // A connector: keep it inside a pending name, else skip.
                k += 1;
                continue;
            }
            // `the Refugee Council Enver Solomon told`: an organisation ending in its suffix, then
            // a two-word name that speaks.
            if let Some(p) = pending {
                if k + 2 == b
                    && p + 1 < k
                    && !person_cue
                    && toks
                        .get(k - 1)
                        .is_some_and(|t| t.upper() && !t.ends_run() && self.is_org_suffix(text, t))
                    && toks
                        .get(k)
                        .is_some_and(|t| t.shape == Shape::Capitalized && !t.ends_run())
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| t.shape == Shape::Capitalized && !t.ends_run())
                    && toks.get(b).is_some_and(|t| {
                        !t.upper() && self.cues.speech_verb.contains(Self::word(text, t))
                    })
                {
                    self.flush(text, toks, p, k, false, segs, doc);
                    pending = None;
                    person_cue = true;
                }
            }
            if let Some(h) = self.gaz_at(text, toks, k) {
                let merge = self.gaz_joins_name(text, toks, k, b, h, pending, person_cue);
                if merge {
                    pending.get_or_insert(k);
                    k = h.end_tok + 1;
                    continue;
                }
                if let Some(p) = pending.take() {
                    self.flush(text, toks, p, k, person_cue, segs, doc);
                }
                person_cue = false;
                self.push_gaz(segs, toks, k, h, true);
                k = h.end_tok + 1;
                next = next.max(k);
                continue;
            }
            // `Jan Nowak`: an abbreviated month that is also a first name.
            let first_name_next = Self::word(text, tk) == "Jan"
                && toks.get(k + 1).is_some_and(|n| n.upper() && k + 1 < b);
            if self.is_stop(text, tk) && !first_name_next {
                if let Some(p) = pending.take() {
                    self.flush(text, toks, p, k, person_cue, segs, doc);
                }
                person_cue = false;
                k += 1;
                continue;
            }
            let initial = k + 1 < b
                && tk.len == 1
                && toks
                    .get(k + 1)
                    .is_some_and(|n| Self::gap(text, tk, n).starts_with('.'));
            // (`In`, `An` are given names in the census lists; opening a sentence, they are
            // a preposition and an article.)
            let name_start = initial
                || (k + 1 < b
                    && self.is_first_name(text, tk)
                    && !(tk.sent_start() && lower_eq_any(Self::word(text, tk), FUNCTION_WORDS))
                    && toks
                        .get(k + 1)
                        .is_some_and(|n| n.upper() && n.hit == u32::MAX));
            // `North Caucasus`, `East Stirling`: a compass word before a place is part of it.
            if pending.is_none() && lower_eq_any(Self::word(text, tk), COMPASS) {
                if let Some((after, demonym)) = self.compass_place(text, toks, k, b, segs, doc) {
                    if demonym {
                        person_cue = false;
                    }
                    k = after;
                    next = next.max(k);
                    continue;
                }
            }
            // `Biologist Nick Bos`: an occupation opening the sentence, then the name.
            if pending.is_none()
                && tk.sent_start()
                && k + 1 < b
                && tk.shape == Shape::Capitalized
                && self.occupation_word(text, tk)
                && toks.get(k + 1).is_some_and(|n| {
                    n.shape == Shape::Capitalized
                        && !self.is_title_tok(text, n)
                        && !self.is_role_tok(text, n)
                })
            {
                person_cue = true;
                k += 1;
                continue;
            }
            if pending.is_none()
                && !name_start
                && self.is_common(text, tk)
                && !self.is_title_tok(text, tk)
                // `GB News`: an abbreviation heading an organisation suffix names it.
                && !(tk.shape == Shape::AllCaps
                    && k + 1 < b
                    && !tk.ends_run()
                    && toks.get(k + 1).is_some_and(|n| {
                        n.shape == Shape::Capitalized
                            && self.is_org_suffix(text, n)
                    }))
            {
                k += 1;
                continue;
            }
            // A title block: `Defense Minister`, `Secretary of State`, `Mr.`
            if pending.is_none() || self.is_title_tok(text, tk) {
                if let Some(end) = self.title_block_end(text, toks, k, b) {
                    if let Some(p) = pending.take() {
                        // `Shadow Home Secretary`: capitalised role words and common
                        // words right before the title belong to the role phrase.
                        let mut cut = k;
                        while cut > p
                            && toks.get(cut - 1).is_some_and(|t| {
                                t.upper() && (self.is_role_tok(text, t) || self.is_common(text, t))
                            })
                        {
                            cut -= 1;
                        }
                        if cut > p {
                            self.flush(text, toks, p, cut, person_cue, segs, doc);
                        }
                    }
                    person_cue = true;
                    k = end;
                    continue;
                }
            }
            pending.get_or_insert(k);
            k += 1;
        }
        if let Some(p) = pending.take() {
            self.flush(text, toks, p, b.min(k), person_cue, segs, doc);
        }
        next.max(a + 1)
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

    /// `Boatmen's Bancshares Inc`, `Macy's Inc`: after a possessive, capitalised words up to
    /// an organisation suffix continue one company's name (at most three words).
    fn possessive_company(&self, text: &str, toks: &[Tok], b: usize) -> bool {
        let possessive = b.checked_sub(1).and_then(|k| toks.get(k)).is_some_and(|p| {
            text.get(p.e()..p.full_e())
                .is_some_and(|x| x == "'s" || x == "’s")
        });
        if !possessive {
            return false;
        }
        let mut k = b;
        while let (Some(p), Some(q)) = (k.checked_sub(1).and_then(|j| toks.get(j)), toks.get(k)) {
            if k >= b + 3 || !q.upper() || q.wall() || !Self::run_gap_ok(text, p, q) {
                return false;
            }
            if self.is_org_suffix(text, q) {
                return true;
            }
            if q.ends_run() {
                return false;
            }
            k += 1;
        }
        false
    }

    /// A capitalised word whose lowercase form is a person cue (`Biologist`, `Striker`).
    fn occupation_word(&self, text: &str, t: &Tok) -> bool {
        let w = Self::word(text, t);
        let mut buf = [0u8; 24];
        let Some(lower) = buf.get_mut(..w.len()) else {
            return false;
        };
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        std::str::from_utf8(lower).is_ok_and(|l| self.cues.person_cue_before.contains(l))
    }

    /// A name of several words with a city in it reads as a person when its last word is a
    /// common surname (`Mark Lancaster`), or a less common one after a capitalised given-name
    /// slot that is no place or name head (`Duffy Waldorf`, but not `Inverness Thistle`, `SV
    /// Hamburg` or `County Antrim`).
    fn surname_after_given(&self, text: &str, toks: &Toks, t0: usize, t1: usize) -> bool {
        let (Some(first), Some(last)) = (toks.get(t0), t1.checked_sub(1).and_then(|k| toks.get(k)))
        else {
            return false;
        };
        let Some(rank) = self.last_name_rank(text, last) else {
            return false;
        };
        rank < 10000
            || (rank < 30000
                && first.shape == Shape::Capitalized
                && first.hit == u32::MAX
                && !self.is_loc_prefix(text, first)
                && !self.is_org_prefix(text, first)
                && !self.is_misc_suffix(text, first)
                && !self.is_title_word(text, first))
    }

    /// `X , 42 ,` (an age) or `X LONDON 1996-08-30` (a byline before a dateline) after [.., t1).
    fn age_or_byline_after(&self, text: &str, toks: &[Tok], t1: usize) -> bool {
        let (Some(last), Some(n)) = (t1.checked_sub(1).and_then(|k| toks.get(k)), toks.get(t1))
        else {
            return false;
        };
        let g = trim_ws(Self::gap(text, last, n));
        let age = g == ","
            && n.shape == Shape::Digits
            && n.len <= 3
            && toks
                .get(t1 + 1)
                .is_some_and(|c| trim_ws(Self::gap(text, n, c)) == ",");
        let byline = g.is_empty()
            && n.shape == Shape::AllCaps
            && n.hit != u32::MAX
            && (Self::is_date_tok(text, toks.get(t1 + 1))
                || Self::is_date_tok(text, toks.get(t1 + 2)));
        age || byline
    }

    /// `( Cuba )` or `( U.S. )` right after token `t1 - 1`.
    fn country_in_parens(&self, text: &str, toks: &Toks, t1: usize) -> bool {
        let (Some(last), Some(n)) = (t1.checked_sub(1).and_then(|k| toks.get(k)), toks.get(t1))
        else {
            return false;
        };
        if trim_ws(Self::gap(text, last, n)) != "(" {
            return false;
        }
        self.gaz_at(text, toks, t1)
            .and_then(|h| {
                let close = toks.get(h.end_tok + 1);
                let closed = text
                    .get(h.end..close.map_or(h.end, |c| c.s))
                    .is_some_and(|g| g.trim_start().starts_with(')'))
                    || close.is_none();
                self.gaz.entries.get(h.entry as usize).filter(|_| closed)
            })
            .is_some_and(|e| matches!(e.kind, Kind::Country | Kind::Region | Kind::State))
    }

    fn is_unknown(&self, text: &str, toks: &Toks, k: usize, t: &Tok) -> bool {
        t.upper()
            && !self.is_title_tok(text, t)
            && !self.is_stop(text, t)
            && self.gaz_at(text, toks, k).is_none()
    }

    /// Whether the gazetteer hit `h` at token `k` of the run `[.., b)` joins the pending name
    /// instead of standing alone: after a first name or a title, a first name that is also a
    /// gazetteer word (`Christian Blanc`) or a small city (`Mariano Duncan`), a city or state
    /// before an unknown word (`Cleveland Indians`).
    #[allow(clippy::too_many_arguments)]
    fn gaz_joins_name(
        &self,
        text: &str,
        toks: &Toks,
        k: usize,
        b: usize,
        h: Hit,
        pending: Option<usize>,
        person_cue: bool,
    ) -> bool {
        let Some(tk) = toks.get(k) else {
            return false;
        };
        let kind = self.gaz.entries.get(h.entry as usize).map(|e| e.kind);
        let next_unknown = h.end_tok + 1 < b
            && toks.get(h.end_tok).is_some_and(|t| !t.ends_run())
            && toks.get(h.end_tok + 1).is_some_and(|t| {
                self.is_unknown(text, toks, h.end_tok + 1, t)
                    // `Cleveland Indians`: a plural demonym after a city is a team.
                    || (Self::word(text, t).ends_with('s')
                        && self
                            .gaz_at(text, toks, h.end_tok + 1)
                            .and_then(|n| self.gaz.entries.get(n.entry as usize))
                            .is_some_and(|e| e.kind == Kind::Demonym))
            });
        let after_first_name = pending.is_some_and(|p| {
            p + 1 == k && toks.get(p).is_some_and(|t| self.is_first_name(text, t))
        }) && h.end_tok == k;
        let after_title = person_cue
            && h.end_tok == k
            && ((pending.is_some() && k + 1 == b)
                || (pending.is_none()
                    && k + 1 < b
                    && matches!(
                        kind,
                        Some(Kind::City | Kind::State | Kind::Region | Kind::Misc)
                    )));
        // `Christian Blanc`: a first name that is also a gazetteer word.
        let name_like = pending.is_none()
            && h.end_tok == k
            && next_unknown
            && matches!(kind, Some(Kind::Misc | Kind::Demonym))
            && self.is_first_name(text, tk);
        // `Mariano Duncan`: a first name that is also a small city, then a surname that is
        // at most a city.
        let city_first_name = pending.is_none()
            && h.end_tok == k
            && k + 1 < b
            && kind == Some(Kind::City)
            && toks.get(k).is_some_and(|t| !t.ends_run())
            && self.is_first_name(text, tk)
            && toks.get(k + 1).is_some_and(|n| {
                n.shape == Shape::Capitalized
                    && self.is_last_name(text, n)
                    && self.gaz_at(text, toks, k + 1).is_none_or(|g| {
                        g.end_tok == k + 1
                            && self
                                .gaz
                                .entries
                                .get(g.entry as usize)
                                .is_some_and(|e| e.kind == Kind::City)
                    })
            });
        match kind {
            _ if after_first_name || after_title || name_like || city_first_name => true,
            Some(Kind::City) => pending.is_some() || next_unknown,
            Some(Kind::State) if next_unknown => true,
            Some(Kind::Country | Kind::Region | Kind::State) => {
                pending.is_some_and(|p| {
                    toks.get(p).is_some_and(|t| {
                        self.is_first_name(text, t)
                            // `MaliVai Washington`: an unknown word before a state that
                            // ends the run is a given name.
                            || (kind == Some(Kind::State)
                                && p + 1 == k
                                && t.shape == Shape::Capitalized
                                && !t.sent_start()
                                && self.is_unknown(text, toks, p, t)
                                && !self.is_common(text, t))
                    })
                }) && h.end_tok + 1 == b
            }
            _ => false,
        }
    }

    /// `North Caucasus`, `Southeast Asian`: the compass word at token `k` joins the gazetteer place
    /// or demonym after it in one segment (pushed to `segs`). Returns the next token and whether
    /// the name was a demonym.
    fn compass_place(
        &self,
        text: &str,
        toks: &Toks,
        k: usize,
        b: usize,
        segs: &mut Vec<Seg>,
        doc: &DocInfo,
    ) -> Option<(usize, bool)> {
        let tk = toks.get(k)?;
        let h = self.gaz_at(text, toks, k + 1).filter(|h| h.end_tok < b)?;
        let entry = self.gaz.entries.get(h.entry as usize);
        let place = entry.is_some_and(|e| e.label == Label::Loc && e.kind != Kind::Demonym);
        let demonym = entry.is_some_and(|e| e.kind == Kind::Demonym);
        if !(place || demonym) {
            return None;
        }
        self.push_gaz(segs, toks, k + 1, h, true);
        if let Some(sg) = segs.last_mut() {
            sg.s = tk.s;
            sg.t0 = k;
            if !demonym {
                // A place: the compass word makes a new name, linked to no entry.
                sg.entry = None;
                sg.via = Via::Rule;
                if doc.sports {
                    // `East Stirling`: may be a team.
                    sg.strength = Strength::Default;
                }
            }
        }
        Some((h.end_tok + 1, demonym))
    }

    /// The token after a title block starting at `k` (`Defense Minister`, `Secretary of State`,
    /// `Mr.`) when a capitalised word follows it inside the run `[.., b)`.
    fn title_block_end(&self, text: &str, toks: &[Tok], k: usize, b: usize) -> Option<usize> {
        let mut j = k;
        let mut last_title = None;
        while j < b {
            let Some(tj) = toks.get(j) else { break };
            if self.is_title_tok(text, tj) {
                last_title = Some(j);
            } else if !(self.is_role_tok(text, tj)
                || (!tj.upper() && self.cues.connector.contains(Self::word(text, tj))))
            {
                break;
            }
            j += 1;
        }
        if let Some(lt) = last_title {
            // Extend over role words after the last title (`Secretary of State`).
            let mut end = lt + 1;
            while end + 1 < b {
                let Some(t) = toks.get(end) else { break };
                if self.is_role_tok(text, t) {
                    end += 1;
                } else if !t.upper()
                    && self.cues.connector.contains(Self::word(text, t))
                    && toks.get(end + 1).is_some_and(|n| self.is_role_tok(text, n))
                    && end + 2 < b
                {
                    end += 2;
                } else if !t.upper() && self.cues.connector.contains(Self::word(text, t)) {
                    // `Daughter of Henry VIII`: the name follows the connector.
                    end += 1;
                    break;
                } else {
                    break;
                }
            }
            (end < b && toks.get(end).is_some_and(|t| t.upper())).then_some(end)
        } else {
            None
        }
    }

    /// Classifies an unknown segment of tokens [t0, t1): a cascade of rules, first cue wins.
    #[allow(clippy::if_same_then_else, clippy::too_many_arguments)]
    fn flush(
        &self,
        text: &str,
        toks: &Toks,
        t0: usize,
        t1: usize,
        person_cue: bool,
        segs: &mut Vec<Seg>,
        doc: &DocInfo,
    ) {
        let sports = doc.sports;
        // Trim trailing connectors.
        let mut t1 = t1;
        while t1 > t0 && toks.get(t1 - 1).is_some_and(|t| !t.upper()) {
            t1 -= 1;
        }
        if t1 <= t0 {
            return;
        }
        let (Some(first), Some(last)) = (toks.get(t0), toks.get(t1 - 1)) else {
            return;
        };
        // `Foreign Secretary`, `High Commissioner`: a role phrase with no name is no name.
        if t1 > t0 + 1
            && self.is_title_tok(text, last)
            && last.shape != Shape::AllCaps
            && (t0..t1 - 1).all(|k| toks.get(k).is_some_and(|t| self.is_role_tok(text, t)))
        {
            return;
        }
        let len = t1 - t0;
        let fw = Self::word(text, first);
        let lw = Self::word(text, last);
        let prev = t0.checked_sub(1).and_then(|p| toks.get(p));
        let prev_w = prev.map(|p| Self::word(text, p)).unwrap_or("");
        let prev_gap = prev.map(|p| Self::gap(text, p, first)).unwrap_or("");
        let prev_close =
            prev.is_some_and(|_| trim_ws(prev_gap).is_empty() || trim_ws(prev_gap) == ",");
        let next = toks.get(t1);
        let next_w = next.map(|x| Self::word(text, x)).unwrap_or("");
        let next_gap = next.map(|x| Self::gap(text, last, x)).unwrap_or("");
        let next_close =
            next.is_some_and(|_| trim_ws(next_gap).is_empty() || trim_ws(next_gap) == ",");
        let prev_lower = prev.is_some_and(|p| p.shape == Shape::Lower);
        let mut strength = Strength::Strong;
        let has_amp = text.get(first.s..last.e()).is_some_and(|x| x.contains('&'));
        let initial = len >= 2
            && fw.chars().count() == 1
            && toks
                .get(t0 + 1)
                .is_some_and(|n| Self::gap(text, first, n).starts_with('.'));
        let cricket_cue =
            sports && prev_close && prev_lower && matches!(prev_w, "b" | "c" | "lbw" | "st");
        // `( Caveglia 89th )`, `Wreh 15th , 42nd`: a scorer and the minute of the goal.
        let minute_cue = sports
            && !first.sent_start()
            && next_close
            && trim_ws(next_gap).is_empty()
            && next.is_some_and(|x| x.shape == Shape::Alnum && is_ordinal(next_w));
        // `" The Crying Game "`, `“Strike Hard”`: a quoted title is a work or a campaign.
        let quoted = prev_gap.trim_end().ends_with(['"', '“', '‘'])
            && next_gap.trim_start().starts_with(['"', '”', '’'])
            && !person_cue;
        // `the aircraft carrier Enterprise`: ships are named things (MISC).
        let vessel = prev_close && prev_lower && VESSEL_WORDS.contains(&prev_w);
        let label = if quoted || vessel {
            Label::Misc
        } else if initial || cricket_cue || minute_cue {
            Label::Per
        } else if has_amp || (len >= 2 && self.is_org_suffix(text, last)) {
            Label::Org
        } else if len >= 2 && self.is_loc_suffix(text, last) && !self.is_org_prefix(text, first)
            || len >= 2 && lower_eq_any(lw, FACILITIES)
        {
            // `Royal Albert Hall`, `Luzhniki Stadium`: a public place or facility is a place, and
            // no team bears a facility's name; `Crystal Palace` in a sports report may be one.
            if sports && !lower_eq_any(lw, FACILITIES) {
                strength = Strength::Default;
            }
            Label::Loc
        } else if len >= 2 && self.is_misc_suffix(text, last) && self.is_org_prefix(text, first) {
            // `National Magic Month`, `International Conference`: the last word names the thing.
            Label::Misc
        } else if len >= 2 && self.is_org_prefix(text, first) {
            Label::Org
        } else if len >= 2 && self.is_loc_prefix(text, first) {
            if sports {
                // `Port Vale`, `St Pauli`: in a sports report it may be a team.
                strength = Strength::Default;
            }
            Label::Loc
        } else if person_cue
            || (prev_close && prev_lower && self.cues.person_cue_before.contains(prev_w))
        {
            Label::Per
        } else if next_close
            && next.is_some_and(|x| x.shape == Shape::Lower)
            && is_org_noun_after(next_w)
        {
            Label::Org
        } else if prev_close && prev_lower && lower_is(prev_w, is_org_cue_before) {
            Label::Org
        } else if len >= 2 && self.is_misc_suffix(text, last) {
            Label::Misc
        } else if len >= 2
            && self.is_first_name(text, first)
            && self
                .gaz_at(text, toks, t0)
                .and_then(|h| self.gaz.entries.get(h.entry as usize))
                .is_none_or(|e| matches!(e.kind, Kind::City | Kind::Demonym))
        {
            Label::Per
        } else if len >= 2 && self.age_or_byline_after(text, toks, t1) {
            // `Samer Ammar Soliman , 42 , told`; a byline before a dateline.
            Label::Per
        } else if next_close
            && next.is_some_and(|x| x.shape == Shape::Lower)
            && self.cues.speech_verb.contains(next_w)
            && (len >= 2
                || !first.sent_start()
                || self.is_last_name(text, first)
                || self.is_first_name(text, first))
            && !(len == 1 && self.has_lower_twin(text, toks, doc, t0, t1))
        {
            Label::Per
        } else {
            let (l, st) = self.late_label(text, toks, doc, t0, t1, person_cue);
            strength = st;
            l
        };
        // `Norwest Corp.`: an abbreviated suffix keeps its period.
        let mut end = last.e();
        if label == Label::Org
            && matches!(
                lw,
                "Corp" | "Inc" | "Co" | "Ltd" | "Bros" | "Cos" | "Pty" | "Bhd" | "Cie"
            )
            && text.as_bytes().get(end) == Some(&b'.')
        {
            end += 1;
        }
        segs.push(Seg {
            s: first.s,
            e: end,
            t0,
            t1,
            label,
            entry: None,
            via: Via::Rule,
            strength,
            link: None,
        });
    }

    /// The later guesses of [`Self::flush`], when no suffix, prefix or cue word decided: place
    /// cues, sports-report shapes (teams, athletes with their country, results rows), single
    /// letters and field names, capitals, city words; then [`Self::fallback_label`].
    fn late_label(
        &self,
        text: &str,
        toks: &Toks,
        doc: &DocInfo,
        t0: usize,
        t1: usize,
        person_cue: bool,
    ) -> (Label, Strength) {
        let (Some(first), Some(last)) = (toks.get(t0), toks.get(t1.saturating_sub(1))) else {
            return (Label::Misc, Strength::Weak);
        };
        let sports = doc.sports;
        let len = t1 - t0;
        let fw = Self::word(text, first);
        let prev = t0.checked_sub(1).and_then(|p| toks.get(p));
        let prev_w = prev.map(|p| Self::word(text, p)).unwrap_or("");
        let prev_gap = prev.map(|p| Self::gap(text, p, first)).unwrap_or("");
        let next = toks.get(t1);
        let next_gap = next.map(|x| Self::gap(text, last, x)).unwrap_or("");
        let has_city = (t0..t1).any(|k| {
            self.gaz_at(text, toks, k)
                .and_then(|h| self.gaz.entries.get(h.entry as usize))
                .is_some_and(|e| e.kind == Kind::City)
        });
        let all_caps = (t0..t1).all(|k| toks.get(k).is_some_and(|t| t.shape == Shape::AllCaps));
        let mut strength = Strength::Strong;
        let label = if self.place_cued(text, toks, t0, t1) {
            Label::Loc
        } else if sports
            && len == 1
            && prev_w == "the"
            && trim_ws(prev_gap).is_empty()
            && fw.len() > 3
            && fw.ends_with('s')
            && !self.has_lower_twin(text, toks, doc, t0, t1)
        {
            // `the Mariners`, `the Brewers`: a team.
            Label::Org
        } else if sports && len >= 2 && self.country_in_parens(text, toks, t1) {
            // `Aliuska Lopez ( Cuba ) 12.92`: athletes are listed with their country.
            Label::Per
        } else if sports
            && next.is_some_and(|x| {
                x.shape == Shape::Digits
                    && trim_ws(next_gap).is_empty()
                    && !Self::word(text, x).contains(['-', '.'])
            })
            && (len == 1 || !(self.is_first_name(text, first) || self.is_last_name(text, last)))
        {
            // A results table row: `Stranraer 2 Brechin 1`.
            strength = Strength::Default;
            Label::Org
        } else if len == 1 && fw.len() > 6 && fw.ends_with("shire") {
            strength = Strength::Default;
            Label::Loc
        } else if len == 1 && (fw.chars().count() == 1 || is_roman(fw)) {
            strength = Strength::Weak;
            Label::Misc
        } else if all_caps && trim_ws(next_gap) == ":" && !person_cue {
            // `CUSIP : 072261`, `LAST SALE : None`: a field name in a data listing.
            strength = Strength::Weak;
            Label::Misc
        } else if len == 1 && first.shape == Shape::AllCaps && fw.len() <= 5 {
            if sports && fw.len() <= 3 {
                // `RBI`, `ERA`: statistics in a sports report.
                Label::Misc
            } else {
                Label::Org
            }
        } else if has_city && len >= 2 && self.surname_after_given(text, toks, t0, t1) {
            Label::Per
        } else if has_city {
            Label::Org
        } else {
            let (l, st) = self.fallback_label(text, toks, doc, t0, t1, person_cue);
            strength = st;
            l
        };
        (label, strength)
    }

    /// The last guess of [`Self::flush`] when no cue decided: a name of several words is a person
    /// unless its words also occur in lowercase nearby, a lone word a person only when it is a
    /// known surname; sentence-initial lone words stay weak.
    fn fallback_label(
        &self,
        text: &str,
        toks: &Toks,
        doc: &DocInfo,
        t0: usize,
        t1: usize,
        person_cue: bool,
    ) -> (Label, Strength) {
        let len = t1 - t0;
        let Some(first) = toks.get(t0) else {
            return (Label::Misc, Strength::Weak);
        };
        let all_caps = (t0..t1).all(|k| toks.get(k).is_some_and(|t| t.shape == Shape::AllCaps));
        let prev = t0.checked_sub(1).and_then(|p| toks.get(p));
        let prev_w = prev.map(|p| Self::word(text, p)).unwrap_or("");
        let prev_gap = prev.map(|p| Self::gap(text, p, first)).unwrap_or("");
        let prev_close =
            prev.is_some_and(|_| trim_ws(prev_gap).is_empty() || trim_ws(prev_gap) == ",");
        let prev_lower = prev.is_some_and(|p| p.shape == Shape::Lower);
        let mut strength = Strength::Default;
        let label = {
            if len >= 2 && all_caps {
                strength = Strength::Weak;
                Label::Misc
            } else if len >= 2 && prev_close && prev_w.eq_ignore_ascii_case("the") && !person_cue {
                // `the Minnesota Twins`, `the League of Women Voters`: people rarely take `the`.
                Label::Org
            } else if len >= 2 && !self.has_lower_twin(text, toks, doc, t0, t1) {
                Label::Per
            } else if len >= 2 {
                Label::Org
            } else if particle_name(Self::word(text, first)) {
                // `Inzamam-ul-Haq`, `Ata-ur-Rehman`: a given name built with a particle.
                strength = Strength::Strong;
                Label::Per
            } else if first.sent_start() {
                strength = Strength::Weak;
                Label::Misc
            } else if (self.last_name_rank(text, first).is_some_and(|r| r < 30000)
                // `Julie`, `Liam`: a given name alone, when no common word.
                || (self.is_first_name(text, first) && !self.is_common(text, first)))
                // `the Channel`: people rarely take `the`.
                && !(prev_close && prev_lower && prev_w == "the" && !person_cue)
                && !self.has_lower_twin(text, toks, doc, t0, t1)
            {
                Label::Per
            } else {
                strength = Strength::Weak;
                Label::Org
            }
        };
        (label, strength)
    }

    /// Merges a capitalised suffix word (`OPEN`, `LEAGUE`, `CUP`) with the gazetteer name or
    /// region word before it into one MISC name; returns the capital words left unexplained.
    fn caps_events(
        &self,
        text: &str,
        toks: &[Tok],
        segs: &mut Vec<Seg>,
        caps_pending: &[usize],
    ) -> Vec<usize> {
        let mut left = Vec::with_capacity(caps_pending.len());
        let mut used_prev = usize::MAX;
        let base = segs.len();
        for (n, &ti) in caps_pending.iter().enumerate() {
            let Some(t) = toks.get(ti) else { continue };
            let w = Self::word(text, t);
            let is_suffix = title_case_in(&self.cues.misc_suffix, w);
            if !is_suffix || ti == 0 {
                left.push(ti);
                continue;
            }
            let prev_pending =
                n > 0 && caps_pending.get(n - 1) == Some(&(ti - 1)) && used_prev != ti - 1;
            let prev_word = toks.get(ti - 1).map(|p| Self::word(text, p)).unwrap_or("");
            let gap_ok = toks
                .get(ti - 1)
                .is_some_and(|p| trim_ws(Self::gap(text, p, t)).is_empty());
            if !gap_ok {
                left.push(ti);
                continue;
            }
            if prev_pending && lower_eq_any(prev_word, CAPS_EVENT_WORDS) {
                if left.last() == Some(&(ti - 1)) {
                    left.pop();
                }
                if let Some(p) = toks.get(ti - 1) {
                    segs.push(Seg {
                        s: p.s,
                        e: t.e(),
                        t0: ti - 1,
                        t1: ti + 1,
                        label: Label::Misc,
                        entry: None,
                        via: Via::Rule,
                        strength: Strength::Strong,
                        link: None,
                    });
                }
                used_prev = ti;
                continue;
            }
            // A gazetteer name right before: `HONG KONG OPEN`, `U.S. OPEN`, `AMERICAN LEAGUE`.
            // Segments do not overlap and the first `base` are sorted, so the one ending right
            // before is the last starting before this word (or one pushed by this loop).
            let at = segs
                .get(..base)
                .map_or(0, |s| s.partition_point(|sg| sg.s < t.s));
            let before = match segs.last() {
                Some(l) if segs.len() > base && l.t1 == ti => Some(segs.len() - 1),
                _ => at.checked_sub(1),
            };
            // `FRENCH LEAGUE RESULTS`: a demonym before a competition's report is a modifier.
            // (An `OPEN` or a `CUP` is the tournament's own name: `MALAYSIAN OPEN RESULTS`.)
            let report = lower_eq_any(w, &["league", "championship", "championships"])
                && toks
                    .get(ti + 1)
                    .is_some_and(|x| lower_eq_any(Self::word(text, x), REPORT_WORDS));
            if let Some(sg) = before
                .and_then(|k| segs.get_mut(k))
                .filter(|sg| sg.t1 == ti && sg.e <= t.s)
                .filter(|sg| !(report && sg.via == Via::Demonym))
            {
                if matches!(sg.label, Label::Loc | Label::Misc) {
                    sg.e = t.e();
                    sg.t1 = ti + 1;
                    sg.label = Label::Misc;
                    sg.entry = None;
                    sg.via = Via::Rule;
                    sg.link = None;
                    continue;
                }
            }
            left.push(ti);
        }
        segs.sort_by_key(|s| s.s);
        left
    }

    /// In the CoNLL scheme a name fused with a participle (`Warsaw-based`, `Kremlin-backed`,
    /// `U.S.-led`) is one MISC word: the end of the whole word when `sg` ends at such a suffix.
    fn hyphen_compound_end(text: &str, toks: &[Tok], sg: &Seg) -> Option<usize> {
        // The text first: it is at hand, the token may not be in cache.
        let hyphen = text
            .as_bytes()
            .get(sg.e..)
            .is_some_and(|r| r.starts_with(b"-") || r.starts_with("‐".as_bytes()));
        if !hyphen {
            return None;
        }
        let last = toks.get(sg.t1.checked_sub(1)?)?;
        let stripped = sg.e == last.e() && last.full_e() > last.e();
        if stripped {
            return Some(last.full_e());
        }
        // `U.S.-led`: the scanner cut the word at the initialism's period; the suffix is read
        // from the text.
        let rest = text.get(sg.e + 1..)?;
        let n = rest.bytes().take_while(u8::is_ascii_lowercase).count();
        let suffix = rest.get(..n)?;
        (text.get(..sg.e).is_some_and(|n| n.ends_with('.')) && HYPHEN_SUFFIXES.contains(&suffix))
            .then_some(sg.e + 1 + n)
    }

    /// `Israeli-Syrian`, `Russian-Chechen`, `Israeli-PLO`: a demonym joined by a hyphen to a
    /// capitalised word is one MISC word; the end of the whole word.
    fn demonym_pair_end(text: &str, sg: &Seg) -> Option<usize> {
        if sg.via != Via::Demonym {
            return None;
        }
        let rest = text.as_bytes().get(sg.e..)?;
        if rest.first() != Some(&b'-') || !rest.get(1).is_some_and(u8::is_ascii_uppercase) {
            return None;
        }
        let n = rest
            .iter()
            .skip(1)
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        Some(sg.e + 1 + n)
    }

    /// `Washington D.C.`: a name ending in a dotted initialism keeps the period the word
    /// scanner read as a full stop.
    fn keep_initialism_period(text: &str, s: usize, e: usize) -> usize {
        // Most names end in a lowercase letter, or have no period after them: no string work.
        let b = text.as_bytes();
        if b.get(e) != Some(&b'.') || !b.get(e.wrapping_sub(1)).is_some_and(u8::is_ascii_uppercase)
        {
            return e;
        }
        let last = text
            .get(s..e)
            .and_then(|n| n.rsplit(' ').next())
            .unwrap_or("");
        if dotted_initialism(last) && text.as_bytes().get(e) == Some(&b'.') {
            e + 1
        } else {
            e
        }
    }

    fn build_output(&self, text: &str, toks: &[Tok], segs: &[Seg]) -> Entities {
        let mut out = Entities {
            mentions: Vec::with_capacity(segs.len()),
            entities: Vec::new(),
        };
        let mut index: FastMap<(&str, Label), usize> =
            FastMap::with_capacity_and_hasher(segs.len(), Default::default());
        let mut last_end = 0usize;
        // The walls in text order, read alongside the sorted segments (linear).
        let mut walls = toks.iter().filter(|t| t.wall()).map(|t| t.s).peekable();
        for sg in segs {
            if sg.s < last_end || sg.e <= sg.s || text.get(sg.s..sg.e).is_none() {
                continue;
            }
            while walls.next_if(|&w| w <= sg.s).is_some() {}
            // A last guard: whatever pass built it, no mention runs across a wall.
            if walls.peek().is_some_and(|&w| w < sg.e) {
                continue;
            }
            let (canonical, label, kb): (&str, Label, Option<&str>) =
                match sg.entry.and_then(|id| self.gaz.entries.get(id as usize)) {
                    Some(e) if sg.label == e.label || e.kind == Kind::Demonym => {
                        (&e.canonical, e.label, e.kb_id.as_deref())
                    }
                    _ => {
                        let (a, b) = sg.link.unwrap_or((sg.s, sg.e));
                        let name = text
                            .get(a..b)
                            .or_else(|| text.get(sg.s..sg.e))
                            .unwrap_or("");
                        (name, sg.label, None)
                    }
                };
            let id = match index.get(&(canonical, label)) {
                Some(&id) => id,
                None => {
                    let id = out.entities.len();
                    out.entities.push(Entity {
                        canonical: canonical.to_string(),
                        label,
                        kb_id: kb.map(str::to_string),
                    });
                    index.insert((canonical, label), id);
                    id
                }
            };
            // The entity stays the place (or organisation) named, like a demonym's.
            let (end, mention_label) = match Self::hyphen_compound_end(text, toks, sg)
                .or_else(|| Self::demonym_pair_end(text, sg))
            {
                Some(e) => (e, Label::Misc),
                None => (Self::keep_initialism_period(text, sg.s, sg.e), sg.label),
            };
            out.mentions.push(Mention {
                span: Span::new(sg.s, end),
                label: mention_label,
                entity: id,
                via: sg.via,
            });
            last_end = end;
        }
        out
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
