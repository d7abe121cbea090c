"""Web hardening on both stores: CORS closed unless named, no stack trace or Python exception text
in any error answer (bad parameters, hostile input, a closed store), the API key on every route
that writes, and hostile names escaped on every page that shows them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from page_data import HOSTILE_BUREAU, HOSTILE_PLAN, load_page_data, page_url

from graph_service.api.app import create_app
from graph_service.settings import Settings

SEED = Path(__file__).resolve().parents[2] / "loaders" / "data" / "samples" / "xuhui-2024-96.txt"
KEY = "hardening-key"
FOREIGN = "https://elsewhere.example"
# What a stack trace or an exception's repr leaves in a body.
TRACE = re.compile(r"Traceback|File \"|line \d+, in|\.py\b|site-packages|<module>|object at 0x")
# Analyst Cypher only reads: it is the one POST route that is not a write.
READ_ONLY_POSTS = {"/api/cypher"}
GOV = "长宁区人民政府"
# A valid request to every route that writes; a new write route must be added here.
WRITES = {
    "/api/documents": {"files": [("files", ("a.txt", SEED.read_bytes(), "text/plain"))]},
    "/api/review/merge": {"json": {"government": GOV, "name": "区应急局", "into": "区应急管理局"}},
    "/api/review/split": {"json": {"government": GOV, "name": "区应急局"}},
    "/api/review/rename": {"json": {"government": GOV, "bureau": "区应急局", "to": "区应急部"}},
    "/api/review/decisions/{decision_id}/withdraw": {},
    "/api/review/import": {"json": []},
}
BAD_REQUESTS = [
    ("GET", "/api/search?q=", None),
    ("GET", "/api/search?q=x&limit=abc", None),
    ("GET", "/api/search?q=%00", None),
    ("GET", "/api/nodes/" + quote("x' OR 1=1 //\\", safe=""), None),
    ("GET", "/api/subgraph?node=x&depth=99", None),
    ("GET", "/api/path?from=a&to=a", None),
    ("GET", "/api/export?format=exe", None),
    ("GET", "/api/timeline?node=" + quote("bureau:'}]->(x) DETACH DELETE x//"), None),
    ("POST", "/api/cypher", {"query": "MATCH (n) RETURN n +"}),
    ("POST", "/api/cypher", {"query": "MATCH (n) DETACH DELETE n"}),
    ("POST", "/api/cypher", {"query": "RETURN $x", "params": {"x": {"`": 1}}}),
    ("POST", "/api/cypher", "{not json"),
    ("POST", "/api/review/merge", {"government": "", "name": 3}),
    ("POST", "/api/review/merge", {"government": GOV, "name": "区\x00局", "into": "区应急管理局"}),
    ("POST", "/api/cypher", '{"query": "RETURN $x", "params": {"x": "\\ud800"}}'),
    ("POST", "/api/cypher", {"query": "RETURN $x", "params": {"x": "a\x00"}}),
    ("DELETE", "/api/stats", None),
    ("GET", "/nodes/%00", None),
    ("GET", "/meetings/" + quote("<script>x</script>", safe=""), None),
    ("GET", "/no/such/page", None),
]


def _send(client: TestClient, method: str, url: str, body) -> object:
    """Send a request with the API key, so that writes reach their validation."""
    headers = {"X-API-Key": KEY, "Content-Type": "application/json"}
    if isinstance(body, str):
        return client.request(method, url, content=body, headers=headers)
    return client.request(method, url, json=body, headers={"X-API-Key": KEY})


API_SETTINGS = {"api_key": KEY}


@pytest.fixture(scope="module", autouse=True)
def page_data(client: TestClient) -> None:
    """The page data and its hostile names, loaded once per store."""
    load_page_data(client.app.state.store)


def test_api_cors_closed_by_default_allows_no_foreign_origin(client):
    answer = client.get("/api/stats", headers={"Origin": FOREIGN})
    assert "access-control-allow-origin" not in answer.headers


def test_api_cors_allows_only_the_origins_named(falkor_store):
    settings = Settings(
        data_dir=falkor_store.path.parent, cors_origins=["https://analysts.example"]
    )
    with TestClient(create_app(settings)) as cors_client:
        named = cors_client.get("/api/stats", headers={"Origin": "https://analysts.example"})
        other = cors_client.get("/api/stats", headers={"Origin": FOREIGN})
    assert (
        named.headers.get("access-control-allow-origin"),
        other.headers.get("access-control-allow-origin"),
    ) == (
        "https://analysts.example",
        None,
    )


@pytest.mark.parametrize(("method", "url", "body"), BAD_REQUESTS)
def test_api_error_answers_hold_no_stack_trace(client, method, url, body):
    answer = _send(client, method, url, body)
    assert (answer.status_code >= 400, TRACE.search(answer.text)) == (True, None)


@pytest.mark.parametrize(("method", "url", "body"), BAD_REQUESTS)
def test_api_bad_requests_are_never_a_server_error(client, method, url, body):
    assert _send(client, method, url, body).status_code < 500


def test_api_every_write_route_is_listed_here():
    schema = create_app(Settings()).openapi()
    posts = {path for path, operations in schema["paths"].items()
             if {"post", "put", "patch", "delete"} & operations.keys()}  # fmt: skip
    assert posts - READ_ONLY_POSTS == WRITES.keys()


@pytest.mark.parametrize("path", sorted(WRITES))
def test_api_write_route_without_the_key_is_401_and_writes_nothing(client, path):
    before = client.get("/api/stats").json()
    url = path.replace("{decision_id}", "decision:0")
    answer = client.post(url, **WRITES[path])
    assert (answer.status_code, client.get("/api/stats").json()) == (401, before)


@pytest.mark.parametrize(
    "url",
    [
        page_url("nodes", HOSTILE_BUREAU),
        page_url("nodes", HOSTILE_PLAN),
        page_url("graph", HOSTILE_BUREAU),
        page_url("nodes", HOSTILE_BUREAU + "-missing"),
        page_url("meetings", HOSTILE_BUREAU),
        "/?q=" + quote("<script>window.__pwned=1</script>局"),
    ],
)
def test_pages_hostile_names_are_escaped_on_every_page(client, url):
    html = client.get(url).text
    assert ("<script>window.__pwned" in html, "<img src=x" in html) == (False, False)


@pytest.fixture
def closed_client(api_settings, tmp_path) -> Iterator[TestClient]:
    """The app on each store, its store closed under it as if the database had gone away."""
    app = create_app(
        api_settings.model_copy(update={"data_dir": tmp_path / "data", "api_key": None})
    )
    with TestClient(app, raise_server_exceptions=False) as test_client:
        app.state.store.close()
        yield test_client


# Each case opens the app on a server of its own, to close it.
@pytest.mark.slow
@pytest.mark.parametrize(
    ("method", "url", "body"),
    [
        ("GET", "/health", None),
        ("GET", "/api/stats", None),
        ("GET", "/api/search?q=区", None),
        ("GET", "/api/nodes/x", None),
        ("POST", "/api/cypher", {"query": "RETURN 1"}),
    ],
)
def test_api_closed_store_answers_json_without_a_stack_trace(closed_client, method, url, body):
    answer = _send(closed_client, method, url, body)
    error = json.loads(answer.text)
    assert (answer.status_code >= 500, sorted(error), TRACE.search(answer.text)) == (
        True,
        ["error", "message"],
        None,
    )
