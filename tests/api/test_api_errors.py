"""One error path on both stores: every error body is ``{error, message}``, unknown routes
included, and store errors answer by what went wrong: only an unavailable store is a 503."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from graph_service import errors
from graph_service.api.deps import StoreDep
from graph_service.graph_models import Edge, GraphBatch
from loaders.errors import MinutesKGError

ROOT = Path(__file__).resolve().parents[2]
KEY = "errors-key"
API_SETTINGS = {"api_key": KEY}


def _add_store_routes(app: FastAPI) -> None:
    """Routes that ask the real store what no public route can: a query that has no file, a
    value the store refuses, and a document it refuses to write."""

    @app.get("/test/unknown-query")
    def unknown_query(store: StoreDep) -> None:
        store.read_named("q_no_such_question")

    @app.get("/test/bad-parameter")
    def bad_parameter(store: StoreDep) -> None:
        store.read_named("q_loads", {"limit": -1, "skip": 0})

    @app.get("/test/refused-write")
    def refused_write(store: StoreDep) -> None:
        edge = Edge(id="e", type="REPORTED", source="nowhere", target="nothing", props={})
        store.write(GraphBatch(doc="d" * 64, source="refused.txt", edges=[edge]))


@pytest.fixture(scope="module")
def api(client: TestClient) -> TestClient:
    _add_store_routes(client.app)
    return client


def _error(response) -> tuple[int, str]:
    body = response.json()
    assert set(body) == {"error", "message"} and body["message"]
    return response.status_code, body["error"]


def test_api_unknown_route_is_404_in_the_error_shape(api):
    assert _error(api.get("/api/no-such-route")) == (404, "not_found")


def test_api_method_a_route_does_not_take_is_405_in_the_error_shape(api):
    assert _error(api.get("/api/cypher")) == (405, "method_not_allowed")
    assert _error(api.put("/api/stats", headers={"X-API-Key": KEY})) == (405, "method_not_allowed")


def test_api_unknown_named_query_is_a_server_error_not_store_unavailable(api):
    assert _error(api.get("/test/unknown-query")) == (500, "unknown_query")


def test_api_value_the_store_refuses_is_a_bad_parameter_not_store_unavailable(api):
    response = api.get("/test/bad-parameter")
    assert _error(response) == (422, "invalid_parameter") and "Retry-After" not in response.headers


def test_api_write_the_store_refuses_is_a_conflict_not_store_unavailable(api):
    response = api.get("/test/refused-write")
    assert (
        _error(response) == (409, "write_refused") and "refused.txt" in response.json()["message"]
    )


def test_api_missing_load_and_decision_are_404_in_the_error_shape(api):
    assert _error(api.get("/api/loads/load:nope")) == (404, "not_found")
    withdraw = api.post("/api/review/decisions/decision:nope/withdraw", headers={"X-API-Key": KEY})
    assert _error(withdraw) == (404, "not_found")


def test_api_write_without_the_key_is_refused_before_any_route(api):
    assert _error(api.post("/api/review/import", json=[])) == (401, "unauthorized")
    assert api.post("/api/review/import", json=[], headers={"X-API-Key": KEY}).json() == []


def test_api_nul_in_the_address_is_refused_in_the_error_shape(api):
    response = api.get("/api/search?q=%00")
    assert _error(response) == (400, "invalid_request") and "NUL" in response.json()["message"]


def test_api_error_answers_are_built_only_by_the_error_table():
    # Guards and routes raise (or hand ``answer`` an error); none builds an error body itself.
    sources = sorted((ROOT / "graph_service" / "api").rglob("*.py"))
    building = [p.name for p in sources if p.name != "errors.py"
                and re.search(r"JSONResponse\(|HTTPException\(", p.read_text())]  # fmt: skip
    assert building == []


def test_api_routes_check_no_key_of_their_own():
    routes = sorted((ROOT / "graph_service" / "api" / "routes").glob("*.py"))
    checking = [
        p.name for p in routes if re.search(r"x_api_key|check_key|settings.api_key", p.read_text())
    ]
    assert checking == []


def _drawn_tree() -> list[tuple[int, str]]:
    """The classes of the tree in graph_service.errors' docstring, with their depth."""
    drawn = []
    for line in (errors.__doc__ or "").splitlines():
        found = re.match(r"^ {4}([│ ]*(?:[├└]── )?)(\w+Error)\b", line)
        if found:
            drawn.append((len(found[1]) // 4, found[2]))
    return drawn


def _error_classes() -> dict[str, type]:
    found: dict[str, type] = {}
    pending = [MinutesKGError]
    while pending:
        cls = pending.pop()
        found[cls.__name__] = cls
        pending += cls.__subclasses__()
    return found


def test_errors_docstring_draws_the_tree_of_the_service_errors():
    # Import every module that defines an error.
    import graph_service.api.app
    import graph_service.cli.outputs  # noqa: F401

    classes = _error_classes()
    drawn = _drawn_tree()
    parents: list[str] = []
    for depth, name in drawn:
        parents = [*parents[:depth], name]
        assert name in classes, f"{name} is drawn but not defined"
        if depth:
            assert issubclass(classes[name], classes[parents[depth - 1]]), name
    service = {n for n, c in classes.items() if c.__module__.startswith("graph_service")}
    assert service - {name for _, name in drawn} == set()
