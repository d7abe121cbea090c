"""Asking a named question: run its Cypher read-only, with the graph as it stood on ``as_of``.

Every module of :mod:`graph_service.questions` asks through :func:`ask` and raises
:class:`QuestionError` for values it cannot answer.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from graph_service.graph_models import Node
from graph_service.stores.protocol import GraphReader
from graph_service.stores.records import Params, Records
from loaders.errors import MinutesKGError


class QuestionError(MinutesKGError):
    """A question was asked with values it cannot answer; the message says what to change."""


def ask(store: GraphReader, name: str, **params: Any) -> Records:
    """Run the named question ``cypher/<name>.cypher`` read-only and return its rows.

    Args:
        store: the graph store.
        name: the question's file name without ``.cypher``.
        **params: the query's parameters; ``as_of`` (YYYY-MM-DD) limits the graph to facts of
            meetings up to that date, and is ``None`` (the whole graph) unless given.

    Returns:
        The rows, read by the column names of the query's ``RETURN``; nodes and edges in them
        are graph models.

    Raises:
        QuestionError: ``as_of`` is not a date.
    """
    as_of = params["as_of"] = check_as_of(params.get("as_of"))
    return _dated(store.read_named(name, params), as_of)


def ask_many(store: GraphReader, *asks: tuple[str, Params]) -> list[Records]:
    """Run several named questions that do not depend on each other, in one round trip where
    the store can (see :meth:`~graph_service.stores.protocol.GraphReader.read_many`).

    Args:
        store: the graph store.
        *asks: ``(name, params)`` of each question, its parameters as :func:`ask` takes them.

    Returns:
        The rows of each question, in the order asked.

    Raises:
        QuestionError: an ``as_of`` is not a date.
    """
    checked = [
        (name, params | {"as_of": check_as_of(params.get("as_of"))}) for name, params in asks
    ]
    found = store.read_many(checked)
    return [_dated(rows, params["as_of"]) for rows, (_, params) in zip(found, checked, strict=True)]


def _dated(rows: Records, as_of: str | None) -> Records:
    """Return ``rows`` with each node as the graph knew it on ``as_of`` (all of it if ``None``)."""
    return rows.map(lambda value: _as_of_node(value, as_of)) if as_of else rows


def _as_of_node(value: object, as_of: str) -> object:
    """Return a node without a ``last`` meeting later than ``as_of`` (the graph did not know it)."""
    if isinstance(value, Node) and (value.known.get("last") or "") > as_of:
        props = {key: item for key, item in value.props.items() if key != "last"}
        return value.model_copy(update={"props": props})
    return value


def check_as_of(as_of: str | None) -> str | None:
    """Return ``as_of`` if it is a YYYY-MM-DD date (or ``None``).

    >>> check_as_of("2023-06-30")
    '2023-06-30'
    >>> check_as_of("2023-6-30")
    Traceback (most recent call last):
    ...
    graph_service.questions.asking.QuestionError: as_of '2023-6-30': give a date as YYYY-MM-DD
    """
    if as_of is None:
        return None
    try:
        ok = len(as_of) == 10 and date.fromisoformat(as_of) is not None
    except ValueError:
        ok = False
    if not ok:
        raise QuestionError(f"as_of {as_of!r}: give a date as YYYY-MM-DD")
    return as_of
