"""The packing of a subgraph's edges: the Cypher and the reader agree on the order of values."""

from __future__ import annotations

import re

import pytest

from graph_service.graph_models import Edge
from graph_service.questions import graph as questions
from graph_service.questions import packed
from graph_service.questions.answers import SubgraphAnswer
from graph_service.stores.cypher import cypher


def test_packed_query_names_the_properties_in_the_readers_order():
    text = cypher("q_subgraph_packed", "neo4j")
    named = list(dict.fromkeys(re.findall(r"\be\.(\w+)", text.split("OPTIONAL MATCH")[1])))
    order = [key for key in named if key not in ("id", "source", "target", "date", "span")]
    assert order == [key for key in packed.KEYS if key not in ("date", "span")]


def test_packed_edge_with_a_value_holding_the_separator_does_not_unpack():
    values = [packed.NONE] * (len(packed.KEYS) - 1)
    text = packed.SEP.join(["e", "REPORTED", "b", "i", *values, "1,2", "4"])
    assert packed.unpacked(text) is not None
    assert packed.unpacked(text.replace("1,2", "1,2" + packed.SEP + "x")) is None


def _with_evidence(batches, text):
    """The seed minutes' batch, every edge's evidence replaced by ``text``."""
    batch = batches[0].model_copy(deep=True)
    for edge in batch.edges:
        edge.props["evidence"] = text
    return batch


@pytest.mark.parametrize(
    "text",
    [
        '引号"与反斜杠\\n、C:\\new\\table、{"a": [1]}',
        "换行\n制表\t回车\r、\x01\x07\x7f、\u2028、𠀀😀、'单引号'",
        "分隔符\x1f与\x1e也在其中",  # the packing's own separators: read the plain way
    ],
)
def test_subgraph_edges_read_back_any_text_whole(store, batches, text):
    batch = _with_evidence(batches, text)
    store.write_together([batch])
    center = next(node.id for node in batch.nodes if node.label == "Meeting")
    answer = questions.subgraph(store, center, depth=2)
    assert answer.edges and {e.props["evidence"] for e in answer.edges} == {text}
    ids = sorted(node.id for node in answer.nodes)
    rows = questions.ask(store, "q_subgraph_nodes", ids=ids, as_of=None)
    plain = sorted((e for row in rows for e in row["edges"]), key=lambda e: e.id)
    assert [e.model_dump() for e in answer.edges] == [e.model_dump() for e in plain]


@pytest.mark.parametrize("text", ["普通的句子。", "分隔符\x1f与\x1e也在其中"])
def test_packed_edges_holding_the_separators_do_not_unpack(neo4j_store, batches, text):
    # Only Neo4j packs: embedded FalkorDB reads its edges as they are.
    batch = _with_evidence(batches, text)
    neo4j_store.write_together([batch])
    ids = sorted(node.id for node in batch.nodes)
    rows = questions.ask(neo4j_store, "q_subgraph_packed", ids=ids, as_of=None, **packed.PACKING)
    unpacked = [packed.unpacked(text) for row in rows for text in row["edges"]]
    assert unpacked and (None in unpacked) == (packed.SEP in text)


def _pack(edge):
    """Pack ``edge`` as ``q_subgraph_packed`` does."""
    props = edge.props
    texts = [
        packed.NONE if props.get(key) is None else str(props[key]).lower()
        if key == "group" else str(props[key])
        for key in packed.KEYS if key != "span"
    ]  # fmt: skip
    span = ",".join(str(x) for x in props["span"]) if "span" in props else packed.NONE
    ends = [edge.id, edge.type, edge.source, edge.target]
    return packed.SEP.join([*ends, *texts, span, str(len(props) + 3)])


def test_unpacked_edge_is_the_validated_edge_field_for_field():
    props = {
        "span": [3, 9],
        "item": 2,
        "group": True,
        "evidence": "请区侨办落实。",
        "date": "2024-04-24",
    }
    # The props in the order answers list them: sorted by name.
    edge = Edge(id="e", type="DIRECTED", source="m", target="b", props=dict(sorted(props.items())))
    made = packed.unpacked(_pack(edge))
    assert made == edge
    assert made.model_fields_set == edge.model_fields_set
    assert made.model_dump_json() == Edge.model_validate(edge.model_dump()).model_dump_json()


def test_subgraph_answer_is_the_validated_answer(store, batches):
    store.write_together(batches[:1])
    center = next(node.id for node in batches[0].nodes if node.label == "Meeting")
    answer = questions.subgraph(store, center, depth=2)
    assert answer.edges
    validated = SubgraphAnswer.model_validate(answer.model_dump())
    assert answer.model_dump_json() == validated.model_dump_json()
