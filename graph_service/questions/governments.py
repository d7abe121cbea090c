"""The governments of the graph, and the check that a government asked about is one of them.

Every node carries the government whose minutes named it (``?`` when the minutes did not say).
Questions that take a ``government`` filter check it here first, so a misspelt name is an error
naming the nearest governments rather than an empty answer.
"""

from __future__ import annotations

import difflib

from pydantic import BaseModel, Field

from graph_service.graph_models import NODE_LABELS
from graph_service.questions.asking import QuestionError, ask
from graph_service.stores.protocol import GraphReader

NEAR_MATCHES = 3
NEAR_CUTOFF = 0.4
"""How alike (difflib's ratio, 0 to 1) a government's name must be to be offered as a near match."""


class UnknownGovernmentError(QuestionError):
    """A government was asked about that the graph does not hold; the message names near ones."""


class Government(BaseModel):
    """A government of the graph, with what the graph holds of it."""

    government: str = Field(description="the government's full name, e.g. 长宁区人民政府")
    nodes: int = Field(description="meetings, bureaus, plans and initiatives of this government")
    meetings: int = Field(description="its meetings")
    newest: str | None = Field(None, description="the date of its newest dated meeting")


class Governments(BaseModel):
    """The governments of the graph, by name: the choices of every ``government`` filter."""

    governments: list[Government] = Field(default_factory=list)


def governments(store: GraphReader) -> Governments:
    """Return the governments of the graph, sorted by name."""
    rows = ask(store, "q_governments", labels=list(NODE_LABELS))
    return Governments(governments=[Government(**row) for row in rows.dicts()])


def near_matches(name: str, known: list[str]) -> list[str]:
    """Return the names of ``known`` most like ``name``, best first (at most three).

    >>> near_matches("长宁区政府", ["长宁区人民政府", "徐汇区人民政府"])
    ['长宁区人民政府', '徐汇区人民政府']
    >>> near_matches("国务院", ["长宁区人民政府"])
    []
    """
    return difflib.get_close_matches(name, known, n=NEAR_MATCHES, cutoff=NEAR_CUTOFF)


def unknown_government_message(name: str, known: list[str]) -> str:
    """Return the message for a government the graph does not hold, naming near matches.

    >>> unknown_government_message("长宁区", ["长宁区人民政府"])
    "government '长宁区': not in the graph; did you mean 长宁区人民政府? (all: GET /api/governments)"
    """
    near = near_matches(name, known)
    hint = f"did you mean {'、'.join(near)}?" if near else "no government has a similar name;"
    return f"government {name!r}: not in the graph; {hint} (all: GET /api/governments)"


def check_government(store: GraphReader, government: str | None) -> str | None:
    """Return ``government`` stripped (``None`` when empty) if the graph holds it.

    Raises:
        UnknownGovernmentError: no node of the graph has that government.
    """
    name = (government or "").strip()
    if not name:
        return None
    # Through the government indexes: listing every government reads every node of the graph.
    if ask(store, "q_government_known", government=name)[0]["found"]:
        return name
    known = [g.government for g in governments(store).governments]
    raise UnknownGovernmentError(unknown_government_message(name, known))
