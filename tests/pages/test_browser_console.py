"""The Cypher console in a real headless Chromium: the query in the address, history and saved
queries, the schema beside the editor, and errors that say what went wrong, never left over."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from page_data import load_page_data
from serving import served

from graph_service.api.app import create_app
from graph_service.settings import Settings
from graph_service.stores.falkor import FalkorStore

pytestmark = pytest.mark.browser

SPORTS_QUERY = "MATCH (b:Bureau) WHERE b.name CONTAINS $x RETURN b.name AS name"


@pytest.fixture(scope="module")
def server(falkor_store: FalkorStore) -> Iterator[str]:
    """The app on a loopback port, holding the page data."""
    app = create_app(Settings(data_dir=falkor_store.path.parent))
    with served(app) as base:
        load_page_data(app.state.store)
        yield base


@pytest.fixture
def console(server, page):
    """The console opened on an empty history and no saved queries."""
    tab, _ = page
    tab.goto(server + "/cypher")
    tab.evaluate("localStorage.clear()")
    tab.reload()
    return tab


def _run(tab, query: str, params: str = "{}") -> None:
    tab.locator("#query").fill(query)
    tab.locator("#params").fill(params)
    tab.locator("#run").click()
    tab.wait_for_function(
        "document.querySelector('#result-table tbody') || !document.querySelector('#error').hidden"
    )


def test_browser_console_puts_the_query_in_the_address(console):
    _run(console, SPORTS_QUERY, '{"x": "体育"}')
    asked = parse_qs(urlsplit(console.url).query)
    assert asked == {"q": [SPORTS_QUERY], "params": ['{"x": "体育"}']}


def test_browser_console_runs_the_query_of_a_shared_link(server, page):
    tab, _ = page
    tab.goto(f"{server}/cypher?q={quote(SPORTS_QUERY)}&params={quote('{"x": "体育"}')}")
    tab.wait_for_selector("#result-table tbody tr")
    assert tab.locator("#query").input_value() == SPORTS_QUERY
    assert "区体育局" in tab.locator("#result-table").inner_text()


def test_browser_console_history_lists_queries_run_newest_first(console):
    _run(console, "RETURN 1 AS one")
    _run(console, "RETURN 2 AS two")
    console.reload()
    shown = console.locator("#history-list .q-open").all_inner_texts()
    assert shown == ["RETURN 2 AS two", "RETURN 1 AS one"]


def test_browser_console_history_entry_runs_again(console):
    _run(console, SPORTS_QUERY, '{"x": "体育"}')
    console.reload()
    console.locator("#query").fill("")
    console.locator("#history-list .q-open").first.click()
    console.wait_for_selector("#result-table tbody tr")
    assert console.locator("#query").input_value() == SPORTS_QUERY


def test_browser_console_saved_query_stays_after_reload(console):
    console.locator("#query").fill(SPORTS_QUERY)
    console.locator("#params").fill('{"x": "民政"}')
    console.locator("#save-name").fill("民政的部门")
    console.locator("#save").click()
    console.reload()
    console.locator("#saved-list .q-open", has_text="民政的部门").click()
    console.wait_for_selector("#result-table tbody tr")
    assert "区民政局" in console.locator("#result-table").inner_text()


def test_browser_console_saved_query_can_be_removed(console):
    console.locator("#save-name").fill("一个")
    console.locator("#save").click()
    console.locator("#saved-list .q-drop").click()
    assert console.locator("#saved-list li").count() == 0
    assert console.locator("#saved-empty").is_visible()


def test_browser_console_schema_lists_labels_types_keys_and_kinds(console):
    console.wait_for_selector("#schema dl")
    text = console.locator("#schema").inner_text()
    for name in (":Bureau", ":Meeting", ":REPORTED", ":DIRECTED", ":RELATED_TO", "government",
                 "evidence", "agenda"):  # fmt: skip
        assert name in text


def test_browser_console_schema_name_goes_into_the_query(console):
    console.wait_for_selector("#schema dl")
    console.locator("#query").fill("MATCH (b")
    console.locator("#query").press("End")
    console.locator("#schema .chip", has_text=":Bureau").first.click()
    assert console.locator("#query").input_value() == "MATCH (b:Bureau"


def test_browser_console_tells_a_syntax_error_from_a_refusal(console):
    _run(console, "MATCH (n RETURN n")
    syntax = (
        console.locator("#error").get_attribute("data-kind"),
        console.locator("#error").inner_text(),
    )
    _run(console, "MATCH (n) DETACH DELETE n")
    refused = (
        console.locator("#error").get_attribute("data-kind"),
        console.locator("#error").inner_text(),
    )
    assert syntax[0] == "query_invalid" and syntax[1].startswith("查询语句有误")
    assert refused[0] == "query_refused" and refused[1].startswith("查询被拒绝")


def test_browser_console_error_is_cleared_by_the_next_run(console):
    _run(console, "MATCH (n RETURN n")
    _run(console, "RETURN 1 AS one")
    console.wait_for_selector("#result-table tbody tr")
    assert console.locator("#error").is_hidden() and console.locator("#error").inner_text() == ""


def test_browser_console_error_clears_the_previous_result(console):
    _run(console, "RETURN 1 AS one")
    console.wait_for_selector("#result-table tbody tr")
    _run(console, "MATCH (n RETURN n")
    console.wait_for_selector("#error:not([hidden])")
    assert console.locator("#result-table tr").count() == 0
    assert console.locator("#csv").is_disabled()
