//! Where records go: standard output or `-o FILE`, as JSON lines, JSON or TSV rows.
use lede_cli::{Record, Table};
use std::io::{self, Write};

/// The output format.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    /// One JSON record per line.
    Jsonl,
    /// Pretty JSON: one object for one document, else an array of them.
    Json,
    /// TSV rows of one table, with a header.
    Tsv(Table),
    /// A self-contained HTML page per document.
    Html,
}

impl Format {
    /// The record of a document, ready to write.
    pub(crate) fn render(self, rec: &Record) -> String {
        match self {
            Format::Jsonl => serde_json::to_string(rec),
            Format::Json => serde_json::to_string_pretty(rec),
            Format::Tsv(t) => return rec.tsv_rows(t),
            Format::Html => return rec.html(),
        }
        .unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
    }
}

pub(crate) struct Sink {
    w: Box<dyn Write>,
    format: Format,
    /// JSON records go in an array (more than one document).
    array: bool,
    records: usize,
    /// HTML pages of several documents go to files in this folder.
    pages: Option<std::path::PathBuf>,
}

impl Sink {
    pub(crate) fn new(w: Box<dyn Write>, format: Format, array: bool) -> io::Result<Sink> {
        let mut s = Sink {
            w,
            format,
            array: array && format == Format::Json,
            records: 0,
            pages: None,
        };
        match s.format {
            Format::Tsv(t) => s.w.write_all(t.header().as_bytes())?,
            Format::Json if s.array => s.w.write_all(b"[\n")?,
            _ => {}
        }
        Ok(s)
    }

    /// Writes each HTML page to a file of its own in `dir` (created if need be): `00001.html`,
    /// `00002.html`, ... in input order.
    pub(crate) fn pages_in(mut self, dir: std::path::PathBuf) -> io::Result<Sink> {
        std::fs::create_dir_all(&dir)?;
        self.pages = Some(dir);
        Ok(self)
    }

    fn page(&mut self, html: &str) -> io::Result<()> {
        self.records += 1;
        match &self.pages {
            Some(dir) => std::fs::write(dir.join(format!("{:05}.html", self.records)), html),
            None => self.w.write_all(html.as_bytes()),
        }
    }

    fn separate(&mut self) -> io::Result<()> {
        if self.array && self.records > 0 {
            self.w.write_all(b",\n")?;
        }
        self.records += 1;
        Ok(())
    }

    fn end(&mut self) -> io::Result<()> {
        match self.format {
            Format::Tsv(_) | Format::Html => Ok(()),
            Format::Json if self.array => Ok(()),
            _ => self.w.write_all(b"\n"),
        }
    }

    /// Writes a rendered record (see [`Format::render`]).
    pub(crate) fn record(&mut self, rendered: &str) -> io::Result<()> {
        if self.format == Format::Html {
            return self.page(rendered);
        }
        self.separate()?;
        self.w.write_all(rendered.as_bytes())?;
        self.end()
    }

    /// Writes the error record of a bad line (TSV has no place for one: stderr says it).
    pub(crate) fn error_record(&mut self, rendered: &str) -> io::Result<()> {
        match self.format {
            Format::Tsv(_) | Format::Html => Ok(()),
            _ => self.record(rendered),
        }
    }

    /// Writes a record straight from the document, without building it in memory first.
    pub(crate) fn stream(&mut self, rec: &Record) -> io::Result<()> {
        if self.format == Format::Html {
            return self.page(&rec.html());
        }
        self.separate()?;
        match self.format {
            Format::Jsonl => serde_json::to_writer(&mut self.w, rec)?,
            Format::Json => serde_json::to_writer_pretty(&mut self.w, rec)?,
            Format::Tsv(t) => self.w.write_all(rec.tsv_rows(t).as_bytes())?,
            Format::Html => {}
        }
        self.end()
    }

    pub(crate) fn flush(&mut self) -> io::Result<()> {
        self.w.flush()
    }

    /// Closes the JSON array, if any, and flushes.
    pub(crate) fn finish(&mut self) -> io::Result<()> {
        if self.array {
            self.w
                .write_all(if self.records > 0 { b"\n]\n" } else { b"]\n" })?;
        }
        self.w.flush()
    }
}
