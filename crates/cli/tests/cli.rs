//! Contract tests that run the real `lede` binary.
use serde_json::Value;
use std::io::{Read, Write};
use std::process::{Command, Output, Stdio};

fn lede() -> Command {
    Command::new(env!("CARGO_BIN_EXE_lede"))
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = lede()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Non-ASCII news text: curly quotes, em dash, non-breaking spaces, an emoji (two UTF-16 units).
const STORY: &str = "Polish President Andrzej Duda spoke in Warsaw on Wednesday.\u{a0}\n\n\
“Poland and Latvia have the same problem — that the border is being attacked,” Duda told reporters in Warsaw. \
“We have no doubt that it’s in cooperation with Russia.” 😀 It was the first visit since 2018.\u{a0}";

#[test]
fn n_lines_in_n_lines_out_in_order_with_error_records() {
    let mut input = Vec::new();
    for i in 0..40 {
        match i % 10 {
            3 => input.extend_from_slice(b"this is not json\n"),
            5 => input.extend_from_slice(b"{\"id\": \"no-text\"}\n"),
            7 => input.extend_from_slice(b"{\"text\": \"x\", \"date\": \"next tuesday\"}\n"),
            8 => input.extend_from_slice(b"{\"text\": \"caf\xe9 au lait\"}\n"),
            _ => input.extend_from_slice(
                format!("{{\"id\": \"doc{i}\", \"text\": \"Story {i}. It ran in Warsaw in 2018.\", \"date\": \"2023-08-16\"}}\n")
                    .as_bytes(),
            ),
        }
    }
    for threads in ["1", "2", "3"] {
        let out = run(&["annotate", "--jsonl", "--threads", threads], &input);
        assert!(out.status.success(), "{out:?}");
        let got = lines(&out);
        assert_eq!(got.len(), 40);
        for (i, rec) in got.iter().enumerate() {
            match i % 10 {
                3 | 8 => {
                    assert_eq!(rec["line"], i + 1);
                    assert_eq!(rec["id"], i + 1, "id defaults to the line number");
                    assert!(rec["error"].as_str().unwrap().len() > 5);
                }
                5 => {
                    assert_eq!(rec["id"], "no-text");
                    assert!(rec["error"].as_str().unwrap().contains("text"));
                }
                7 => {
                    // an unreadable date is never a lost document: no date, and a warning
                    assert!(rec.get("error").is_none(), "{rec}");
                    assert!(rec["warning"].as_str().unwrap().contains("`date`"));
                    assert_eq!(rec["date"], Value::Null);
                    assert!(!rec["sentences"].as_array().unwrap().is_empty());
                }
                _ => {
                    assert_eq!(rec["id"], format!("doc{i}"));
                    assert_eq!(rec["date"], "2023-08-16");
                    assert_eq!(rec["offsets"], "chars");
                    assert!(!rec["sentences"].as_array().unwrap().is_empty());
                    assert!(rec.get("error").is_none());
                }
            }
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("stdin:4: not valid JSON at column 2"),
            "stderr names the input and the bad line: {stderr}"
        );
        assert!(stderr.contains("UTF-8"), "{stderr}");
    }
}

#[test]
fn strict_stops_with_nonzero_status() {
    let input = b"{\"text\": \"One.\"}\nnot json\n{\"text\": \"Three.\"}\n";
    let out = run(&["annotate", "--jsonl", "--strict"], input);
    assert!(!out.status.success());
    assert_eq!(lines(&out).len(), 1, "output before the bad line is kept");
    let relaxed = run(&["annotate", "--jsonl"], input);
    assert!(relaxed.status.success());
    assert_eq!(lines(&relaxed).len(), 3);
}

fn slice(text: &str, unit: &str, start: usize, end: usize) -> String {
    match unit {
        "bytes" => text[start..end].to_string(),
        "chars" => text.chars().skip(start).take(end - start).collect(),
        "utf16" => {
            let u: Vec<u16> = text.encode_utf16().collect();
            String::from_utf16(&u[start..end]).unwrap()
        }
        _ => unreachable!(),
    }
}

#[test]
fn offsets_in_all_units_slice_the_same_text() {
    let line =
        serde_json::json!({"id": "s", "text": STORY, "date": "2023-08-16"}).to_string() + "\n";
    let mut per_unit = Vec::new();
    for unit in ["bytes", "chars", "utf16"] {
        let out = run(&["annotate", "--jsonl", "--offsets", unit], line.as_bytes());
        assert!(out.status.success());
        let rec = lines(&out).remove(0);
        assert_eq!(rec["offsets"], unit);
        let mut texts = Vec::new();
        for layer in ["sentences", "entities", "timexes", "quotes"] {
            for s in rec[layer].as_array().unwrap() {
                let (a, b) = (
                    s["start"].as_u64().unwrap() as usize,
                    s["end"].as_u64().unwrap() as usize,
                );
                let got = slice(STORY, unit, a, b);
                if let Some(t) = s.get("text") {
                    assert_eq!(t.as_str().unwrap(), got, "{layer} in {unit}");
                }
                texts.push(got);
            }
        }
        assert!(rec["sentences"].as_array().unwrap().len() >= 2);
        assert!(!rec["timexes"].as_array().unwrap().is_empty());
        per_unit.push(texts);
    }
    assert_eq!(per_unit[0], per_unit[1]);
    assert_eq!(per_unit[0], per_unit[2]);
}

#[test]
fn date_field_and_default_date() {
    let input = b"{\"text\": \"A.\", \"dct\": \"2013-03-22T10:00:00Z\"}\n{\"text\": \"B.\"}\n{\"text\": \"C.\", \"date\": \"1999-01-01\"}\n";
    let out = run(
        &[
            "annotate",
            "--jsonl",
            "--date-field",
            "dct",
            "--date",
            "2020-02-02",
        ],
        input,
    );
    let got = lines(&out);
    assert_eq!(got[0]["date"], "2013-03-22");
    assert_eq!(got[1]["date"], "2020-02-02");
    assert_eq!(
        got[2]["date"], "2020-02-02",
        "`date` is ignored when --date-field picks another key"
    );
}

#[test]
fn only_runs_a_subset() {
    let line = serde_json::json!({"text": STORY}).to_string();
    let out = run(
        &["annotate", "--jsonl", "--only", "sentences"],
        line.as_bytes(),
    );
    let rec = lines(&out).remove(0);
    assert!(!rec["sentences"].as_array().unwrap().is_empty());
    for layer in ["entities", "timexes", "quotes"] {
        assert!(rec[layer].as_array().unwrap().is_empty(), "{layer}");
    }
    let bad = run(&["annotate", "--jsonl", "--only", "verbs"], line.as_bytes());
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("verbs"));
}

