//! Loading gazetteer TSV files and the cue tables into lookup structures.

use crate::{Error, ErrorKind, Label};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

/// The shared word hasher of lede-text.
pub(crate) type FastHasher = rustc_hash::FxHasher;

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;

/// Where a gazetteer entry comes from; decides priorities and which rules may override it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Kind {
    /// User data added through the builder.
    User,
    /// A person.
    Person,
    /// An organisation.
    Org,
    /// A country.
    Country,
    /// A continent, region, sea...
    Region,
    /// A state, province or county (sports teams are often named after one).
    State,
    /// A demonym (mention MISC, entity = the place).
    Demonym,
    /// Other MISC names.
    Misc,
    /// A city (GeoNames cities15000).
    City,
}

/// One gazetteer entity.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub canonical: Box<str>,
    pub label: Label,
    pub kb_id: Option<Box<str>>,
    pub kind: Kind,
    /// Row order within its file (cities: population rank).
    pub rank: u32,
    /// A place in the United States (a state, or a city whose source names country `US`).
    pub us: bool,
}

/// Gazetteer surfaces grouped by ASCII-lowercased form (one trie pattern per group).
#[derive(Debug, Clone, Default)]
pub(crate) struct Gazetteer {
    pub entries: Vec<Entry>,
    /// Pattern id -> candidate (surface, entry) pairs, best first.
    pub groups: Vec<Vec<(Box<str>, u32)>>,
    /// ASCII-lowercased surface -> pattern id.
    pub by_lower: FastMap<Box<str>, u32>,
    /// Canonical name -> entry id, one map per label (see [`label_index`]), to merge repeated
    /// rows.
    by_canonical: [FastMap<Box<str>, u32>; 4],
    /// Exact surface -> US places (states, US cities) that an earlier entry already holds the
    /// surface for (`Georgia` the state behind the country; `Paris` in Texas behind France's):
    /// the readings place disambiguation may switch to.
    pub us_alternates: FastMap<Box<str>, Vec<u32>>,
}

impl Gazetteer {
    /// Adds one TSV source; `kind` is used for rows without a more specific kind.
    pub fn add_tsv(&mut self, name: &str, text: &str, kind: Kind) -> Result<(), Error> {
        let bad = |line: usize, reason: String| Error {
            kind: ErrorKind::BadLine,
            source_name: name.to_string(),
            line,
            reason,
        };
        let mut rank = 0u32;
        // Room for a row per line (more for aliases): no rehashing as the tables grow.
        let rows = memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1;
        self.entries.reserve(rows);
        self.groups.reserve(rows);
        self.by_lower.reserve(rows);
        for (i, raw) in lines(text).enumerate() {
            let line_no = i + 1;
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = split_byte(line, b'\t');
            let canonical = cols.next().unwrap_or("").trim();
            let label_s = cols.next().map(str::trim);
            if line_no == 1 && canonical == "canonical_name" {
                continue;
            }
            if canonical.is_empty() {
                return Err(bad(line_no, "empty canonical name".into()));
            }
            let Some(label_s) = label_s else {
                return Err(bad(
                    line_no,
                    "expected at least 2 tab-separated columns: canonical_name, label".into(),
                ));
            };
            let Some(label) = Label::parse(label_s) else {
                return Err(bad(
                    line_no,
                    format!("unknown label `{label_s}` (expected PER, LOC, ORG or MISC)"),
                ));
            };
            let aliases = cols.next().unwrap_or("");
            let kb = cols.next().map(str::trim).filter(|s| !s.is_empty());
            let source = cols.next().unwrap_or("");
            if cols.next().is_some() {
                return Err(bad(
                    line_no,
                    "more than 5 tab-separated columns (expected: canonical_name, label, \
                     aliases, kb_id, source)"
                        .into(),
                ));
            }
            let kind = if kind == Kind::Region
                && (source.ends_with("-states") || source.ends_with("-counties"))
            {
                Kind::State
            } else {
                kind
            };
            let row_kind = match (kind, label) {
                (Kind::User, _) => Kind::User,
                (_, Label::Per) => Kind::Person,
                (Kind::City | Kind::Country | Kind::Region | Kind::State, _) => kind,
                (_, Label::Org) => Kind::Org,
                (_, Label::Misc) if kind == Kind::Demonym => Kind::Demonym,
                (_, Label::Misc) => Kind::Misc,
                (_, Label::Loc) => Kind::Region,
            };
            // Cities are never merged by name (two Springfields are two places; the first, more
            // populous one keeps the surface), which also saves a map entry per row.
            let merge = row_kind != Kind::City;
            // A US state does not merge into the country of the same name (`Georgia`).
            let existing = if merge {
                self.by_canonical
                    .get(label_index(label))
                    .and_then(|m| m.get(canonical))
                    .copied()
                    .filter(|&id| {
                        self.entries
                            .get(id as usize)
                            .is_some_and(|e| (e.kind == Kind::State) == (row_kind == Kind::State))
                    })
            } else {
                None
            };
            let id = match existing {
                Some(id) => id,
                None => {
                    let id = u32::try_from(self.entries.len()).unwrap_or(u32::MAX);
                    self.entries.push(Entry {
                        canonical: canonical.into(),
                        label,
                        kb_id: kb.map(Into::into),
                        kind: row_kind,
                        rank,
                        us: source.ends_with("us-states") || source.ends_with(":US"),
                    });
                    if let Some(m) = self
                        .by_canonical
                        .get_mut(label_index(label))
                        .filter(|_| merge)
                    {
                        m.entry(canonical.into()).or_insert(id);
                    }
                    id
                }
            };
            rank = rank.saturating_add(1);
            self.add_surface(canonical, id);
            for a in split_byte(aliases, b'|') {
                let a = a.trim();
                if !a.is_empty() {
                    self.add_surface(a, id);
                }
            }
        }
        Ok(())
    }

