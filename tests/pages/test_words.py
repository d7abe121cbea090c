"""The pages speak Chinese: no property key, role, kind or English error message in what a page
shows (names and sentences of the minutes aside, which are the data)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from page_data import DATA, GOV, INVESTMENT, MEETING, SPORTS, load_page_data, page_url

from graph_service.api.app import create_app
from graph_service.graph_models import Subgraph
from graph_service.loading.run import load_paths
from graph_service.questions.graph import ask
from graph_service.settings import Settings
from graph_service.stores.falkor import FalkorStore
from viz.network import vis_view
from viz.words import MESSAGES, chinese

# The vocabulary of the graph and the questions' English, as a page must never show it.
ENGLISH = re.compile(
    r"\b(first|last|resolved|lead|supplementary|directed|reported|agenda|implements|"
    r"combined_with|shared_requirement|government|aliases|doc_number|ordinal|chair_title|"
    r"directive|evidence|True|False|None|not in the graph|did you mean|use \d|give a|type at)\b"
)
HIDDEN = re.compile(r"<(script|style|code|textarea)\b.*?</\1>", re.S)

PAGES = ["/", "/?q=应急", page_url("nodes", SPORTS), page_url("nodes", INVESTMENT),
         page_url("nodes", MEETING), page_url("initiatives", INVESTMENT), page_url("graph", MEETING),
         page_url("meetings", MEETING), "/cypher", "/followups", "/recurring", "/sentences?q=汇报",
         "/review", "/nodes/no-such-node", "/?q=!!", "/?q=体育&government=长宁区政府",
         "/sentences?q=汇报&government=无此政府", "/followups?government=无此政府",
         "/recurring?government=无此政府", "/followups?as_of=2024-13-45",
         f"/analytics?government={GOV}", "/analytics?government=无此政府", "/meetings?ordinal=73",
         "/meetings?date=1999-01-01", f"/path?from=区体育局&to=区民政局&government={GOV}",
         f"/path?from=区体育局&to=区无此局&government={GOV}",
         f"/path?from=区体育局&to=区民政局&government={GOV}&max_hops=1", "/path?from=区体育局&to=区体育局"]  # fmt: skip


@pytest.fixture(scope="module")
def client(falkor_store: FalkorStore) -> Iterator[TestClient]:
    """A client of the app holding the page data and the follow-ups example."""
    with TestClient(create_app(Settings(data_dir=falkor_store.path.parent))) as client:
        load_page_data(client.app.state.store)
        load_paths(client.app.state.store, [DATA / "followups"])
        yield client


def shown_text(page: str) -> str:
    """The text a page shows: no scripts, code, editor contents or markup."""
    return html.unescape(re.sub(r"<[^>]+>", " ", HIDDEN.sub(" ", page)))


@pytest.mark.parametrize("url", PAGES)
def test_words_page_shows_no_english_vocabulary(client, url):
    text = shown_text(client.get(url).text)
    assert ENGLISH.findall(text) == []


def test_words_node_page_shows_first_last_and_resolved_in_chinese(client):
    bureau = next(n for n in ask(client.app.state.store, "q_export_nodes").column("n")
                  if "first" in n.props and "resolved" in n.props)  # fmt: skip
    text = shown_text(client.get(page_url("nodes", bureau.id)).text)
    assert "首次出现" in text and "最近一次" in text and "已对应标准名称" in text


def test_words_graph_tooltips_hold_no_english_vocabulary(client):
    store = client.app.state.store
    graph = Subgraph(nodes=ask(store, "q_export_nodes").column("n"),
                     edges=ask(store, "q_export_edges").column("e"))  # fmt: skip
    view = vis_view(graph)
    rows = [f"{row[0]} {row[1]} {item['tip']['head']}" for item in view["nodes"] + view["edges"]
            for row in item["tip"]["rows"]]  # fmt: skip
    assert rows and [r for r in rows if ENGLISH.search(r)] == []


@pytest.mark.parametrize(("pattern", "zh"), MESSAGES, ids=lambda v: getattr(v, "pattern", v)[:30])
def test_words_every_message_pattern_is_written_in_chinese(pattern, zh):
    assert re.search(r"[\u4e00-\u9fff]", zh) and not ENGLISH.search(zh)


def test_words_unknown_message_is_left_as_it_is():
    assert chinese("a message nobody wrote yet") == "a message nobody wrote yet"
