"""The load beside its ceiling, timed in turn: every pass writes the same rows on a fresh store.

Both stores; a small synthetic corpus, extracted into the benchmark's cache.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_service.bench.load import cached_chunks, extract_to_cache, minutes_files
from graph_service.bench.pairs import fresh, load_pass, paired, turns
from graph_service.bench.synth.corpus import generate

INDEXES = "CALL db.indexes() YIELD label, properties RETURN label, properties ORDER BY label"
KEYS = "CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS keys"


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus")
    generate(corpus, meetings=12, governments=2, seed=3)
    folder = tmp_path_factory.mktemp("cache")
    extract_to_cache(minutes_files(corpus), folder, processes=1)
    return folder


def test_turns_flip_every_round():
    assert turns(2) == ["ceiling", "load", "load", "ceiling"]


def test_paired_writes_the_same_rows_each_pass_and_leaves_the_store_empty(store, cache):
    pairs = paired(store, cache, size=12, writers=2, rounds=2)

    passes = [*pairs.loads, *pairs.ceilings]
    assert [len(pairs.loads), len(pairs.ceilings)] == [2, 2]
    assert {written.documents for written in passes} == {12}
    assert len({written.elements for written in passes}) == 1
    # Each load found an empty store: both added the same, every node and edge once.
    assert pairs.loads[0].added == pairs.loads[1].added > 0
    assert len(pairs.ratios) == 2 and all(ratio > 0 for ratio in pairs.ratios)
    assert sum(store.stats().nodes.values()) == 0


# FalkorDB only: Neo4j is emptied instead, since only its Enterprise edition can drop a database.
def test_fresh_gives_falkordb_a_new_graph_with_the_same_indexes(falkor_store, cache):
    store = falkor_store
    fresh(store)
    indexes = store.run_read(INDEXES, timeout_s=10, max_rows=100).rows
    load_pass(store, cache, 12, writers=2)
    assert "docs" in store.run_read(KEYS, timeout_s=10, max_rows=1).rows[0][0]

    fresh(store)

    assert store.run_read(INDEXES, timeout_s=10, max_rows=100).rows == indexes
    # A new graph: no property the load wrote is left in its tables.
    assert "docs" not in store.run_read(KEYS, timeout_s=10, max_rows=1).rows[0][0]
    assert sum(store.stats().nodes.values()) == 0


def test_fresh_store_reads_back_what_is_written_next(store, cache):
    fresh(store)
    load_pass(store, cache, 12, writers=2)
    node = next(cached_chunks(cache, 0, 1))[0].nodes[0]

    found = store.node(node.id)

    assert found is not None and (found.label, found.name) == (node.label, node.name)
    fresh(store)
