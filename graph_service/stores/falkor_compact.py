"""FalkorDB's compact reply read straight into records of graph models, for the heaviest reads.

With ``--compact``, FalkorDB answers a query with ids where names would repeat: a node is
``[id, [label ids], properties]``, an edge ``[id, type id, source id, target id, properties]``,
each property ``[key id, value type, value]``, and every other value ``[value type, value]``. Its
Python client reads every value through a generic dispatch (a call per value, a look-up of the
key's name through its schema object per property, an ``Edge`` object per edge); for the 700
edges of a depth-2 subgraph, with some twenty properties each, that took longer than the server
took to find them. :class:`CompactReader` reads the same reply with one comprehension per
entity's properties, straight into the graph models every store answers with
(:func:`~graph_service.stores._reads.to_entity`, :func:`~graph_service.stores._reads.to_relation`),
so the rows are those of the client's reading (``falkor_replies.as_records``).

The names of the ids (labels, relationship types, property keys) are the graph's, fetched with
``db.labels()``, ``db.relationshipTypes()`` and ``db.propertyKeys()`` and kept with the schema
version the server gave for them (:mod:`~graph_service.stores.falkor_names`). Every read sends that version: when a write has added a key,
label or type since (or the graph was dropped and made again), the server answers
``version mismatch`` with its new version instead of rows, and the names are fetched again before
the read is sent again. A read never decodes ids against names of another schema.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from redis.exceptions import ResponseError

from graph_service.errors import GraphStoreError
from graph_service.graph_models import EDGE_TYPES, Edge, Subgraph
from graph_service.stores._reads import to_entity, to_relation
from graph_service.stores.falkor_names import Names, fetch_names
from graph_service.stores.records import Records

NULL, STRING, INTEGER, BOOLEAN, DOUBLE, ARRAY, EDGE, NODE, PATH, MAP = range(1, 11)
"""The value types of the compact reply that the service's queries return."""
_AS_IS = frozenset((NULL, STRING, INTEGER))
_TRIES = 3
"""Reads sent at most: a load adding keys while a read is asked may move the version twice."""


class SchemaChangedError(Exception):
    """The server's schema is not the one the names are of: fetch them again, read again."""

    def __init__(self, version: int) -> None:
        super().__init__(f"schema version {version}")
        self.version = version


def decoded(names: Names, cell: Sequence[Any]) -> Any:
    """Return one value of the compact reply (``[type, value]``) with the graph's names.

    >>> names = Names(7, labels=("Bureau",), types=("DIRECTED",), keys=("id", "name", "n"))
    >>> decoded(names, [ARRAY, [[STRING, "局"], [DOUBLE, "1.5"], [BOOLEAN, "false"], [NULL, None]]])
    ['局', 1.5, False, None]
    >>> decoded(names, [NODE, [4, [0], [[0, STRING, "b"], [1, STRING, "区应急局"]]]]).name
    '区应急局'
    >>> decoded(names, [MAP, ["n", [INTEGER, 2], "m", [ARRAY, []]]])
    {'n': 2, 'm': []}
    """
    kind, value = cell
    if kind in _AS_IS:
        return value
    return _READ.get(kind, _refused)(names, value)


def _properties(names: Names, triples: Sequence[Sequence[Any]]) -> dict[str, Any]:
    """Return an entity's properties, each ``[key id, type, value]``, by name.

    >>> _properties(Names(1, keys=("id", "item", "span")), [[0, STRING, "e"], [2, ARRAY, [[INTEGER, 3]]]])
    {'id': 'e', 'span': [3]}
    """
    keys = names.keys
    return {keys[t[0]]: t[2] if t[1] in _AS_IS else decoded(names, t[1:]) for t in triples}


def _node(names: Names, value: Sequence[Any]) -> Any:
    labels = [names.labels[label] for label in value[1]]
    return to_entity(labels, _properties(names, value[2]))


def _edge(names: Names, value: Sequence[Any]) -> Edge | dict[str, object]:
    """Return an edge ``[id, type id, source id, target id, properties]`` as ``to_relation`` does.

    A service edge is made straight from its properties, each put in its place by the edge's
    layout (:class:`~graph_service.stores.falkor_names.EdgeLayout`), where sorting each edge's
    properties by name and then taking its id and ends out took twice as long.
    """
    edge_type, triples = names.types[value[1]], value[4]
    layout = names.layout(tuple([triple[0] for triple in triples]))
    if layout is None or edge_type not in EDGE_TYPES:
        return to_relation(edge_type, _properties(names, triples))
    edge_id, source, target = [triples[at] for at in layout.ends]
    if not edge_id[1] == source[1] == target[1] == STRING:  # ids of another type: plain data
        return to_relation(edge_type, _properties(names, triples))
    edge = Edge(id=edge_id[2], type=edge_type, source=source[2], target=target[2])
    # Filled once made: validating a dict[str, Any] only copies it (its keys are the graph's
    # names, text), which took a third of making an edge.
    placed = [triples[at] for at in layout.rest]
    values = [t[2] if t[1] in _AS_IS else decoded(names, t[1:]) for t in placed]
    edge.props.update(zip(layout.names, values, strict=True))
    return edge


