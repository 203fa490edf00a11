//! The lexicon (word classes) and the tokenizer.

use std::collections::HashMap;

use crate::Error;

/// A calendar or clock unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Weekend,
}

/// Direction words: `last`, `next`, `this`, ...
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    Last,
    Past,
    Prev,
    Next,
    Following,
    This,
    Same,
    That,
    Latest,
    Recent,
}

/// Prepositions that matter for extents and direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Prep {
    Since,
    In,
    On,
    By,
    Until,
    From,
    For,
    During,
    Before,
    After,
    Over,
    Within,
    Through,
    At,
    As,
}

/// Modifier words before a period: `early`, `late`, `mid`, `end`, `beginning`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ModW {
    Early,
    Late,
    Mid,
    End,
    Start,
}

/// Quantifier words before durations: `about`, `nearly`, `more`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Approx {
    About,
    Less,
    More,
}

/// Reference words: `now`, `recently`, `soon`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RefW {
    Past,
    Present,
    Future,
}

/// Word class of a lexicon entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    Month(i8),
    Weekday(i8),
    Weekdays(i8),
    Unit(Unit),
    Units(Unit),
    /// `weeklong`, `yearlong`: one unit's length.
    Long(Unit),
    Num(u32),
    Ord(u32),
    Season(u8),
    Part(u8),
    Parts(u8),
    Rel(Rel),
    Day(i8),
    Tonight,
    Ref(RefW),
    Mod(ModW),
    Earlier,
    Later,
    Approx(Approx),
    Than,
    Ago,
    The,
    A,
    Fiscal,
    Of,
    And,
    Or,
    To,
    Every,
    Set(&'static str),
    Quant,
    Noon(u8),
    Half,
    Prep(Prep),
    Fut,
    Past,
    Pres,
    Holiday,
    Near,
    Term,
    So,
    DecadeWord(u8),
    These,
    Ahead,
    All,
}

type WordMapHasher = rustc_hash::FxBuildHasher;

/// The lexicon: lowercase word to its classes.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexicon {
    map: HashMap<Box<str>, u16, WordMapHasher>,
    entries: Vec<Vec<Lex>>,
    /// Whether any word has a hyphen (then the tokenizer tries `word-word` whole).
    has_hyphenated: bool,
}

fn season_code(s: &str) -> Option<u8> {
    match s {
        "SP" => Some(0),
        "SU" => Some(1),
        "FA" => Some(2),
        "WI" => Some(3),
        _ => None,
    }
}

fn part_code(s: &str) -> Option<u8> {
    match s {
        "MO" => Some(0),
        "AF" => Some(1),
        "EV" => Some(2),
        "NI" => Some(3),
        _ => None,
    }
}

fn unit_code(s: &str) -> Option<Unit> {
    Some(match s {
        "S" => Unit::Second,
        "MIN" => Unit::Minute,
        "H" => Unit::Hour,
        "D" => Unit::Day,
        "W" => Unit::Week,
        "FN" => Unit::Fortnight,
        "M" => Unit::Month,
        "Q" => Unit::Quarter,
        "Y" => Unit::Year,
        "DE" => Unit::Decade,
        "CE" => Unit::Century,
        "WE" => Unit::Weekend,
        _ => return None,
    })
}

fn set_code(s: &str) -> Option<&'static str> {
    Some(match s {
        "P1D" => "P1D",
        "P1W" => "P1W",
        "P1M" => "P1M",
        "P1Y" => "P1Y",
        "P3M" => "P3M",
        "PT1H" => "PT1H",
        _ => return None,
    })
}

