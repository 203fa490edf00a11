//! The word lists of the rules that are code, not data (each list is short and closed: titles
//! abbreviated, hyphen suffixes, compass words, determiners, sports words, facilities, work and
//! vessel nouns); the longer and open lists are TSV under `data/`.

/// Defines a word list and a function matching its words (a `match`, not a scan of the list).
macro_rules! word_set {
    ($(#[$doc:meta])* $list:ident, $matcher:ident, [$($w:literal,)*]) => {
        $(#[$doc])*
        // The rules use the matcher; the list is for the tests.
        #[cfg_attr(not(test), allow(dead_code))]
        pub(super) const $list: &[&str] = &[$($w),*];

        /// Whether `w` is a word of the list of the same name.
        #[inline]
        pub(super) fn $matcher(w: &str) -> bool {
            matches!(w, $($w)|*)
        }
    };
}

pub(super) const ABBREVS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Prof",
    "Rev", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "No", "vs", "Vs", "Maj", "Adm", "Cmdr", "Mt",
    "Ft", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

pub(super) const HYPHEN_PLACE: &[&str] = &[
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
pub(super) const HYPHEN_SUFFIXES: &[&str] = &[
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
    "held",
    "occupied",
    "ruled",
    "administered",
];

/// Words that make an event name with a capitalised suffix (`EASTERN DIVISION`).
/// Ordinals are not among them: `FIRST DIVISION` is a tier, not a name.
pub(super) const CAPS_EVENT_WORDS: &[&str] = &[
    "eastern", "western", "central", "northern", "southern", "national", "american", "major",
    "european", "world", "grand", "olympic", "open",
];

/// Words that precede a name without being part of it.
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your",
];

/// Words of a headline that reports a competition (`FRENCH LEAGUE RESULTS`).
pub(super) const REPORT_WORDS: &[&str] = &[
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
pub(super) const COMPASS: &[&str] = &[
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
pub(super) const VESSEL_WORDS: &[&str] = &[
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
pub(super) const FACILITIES: &[&str] = &[
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
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "as", "at", "by", "for", "in", "of", "on", "to",
    "up", "via", "vs", "with", "from", "into", "over",
];

/// Headline words that mark a sports story (team names are then organisations).
pub(super) const SPORTS: &[&str] = &[
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
pub(super) const INDIVIDUAL_SPORTS: &[&str] = &[
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
        pub(super) const SPORTS_BODY: &[&str] = &[$($w),*];

        /// Whether `w` is a word of [`SPORTS_BODY`].
        pub(super) fn sports_body_exact(w: &str) -> bool {
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
pub(super) const SPORTS_BODY_LENS: [u32; 26] = sports_body_lens();

// Const evaluation: an index out of range fails the build, it cannot panic at run time.
#[allow(clippy::indexing_slicing)]
pub(super) const fn sports_body_lens() -> [u32; 26] {
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
pub(super) fn sports_body_maybe(first: Option<u8>, len: usize) -> bool {
    let lens = match first {
        Some(f) if f.is_ascii_lowercase() => SPORTS_BODY_LENS
            .get(usize::from(f - b'a'))
            .copied()
            .unwrap_or(0),
        _ => 0,
    };
    len < 32 && lens & (1 << len) != 0
}
