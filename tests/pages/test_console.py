"""The console's schema (on both stores) and the query a link opens it with."""

from __future__ import annotations

from fastapi.testclient import TestClient
from markupsafe import escape
from page_data import load_page_data

from graph_service.api.app import create_app
from graph_service.pages.console import console_page, schema
from graph_service.settings import Settings


def test_console_schema_lists_each_label_and_type_with_keys(store):
    load_page_data(store)
    found = schema(store)
    labels = {entry.name: entry for entry in found.labels}
    types = {entry.name: entry for entry in found.types}
    assert list(labels) == ["Meeting", "Bureau", "PolicyPlan", "Initiative"]
    assert {"id", "name", "government"} <= set(labels["Bureau"].keys) and labels["Bureau"].count
    assert {"evidence", "role", "doc"} <= set(types["REPORTED"].keys)


def test_console_schema_lists_the_kinds_of_related_to(store):
    load_page_data(store)
    assert {"agenda", "implements"} <= set(schema(store).kinds)


def test_console_schema_of_an_empty_graph_is_empty_lists(store):
    found = schema(store)
    assert [e.count for e in found.labels + found.types] == [0] * 7 and found.kinds == []


def test_console_page_opens_with_the_query_of_the_address(store):
    page = console_page(store, Settings(), "RETURN 1 AS one", '{"x": 1}')
    assert (page.query, page.params, page.run) == ("RETURN 1 AS one", '{"x": 1}', True)


def test_console_page_without_a_query_opens_the_first_question_unrun(store):
    page = console_page(store, Settings())
    assert (page.query, page.run) == (page.questions[0].query, False)


def test_console_schema_route_answers_the_schema(falkor_store):
    falkor_store.wipe()
    with TestClient(create_app(Settings(data_dir=falkor_store.path.parent))) as client:
        load_page_data(client.app.state.store)
        body = client.get("/api/schema").json()
        page = client.get("/cypher", params={"q": "RETURN '<b>' AS x"}).text
    assert [entry["name"] for entry in body["types"]] == ["REPORTED", "DIRECTED", "RELATED_TO"]
    assert str(escape("RETURN '<b>' AS x")) in page and "<b>" not in page
