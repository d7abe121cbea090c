"""The document being extracted: its text, sentence boundaries and the facts found so far."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TypedDict

from loaders.models import Document, Extraction, Initiative, Related


class Evidence(TypedDict):
    """A fact's sentence: its offsets into the document's text, and the text itself."""

    span: tuple[int, int]
    evidence: str


@dataclass
class Context:
    """The document being extracted, with its sentence boundaries and the facts found so far."""

    doc: Document
    places: tuple[str, ...]
    result: Extraction
    bounds: list[int] = field(default_factory=list)
    # The simplified text, read by every rule: an attribute, not a model's field looked up each time.
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = self.doc.simplified

    def sentence(self, pos: int) -> tuple[int, int]:
        """The span of the sentence holding ``pos`` (without surrounding whitespace)."""
        index = bisect_right(self.bounds, pos)
        start = self.bounds[index - 1] if index else 0
        end = self.bounds[index] if index < len(self.bounds) else len(self.text)
        while start < end and self.text[start].isspace():
            start += 1
        return start, end

    def evidence(self, pos: int) -> Evidence:
        start, end = self.sentence(pos)
        return {"span": (start, end), "evidence": self.doc.text[start:end]}

    def written(self, name: str, pos: int) -> tuple[str, str | None]:
        """The name as written at ``pos`` and its simplified form when that differs."""
        as_written = self.doc.text[pos : pos + len(name)]
        return as_written, (name if as_written != name else None)

    def add_initiative(self, item: int, name: str, pos: int) -> None:
        """Add an initiative once per document, with the sentence at ``pos`` as evidence."""
        if all(i.name != name for i in self.result.initiatives):
            self.result.initiatives.append(Initiative(name=name, item=item, **self.evidence(pos)))

    def add_related(self, kind: str, source: str, target: str, pos: int) -> None:
        """Add a relation once per document (an agenda listed in the opening names its plans
        again), with the sentence at ``pos`` as evidence."""
        if any((r.kind, r.from_, r.to) == (kind, source, target) for r in self.result.related):
            return
        fact = {"from": source, "to": target, "kind": kind, **self.evidence(pos)}
        self.result.related.append(Related.model_validate(fact))