    /// Adds a surface form for entry `id` (first one added wins for an identical surface).
    pub fn add_surface(&mut self, surface: &str, id: u32) {
        // A surface must start with an alphanumeric char (the matcher anchors at word starts).
        if !surface.chars().next().is_some_and(char::is_alphanumeric) {
            return;
        }
        // Lowercased on the stack for the lookup; a new group's key is allocated once.
        let mut buf = [0u8; 64];
        let lower: Cow<'_, str> = match buf.get_mut(..surface.len()) {
            Some(dst) => {
                dst.copy_from_slice(surface.as_bytes());
                dst.make_ascii_lowercase();
                // ASCII lowercasing keeps UTF-8 valid.
                Cow::Borrowed(std::str::from_utf8(dst).unwrap_or(""))
            }
            None => Cow::Owned(surface.to_ascii_lowercase()),
        };
        let g = match self.by_lower.get(&*lower) {
            Some(&g) => g,
            None => {
                let g = u32::try_from(self.groups.len()).unwrap_or(u32::MAX);
                self.groups.push(Vec::new());
                self.by_lower.insert(lower.into(), g);
                g
            }
        };
        let us = self.entries.get(id as usize).is_some_and(|e| e.us);
        if let Some(group) = self.groups.get_mut(g as usize) {
            if !group.iter().any(|(s, _)| &**s == surface) {
                group.push((surface.into(), id));
            } else if us {
                self.us_alternates
                    .entry(surface.into())
                    .or_default()
                    .push(id);
            }
        }
    }

    /// Looks up an entry by canonical name and label.
    pub fn find(&self, canonical: &str, label: Label) -> Option<u32> {
        self.by_canonical
            .get(label_index(label))
            .and_then(|m| m.get(canonical))
            .copied()
    }
}

/// Cue word tables (see `data/cues.tsv`).
#[derive(Debug, Clone, Default)]
pub(crate) struct Cues {
    pub title: FastSet<&'static str>,
    pub role_modifier: FastSet<&'static str>,
    pub person_cue_before: FastSet<&'static str>,
    pub speech_verb: FastSet<&'static str>,
    pub org_suffix: FastSet<&'static str>,
    pub org_prefix: FastSet<&'static str>,
    pub loc_suffix: FastSet<&'static str>,
    pub loc_prefix: FastSet<&'static str>,
    pub connector: FastSet<&'static str>,
    pub stop: FastSet<&'static str>,
    pub common: FastSet<&'static str>,
    pub misc_suffix: FastSet<&'static str>,
    /// Names of product, vehicle and mission lines that take a model number (`Windows 95`,
    /// `Boeing 747`, `Apollo 11`).
    pub product_head: FastSet<&'static str>,
    /// Vehicle makes whose next capitalised word is a model (`Toyota Corolla`, `Ford Escort`);
    /// each is a [`Cues::product_head`] too (`Peugeot 406`).
    pub vehicle_make: FastSet<&'static str>,
    /// Government portfolio words that name an agency before a country (`Environment Canada`).
    pub agency_head: FastSet<&'static str>,
    pub first_names: FastSet<&'static str>,
    /// Surname -> frequency rank (1 = most common).
    pub last_names: FastMap<&'static str, u32>,
}

