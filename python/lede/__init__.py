"""lede reads English news the way an editor does: sentences, named entities, dates resolved
against the publication date, and quotes with their speakers.

>>> import lede
>>> nlp = lede.Pipeline()
>>> doc = nlp("Polish President Andrzej Duda spoke in Warsaw on Wednesday.", date="2023-08-16")
>>> [(e.text, e.label) for e in doc.entities]
[('Polish', 'MISC'), ('Andrzej Duda', 'PER'), ('Warsaw', 'LOC')]
>>> doc.timexes[0].value
'2023-08-16'

Offsets are Python string indices (code points), so ``text[e.start:e.end] == e.text``.
``doc.to_dict()`` is exactly the record ``lede annotate --jsonl --drop-fields`` writes for the same
line. The Rust work runs without the GIL, and ``Pipeline.pipe`` spreads batches over all cores.
"""
import datetime as _dt
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Union
import json as _json

from ._lede import NativePipeline as _NativePipeline
from ._lede import read_date as _read_date

__all__ = ["Pipeline", "Doc", "Item", "to_frames", "read_date"]

DateLike = Union[None, str, _dt.date, _dt.datetime, Any]


def _date_str(d: DateLike) -> Optional[str]:
    """A document date as text the native reader takes: ISO strings and the other forms the CLI
    reads, ``datetime.date``, ``datetime.datetime`` and ``pandas.Timestamp`` (its calendar date)."""
    if d is None:
        return None
    if isinstance(d, str):
        return d
    if isinstance(d, _dt.datetime):  # pandas.Timestamp is one too
        return d.date().isoformat()
    if isinstance(d, _dt.date):
        return d.isoformat()
    if isinstance(d, bool) or not isinstance(d, (int, float)):
        # numpy.datetime64 and other objects with an ISO form
        iso = getattr(d, "isoformat", None)
        if callable(iso):
            return str(iso())[:10]
        raise TypeError(f"a document date must be a str, date, datetime or Timestamp, not {type(d).__name__}")
    return str(d)  # epoch seconds or milliseconds, as the CLI reads them


class Item:
    """One annotation: a sentence, entity, timex or quote, with the fields of the JSONL record as
    attributes (``start``, ``end``, ``text``, ``label``, ``value``, ``speaker`` ...)."""

    __slots__ = ("_d",)

    def __init__(self, fields: Dict[str, Any]):
        self._d = fields

    def __getattr__(self, name: str) -> Any:
        try:
            return self._d[name]
        except KeyError:
            raise AttributeError(name) from None

    def to_dict(self) -> Dict[str, Any]:
        """The item's fields."""
        return dict(self._d)

    def __repr__(self) -> str:
        return f"Item({self._d!r})"


class Doc:
    """An annotated document: ``sentences``, ``entities``, ``timexes`` and ``quotes`` are lists
    of :class:`Item`; ``to_dict()`` is the CLI's JSONL record."""

    def __init__(self, text: str, record: Dict[str, Any]):
        self.text = text
        self._record = record
        self.id = record.get("id")
        self.date = record.get("date")
        self.sentences = [Item({**s, "text": text[s["start"]:s["end"]]}) for s in record["sentences"]]
        self.entities = [Item(e) for e in record["entities"]]
        self.timexes = [Item(t) for t in record["timexes"]]
        self.quotes = [Item(q) for q in record["quotes"]]

    def to_dict(self) -> Dict[str, Any]:
        """Exactly the record ``lede annotate --jsonl --drop-fields`` writes for this document."""
        return _json.loads(_json.dumps(self._record))

    def __repr__(self) -> str:
        return (f"Doc(id={self.id!r}, {len(self.sentences)} sentences, {len(self.entities)} entities, "
                f"{len(self.timexes)} timexes, {len(self.quotes)} quotes)")


