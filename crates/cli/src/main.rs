//! The `lede` command.
mod sink;

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use lede::text::{OffsetUnit, BOM};
use lede::{Date, Document, Layers, Pipeline};
use lede_cli::{
    expand_inputs, open_input, parse_date, parse_line, ErrorRecord, Input, LineError, LineOptions,
    Record, Table,
};
use rayon::prelude::*;
use sink::{Format, Sink};
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "lede",
    version,
    about = "Read English news like an editor: sentences, named entities, dates and quotes with speakers.",
    long_about = "Read English news like an editor: sentences, named entities (people, places, \
organisations), date and time expressions resolved against the publication date, and quotes \
with their speakers.\n\n\
Examples:\n  lede annotate story.txt --date 2023-08-16\n  \
lede annotate --jsonl archive.jsonl --date-field dct --offsets bytes > annotated.jsonl\n  \
cat archive.jsonl | lede annotate --jsonl --only dates,entities"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Annotate plain-text articles, or JSON lines with --jsonl.
    #[command(after_help = "Examples:
  lede annotate examples/story.txt --date 2023-08-16
      one pretty JSON document per file
  lede annotate --jsonl in.jsonl > out.jsonl
      each line {\"id\": .., \"text\": .., \"date\": \"2023-08-16\"} gives one output line, in order
  lede annotate --jsonl --date-field dct --offsets bytes --only dates gold.jsonl
  lede annotate --jsonl --gazetteer my_people.tsv --threads 2 -
Bad JSONL lines give {\"id\", \"line\", \"error\"} records (and a message on stderr) unless --strict.")]
    Annotate(AnnotateArgs),
    /// Annotate and write a self-contained HTML page per document (`annotate --format html`).
    #[command(after_help = "Examples:
  lede render story.txt --date 2023-08-16 -o story.html
  lede render --jsonl archive.jsonl -o pages/      a page per line: pages/00001.html, ...")]
    Render(AnnotateArgs),
}

#[derive(Args)]
struct AnnotateArgs {
    /// Input files; `-` is stdin. Plain text: one article per file. With --jsonl: JSON lines
    /// (stdin when no file is given).
    files: Vec<String>,
    /// Read JSON lines (`{"text": .., "id": .., "date": ..}`) and write one JSON line per input line.
    #[arg(long)]
    jsonl: bool,
    /// Default document date (ISO, SQL, YYYY/MM/DD, YYYYMMDD, RFC 2822) for documents without a
    /// readable one; relative dates
    /// ("Wednesday", "last year") resolve against it. Example: --date 2023-08-16
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// JSONL key holding each document's date. Example: --date-field dct
    #[arg(long, value_name = "KEY", default_value = "date")]
    date_field: String,
    /// JSONL key holding each document's text. Example: --text-field body
    #[arg(long, value_name = "KEY", default_value = "text")]
    text_field: String,
    /// JSONL key holding each document's id (written as `id`). Example: --id-field url
    #[arg(long, value_name = "KEY", default_value = "id")]
    id_field: String,
    /// Leave the input line's own keys out of the output (by default every key is written back
    /// unchanged, the text included, beside the annotations; lede's own keys win a clash).
    #[arg(long)]
    drop_fields: bool,
    /// Offset unit of every start/end in the output: chars (Python, pandas, Spark), bytes (UTF-8),
    /// or utf16 (JavaScript, Java). Example: --offsets bytes
    #[arg(long, value_name = "UNIT", default_value = "chars", value_parser = ["bytes", "chars", "utf16"])]
    offsets: String,
    /// Comma-separated layers to run: sentences, entities, dates, quotes (the rest are empty lists).
    /// Example: --only sentences,dates
    #[arg(long, value_name = "LIST")]
    only: Option<String>,
    /// Worker threads (default: all cores). Output order is always the input order.
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Extra gazetteer TSV (canonical_name, label, aliases, kb_id, source); repeatable.
    /// Example: --gazetteer people.tsv
    #[arg(long, value_name = "FILE")]
    gazetteer: Vec<String>,
    /// Patterns of your own (TSV: label, pattern, canonical name or date value, kb_id; a
    /// pattern between slashes is a regular expression, any other a phrase); they add entities
    /// (PER, LOC, ORG, MISC) or dates (DATE, TIME, DURATION, SET) and win over the built-in ones
    /// where they overlap; repeatable. Example: --patterns rules.tsv
    #[arg(long, value_name = "FILE")]
    patterns: Vec<String>,
    /// Which attributions the quotes layer reports: `speech` (the default: only what someone
    /// said, told, wrote, vowed, accused ...) or `all` (speech, stance and belief, as PolNeAR
    /// annotates them: `believes that`, `wants to`, `acknowledged`). Example: --quotes all
    #[arg(long, value_name = "KIND", default_value = "speech", value_parser = ["all", "speech"])]
    quotes: String,
    /// Which way to read a date the text does not place (`Friday`, `June 5`, `4/25`): `auto`
    /// (news reading: the verb's tense, else the nearest, the past slightly preferred), `past`,
    /// or `future` (the next one, as a calendar assistant reads `monday`). Example: --prefer future
    #[arg(long, value_name = "WAY", default_value = "auto", value_parser = ["auto", "past", "future"])]
    prefer: String,
    /// Output format: `jsonl` (one record per line; the default for more than one document),
    /// `json` (pretty; one object for one text file, else an array), `tsv` (one row per item of
    /// `--table`, with a header, for spreadsheets and `pandas.read_csv(sep='\t')`), `html` (a
    /// page per document to read in a browser; `-o DIR` for several documents).
    #[arg(long, value_name = "FORMAT", value_parser = ["jsonl", "json", "tsv", "html"])]
    format: Option<String>,
    /// With `--format tsv`: which annotations to list, one row each: quotes, entities, timexes
    /// or sentences. Example: --format tsv --table quotes
    #[arg(long, value_name = "TABLE", default_value = "quotes", value_parser = ["quotes", "entities", "timexes", "sentences"])]
    table: String,
    /// Write to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<String>,
    /// Stop at the first bad JSONL line with a non-zero exit status.
    #[arg(long)]
    strict: bool,
    /// No progress bar.
    #[arg(long, short)]
    quiet: bool,
}

