"""Score predicted extractions against gold files, as the annotation guide's "Scoring" section says.

Both sides are gold-shaped dicts (``Extraction.to_json_dict()`` or a ``.gold.json`` file). Every
string is compared in its canonical form, and "similar" means a character overlap of at least 0.6
or containment (both defined in :mod:`loaders.extract.matching`). A predicted item is a true positive when:

================  ===========================================================================
field             match rule
================  ===========================================================================
bureaus           its name is in the gold set of names (a set: duplicates count once)
plans             its title is in the gold set of titles (a set: duplicates count once)
initiatives       its name is similar to a gold initiative
reported          bureau equal and subject similar
directed_named    addressee equal, both sides ``group: false``
directed_group    addressee equal, both sides ``group: true``
related           ``kind`` equal, ``from`` and ``to`` each similar
approved          the approved plan's title equal (scored only where the gold has ``approved``)
================  ===========================================================================

Except for the two sets, matching is one-to-one: a gold item is matched at most once, so a
duplicated prediction is a false positive. The largest one-to-one matching is used, so the score
never depends on the order of the lists.

A gold file without an ``approved`` key predates that field: approvals are not scored there
(neither missed nor invented); an empty list says the meeting approved nothing.

``reported`` ignores ``role`` and ``item``, and ``directed`` ignores ``item`` and ``directive``:
the guide names only bureau and subject (addressee), and an item number is a position that shifts
for every later item once one item is missed. ``combined_with`` and ``shared_requirement`` tie two
initiatives without a direction, so they also match with ``from`` and ``to`` swapped;
``implements`` (plan → initiative) does not.

The meeting fields ``date``, ``ordinal``, ``chair``, ``doc_number`` and ``issuer`` are per-document
accuracy, exact in canonical form (the issuer without the province or city above it), counted only where the gold value is not null (a null prediction there
is wrong); ``date`` is counted in every document whose gold has a meeting, because a gold date
left null says the text gives none, and a date predicted there was invented. Folder scores are
micro-averaged: counts are summed over documents first.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, computed_field

from loaders.extract.matching import canonical, max_matching, similar
from loaders.extract.places import full_name

LIST_FIELDS = (
    "bureaus",
    "plans",
    "initiatives",
    "reported",
    "directed_named",
    "directed_group",
    "related",
    "approved",
)
MEETING_FIELDS = ("date", "ordinal", "chair", "doc_number", "issuer")
SYMMETRIC_KINDS = frozenset({"combined_with", "shared_requirement"})
# Meeting fields whose null in the gold is an answer too (no date may be invented).
_NULL_SCORED = frozenset({"date"})
# A gold-shaped extraction as JSON. An extractor under evaluation may return any shape, so every
# value is checked as it is read instead of trusted.
type GoldShaped = Mapping[str, object]


def _ratio(part: int, whole: int, empty: float) -> float:
    return part / whole if whole else empty


class Counts(BaseModel):
    """True positives, false positives and false negatives of one field, with P/R/F1.

    With nothing to find and nothing found, precision, recall and F1 are all 1.0; a precision
    or recall whose denominator is 0 is otherwise 0.0.

    >>> c = Counts(tp=3, fp=1, fn=2)
    >>> (c.precision, c.recall, round(c.f1, 4))
    (0.75, 0.6, 0.6667)
    """

    model_config = ConfigDict(frozen=True)

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @computed_field  # type: ignore[prop-decorator]  # pydantic's documented form, beyond mypy
    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp, 1.0 if self.fn == 0 else 0.0)

    @computed_field  # type: ignore[prop-decorator]  # pydantic's documented form, beyond mypy
    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn, 1.0 if self.fp == 0 else 0.0)

    @computed_field  # type: ignore[prop-decorator]  # pydantic's documented form, beyond mypy
    @property
    def f1(self) -> float:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn, 1.0)

    @property
    def active(self) -> bool:
        """Whether the field had anything to find or found anything."""
        return self.tp + self.fp + self.fn > 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)


class Accuracy(BaseModel):
    """Correct answers out of the documents whose gold has a value for one meeting field."""

    model_config = ConfigDict(frozen=True)

    correct: int = 0
    total: int = 0

    @computed_field  # type: ignore[prop-decorator]  # pydantic's documented form, beyond mypy
    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(correct=self.correct + other.correct, total=self.total + other.total)


class DocumentScore(BaseModel):
    """The scores of one document; ``error`` is set when the extractor failed on it."""

    name: str
    fields: dict[str, Counts]
    meeting: dict[str, Accuracy]
    error: str | None = None
    shape: str | None = None
    """The kind of page (news release, numbered 纪要, timeline …), when the folder says."""

    @computed_field  # type: ignore[prop-decorator]  # pydantic's documented form, beyond mypy
    @property
    def misses(self) -> int:
        """Gold facts not found, plus meeting fields got wrong."""
        missed = sum(c.fn for c in self.fields.values())
        return missed + sum(a.total - a.correct for a in self.meeting.values())

    def parts(self) -> dict[str, float]:
        """Return F1 of every active list field and accuracy of every counted meeting field."""
        parts = {name: c.f1 for name, c in self.fields.items() if c.active}
        parts.update({name: a.value for name, a in self.meeting.items() if a.value is not None})
        return parts

    @computed_field  # type: ignore[prop-decorator]  # pydantic's documented form, beyond mypy
    @property
    def overall(self) -> float:
        """Mean of :meth:`parts`; 1.0 for a document with nothing to find and nothing found."""
        parts = self.parts().values()
        return sum(parts) / len(parts) if parts else 1.0

    def lowest(self, n: int = 3) -> list[tuple[str, float]]:
        """Return up to ``n`` imperfect parts, lowest first."""
        imperfect = [(name, v) for name, v in self.parts().items() if v < 1.0]
        return sorted(imperfect, key=lambda part: part[1])[:n]


class FolderScore(BaseModel):
    """Micro-averaged scores of a folder, with every document's own score."""

    fields: dict[str, Counts]
    meeting: dict[str, Accuracy]
    documents: list[DocumentScore]

    @classmethod
    def of(cls, documents: Iterable[DocumentScore], **extra: Any) -> Self:
        """Sum the counts of ``documents`` (micro-average); ``extra`` fills subclass fields."""
        docs = list(documents)
        fields = {f: sum((d.fields[f] for d in docs), Counts()) for f in LIST_FIELDS}
        meeting = {f: sum((d.meeting[f] for d in docs), Accuracy()) for f in MEETING_FIELDS}
        return cls(fields=fields, meeting=meeting, documents=docs, **extra)

    def worst(self, n: int = 5) -> list[DocumentScore]:
        """Return the ``n`` documents with the lowest overall score, worst first."""
        return sorted(self.documents, key=lambda d: (d.overall, d.name))[:n]

    def most_missed(self, n: int = 5) -> list[DocumentScore]:
        """Return the ``n`` documents with the most misses, most first (ties: lowest score)."""
        return sorted(self.documents, key=lambda d: (-d.misses, d.overall, d.name))[:n]

    def by_shape(self) -> dict[str, FolderScore]:
        """Return the scores of each shape of document, shapes in alphabetical order."""
        shapes = sorted({d.shape or "other" for d in self.documents})
        return {
            shape: FolderScore.of(d for d in self.documents if (d.shape or "other") == shape)
            for shape in shapes
        }


