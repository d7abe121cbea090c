"""The store's ceiling: the same rows as a load, written by a plain batched ``UNWIND … MERGE``.

Each group of documents (as :func:`~graph_service.loading.writing.groups` makes them) becomes
the rows a load would write (:func:`~graph_service.stores._rows.merge_steps`), and each label's
rows are merged by the plainest query, every field of a row set as it is (so the store indexes
the same search terms), each edge shape's by the load's own merge, plain already; all of a group
in one transaction: no state read first, no replaced facts, no dates or document lists joined
with what a node already holds. What a load
does on top of that is its cost; the ratio of the two is the figure that counts, since both are
measured on the same store in the same run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from neo4j import GraphDatabase, ManagedTransaction

from graph_service.bench.naive import GRAPH
from graph_service.graph_models import GraphBatch, WriteResult
from graph_service.loading.writing import groups
from graph_service.stores._rows import NODE_STEPS, every_step, merge_steps
from graph_service.stores.cypher import cypher
from graph_service.stores.falkor import FalkorStore
from graph_service.stores.falkor_server import start_server
from graph_service.stores.neo4j import Neo4jStore
from graph_service.stores.neo4j_faults import driver_config
from graph_service.stores.protocol import GraphStore

LABELS = {f"merge_{step}": label for label, step in NODE_STEPS.items()}


def ceiling_query(step: str) -> str:
    """Return the plain merge of a write step's rows (``merge_bureaus``, ``merge_directed`` …).

    An edge's rows are merged by the load's own query (its rows parameter named ``$rows``),
    already the plainest: the edge matched by id between its two ends, its time and load set
    when it is created, its properties set. A ``SET`` of every field instead would set the
    indexed ``load`` of each new edge a second time, work the load does not do.

    >>> ceiling_query("merge_bureaus").splitlines()[-2]
    'MERGE (n:Bureau {id: r.id})'
    >>> ceiling_query("merge_bureaus").endswith("n.terms = r.terms, n.aliases = r.aliases")
    True
    >>> ceiling_query("merge_directed") == cypher("merge_directed").replace("$directed", "$rows")
    True
    """
    if step in LABELS:
        text = cypher("ceiling_merge_nodes").replace("NodeLabel", LABELS[step]).rstrip()
        # Only bureaus keep aliases, as merge_bureaus writes them.
        return text + ", n.aliases = r.aliases" if LABELS[step] == "Bureau" else text
    return cypher(step).replace(f"${step.removeprefix('merge_')}", "$rows")


def plain_steps(batches: list[GraphBatch]) -> list[tuple[str, dict[str, Any]]]:
    """Return the plain queries writing ``batches``' rows, and their parameters (``$rows``).

    Every step is there, with no rows when ``batches`` have none of its kind, as the load sends
    them (:func:`~graph_service.stores._rows.every_step`): joined, they make one query text
    whatever the group holds, which FalkorDB plans once, as it does the load's.

    >>> steps = plain_steps([GraphBatch(doc="h", source="a")])
    >>> len(steps) == len(every_step([])), steps[0][1]
    (True, {'rows': []})
    """
    return [(ceiling_query(name), {"rows": next(iter(params.values()))})
            for name, params in every_step(merge_steps(batches))]  # fmt: skip


Steps = list[tuple[str, dict[str, Any]]]
Transaction = Callable[[Steps], object]


@contextmanager
def transactions(store: GraphStore) -> Iterator[Transaction]:
    """Yield a function running queries in one transaction on ``store``'s database.

    The connection is the baseline's own (a Neo4j driver, or a client of the embedded server);
    FalkorDB gets the queries joined into one, which it runs atomically, as the store does.
    """
    if isinstance(store, Neo4jStore):
        # The store's driver settings (its notifications off among them), its own connections.
        with GraphDatabase.driver(store.uri, **driver_config()) as driver:

            def run_all(tx: ManagedTransaction, steps: Steps) -> None:
                # Neo4j plans each step's text on its own: a step without rows is left out.
                for query, params in (step for step in steps if step[1]["rows"]):
                    tx.run(query, params).consume()

            def in_session(steps: Steps) -> None:
                with driver.session(database=store.database) as session:
                    session.execute_write(run_all, steps)

            yield in_session
    elif isinstance(store, FalkorStore):
        graph = start_server(store.path).select_graph(GRAPH)
        yield lambda steps: graph.query(*joined(steps))
    else:
        raise TypeError(f"no ceiling for {type(store).__name__}")


def ceiling_groups(write: Transaction, part: list[GraphBatch]) -> list[tuple[WriteResult, int]]:
    """Write ``part`` a group at a time by plain merges; a (blank) result per document."""
    results = []
    for group in groups(part):
        write(plain_steps(group))
        results += [(WriteResult(doc=b.doc, added=0, unchanged=0), 0) for b in group]
    return results


def joined(steps: Steps) -> tuple[str, dict[str, Any]]:
    """Return the steps as one query, each step's ``$rows`` renamed ``$rows_<k>``.

    >>> joined([("UNWIND $rows AS r RETURN r", {"rows": [1]})] * 2)[0].splitlines()[1]
    'WITH count(*) AS _1'
    """
    parts, params = [], {}
    for k, (query, step_params) in enumerate(steps):
        parts.append(query.replace("$rows", f"$rows_{k}"))
        params[f"rows_{k}"] = step_params["rows"]
    text = "".join(p if k == 0 else f"\nWITH count(*) AS _{k}\n{p}" for k, p in enumerate(parts))
    return text, params