class Pipeline:
    """The lede pipeline. Build it once and call it on texts.

    layers: the layers to report, e.g. ``["sentences", "dates"]`` or ``"sentences,dates"``
    (default: all four). gazetteer, patterns: a TSV file path or a list of them (extra names;
    rules of your own, see the ``lede`` README). quotes: ``"speech"`` (the default: only what someone said) or
    ``"all"`` (every attribution, beliefs and stances included). n_threads: worker threads for :meth:`pipe` (default:
    all cores). prefer: how a date the text does not place (``Friday``, ``June 5``) is read:
    ``"auto"`` (news reading: the tense around it), ``"past"`` or ``"future"`` (the next one, as
    a calendar assistant reads ``monday``). Bad options, gazetteer or pattern lines raise
    ``ValueError`` naming file, line and reason.
    """

    def __init__(self, layers: Union[None, str, Sequence[str]] = None,
                 gazetteer: Union[None, str, Sequence[str]] = None,
                 quotes: str = "speech", patterns: Union[None, str, Sequence[str]] = None,
                 n_threads: Optional[int] = None, prefer: str = "auto"):
        def paths(p):
            return [] if p is None else [p] if isinstance(p, str) else list(p)
        if layers is not None and not isinstance(layers, str):
            layers = ",".join(layers)
        self._native = _NativePipeline(layers, paths(gazetteer), paths(patterns), quotes, n_threads,
                                       prefer)

    def __call__(self, text: str, date: DateLike = None) -> Doc:
        """Annotates one document; ``date`` is its publication date, which "Wednesday" or "last
        year" resolve against."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        return Doc(text, _json.loads(self._native.annotate(text, _date_str(date))))

    def pipe(self, texts: Iterable[str], dates: Optional[Iterable[DateLike]] = None,
             batch_size: int = 256, n_threads: Optional[int] = None) -> Iterator[Doc]:
        """Annotates many documents, yielding them in order; each batch of ``batch_size`` runs on
        all worker threads without the GIL, so memory stays that of a batch. ``n_threads`` is
        accepted for spaCy-like code; the pipeline's own ``n_threads`` sets the pool."""
        dates_iter = iter(dates) if dates is not None else None
        batch: List[str] = []
        batch_dates: List[Optional[str]] = []
        first = 1
        for text in texts:
            if not isinstance(text, str):
                raise TypeError(f"texts must be str, not {type(text).__name__}")
            batch.append(text)
            batch_dates.append(_date_str(next(dates_iter)) if dates_iter is not None else None)
            if len(batch) >= batch_size:
                yield from self._run(batch, batch_dates, first)
                first += len(batch)
                batch, batch_dates = [], []
        if batch:
            yield from self._run(batch, batch_dates, first)

    def _run(self, texts: List[str], dates: List[Optional[str]], first: int) -> Iterator[Doc]:
        for text, rec in zip(texts, self._native.annotate_batch(texts, dates, first)):
            yield Doc(text, _json.loads(rec))


def read_date(value: DateLike) -> Optional[str]:
    """The calendar date (``YYYY-MM-DD``) lede reads from a date value, or None for None;
    ``ValueError`` when it cannot be read."""
    s = _date_str(value)
    return None if s is None else _read_date(s)


def to_frames(docs: Iterable[Doc]) -> Dict[str, Any]:
    """pandas DataFrames, one row per sentence, entity, timex and quote, with the document id:
    ``{"sentences": df, "entities": df, "timexes": df, "quotes": df}``. Needs pandas."""
    import pandas as pd

    rows: Dict[str, List[Dict[str, Any]]] = {"sentences": [], "entities": [], "timexes": [], "quotes": []}
    for doc in docs:
        for layer in rows:
            for item in getattr(doc, layer):
                d = item.to_dict()
                entity = d.pop("speaker_entity", None) if layer == "quotes" else None
                if layer == "quotes":
                    d["speaker_canonical"] = entity and entity.get("canonical")
                    d["speaker_label"] = entity and entity.get("label")
                    d["speaker_kb_id"] = entity and entity.get("kb_id")
                rows[layer].append({"id": doc.id, **d})
    columns = {
        "sentences": ["id", "start", "end", "text"],
        "entities": ["id", "start", "end", "text", "label", "canonical", "kb_id", "via"],
        "timexes": ["id", "start", "end", "text", "type", "value", "interval_start", "interval_end", "mod"],
        "quotes": ["id", "start", "end", "text", "kind", "speaker", "speaker_start", "speaker_end",
                   "speaker_canonical", "speaker_label", "speaker_kb_id", "cue", "cue_start", "cue_end"],
    }
    return {k: pd.DataFrame(v, columns=columns[k]) for k, v in rows.items()}
