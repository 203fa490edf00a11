"""Spark, for real: pyspark in local[2] mode on 20,000 short documents from the shared corpus,
through both routes of lede.spark, each checked against the CLI record for every document.
Skipped when pyspark, pandas or the corpus is missing (.ci/run installs pyspark and pyarrow)."""
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "news.txt"
N = 20_000

pyspark = pytest.importorskip("pyspark")
pytest.importorskip("pandas")
pytest.importorskip("pyarrow")


def binary():
    path = os.environ.get("LEDE_BIN") or str(ROOT / "target" / "release" / "lede")
    if not Path(path).exists():
        pytest.skip("the lede binary is not built")
    return path


@pytest.fixture(scope="module")
def texts():
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} not found")
    pieces = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        pieces += [p for p in re.split(r"(?<=[.!?])\s+", line) if len(p) >= 20]
    return [pieces[i % len(pieces)] for i in range(N)]


@pytest.fixture(scope="module")
def cli_records(texts):
    lines = "".join(json.dumps({"text": t, "date": "2023-08-16"}) + "\n" for t in texts)
    out = subprocess.run([binary(), "annotate", "--jsonl", "--drop-fields", "--quiet"], input=lines.encode(),
                         capture_output=True, check=True).stdout.decode().splitlines()
    return [json.loads(l) for l in out]


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    s = (SparkSession.builder.master("local[2]").appName("lede-test")
         .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
         .getOrCreate())
    yield s
    s.stop()


def strip(rec):
    """A CLI record without its id, as the struct column holds it (warning null when absent)."""
    out = {k: v for k, v in rec.items() if k not in ("id", "offsets")}
    out.setdefault("warning", None)
    return out


def report(line):
    target = ROOT / "target"
    target.mkdir(exist_ok=True)
    with open(target / "spark-report.txt", "a") as f:
        f.write(line + "\n")
    print(line)


def test_annotate_column_equals_the_cli(spark, texts, cli_records):
    from lede.spark import annotate_column

    df = spark.createDataFrame([(i, t, "2023-08-16") for i, t in enumerate(texts)], "id long, text string, day string")
    t0 = time.perf_counter()
    rows = annotate_column(df, "text", date_col="day").orderBy("id").collect()
    secs = time.perf_counter() - t0
    report(f"lede.spark.annotate_column: {len(rows)} documents in {secs:.1f} s, {len(rows) / secs:,.0f} documents/s (local[2])")
    assert len(rows) == N
    for row, rec in zip(rows, cli_records):
        assert row["text"] == texts[row["id"]]
        assert row["lede"].asDict(recursive=True) == strip(rec), row["id"]


def test_rdd_pipe_through_the_binary_equals_the_cli(spark, texts, cli_records):
    from lede.spark import pipe_rdd

    sc = spark.sparkContext
    t0 = time.perf_counter()
    recs = pipe_rdd(sc.parallelize(texts, 4), binary=binary(),
                    dates_rdd=sc.parallelize(["2023-08-16"] * N, 4)).collect()
    secs = time.perf_counter() - t0
    report(f"lede.spark.pipe_rdd: {len(recs)} documents in {secs:.1f} s, {len(recs) / secs:,.0f} documents/s (local[2])")
    assert len(recs) == N
    assert [strip(r) for r in recs] == [strip(r) for r in cli_records]
