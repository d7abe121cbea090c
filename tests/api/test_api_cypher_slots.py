"""Analyst query slots, against a real server on each store: eight heavy analyst queries at once
take the two slots, the others are answered 429, and /health and the named questions answer.

The app runs under uvicorn on a loopback port (tests/serving.py) and the requests are real and
concurrent, as in the attack of docs/reliability.md; each waits 60 s at most.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

import httpx2
import pytest
from serving import served

from graph_service.api.app import create_app
from graph_service.loading.run import load_paths
from graph_service.settings import Settings

pytestmark = pytest.mark.loadtest
SAMPLE = (
    Path(__file__).resolve().parents[2] / "loaders" / "data" / "samples" / "changning-2024-73.txt"
)
SLOTS = 2
HEAVY = 8
# Long enough for the named routes to answer while the slots are still taken, on a busy machine.
TIMEOUT_S = 8.0
CARTESIAN = "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n"
WAIT_S = 60


@pytest.fixture(scope="module", params=["falkordb", "neo4j"])
def base_url(request, tmp_path_factory) -> Iterator[str]:
    """A served app holding a sample minutes file, with two analyst slots and an 8 s limit."""
    limits = {"cypher_slots": SLOTS, "cypher_timeout_s": TIMEOUT_S}
    if request.param == "neo4j":
        uri = request.getfixturevalue("neo4j_uri")
        settings = Settings(store="neo4j", neo4j_uri=uri, neo4j_password="", **limits)
    else:
        settings = Settings(data_dir=tmp_path_factory.mktemp("slots"), **limits)
    app = create_app(settings)
    with served(app) as url:
        app.state.store.wipe()
        load_paths(app.state.store, [SAMPLE])
        yield url


def _post(url: str, query: str) -> httpx2.Response:
    return httpx2.post(f"{url}/api/cypher", json={"query": query}, timeout=WAIT_S)


@pytest.fixture(scope="module")
def saturated(base_url) -> dict[str, object]:
    """Eight heavy queries at once; once the refused ones are back, ask the other routes."""
    with ThreadPoolExecutor(HEAVY) as pool:
        heavy = [pool.submit(_post, base_url, CARTESIAN) for _ in range(HEAVY)]
        done = as_completed(heavy, timeout=WAIT_S)
        # A 429 comes back at once, and only while both slots are taken.
        first = [next(done).result() for _ in range(HEAVY - SLOTS)]
        during = {
            "health": httpx2.get(f"{base_url}/health", timeout=WAIT_S),
            "search": httpx2.get(f"{base_url}/api/search", params={"q": "应急"}, timeout=WAIT_S),
            "stats": httpx2.get(f"{base_url}/api/stats", timeout=WAIT_S),
            "analyst": _post(base_url, "RETURN 1 AS one"),
        }
        answers = [*first, *(future.result() for future in done)]
    after = _post(base_url, "RETURN 1 AS one")
    return {"answers": answers, "during": during, "after": after}


def test_api_cypher_slots_run_two_heavy_queries_and_refuse_the_rest_with_429(saturated):
    statuses = sorted(response.status_code for response in saturated["answers"])
    assert statuses == [408] * SLOTS + [429] * (HEAVY - SLOTS)


def test_api_cypher_slots_429_says_when_to_try_again(saturated):
    busy = [r for r in saturated["answers"] if r.status_code == 429]
    assert all(int(r.headers["Retry-After"]) > TIMEOUT_S for r in busy)
    assert busy[0].json()["error"] == "analyst_busy"


@pytest.mark.parametrize("route", ["health", "search", "stats"])
def test_api_named_routes_answer_while_the_analyst_slots_are_full(saturated, route):
    assert saturated["during"][route].status_code == 200


def test_api_cypher_slots_were_still_full_after_the_named_routes_answered(saturated):
    assert saturated["during"]["analyst"].status_code == 429


def test_api_cypher_slots_free_again_once_the_heavy_queries_ended(saturated):
    assert (saturated["after"].status_code, saturated["after"].json()["rows"]) == (200, [[1]])
