"""The naive baseline: one ``MERGE`` per node or edge, each in its own transaction.

This is how a straightforward driver loader is written; the benchmark prints how much faster the
store's batched write path (a group of documents per transaction) is. It opens a connection of
its own to the store's database on purpose: the baseline is a loader written against the driver.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from neo4j import GraphDatabase

from graph_service.bench.load import Written
from graph_service.graph_models import GraphBatch
from graph_service.stores.cypher import cypher
from graph_service.stores.falkor import FalkorStore
from graph_service.stores.falkor_server import start_server
from graph_service.stores.neo4j import Neo4jStore
from graph_service.stores.protocol import GraphStore

Run = Callable[[str, dict[str, Any]], object]
GRAPH = "minutes"  # the graph FalkorStore opens by default


def node_query(label: str) -> str:
    """Return the naive node MERGE for a label.

    >>> node_query("Bureau").splitlines()[0]
    'MERGE (n:Bureau {id: $id})'
    """
    return cypher("naive_merge_node").replace("NodeLabel", label)


def edge_query(edge_type: str, source: str, target: str) -> str:
    """Return the naive edge MERGE for an edge type and its end labels.

    >>> edge_query("DIRECTED", "Meeting", "Bureau").splitlines()[2]
    'MERGE (a)-[e:DIRECTED {id: $id}]->(b)'
    """
    text = cypher("naive_merge_edge").replace("EDGE_TYPE", edge_type)
    return text.replace("SourceLabel", source).replace("TargetLabel", target)


@contextmanager
def runner(store: GraphStore) -> Iterator[Run]:
    """Yield a function running one write query in its own transaction on ``store``'s database.

    The connection is the baseline's own: a Neo4j driver, or a client of the embedded server.
    """
    if isinstance(store, Neo4jStore):
        with GraphDatabase.driver(store.uri) as driver:
            yield lambda query, params: driver.execute_query(
                query, params, database_=store.database
            )
    elif isinstance(store, FalkorStore):
        graph = start_server(store.path).select_graph(GRAPH)
        yield lambda query, params: graph.query(query, params)
    else:
        raise TypeError(f"no naive baseline for {type(store).__name__}")


def naive_write(run: Run, batch: GraphBatch) -> None:
    """Write one document's nodes and edges one at a time."""
    labels = {node.id: node.label for node in batch.nodes}
    for node in batch.nodes:
        props = {"name": node.name, "docs": [batch.doc], **node.props}
        run(node_query(node.label), {"id": node.id, "props": props})
    for edge in batch.edges:
        query = edge_query(edge.type, labels[edge.source], labels[edge.target])
        props = {**edge.props, "source": edge.source, "target": edge.target}
        run(query, {"id": edge.id, "source": edge.source, "target": edge.target, "props": props})


def naive_load(store: GraphStore, batches: list[GraphBatch]) -> Written:
    """Load ``batches`` the naive way and return the timed figures."""
    with runner(store) as run:
        started = time.perf_counter()
        for batch in batches:
            naive_write(run, batch)
    elements = sum(len(b.nodes) + len(b.edges) for b in batches)
    return Written(len(batches), elements, time.perf_counter() - started)
