"""The packing of a subgraph's edges: the Cypher and the reader agree on the order of values."""

from __future__ import annotations

import re

import pytest

from graph_service.questions import packed
from graph_service.stores.cypher import cypher


@pytest.mark.parametrize("dialect", ["falkordb", "neo4j"])
def test_packed_query_names_the_properties_in_the_readers_order(dialect):
    text = cypher("q_subgraph_packed", dialect)
    named = list(dict.fromkeys(re.findall(r"\be\.(\w+)", text.split("OPTIONAL MATCH")[1])))
    order = [key for key in named if key not in ("id", "source", "target", "date", "span")]
    assert order == [key for key in packed.KEYS if key not in ("date", "span")]


def test_packed_edge_with_a_value_holding_the_separator_does_not_unpack():
    values = [packed.NONE] * (len(packed.KEYS) - 1)
    text = packed.SEP.join(["e", "REPORTED", "b", "i", *values, "1,2", "4"])
    assert packed.unpacked(text) is not None
    assert packed.unpacked(text.replace("1,2", "1,2" + packed.SEP + "x")) is None
