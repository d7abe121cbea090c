"""Run an extractor over a folder of documents with gold files, score it, and render the report.

A document ``X.txt`` (or ``.html``, ``.htm``, ``.pdf``, ``.docx``) is evaluated when ``X.gold.json``
sits beside it; subfolders are searched too. Typical use::

    report = evaluate("tests/data/minutes", extract)
    print(render_text(report, evaluate("tests/data/minutes", baseline.extract_file)))
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from pydantic import ValidationError, computed_field
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from loaders.errors import MinutesKGError
from loaders.eval.scoring import (
    LIST_FIELDS,
    MEETING_FIELDS,
    Accuracy,
    Counts,
    DocumentScore,
    FolderScore,
    GoldShaped,
    score_document,
)
from loaders.models import Extraction

DOCUMENT_SUFFIXES = frozenset({".txt", ".html", ".htm", ".pdf", ".docx"})
GOLD_SUFFIX = ".gold.json"
# Shapes of page met in the wild, as a sources table or a file name spells them.
SHAPES = {
    "news": "news release",
    "jiyao": "numbered 纪要",
    "numbered": "numbered 纪要",
    "timeline": "timeline",
    "portal": "portal page",
    "trad": "traditional",
    "traditional": "traditional",
    "epaper": "e-paper",
    "spam": "spam copy",
}
SOURCES_GLOB = "sources*.tsv"
# Takes a document's path, returns its gold-shaped dict or an Extraction.
type Extractor = Callable[[Path], Extraction | GoldShaped]


class GoldFileError(MinutesKGError):
    """A folder holds no gold files, or a gold file is not a valid extraction."""


class EvalReport(FolderScore):
    """The scores of one extractor over one folder."""

    folder: str

    @computed_field  # type: ignore[prop-decorator]  # pydantic's documented form, beyond mypy
    @property
    def failed(self) -> list[str]:
        """Names of the documents on which the extractor raised."""
        return [d.name for d in self.documents if d.error is not None]


def find_documents(folder: str | os.PathLike[str]) -> list[tuple[Path, Path]]:
    """Return every ``(document, gold file)`` pair under ``folder``, sorted by path.

    Args:
        folder: the folder to search, subfolders included.

    Returns:
        Pairs of a document and the ``X.gold.json`` beside it; documents without one are skipped.
    """
    pairs = []
    for path in sorted(Path(folder).rglob("*")):
        gold = path.with_name(path.stem + GOLD_SUFFIX)
        if path.suffix.lower() in DOCUMENT_SUFFIXES and path.is_file() and gold.is_file():
            pairs.append((path, gold))
    return pairs


def load_gold(path: Path) -> dict[str, object]:
    """Read a gold file and check that it is a valid extraction.

    Args:
        path: a ``.gold.json`` file.

    Returns:
        The gold dict, as written.

    Raises:
        GoldFileError: the file is not JSON or does not have the shape of an extraction.
    """
    try:
        gold: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
        Extraction.model_validate(gold)
    except (ValueError, ValidationError) as exc:
        raise GoldFileError(f"{path}: not a valid gold file ({exc}); fix it or remove it") from exc
    return gold


def document_shapes(folder: str | os.PathLike[str]) -> dict[str, str]:
    """Return the shape of each document of ``folder`` by file name, from its sources tables.

    A sources table is a TSV file named ``sources*.tsv`` with the columns ``file`` and ``shape``
    (among others); documents it does not list get the shape their file name spells
    (``r01_xiqing_2019_news.txt``), if any (see :func:`shape_of_name`).
    """
    shapes: dict[str, str] = {}
    for row in source_rows(sorted(Path(folder).rglob(SOURCES_GLOB))):
        shape = SHAPES.get((row.get("shape") or "").strip())
        if row.get("file") and shape:
            shapes[row["file"].strip()] = shape
    return shapes


def source_rows(tables: Iterable[Path]) -> Iterator[dict[str, str]]:
    """Yield the rows of sources tables (TSV with a header: ``file``, ``shape``, ``government`` …)."""
    for table in tables:
        with table.open(encoding="utf-8", newline="") as rows:
            yield from csv.DictReader(rows, delimiter="\t")


def shape_of_name(name: str) -> str | None:
    """Return the shape a document's file name spells, or ``None``.

    >>> shape_of_name("rb07_jiading_2019_trad.txt"), shape_of_name("a02_numbered_bom.txt")
    ('traditional', 'numbered 纪要')
    >>> shape_of_name("seed.txt") is None
    True
    """
    stem = name.split(".", 1)[0]
    return next((SHAPES[part] for part in reversed(stem.split("_")) if part in SHAPES), None)


def _predict(extract: Extractor, path: Path) -> tuple[GoldShaped, str | None]:
    """Run the extractor; a failure becomes an empty prediction, so it costs recall."""
    try:
        pred = extract(path)
    except Exception as exc:  # one bad document must not stop the run
        return {}, f"{type(exc).__name__}: {exc}"
    if isinstance(pred, Extraction):
        pred = pred.to_json_dict()
    if not isinstance(pred, dict):
        return {}, f"the extractor returned {type(pred).__name__}, not a dict"
    return pred, None


def evaluate(folder: str | os.PathLike[str], extract: Extractor) -> EvalReport:
    """Run ``extract`` on every document of ``folder`` that has a gold file, and score it.

    An exception raised by ``extract`` on one document is recorded in that document's ``error``
    and the document is scored as an empty prediction.

    Args:
        folder: a folder of documents, each with ``X.gold.json`` beside ``X.<ext>``.
        extract: takes a document path, returns a gold-shaped dict (or an ``Extraction``).

    Returns:
        Micro-averaged scores and every document's own scores.

    Raises:
        FileNotFoundError: ``folder`` is not a folder.
        GoldFileError: no document with a gold file was found, or a gold file is invalid.
    """
    root = Path(folder)
    if not root.is_dir():
        raise FileNotFoundError(f"{root}: no such folder; pass the folder of documents to score")
    pairs = find_documents(root)
    if not pairs:
        raise GoldFileError(f"{root}: no document has a gold file beside it (X.txt → X.gold.json)")
    shapes = document_shapes(root)
    scores = []
    for path, gold_path in pairs:
        gold = load_gold(gold_path)  # before the extractor runs: a bad gold file stops at once
        pred, error = _predict(extract, path)
        score = score_document(gold, pred, path.relative_to(root).as_posix())
        shape = shapes.get(path.name) or shape_of_name(path.name)
        scores.append(score.model_copy(update={"error": error, "shape": shape}))
    return EvalReport.of(scores, folder=str(root))


def _heading(text: str) -> Text:
    return Text(f"\n{text}", style="bold")


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _accuracy(a: Accuracy) -> str:
    return f"{_num(a.value)} ({a.correct}/{a.total})"


def _prf(c: Counts) -> list[str]:
    return [_num(c.precision), _num(c.recall), _num(c.f1)]


def _fields_table(report: EvalReport, baseline: EvalReport | None) -> Table:
    table = Table()
    table.add_column("field")
    for name in ("P", "R", "F1", "TP", "FP", "FN"):
        table.add_column(name, justify="right")
    if baseline is not None:
        for name in ("base P", "base R", "base F1"):
            table.add_column(name, justify="right", style="dim")
    for field in LIST_FIELDS:
        c = report.fields[field]
        row = [field, *_prf(c), str(c.tp), str(c.fp), str(c.fn)]
        if baseline is not None:
            row += _prf(baseline.fields[field])
        table.add_row(*row)
    return table


def _meeting_table(report: EvalReport, baseline: EvalReport | None) -> Table:
    table = Table()
    table.add_column("field")
    table.add_column("accuracy", justify="right")
    if baseline is not None:
        table.add_column("baseline", justify="right", style="dim")
    for field in MEETING_FIELDS:
        a = report.meeting[field]
        row = [field, _accuracy(a)]
        if baseline is not None:
            row.append(_accuracy(baseline.meeting[field]))
        table.add_row(*row)
    return table


def _describe(doc: DocumentScore) -> str:
    if doc.error is not None:
        return f"failed: {doc.error}"
    return ", ".join(f"{name} {value:.2f}" for name, value in doc.lowest()) or "all correct"


def _worst_table(report: EvalReport, n: int) -> Table:
    table = Table()
    table.add_column("document", overflow="fold")
    table.add_column("misses", justify="right")
    table.add_column("score", justify="right")
    table.add_column("lowest fields", overflow="fold")
    for doc in report.most_missed(n):
        table.add_row(doc.name, str(doc.misses), _num(doc.overall), _describe(doc))
    return table


def _pair(c: Counts) -> str:
    return "—" if not c.active else f"{c.recall:.2f}/{c.precision:.2f}"


_SHAPE_FIELDS = ("bureaus", "reported", "plans", "directed_named", "directed_group", "initiatives")


def _shape_table(report: EvalReport) -> Table:
    table = Table()
    table.add_column("shape")
    table.add_column("docs", justify="right")
    for field in _SHAPE_FIELDS:
        table.add_column(field.replace("directed_", "dir. "), justify="right")
    table.add_column("date", justify="right")
    for shape, score in report.by_shape().items():
        cells = [
            f"{_num(score.fields[f].recall)} {_num(score.fields[f].precision)}"
            for f in _SHAPE_FIELDS
        ]
        date = _num(score.meeting["date"].value)
        table.add_row(shape, str(len(score.documents)), *cells, date)
    return table


def render(report: EvalReport, baseline: EvalReport | None = None, worst: int = 5) -> Group:
    """Return the report as rich tables, with the baseline's scores beside the extractor's.

    Args:
        report: the extractor's scores.
        baseline: the baseline's scores on the same folder, or ``None`` to leave them out.
        worst: how many of the weakest documents to list.

    Returns:
        A renderable for ``rich.console.Console.print``.
    """
    count = len(report.documents)
    failed = f", {len(report.failed)} failed" if report.failed else ""
    return Group(
        Text(f"{report.folder}: {count} document{'s' * (count != 1)}{failed}", style="bold"),
        _heading("Facts: precision, recall and F1, micro-averaged over documents"),
        _fields_table(report, baseline),
        _heading("Meeting fields: accuracy over the documents whose gold has a value"),
        _meeting_table(report, baseline),
        _heading("By shape of page: recall then precision per field, date accuracy"),
        _shape_table(report),
        _heading(f"The {worst} documents with the most misses, with their lowest fields"),
        _worst_table(report, worst),
    )


def render_text(report: EvalReport, baseline: EvalReport | None = None, width: int = 100) -> str:
    """Return :func:`render` as plain text, ``width`` terminal cells wide (a CJK character is 2).

    Args:
        report: the extractor's scores.
        baseline: the baseline's scores on the same folder, or ``None``.
        width: the width of the text in terminal cells.

    Returns:
        The tables as text without colour codes.
    """
    text = io.StringIO()
    console = Console(file=text, width=width, color_system=None, highlight=False)
    console.print(render(report, baseline))
    return text.getvalue()
