"""Each store opens with its indexes built, as the index_status query of its dialect tells."""

from __future__ import annotations

import pytest
from neo4j import GraphDatabase

from graph_service.errors import GraphStoreError
from graph_service.loading.batch import to_batch
from graph_service.stores.base import INDEX_READY, indexes_ready
from graph_service.stores.falkor import FalkorStore
from graph_service.stores.neo4j import Neo4jStore


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


def test_indexes_ready_failed_index_names_the_store():
    with pytest.raises(GraphStoreError, match=r"^bolt://db: an index .* failed to build"):
        indexes_ready(["OPERATIONAL", "FAILED"], "bolt://db")
