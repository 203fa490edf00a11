"""Tests of the lede Python package (run: pip install ./python pytest pandas; pytest python/tests)."""
import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import lede

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "examples" / "wikinews-uk-asylum-questionnaire-2023-02-23.txt"
EXAMPLE = ROOT.parent / "shared" / "examples" / "belarus-2023-08-16.txt"
STORY = ("Polish President Andrzej Duda spoke in Warsaw on Wednesday. "
         "“We have no doubt,” Duda told reporters 😀 in 𝒲arsaw on Friday.")


@pytest.fixture(scope="module")
def nlp():
    return lede.Pipeline()


def cli():
    path = os.environ.get("LEDE_BIN") or str(ROOT / "target" / "release" / "lede")
    return path if Path(path).exists() else shutil.which("lede")


def test_offsets_are_python_string_indices(nlp):
    doc = nlp(STORY, date="2023-08-16")
    items = doc.sentences + doc.entities + doc.timexes + doc.quotes
    assert items
    for item in items:
        assert STORY[item.start:item.end] == item.text
    # after an emoji and a non-BMP letter, offsets still count code points
    friday = [t for t in doc.timexes if t.text == "Friday"][0]
    assert STORY.index("Friday") == friday.start
    assert [q.speaker for q in doc.quotes] == ["Andrzej Duda"]


def test_dates_in_every_python_form(nlp):
    forms = ["2023-08-16", dt.date(2023, 8, 16), dt.datetime(2023, 8, 16, 23, 30), "20230816",
             "Wed, 16 Aug 2023 10:00:00 GMT"]
    try:
        import pandas as pd
        forms.append(pd.Timestamp("2023-08-16 10:00"))
    except ImportError:
        pass
    for d in forms:
        doc = nlp("They met on Wednesday.", date=d)
        assert doc.date == "2023-08-16", d
        assert doc.timexes[0].value == "2023-08-16", d
    assert lede.read_date(dt.date(2020, 2, 29)) == "2020-02-29"


def test_prefer_reads_unplaced_dates_forwards():
    ahead = lede.Pipeline(layers="dates", prefer="future")
    news = lede.Pipeline(layers="dates")
    assert ahead("monday", date="2013-02-12").timexes[0].value == "2013-02-18"
    assert news("Talks ended Monday.", date="2013-02-12").timexes[0].value == "2013-02-11"
    with pytest.raises(ValueError, match="prefer"):
        lede.Pipeline(prefer="sideways")


def test_pipe_keeps_order_across_batches(nlp):
    texts = [f"Story number {i} ran on Monday." for i in range(50)]
    dates = [dt.date(2023, 8, 14 + i % 3) for i in range(50)]
    docs = list(nlp.pipe(texts, dates=dates, batch_size=7))
    assert [d.id for d in docs] == list(range(1, 51))
    assert [d.text for d in docs] == texts
    assert [d.date for d in docs] == [x.isoformat() for x in dates]


def test_to_frames_has_a_row_per_item_with_the_document_id(nlp):
    pd = pytest.importorskip("pandas")
    docs = list(nlp.pipe([STORY, "Nothing."], dates=["2023-08-16", None]))
    frames = lede.to_frames(docs)
    assert set(frames) == {"sentences", "entities", "timexes", "quotes"}
    assert list(frames["quotes"].columns)[:6] == ["id", "start", "end", "text", "kind", "speaker"]
    assert "speaker_canonical" in frames["quotes"]
    assert len(frames["entities"]) == len(docs[0].entities)
    assert set(frames["sentences"]["id"]) == {1, 2}
    assert isinstance(frames["timexes"], pd.DataFrame)


def test_errors_are_python_exceptions(tmp_path):
    nlp = lede.Pipeline(layers=["sentences"])
    with pytest.raises(TypeError):
        nlp(42)
    with pytest.raises(TypeError):
        list(nlp.pipe(["ok", b"bytes"]))
    with pytest.raises(ValueError, match="unreadable date"):
        nlp("x", date="next tuesday")
    with pytest.raises(ValueError, match="unknown layer"):
        lede.Pipeline(layers="nope")
    with pytest.raises(ValueError, match="quotes"):
        lede.Pipeline(quotes="some")
    bad = tmp_path / "people.tsv"
    bad.write_text("Ana Ruiz\tPER\nBob\tPERSON\n")
    with pytest.raises(ValueError, match=r"people.tsv:2: unknown label `PERSON`"):
        lede.Pipeline(gazetteer=str(bad))
    with pytest.raises(ValueError, match="No such file"):
        lede.Pipeline(patterns="/no/such/rules.tsv")


def test_to_dict_is_the_cli_record(nlp):
    binary = cli()
    if binary is None or not ARTICLE.exists():
        pytest.skip("the lede binary (LEDE_BIN or target/release/lede) is not built")
    texts = [ARTICLE.read_text(encoding="utf-8"), STORY, "", "No date here."]
    dates = ["2023-02-23", "2023-08-16", None, None]
    if EXAMPLE.exists():  # the example wire story, with all four layers
        texts.append(EXAMPLE.read_text(encoding="utf-8"))
        dates.append("2023-08-16")
    lines = "".join(json.dumps({"text": t, "date": d}) + "\n" for t, d in zip(texts, dates))
    out = subprocess.run([binary, "annotate", "--jsonl", "--drop-fields", "--quiet"], input=lines.encode(),
                         capture_output=True, check=True).stdout.decode().splitlines()
    docs = list(nlp.pipe(texts, dates=dates, batch_size=3))
    assert [d.to_dict() for d in docs] == [json.loads(l) for l in out]
    assert nlp(texts[1], date="2023-08-16").to_dict() == json.loads(out[1]) | {"id": 1}
