"""Finding meetings and sentences: a meeting by date, 文号 or ordinal, and every fact whose
source sentence says something (e.g. 城市更新), across governments, with the words highlighted.
"""

from __future__ import annotations

import unicodedata

from pydantic import BaseModel, Field

from graph_service.graph_models import EDGE_TYPES, Edge, Node
from graph_service.questions.answers import NodeRef
from graph_service.questions.asking import QuestionError, ask
from graph_service.questions.governments import check_government
from graph_service.stores.protocol import GraphReader
from loaders.read.normalize import to_simplified

MAX_FOUND = 200


class FoundMeetings(BaseModel):
    """Meetings matching every criterion given, newest first."""

    meetings: list[Node] = Field(default_factory=list)


class Sentence(BaseModel):
    """A source sentence containing the words asked for, with the facts it gave."""

    evidence: str
    highlights: list[tuple[int, int]] = Field(description="[start, end) of each occurrence")
    date: str | None = None
    government: str | None = None
    doc: str | None = None
    facts: list[str] = Field(default_factory=list, description="ids of the edges it gave")
    nodes: list[NodeRef] = Field(default_factory=list, description="the nodes those facts join")


class SentenceAnswer(BaseModel):
    """The sentences containing ``query``, newest first."""

    query: str
    sentences: list[Sentence] = Field(default_factory=list)


def highlights(text: str, words: str) -> list[tuple[int, int]]:
    """Return the ``[start, end)`` of each occurrence of ``words`` in ``text``, left to right.

    >>> highlights("推进城市更新，城市更新要快", "城市更新")
    [(2, 6), (7, 11)]
    """
    found, start = [], text.find(words)
    while start >= 0 and words:
        found.append((start, start + len(words)))
        start = text.find(words, start + len(words))
    return found


def find_meetings(
    store: GraphReader,
    date: str | None = None,
    doc_number: str | None = None,
    ordinal: int | None = None,
    government: str | None = None,
    limit: int = 50,
) -> FoundMeetings:
    """Return the meetings on ``date``, whose 文号 contains ``doc_number``, of ``ordinal``.

    Raises:
        QuestionError: no criterion was given.
        UnknownGovernmentError: the graph holds no such government.
    """
    if not (date or doc_number or ordinal is not None):
        raise QuestionError("give a date (YYYY-MM-DD), a 文号 (doc_number) or an ordinal")
    rows = ask(store, "q_find_meetings", date=date or None, doc_number=doc_number or None,
               ordinal=ordinal, government=check_government(store, government), limit=limit)  # fmt: skip
    return FoundMeetings(meetings=rows.column("m"))


def search_sentences(
    store: GraphReader, q: str, government: str | None = None, limit: int = 50,
    as_of: str | None = None,
) -> SentenceAnswer:  # fmt: skip
    """Return the source sentences containing ``q`` (simplified, NFKC), newest first.

    Raises:
        QuestionError: ``q`` is empty.
        UnknownGovernmentError: the graph holds no such government.
    """
    words = to_simplified(unicodedata.normalize("NFKC", q)).strip()
    if not words:
        raise QuestionError("search the sentences for some words, e.g. 城市更新")
    rows = ask(store, "q_sentences", text=words, types=list(EDGE_TYPES), government=check_government(store, government),
               limit=MAX_FOUND, as_of=as_of)  # fmt: skip
    sentences: dict[tuple[str, str], Sentence] = {}
    for row in rows:
        _add(sentences, row["e"], row["a"], row["b"], words)
    return SentenceAnswer(query=q, sentences=list(sentences.values())[:limit])


def _add(found: dict[tuple[str, str], Sentence], edge: Edge, a: Node, b: Node, words: str) -> None:
    """Add ``edge``'s fact to its sentence (a sentence giving several facts is listed once)."""
    props = edge.known
    text = props["evidence"]
    key = (props.get("doc") or "", text)
    if key not in found:
        found[key] = Sentence(evidence=text, highlights=highlights(text, words),
                              date=props.get("date"), government=a.known.get("government"),
                              doc=props.get("doc"))  # fmt: skip
    sentence = found[key]
    sentence.facts.append(edge.id)
    known = {ref.id for ref in sentence.nodes}
    sentence.nodes += [NodeRef.of(n) for n in (a, b) if n.id not in known]
