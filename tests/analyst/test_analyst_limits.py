"""Analyst queries that used to outlive their limits: refused first, or stopped in the store.

Each test is one of the attacks of docs/reliability.md ("Analyst Cypher"), sized so that it stays
within a few seconds and a few hundred megabytes on a 2-core machine.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from graph_service.analyst.run import run_analyst_query
from graph_service.errors import QueryRefusedError, QueryTimeoutError
from graph_service.stores.falkor import FalkorStore
from graph_service.stores.falkor_watchdog import rss

SMALL_MEMORY = 256 * 1024**2
DEEP_PARENTHESES = "RETURN " + "(" * 24 + "7" + ")" * 24
NESTED_LISTS = "RETURN size([x IN range(1,30000) | size([y IN range(1,30000) | x + y])])"
HUGE_RANGE = "UNWIND range(1, 1000000000) AS x RETURN count(x)"
# One expression over 8 million numbers: about 3 s inside FalkorDB, which checks no limit there.
LONG_EXPRESSION = "RETURN reduce(s = 0, x IN range(1, 8000000) | s + size(toString(x))) AS n"


@pytest.fixture(scope="module")
def small_falkor(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FalkorStore]:
    """An embedded store whose queries may take 256 MB, so that tests stay light."""
    store = FalkorStore(tmp_path_factory.mktemp("falkordb-small"), query_memory=SMALL_MEMORY)
    yield store
    store.close()


@pytest.fixture(params=["falkordb", "neo4j"])
def light_store(request: pytest.FixtureRequest):
    """Each store in turn; the embedded one with the small memory cap."""
    name = "small_falkor" if request.param == "falkordb" else "neo4j_store"
    return request.getfixturevalue(name)


@pytest.mark.parametrize("query", [DEEP_PARENTHESES, NESTED_LISTS], ids=["parentheses", "lists"])
def test_run_analyst_query_refuses_nesting_before_the_store_sees_it(light_store, query):
    with pytest.raises(QueryRefusedError, match=r"nest|inside another"):
        run_analyst_query(light_store, query, timeout_s=2, max_rows=10)
    assert light_store.running_queries() == []


@pytest.mark.faults
def test_run_analyst_query_huge_range_is_stopped_and_leaves_nothing_running(light_store):
    with pytest.raises(QueryRefusedError):
        run_analyst_query(light_store, HUGE_RANGE, timeout_s=2, max_rows=10)
    assert light_store.running_queries() == []


@pytest.mark.faults
def test_falkor_huge_range_is_stopped_by_the_memory_cap_naming_it(small_falkor):
    with pytest.raises(QueryRefusedError, match=r"more than 0\.25 GB of memory"):
        run_analyst_query(small_falkor, HUGE_RANGE, timeout_s=30, max_rows=10)


@pytest.mark.faults
def test_falkor_huge_range_leaves_the_server_within_its_memory(small_falkor):
    with pytest.raises(QueryRefusedError):
        run_analyst_query(small_falkor, HUGE_RANGE, timeout_s=30, max_rows=10)
    small_falkor.stats()  # the next operation starts the server again if it was stopped
    assert rss(small_falkor.server_pid) < SMALL_MEMORY


@pytest.mark.faults
def test_falkor_expression_past_its_limit_is_stopped_in_the_server(small_falkor):
    with pytest.raises(QueryTimeoutError):
        run_analyst_query(small_falkor, LONG_EXPRESSION, timeout_s=0.5, max_rows=10)
    assert small_falkor.running_queries() == []


@pytest.mark.faults
def test_falkor_store_answers_after_the_watchdog_stopped_a_query(small_falkor, seed_extraction,
                                                                 seed_document):  # fmt: skip
    from graph_service.loading.batch import to_batch

    small_falkor.write(to_batch(seed_extraction, seed_document))
    before = small_falkor.stats()
    with pytest.raises(QueryTimeoutError):
        run_analyst_query(small_falkor, LONG_EXPRESSION, timeout_s=0.5, max_rows=10)
    assert small_falkor.stats() == before