/// Outcome of writing: a closed pipe ends the program quietly.
fn quiet_on_broken_pipe(r: io::Result<()>) -> Result<()> {
    match r {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => std::process::exit(0),
        other => other.context("writing output"),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Annotate(args) => annotate(args),
        Command::Render(mut args) => {
            args.format = Some("html".into());
            annotate(args)
        }
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            if e.chain().any(|c| {
                c.downcast_ref::<io::Error>().map(|e| e.kind()) == Some(io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("lede: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn build_pipeline(args: &AnnotateArgs) -> Result<Pipeline> {
    let mut b = Pipeline::builder().speech_only_quotes(args.quotes == "speech");
    if let Some(prefer) = lede::dates::Prefer::parse(&args.prefer) {
        b = b.prefer_dates(prefer);
    }
    if let Some(only) = &args.only {
        let layers = Layers::parse(only)?;
        if layers == Layers::NONE {
            bail!("--only {only:?} names no layer: give one or more of sentences, entities, dates, quotes");
        }
        b = b.layers(layers);
    }
    for path in &args.gazetteer {
        b = b.gazetteer_tsv(path, read_table("gazetteer", path)?.as_slice());
    }
    for path in &args.patterns {
        b = b.patterns_tsv(path, read_table("patterns", path)?.as_slice());
    }
    Ok(b.build()?)
}

/// The bytes of a data table given on the command line, with a note when it starts with a byte
/// order mark (the library's reader drops it).
fn read_table(kind: &str, path: &str) -> Result<Vec<u8>> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {kind} {path}"))?;
    if bytes.starts_with(BOM.as_bytes()) {
        eprintln!("lede: {path}: dropping the byte order mark (U+FEFF) at its start");
    }
    Ok(bytes)
}

fn annotate(args: AnnotateArgs) -> Result<ExitCode> {
    let unit = OffsetUnit::parse(&args.offsets).unwrap_or_default();
    let default_date = match &args.date {
        Some(d) => Some(
            parse_date(d)
                .map_err(anyhow::Error::msg)
                .context("--date")?,
        ),
        None => None,
    };
    for (opt, key) in [
        ("--date-field", &args.date_field),
        ("--text-field", &args.text_field),
        ("--id-field", &args.id_field),
    ] {
        if key.trim().is_empty() {
            bail!("{opt} is empty: give a JSONL key");
        }
    }
    let pipeline = build_pipeline(&args)?;
    let threads = thread_count(args.threads);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("starting worker threads")?;
    let ctx = Ctx {
        pipeline,
        unit,
        opts: LineOptions {
            date_field: args.date_field.clone(),
            default_date,
            strict_dates: args.strict,
            text_field: args.text_field.clone(),
            id_field: args.id_field.clone(),
            keep_fields: !args.drop_fields,
        },
        date_warnings: std::sync::atomic::AtomicUsize::new(0),
        pool,
        progress: None,
        bytes_done: std::sync::atomic::AtomicU64::new(0),
        docs_done: std::sync::atomic::AtomicU64::new(0),
        strict: args.strict,
        format: Format::Jsonl,
    };
    let given = if args.files.is_empty() && args.jsonl {
        vec!["-".to_string()]
    } else {
        args.files.clone()
    };
    if given.is_empty() {
        bail!("no input files (use `-` for stdin, or --jsonl to read JSON lines)");
    }
    let extensions: &[&str] = if args.jsonl { &[".jsonl"] } else { &[".txt"] };
    let files = expand_inputs(&given, extensions)?;
    let one_document = !args.jsonl && files.len() == 1 && given.len() == 1 && files == given;
    let format = match args.format.as_deref() {
        Some("json") => Format::Json,
        Some("tsv") => Format::Tsv(Table::parse(&args.table).unwrap_or(Table::Quotes)),
        Some("html") => Format::Html,
        Some(_) => Format::Jsonl,
        None if one_document => Format::Json,
        None => Format::Jsonl,
    };
    let w: Box<dyn Write> = match &args.output {
        Some(_) if format == Format::Html && !one_document => Box::new(io::sink()),
        Some(path) => Box::new(BufWriter::with_capacity(
            1 << 16,
            std::fs::File::create(path).with_context(|| format!("creating {path}"))?,
        )),
        None => Box::new(BufWriter::with_capacity(1 << 16, io::stdout().lock())),
    };
    let mut out = Sink::new(w, format, !one_document).context("writing output")?;
    if format == Format::Html && !one_document {
        let Some(dir) = &args.output else {
            bail!("--format html with more than one document needs -o DIR: a page per document goes there");
        };
        out = out
            .pages_in(dir.into())
            .with_context(|| format!("creating folder {dir}"))?;
    }
    let progress = (!args.quiet && io::stderr().is_terminal()).then(|| progress_bar(&files));
    let ctx = Ctx {
        format,
        progress,
        ..ctx
    };
    let code = if args.jsonl {
        let mut ok = true;
        let mut line_base = 0usize;
        for f in &files {
            let reader = open_input(f).with_context(|| format!("opening {f}"))?;
            let name = if f == "-" { "stdin" } else { f.as_str() };
            if !ctx.run_jsonl(name, reader, &mut line_base, &mut out)? {
                ok = false;
                break;
            }
        }
        if ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        }
    } else {
        ctx.run_files(&files, &mut out)?
    };
    quiet_on_broken_pipe(out.finish())?;
    if let Some(pb) = &ctx.progress {
        pb.finish_and_clear();
    }
    let unread = ctx.date_warnings.into_inner();
    if unread > 0 {
        eprintln!(
            "lede: {unread} document date{} could not be read; {} was used instead (see each \
             record's `warning`; --strict makes them errors)",
            if unread == 1 { "" } else { "s" },
            ctx.opts
                .default_date
                .map_or("no date".to_string(), |d| format!("the default date {d}"))
        );
    }
    Ok(code)
}

/// The progress bar: percent done and time left when the inputs' sizes are known (files, not
/// standard input or gzip streams), else a count of documents.
fn progress_bar(files: &[String]) -> ProgressBar {
    let sizes: Option<u64> = files
        .iter()
        .map(|f| {
            (f != "-" && !f.ends_with(".gz"))
                .then(|| std::fs::metadata(f).ok().map(|m| m.len()))
                .flatten()
        })
        .sum();
    let (pb, template) = match sizes {
        Some(total) if total > 0 => (
            ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr()),
            "{spinner} {percent}% {wide_bar} {bytes}/{total_bytes}, {msg}, {eta} left [{elapsed_precise}]",
        ),
        _ => (
            ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
            "{spinner} {msg} [{elapsed_precise}]",
        ),
    };
    pb.set_style(
        ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    pb
}

/// Worker threads for `--threads`: all cores for none or 0, and at most [`MAX_THREADS_PER_CORE`]
/// per core (more only thrash, and thousands exhaust the machine), with a warning.
fn thread_count(asked: Option<usize>) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let most = cores * MAX_THREADS_PER_CORE;
    match asked {
        None | Some(0) => cores,
        Some(n) if n > most => {
            eprintln!(
                "lede: --threads {n} is more than {MAX_THREADS_PER_CORE} per core on this machine's \
                 {cores} cores; using {most}"
            );
            most
        }
        Some(n) => n,
    }
}

/// The most worker threads per core that `--threads` gets.
const MAX_THREADS_PER_CORE: usize = 4;

struct Ctx {
    pipeline: Pipeline,
    unit: OffsetUnit,
    opts: LineOptions,
    pool: rayon::ThreadPool,
    progress: Option<ProgressBar>,
    /// Input bytes read so far, for the progress bar.
    bytes_done: std::sync::atomic::AtomicU64,
    /// Documents done so far, for the progress bar.
    docs_done: std::sync::atomic::AtomicU64,
    /// Documents whose own date could not be read (the default was used).
    date_warnings: std::sync::atomic::AtomicUsize,
    strict: bool,
    format: Format,
}

/// Lines per batch handed to the workers: bounds memory while keeping every core busy.
const BATCH_LINES: usize = 512;
/// Bytes per batch, so that a file of huge documents does not pile up in memory.
const BATCH_BYTES: usize = 16 << 20;

/// A line longer than this is annotated after the lines before it, alone, and its record is
/// written straight to the output rather than built in memory first, so memory stays a small
/// multiple of the longest line.
const BIG_LINE: usize = 4 << 20;

impl Ctx {
    /// Parses, annotates (with [`Pipeline::annotate_batch`], on the worker threads) and renders
    /// a batch of lines, in order.
    fn annotate_lines(
        &self,
        batch: Vec<(usize, Vec<u8>)>,
    ) -> Vec<(String, Option<(usize, String)>)> {
        self.pool.install(|| {
            // each raw line is dropped as soon as it is parsed
            let parsed: Vec<Result<Input, LineError>> = batch
                .into_par_iter()
                .map(|(n, b)| parse_line(&b, n, &self.opts))
                .collect();
            let inputs: Vec<(&str, Option<Date>)> = parsed
                .iter()
                .filter_map(|p| p.as_ref().ok())
                .map(|i| (i.text.as_str(), i.date))
                .collect();
            let mut docs = self.pipeline.annotate_batch(&inputs).into_iter();
            let jobs: Vec<(Result<Input, LineError>, Option<Document>)> = parsed
                .into_iter()
                .map(|p| {
                    let doc = if p.is_ok() { docs.next() } else { None };
                    (p, doc)
                })
                .collect();
            jobs.into_par_iter()
                .map(|job| match job {
                    (Ok(input), Some(doc)) => {
                        self.count_warning(&input);
                        let rec = Record::new(&input.id, &input.text, input.date, &doc, self.unit)
                            .with_warning(input.warning.as_deref())
                            .with_fields(&input.fields);
                        (self.format.render(&rec), None)
                    }
                    (Err(e), _) => Self::error_line(&e),
                    (Ok(input), None) => (
                        format!("{{\"id\":{},\"error\":\"not annotated\"}}", input.id),
                        None,
                    ),
                })
                .collect()
        })
    }

    fn count_warning(&self, input: &Input) {
        if input.warning.is_some() {
            self.date_warnings
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
    }

    fn error_line(e: &LineError) -> (String, Option<(usize, String)>) {
        let line = e.line;
        let out = serde_json::to_string(&ErrorRecord::new(e))
            .unwrap_or_else(|_| format!("{{\"line\":{line},\"error\":\"bad line\"}}"));
        (out, Some((e.line, e.message.clone())))
    }

    /// Annotates a big line and writes its record straight to `out` (see [`BIG_LINE`]); returns
    /// the message for stderr when the line is bad.
    fn stream_line(
        &self,
        bytes: Vec<u8>,
        line: usize,
        out: &mut Sink,
    ) -> Result<Option<(usize, String)>> {
        let parsed = parse_line(&bytes, line, &self.opts);
        drop(bytes);
        let input = match parsed {
            Ok(input) => input,
            Err(e) => {
                let (rec, msg) = Self::error_line(&e);
                quiet_on_broken_pipe(out.error_record(&rec))?;
                return Ok(msg);
            }
        };
        self.count_warning(&input);
        let doc = self.pipeline.annotate(&input.text, input.date);
        let rec = Record::new(&input.id, &input.text, input.date, &doc, self.unit)
            .with_warning(input.warning.as_deref())
            .with_fields(&input.fields);
        quiet_on_broken_pipe(out.stream(&rec))?;
        Ok(None)
    }

    /// Reports a bad line of file `name` on stderr (`first` is the number of lines before the
    /// file); false when --strict says to stop.
    fn report(
        &self,
        name: &str,
        first: usize,
        msg: Option<(usize, String)>,
        out: &mut Sink,
    ) -> Result<bool> {
        if let Some((line, msg)) = msg {
            eprintln!("lede: {name}:{}: {msg}", line - first);
            if self.strict {
                quiet_on_broken_pipe(out.flush())?;
                eprintln!("lede: stopping at the first bad line (--strict)");
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Streams JSON lines; returns false when --strict stopped at a bad line.
    fn run_jsonl(
        &self,
        name: &str,
        mut reader: Box<dyn BufRead>,
        line_no: &mut usize,
        out: &mut Sink,
    ) -> Result<bool> {
        let first = *line_no; // lines of earlier files
        let mut bom_noted = false;
        loop {
            let mut batch: Vec<(usize, Vec<u8>)> = Vec::with_capacity(BATCH_LINES);
            let mut bytes = 0usize;
            while batch.len() < BATCH_LINES && bytes < BATCH_BYTES {
                let mut buf = Vec::new();
                let n = reader
                    .read_until(b'\n', &mut buf)
                    .with_context(|| format!("reading {name}"))?;
                if n == 0 {
                    break;
                }
                *line_no += 1;
                bytes += n;
                if buf.starts_with(BOM.as_bytes()) {
                    if !bom_noted {
                        eprintln!(
                            "lede: {name}:{}: dropping a byte order mark (U+FEFF) at the line's start",
                            *line_no - first
                        );
                        bom_noted = true;
                    }
                    buf.drain(..BOM.len());
                }
                batch.push((*line_no, buf));
                if n > BIG_LINE {
                    break; // a big line ends its batch, and is annotated last
                }
            }
            if batch.is_empty() {
                break;
            }
            let count = batch.len();
            let big = match batch.last() {
                Some((_, b)) if b.len() > BIG_LINE => batch.pop(),
                _ => None,
            };
            let results = self.annotate_lines(batch);
            for (rec, err) in results {
                let bad = err.is_some();
                if !self.report(name, first, err, out)? {
                    return Ok(false);
                }
                quiet_on_broken_pipe(if bad {
                    out.error_record(&rec)
                } else {
                    out.record(&rec)
                })?;
            }
            if let Some((n, b)) = big {
                let msg = self.stream_line(b, n, out)?;
                if !self.report(name, first, msg, out)? {
                    return Ok(false);
                }
            }
            quiet_on_broken_pipe(out.flush())?;
            if let Some(pb) = &self.progress {
                let done = self
                    .bytes_done
                    .fetch_add(bytes as u64, std::sync::atomic::Ordering::Relaxed)
                    + bytes as u64;
                let docs = self
                    .docs_done
                    .fetch_add(count as u64, std::sync::atomic::Ordering::Relaxed)
                    + count as u64;
                let secs = pb.elapsed().as_secs_f64().max(1e-3);
                if pb.length().is_some() {
                    pb.set_position(done);
                }
                pb.set_message(format!(
                    "{docs} documents, {:.0}/s, {:.1} MB/s",
                    docs as f64 / secs,
                    done as f64 / 1e6 / secs
                ));
            }
        }
        Ok(true)
    }

    fn run_files(&self, files: &[String], out: &mut Sink) -> Result<ExitCode> {
        let mut failed = false;
        for f in files {
            let mut bytes = Vec::new();
            if let Err(e) = open_input(f).and_then(|mut r| r.read_to_end(&mut bytes)) {
                eprintln!("lede: {f}: {e}");
                failed = true;
                continue;
            }
            if bytes.starts_with(BOM.as_bytes()) {
                eprintln!("lede: {f}: dropping the byte order mark (U+FEFF) at its start");
                bytes.drain(..BOM.len());
            }
            let text = match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!(
                        "lede: {f}: not UTF-8 (invalid byte at offset {})",
                        e.utf8_error().valid_up_to()
                    );
                    failed = true;
                    continue;
                }
            };
            let doc = self.pipeline.annotate(&text, self.opts.default_date);
            let id = serde_json::Value::from(f.as_str());
            let rec = Record::new(&id, &text, self.opts.default_date, &doc, self.unit);
            quiet_on_broken_pipe(out.stream(&rec))?;
            quiet_on_broken_pipe(out.flush())?;
            if let Some(pb) = &self.progress {
                let docs = self
                    .docs_done
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
                    + 1;
                if pb.length().is_some() {
                    pb.inc(text.len() as u64);
                }
                pb.set_message(format!("{docs} documents"));
            }
        }
        Ok(if failed {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        })
    }
}
