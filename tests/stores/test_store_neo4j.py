"""Neo4j specifics: opening a store, with no server and with one that refuses it."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from neo4j import Driver, GraphDatabase
from neo4j.exceptions import DriverError

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


def test_neo4j_store_failed_open_leaves_no_driver_open(neo4j_uri, monkeypatch):
    # The real driver, watched as the store makes it: the store's own attributes stay private.
    made: list[Driver] = []
    make = GraphDatabase.driver

    def watched(*args: Any, **kwargs: Any) -> Driver:
        made.append(make(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(GraphDatabase, "driver", watched)
    with pytest.raises(GraphStoreError, match="nosuchdatabase"):
        Neo4jStore(neo4j_uri, database="nosuchdatabase")
    assert len(made) == 1
    with pytest.raises(DriverError, match="closed"):
        made[0].session()
