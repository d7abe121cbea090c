"""Each store opens with its indexes built, as the index_status query of its dialect tells."""

from __future__ import annotations

import pytest
from neo4j import GraphDatabase

from graph_service.errors import GraphStoreError
from graph_service.loading.batch import to_batch
from graph_service.questions.graph import search
from graph_service.stores import falkor
from graph_service.stores.base import INDEX_READY, indexes_ready
from graph_service.stores.cypher import statements
from graph_service.stores.falkor import FalkorStore
from graph_service.stores.neo4j import Neo4jStore

GOVERNMENT = "长宁区人民政府"
# The labels a search in one government reads through their government index.
GOVERNMENT_LABELS = {"Meeting", "Bureau", "PolicyPlan", "Initiative"}


def _statuses(store: FalkorStore | Neo4jStore) -> list[str]:
    return store.read_named("index_status").column("status")


def test_store_index_status_every_index_is_ready(store):
    statuses = _statuses(store)
    assert len(statuses) >= 9 and set(statuses) == {INDEX_READY}


# Starts and stops servers of its own.
@pytest.mark.slow
def test_falkor_store_reopened_has_its_indexes_built_again(
    tmp_path, seed_extraction, seed_document
):
    store = FalkorStore(tmp_path)
    store.write(to_batch(seed_extraction, seed_document))
    before = len(_statuses(store))
    store.close()
    reopened = FalkorStore(tmp_path)
    try:
        assert _statuses(reopened) == [INDEX_READY] * before
    finally:
        reopened.close()


def test_neo4j_store_opened_has_a_missing_index_built(
    neo4j_uri, neo4j_store, seed_extraction, seed_document
):
    neo4j_store.write(to_batch(seed_extraction, seed_document))
    before = len(_statuses(neo4j_store))
    with GraphDatabase.driver(neo4j_uri) as driver:
        driver.execute_query("DROP INDEX node_terms")
    opened = Neo4jStore(neo4j_uri)
    try:
        assert _statuses(opened) == [INDEX_READY] * before
    finally:
        opened.close()


def _old_schema(name: str, dialect: str) -> list[str]:
    """The schema as a version before the government indexes made it."""
    return [statement for statement in statements(name, dialect) if "government" not in statement]


def _in_one_government(store: FalkorStore | Neo4jStore) -> list[tuple[str, float]]:
    return [(hit.id, hit.score) for q in ("应急", "管理局", "工作")
            for hit in search(store, q, government=GOVERNMENT, limit=100).hits]  # fmt: skip


def _falkor_government_indexed(store: FalkorStore) -> set[str]:
    query = "CALL db.indexes() YIELD label, properties RETURN label, properties"
    rows = store.run_read(query, timeout_s=10, max_rows=100).rows
    return {label for label, properties in rows if "government" in properties}


# Starts and stops servers of its own, and writes the whole development set.
@pytest.mark.slow
def test_falkor_store_made_before_the_government_indexes_gains_them_on_open(
    tmp_path, monkeypatch, batches
):
    monkeypatch.setattr(falkor, "statements", _old_schema)
    old = FalkorStore(tmp_path)
    old.write_together(batches)
    before = (_falkor_government_indexed(old), _in_one_government(old))
    old.close()
    monkeypatch.undo()
    opened = FalkorStore(tmp_path)
    try:
        after = (_falkor_government_indexed(opened), _in_one_government(opened))
    finally:
        opened.close()
    assert before[0] == set() and after[0] == GOVERNMENT_LABELS
    assert len(before[1]) > 3 and after[1] == before[1]


def _neo4j_government_indexed(uri: str) -> set[str]:
    query = (
        "SHOW INDEXES YIELD labelsOrTypes, properties WHERE properties = ['government'] RETURN *"
    )
    with GraphDatabase.driver(uri) as driver:
        return {row["labelsOrTypes"][0] for row in driver.execute_query(query).records}


def test_neo4j_store_made_before_the_government_indexes_gains_them_on_open(
    neo4j_uri, neo4j_store, batches
):
    neo4j_store.wipe()
    neo4j_store.write_together(batches)
    with GraphDatabase.driver(neo4j_uri) as driver:
        for name in ("meeting", "bureau", "policy_plan", "initiative"):
            driver.execute_query(f"DROP INDEX {name}_government")
    before = (_neo4j_government_indexed(neo4j_uri), _in_one_government(neo4j_store))
    opened = Neo4jStore(neo4j_uri)
    try:
        after = (_neo4j_government_indexed(neo4j_uri), _in_one_government(opened))
    finally:
        opened.close()
    assert before[0] == set() and after[0] == GOVERNMENT_LABELS
    assert len(before[1]) > 3 and after[1] == before[1]


def test_indexes_ready_failed_index_names_the_store():
    with pytest.raises(GraphStoreError, match=r"^bolt://db: an index .* failed to build"):
        indexes_ready(["OPERATIONAL", "FAILED"], "bolt://db")
