"""The API's test client: the app on each store in turn, one fixture for every API test module.

A module adds settings of its own (an API key, limits) by naming them in ``API_SETTINGS``; it
loads its data with a module fixture over :func:`client`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from graph_service.api.app import create_app
from graph_service.settings import Settings


@pytest.fixture(scope="module", params=["falkordb", "neo4j"])
def api_settings(request: pytest.FixtureRequest) -> Settings:
    """The settings of an app on each store in turn, with the module's ``API_SETTINGS`` on top."""
    extra = getattr(request.module, "API_SETTINGS", {})
    if request.param == "neo4j":
        uri = request.getfixturevalue("neo4j_uri")
        return Settings(store="neo4j", neo4j_uri=uri, neo4j_password="", **extra)
    # The session's embedded server: one started and stopped per module costs seconds.
    folder = request.getfixturevalue("falkor_store").path.parent
    return Settings(data_dir=folder, **extra)


@pytest.fixture(scope="module")
def client(api_settings: Settings) -> Iterator[TestClient]:
    """A client of the app on each store in turn, its graph emptied once for the module.

    Server errors come back as answers (500 and its JSON body), as a client would see them.
    """
    with TestClient(create_app(api_settings), raise_server_exceptions=False) as test_client:
        test_client.app.state.store.wipe()  # the Neo4j database outlives other test modules
        yield test_client