def _items(doc: GoldShaped, key: str) -> list[Mapping[str, object]]:
    values = doc.get(key)
    if not isinstance(values, list | tuple):
        return []
    return [item for item in values if isinstance(item, dict)]


def _meeting(doc: GoldShaped) -> Mapping[str, object]:
    meeting = doc.get("meeting") or {}
    return meeting if isinstance(meeting, dict) else {}


def _names(doc: GoldShaped, key: str, attr: str) -> list[str]:
    return [name for item in _items(doc, key) if (name := canonical(item.get(attr)))]


def _reports(doc: GoldShaped) -> list[tuple[str, str]]:
    pairs = [
        (canonical(r.get("bureau")), canonical(r.get("subject"))) for r in _items(doc, "reported")
    ]
    return [pair for pair in pairs if all(pair)]


def _addressees(doc: GoldShaped, group: bool) -> list[str]:
    directed = (d for d in _items(doc, "directed") if bool(d.get("group")) is group)
    return [name for d in directed if (name := canonical(d.get("to")))]


def _relations(doc: GoldShaped) -> list[tuple[str, str, object]]:
    rels = [
        (canonical(r.get("from")), canonical(r.get("to")), r.get("kind"))
        for r in _items(doc, "related")
    ]
    return [rel for rel in rels if rel[0] and rel[1]]


