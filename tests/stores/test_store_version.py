"""Every write gives the graph a new version, in the store itself, on both stores."""

from __future__ import annotations


def test_store_version_changes_on_write(store, batches):
    before = store.graph_version()
    store.write(batches[0])
    assert store.graph_version() not in ("", before)


def test_store_version_changes_on_write_together(store, batches):
    before = store.graph_version()
    store.write_together(batches[:2])
    assert store.graph_version() != before


def test_store_version_changes_on_named_write(store):
    before = store.graph_version()
    store.write_named("delete_decision", {"id": "decision:none"})
    assert store.graph_version() != before


def test_store_version_changes_on_wipe(store, batches):
    store.write(batches[0])
    before = store.graph_version()
    store.wipe()
    assert store.graph_version() not in ("", before)


def test_store_version_unchanged_by_reads(store, batches):
    store.write(batches[0])
    before = store.graph_version()
    store.stats()
    assert store.graph_version() == before


def test_store_version_not_counted_as_a_written_node(store, batches):
    result = store.write(batches[0])
    assert result.added == len(batches[0].nodes) + len(batches[0].edges)
