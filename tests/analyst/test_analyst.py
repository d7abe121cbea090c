"""Analyst Cypher: hostile queries refused or stopped on both stores, legitimate ones answered."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from reuse import holding

from graph_service.analyst.guard import MAX_NESTING, cap_rows, check_query
from graph_service.analyst.run import GRACE_S, WAIT_S, check_params, run_analyst_query
from graph_service.errors import QueryInvalidError, QueryRefusedError, QueryTimeoutError
from graph_service.graph_models import Edge, Node
from graph_service.loading.batch import to_batch

HOSTILE_FILE = Path(__file__).parents[1] / "data" / "hostile_cypher.txt"
BUILDING = "bureau:长宁区人民政府:区建设管理委"
# Runs for many seconds row by row, which both databases stop at their time limit.
LONG_ROWS = "UNWIND range(1, 40000) AS x RETURN sum(size([y IN range(1, 40000) WHERE y < x]))"
CARTESIAN = "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n"
LEGITIMATE = [
    "MATCH (b:Bureau) RETURN b",
    "MATCH (b:Bureau)-[r:REPORTED]->(i) RETURN b.name, count(i) AS n ORDER BY n DESC",
    "MATCH (n) WHERE n.name CONTAINS '删除' RETURN n.set, n.start, n.`delete`",
    "CALL db.labels() YIELD label RETURN label",
    "MATCH p = (a:Meeting)-[*1..2]-(b) RETURN p LIMIT 3",
    "RETURN 'it\\'s' AS x, date('2024-01-02') AS d",
    "MATCH (n) WHERE EXISTS { MATCH (n)-->() } RETURN count(*) // trailing comment",
    "MATCH (n:Load) RETURN n.id, n.at ORDER BY n.at DESC",
    "MATCH (d:Decision) RETURN {set: d.id, load: d.kind, delete: 1} AS record",
    "MATCH (b:Bureau) RETURN [x IN b.aliases WHERE x <> b.name | toUpper(x)] AS others",
    "RETURN " + "(" * 12 + "7" + ")" * 12,
]


def hostile_queries() -> list[str]:
    """The corpus: blocks separated by blank lines, lines starting with # left out."""
    blocks = HOSTILE_FILE.read_text(encoding="utf-8").split("\n\n")
    queries = ["\n".join(x for x in b.splitlines() if not x.startswith("#")) for b in blocks]
    return [query.strip() for query in queries if query.strip()]


def _size(store) -> tuple[dict[str, int], dict[str, int]]:
    stats = store.stats()
    return stats.nodes, stats.edges


@pytest.fixture
def seeded(store, seed_extraction, seed_document):
    store.write(to_batch(seed_extraction, seed_document))
    return store


@pytest.fixture
def both_seeded(falkor_store, neo4j_store, seed_extraction, seed_document):
    """Both stores holding the seed, written by one load at one time; writing it again changes
    nothing."""
    batch = to_batch(seed_extraction, seed_document)
    stamped = batch.model_copy(
        update={"load": "load:both", "loaded_at": "2024-06-01T08:00:00+00:00"}
    )
    # Emptied first: an earlier write would keep its own loaded_at. Refused queries write nothing,
    # so the next test finds the seed still there.
    return tuple(holding(each, "stamped seed", lambda store: store.write(stamped))
                 for each in (falkor_store, neo4j_store))  # fmt: skip


def test_hostile_corpus_has_at_least_fifty_queries():
    assert len(hostile_queries()) >= 50


@pytest.mark.parametrize("query", hostile_queries())
def test_check_query_refuses_hostile_query(query):
    with pytest.raises(QueryRefusedError):
        check_query(query)


@pytest.mark.parametrize("query", LEGITIMATE)
def test_check_query_keeps_legitimate_query(query):
    assert check_query(query) == query


def test_check_query_drops_one_trailing_semicolon():
    assert check_query("MATCH (n) RETURN n ;  ") == "MATCH (n) RETURN n"


def test_check_query_refusal_names_the_keyword():
    with pytest.raises(QueryRefusedError, match="LOAD CSV is not allowed"):
        check_query("ｌｏａｄ ｃｓｖ FROM 'file:///etc/passwd' AS r RETURN r")


