"""Paths asked by name: each end an id, or a name (or alias) with its government.

``区应急管理局`` names a bureau in every district, so a name is looked up in the government given,
and an answer says which end it could not find, or which government to choose between.
"""

from __future__ import annotations

from graph_service.questions.answers import PathAnswer
from graph_service.questions.asking import QuestionError
from graph_service.questions.graph import nodes_by_id, paths, search
from graph_service.stores.protocol import GraphReader

MAX_NAMED = 10
"""The most nodes of one name looked at (an ambiguous name lists them)."""


class UnknownEndError(QuestionError):
    """An end of a path names no node; the message says which end and what to try."""


class AmbiguousEndError(QuestionError):
    """An end's name fits several nodes (in several governments); the message lists them."""


def resolve_end(
    store: GraphReader,
    end: str,
    value: str,
    government: str | None = None,
    as_of: str | None = None,
) -> str:
    """Return the id of the node ``value`` names: an id, or a name or alias, exactly.

    Args:
        store: the graph store.
        end: ``from`` or ``to``, for the messages.
        value: a node id, or a name or alias as the graph writes it.
        government: only nodes of this government, for a name.
        as_of: only nodes the graph held on that date.

    Raises:
        UnknownEndError: no node has that id, name or alias.
        AmbiguousEndError: several nodes have that name.
        UnknownGovernmentError: the graph holds no such government.
    """
    if nodes_by_id(store, [value], as_of):
        return value
    hits = search(store, value, limit=MAX_NAMED, as_of=as_of, government=government)
    named = [hit for hit in hits.hits if hit.match != "terms"]
    if len(named) == 1:
        return named[0].id
    if named:
        choices = "; ".join(f"{hit.id}" for hit in named)
        raise AmbiguousEndError(f"{end} {value!r}: {len(named)} nodes have this name ({choices}); "
                                "give the government (government=…) or the id")  # fmt: skip
    near = "、".join(hit.name for hit in hits.hits[:3])
    hint = f"names like it: {near}" if near else "find names with GET /api/search?q=…"
    where = f" in {government}" if government else ""
    raise UnknownEndError(f"{end} {value!r}: no node has this id, name or alias{where}; {hint}")


def path_between(
    store: GraphReader,
    source: str,
    target: str,
    government: str | None = None,
    max_hops: int = 4,
    limit: int = 20,
    as_of: str | None = None,
) -> PathAnswer:
    """Return the shortest paths between two nodes, each given by id or by name (see :func:`resolve_end`).

    Raises:
        UnknownEndError, AmbiguousEndError: as :func:`resolve_end`, naming the end.
        QuestionError: both ends are the same node, or ``max_hops`` is out of range.
    """
    ids = [resolve_end(store, end, value, government, as_of)
           for end, value in (("from", source), ("to", target))]  # fmt: skip
    found = paths(store, ids[0], ids[1], max_hops=max_hops, limit=limit, as_of=as_of)
    if found is None:  # both ends were just found: only a concurrent curation removes one
        raise UnknownEndError(f"from {source!r} or to {target!r}: no longer in the graph")
    return found
