"""Every file in cypher/ is used by the code, and every Cypher name the code uses has a file."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from graph_service.errors import UnknownQueryError
from graph_service.graph_models import EDGE_TYPES, NODE_LABELS, RECORD_LABELS
from graph_service.stores import cypher as cypher_files
from graph_service.stores._rows import EDGE_STEPS, NODE_STEPS
from graph_service.stores.backup import RESTORE_EDGES, RESTORE_NODES
from graph_service.stores.cypher import CYPHER_DIR, cypher, cypher_path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([*(ROOT / "graph_service").rglob("*.py"), *(ROOT / "loaders").rglob("*.py")])
# Functions whose string arguments name a Cypher operation.
NAMING_CALLS = {"cypher", "cypher_path", "statements", "ask", "write_named"}
DIALECTS = {"falkordb", "neo4j"}
NAME = re.compile(r"[a-z][a-z0-9_]*")
FRAGMENTS = sorted(CYPHER_DIR.glob("_*.cypher"))
INCLUDE = re.compile(r"^// include: (\S+)", re.MULTILINE)


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
    operations = {_operation(p) for p in CYPHER_DIR.glob("[!_]*.cypher")}  # not the fragments
    assert sorted(operations - used) == []


def test_cypher_files_every_fragment_is_included():
    texts = [p.read_text(encoding="utf-8") for p in CYPHER_DIR.glob("[!_]*.cypher")]
    included = {name for text in texts for name in INCLUDE.findall(text)}
    fragments = sorted(p.name.removesuffix(".cypher") for p in FRAGMENTS)
    assert fragments and fragments == sorted(included)


def test_cypher_files_fragment_is_not_a_query():
    with pytest.raises(UnknownQueryError, match="not a Cypher operation name"):
        cypher_path("_nodes_by_id", "falkordb")


@pytest.fixture
def scratch_dir(tmp_path, monkeypatch):
    """A cypher/ of the test's own, the loader's caches emptied before and after."""
    monkeypatch.setattr(cypher_files, "CYPHER_DIR", tmp_path)
    cypher_files.cypher.cache_clear()
    cypher_files.fragment.cache_clear()
    yield tmp_path
    cypher_files.cypher.cache_clear()
    cypher_files.fragment.cache_clear()


def test_cypher_files_include_is_replaced_by_the_fragment(scratch_dir):
    (scratch_dir / "_ids.cypher").write_text("// why\nMATCH (n:Bureau)\nWHERE n.id IN $ids\n")
    (scratch_dir / "q_x.cypher").write_text(
        "// include: _ids as a\nRETURN a.name AS name, $n AS n\n"
    )
    assert cypher("q_x") == "MATCH (a:Bureau)\nWHERE a.id IN $ids\nRETURN a.name AS name, $n AS n"


def test_cypher_files_unknown_include_names_the_file(scratch_dir):
    (scratch_dir / "q_x.cypher").write_text("// include: _missing\nRETURN 1\n")
    with pytest.raises(
        UnknownQueryError, match=r"q_x\.cypher: includes '_missing'.*_missing\.cypher"
    ):
        cypher("q_x")


def test_cypher_files_include_of_a_query_is_refused(scratch_dir):
    (scratch_dir / "q_y.cypher").write_text("RETURN 1\n")
    (scratch_dir / "q_x.cypher").write_text("// include: q_y\nRETURN 1\n")
    with pytest.raises(UnknownQueryError, match="leading '_'"):
        cypher("q_x")


def test_cypher_files_malformed_include_is_refused(scratch_dir):
    (scratch_dir / "q_x.cypher").write_text("// include: _ids as 1a\nRETURN 1\n")
    with pytest.raises(UnknownQueryError, match=r"q_x\.cypher: .*include: _ids as 1a"):
        cypher("q_x")


def test_cypher_files_include_binds_the_variable_it_names():
    text = cypher("q_subgraph_nodes", "falkordb")
    assert "MATCH (a:Initiative)\nWHERE a.id IN $ids\nRETURN a\n}\nWITH a\n" in text
    assert "(n:" not in text and "$ids" in text


@pytest.mark.parametrize(
    "path", sorted(CYPHER_DIR.glob("q_*.cypher")) + FRAGMENTS, ids=lambda p: p.name
)
def test_cypher_files_questions_use_model_labels_and_types(path):
    text = path.read_text(encoding="utf-8")
    labels = set(re.findall(r"\(\w*:(\w+)", text)) | set(re.findall(r"\|(\w+)", text)) - {""}
    types = set(re.findall(r"\[\w*:(\w+)", text))
    known = {*NODE_LABELS, *RECORD_LABELS}
    assert (labels - known, types - set(EDGE_TYPES)) == (set(), set())


@pytest.mark.parametrize(
    "path", sorted(CYPHER_DIR.glob("q_*.cypher")) + FRAGMENTS, ids=lambda p: p.name
)
def test_cypher_files_questions_take_values_as_parameters(path):
    # Ids, names and search text come in as $parameters, never spliced into the query.
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"[\u4e00-\u9fff]|\{id: '", text)
