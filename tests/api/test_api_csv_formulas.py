"""CSV exports on both stores open in a spreadsheet as text: a cell that would run as a formula
(``=``, ``+``, ``-``, ``@``, tab, carriage return first) gets an apostrophe in front."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest
from fastapi.testclient import TestClient

from graph_service.export.followups import to_csv
from graph_service.graph_models import Edge, GraphBatch, Node
from graph_service.questions.answers import NodeRef
from graph_service.questions.answers_followups import (
    FollowupQuery,
    StaleInitiative,
    StaleInitiatives,
)

GOV = "公式县人民政府"
FORMULA = '=HYPERLINK("http://x.example","点此")'
BUREAU = Node(id=f"bureau:{GOV}:{FORMULA}", label="Bureau", name=FORMULA,
              props={"government": GOV, "aliases": ["@SUM(A1)"]})  # fmt: skip
PLAN = Node(id=f"plan:{GOV}:+1方案", label="PolicyPlan", name="+1方案", props={"government": GOV})
EDGE = Edge(id="REPORTED:formula", type="REPORTED", source=BUREAU.id, target=PLAN.id,
            props={"doc": "e" * 64, "file": "formula.txt", "evidence": "-会议听取汇报\t",
                   "date": "2024-01-02", "item": 1, "role": "lead"})  # fmt: skip


@pytest.fixture(scope="module", autouse=True)
def formulas(client: TestClient) -> None:
    client.app.state.store.write(GraphBatch(doc="e" * 64, source="formula.txt",
                                            nodes=[BUREAU, PLAN], edges=[EDGE]))  # fmt: skip


def _export(client: TestClient, name: str) -> list[dict[str, str]]:
    answer = client.get("/api/export?format=csv")
    text = zipfile.ZipFile(io.BytesIO(answer.content)).read(name).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_api_export_csv_nodes_neutralise_formulas(client):
    names = {row["id"]: row["name"] for row in _export(client, "nodes.csv")}
    assert (names[BUREAU.id], names[PLAN.id]) == ("'" + FORMULA, "'+1方案")


def test_api_export_csv_edges_neutralise_formulas(client):
    (edge,) = [row for row in _export(client, "edges.csv") if row["id"] == EDGE.id]
    assert (edge["source"], edge["evidence"]) == (BUREAU.id, "'-会议听取汇报\t")


def test_followups_csv_neutralises_formulas():
    row = StaleInitiative(initiative=NodeRef.of(BUREAU.model_copy(update={"label": "Initiative"})),
                          government=GOV, last_date="2024-01-02", months_since=7)  # fmt: skip
    answer = StaleInitiatives(query=FollowupQuery(months=6, limit=10, as_of="2024-08-02"),
                              rows=[row])  # fmt: skip
    text = to_csv(answer).decode("utf-8-sig")
    assert next(csv.DictReader(io.StringIO(text)))["initiative"] == "'" + FORMULA
