"""The pages in a real headless Chromium (Debian's package, driven by Playwright).

The app runs under uvicorn on a free loopback port with the embedded store. Each test records
what the browser asked for and logged: every request must go to that server, and requests to
anywhere else are blocked. Without Chromium the tests skip locally and fail in CI.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from page_data import (
    GOV,
    HOSTILE_BUREAU,
    HOSTILE_PLAN,
    INVESTMENT,
    MEETING,
    SPORTS,
    load_page_data,
    page_url,
)
from serving import served

from graph_service.api.app import create_app
from graph_service.pages import graph as home
from graph_service.settings import Settings
from graph_service.stores.falkor import FalkorStore

pytestmark = pytest.mark.browser

PAGES = ["/", "/?q=应急", page_url("nodes", SPORTS), page_url("initiatives", INVESTMENT),
         page_url("graph", MEETING), page_url("meetings", MEETING), "/cypher", "/sentences?q=汇报",
         f"/analytics?government={GOV}", "/meetings?date=2024-04-24",
         f"/path?from=区体育局&to=区民政局&government={GOV}"]  # fmt: skip
CONSTRUCTION = f"bureau:{GOV}:区建设和管理委员会"


@pytest.fixture(scope="module")
def server(falkor_store: FalkorStore) -> Iterator[str]:
    """The base URL of the app served by uvicorn on a free loopback port, holding page data."""
    app = create_app(Settings(data_dir=falkor_store.path.parent))
    with served(app) as base:
        load_page_data(app.state.store)
        yield base


def _graph_ready(tab, url: str) -> None:
    tab.goto(url)
    tab.wait_for_selector(".g-canvas[data-ready=true]", timeout=30_000)


def _count(tab, what: str) -> int:
    return tab.evaluate(f"document.querySelector('[data-graph]').graph.{what}.length")


def _node_point(tab, node_id: str) -> tuple[float, float]:
    """The page coordinates of a node on the graph canvas, scrolled into view."""
    tab.locator(".g-canvas").scroll_into_view_if_needed()
    point = tab.evaluate(
        """id => { const g = document.querySelector('[data-graph]').graph;
                   const p = g.network.canvasToDOM(g.network.getPositions([id])[id]);
                   const box = document.querySelector('.g-canvas').getBoundingClientRect();
                   return [box.left + p.x, box.top + p.y]; }""",
        node_id,
    )
    return point[0], point[1]


def test_browser_graph_page_renders_its_nodes(server, page):
    tab, _ = page
    _graph_ready(tab, server + page_url("graph", INVESTMENT))
    ids = tab.evaluate("document.querySelector('[data-graph]').graph.nodes.getIds()")
    assert {INVESTMENT, CONSTRUCTION, SPORTS} <= set(ids)
    assert tab.locator(".g-canvas canvas").count() == 1


def test_browser_click_expands_a_node_through_the_api(server, page):
    tab, log = page
    _graph_ready(tab, server + page_url("graph", SPORTS))
    before = _count(tab, "nodes")
    tab.mouse.click(*_node_point(tab, INVESTMENT))
    tab.wait_for_function(f"document.querySelector('[data-graph]').graph.nodes.length > {before}")
    assert any("/views/graph?" in url for url in log.requests)


def test_browser_double_click_opens_the_node_page(server, page):
    tab, _ = page
    _graph_ready(tab, server + page_url("graph", SPORTS))
    tab.mouse.dblclick(*_node_point(tab, INVESTMENT))
    tab.wait_for_url("**/nodes/**")
    assert "重点投资项目建设" in tab.locator("h1").inner_text()


def test_browser_label_filter_hides_that_label(server, page):
    tab, _ = page
    _graph_ready(tab, server + page_url("graph", INVESTMENT))
    tab.locator(".g-labels input[value=Bureau]").uncheck()
    labels = tab.evaluate(
        "document.querySelector('[data-graph]').graph.nodeView.get().map(n => n.kind)"
    )
    assert labels and "Bureau" not in labels


def test_browser_edge_type_filter_hides_that_type(server, page):
    tab, _ = page
    _graph_ready(tab, server + page_url("graph", INVESTMENT))
    before = _count(tab, "edgeView")
    tab.locator(".g-types input[value=REPORTED]").uncheck()
    types = tab.evaluate(
        "document.querySelector('[data-graph]').graph.edgeView.get().map(e => e.type)"
    )
    assert "REPORTED" not in types and len(types) < before


def test_browser_search_box_selects_matching_nodes(server, page):
    tab, _ = page
    _graph_ready(tab, server + page_url("graph", INVESTMENT))
    tab.locator(".g-search").fill("体育")
    selected = tab.evaluate(
        "document.querySelector('[data-graph]').graph.network.getSelectedNodes()"
    )
    assert selected == [SPORTS]
    assert "找到 1 个" in tab.locator(".g-status").inner_text()


def test_browser_export_json_is_the_servers_export(server, page):
    tab, _ = page
    _graph_ready(tab, server + page_url("graph", INVESTMENT))
    with tab.expect_download() as download:
        tab.locator(".g-json").click()
    exported = json.loads(download.value.path().read_text(encoding="utf-8"))
    assert len(exported["nodes"]) == _count(tab, "nodeView")
    assert all(edge["props"].get("evidence") for edge in exported["edges"])


def test_browser_export_graphml_is_the_servers_with_names_as_labels(server, page):
    tab, _ = page
    _graph_ready(tab, server + page_url("graph", INVESTMENT))
    with tab.expect_download() as graphml:
        tab.locator(".g-graphml").click()
    served = tab.request.get(server + "/api/export",
                             params={"format": "graphml", "node": INVESTMENT, "depth": 1})  # fmt: skip
    import networkx as nx

    assert graphml.value.path().read_bytes() == served.body()
    graph = nx.read_graphml(graphml.value.path())
    assert graph.number_of_nodes() == _count(tab, "nodeView")
    assert graph.nodes[SPORTS]["label"] == "区体育局"


def test_browser_export_png(server, page):
    tab, _ = page
    _graph_ready(tab, server + page_url("graph", INVESTMENT))
    with tab.expect_download() as png:
        tab.locator(".g-png").click()
    assert png.value.path().read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_browser_console_runs_a_query_and_shows_rows(server, page):
    tab, _ = page
    tab.goto(server + "/cypher")
    tab.locator("#query").fill("MATCH (b:Bureau) WHERE b.name CONTAINS $x RETURN b.name AS name")
    tab.locator("#params").fill('{"x": "体育"}')
    tab.locator("#run").click()
    tab.wait_for_selector("#result-table tbody tr")
    assert "区体育局" in tab.locator("#result-table").inner_text()
    assert "返回" in tab.locator("#status").inner_text()


def test_browser_console_shows_nodes_as_a_graph(server, page):
    tab, _ = page
    tab.goto(server + "/cypher")
    tab.locator(".saved-q[data-key=meeting_graph]").click()
    tab.wait_for_selector("#tab-graph:not([disabled])")
    tab.locator("#tab-graph").click()
    tab.wait_for_selector("#result-graph[data-ready=true]")
    assert tab.locator("#result-graph canvas").is_visible()


def test_browser_console_shows_why_a_write_is_refused(server, page):
    tab, _ = page
    tab.goto(server + "/cypher")
    tab.locator("#query").fill("MATCH (n) DETACH DELETE n")
    tab.locator("#params").fill("{}")
    tab.locator("#run").click()
    tab.wait_for_selector("#error:not([hidden])")
    assert tab.locator("#error").inner_text().startswith("查询被拒绝")


def test_browser_hostile_names_show_as_text_and_run_nothing(server, page):
    tab, _ = page
    _graph_ready(tab, server + page_url("nodes", HOSTILE_BUREAU))
    tab.mouse.move(*_node_point(tab, HOSTILE_PLAN), steps=5)
    tab.wait_for_selector("div.vis-tooltip", state="visible")
    assert "<img src=x onerror=window.__pwned=2>方案" in tab.locator("div.vis-tooltip").inner_text()
    assert "<script>window.__pwned=1</script>局" in tab.locator("h1").inner_text()
    assert tab.evaluate("window.__pwned") is None
    assert tab.locator("img").count() == 0


def test_browser_meeting_page_marks_the_sentence_a_fact_links_to(server, page):
    tab, _ = page
    tab.goto(server + page_url("meetings", MEETING))
    tab.locator(".evidence-link", has_text="区体育局、区民政局补充汇报。").first.click()
    target = tab.evaluate("document.querySelector('mark:target').textContent")
    assert target == "区体育局、区民政局补充汇报。"


def test_browser_meeting_page_lists_directives_to_collectives_with_their_sentence(server, page):
    tab, _ = page
    tab.goto(server + page_url("meetings", MEETING))
    collective = tab.locator("li.collective")
    assert collective.count() == 8
    entry = collective.filter(has_text="工作专班")
    assert entry.locator("a", has_text="电动自行车安全治理攻坚行动").count() == 1
    entry.locator(".evidence-link").click()
    target = tab.evaluate("document.querySelector('mark:target').textContent")
    assert target.startswith("工作专班要在凝聚部门合力上多做文章")


def test_browser_pages_log_no_errors(server, page):
    tab, log = page
    for url in PAGES:
        tab.goto(server + url)
        tab.wait_for_load_state("networkidle")
    assert log.errors == []


def test_browser_pages_request_nothing_from_other_hosts(server, page):
    tab, log = page
    for url in PAGES:
        tab.goto(server + url)
        tab.wait_for_load_state("networkidle")
    assert log.requests and log.elsewhere() == []


def test_browser_pages_fit_a_phone_screen(server, page):
    tab, _ = page
    tab.set_viewport_size({"width": 390, "height": 844})
    wide = {}
    for url in PAGES:
        tab.goto(server + url)
        tab.wait_for_load_state("networkidle")
        wide[url] = tab.evaluate("document.documentElement.scrollWidth")
    assert {url: width for url, width in wide.items() if width > 390} == {}


def test_browser_console_csv_neutralises_formulas(server, page):
    tab, _ = page
    tab.goto(server + "/cypher")
    tab.locator("#query").fill("RETURN $f AS formula, -3 AS number")
    tab.locator("#params").fill('{"f": "=HYPERLINK(\\"http://x\\")"}')
    tab.locator("#run").click()
    tab.wait_for_selector("#csv:not([disabled])")
    with tab.expect_download() as download:
        tab.locator("#csv").click()
    rows = download.value.path().read_text(encoding="utf-8-sig").splitlines()
    assert rows[1] == '"\'=HYPERLINK(""http://x"")",-3'


def test_browser_home_search_in_one_government_names_it_beside_each_bureau(server, page):
    tab, _ = page
    tab.goto(server + "/?q=应急")
    tab.select_option("select[name=government]", GOV)
    tab.click(".search-form button[type=submit]")
    tab.wait_for_selector("ol.hits")
    govs = tab.locator("ol.hits .gov").all_inner_texts()
    assert govs and set(govs) == {f"（{GOV}）"}


def test_browser_home_search_with_more_hits_than_listed_says_how_to_narrow(
    server, page, monkeypatch
):
    monkeypatch.setattr(home, "SEARCH_SHOWN", 3)
    tab, _ = page
    tab.goto(server + "/?q=局")
    note = tab.locator("p.more-hits")
    assert tab.locator("ol.hits li").count() == 3 and note.is_visible()
    assert "选择一个政府或类型" in note.inner_text()


def test_browser_graph_tooltip_names_the_bureaus_government(server, page):
    tab, _ = page
    _graph_ready(tab, server + page_url("graph", INVESTMENT))
    title = tab.evaluate(
        f"document.querySelector('[data-graph]').graph.nodes.get({json.dumps(SPORTS)}).title.textContent"
    )
    assert f"区体育局（{GOV}）" in title


def test_browser_sentences_page_highlights_words_and_links_bureaus(server, page):
    tab, _ = page
    tab.goto(server + "/sentences")
    tab.fill(".search-form input[name=q]", "补充汇报")
    tab.click(".search-form button[type=submit]")
    tab.wait_for_selector("ol.sentences mark")
    assert set(tab.locator("ol.sentences mark").all_inner_texts()) == {"补充汇报"}
    assert tab.locator("ol.sentences .gov").count() > 0


def test_browser_analytics_page_chooses_a_government_and_downloads_csv(server, page):
    tab, _ = page
    tab.goto(server + "/analytics")
    tab.select_option("select[name=government]", GOV)
    tab.click(".search-form button[type=submit]")
    tab.wait_for_selector("table.analytics tbody tr")
    shown = tab.locator("table.analytics tbody tr").count()
    with tab.expect_download() as download:
        tab.locator(".csv-link").click()
    rows = download.value.path().read_text(encoding="utf-8-sig").splitlines()
    assert shown > 1 and len(rows) == shown + 1 and GOV in rows[1]


def test_browser_find_meeting_page_by_ordinal_opens_the_meeting(server, page):
    tab, _ = page
    tab.goto(server + "/meetings")
    tab.fill("input[name=ordinal]", "73")
    tab.click(".search-form button[type=submit]")
    tab.locator("ol.found-meetings a.node-link").first.click()
    tab.wait_for_url("**/meetings/meeting*")
    assert "73" in tab.locator("h1").inner_text()


def test_browser_path_page_between_two_names(server, page):
    tab, _ = page
    tab.goto(server + "/path")
    tab.fill("input[name=from]", "区体育局")
    tab.fill("input[name=to]", "区民政局")
    tab.select_option("select[name=government]", GOV)
    tab.click(".search-form button[type=submit]")
    tab.wait_for_selector("ol.path-steps li")
    assert "最短相隔" in tab.locator("main").inner_text()
