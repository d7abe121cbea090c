"""Follow-ups and feeds over HTTP on embedded FalkorDB: JSON, CSV, the page and the Atom feeds."""

from __future__ import annotations

import csv
import io
from urllib.parse import quote

import feedparser
import pytest
from fastapi.testclient import TestClient
from followup_data import (
    HOSTILE_BUREAU,
    M5,
    QL,
    TOWN,
    TRANSPORT,
    WATER,
    followup_batches,
    load_followups,
)

STALE = "/api/followups/stale-initiatives"
PLANS = "/api/followups/plans-seen-once"
DIRECTIVES = "/api/followups/unanswered-directives"
BASE_URL = "https://minutes.example/kg"
API_SETTINGS = {"base_url": BASE_URL}


@pytest.fixture(scope="module", autouse=True)
def followups(client: TestClient) -> None:
    """The follow-up minutes, written once per store."""
    load_followups(client.app.state.store, followup_batches())


def _csv_rows(client: TestClient, url: str) -> list[dict[str, str]]:
    answer = client.get(url)
    assert answer.status_code == 200, answer.text[:300]
    assert answer.headers["content-type"].startswith("text/csv")
    assert answer.content.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))


def test_api_followups_stale_initiatives_json(client):
    answer = client.get(STALE, params={"government": QL}).json()
    assert answer["query"] == {"months": 6, "as_of": "2024-05-28", "cutoff": "2023-11-28",
                               "government": QL, "limit": 100}  # fmt: skip
    assert TOWN in [row["initiative"]["id"] for row in answer["rows"]]


def test_api_followups_plans_seen_once_json(client):
    rows = client.get(PLANS, params={"government": QL}).json()["rows"]
    assert [(r["plan"]["name"], r["meeting"]["id"]) for r in rows] == [
        ("青岚县智慧农业示范园建设实施方案", M5)]  # fmt: skip


def test_api_followups_csv_has_header_and_chinese_names(client):
    rows = _csv_rows(client, f"{DIRECTIVES}?format=csv&government={quote(QL)}")
    assert rows[0]["bureau"] == "县交通运输局" and rows[0]["bureau_id"] == TRANSPORT
    assert rows[0]["directive"] == "在六月底前拿出古镇周边停车和接驳线路方案，缓解节假日拥堵"
    assert len(rows) == 7


def test_api_followups_csv_names_a_collective_without_a_bureau_id(client):
    rows = _csv_rows(client, f"{DIRECTIVES}?format=csv&government={quote(QL)}")
    (row,) = [row for row in rows if row["collective"] == "yes"]
    assert (row["bureau"], row["bureau_id"], row["subjects"]) == ("各乡镇", "", "财政收支")


def test_api_followups_csv_says_which_plans_the_meeting_approved(client):
    rows = _csv_rows(client, f"{PLANS}?format=csv&government={quote(QL)}")
    assert [(row["plan"], row["approved"]) for row in rows] == [
        ("青岚县智慧农业示范园建设实施方案", "yes")]  # fmt: skip


def test_api_followups_csv_joins_several_sentences(client):
    rows = _csv_rows(client, f"{STALE}?format=csv&government={quote(QL)}")
    town = next(row for row in rows if row["initiative_id"] == TOWN)
    assert (town["last_date"], town["months_since"]) == ("2022-09-20", "20")
    assert len(town["edges"].splitlines()) == 2
    assert town["evidence"] == "一、听取县文化和旅游局关于古镇保护利用工作进展情况的汇报"


@pytest.mark.parametrize("query", ["months=-1", "months=abc", "limit=0", "limit=5000",
                                   "format=xml"])  # fmt: skip
def test_api_followups_invalid_parameters_answer_422(client, query):
    answer = client.get(f"{STALE}?{query}")
    assert answer.status_code == 422
    assert answer.json()["error"] == "invalid_request"


