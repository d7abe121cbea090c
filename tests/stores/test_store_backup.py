"""`minutes-kg backup` / `restore` on both stores: a restore gives back the very graph.

"The very graph": every node with its label and every property, every edge with its type, its
ends and every property, load records and decisions included, read before the backup and after
the restore (the store wiped in between).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph_service.cli.app import app
from graph_service.errors import GraphStoreError
from graph_service.loading.history import loads
from graph_service.loading.run import load_paths
from graph_service.stores.backup import backup, restore

SAMPLES = Path(__file__).resolve().parents[2] / "loaders" / "data" / "samples"


def whole_graph(store) -> tuple[list[dict], list[dict]]:
    """Every node and edge with every property, in a stable order."""
    return (store.read_named("q_backup_nodes").dicts(), store.read_named("q_backup_edges").dicts())


@pytest.fixture
def loaded(store):
    """The store (each in turn) holding the sample minutes and their load record."""
    load_paths(store, [SAMPLES])
    return store


def test_restore_after_wipe_gives_the_same_graph(loaded, tmp_path):
    before = whole_graph(loaded)
    backup(loaded, tmp_path / "g.jsonl")
    loaded.wipe()
    restore(loaded, tmp_path / "g.jsonl")
    assert whole_graph(loaded) == before


def test_restore_after_wipe_gives_the_same_load_records(loaded, tmp_path):
    records = [record.model_dump() for record in loads(loaded)]
    backup(loaded, tmp_path / "g.jsonl")
    loaded.wipe()
    restore(loaded, tmp_path / "g.jsonl")
    assert records and [record.model_dump() for record in loads(loaded)] == records


def test_backup_counts_every_node_and_edge_in_its_header(loaded, tmp_path):
    nodes, edges = whole_graph(loaded)
    done = backup(loaded, tmp_path / "g.jsonl")
    header = json.loads((tmp_path / "g.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert (
        (done.nodes, done.edges) == (header["nodes"], header["edges"]) == (len(nodes), len(edges))
    )


def test_restore_into_a_graph_that_is_not_empty_is_refused_and_changes_nothing(loaded, tmp_path):
    backup(loaded, tmp_path / "g.jsonl")
    before = whole_graph(loaded)
    with pytest.raises(GraphStoreError, match=r"not empty .* --force"):
        restore(loaded, tmp_path / "g.jsonl")
    assert whole_graph(loaded) == before


def test_restore_with_force_replaces_what_the_graph_held(loaded, tmp_path):
    before = whole_graph(loaded)
    backup(loaded, tmp_path / "g.jsonl")
    load_paths(loaded, [Path(__file__).resolve().parents[1] / "data" / "minutes" /
                        "a01_xuhui_paragraph_abbrev.txt"])  # fmt: skip
    restore(loaded, tmp_path / "g.jsonl", force=True)
    assert whole_graph(loaded) == before


def test_restore_of_a_file_that_is_not_a_backup_is_refused(store, tmp_path):
    (tmp_path / "x.jsonl").write_text('{"nodes": []}\n', encoding="utf-8")
    with pytest.raises(GraphStoreError, match="not a Minutes KG backup"):
        restore(store, tmp_path / "x.jsonl")


def test_restore_of_a_cut_backup_says_it_is_incomplete(loaded, tmp_path):
    backup(loaded, tmp_path / "g.jsonl")
    lines = (tmp_path / "g.jsonl").read_text(encoding="utf-8").splitlines()
    (tmp_path / "g.jsonl").write_text("\n".join(lines[:-5]) + "\n", encoding="utf-8")
    loaded.wipe()
    with pytest.raises(GraphStoreError, match="incomplete"):
        restore(loaded, tmp_path / "g.jsonl")


def test_backup_of_one_store_restores_into_the_other(falkor_store, neo4j_store, tmp_path):
    falkor_store.wipe()
    neo4j_store.wipe()
    load_paths(falkor_store, [SAMPLES])
    backup(falkor_store, tmp_path / "g.jsonl")
    restore(neo4j_store, tmp_path / "g.jsonl")
    assert whole_graph(neo4j_store) == whole_graph(falkor_store)


@pytest.fixture
def cli_env(loaded, request) -> dict[str, str]:
    """The environment that makes the command line use the loaded store."""
    if request.getfixturevalue("store") is request.getfixturevalue("falkor_store"):
        return {"MKG_STORE": "falkordb", "MKG_DATA_DIR": str(loaded.path.parent)}
    uri = request.getfixturevalue("neo4j_uri")
    return {"MKG_STORE": "neo4j", "NEO4J_URI": uri, "NEO4J_PASSWORD": ""}


def test_cli_backup_then_restore_gives_the_same_graph(loaded, cli_env, tmp_path):
    before, out = whole_graph(loaded), tmp_path / "g.jsonl"
    saved = CliRunner().invoke(app, ["backup", str(out)], env=cli_env)
    loaded.wipe()
    restored = CliRunner().invoke(app, ["restore", str(out)], env=cli_env)
    assert (saved.exit_code, restored.exit_code) == (0, 0)
    assert f"restored {len(before[0])} nodes and {len(before[1])} edges" in restored.stdout
    assert whole_graph(loaded) == before
