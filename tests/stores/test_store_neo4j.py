"""Neo4j specifics: opening a store, with no server and with one that refuses it."""

from __future__ import annotations

import socket
from typing import ClassVar

import pytest
from neo4j import Driver
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


class _KeepsDriver(Neo4jStore):
    """A Neo4j store that keeps its driver where a test can see it after a failed open."""

    drivers: ClassVar[list[Driver]] = []

    def ensure_schema(self) -> None:
        self.drivers.append(self._driver)
        super().ensure_schema()


def test_neo4j_store_failed_open_leaves_no_driver_open(neo4j_uri):
    with pytest.raises(GraphStoreError, match="nosuchdatabase"):
        _KeepsDriver(neo4j_uri, database="nosuchdatabase")
    with pytest.raises(DriverError, match="closed"):
        _KeepsDriver.drivers[-1].session()