fn parse_entry(class: &str, arg: &str) -> Option<Lex> {
    let int = || arg.parse::<i64>().ok();
    Some(match class {
        "month" => Lex::Month(i8::try_from(int()?).ok()?),
        "wday" => Lex::Weekday(i8::try_from(int()?).ok()?),
        "wdays" => Lex::Weekdays(i8::try_from(int()?).ok()?),
        "unit" => Lex::Unit(unit_code(arg)?),
        "units" => Lex::Units(unit_code(arg)?),
        "long" => Lex::Long(unit_code(arg)?),
        "num" => Lex::Num(u32::try_from(int()?).ok()?),
        "ord" => Lex::Ord(u32::try_from(int()?).ok()?),
        "season" => Lex::Season(season_code(arg)?),
        "part" => Lex::Part(part_code(arg)?),
        "parts" => Lex::Parts(part_code(arg)?),
        "rel" => Lex::Rel(match arg {
            "LAST" => Rel::Last,
            "PAST" => Rel::Past,
            "PREV" => Rel::Prev,
            "NEXT" => Rel::Next,
            "FOLLOWING" => Rel::Following,
            "THIS" => Rel::This,
            "SAME" => Rel::Same,
            "THAT" => Rel::That,
            "LATEST" => Rel::Latest,
            "RECENT" => Rel::Recent,
            _ => return None,
        }),
        "day" => Lex::Day(i8::try_from(int()?).ok()?),
        "tonight" => Lex::Tonight,
        "ref" => Lex::Ref(match arg {
            "PAST" => RefW::Past,
            "PRESENT" => RefW::Present,
            "FUTURE" => RefW::Future,
            _ => return None,
        }),
        "mod" => Lex::Mod(match arg {
            "EARLY" => ModW::Early,
            "LATE" => ModW::Late,
            "MID" => ModW::Mid,
            "END" => ModW::End,
            "START" => ModW::Start,
            _ => return None,
        }),
        "approx" => Lex::Approx(match arg {
            "APPROX" => Approx::About,
            "LESS" => Approx::Less,
            "MORE" => Approx::More,
            _ => return None,
        }),
        "earlier" => Lex::Earlier,
        "later" => Lex::Later,
        "than" => Lex::Than,
        "ago" => Lex::Ago,
        "the" => Lex::The,
        "a" => Lex::A,
        "fiscal" => Lex::Fiscal,
        "of" => Lex::Of,
        "and" => Lex::And,
        "or" => Lex::Or,
        "to" => Lex::To,
        "every" => Lex::Every,
        "set" => Lex::Set(set_code(arg)?),
        "quant" => Lex::Quant,
        "noon" => Lex::Noon(u8::try_from(int()?).ok()?),
        "half" => Lex::Half,
        "prep" => Lex::Prep(match arg {
            "SINCE" => Prep::Since,
            "IN" => Prep::In,
            "ON" => Prep::On,
            "BY" => Prep::By,
            "UNTIL" => Prep::Until,
            "FROM" => Prep::From,
            "FOR" => Prep::For,
            "DURING" => Prep::During,
            "BEFORE" => Prep::Before,
            "AFTER" => Prep::After,
            "OVER" => Prep::Over,
            "WITHIN" => Prep::Within,
            "THROUGH" => Prep::Through,
            "AT" => Prep::At,
            "AS" => Prep::As,
            _ => return None,
        }),
        "fut" => Lex::Fut,
        "hol" => Lex::Holiday,
        "so" => Lex::So,
        "decw" => Lex::DecadeWord(u8::try_from(int()?).ok()?),
        "these" => Lex::These,
        "ahead" => Lex::Ahead,
        "all" => Lex::All,
        "near" => Lex::Near,
        "termw" => Lex::Term,
        "past" => Lex::Past,
        "pres" => Lex::Pres,
        _ => return None,
    })
}

impl Lexicon {
    /// Parses a lexicon TSV (`word<TAB>class<TAB>argument`, `#` comments).
    pub(crate) fn add_tsv(&mut self, name: &str, tsv: &str) -> Result<(), Error> {
        for (n, line) in tsv.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(word), Some(class), arg) = (cols.next(), cols.next(), cols.next()) else {
                return Err(Error::bad_line(
                    name,
                    n + 1,
                    "expected word<TAB>class<TAB>argument",
                ));
            };
            let lex = parse_entry(class, arg.unwrap_or("0")).ok_or_else(|| {
                Error::bad_line(
                    name,
                    n + 1,
                    format!("unknown class or argument in {line:?}"),
                )
            })?;
            let word = word.to_lowercase();
            self.has_hyphenated |= word.contains('-');
            if word.is_empty() || word.len() > MAX_WORD {
                return Err(Error::bad_line(
                    name,
                    n + 1,
                    format!("word empty or longer than {MAX_WORD} bytes"),
                ));
            }
            let id = match self.map.get(word.as_str()) {
                Some(&id) => id,
                None => {
                    let id = u16::try_from(self.entries.len())
                        .map_err(|_| Error::bad_line(name, n + 1, "too many words"))?;
                    self.entries.push(Vec::new());
                    self.map.insert(word.into_boxed_str(), id);
                    id
                }
            };
            if let Some(e) = self.entries.get_mut(usize::from(id)) {
                if !e.contains(&lex) {
                    e.push(lex);
                }
            }
        }
        Ok(())
    }

    fn lookup(&self, lower: &str) -> Option<u16> {
        self.map.get(lower).copied()
    }

    pub(crate) fn entry(&self, id: u16) -> &[Lex] {
        self.entries
            .get(usize::from(id))
            .map_or(&[], |v| v.as_slice())
    }
}

