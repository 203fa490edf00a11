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
                7 => assert!(rec["error"].as_str().unwrap().contains("date")),
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
            stderr.contains("line 4"),
            "stderr names the bad line: {stderr}"
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
fn file_mode_prints_pretty_documents_with_all_layers() {
    let dir = std::env::temp_dir().join(format!("lede-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = dir.join("a.txt");
    std::fs::write(&a, STORY).unwrap();
    let out = run(
        &["annotate", a.to_str().unwrap(), "-", "--date", "2023-08-16"],
        b"From stdin. Second sentence.",
    );
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    let docs: Vec<Value> = serde_json::Deserializer::from_str(&text)
        .into_iter::<Value>()
        .map(Result::unwrap)
        .collect();
    assert_eq!(docs.len(), 2);
    assert!(text.contains("\n  \"id\""), "pretty printed");
    for key in ["sentences", "entities", "timexes", "quotes"] {
        assert!(docs[0][key].is_array(), "{key}");
    }
    assert_eq!(docs[1]["id"], "-");
    assert_eq!(docs[1]["sentences"].as_array().unwrap().len(), 2);
    let missing = run(&["annotate", dir.join("nope.txt").to_str().unwrap()], b"");
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("nope.txt"));
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
