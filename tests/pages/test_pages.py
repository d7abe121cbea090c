"""The web pages over HTTP (server-rendered HTML) on embedded FalkorDB, and their library code.

The browser tests in ``test_browser_pages.py`` load the same data through :func:`load_page_data`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from page_data import (
    HOSTILE_BUREAU,
    HOSTILE_PLAN,
    INVESTMENT,
    MEETING,
    SEED,
    SPORTS,
    hostile_batch,
    load_page_data,
    page_url,
)

from graph_service.analyst.run import run_analyst_query
from graph_service.api.app import create_app
from graph_service.loading.run import load_uploads
from graph_service.pages import graph as pages
from graph_service.pages.console import saved_questions
from graph_service.questions import searching
from graph_service.questions.graph import QuestionError
from graph_service.settings import Settings
from graph_service.stores.falkor import FalkorStore
from viz.network import vis_view


@pytest.fixture(scope="module")
def app_client(falkor_store: FalkorStore) -> Iterator[TestClient]:
    """A client of the app on the session's embedded FalkorDB, holding the page data."""
    app = create_app(Settings(data_dir=falkor_store.path.parent))
    with TestClient(app) as client:
        load_page_data(app.state.store)
        yield client


def _html(client: TestClient, url: str, status: int = 200) -> str:
    answer = client.get(url)
    assert answer.status_code == status, answer.text[:300]
    assert answer.headers["content-type"].startswith("text/html")
    return answer.text


def test_pages_home_shows_counts_and_latest_meetings(app_client):
    html = _html(app_client, "/")
    assert "个会议" in html and "条部署关系" in html
    assert page_url("meetings", MEETING) in html


def test_pages_home_search_lists_hits_with_links(app_client):
    html = _html(app_client, "/?q=体育局")
    assert page_url("nodes", SPORTS) in html


def test_pages_home_search_with_more_hits_than_listed_says_how_to_narrow(app_client, monkeypatch):
    listed = pages.home_page(app_client.app.state.store, "局")
    assert (
        len(listed.search.hits) > 2
        and not listed.more_hits
        and "more-hits" not in _html(app_client, "/?q=局")
    )
    monkeypatch.setattr(pages, "SEARCH_SHOWN", 2)
    html = _html(app_client, "/?q=局")
    assert html.count('<li><a class="node-link"') == 2 and "下面只列出前 2 个" in html
    assert "选择一个政府或类型" in html


def test_pages_home_search_past_the_bound_says_only_part_is_listed(app_client, monkeypatch):
    monkeypatch.setattr(searching, "SEARCH_BOUND", 1)
    html = _html(app_client, "/?q=局")
    assert "匹配的名称太多" in html and "选择一个政府或类型" in html


def test_pages_home_search_without_letters_says_why(app_client):
    html = _html(app_client, "/?q=！！")
    assert "无法搜索" in html


def test_pages_node_shows_properties_edges_and_timeline(app_client):
    html = _html(app_client, page_url("nodes", SPORTS))
    assert "所属政府" in html and "时间线" in html
    assert "区体育局、区民政局补充汇报。" in html


def test_pages_initiative_timeline_names_the_collectives_directed(app_client):
    html = _html(app_client, page_url("nodes", INVESTMENT))
    timeline = html[html.index('id="timeline"') : html.index('id="edges"')]
    assert "各项目牵头单位及建设单位" in timeline and "相关审批单位" in timeline


def test_pages_missing_node_is_a_404_page(app_client):
    html = _html(app_client, page_url("nodes", "bureau:无:无此局"), status=404)
    assert "未找到" in html and "bureau:无:无此局" in html


def test_pages_initiative_lists_co_owners_with_roles(app_client):
    html = _html(app_client, page_url("initiatives", INVESTMENT))
    owners = html[html.index('id="owners"') : html.index('id="timeline"')]
    gov = '<span class="gov">（长宁区人民政府）</span>'
    found = re.findall(
        rf"</span>(区[^<]+)</a>{gov}</td>\s*<td><span class=\"role role-(\w+)", owners
    )
    assert found[:3] == [("区建设和管理委员会", "lead"), ("区体育局", "supplementary"),
                         ("区民政局", "supplementary")]  # fmt: skip


def test_pages_initiative_page_refuses_a_bureau(app_client):
    assert app_client.get(page_url("initiatives", SPORTS)).status_code == 404


