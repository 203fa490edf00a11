//! Pieces of one run that make one name: an organisation or event whose last word names it
//! (`Hong Kong Open`, `Kurdistan Democratic Party`), `<head> of <place>` (`University of Texas`,
//! `University of Southern California`), adjacent MISC names (`Iraqi Kurds`).

use super::*;

impl Tables {
    /// A run split into several adjacent pieces whose last word names an event or an
    /// organisation (`Hong Kong Open`, `Kurdistan Democratic Party`) is one name.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn cohere(
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
                    .is_some_and(|t| is_compass(Self::word(text, t)))
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
                let merged = Seg::rule(Label::Org, x.s, y.e, x.t0, y.t1);
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
        let merged = Seg::rule(label, s0, last_tok.e().max(l.e), t0, b.max(l.t1));
        segs.truncate(first_seg);
        segs.push(merged);
    }
}
