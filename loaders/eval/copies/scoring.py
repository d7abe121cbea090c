"""Scoring the extractor on copies against the original gold: place forms put back, units
compared by their bare names within the page's government (see :mod:`loaders.eval.copies`)."""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from loaders.eval.copies.making import Copy, Places, perturb_text
from loaders.eval.evaluate import (
    SOURCES_GLOB,
    EvalReport,
    evaluate,
    find_documents,
    load_gold,
    source_rows,
)
from loaders.eval.scoring import LIST_FIELDS, MEETING_FIELDS
from loaders.extract.matching import canonical

_UNIT_KEYS = (("bureaus", "name"), ("reported", "bureau"), ("directed", "to"))


def _map_strings(value: object, change: Callable[[str], str]) -> object:
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [_map_strings(v, change) for v in value]
    if isinstance(value, dict):
        return {k: _map_strings(v, change) for k, v in value.items()}
    return value


def restore_places(doc: Mapping[str, object], adverts: Mapping[str, str]) -> dict[str, object]:
    """Put each place form back where its advertising string stands, in every string of ``doc``."""
    if not adverts:
        return dict(doc)
    pattern = re.compile("|".join(map(re.escape, adverts)))
    restored = _map_strings(dict(doc), lambda s: pattern.sub(lambda m: adverts[m.group()], s))
    assert isinstance(restored, dict)
    return restored


def bare_unit(name: str, places: Places, adverts: Sequence[str] = ()) -> str:
    """Return a unit's name without the page's place, advertising or own level in front.

    >>> p = Places.of("宜春市人民政府")
    >>> [bare_unit(n, p, ["zx88体育官网"]) for n in ("宜春市财政局", "市财政局", "zx88体育官网财政局")]
    ['财政局', '财政局', '财政局']
    >>> bare_unit("县财政局", p), bare_unit("市", p)
    ('县财政局', '市')
    """
    name = canonical(name)
    for prefix in (*adverts, *places.forms):
        if name.startswith(prefix) and len(name) > len(prefix) + 1:
            name = name[len(prefix) :]
            break
    if places.level and name.startswith(places.level) and len(name) > 2:
        name = name[1:]
    return name


def bare_units(doc: Mapping[str, object], places: Places) -> dict[str, object]:
    """Return ``doc`` with every unit name (bureaus, reporters, addressees) made bare."""
    out = dict(doc)
    for key, attr in _UNIT_KEYS:
        items = out.get(key)
        if isinstance(items, list):
            out[key] = [
                {**i, attr: bare_unit(i[attr], places)}
                if isinstance(i, dict) and isinstance(i.get(attr), str) and not i.get("group")
                else i
                for i in items
            ]
    return out


def governments(folder: Path) -> dict[str, str]:
    """Return each document's government by file name, from the folder's sources tables."""
    found: dict[str, str] = {}
    tables = sorted(folder.rglob(SOURCES_GLOB)) + sorted(folder.parent.glob(SOURCES_GLOB))
    for row in source_rows(tables):
        if row.get("file") and row.get("government"):
            found.setdefault(row["file"].strip(), row["government"].strip())
    return found


type PlainExtractor = Callable[[Path], Mapping[str, object]]


def score_copies(
    folder: Path, extract: PlainExtractor, kind: str, share: float = 1.0
) -> tuple[EvalReport, EvalReport]:
    """Score ``extract`` on the documents of ``folder`` and on their copies.

    Args:
        folder: a folder of documents with gold files, and a sources table in it or its parent.
        extract: takes a document's path, returns a gold-shaped dict.
        kind: what the copies change (see :func:`perturb_text`).
        share: the chance that each occurrence is changed.

    Returns:
        The report on the originals and the report on the copies, both with bare unit names.
    """
    reports = []
    for copying in (False, True):
        with tempfile.TemporaryDirectory(prefix="mkg-copies-") as tmp:
            written = _write_folder(folder, Path(tmp), kind if copying else None, share)

            def run(path: Path, written: _Written = written) -> dict[str, object]:
                where, adverts = written[path.name]
                return bare_units(restore_places(extract(path), adverts), where)

            reports.append(evaluate(tmp, run).model_copy(update={"folder": str(folder)}))
    return reports[0], reports[1]


# Each written document's place forms and the place form each advertising string stands for.
type _Written = dict[str, tuple[Places, dict[str, str]]]


def _write_folder(folder: Path, target: Path, kind: str | None, share: float) -> _Written:
    """Write ``folder``'s documents (copied when ``kind`` is given) and bare gold files to ``target``."""
    govs = governments(folder)
    written: _Written = {}
    for path, gold_path in find_documents(folder):
        where = Places.of(govs.get(path.name, ""))
        gold = bare_units(load_gold(gold_path), where)
        (target / gold_path.name).write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
        try:
            copy = Copy(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:  # a binary or other-encoded page is written as it is
            shutil.copyfile(path, target / path.name)
            written[path.name] = (where, {})
            continue
        if kind:
            copy = perturb_text(copy.text, path.name, where, kind, share)
        (target / path.name).write_text(copy.text, encoding="utf-8")
        written[path.name] = (where, copy.adverts)
    return written


def render_table(original: EvalReport, copied: EvalReport, label: str = "copies") -> str:
    """Return precision and recall per field on the originals and on the copies, as text."""
    lines = [
        f"{len(copied.documents)} documents; P / R per field (TP FP FN), originals then {label}",
        f"{'field':<16}{'originals':>28}{label:>36}",
    ]
    for name in LIST_FIELDS:
        cells = [
            f"{c.precision:.3f} / {c.recall:.3f} ({c.tp} {c.fp} {c.fn})"
            for c in (original.fields[name], copied.fields[name])
        ]
        lines.append(f"{name:<16}{cells[0]:>28}{cells[1]:>36}")
    for name in MEETING_FIELDS:
        a, b = original.meeting[name], copied.meeting[name]
        lines.append(f"{name:<16}{a.correct:>22}/{a.total:<5}{b.correct:>30}/{b.total:<5}")
    return "\n".join(lines)
