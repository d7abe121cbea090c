"""Answers cached per graph version: an ETag, 304 while the graph is unchanged, a new answer
after any write, by this process or another (a CLI load into the same store)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest

from graph_service.api.cache import AnswerCache, VersionFirst
from graph_service.stores.protocol import GraphReader, GraphStore

DEV = Path(__file__).parents[1] / "data" / "minutes"
FIRST = DEV / "a01_xuhui_paragraph_abbrev.txt"
SECOND = DEV / "a03_wuhou_numbered_lue.txt"
SEARCH = "/api/search?q=" + quote("局")


@pytest.fixture(scope="module")
def loaded(client, batches):
    """The client, its store holding the seed minutes."""
    client.app.state.store.write(batches[0])
    return client


def _load_elsewhere(settings, path: Path) -> None:
    """Load ``path`` with the command line, a process of its own, into the app's store."""
    env = os.environ | {"MKG_STORE": settings.store, "MKG_DATA_DIR": str(settings.data_dir),
                        "NEO4J_URI": settings.neo4j_uri, "NEO4J_PASSWORD": ""}  # fmt: skip
    args = [sys.executable, "-m", "graph_service", "load", str(path)]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_api_cache_answer_carries_an_etag(loaded):
    response = loaded.get(SEARCH)
    assert (response.status_code, response.headers["etag"].startswith('W/"')) == (200, True)


def test_api_cache_answer_built_anew_carries_the_graphs_version(loaded):
    version = loaded.app.state.store.graph_version()
    response = loaded.get("/api/search?q=" + quote("政府"))  # asked by no other test
    assert response.headers["etag"] == f'W/"{version}"'


def test_version_first_keeps_the_version_read_with_its_first_read(loaded, batches):
    store = loaded.app.state.store
    reads, before = VersionFirst(store), store.graph_version()
    reads.read_named("stats_nodes")
    store.write(next(b for b in batches if "a01_" in b.source))
    assert (reads.graph_version(), store.graph_version() != before) == (before, True)


def test_version_first_only_reads(loaded):
    reads = VersionFirst(loaded.app.state.store)
    assert (isinstance(reads, GraphReader), isinstance(reads, GraphStore)) == (True, False)


def test_api_cache_unchanged_graph_is_304(loaded):
    etag = loaded.get(SEARCH).headers["etag"]
    again = loaded.get(SEARCH, headers={"If-None-Match": etag})
    assert (again.status_code, again.content, again.headers["etag"]) == (304, b"", etag)


def test_api_cache_repeated_question_same_answer(loaded):
    assert loaded.get(SEARCH).json() == loaded.get(SEARCH).json()


def test_api_cache_write_here_changes_etag_and_answer(loaded, batches):
    before = loaded.get(SEARCH)
    loaded.app.state.store.write(next(b for b in batches if "a05_" in b.source))
    after = loaded.get(SEARCH, headers={"If-None-Match": before.headers["etag"]})
    assert (after.status_code, after.headers["etag"] != before.headers["etag"]) == (200, True)
    assert after.json() != before.json()


# Loads in a process of its own.
@pytest.mark.slow
def test_api_cache_load_by_another_process_invalidates(loaded, api_settings):
    before = loaded.get(SEARCH)
    _load_elsewhere(api_settings, SECOND)
    after = loaded.get(SEARCH, headers={"If-None-Match": before.headers["etag"]})
    assert (after.status_code, after.json() != before.json()) == (200, True)


def test_api_cache_curation_decision_invalidates(loaded):
    etag = loaded.get(SEARCH).headers["etag"]
    loaded.app.state.store.write_named("delete_decision", {"id": "decision:none"})
    assert loaded.get(SEARCH, headers={"If-None-Match": etag}).status_code == 200


def test_api_cache_missing_node_is_404_not_cached(loaded):
    url = f"/api/initiatives/{quote('initiative:nowhere:nothing')}/bureaus"
    assert [loaded.get(url).status_code for _ in range(2)] == [404, 404]


def test_answer_cache_keeps_at_most_its_size():
    cache = AnswerCache(max_mb=1)
    for key in range(3):
        cache.put(str(key), "v", b"x" * 400_000)
    assert [cache.get(str(key), "v") is not None for key in range(3)] == [False, True, True]


def test_answer_cache_of_zero_keeps_nothing():
    cache = AnswerCache(max_mb=0)
    cache.put("k", "v", b"{}")
    assert cache.get("k", "v") is None