def test_api_followups_bad_as_of_answers_400_with_the_format(client):
    answer = client.get(DIRECTIVES, params={"as_of": "2024-02-30"})
    assert answer.status_code == 400
    assert "YYYY-MM-DD" in answer.json()["message"]


def test_followups_page_lists_the_three_with_links(client):
    page = client.get("/followups", params={"government": QL})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    for needed in ("久未汇报的工作事项", "只上会一次的方案", "部署后未再汇报",
                   f'href="/nodes/{quote(TOWN, safe="")}"', f'href="/meetings/{quote(M5, safe="")}"',
                   "format=csv"):  # fmt: skip
        assert needed in page.text


def test_followups_page_escapes_names_and_sentences(client):
    page = client.get("/followups").text
    assert "&lt;script&gt;&amp;局" in page
    assert "<script>&" not in page and "<img src=x" not in page


def test_followups_page_bad_as_of_says_why(client):
    page = client.get("/followups", params={"as_of": "soon"})
    assert page.status_code == 400 and "YYYY-MM-DD" in page.text


def test_home_page_navigation_links_followups(client):
    assert 'href="/followups"' in client.get("/").text


@pytest.mark.parametrize(("kind", "node_id"), [("bureau", WATER), ("initiative", TOWN)])
def test_node_page_announces_its_feed(client, kind, node_id):
    page = client.get(f"/nodes/{quote(node_id, safe='')}").text
    feed = f"/feeds/{kind}/{quote(node_id, safe='')}.atom"
    assert '<link rel="alternate" type="application/atom+xml"' in page and feed in page


def test_feed_route_answers_atom(client):
    answer = client.get(f"/feeds/bureau/{quote(WATER, safe='')}.atom")
    assert answer.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(answer.content)
    assert not parsed.bozo and len(parsed.entries) == 4
    assert parsed.feed.links[0].href == f"{BASE_URL}/nodes/{quote(WATER, safe='')}"


def test_feed_route_links_ignore_the_host_header(client):
    answer = client.get(f"/feeds/bureau/{quote(WATER, safe='')}.atom",
                        headers={"Host": "evil.example"})  # fmt: skip
    assert b"evil.example" not in answer.content and BASE_URL.encode() in answer.content


def test_feed_route_hostile_bureau_is_well_formed(client):
    answer = client.get(f"/feeds/bureau/{quote(HOSTILE_BUREAU, safe='')}.atom")
    parsed = feedparser.parse(answer.content)
    assert not parsed.bozo and parsed.entries[0].title.startswith("<script>&局")


@pytest.mark.parametrize("url", [f"/feeds/bureau/{quote('bureau:x:无', safe='')}.atom",
                                 f"/feeds/initiative/{quote(WATER, safe='')}.atom"])  # fmt: skip
def test_feed_route_unknown_id_answers_404(client, url):
    answer = client.get(url)
    assert answer.status_code == 404 and "no " in answer.json()["message"]


@pytest.mark.parametrize("url", [STALE, PLANS, DIRECTIVES, "/followups"])
def test_followups_as_of_the_first_day_of_the_calendar_answers(client, url):
    answer = client.get(f"{url}?as_of=0001-01-01&months=24")
    assert answer.status_code == 200


def test_api_recurring_initiatives_json_and_csv_agree(client):
    answer = client.get("/api/recurring-initiatives", params={"government": QL}).json()
    ids = [row["initiative"]["id"] for row in answer["rows"]]
    rows = _csv_rows(client, f"/api/recurring-initiatives?government={quote(QL)}&format=csv")
    assert TOWN in ids and [row["initiative_id"] for row in rows] == ids


def test_api_recurring_initiatives_below_two_meetings_is_422(client):
    assert client.get("/api/recurring-initiatives", params={"min_meetings": 1}).status_code == 422


def test_recurring_page_lists_the_initiative_with_links(client):
    response = client.get("/recurring", params={"government": QL})
    assert response.status_code == 200 and "古镇保护利用" in response.text
    assert "format=csv" in response.text
