"""The GraphStore contract, run on embedded FalkorDB and on Neo4j with the same data."""

from __future__ import annotations

import pytest

from graph_service.errors import GraphStoreError, WriteFailedError
from graph_service.graph_models import Edge, EdgeProps, GraphStats, Node, NodeProps
from graph_service.loading.batch import to_batch
from graph_service.stores.protocol import GraphStore

GOV = "长宁区人民政府"
INVESTMENT_BUREAU = f"bureau:{GOV}:区投促办"
EMERGENCY_BUREAU = f"bureau:{GOV}:区应急管理局"


@pytest.fixture
def seed_batch(seed_extraction, seed_document):
    return to_batch(seed_extraction, seed_document)


@pytest.fixture
def shrunk_batch(seed_extraction, seed_document):
    """A new version of the seed file: item 8 (区投促办 on 招商引资) is gone."""
    seed_extraction.reported = [r for r in seed_extraction.reported if r.item != 8]
    seed_extraction.directed = [d for d in seed_extraction.directed if d.item != 8]
    changed = seed_document.model_copy(update={"doc": "c" * 64})
    return to_batch(seed_extraction, changed)


@pytest.fixture
def other_batch(seed_extraction, seed_document):
    """Another document of the same government naming one of the seed's bureaus."""
    seed_extraction.reported = [r for r in seed_extraction.reported if r.item == 3]
    seed_extraction.directed, seed_extraction.related = [], []
    seed_extraction.meeting.ordinal = 74
    other = seed_document.model_copy(update={"doc": "d" * 64, "source": "seeds/other.txt"})
    return to_batch(seed_extraction, other)


def _size(stats: GraphStats) -> int:
    return sum(stats.nodes.values()) + sum(stats.edges.values())


def test_store_implements_the_interface(store):
    assert isinstance(store, GraphStore)


def test_store_reads_back_only_the_declared_properties(store, seed_batch):
    store.write(seed_batch)
    nodes = store.read_named("q_export_nodes", {"as_of": None}).column("n")
    edges = store.read_named("q_export_edges", {"as_of": None}).column("e")
    node_keys = {key for node in nodes for key in node.props} - NodeProps.__annotations__.keys()
    edge_keys = {key for edge in edges for key in edge.props} - EdgeProps.__annotations__.keys()
    assert (node_keys, edge_keys, len(nodes) * len(edges) > 0) == (set(), set(), True)


def test_store_write_adds_every_node_and_edge(store, seed_batch):
    result = store.write(seed_batch)
    assert (result.added, result.unchanged, result.removed) == (62, 0, 0)


def test_store_write_stats_count_labels_and_types(store, seed_batch):
    store.write(seed_batch)
    assert store.stats() == GraphStats(
        nodes={"Meeting": 1, "Bureau": 10, "PolicyPlan": 5, "Initiative": 10},
        edges={"REPORTED": 10, "DIRECTED": 3, "RELATED_TO": 23},
    )


def test_store_rewrite_reports_everything_unchanged(store, seed_batch):
    store.write(seed_batch)
    result = store.write(seed_batch)
    assert (result.added, result.unchanged, result.removed) == (0, 62, 0)


def test_store_rewrite_leaves_stats_equal(store, seed_batch):
    store.write(seed_batch)
    before = store.stats()
    store.write(seed_batch)
    assert store.stats() == before


def test_store_replace_removes_the_old_version_facts(store, seed_batch, shrunk_batch):
    store.write(seed_batch)
    result = store.write(shrunk_batch)
    # 2 edges and 1 node of item 8 go; every kept edge is a new edge of the new version.
    assert (result.removed, store.node(INVESTMENT_BUREAU)) == (36 + 1, None)


def test_store_replace_leaves_only_the_new_version_documents(store, seed_batch, shrunk_batch):
    store.write(seed_batch)
    store.write(shrunk_batch)
    assert store.node(EMERGENCY_BUREAU).docs == [shrunk_batch.doc]


def test_store_replace_keeps_other_documents_facts(store, seed_batch, other_batch):
    store.write(seed_batch)
    store.write(other_batch)
    empty = seed_batch.model_copy(update={"doc": "e" * 64, "nodes": [], "edges": []})
    store.write(empty)
    assert (store.node(EMERGENCY_BUREAU).docs, _size(store.stats())) == (
        [other_batch.doc],
        len(other_batch.nodes) + len(other_batch.edges),
    )


def test_store_node_lists_every_document_mentioning_it(store, seed_batch, other_batch):
    store.write(seed_batch)
    store.write(other_batch)
    assert sorted(store.node(EMERGENCY_BUREAU).docs) == sorted([seed_batch.doc, other_batch.doc])