impl Cues {
    /// Adds `kind<TAB>word` rows.
    pub fn add_tsv(&mut self, name: &str, text: &'static str) -> Result<(), Error> {
        for (i, line) in lines(text).enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = split_byte(line, b'\t');
            let kind = cols.next().unwrap_or("");
            let word: &'static str = cols.next().unwrap_or("").trim();
            if word.is_empty() {
                return Err(Error {
                    kind: ErrorKind::BadLine,
                    source_name: name.into(),
                    line: i + 1,
                    reason: "expected `kind<TAB>word`".into(),
                });
            }
            let set = match kind {
                "title" => &mut self.title,
                "role_modifier" => &mut self.role_modifier,
                "person_cue_before" => &mut self.person_cue_before,
                "speech_verb" => &mut self.speech_verb,
                "org_suffix" => &mut self.org_suffix,
                "org_prefix" => &mut self.org_prefix,
                "loc_suffix" => &mut self.loc_suffix,
                "loc_prefix" => &mut self.loc_prefix,
                "connector" => &mut self.connector,
                "stop" => &mut self.stop,
                "common" => &mut self.common,
                "product_head" => &mut self.product_head,
                "vehicle_make" => {
                    self.product_head.insert(word);
                    &mut self.vehicle_make
                }
                "misc_suffix" => &mut self.misc_suffix,
                "agency_head" => &mut self.agency_head,
                "first_name_intl" | "first_name" => &mut self.first_names,
                other => {
                    return Err(Error {
                        kind: ErrorKind::BadLine,
                        source_name: name.into(),
                        line: i + 1,
                        reason: format!("unknown cue kind `{other}`"),
                    })
                }
            };
            set.insert(word);
        }
        Ok(())
    }

    /// Adds first names (first column of each row after a header).
    pub fn add_first_names(&mut self, text: &'static str) {
        self.first_names
            .reserve(memchr::memchr_iter(b'\n', text.as_bytes()).count());
        for line in lines(text).skip(1) {
            if let Some(n) = split_byte(line, b'\t').next().filter(|n| !n.is_empty()) {
                self.first_names.insert(n);
            }
        }
    }

    /// Adds last names in frequency order (first column of each row after a header).
    pub fn add_last_names(&mut self, text: &'static str) {
        let mut rank = 0u32;
        self.last_names
            .reserve(memchr::memchr_iter(b'\n', text.as_bytes()).count());
        for line in lines(text).skip(1) {
            if let Some(n) = split_byte(line, b'\t').next().filter(|n| !n.is_empty()) {
                rank = rank.saturating_add(1);
                self.last_names.entry(n).or_insert(rank);
            }
        }
    }
}

impl Gazetteer {
    /// Adds demonym rows `place<TAB>form|form|...`: each form points to a demonym entry whose
    /// entity is the place (label LOC, the place's kb id).
    pub fn add_demonyms(&mut self, name: &str, text: &str) -> Result<(), Error> {
        for (i, line) in lines(text).enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = split_byte(line, b'\t');
            let place = cols.next().unwrap_or("").trim();
            let forms = cols.next().unwrap_or("").trim();
            if place.is_empty() || forms.is_empty() || cols.next().is_some() {
                return Err(Error {
                    kind: ErrorKind::BadLine,
                    source_name: name.into(),
                    line: i + 1,
                    reason: "expected `place<TAB>demonym|demonym...`".into(),
                });
            }
            let kb_id = self
                .find(place, Label::Loc)
                .and_then(|id| self.entries.get(id as usize))
                .and_then(|e| e.kb_id.clone());
            let id = u32::try_from(self.entries.len()).unwrap_or(u32::MAX);
            self.entries.push(Entry {
                canonical: place.into(),
                label: Label::Loc,
                kb_id,
                kind: Kind::Demonym,
                rank: 0,
                us: false,
            });
            for f in split_byte(forms, b'|') {
                let f = f.trim();
                if !f.is_empty() {
                    self.add_surface(f, id);
                }
            }
        }
        Ok(())
    }
}

/// The slot of a label in per-label tables.
fn label_index(label: Label) -> usize {
    match label {
        Label::Per => 0,
        Label::Loc => 1,
        Label::Org => 2,
        Label::Misc => 3,
    }
}

/// The lines of `text` as [`str::lines`] gives them (a `\r` before a `\n` dropped), found with
/// memchr.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        match memchr::memchr(b'\n', rest.as_bytes()) {
            Some(i) => {
                let line = rest.get(..i).unwrap_or("");
                rest = rest.get(i + 1..).unwrap_or("");
                Some(line.strip_suffix('\r').unwrap_or(line))
            }
            None => Some(std::mem::take(&mut rest)),
        }
    })
}

/// The pieces of `s` between the ASCII bytes `sep`, as `s.split(sep as char)` gives them.
fn split_byte(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == sep) {
            Some(i) => {
                rest = r.get(i + 1..);
                r.get(..i)
            }
            None => rest.take(),
        }
    })
}
