//! One self-contained HTML page per annotated document, for the eye: entities highlighted by
//! label (canonical name and id on hover), date expressions marked with their resolved value,
//! quotes shaded with the speaker named at each one, a side list of speakers with their quote
//! counts, and sentence boundaries shown on demand. No external assets and no JavaScript.
//!
//! Spans of different layers may cross (a quote runs over two sentences), so the text is cut at
//! every span boundary and each piece is wrapped in the spans that cover it, outermost layer
//! first; every element carries `data-i`, the index of its annotation, so the pieces of one
//! annotation can be counted as one.
use lede::{Document, Span};
use std::fmt::Write as _;

/// Escapes text for HTML element content and attribute values.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "
body{font:17px/1.6 Georgia,serif;margin:0;display:flex;gap:2em;padding:2em;color:#222}
main{max-width:46em}aside{min-width:14em;font:14px/1.5 sans-serif}
h1{font:bold 1.3em sans-serif}.meta{font:13px sans-serif;color:#666}
p{white-space:pre-wrap;margin:0}
.q{background:#fff3c4}.q.direct{background:#ffe08a}
.spk{font:bold 11px sans-serif;color:#7a5800;vertical-align:super;margin-left:.2em}
.e{border-bottom:2px solid;padding:0 1px}.PER{border-color:#1f77b4;background:#e3f0fb}
.LOC{border-color:#2ca02c;background:#e6f5e6}.ORG{border-color:#d62728;background:#fbe5e5}
.MISC{border-color:#9467bd;background:#f0e9f7}
.t{outline:1px dashed #ff7f0e;background:#fff0e0}.tv{font:11px sans-serif;color:#b35900;vertical-align:sub}
#sb:checked~main .s{box-shadow:inset 1px 0 0 #888}#sb:checked~main .s.first{border-left:2px solid #444}
#sb{position:absolute;top:.8em;left:.8em}label[for=sb]{position:absolute;top:.7em;left:2.4em;font:13px sans-serif}
.legend span{margin-right:.8em}
";

/// One annotation to draw: its span, its layer (outermost first) and the tag that opens it.
struct Mark {
    span: Span,
    layer: u8,
    /// The annotation's index in its layer (its `data-i`).
    index: usize,
    open: String,
}

/// The marks of a document, with byte spans.
fn marks(text: &str, doc: &Document) -> Vec<Mark> {
    let mut out = Vec::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        let open = format!("<span class=\"s\" data-i=\"{i}\">");
        out.push(Mark {
            span: *s,
            layer: 0,
            index: i,
            open,
        });
    }
    for (i, q) in doc.quotes.iter().enumerate() {
        let speaker = q.speaker_name.as_deref().unwrap_or("unknown speaker");
        let open = format!(
            "<span class=\"q {}\" data-i=\"{i}\" title=\"{} quote: {}\">",
            q.quote.kind.as_str(),
            q.quote.kind.as_str(),
            esc(speaker)
        );
        out.push(Mark {
            span: q.quote.span,
            layer: 1,
            index: i,
            open,
        });
    }
    for (i, m) in doc.entities.mentions.iter().enumerate() {
        let e = doc.entities.entity_of(m);
        let canonical = e.map_or_else(|| m.span.get(text).unwrap_or(""), |e| &e.canonical);
        let kb = e.and_then(|e| e.kb_id.as_deref()).unwrap_or("");
        let open = format!(
            "<span class=\"e {l}\" data-i=\"{i}\" title=\"{l}: {} {}\">",
            esc(canonical),
            esc(kb),
            l = m.label.as_str()
        );
        out.push(Mark {
            span: m.span,
            layer: 2,
            index: i,
            open,
        });
    }
    for (i, t) in doc.timexes.iter().enumerate() {
        let open = format!(
            "<span class=\"t\" data-i=\"{i}\" title=\"{} {}\">",
            t.kind.as_str(),
            esc(&t.value)
        );
        out.push(Mark {
            span: t.span,
            layer: 3,
            index: i,
            open,
        });
    }
    out.retain(|m| m.span.start < m.span.end && m.span.get(text).is_some());
    out
}

/// The annotated text: cut at every boundary, each piece wrapped in the marks covering it.
fn body(text: &str, doc: &Document) -> String {
    let marks = marks(text, doc);
    let mut cuts: Vec<usize> = marks
        .iter()
        .flat_map(|m| [m.span.start, m.span.end])
        .chain([0, text.len()])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    // marks by start, and the ones open at each piece (all marks are short: a sentence or less
    // in practice, so the active set stays small)
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by_key(|&i| marks.get(i).map(|m| (m.span.start, m.layer)));
    let mut next = 0;
    let mut active: Vec<usize> = Vec::new();
    let mut out = String::new();
    for w in cuts.windows(2) {
        let (a, b) = match *w {
            [a, b] => (a, b),
            _ => continue,
        };
        active.retain(|&i| marks.get(i).is_some_and(|m| m.span.end > a));
        while let Some(&i) = order.get(next) {
            if marks.get(i).is_some_and(|m| m.span.start <= a) {
                active.push(i);
                next += 1;
            } else {
                break;
            }
        }
        active.sort_by_key(|&i| marks.get(i).map(|m| (m.layer, m.span.start)));
        let piece = text.get(a..b).unwrap_or("");
        let mut tail = String::new();
        for &i in &active {
            let Some(m) = marks.get(i) else { continue };
            if m.layer == 0 && m.span.start == a {
                out.push_str(&m.open.replacen("class=\"s\"", "class=\"s first\"", 1));
            } else {
                out.push_str(&m.open);
            }
            tail.insert_str(0, "</span>");
            if m.layer == 1 && m.span.start == a {
                let spk = doc
                    .quotes
                    .get(m.index)
                    .and_then(|q| q.speaker_name.as_deref());
                if let Some(s) = spk {
                    let _ = write!(out, "<span class=\"spk\">{}</span>", esc(s));
                }
            }
        }
        out.push_str(&esc(piece));
        if let Some(&i) = active.iter().find(|&&i| {
            marks
                .get(i)
                .is_some_and(|m| m.layer == 3 && m.span.end == b)
        }) {
            if let Some(t) = marks.get(i).and_then(|m| doc.timexes.get(m.index)) {
                let _ = write!(out, "<span class=\"tv\">{}</span>", esc(&t.value));
            }
        }
        out.push_str(&tail);
    }
    out
}

/// The page for one document: `title` names it (a file name or id), `date` is its date.
pub fn render_html(title: &str, date: Option<&str>, text: &str, doc: &Document) -> String {
    let mut speakers: Vec<(String, usize)> = Vec::new();
    for q in &doc.quotes {
        let name = q.speaker_name.clone().unwrap_or_else(|| "(unknown)".into());
        match speakers.iter_mut().find(|(n, _)| *n == name) {
            Some((_, c)) => *c += 1,
            None => speakers.push((name, 1)),
        }
    }
    speakers.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut html = String::new();
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>{t}</title><style>{STYLE}</style></head><body>\
         <input type=\"checkbox\" id=\"sb\"><label for=\"sb\">show sentences</label>\
         <main><h1>{t}</h1><div class=\"meta\">{} · {} sentences · {} entities · {} dates · {} quotes</div>\
         <div class=\"meta legend\"><span class=\"e PER\">person</span><span class=\"e LOC\">place</span>\
         <span class=\"e ORG\">organisation</span><span class=\"e MISC\">other</span>\
         <span class=\"t\">date</span><span class=\"q\">quote</span></div><p>",
        date.unwrap_or("no document date"),
        doc.sentences.len(),
        doc.entities.mentions.len(),
        doc.timexes.len(),
        doc.quotes.len(),
        t = esc(title),
    );
    html.push_str(&body(text, doc));
    html.push_str("</p></main><aside><h2>Speakers</h2><ol class=\"speakers\">");
    for (name, n) in &speakers {
        let _ = write!(html, "<li>{} <b>{n}</b></li>", esc(name));
    }
    html.push_str("</ol></aside></body></html>\n");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_annotation_is_marked_and_text_is_escaped() {
        let p = lede::Pipeline::new();
        let text = "Polish President Andrzej Duda spoke on Wednesday. “We <will> help,” Duda told \
                    reporters in Warsaw & Riga.";
        let doc = p.annotate(text, lede::Date::new(2023, 8, 16).ok());
        let html = render_html("a <b>", Some("2023-08-16"), text, &doc);
        assert!(html.contains("a &lt;b&gt;") && html.contains("&lt;will&gt;"));
        assert!(html.contains(" &amp; ") && !html.contains(" & "));
        let count = |class: &str| {
            let mut ids: Vec<&str> = html
                .split(&format!("class=\"{class}"))
                .skip(1)
                .filter_map(|r| r.split("data-i=\"").nth(1)?.split('"').next())
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids.len()
        };
        assert_eq!(count("e "), doc.entities.mentions.len());
        assert_eq!(count("t\""), doc.timexes.len());
        assert_eq!(count("q "), doc.quotes.len());
        assert!(html.contains("<li>Andrzej Duda <b>1</b></li>"), "{html}");
        assert!(html.contains("2023-08-16</span>"));
    }
}
