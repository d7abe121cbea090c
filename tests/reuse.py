"""Data a test reads, written into a store again only when the store was written since."""

from __future__ import annotations

from collections.abc import Callable

from graph_service.stores.protocol import GraphStore

_HOLDING: dict[tuple[int, str], str] = {}
"""The graph version each store had right after :func:`holding` filled it, by store and data."""


def holding(chosen: GraphStore, what: str, fill: Callable[[GraphStore], None]) -> GraphStore:
    """Return ``chosen`` holding ``what``: emptied and filled by ``fill``, unless nothing was
    written to it since it last was (every write gives the graph a new version, wipes included).
    """
    key = (id(chosen), what)
    if key not in _HOLDING or _HOLDING[key] != chosen.graph_version():
        chosen.wipe()
        fill(chosen)
        _HOLDING[key] = chosen.graph_version()
    return chosen
