"""The named Cypher files of ``cypher/``: one question or write per file, found by name."""

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
    text = cypher_path(name, dialect).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("//")]
    return "\n".join(lines).strip()


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
