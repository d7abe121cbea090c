"""Embedded FalkorDB specifics: no network exposure, a data file and its log that survive a restart."""

from __future__ import annotations

import psutil
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph_service.loading.batch import to_batch
from graph_service.stores.falkor import FalkorStore
from graph_service.stores.falkor_server import CHECKPOINT_KEY, start_server, sync_at_end, sync_now


def test_falkor_client_writes_the_parameter_header_read_many_relies_on():
    # FalkorStore.read_many writes each query's parameters with the client's own, non-public
    # Graph._build_params_header (the client is pinned for it): a change in it fails here.
    from falkordb import Graph

    header = Graph._build_params_header(None, {"id": "区体育局", "n": 2, "ids": ["a"], "x": None})
    assert header == 'CYPHER `id`="区体育局" `n`=2 `ids`=["a"] `x`=null '


# Starts and stops a server of its own.
@pytest.mark.slow
def test_falkor_store_server_listens_on_no_tcp_port(tmp_path):
    store = FalkorStore(tmp_path)
    try:
        connections = psutil.Process(store.server_pid).net_connections(kind="inet")
    finally:
        store.close()
    assert connections == []


# Starts and stops a server of its own.
@pytest.mark.slow
def test_falkor_store_keeps_data_in_a_snapshot_and_its_log(
    tmp_path, seed_extraction, seed_document
):
    store = FalkorStore(tmp_path)
    store.write(to_batch(seed_extraction, seed_document))
    store.close()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["graph.db", "graph.db.aof"]


# Starts and stops servers of its own.
@pytest.mark.slow
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


# Parameters as the store's writes send them: maps with identifier keys, lists, strings of any
# text (quotes, backslashes, control characters, any script), integers, booleans and nulls.
# Not NUL nor lone surrogates: FalkorDB cannot take them, and readers and the API refuse them.
_KEYS = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,8}", fullmatch=True)
_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)
)
_VALUES = st.recursive(
    _LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=12,
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=_VALUES)
def test_falkor_store_reads_back_every_parameter_as_sent(falkor_store, value):
    # The client library writes query parameters into the query text: FalkorDB must read back
    # exactly the value given, or a fact's sentence would be stored altered.
    found = falkor_store.run_read("RETURN $x AS x", {"x": value}, timeout_s=10, max_rows=1)
    assert found.dicts() == [{"x": value}]


# Starts and stops a server of its own.
@pytest.mark.slow
def test_falkor_bulk_settings_sync_once_then_on_every_write_again(tmp_path):
    db = start_server(tmp_path / "graph.db")
    try:
        before = sync_at_end(db.client)
        during = db.client.config_get("appendfsync")["appendfsync"]
        sync_now(db.client, before)
        after = db.client.config_get("appendfsync")["appendfsync"]
        assert (during, after, db.client.exists(CHECKPOINT_KEY)) == ("no", "always", 0)
    finally:
        db.close()


def test_shared_falkor_store_refuses_a_test_closing_it_and_keeps_serving(falkor_store):
    with pytest.raises(pytest.fail.Exception, match="cannot be closed by a test"):
        falkor_store.close()
    assert falkor_store.graph_version()
