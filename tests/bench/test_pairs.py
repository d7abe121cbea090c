"""The load beside its ceiling, timed in turn: every pass writes the same rows on an emptied store.

Both stores; a small synthetic corpus, extracted into the benchmark's cache.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_service.bench.load import extract_to_cache, minutes_files
from graph_service.bench.pairs import paired, turns
from graph_service.bench.synth.corpus import generate


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