def test_pages_meeting_marks_sentences_in_the_minutes_text(app_client):
    html = _html(app_client, page_url("meetings", MEETING))
    assert "区长侯继军主持召开区政府第73次常务会议" in html
    marked = re.findall(r'<mark id="(s-[0-9a-f]{12})">', html)
    linked = set(re.findall(r'class="evidence-link" href="#(s-[0-9a-f]{12})"', html))
    assert len(marked) >= 8 and linked <= set(marked)


def test_pages_graph_page_embeds_the_subgraph(app_client):
    html = _html(app_client, page_url("graph", INVESTMENT))
    assert 'class="g-data"' in html and "区建设和管理委员会" in html


def test_pages_graph_page_says_what_the_cap_left_out(app_client):
    html = _html(app_client, page_url("graph", MEETING) + "?limit=3")
    assert "此图只显示距中心最近的 3 个节点" in html
    assert "显示更多节点" in html and "/api/export?format=graphml" in html


def test_pages_hostile_names_are_escaped_in_html(app_client):
    html = _html(app_client, page_url("nodes", HOSTILE_BUREAU))
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;局" in html


def test_pages_assets_serve_the_vis_network_bundle(app_client):
    answer = app_client.get("/assets/vis-network.min.js")
    assert answer.status_code == 200 and b"vis-network" in answer.content[:200]


def test_pages_assets_refuse_unknown_names(app_client):
    assert app_client.get("/assets/..%2Fpages.py").status_code == 404


def test_pages_pages_load_no_asset_from_another_host(app_client):
    for url in ("/", page_url("nodes", SPORTS), page_url("meetings", MEETING), "/cypher"):
        sources = re.findall(r'(?:src|href)="([^"#]+)"', _html(app_client, url))
        assert [s for s in sources if "//" in s or s.startswith("http")] == [], url


def test_pages_console_lists_saved_questions_and_rules(app_client):
    html = _html(app_client, "/cypher")
    assert "谁共同负责某项工作" in html and "LOAD CSV" in html and "1000 行" in html


def test_vis_view_styles_nodes_by_label_and_marks_the_center():
    graph = pages.SubgraphAnswer(center=SPORTS, depth=1, nodes=hostile_batch().nodes)
    view = vis_view(graph, HOSTILE_PLAN)
    shapes = {node["id"]: (node["shape"], node["borderWidth"]) for node in view["nodes"]}
    assert shapes == {HOSTILE_BUREAU: ("dot", 1), HOSTILE_PLAN: ("square", 3)}


def test_pages_home_search_form_with_every_choice_left_open_answers(app_client):
    html = _html(app_client, "/?q=体育&label=&government=&as_of=")
    assert "区体育局" in html


def test_pages_home_search_with_an_unknown_government_names_near_ones(app_client):
    html = _html(app_client, "/?q=体育&government=长宁区政府")
    assert "无法搜索" in html and "长宁区人民政府" in html


def test_pages_sentences_mark_the_words_searched(app_client):
    html = _html(app_client, "/sentences?q=补充汇报")
    assert "<mark>补充汇报</mark>" in html


def test_pages_sentences_with_nothing_found_say_so(app_client):
    assert "没有句子包含" in _html(app_client, "/sentences?q=无此说法")


# The tests below change the store the app above reads (the session's), so they come last.
def test_pages_meeting_from_an_upload_shows_its_sentences(falkor_store):
    falkor_store.wipe()
    load_uploads(falkor_store, [("seed.txt", SEED.read_bytes())])
    page = pages.meeting_page(falkor_store, MEETING)
    assert page is not None and not page.text.full and page.text.note
    assert "区体育局、区民政局补充汇报。" in [s.text for s in page.text.segments]


def test_graph_view_refuses_a_cap_out_of_range(store):
    with pytest.raises(QuestionError):
        pages.graph_view(store, SPORTS, cap=pages.MAX_CAP + 1)


def test_saved_questions_run_read_only_on_both_stores(store):
    load_page_data(store)
    rows = {}
    for question in saved_questions(MEETING, initiative="重点投资"):
        result = run_analyst_query(store, question.query, question.params,
                                   timeout_s=5, max_rows=100)  # fmt: skip
        rows[question.key] = result.rows
    assert {row[1] for row in rows["co_owners"]} >= {"区建设和管理委员会", "区体育局", "区民政局"}
    assert all(rows.values())
