"""The pages that ask one question from a form: the bureau network's measures, finding a
meeting by date, 文号 or ordinal, and a path between two names.

Each returns what its template shows: the answer, or the error that stopped it (shown in
Chinese by the page), and the government choices.
"""

from __future__ import annotations

from typing import Any

from graph_service.questions import finding, network
from graph_service.questions.asking import QuestionError
from graph_service.questions.governments import governments
from graph_service.questions.paths import path_between
from graph_service.stores.protocol import GraphReader


def _choices(store: GraphReader) -> list[str]:
    return [g.government for g in governments(store).governments]


def analytics_page(store: GraphReader, government: str | None) -> dict[str, Any]:
    """Return the bureau network of ``government`` (or of every government) for its page."""
    answer, error = None, None
    try:
        answer = network.bureau_network(store, government=government)
    except QuestionError as failed:
        error = str(failed)
    return {"answer": answer, "error": error, "government": government,
            "governments": _choices(store)}  # fmt: skip


def meetings_page(
    store: GraphReader, date: str | None, doc_number: str | None, ordinal: int | None,
    government: str | None,
) -> dict[str, Any]:  # fmt: skip
    """Return the meetings found by date, 文号 or ordinal, when any criterion was given."""
    answer, error = None, None
    if date or doc_number or ordinal is not None:
        try:
            answer = finding.find_meetings(store, date, doc_number, ordinal, government)
        except QuestionError as failed:
            error = str(failed)
    return {"answer": answer, "error": error, "date": date or "", "doc_number": doc_number or "",
            "ordinal": ordinal, "government": government, "governments": _choices(store)}  # fmt: skip


def path_page(
    store: GraphReader, source: str | None, target: str | None, government: str | None,
    max_hops: int,
) -> dict[str, Any]:  # fmt: skip
    """Return the shortest paths between two names (or ids), when both were given."""
    answer, error = None, None
    if source and target:
        try:
            answer = path_between(store, source, target, government, max_hops)
        except QuestionError as failed:
            error = str(failed)
    return {"answer": answer, "error": error, "source": source or "", "target": target or "",
            "government": government, "max_hops": max_hops, "governments": _choices(store)}  # fmt: skip
