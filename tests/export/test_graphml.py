"""The one GraphML export (the API's and the graph pages' buttons'), on both stores: Gephi and
yEd show a node's ``label``, so it holds the name."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from followup_data import QL, WATER, followup_batches, load_followups

from graph_service.export import graph as export

NS = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture
def exported(store):
    load_followups(store, followup_batches())
    found = export.export(store, "graphml", node=WATER, depth=1)
    return ET.fromstring(found.content)


def _node_data(root: ET.Element, attr: str) -> dict[str, str]:
    keys = {
        k.get("attr.name"): k.get("id") for k in root.iter(f"{NS}key") if k.get("for") == "node"
    }
    return {n.get("id"): d.text for n in root.iter(f"{NS}node")
            for d in n.iter(f"{NS}data") if d.get("key") == keys[attr]}  # fmt: skip


def test_graphml_node_label_is_the_name(exported):
    labels = _node_data(exported, "label")
    assert labels[WATER] == "县水利局" and all(labels.values())


def test_graphml_node_type_is_its_label_in_the_graph(exported):
    assert _node_data(exported, "type")[WATER] == "Bureau"
    assert _node_data(exported, "government")[WATER] == QL


def test_graphml_edges_carry_their_type_and_evidence(exported):
    keys = {
        k.get("attr.name"): k.get("id") for k in exported.iter(f"{NS}key") if k.get("for") == "edge"
    }
    assert {"label", "type", "evidence"} <= keys.keys()
