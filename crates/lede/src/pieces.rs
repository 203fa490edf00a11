//! Very long documents are annotated in pieces cut at paragraph ends, so that memory stays
//! bounded by the piece, not the document (a concatenated archive, a 200 MB transcript).
//!
//! Every layer already bounds its windows by sentence or paragraph; what a piece boundary can
//! change is only what a document-wide pass links across it (an alias to a name given in an
//! earlier piece, a pronoun's antecedent). A piece is [`PIECE_BYTES`], far longer than any news
//! story, so a story is only ever cut when it is not a story.
use crate::Document;
use lede_entities::Label;
use lede_text::Span;
use std::collections::HashMap;

/// The longest text annotated in one piece.
pub(crate) const PIECE_BYTES: usize = 4 << 20;

/// The byte offsets where pieces of `text` start: each piece is at most `max` bytes (except one
/// that no char boundary can cut) and ends after a newline when the second half of its window
/// has one, else after a sentence end (`. `, `? `, `! `), else after whitespace, else on a char
/// boundary.
pub(crate) fn piece_starts(text: &str, max: usize) -> Vec<usize> {
    let mut starts = vec![0];
    let mut a = 0;
    let bytes = text.as_bytes();
    while text.len() - a > max {
        let window = bytes.get(a + max / 2..a + max).unwrap_or(&[]);
        let base = a + max / 2;
        let after = |i: usize| base + i + 1;
        let cut = memrchr_nl(window)
            .map(after)
            .or_else(|| {
                window
                    .windows(2)
                    .rposition(|w| matches!(w, [b'.' | b'?' | b'!', b' ']))
                    .map(|i| after(i + 1))
            })
            .or_else(|| window.iter().rposition(u8::is_ascii_whitespace).map(after))
            .unwrap_or_else(|| {
                let mut c = a + max;
                while c > a && !text.is_char_boundary(c) {
                    c -= 1;
                }
                c
            });
        if cut <= a {
            break;
        }
        starts.push(cut);
        a = cut;
    }
    starts
}

fn memrchr_nl(s: &[u8]) -> Option<usize> {
    s.iter().rposition(|&b| b == b'\n')
}

fn shift(s: Span, by: usize) -> Span {
    Span::new(s.start + by, s.end + by)
}

/// Appends the annotations of a piece that starts at byte `at` of the document to `doc`;
/// `ids` maps an entity (canonical name, label, knowledge-base id) to its index in `doc`, so an
/// entity named in several pieces is one entity.
pub(crate) fn append(
    doc: &mut Document,
    piece: Document,
    at: usize,
    ids: &mut HashMap<(String, Label, Option<String>), usize>,
) {
    doc.sentences
        .extend(piece.sentences.into_iter().map(|s| shift(s, at)));
    let remap: Vec<usize> = piece
        .entities
        .entities
        .into_iter()
        .map(|e| {
            let next = doc.entities.entities.len();
            let key = (e.canonical.clone(), e.label, e.kb_id.clone());
            *ids.entry(key).or_insert_with(|| {
                doc.entities.entities.push(e);
                next
            })
        })
        .collect();
    doc.entities
        .mentions
        .extend(piece.entities.mentions.into_iter().map(|mut m| {
            m.span = shift(m.span, at);
            m.entity = remap.get(m.entity).copied().unwrap_or(m.entity);
            m
        }));
    doc.timexes.extend(piece.timexes.into_iter().map(|mut t| {
        t.span = shift(t.span, at);
        t
    }));
    doc.quotes.extend(piece.quotes.into_iter().map(|mut q| {
        q.quote.span = shift(q.quote.span, at);
        q.quote.cue = q.quote.cue.map(|s| shift(s, at));
        q.quote.speaker = q.quote.speaker.map(|s| shift(s, at));
        q.quote.speaker_ref = q.quote.speaker_ref.map(|s| shift(s, at));
        q.speaker_entity = q.speaker_entity.and_then(|e| remap.get(e).copied());
        q
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_end_at_paragraphs_and_cover_the_text() {
        let para = "One sentence here. Another one there.\n";
        let text = para.repeat(100);
        let starts = piece_starts(&text, 200);
        assert!(starts.len() > 10);
        for w in starts.windows(2) {
            assert!(w[1] - w[0] <= 200);
            assert_eq!(text.as_bytes()[w[1] - 1], b'\n');
        }
        // no newline: sentence ends, then spaces, then char boundaries
        let text = "Ab cd. ".repeat(100);
        let starts = piece_starts(&text, 64);
        assert!(starts.iter().skip(1).all(|&s| text[..s].ends_with(". ")));
        let text = "é".repeat(1000);
        let starts = piece_starts(&text, 101);
        assert!(starts.iter().all(|&s| text.is_char_boundary(s)));
        assert!(starts.windows(2).all(|w| w[1] > w[0] && w[1] - w[0] <= 101));
        assert_eq!(piece_starts("short", 100), vec![0]);
    }
}