def test_check_query_refuses_procedure_off_the_allow_list():
    with pytest.raises(QueryRefusedError, match=r"procedure apoc\.load\.json"):
        check_query("CALL `apoc`./* x */load.json('x')")


def test_cap_rows_limits_each_union_branch_but_not_subqueries():
    query = "CALL { MATCH (n) RETURN n } RETURN n UNION MATCH (n) RETURN n"
    assert cap_rows(query, 9).count("LIMIT 9") == 2


def test_cap_rows_keeps_a_smaller_limit():
    assert cap_rows("MATCH (n) RETURN n LIMIT 3", 9) == "MATCH (n) RETURN n LIMIT 3"


def test_cap_rows_leaves_a_query_without_return():
    assert cap_rows("CALL db.labels()", 9) == "CALL db.labels()"


@pytest.mark.parametrize(
    "params", [{"a-b": 1}, {"x": float("nan")}, {"x": {"a`b": 1}}, {"x": "a\x00"}, {"x": 2**70}]
)
def test_check_params_refuses_what_is_not_plain_data(params):
    with pytest.raises(QueryRefusedError):
        check_params(params)


@pytest.mark.parametrize("query", hostile_queries())
def test_run_analyst_query_refuses_hostile_query_and_keeps_counts(both_seeded, query):
    for store in both_seeded:
        before = _size(store)
        with pytest.raises(QueryRefusedError):
            run_analyst_query(store, query, timeout_s=2, max_rows=10)
        assert _size(store) == before


@pytest.mark.parametrize(
    "query",
    [
        "CREATE (n:Bureau {id: 'x', name: 'x'})",
        "MERGE (n:Bureau {id: 'x'})",
        "MATCH (n) SET n.name = 'x'",
        "MATCH (n) DETACH DELETE n",
        "MATCH (n:Bureau) REMOVE n.name",
        "CREATE INDEX FOR (n:Bureau) ON (n.x)",
    ],
)
def test_store_run_read_refuses_write_without_the_guard(seeded, query):
    before = _size(seeded)
    with pytest.raises(QueryRefusedError):
        seeded.run_read(query, timeout_s=2, max_rows=10)
    assert _size(seeded) == before


def test_run_analyst_query_returns_nodes_and_edges_as_models(seeded):
    query = "MATCH (b:Bureau)-[e:REPORTED]->(i) WHERE b.id = $id RETURN b, e ORDER BY e.id"
    result = run_analyst_query(seeded, query, {"id": BUILDING}, timeout_s=5, max_rows=10)
    row = result.dicts()[0]
    assert (type(row["b"]), type(row["e"])) == (Node, Edge)


PARITY = {
    "nodes": "MATCH (b:Bureau)-[:REPORTED]->(i) WHERE i.name = $name RETURN b ORDER BY b.id",
    "edges": "MATCH ()-[e:REPORTED]->() WHERE e.role = $role RETURN e ORDER BY e.id",
    "aggregate": "MATCH (b:Bureau)-[e]->() RETURN b.name AS b, count(e) AS n ORDER BY n DESC, b",
    "rows": "UNWIND range(1, 30) AS x RETURN x, x * 2 AS y",
}


@pytest.mark.parametrize("query", PARITY.values(), ids=PARITY.keys())
def test_run_analyst_query_answers_the_same_on_both_stores(both_seeded, query):
    params = {"name": "重点投资项目建设", "role": "supplementary"}
    answers = [
        run_analyst_query(store, query, params, timeout_s=5, max_rows=20).model_dump()
        for store in both_seeded
    ]
    for answer in answers:
        answer.pop("elapsed_ms")
    assert answers[0] == answers[1] and answers[0]["rows"]


def test_run_analyst_query_parameter_with_cypher_stays_a_value(seeded):
    value = "x'}) DETACH DELETE n //\" RETURN 1"
    before = _size(seeded)
    result = run_analyst_query(seeded, "RETURN $v AS v", {"v": value}, timeout_s=5, max_rows=1)
    assert (result.rows, _size(seeded)) == ([[value]], before)