const MAX_WORD: usize = 24;

/// Token kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum K {
    /// A word; `id` indexes the lexicon (`u16::MAX`: not in it).
    Word {
        id: u16,
        cap: bool,
        upper: bool,
        ed: bool,
    },
    /// A digit run with an optional attached suffix (`1990s`, `16th`, `3pm`).
    Num {
        v: u32,
        len: u8,
        suf: Suf,
        grouped: bool,
    },
    /// One ASCII punctuation byte.
    P(u8),
    /// Anything else (non-ASCII letters and symbols).
    Other,
}

/// Letters attached to a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Suf {
    None,
    S,
    Ord,
    Am,
    Pm,
    Other,
}

/// A token with byte offsets.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub s: usize,
    pub e: usize,
    pub k: K,
    /// Whitespace before the token contains a line break or a blank.
    pub space_before: bool,
}

pub(crate) const NO_ID: u16 = u16::MAX;

/// The end and lexicon id of `word-word` starting at `start` (first part ending at `i`) when the
/// lexicon lists the whole; `buf` holds the first part in lower case.
#[cold]
#[inline(never)]
fn hyphenated(
    lex: &Lexicon,
    b: &[u8],
    start: usize,
    i: usize,
    buf: &mut [u8; MAX_WORD],
) -> Option<(usize, u16)> {
    if b.get(i) != Some(&b'-') || !b.get(i + 1).is_some_and(|x| x.is_ascii_alphabetic()) {
        return None;
    }
    let mut e = i + 1;
    while b.get(e).is_some_and(|x| x.is_ascii_alphabetic()) {
        e += 1;
    }
    let whole = b.get(start..e)?;
    if whole.len() > MAX_WORD || !lex.has_hyphenated {
        return None;
    }
    for (slot, x) in buf.iter_mut().zip(whole) {
        *slot = x.to_ascii_lowercase();
    }
    let w = std::str::from_utf8(buf.get(..whole.len())?).ok()?;
    lex.lookup(w).map(|id| (e, id))
}

/// A number token starting at `start`: digits, thousands groups or decimals (`2,018`, `3.5`)
/// and attached letters (`1990s`, `16th`, `3pm`); its kind and end.
#[inline]
fn number_token(b: &[u8], start: usize) -> (K, usize) {
    let n = b.len();
    let mut i = start;
    let mut v: u32 = 0;
    while i < n && b.get(i).is_some_and(|x| x.is_ascii_digit()) {
        let d = u32::from(b.get(i).copied().unwrap_or(b'0') - b'0');
        v = v.saturating_mul(10).saturating_add(d);
        i += 1;
    }
    let len = u8::try_from(i - start).unwrap_or(u8::MAX);
    // Thousands groups (`2,018`, `1,000,000`) and decimals (`3.5`) make one amount.
    let mut grouped = false;
    loop {
        let sep = b.get(i).copied();
        let d1 = b.get(i + 1).is_some_and(|x| x.is_ascii_digit());
        if sep == Some(b',')
            && d1
            && b.get(i + 2).is_some_and(|x| x.is_ascii_digit())
            && b.get(i + 3).is_some_and(|x| x.is_ascii_digit())
            && !b.get(i + 4).is_some_and(|x| x.is_ascii_digit())
        {
            grouped = true;
            i += 4;
        } else if sep == Some(b'.') && d1 {
            grouped = true;
            i += 1;
            while i < n && b.get(i).is_some_and(|x| x.is_ascii_digit()) {
                i += 1;
            }
        } else {
            break;
        }
    }
    let mut suf = Suf::None;
    if !grouped && b.get(i).is_some_and(|x| x.is_ascii_alphabetic()) {
        let ss = i;
        while i < n && b.get(i).is_some_and(|x| x.is_ascii_alphabetic()) {
            i += 1;
        }
        let w = b.get(ss..i).unwrap_or(&[]);
        suf = if w.eq_ignore_ascii_case(b"s") {
            Suf::S
        } else if w.eq_ignore_ascii_case(b"st")
            || w.eq_ignore_ascii_case(b"nd")
            || w.eq_ignore_ascii_case(b"rd")
            || w.eq_ignore_ascii_case(b"th")
        {
            Suf::Ord
        } else if w.eq_ignore_ascii_case(b"am") {
            Suf::Am
        } else if w.eq_ignore_ascii_case(b"pm") {
            Suf::Pm
        } else {
            Suf::Other
        };
    }
    (
        K::Num {
            v,
            len,
            suf,
            grouped,
        },
        i,
    )
}

