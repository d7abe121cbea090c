"""Every file in cypher/ is used by the code, and every Cypher name the code uses has a file."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from graph_service.errors import UnknownQueryError
from graph_service.graph_models import EDGE_TYPES, NODE_LABELS, RECORD_LABELS
from graph_service.stores._rows import EDGE_STEPS, NODE_STEPS
from graph_service.stores.backup import RESTORE_EDGES, RESTORE_NODES
from graph_service.stores.cypher import CYPHER_DIR, cypher_path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([*(ROOT / "graph_service").rglob("*.py"), *(ROOT / "loaders").rglob("*.py")])
# Functions whose string arguments name a Cypher operation.
NAMING_CALLS = {"cypher", "cypher_path", "statements", "ask", "write_named"}
DIALECTS = {"falkordb", "neo4j"}
NAME = re.compile(r"[a-z][a-z0-9_]*")


def _trees():
    return [ast.parse(path.read_text(encoding="utf-8")) for path in SOURCES]


def _called_names() -> set[str]:
    """String literals passed to the functions that take a Cypher operation name."""
    names = set()
    for tree in _trees():
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            func = getattr(call.func, "id", getattr(call.func, "attr", None))
            if func in NAMING_CALLS:
                names |= {a.value for a in call.args if isinstance(a, ast.Constant)
                          and isinstance(a.value, str) and NAME.fullmatch(a.value)}  # fmt: skip
    return names - DIALECTS


def _string_constants() -> set[str]:
    return {
        node.value
        for tree in _trees()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def _operation(path: Path) -> str:
    """The operation a file serves: ``q_node.falkordb.cypher`` serves ``q_node``."""
    return path.name.split(".")[0]


def test_cypher_files_every_file_is_used():
    write_steps = {f"merge_{step}" for step in [*NODE_STEPS.values(), *EDGE_STEPS.values()]}
    restores = {*RESTORE_NODES.values(), *RESTORE_EDGES.values()}  # named from the steps too
    used = _string_constants() | write_steps | restores
    unused = sorted({_operation(p) for p in CYPHER_DIR.glob("*.cypher")} - used)
    assert unused == []


def test_cypher_files_every_name_used_exists():
    missing = []
    for name, dialect in ((n, d) for n in sorted(_called_names()) for d in sorted(DIALECTS)):
        try:
            cypher_path(name, dialect)
        except UnknownQueryError:
            missing.append(f"{name} ({dialect})")
    assert missing == []


def test_cypher_files_named_calls_are_found():
    assert {"q_search", "q_initiative_bureaus", "stats_nodes"} <= _called_names()


def test_cypher_files_variants_have_a_known_dialect():
    variants = [p.name.split(".")[1] for p in CYPHER_DIR.glob("*.*.cypher")]
    assert set(variants) <= DIALECTS


@pytest.mark.parametrize("path", sorted(CYPHER_DIR.glob("q_*.cypher")), ids=lambda p: p.name)
def test_cypher_files_questions_use_model_labels_and_types(path):
    text = path.read_text(encoding="utf-8")
    labels = set(re.findall(r"\(\w*:(\w+)", text)) | set(re.findall(r"\|(\w+)", text)) - {""}
    types = set(re.findall(r"\[\w*:(\w+)", text))
    known = {*NODE_LABELS, *RECORD_LABELS}
    assert (labels - known, types - set(EDGE_TYPES)) == (set(), set())


@pytest.mark.parametrize("path", sorted(CYPHER_DIR.glob("q_*.cypher")), ids=lambda p: p.name)
def test_cypher_files_questions_take_values_as_parameters(path):
    # Ids, names and search text come in as $parameters, never spliced into the query.
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"[\u4e00-\u9fff]|\{id: '", text)
