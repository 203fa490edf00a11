"""lede on Spark: annotate a DataFrame column of texts on the executors.

Two routes, both giving exactly the records of ``lede annotate --jsonl --drop-fields``:

* :func:`annotate_column` runs the Python package on each executor through ``mapInPandas``
  (install the wheel on the cluster: ``pip install ./python`` or the built wheel). It adds a
  struct column with ``date``, ``sentences``, ``entities``, ``timexes`` and ``quotes``.
* :func:`pipe_rdd` sends JSON lines through the ``lede`` binary with ``RDD.pipe``, for clusters
  where a wheel cannot be installed but a binary can be shipped (``--files``, or on every node's
  PATH).

>>> from lede.spark import annotate_column                       # doctest: +SKIP
>>> out = annotate_column(df, "text", date_col="published")      # doctest: +SKIP
>>> out.select("id", "lede.entities").show()                     # doctest: +SKIP
"""
import json
from typing import Iterator, Optional, Sequence, Union

#: The Spark schema of the struct column (the CLI record's annotations, offsets in characters).
RECORD_SCHEMA = (
    "date string, warning string, "
    "sentences array<struct<start:long,end:long>>, "
    "entities array<struct<start:long,end:long,text:string,label:string,canonical:string,kb_id:string,via:string>>, "
    "timexes array<struct<start:long,end:long,text:string,type:string,value:string,"
    "interval_start:string,interval_end:string,mod:string>>, "
    "quotes array<struct<start:long,end:long,text:string,kind:string,speaker:string,speaker_start:long,"
    "speaker_end:long,speaker_entity:struct<canonical:string,label:string,kb_id:string>,cue:string,"
    "cue_start:long,cue_end:long>>"
)


def annotate_column(df, text_col: str, date_col: Optional[str] = None,
                    layers: Union[None, str, Sequence[str]] = None, quotes: str = "speech",
                    out_col: str = "lede", batch_size: int = 256):
    """``df`` with a struct column ``out_col`` holding the annotations of ``text_col`` (dates from
    ``date_col``: strings in any form the CLI reads, dates or timestamps). Runs on the executors
    with ``mapInPandas``; the ``lede`` package must be installed there."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType, StructField, StructType

    json_col = f"__{out_col}_json"
    schema = StructType(df.schema.fields + [StructField(json_col, StringType())])
    layer_arg = layers if layers is None or isinstance(layers, str) else ",".join(layers)

    def run(batches: Iterator["pandas.DataFrame"]) -> Iterator["pandas.DataFrame"]:  # noqa: F821
        import lede

        nlp = lede.Pipeline(layers=layer_arg, quotes=quotes)
        for pdf in batches:
            texts = ["" if t is None else str(t) for t in pdf[text_col]]
            dates = list(pdf[date_col]) if date_col else None
            dates = None if dates is None else [None if _missing(d) else d for d in dates]
            docs = nlp.pipe(texts, dates=dates, batch_size=batch_size)
            pdf[json_col] = [json.dumps(d.to_dict()) for d in docs]
            yield pdf

    out = df.mapInPandas(run, schema)
    return out.withColumn(out_col, F.from_json(F.col(json_col), RECORD_SCHEMA)).drop(json_col)


def _missing(d) -> bool:
    try:
        import pandas as pd

        return d is None or bool(pd.isna(d))
    except (TypeError, ValueError, ImportError):
        return d is None


def pipe_rdd(texts_rdd, binary: str = "lede", dates_rdd=None, extra_args: Sequence[str] = ()):
    """An RDD of CLI records (dicts) for an RDD of texts, through the ``lede`` binary with
    ``RDD.pipe`` (one process per partition, JSON lines in and out, in order)."""
    if dates_rdd is None:
        lines = texts_rdd.map(lambda t: json.dumps({"text": t}))
    else:
        lines = texts_rdd.zip(dates_rdd).map(lambda td: json.dumps({"text": td[0], "date": td[1]}))
    command = [binary, "annotate", "--jsonl", "--drop-fields", "--quiet", "--threads", "1", *extra_args]
    return lines.pipe(" ".join(command)).map(json.loads)
