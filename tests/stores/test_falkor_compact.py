"""The compact reply read without the FalkorDB client: the same rows as the client's reading."""

from __future__ import annotations

import gc

import pytest
from redis.exceptions import ResponseError

from graph_service.errors import GraphStoreError
from graph_service.graph_models import Edge, Node
from graph_service.stores.cypher import cypher
from graph_service.stores.falkor_compact import CompactReader, collector_paused
from graph_service.stores.falkor_replies import as_records, as_value

EDGE = (
    "CREATE (m:Meeting {id: 'm', name: '会议', docs: ['h1', 'h2']})"
    "-[:DIRECTED {id: 'e', source: 'm', target: 'b', %s}]->"
    "(b:Bureau {id: 'b', name: '区应急局'})"
)
EVERY_TYPE = (
    "evidence: '请区应急局牵头落实，“引号”与\\\\反斜杠', item: 3, weight: 1.5, group: true, "
    "done: false, span: [3, 9], words: ['甲', '乙'], empty: []"
)
BOTH = "MATCH (m)-[e]->(b) RETURN m, e, b"


def _compact(store, query, reader=None):
    """The rows of ``query`` as the compact reader reads them."""
    graph = store._graph
    return (reader or CompactReader()).read(graph.client, graph.name, query, 10_000)


def _client(store, query):
    """The rows of ``query`` as the FalkorDB client reads them, graph models made the same way."""
    return as_records(store._graph.ro_query(query)).map(as_value)


@pytest.fixture
def falkor(falkor_store):
    falkor_store.wipe()
    return falkor_store


def test_compact_reader_every_property_type_reads_as_the_client_reads_it(falkor):
    falkor._graph.query(EDGE % EVERY_TYPE)
    rows = _compact(falkor, BOTH)
    assert rows == _client(falkor, BOTH)
    props = rows[0]["e"].props
    assert props["weight"] == 1.5 and props["group"] is True and props["done"] is False
    assert props["words"] == ["甲", "乙"] and props["span"] == [3, 9] and props["empty"] == []
    assert props["evidence"] == "请区应急局牵头落实，“引号”与\\反斜杠"


def test_compact_reader_edge_is_the_validated_edge(falkor):
    falkor._graph.query(EDGE % EVERY_TYPE)
    edge = _compact(falkor, BOTH)[0]["e"]
    assert isinstance(edge, Edge) and list(edge.props) == sorted(edge.props)
    assert edge.model_dump_json() == Edge.model_validate(edge.model_dump()).model_dump_json()


def test_compact_reader_edge_lacking_a_property_lacks_it(falkor):
    falkor._graph.query(EDGE % "evidence: '有'")
    falkor._graph.query(
        "MATCH (m:Meeting {id: 'm'}), (b:Bureau {id: 'b'}) "
        "CREATE (m)-[:DIRECTED {id: 'e2', source: 'm', target: 'b', item: 1}]->(b)"
    )
    edges = {row["e"].id: row["e"] for row in _compact(falkor, BOTH)}
    assert edges["e"].props == {"evidence": "有"} and edges["e2"].props == {"item": 1}


def test_compact_reader_plain_values_read_as_the_client_reads_them(falkor):
    query = "RETURN null AS n, [1, '中', null, 2.5, true, [false]] AS l, {k: null, v: 'x'} AS m"
    assert _compact(falkor, query) == _client(falkor, query)
    assert _compact(falkor, query)[0]["l"] == [1, "中", None, 2.5, True, [False]]


def test_compact_reader_path_reads_as_the_client_reads_it(falkor):
    falkor._graph.query(EDGE % "item: 1")
    query = "MATCH p = (:Meeting)-[]->(:Bureau) RETURN p"
    assert _compact(falkor, query) == _client(falkor, query)


def test_compact_reader_node_without_an_id_is_plain_data(falkor):
    falkor._graph.query("CREATE (:Note {text: '备注'})")
    assert _compact(falkor, "MATCH (n:Note) RETURN n")[0]["n"] == {
        "labels": ["Note"],
        "properties": {"text": "备注"},
    }


