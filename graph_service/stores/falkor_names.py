"""The names behind the ids of FalkorDB's compact reply, and where an edge's fields are among
its properties.

The compact reply names labels, relationship types and property keys by id, in the order the
graph first met them. :class:`Names` keeps the graph's names with the schema version the server
gave for them (:func:`fetch_names`); :class:`EdgeLayout` says, for one order of an edge's
property keys, where its id and ends are and in which order its other properties go into an
:class:`~graph_service.graph_models.Edge`. The service writes every edge of a kind with its
properties in the same order, so a few layouts serve every edge of a subgraph: each edge is
placed by its layout instead of having its properties sorted by name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from graph_service.stores._reads import EDGE_KEYS

_UNSEEN = object()
_MOST_LAYOUTS = 1024
"""Layouts kept at most: an edge of the service has one of a few, and an odd graph's many do not
fill memory (beyond this, each is worked out again)."""
_PROCEDURES = ("db.labels", "db.relationshipTypes", "db.propertyKeys")


@dataclass(frozen=True)
class EdgeLayout:
    """Where an edge's fields are among its properties as the server lists them."""

    ends: tuple[int, int, int]
    """The places of its ``id``, ``source`` and ``target``."""
    names: tuple[str, ...]
    """Its other properties' names, sorted, as an edge's ``props`` lists them."""
    rest: tuple[int, ...]
    """The places of those properties, in the order of ``names``."""


def edge_layout(keys: Sequence[str], key_ids: Sequence[int]) -> EdgeLayout | None:
    """Return the layout of an edge whose properties have ``key_ids``, named by ``keys``.

    ``None`` when the properties lack the id or an end, or hold a name twice: no service edge.

    >>> edge_layout(("id", "target", "item", "source", "doc"), (3, 0, 4, 1, 2))
    EdgeLayout(ends=(1, 0, 3), names=('doc', 'item'), rest=(2, 4))
    >>> edge_layout(("id", "source", "text"), (0, 1, 2)) is None
    True
    """
    named = [keys[key] for key in key_ids]
    if len(set(named)) < len(named) or not set(EDGE_KEYS) <= set(named):
        return None
    ends = (named.index(EDGE_KEYS[0]), named.index(EDGE_KEYS[1]), named.index(EDGE_KEYS[2]))
    rest = sorted((name, at) for at, name in enumerate(named) if name not in EDGE_KEYS)
    return EdgeLayout(ends, tuple(name for name, _ in rest), tuple(at for _, at in rest))


@dataclass(frozen=True)
class Names:
    """The names of a schema's ids, by id, at the schema ``version`` the server gave."""

    version: int
    labels: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()
    layouts: dict[tuple[int, ...], EdgeLayout | None] = field(
        default_factory=dict, compare=False, repr=False
    )
    """The edge layouts met, by their key ids in the server's order."""

    def layout(self, key_ids: tuple[int, ...]) -> EdgeLayout | None:
        """Return the layout of an edge whose properties have ``key_ids``, in that order.

        >>> names = Names(1, keys=("id", "target", "item", "source"))
        >>> names.layout((3, 0, 1, 2)).names, names.layout((3, 0, 1, 2)) is names.layout((3, 0, 1, 2))
        (('item',), True)
        """
        found = self.layouts.get(key_ids, _UNSEEN)
        if found is _UNSEEN:
            found = edge_layout(self.keys, key_ids)
            if len(self.layouts) < _MOST_LAYOUTS:
                self.layouts[key_ids] = found
        return found  # type: ignore[return-value]  # not _UNSEEN: replaced above


def fetch_names(client: Any, graph: str, version: int) -> Names:
    """Return the names of ``graph``'s labels, relationship types and property keys.

    Fetched in one round trip; ``version`` is the schema version the server gave for them.
    """
    pipe = client.pipeline(transaction=False)
    for procedure in _PROCEDURES:
        pipe.execute_command("GRAPH.RO_QUERY", graph, f"CALL {procedure}()", "--compact")
    labels, types, keys = (_column(reply) for reply in pipe.execute())
    return Names(version, labels, types, keys)


def _column(reply: Sequence[Any]) -> tuple[str, ...]:
    """Return the one text column of a procedure's compact reply (each value ``[type, text]``).

    >>> _column([[[1, "label"]], [[[2, "Bureau"]], [[2, "Meeting"]]], ["stats"]])
    ('Bureau', 'Meeting')
    """
    return tuple(str(row[0][1]) for row in reply[1])
