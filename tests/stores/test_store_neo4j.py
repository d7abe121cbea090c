"""Neo4j specifics that need no server."""

from __future__ import annotations

import socket

import pytest

from graph_service.errors import GraphStoreError
from graph_service.stores.neo4j import Neo4jStore


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_neo4j_store_unreachable_server_names_the_uri():
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    with pytest.raises(GraphStoreError, match=uri):
        Neo4jStore(uri)
