"""The named Cypher files of ``cypher/``: one question or write per file, found by name.

A block several queries share is written once, in a fragment: a file whose name starts with
``_`` (``cypher/_nodes_by_id.falkordb.cypher``), never run as a query of its own. A query takes
it with a line ``// include: _nodes_by_id.falkordb``, replaced by the fragment's text; a
fragment binds ``n``, and ``// include: _nodes_by_id.falkordb as a`` binds it as ``a`` instead.
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path

from graph_service.errors import UnknownQueryError


def _cypher_dir() -> Path:
    """``cypher/`` beside the package in a checkout; ``share/minutes-kg/cypher`` when installed."""
    checkout = Path(__file__).resolve().parents[2] / "cypher"
    return checkout if checkout.is_dir() else Path(sys.prefix) / "share" / "minutes-kg" / "cypher"


CYPHER_DIR = _cypher_dir()
_NAME = re.compile(r"[a-z][a-z0-9_]*")
_INCLUDE_LINE = re.compile(r"\s*//\s*include:")
_INCLUDE = re.compile(r"\s*//\s*include:\s*(?P<name>\S+)(?:\s+as\s+(?P<var>[a-z]\w*))?\s*")
_FRAGMENT = re.compile(r"_[a-z][a-z0-9_]*(\.(falkordb|neo4j))?")
# The fragment's variable: ``n`` as a name of its own, not a parameter, property or label.
_BOUND = re.compile(r"(?<![\w$.:`])n(?!\w)")


def cypher_path(name: str, dialect: str | None = None) -> Path:
    """Return the file holding the named Cypher operation, preferring the dialect's variant.

    Args:
        name: the operation, e.g. ``merge_bureaus``; the file is ``cypher/<name>.cypher``.
        dialect: ``falkordb`` or ``neo4j``; ``cypher/<name>.<dialect>.cypher`` wins if present.

    Returns:
        The path of the file.

    Raises:
        UnknownQueryError: the name is malformed or no file exists for it.

    >>> cypher_path("stats_nodes").name
    'stats_nodes.cypher'
    """
    if not _NAME.fullmatch(name):
        raise UnknownQueryError(f"{name!r}: not a Cypher operation name (use lower_snake_case)")
    candidates = [CYPHER_DIR / f"{name}.{dialect}.cypher"] if dialect else []
    candidates.append(CYPHER_DIR / f"{name}.cypher")
    for path in candidates:
        if path.is_file():
            return path
    raise UnknownQueryError(f"{CYPHER_DIR / (name + '.cypher')}: no such Cypher operation")


@functools.cache
def cypher(name: str, dialect: str | None = None) -> str:
    """Return the text of a named Cypher operation, without comment lines.

    Args:
        name: the operation name.
        dialect: the store's dialect, for a store-specific variant.

    Returns:
        The query text.

    Raises:
        UnknownQueryError: no file exists for the name.

    >>> cypher("stats_edges").splitlines()[0]
    'MATCH ()-[e]->()'
    """
    path = cypher_path(name, dialect)
    lines = [_expand(line, path) for line in path.read_text(encoding="utf-8").splitlines()]
    return "\n".join(line for line in lines if not line.lstrip().startswith("//")).strip()


def _expand(line: str, path: Path) -> str:
    """Return ``line`` of the file at ``path``, its fragment's text if it includes one."""
    if not _INCLUDE_LINE.match(line):
        return line
    found = _INCLUDE.fullmatch(line)
    if found is None:
        raise UnknownQueryError(f"{path}: {line.strip()!r}: write '// include: _name' or "
                                "'// include: _name as variable'")  # fmt: skip
    text = fragment(found["name"], where=path)
    return _BOUND.sub(found["var"], text) if found["var"] else text


@functools.cache
def fragment(name: str, where: Path | None = None) -> str:
    """Return the text of the fragment ``cypher/<name>.cypher``, without comment lines.

    Args:
        name: the fragment, e.g. ``_nodes_by_id.falkordb``: a leading ``_``, then the dialect if any.
        where: the file including it, named in the error.

    Raises:
        UnknownQueryError: the name is not a fragment's, or no such file exists.

    >>> fragment("_nodes_by_id.falkordb").splitlines()[:2]
    ['CALL {', 'MATCH (n:Meeting)']
    """
    path = CYPHER_DIR / f"{name}.cypher"
    if not _FRAGMENT.fullmatch(name) or not path.is_file():
        raise UnknownQueryError(
            f"{where or CYPHER_DIR}: includes {name!r}, but no fragment {path.name} exists in "
            f"{CYPHER_DIR} (fragments are named with a leading '_')"
        )
    text = path.read_text(encoding="utf-8")
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))


def statements(name: str, dialect: str | None = None) -> list[str]:
    """Return the ``;``-separated statements of a Cypher file such as ``schema``.

    Args:
        name: the operation name.
        dialect: the store's dialect.

    Returns:
        The statements, in file order.

    >>> statements("schema")[0].startswith("CREATE CONSTRAINT")
    True
    """
    return [part.strip() for part in cypher(name, dialect).split(";") if part.strip()]