def test_compact_reader_key_added_after_the_first_read_is_named(falkor):
    reader = CompactReader()
    falkor._graph.query(EDGE % "item: 1")
    _compact(falkor, BOTH, reader)
    falkor._graph.query("MATCH ()-[e]->() SET e.zz_added_later = '后加'")
    assert _compact(falkor, BOTH, reader)[0]["e"].props["zz_added_later"] == "后加"


def test_compact_reader_keys_of_a_graph_made_again_are_named_anew(falkor):
    # The same number of keys in another order: every id is known, each now another name's.
    reader = CompactReader()
    falkor._graph.query(EDGE % "aa_first: 'a', bb_second: 'b'")
    assert _compact(falkor, BOTH, reader)[0]["e"].props == {"aa_first": "a", "bb_second": "b"}
    falkor.drop()
    falkor._graph.query(EDGE % "bb_second: 'B', aa_first: 'A'")
    assert _compact(falkor, BOTH, reader)[0]["e"].props == {"aa_first": "A", "bb_second": "B"}


def test_compact_reader_node_label_added_later_is_named(falkor):
    reader = CompactReader()
    _compact(falkor, "RETURN 1 AS one", reader)
    falkor._graph.query("CREATE (:Load {id: 'load:1', at: '2024-06-01'})")
    assert _compact(falkor, "MATCH (n:Load) RETURN n", reader)[0]["n"].label == "Load"


def test_compact_reader_server_error_is_raised(falkor):
    with pytest.raises(ResponseError, match=r"(?i)unknown function"):
        _compact(falkor, "RETURN no_such_function(1) AS x")


def test_compact_reader_value_of_a_type_it_does_not_read_is_refused(falkor):
    with pytest.raises(GraphStoreError, match="type not read"):
        _compact(falkor, "RETURN point({latitude: 1.0, longitude: 2.0}) AS p")


def test_named_subgraph_read_is_the_clients_reading(falkor, batches):
    falkor.write_together(batches[:3])
    ids = sorted(node.id for batch in batches[:3] for node in batch.nodes)
    rows = falkor.read_named("q_subgraph_nodes", {"ids": ids, "as_of": None})
    assert rows.column("n") and all(isinstance(n, Node) for n in rows.column("n"))
    assert sum(len(edges) for edges in rows.column("edges")) > 0
    query = falkor._graph._build_params_header({"ids": ids, "as_of": None})
    assert rows == _client(falkor, query + cypher("q_subgraph_nodes", "falkordb"))


def test_collector_paused_leaves_a_paused_collector_paused():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_compact_reader_edges_written_in_other_orders_read_alike(falkor):
    falkor._graph.query(EDGE % "item: 1, doc: 'h', evidence: '有'")
    falkor._graph.query(
        "MATCH (m:Meeting {id: 'm'}), (b:Bureau {id: 'b'}) "
        "CREATE (m)-[:DIRECTED {evidence: '有', target: 'b', doc: 'h', id: 'e2', item: 1, "
        "source: 'm'}]->(b)"
    )
    edges = {row["e"].id: row["e"] for row in _compact(falkor, BOTH)}
    assert list(edges["e2"].props.items()) == list(edges["e"].props.items())
    assert list(edges["e"].props) == ["doc", "evidence", "item"]


def test_compact_reader_edge_without_an_end_is_plain_data(falkor):
    falkor._graph.query(
        "CREATE (:Meeting {id: 'm', name: '会议'})-[:DIRECTED {id: 'e', target: 'b', item: 1}]->"
        "(:Bureau {id: 'b', name: '局'})"
    )
    rows = _compact(falkor, BOTH)
    assert rows[0]["e"] == {"type": "DIRECTED", "properties": {"id": "e", "item": 1, "target": "b"}}
    assert rows == _client(falkor, BOTH)


def test_compact_reader_edge_with_an_id_not_text_is_plain_data(falkor):
    falkor._graph.query(EDGE.replace("id: 'e'", "id: 7") % "item: 1")
    rows = _compact(falkor, BOTH)
    assert rows[0]["e"]["properties"]["id"] == 7 and rows == _client(falkor, BOTH)


def test_compact_reader_edge_of_a_type_not_the_services_is_plain_data(falkor):
    falkor._graph.query(EDGE.replace(":DIRECTED", ":NOTED") % "item: 1")
    rows = _compact(falkor, BOTH)
    assert rows[0]["e"]["type"] == "NOTED" and rows == _client(falkor, BOTH)
