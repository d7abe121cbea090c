"""The store's Cypher files: every write step has a file, and every merge file is a step."""

from __future__ import annotations

import pytest

from graph_service.errors import UnknownQueryError
from graph_service.stores._rows import EDGE_STEPS, NODE_STEPS
from graph_service.stores.cypher import CYPHER_DIR, cypher, cypher_path

STORE_OPERATIONS = {"remove_stale", "stats_nodes", "stats_edges", "q_node", "wipe", "schema"}


def _merge_steps() -> set[str]:
    return {f"merge_{key}" for key in [*NODE_STEPS.values(), *EDGE_STEPS.values()]}


def test_store_cypher_every_operation_has_a_file():
    assert all(cypher_path(name).is_file() for name in _merge_steps() | STORE_OPERATIONS)


def test_store_cypher_every_merge_file_is_a_step():
    files = {path.name.split(".")[0] for path in CYPHER_DIR.glob("merge_*.cypher")}
    assert files == _merge_steps()


def test_store_cypher_merge_file_unwinds_its_own_parameter():
    assert all(f"UNWIND ${name[6:]} AS r" in cypher(name) for name in _merge_steps())


def test_store_cypher_dialect_variant_wins():
    assert cypher_path("schema", "falkordb").name == "schema.falkordb.cypher"


def test_store_cypher_unknown_name_is_an_error():
    with pytest.raises(UnknownQueryError, match="no_such_question"):
        cypher("no_such_question")