def _path(names: Names, value: Sequence[Any]) -> Subgraph:
    return Subgraph(nodes=decoded(names, value[0]), edges=decoded(names, value[1]))


def _map(names: Names, value: Sequence[Any]) -> dict[str, Any]:
    return {value[k]: decoded(names, value[k + 1]) for k in range(0, len(value), 2)}


def _flag(_: Names, value: str) -> bool:
    if value not in ("true", "false"):
        raise GraphStoreError(f"embedded FalkorDB answered {value!r} for a boolean")
    return value == "true"


def _refused(_: Names, value: object) -> None:
    # Points, vectors and temporal values: the service writes none, and no question reads them.
    raise GraphStoreError(f"embedded FalkorDB answered a value of a type not read here: {value!r}")


_READ: dict[int, Callable[[Names, Any], Any]] = {
    BOOLEAN: _flag,
    DOUBLE: lambda _, value: float(value),
    ARRAY: lambda names, value: [
        cell[1] if cell[0] in _AS_IS else decoded(names, cell) for cell in value
    ],
    NODE: _node,
    EDGE: _edge,
    PATH: _path,
    MAP: _map,
}
"""How each value type that does not come as it is reads back; any other type is refused."""


def records(names: Names, reply: Sequence[Any]) -> Records:
    """Return the rows of a compact reply ``[header, rows, statistics]`` (``[statistics]`` alone
    for a query returning nothing); raise the server's error, or a schema change.

    >>> records(Names(1), [[[1, "n"]], [[[INTEGER, 2]], [[STRING, "x"]]], ["stats"]]).column("n")
    [2, 'x']
    >>> records(Names(1), [ResponseError("version mismatch"), 9])
    Traceback (most recent call last):
    graph_service.stores.falkor_compact.SchemaChangedError: schema version 9
    """
    if isinstance(reply[0], ResponseError):
        if str(reply[0]) == "version mismatch":
            raise SchemaChangedError(int(reply[1]))
        raise reply[0]
    if isinstance(reply[-1], ResponseError):  # failed while running: a timeout, say
        raise reply[-1]
    if len(reply) == 1:
        return Records([], [])
    columns = [column[1] for column in reply[0]]
    try:
        rows = [[decoded(names, cell) for cell in row] for row in reply[1]]
    except IndexError as exc:  # an id past the names: a key the names were fetched without
        raise SchemaChangedError(names.version) from exc
    return Records.of(columns, rows)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector, unless paused already, for one reply's reading.

    A depth-2 subgraph's reply makes some 100,000 lists and strings, none of them in a cycle
    (reference counting frees them). Every 2,000 new ones started a collection over the young
    objects, every tenth of those one over older ones too: 3.9 ms of a 29 ms subgraph, where the
    same edges packed into strings made a quarter as many collections. Paused, the reply is gone
    before the collector runs again, and it goes over the answer's objects alone. The collector
    is global: a thread reading meanwhile reads without it too; a reader that finds it paused
    leaves it so, and the one that paused it resumes it.

    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


class CompactReader:
    """Reads one graph's queries in the compact reply, with the names of its schema's ids.

    One per store: the names are fetched on the first read and again after each schema change,
    and every thread reads with the names it took at the start of its read.
    """

    def __init__(self) -> None:
        self._names = Names(version=0)
        self._fetching = threading.Lock()

    def read(self, client: Any, graph: str, query: str, timeout_ms: int) -> Records:
        """Return the rows of the read-only ``query`` (its parameters' header already in it).

        Raises:
            GraphStoreError: the schema changed at each of :data:`_TRIES` reads.
            redis.exceptions.RedisError: the server refused or failed the query.
        """
        for _ in range(_TRIES):
            names = self._names
            try:
                # The reply is no name's: freed as soon as read, before the collector resumes.
                with collector_paused():
                    return records(names, client.execute_command(
                        "GRAPH.RO_QUERY", graph, query, "--compact", "version", names.version,
                        "timeout", timeout_ms))  # fmt: skip
            except SchemaChangedError as changed:
                self._refresh(client, graph, names, changed.version)
        raise GraphStoreError(f"the schema of graph {graph!r} kept changing while it was read")

    def _refresh(self, client: Any, graph: str, stale: Names, version: int) -> None:
        """Fetch the names at ``version``, unless another thread already replaced ``stale``.

        The names may be fetched after a later write added more: ids only grow, so they still
        read this version's ids, and the next read's version tells the server's schema moved.
        """
        with self._fetching:
            if self._names is not stale:
                return
            self._names = fetch_names(client, graph, version)
