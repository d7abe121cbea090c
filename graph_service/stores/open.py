"""Opening the store the settings name."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from graph_service.settings import Settings
from graph_service.stores.protocol import GraphStore


def open_store(settings: Settings) -> GraphStore:
    """Open the embedded FalkorDB store or connect to Neo4j, as ``settings.store`` says.

    Raises:
        GraphStoreError: the store cannot be opened or reached (the message says which and why).
    """
    if settings.store == "neo4j":
        from graph_service.stores.neo4j import Neo4jStore

        password = settings.neo4j_password
        auth = (settings.neo4j_user, password.get_secret_value()) if password else None
        return Neo4jStore(settings.neo4j_uri, auth=auth, database=settings.neo4j_database)
    from graph_service.stores.falkor import FalkorStore

    return FalkorStore(settings.data_dir)


@contextmanager
def opened_store(settings: Settings) -> Iterator[GraphStore]:
    """Open the store the settings name, and close it however the block ends.

    Raises:
        GraphStoreError: the store cannot be opened or reached.
    """
    store = open_store(settings)
    try:
        yield store
    finally:
        store.close()