/// Splits `text` into tokens.
pub(crate) fn tokenize(lex: &Lexicon, text: &str, out: &mut Vec<Tok>) {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    let mut space = true;
    let mut buf = [0u8; MAX_WORD];
    while i < n {
        let c = b.get(i).copied().unwrap_or(b' ');
        if c.is_ascii_whitespace() {
            space = true;
            i += 1;
            continue;
        }
        let start = i;
        if c.is_ascii_alphabetic() {
            while i < n && b.get(i).is_some_and(|x| x.is_ascii_alphabetic()) {
                i += 1;
            }
            // A period that ends an abbreviation of a month (`Aug.`) belongs to the word in the
            // lexicon lookup but not to the token span: spans stay on the letters, the period
            // is a separate punctuation token.
            let len = i - start;
            let mut id = NO_ID;
            let mut ed = false;
            if len <= MAX_WORD && i < n + 1 {
                for (k, slot) in buf.iter_mut().enumerate().take(len) {
                    *slot = b
                        .get(start + k)
                        .copied()
                        .unwrap_or(b' ')
                        .to_ascii_lowercase();
                }
                if let Some(w) = buf.get(..len).and_then(|w| std::str::from_utf8(w).ok()) {
                    id = lex.lookup(w).unwrap_or(NO_ID);
                    ed = len > 3 && w.ends_with("ed");
                }
                // A hyphenated word the lexicon lists whole (`week-end`, `twenty-first`).
                let hyphen = lex.has_hyphenated && b.get(i) == Some(&b'-');
                if let Some((e, hid)) = hyphen
                    .then(|| hyphenated(lex, b, start, i, &mut buf))
                    .flatten()
                {
                    i = e;
                    id = hid;
                    ed = false;
                }
            }
            let cap = c.is_ascii_uppercase();
            let upper = len > 1
                && b.get(start..i)
                    .is_some_and(|w| w.iter().all(|x| x.is_ascii_uppercase()));
            out.push(Tok {
                s: start,
                e: i,
                k: K::Word { id, cap, upper, ed },
                space_before: space,
            });
        } else if c.is_ascii_digit() {
            let (k, e) = number_token(b, start);
            i = e;
            out.push(Tok {
                s: start,
                e: i,
                k,
                space_before: space,
            });
        } else if c.is_ascii() {
            i += 1;
            out.push(Tok {
                s: start,
                e: i,
                k: K::P(c),
                space_before: space,
            });
        } else {
            // Skip one UTF-8 character; curly quotes and dashes become `Other` tokens.
            i += 1;
            while i < n && b.get(i).is_some_and(|x| (x & 0xC0) == 0x80) {
                i += 1;
            }
            let k = match b.get(start..i) {
                Some([0xE2, 0x80, 0x99]) => K::P(b'\''),
                Some([0xE2, 0x80, 0x9C]) | Some([0xE2, 0x80, 0x9D]) => K::P(b'"'),
                Some([0xE2, 0x80, 0x98]) => K::P(b'`'),
                // An en dash inside a word or range (`three–day`, `1999–2000`) acts as a hyphen.
                Some([0xE2, 0x80, 0x93])
                    if !space && b.get(i).is_some_and(|x| x.is_ascii_alphanumeric()) =>
                {
                    K::P(b'-')
                }
                Some([0xE2, 0x80, 0x93]) | Some([0xE2, 0x80, 0x94]) => K::P(b'~'),
                _ => K::Other,
            };
            out.push(Tok {
                s: start,
                e: i,
                k,
                space_before: space,
            });
        }
        space = false;
    }
}
