"""POST /api/cypher on both stores: writes refused with the graph unchanged, reads answered."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from reuse import holding

from graph_service.loading.batch import to_batch

HOSTILE_FILE = Path(__file__).parents[1] / "data" / "hostile_cypher.txt"
API_SETTINGS = {"cypher_timeout_s": 2.0, "cypher_max_rows": 50}
CARTESIAN = "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n"


def hostile_queries() -> list[str]:
    """The corpus: blocks separated by blank lines, lines starting with # left out."""
    blocks = HOSTILE_FILE.read_text(encoding="utf-8").split("\n\n")
    queries = ["\n".join(x for x in b.splitlines() if not x.startswith("#")) for b in blocks]
    return [query.strip() for query in queries if query.strip()]


@pytest.fixture
def api(client, seed_extraction, seed_document) -> TestClient:
    """The API over the seed minutes alone, written again only after a test wrote."""
    batch = to_batch(seed_extraction, seed_document)
    holding(client.app.state.store, "seed", lambda store: store.write(batch))
    return client


def _post(api: TestClient, query: str, **params) -> tuple[int, dict]:
    response = api.post("/api/cypher", json={"query": query, "params": params})
    return response.status_code, response.json()


@pytest.mark.parametrize("query", hostile_queries())
def test_api_cypher_refuses_hostile_query_and_keeps_counts(api, query):
    before = api.get("/api/stats").json()
    status, body = _post(api, query)
    assert (status, body["error"], api.get("/api/stats").json()) == (400, "query_refused", before)


def test_api_cypher_answers_columns_rows_truncated_and_time(api):
    status, body = _post(api, "MATCH (m:Meeting) RETURN count(m) AS meetings")
    assert (status, body["columns"], body["rows"], body["truncated"]) == (
        200,
        ["meetings"],
        [[1]],
        False,
    )
    assert body["elapsed_ms"] >= 0


def test_api_cypher_returns_nodes_as_objects(api):
    query = "MATCH (b:Bureau) WHERE b.name = $name RETURN b"
    status, body = _post(api, query, name="区建设管理委")
    assert (status, body["rows"][0][0]["label"]) == (200, "Bureau")


def test_api_cypher_caps_rows_at_the_setting(api):
    status, body = _post(api, "UNWIND range(1, 100000) AS x RETURN x")
    assert (status, len(body["rows"]), body["truncated"]) == (200, 50, True)


def test_api_cypher_stops_a_cartesian_product_with_408(api):
    status, body = _post(api, CARTESIAN)
    assert (status, body["error"]) == (408, "query_timeout")


def test_api_cypher_syntax_error_is_told_apart_from_a_refusal(api):
    status, body = _post(api, "MATCH (n RETURN n")
    assert (status, body["error"], bool(body["message"])) == (400, "query_invalid", True)


def test_api_cypher_empty_query_is_invalid(api):
    status, body = _post(api, "")
    assert (status, body["error"]) == (422, "invalid_request")


@pytest.fixture
def api_with_records(api) -> TestClient:
    """The API over the seed minutes, a load record and a curator's decision."""
    store = api.app.state.store
    record = {"id": "load:api", "at": "2024-06-01T08:00:00+00:00", "by": "t", "via": "api"}
    store.write_named("record_load", record | {"record": "{}"})
    store.write_named("record_decision", {"id": "decision:api", "props": {"kind": "merge"}})
    return api


def test_api_cypher_every_node_answers_with_records_among_them(api_with_records):
    status, body = _post(api_with_records, "MATCH (n) RETURN n")
    labels = {row[0]["label"] for row in body["rows"]}
    assert (status, {"Load", "Decision", "Bureau"} <= labels) == (200, True)


def test_api_cypher_match_load_label_is_answered_not_refused(api_with_records):
    status, body = _post(api_with_records, "MATCH (n:Load) RETURN n.id AS id")
    assert (status, ["load:api"] in body["rows"]) == (200, True)


def test_api_cypher_too_deep_nesting_is_refused_naming_the_limit(api):
    status, body = _post(api, "RETURN " + "(" * 24 + "7" + ")" * 24)
    assert (status, "nest more than 12 deep" in body["message"]) == (400, True)