def _approvals(doc: GoldShaped) -> list[str]:
    return _names(doc, "approved", "plan")


def _same_report(gold: tuple[str, str], pred: tuple[str, str]) -> bool:
    return gold[0] == pred[0] and similar(gold[1], pred[1])


def _same_relation(gold: tuple[str, str, object], pred: tuple[str, str, object]) -> bool:
    if gold[2] != pred[2]:
        return False
    if similar(gold[0], pred[0]) and similar(gold[1], pred[1]):
        return True
    return gold[2] in SYMMETRIC_KINDS and similar(gold[0], pred[1]) and similar(gold[1], pred[0])


def _as_set(gold: list[str], pred: list[str]) -> Counts:
    g, p = set(gold), set(pred)
    return Counts(tp=len(g & p), fp=len(p - g), fn=len(g - p))


def _one_to_one[T](gold: list[T], pred: list[T], matches: Callable[[T, T], bool]) -> Counts:
    tp = max_matching(gold, pred, matches)
    return Counts(tp=tp, fp=len(pred) - tp, fn=len(gold) - tp)


def _meeting_field(
    gold: object, pred: object, null_counts: bool = False, field: str = ""
) -> Accuracy:
    read = _government if field == "issuer" else canonical
    expected = read(gold)
    if not expected:
        return Accuracy(correct=int(not pred), total=1) if null_counts else Accuracy()
    return Accuracy(correct=int(read(pred) == expected), total=1)


# 天津市和平区人民政府 and 和平区人民政府 are one government: the province or city above it is dropped,
# and a short name (红河州) is read as the full one.
_UPPER_LEVEL = re.compile(r"^[一-龥]{2,3}?[省市](?=[一-龥]+(?:区|县|市|旗)(?:人民政府)?$)")


def _government(name: object) -> str:
    """A government's name without the levels above it, in canonical form.

    >>> _government("天津市和平区人民政府") == _government("和平区人民政府"), _government("镇江市人民政府")
    (True, '镇江市人民政府')
    """
    written = canonical(name)
    if not written:
        return written
    place = _UPPER_LEVEL.sub("", written).removesuffix("人民政府")
    return full_name(place) + "人民政府"  # 红河州 is 红河哈尼族彝族自治州


def score_document(gold: GoldShaped, pred: GoldShaped, name: str = "") -> DocumentScore:
    """Score one predicted extraction against its gold.

    Args:
        gold: the gold extraction, shaped like a ``.gold.json`` file.
        pred: the predicted extraction, same shape; missing keys count as empty lists.
        name: the document's name, carried into the result.

    Returns:
        Per-field counts and meeting-field accuracies.

    >>> gold = {"bureaus": [{"name": "区民政局"}], "meeting": {"ordinal": 73, "chair": None}}
    >>> s = score_document(gold, {"bureaus": [{"name": "區民政局"}], "meeting": {"ordinal": "73"}})
    >>> s.fields["bureaus"].f1, s.meeting["ordinal"].value, s.meeting["chair"].total
    (1.0, 1.0, 0)
    """
    fields = {
        "bureaus": _as_set(_names(gold, "bureaus", "name"), _names(pred, "bureaus", "name")),
        "plans": _as_set(_names(gold, "plans", "title"), _names(pred, "plans", "title")),
        "initiatives": _one_to_one(
            _names(gold, "initiatives", "name"), _names(pred, "initiatives", "name"), similar
        ),
        "reported": _one_to_one(_reports(gold), _reports(pred), _same_report),
        "directed_named": _one_to_one(
            _addressees(gold, False), _addressees(pred, False), operator.eq
        ),
        "directed_group": _one_to_one(
            _addressees(gold, True), _addressees(pred, True), operator.eq
        ),
        "related": _one_to_one(_relations(gold), _relations(pred), _same_relation),
        "approved": _one_to_one(_approvals(gold), _approvals(pred), operator.eq)
        if "approved" in gold
        else Counts(),
    }
    gold_meeting, pred_meeting = _meeting(gold), _meeting(pred)
    meeting = {
        f: _meeting_field(
            gold_meeting.get(f), pred_meeting.get(f), f in _NULL_SCORED and bool(gold_meeting), f
        )
        for f in MEETING_FIELDS
    }
    return DocumentScore(name=name, fields=fields, meeting=meeting)