#[test]
fn text_files_give_json_lines_or_one_pretty_document() {
    let dir = std::env::temp_dir().join(format!("lede-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = dir.join("a.txt");
    std::fs::write(&a, STORY).unwrap();
    let a = a.to_str().unwrap();
    // two documents: JSON lines, which json.loads and pandas.read_json(lines=True) read
    let out = run(
        &["annotate", a, "-", "--date", "2023-08-16"],
        b"From stdin. Second sentence.",
    );
    assert!(out.status.success(), "{out:?}");
    let docs = lines(&out);
    assert_eq!(docs.len(), 2);
    for key in ["sentences", "entities", "timexes", "quotes"] {
        assert!(docs[0][key].is_array(), "{key}");
    }
    assert_eq!(docs[0]["id"], a);
    assert_eq!(docs[1]["id"], "-");
    assert_eq!(docs[1]["sentences"].as_array().unwrap().len(), 2);
    // --format json: one JSON array
    let out = run(&["annotate", a, "-", "--format", "json"], b"Two. Docs.");
    let all: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(all.as_array().unwrap().len(), 2);
    // one file: one pretty document
    let out = run(&["annotate", a, "--date", "2023-08-16"], b"");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\n  \"id\""), "pretty printed");
    let one: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(one["date"], "2023-08-16");
    let missing = run(&["annotate", dir.join("nope.txt").to_str().unwrap()], b"");
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("nope.txt"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn folders_gzip_output_files_and_tsv_tables() {
    use std::io::Write as _;
    let dir = std::env::temp_dir().join(format!("lede-cli-folder-{}", std::process::id()));
    let sub = dir.join("2023");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::write(dir.join("a.txt"), STORY).unwrap();
    std::fs::write(dir.join("notes.md"), "not a story").unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all("“Yes,” Li told reporters on Friday.".as_bytes())
        .unwrap();
    std::fs::write(sub.join("b.txt.gz"), gz.finish().unwrap()).unwrap();
    let d = dir.to_str().unwrap();
    let out = run(&["annotate", d, "--date", "2023-08-16"], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = lines(&out);
    let ids: Vec<&str> = docs.iter().map(|v| v["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [format!("{d}/2023/b.txt.gz"), format!("{d}/a.txt")]);
    assert_eq!(docs[0]["quotes"][0]["speaker"], "Li");
    // JSONL, gzipped, into a file, as a table of quotes
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let line = serde_json::json!({"id": "q1", "text": STORY}).to_string() + "\n";
    gz.write_all(line.as_bytes()).unwrap();
    let jl = dir.join("in.jsonl.gz");
    std::fs::write(&jl, gz.finish().unwrap()).unwrap();
    let tsv = dir.join("quotes.tsv");
    let args = [
        "annotate",
        "--jsonl",
        jl.to_str().unwrap(),
        "--format",
        "tsv",
        "--table",
        "quotes",
        "-o",
        tsv.to_str().unwrap(),
    ];
    let out = run(&args, b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let table = std::fs::read_to_string(&tsv).unwrap();
    let rows: Vec<&str> = table.lines().collect();
    assert!(rows[0].starts_with("id\tstart\tend\ttext\tkind\tspeaker"));
    assert!(rows.len() >= 3, "{table}");
    assert!(rows[1..].iter().all(|r| r.starts_with("q1\t")));
    assert!(table.contains("Andrzej Duda"), "{table}");
    // a folder with no stories is an error that names it
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let out = run(&["annotate", "--jsonl", empty.to_str().unwrap()], b"");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("no .jsonl files"), "{}", stderr(&out));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn closed_stdout_ends_quietly() {
    let mut child = lede()
        .args(["annotate", "--jsonl", "--threads", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let line = serde_json::json!({"text": STORY}).to_string() + "\n";
        for _ in 0..20_000 {
            if input.write_all(line.as_bytes()).is_err() {
                break;
            }
        }
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "{:?} {stderr}", out.status);
}

#[test]
fn help_explains_every_option() {
    let out = lede().args(["annotate", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    for opt in [
        "--jsonl",
        "--date",
        "--date-field",
        "--offsets",
        "--only",
        "--threads",
        "--gazetteer",
        "--strict",
        "--quiet",
        "Example",
    ] {
        assert!(help.contains(opt), "{opt} missing from help");
    }
}

#[test]
fn speech_only_quotes_leave_out_stance_attributions() {
    let line = br#"{"text": "Smith acknowledged the uphill battle in the state. Jones said the vote would be close."}"#;
    let quotes = |mode: &str| -> Vec<String> {
        let out = run(
            &["annotate", "--jsonl", "--only", "quotes", "--quotes", mode],
            line,
        );
        assert!(out.status.success());
        lines(&out)[0]["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["text"].as_str().unwrap().to_string())
            .collect()
    };
    let all = quotes("all");
    let speech = quotes("speech");
    assert!(
        speech.contains(&"the vote would be close".to_string()),
        "{speech:?}"
    );
    assert!(all.len() > speech.len(), "{all:?} vs {speech:?}");
    assert!(speech.iter().all(|q| all.contains(q)));
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("lede-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn a_byte_order_mark_is_dropped_with_a_note() {
    // JSONL on stdin: the first record is kept, not lost to a JSON error
    let out = run(
        &["annotate", "--jsonl", "--only", "sentences"],
        "\u{feff}{\"text\": \"Hi there. Bye.\"}\n{\"text\": \"Two.\"}\n".as_bytes(),
    );
    assert!(out.status.success(), "{out:?}");
    let got = lines(&out);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0]["sentences"].as_array().unwrap().len(), 2, "{got:?}");
    assert!(
        stderr(&out).contains("stdin:1: dropping a byte order mark"),
        "{}",
        stderr(&out)
    );
    // a gazetteer: the first name matches
    let g = temp_file("bom.tsv", "\u{feff}Zbigniew Qwertyuiop\tORG\n".as_bytes());
    let g = g.to_str().unwrap();
    let out = run(
        &[
            "annotate",
            "--jsonl",
            "--only",
            "entities",
            "--gazetteer",
            g,
        ],
        b"{\"text\": \"Zbigniew Qwertyuiop\"}\n",
    );
    assert!(out.status.success(), "{out:?}");
    assert_eq!(lines(&out)[0]["entities"][0]["label"], "ORG");
    assert!(stderr(&out).contains("dropping the byte order mark"));
    // a text file
    let t = temp_file("bom.txt", "\u{feff}Hello there.".as_bytes());
    let out = run(
        &["annotate", "--only", "sentences", t.to_str().unwrap()],
        b"",
    );
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["sentences"][0]["start"], 0);
    assert_eq!(doc["sentences"][0]["end"], 12);
}

#[test]
fn data_errors_name_file_line_and_reason_once() {
    let cases: [(&str, &[u8], &str); 4] = [
        (
            "label.tsv",
            b"canonical_name\tlabel\nFoo\tXX\n",
            "label.tsv:2: unknown label `XX`",
        ),
        (
            "utf8.tsv",
            b"Foo\tPER\n\xff\xfe\n",
            "utf8.tsv:2: not UTF-8 (invalid byte at column 1)",
        ),
        (
            "nul.tsv",
            b"Foo\tPER\nB\0ar\tLOC\n",
            "nul.tsv:2: NUL byte at column 2",
        ),
        (
            "cols.tsv",
            b"Foo\tPER\t\t\t\textra\n",
            "cols.tsv:1: more than 5 tab-separated columns",
        ),
    ];
    for (name, bytes, want) in cases {
        let p = temp_file(name, bytes);
        let p = p.to_str().unwrap();
        let out = run(&["annotate", "--jsonl", "--gazetteer", p], b"");
        assert!(!out.status.success());
        let err = stderr(&out);
        assert!(err.contains(want), "{err}");
        assert_eq!(err.matches(name).count(), 1, "printed once: {err}");
    }
    let dir = std::env::temp_dir();
    let dir = dir.to_str().unwrap();
    let out = run(&["annotate", "--jsonl", "--gazetteer", dir], b"");
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains(&format!("gazetteer {dir}: ")),
        "{}",
        stderr(&out)
    );
    let missing = format!("{dir}/lede-no-such-file.jsonl");
    let out = run(&["annotate", "--jsonl", &missing], b"");
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains(&format!("opening {missing}: ")),
        "{}",
        stderr(&out)
    );
}

#[test]
fn bad_lines_are_reported_with_file_and_line() {
    let p = temp_file("bad.jsonl", b"{\"text\": \"Fine.\"}\n{bad\n");
    let p = p.to_str().unwrap();
    let out = run(&["annotate", "--jsonl", "--only", "sentences", p], b"");
    assert!(out.status.success());
    assert_eq!(lines(&out).len(), 2);
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{p}:2: not valid JSON at column 2")),
        "{err}"
    );
}

#[test]
fn empty_options_and_absurd_thread_counts() {
    for args in [
        &["annotate", "--jsonl", "--only", ""][..],
        &["annotate", "--jsonl", "--only", " , "][..],
        &["annotate", "--jsonl", "--date-field", ""][..],
    ] {
        let out = run(args, b"{\"text\": \"x\"}\n");
        assert!(!out.status.success(), "{args:?}");
        assert!(out.stdout.is_empty());
    }
    let out = run(
        &[
            "annotate",
            "--jsonl",
            "--only",
            "sentences",
            "--threads",
            "100000",
        ],
        b"{\"text\": \"One. Two.\"}\n",
    );
    assert!(out.status.success(), "{out:?}");
    assert_eq!(lines(&out).len(), 1);
    assert!(stderr(&out).contains("--threads 100000 is more than"));
    let out = run(
        &[
            "annotate",
            "--jsonl",
            "--only",
            "sentences",
            "--threads",
            "0",
        ],
        b"{\"text\": \"One. Two.\"}\n",
    );
    assert!(out.status.success());
    assert_eq!(lines(&out).len(), 1);
}

#[test]
fn a_big_line_is_streamed_in_order() {
    // over the 4 MiB big-line size: annotated after the lines before it, written straight out
    let story = "Polish President Andrzej Duda said on Wednesday that troops would move.\n";
    let big = story.repeat((5 << 20) / story.len());
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\": \"a\", \"text\": \"First.\"}\n");
    input.extend_from_slice(
        serde_json::json!({"id": "big", "text": big})
            .to_string()
            .as_bytes(),
    );
    input.extend_from_slice(b"\n{\"id\": \"c\", \"text\": \"Last.\"}\n");
    let out = run(
        &["annotate", "--jsonl", "--only", "sentences,dates"],
        &input,
    );
    assert!(out.status.success());
    let got = lines(&out);
    let ids: Vec<&str> = got.iter().map(|v| v["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "big", "c"]);
    let n = big.len() / story.len();
    assert_eq!(got[1]["sentences"].as_array().unwrap().len(), n);
    assert_eq!(got[1]["timexes"].as_array().unwrap().len(), n);
}

#[test]
fn document_dates_in_every_common_form() {
    // pandas' to_json (epoch ms), pandas iso, SQL, compact, slashes, RSS, epoch seconds
    let forms = [
        serde_json::json!(1692144000000u64),
        serde_json::json!("2023-08-16T00:00:00.000"),
        serde_json::json!("2023-08-16 10:00:00"),
        serde_json::json!("20230816"),
        serde_json::json!("2023/08/16"),
        serde_json::json!("Wed, 16 Aug 2023 10:00:00 GMT"),
        serde_json::json!(1692144000),
        serde_json::json!("2023-08-16T10:00:00+02:00"),
    ];
    let mut input = Vec::new();
    for f in &forms {
        let line = serde_json::json!({"text": "Duda spoke on Wednesday.", "date": f});
        input.extend_from_slice(line.to_string().as_bytes());
        input.push(b'\n');
    }
    input.extend_from_slice(b"{\"text\": \"Duda spoke on Wednesday.\", \"date\": \"soon\"}\n");
    let out = run(
        &[
            "annotate",
            "--jsonl",
            "--only",
            "dates",
            "--date",
            "2020-01-01",
        ],
        &input,
    );
    assert!(out.status.success());
    let got = lines(&out);
    assert_eq!(got.len(), forms.len() + 1);
    for (rec, f) in got.iter().zip(&forms) {
        assert_eq!(rec["date"], "2023-08-16", "{f}");
        assert_eq!(rec["timexes"][0]["value"], "2023-08-16", "{f}");
        assert!(rec.get("warning").is_none());
    }
    let last = &got[forms.len()];
    assert_eq!(last["date"], "2020-01-01");
    assert!(last["warning"]
        .as_str()
        .unwrap()
        .contains("the default date 2020-01-01 was used"));
    assert!(
        stderr(&out).contains("1 document date could not be read"),
        "{}",
        stderr(&out)
    );
    // --strict: the unreadable date is an error, and the run stops there
    let out = run(
        &["annotate", "--jsonl", "--only", "dates", "--strict"],
        &input,
    );
    assert!(!out.status.success());
    assert_eq!(lines(&out).len(), forms.len());
}

#[test]
fn input_keys_come_back_unchanged_unless_dropped() {
    let line = br#"{"body": "Duda spoke in Warsaw on Wednesday.", "url": "https://x/1", "published": 1692144000000, "tags": ["pl", {"a": 1.50}], "sentences": "mine"}"#;
    let mut input = line.to_vec();
    input.push(b'\n');
    let args = [
        "annotate",
        "--jsonl",
        "--text-field",
        "body",
        "--id-field",
        "url",
        "--date-field",
        "published",
    ];
    let out = run(&args, &input);
    assert!(out.status.success(), "{}", stderr(&out));
    let rec = &lines(&out)[0];
    assert_eq!(rec["id"], "https://x/1");
    assert_eq!(rec["date"], "2023-08-16");
    assert_eq!(rec["body"], "Duda spoke in Warsaw on Wednesday.");
    assert_eq!(rec["url"], "https://x/1");
    assert_eq!(rec["published"], 1692144000000u64);
    let raw = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(
        raw.contains(r#""tags":["pl", {"a": 1.50}]"#),
        "written back as written: {raw}"
    );
    // lede's own key wins a clash
    assert!(rec["sentences"].is_array());
    assert_eq!(rec["timexes"][0]["value"], "2023-08-16");
    let mut dropped = args.to_vec();
    dropped.push("--drop-fields");
    let out = run(&dropped, &input);
    let rec = &lines(&out)[0];
    assert!(rec.get("body").is_none() && rec.get("tags").is_none());
    assert_eq!(rec["id"], "https://x/1");
    // a missing text key is named as the option says
    let out = run(
        &["annotate", "--jsonl", "--text-field", "body"],
        b"{\"text\": \"x\"}\n",
    );
    assert!(
        stderr(&out).contains("missing required key `body`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn quotes_and_dates_carry_what_the_library_knows() {
    let text =
        "Polish President Andrzej Duda said on Wednesday that troops would stay until early 2024.";
    let line = serde_json::json!({"text": text, "date": "2023-08-16"}).to_string() + "\n";
    let out = run(
        &["annotate", "--jsonl", "--only", "quotes,dates"],
        line.as_bytes(),
    );
    let rec = &lines(&out)[0];
    let q = &rec["quotes"][0];
    let (cs, ce) = (
        q["cue_start"].as_u64().unwrap(),
        q["cue_end"].as_u64().unwrap(),
    );
    assert_eq!(slice(text, "chars", cs as usize, ce as usize), "said");
    assert_eq!(q["speaker_entity"]["canonical"], "Andrzej Duda");
    assert_eq!(q["speaker_entity"]["label"], "PER");
    let wed = &rec["timexes"][0];
    assert_eq!(wed["interval_start"], "2023-08-16");
    assert_eq!(wed["interval_end"], "2023-08-17");
    let early = rec["timexes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["text"].as_str().unwrap().contains("2024"))
        .unwrap();
    assert_eq!(early["mod"], "early", "{early}");
}

#[test]
fn render_writes_a_page_per_document() {
    let out = run(&["render", "-", "--date", "2023-08-16"], STORY.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<li>Andrzej Duda <b>"));
    let input = b"{\"text\": \"Duda spoke.\"}\n{\"text\": \"Li spoke.\"}\n";
    let out = run(&["annotate", "--jsonl", "--format", "html"], input);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("-o DIR"), "{}", stderr(&out));
    let dir = std::env::temp_dir().join(format!("lede-pages-{}", std::process::id()));
    let out = run(&["render", "--jsonl", "-o", dir.to_str().unwrap()], input);
    assert!(out.status.success(), "{}", stderr(&out));
    for n in ["00001.html", "00002.html"] {
        assert!(std::fs::read_to_string(dir.join(n))
            .unwrap()
            .contains("</html>"));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn user_patterns_add_entities_and_dates() {
    let rules = temp_file(
        "rules.tsv",
        "\u{feff}ORG\tEuropean Central Bank\t\twikidata:Q8901\nDATE\t/\\bQ([1-4]) (20\\d\\d)\\b/\t$2-Q$1\n"
            .as_bytes(),
    );
    let rules = rules.to_str().unwrap();
    let line = b"{\"text\": \"The European Central Bank expects growth in Q3 2024.\"}\n";
    let out = run(&["annotate", "--jsonl", "--patterns", rules], line);
    assert!(out.status.success(), "{}", stderr(&out));
    let rec = &lines(&out)[0];
    let ecb = &rec["entities"][0];
    assert_eq!(ecb["text"], "European Central Bank");
    assert_eq!(ecb["kb_id"], "wikidata:Q8901");
    assert_eq!(ecb["via"], "pattern");
    let q3 = rec["timexes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["text"] == "Q3 2024");
    assert_eq!(q3.unwrap()["value"], "2024-Q3");
    assert!(stderr(&out).contains("dropping the byte order mark"));
    let bad = temp_file("bad-rules.tsv", b"ORG\tok\nPERSON\tx\n");
    let out = run(
        &["annotate", "--jsonl", "--patterns", bad.to_str().unwrap()],
        line,
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("bad-rules.tsv:2: unknown label `PERSON`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn prefer_future_reads_a_bare_weekday_ahead() {
    let input = br#"{"id":"a","text":"monday","date":"2013-02-12"}
{"id":"b","text":"Talks ended Monday.","date":"2013-02-12"}
"#;
    let value = |out: &Output, k: usize| lines(out)[k]["timexes"][0]["value"].clone();
    let news = run(&["annotate", "--jsonl", "--only", "dates"], input);
    let ahead = run(
        &[
            "annotate", "--jsonl", "--only", "dates", "--prefer", "future",
        ],
        input,
    );
    assert_eq!(value(&ahead, 0), "2013-02-18");
    assert_eq!(value(&news, 1), "2013-02-11");
    assert_eq!(value(&ahead, 1), "2013-02-18");
    let bad = run(&["annotate", "--jsonl", "--prefer", "sideways"], input);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--prefer"));
}
