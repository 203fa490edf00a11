//! The output: capitals event names (`HONG KONG OPEN`), hyphen compounds and demonym pairs,
//! initialisms keeping their period, and the mentions and entities built from the segments.

use super::*;

impl Tables {
    /// Merges a capitalised suffix word (`OPEN`, `LEAGUE`, `CUP`) with the gazetteer name or
    /// region word before it into one MISC name; returns the capital words left unexplained.
    pub(super) fn caps_events(
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
    pub(super) fn hyphen_compound_end(text: &str, toks: &[Tok], sg: &Seg) -> Option<usize> {
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
    pub(super) fn demonym_pair_end(text: &str, sg: &Seg) -> Option<usize> {
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
    pub(super) fn keep_initialism_period(text: &str, s: usize, e: usize) -> usize {
        // Most names end in a lowercase letter, or have no period after them: no string work.
        let b = text.as_bytes();
        if b.get(e) != Some(&b'.') {
            return e;
        }
        let last = text
            .get(s..e)
            .and_then(|n| n.rsplit(' ').next())
            .unwrap_or("");
        // `Microsoft Corp.`, `Acme Co.`: a company's abbreviated legal form keeps its period.
        if s < e && matches!(last, "Corp" | "Inc" | "Co" | "Ltd" | "Bros") && last.len() < e - s {
            return e + 1;
        }
        if !b.get(e.wrapping_sub(1)).is_some_and(u8::is_ascii_uppercase) {
            return e;
        }
        if dotted_initialism(last) && text.as_bytes().get(e) == Some(&b'.') {
            e + 1
        } else {
            e
        }
    }

    /// A wall token starts inside the span of `sg`, after its first byte: the tokens after its
    /// start are read from its first token when that one starts the span (it nearly always does),
    /// else found by a binary search.
    fn wall_inside(toks: &[Tok], sg: &Seg) -> bool {
        let after = match toks.get(sg.t0) {
            Some(t) if t.s == sg.s => sg.t0 + 1,
            _ => toks.partition_point(|t| t.s <= sg.s),
        };
        toks.get(after..)
            .unwrap_or(&[])
            .iter()
            .take_while(|t| t.s < sg.e)
            .any(Tok::wall)
    }

    pub(super) fn build_output(&self, text: &str, toks: &[Tok], segs: &[Seg]) -> Entities {
        let mut out = Entities {
            mentions: Vec::with_capacity(segs.len()),
            entities: Vec::new(),
        };
        let mut index: FastMap<(&str, Label), usize> =
            FastMap::with_capacity_and_hasher(segs.len(), Default::default());
        let mut last_end = 0usize;
        for sg in segs {
            if sg.s < last_end || sg.e <= sg.s || text.get(sg.s..sg.e).is_none() {
                continue;
            }
            // A last guard: whatever pass built it, no mention runs across a wall.
            if Self::wall_inside(toks, sg) {
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