def test_run_analyst_query_caps_a_huge_result(store):
    result = run_analyst_query(
        store, "UNWIND range(1, 500000) AS x RETURN x", timeout_s=5, max_rows=1000
    )
    assert (len(result.rows), result.truncated) == (1000, True)


def test_run_analyst_query_lowers_a_larger_limit_to_the_cap(store):
    query = "UNWIND range(1, 500000) AS x RETURN x LIMIT 400000"
    result = run_analyst_query(store, query, timeout_s=5, max_rows=10)
    assert (len(result.rows), result.truncated) == (10, True)


@pytest.mark.parametrize("query", ["MATCH (n RETURN n", "MATCH (n) RETURN n +"])
def test_run_analyst_query_syntax_error_is_invalid_not_refused_on_each_store(store, query):
    with pytest.raises(QueryInvalidError, match="could not read the query"):
        run_analyst_query(store, query, timeout_s=5, max_rows=10)


@pytest.mark.parametrize("query", [CARTESIAN, LONG_ROWS])
def test_run_analyst_query_returns_by_the_time_limit(store, query):
    started = time.perf_counter()
    with pytest.raises(QueryTimeoutError):
        run_analyst_query(store, query, timeout_s=0.5, max_rows=10)
    # The margin covers a busy test machine; the call itself waits at most 0.5 s + GRACE_S + WAIT_S.
    assert time.perf_counter() - started < 0.5 + GRACE_S + WAIT_S + 1.0


def test_check_query_refuses_brackets_nested_past_the_limit_naming_it():
    with pytest.raises(QueryRefusedError, match=f"more than {MAX_NESTING} deep"):
        check_query("RETURN " + "(" * 24 + "7" + ")" * 24)


@pytest.mark.parametrize("pair", ["[]", "{}", "()"])
def test_check_query_counts_every_kind_of_bracket(pair):
    deep = "RETURN " + ("abs(" if pair == "()" else pair[0]) * 13 + "7" + pair[1] * 13
    with pytest.raises(QueryRefusedError, match="nest more than"):
        check_query(deep.replace("{", "{a: "))


@pytest.mark.parametrize(
    "query",
    [
        "RETURN size([x IN range(1,30000) | size([y IN range(1,30000) | x + y])])",
        "RETURN reduce(s = 0, x IN range(1, 40000) | s + size([y IN range(1, 40000) WHERE y < x]))",
        "RETURN any(x IN range(1, 30000) WHERE all(y IN range(1, 30000) WHERE x > y))",
    ],
)
def test_check_query_refuses_a_list_iteration_inside_another(query):
    with pytest.raises(QueryRefusedError, match="write the outer one as UNWIND"):
        check_query(query)


def test_check_query_keeps_a_label_that_is_a_keyword():
    assert check_query("MATCH (n:Load) RETURN n") == "MATCH (n:Load) RETURN n"


def test_check_query_still_refuses_load_csv_after_a_label():
    with pytest.raises(QueryRefusedError, match="LOAD CSV"):
        check_query("MATCH (n:Load) LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r")


@pytest.fixture
def with_records(seeded):
    """The seed graph plus a load record and a curator's decision, as the service writes them."""
    record = {"id": "load:1", "at": "2024-06-01T08:00:00+00:00", "by": "t", "via": "cli"}
    seeded.write_named("record_load", record | {"record": "{}"})
    seeded.write_named("record_decision", {"id": "decision:1", "props": {"kind": "merge"}})
    return seeded


def test_run_analyst_query_returns_every_node_with_records_among_them(with_records):
    result = run_analyst_query(with_records, "MATCH (n) RETURN n", timeout_s=5, max_rows=1000)
    labels = {row[0].label for row in result.rows}
    assert {"Load", "Decision", "Bureau", "Meeting"} <= labels


def test_run_analyst_query_answers_match_load_label(with_records):
    result = run_analyst_query(with_records, "MATCH (n:Load) RETURN n", timeout_s=5, max_rows=10)
    assert [row[0].id for row in result.rows] == ["load:1"]
