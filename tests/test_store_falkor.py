"""Embedded FalkorDB specifics: no network exposure, a data file and its log that survive a restart."""

from __future__ import annotations

import psutil

from graph_service.stores.falkor import FalkorStore
from loaders.batch import to_batch


def test_falkor_store_server_listens_on_no_tcp_port(tmp_path):
    store = FalkorStore(tmp_path)
    try:
        connections = psutil.Process(store.server_pid).net_connections(kind="inet")
    finally:
        store.close()
    assert connections == []


def test_falkor_store_keeps_data_in_a_snapshot_and_its_log(
    tmp_path, seed_extraction, seed_document
):
    store = FalkorStore(tmp_path)
    store.write(to_batch(seed_extraction, seed_document))
    store.close()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["graph.db", "graph.db.aof"]


def test_falkor_store_reopened_has_the_same_graph(tmp_path, seed_extraction, seed_document):
    store = FalkorStore(tmp_path)
    store.write(to_batch(seed_extraction, seed_document))
    before = store.stats()
    store.close()
    reopened = FalkorStore(tmp_path)
    try:
        assert reopened.stats() == before
    finally:
        reopened.close()