def test_store_failed_write_raises_and_leaves_graph_unchanged(store, seed_batch, shrunk_batch):
    store.write(seed_batch)
    before, bureau = store.stats(), store.node(INVESTMENT_BUREAU)
    meeting = next(node.id for node in shrunk_batch.nodes if node.label == "Meeting")
    bad = Edge(id="bad", type="DIRECTED", source=meeting,
               target=EMERGENCY_BUREAU, props={"directive": {"not": "a property value"}})  # fmt: skip
    broken = shrunk_batch.model_copy(update={"edges": [*shrunk_batch.edges, bad]})
    with pytest.raises(WriteFailedError, match="graph unchanged"):
        store.write(broken)
    assert (store.stats(), store.node(INVESTMENT_BUREAU)) == (before, bureau)


def test_store_node_returns_the_model(store, seed_batch):
    store.write(seed_batch)
    node = store.node(EMERGENCY_BUREAU)
    assert (node.label, node.name, node.props["aliases"]) == (
        "Bureau",
        "区应急管理局",
        ["区应急局"],
    )


def test_store_node_unknown_id_is_none(store, seed_batch):
    store.write(seed_batch)
    assert store.node("bureau:nowhere:nobody") is None


def test_store_run_read_returns_models(store, seed_batch):
    store.write(seed_batch)
    query = "MATCH (b:Bureau)-[e:REPORTED]->(p) WHERE e.item = $item RETURN b, e"
    row = store.run_read(query, {"item": 3}, timeout_s=10, max_rows=10).dicts()[0]
    assert (type(row["b"]), type(row["e"])) == (Node, Edge)


def test_store_run_read_caps_rows(store, seed_batch):
    store.write(seed_batch)
    result = store.run_read("MATCH (n) RETURN n.id", timeout_s=10, max_rows=5)
    assert (len(result.rows), result.truncated) == (5, True)


def test_store_run_read_refuses_writes(store):
    with pytest.raises(GraphStoreError):
        store.run_read("CREATE (n:Bureau {id: 'x'})", timeout_s=10, max_rows=5)


def test_store_stats_equal_on_both_stores(falkor_store, neo4j_store, seed_batch, other_batch):
    for each in (falkor_store, neo4j_store):
        each.wipe()
        each.write(seed_batch)
        each.write(other_batch)
    assert falkor_store.stats() == neo4j_store.stats()


def test_store_write_keeps_awkward_text_exactly(store, seed_extraction, seed_document):
    awkward = "a \"quoted\" 'single' back\\slash\nnew line ` $x {y} // z"
    seed_extraction.reported[0].evidence = awkward
    store.write(to_batch(seed_extraction, seed_document))
    query = "MATCH ()-[e:REPORTED]->() WHERE e.item = 1 RETURN e.evidence AS evidence"
    assert store.run_read(query, timeout_s=10, max_rows=1).dicts() == [{"evidence": awkward}]


def test_store_replace_drops_aliases_only_the_old_version_used(
    store, seed_extraction, seed_document
):
    store.write(to_batch(seed_extraction, seed_document))
    for fact in seed_extraction.reported:
        fact.bureau = "区应急管理局" if fact.bureau == "区应急局" else fact.bureau
    store.write(to_batch(seed_extraction, seed_document.model_copy(update={"doc": "f" * 64})))
    assert store.node(EMERGENCY_BUREAU).props["aliases"] == ["区应急管理局"]


def test_store_read_named_answers_rows_by_column_name(store, seed_batch):
    store.write(seed_batch)
    rows = store.read_named("stats_nodes")
    assert (rows.columns, {row["label"]: row["count"] for row in rows}) == (
        ("label", "count"),
        store.stats().nodes,
    )


def test_store_read_many_answers_each_query_in_the_order_asked(store, seed_batch):
    store.write(seed_batch)
    asks = [("stats_edges", {}), ("graph_version", {}), ("stats_nodes", {})]
    assert store.read_many(asks) == [store.read_named(name, params) for name, params in asks]


def test_store_read_named_rows_cannot_be_read_by_position(store, seed_batch):
    store.write(seed_batch)
    row = store.read_named("stats_nodes").first()
    with pytest.raises(TypeError, match="by name"):
        _label, _count = row


def test_store_wipe_deletes_a_graph_larger_than_one_batch(store, seed_batch, monkeypatch):
    from graph_service.stores import base

    monkeypatch.setattr(base, "WIPE_BATCH", 3)
    store.write(seed_batch)
    assert sum(store.stats().nodes.values()) > 3 * base.WIPE_BATCH
    store.wipe()
    assert store.stats() == GraphStats(nodes={}, edges={})
