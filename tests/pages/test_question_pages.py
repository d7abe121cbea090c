"""The analytics, find-a-meeting and path pages over HTTP, and the analytics CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from page_data import GOV, MEETING, SPORTS, load_page_data, page_url

from graph_service.api.app import create_app
from graph_service.settings import Settings
from graph_service.stores.falkor import FalkorStore


@pytest.fixture(scope="module")
def client(falkor_store: FalkorStore) -> Iterator[TestClient]:
    """A client of the app on embedded FalkorDB holding the page data."""
    with TestClient(create_app(Settings(data_dir=falkor_store.path.parent))) as client:
        load_page_data(client.app.state.store)
        yield client


def _html(client: TestClient, url: str, status: int = 200, **params) -> str:
    answer = client.get(url, params=params)
    assert answer.status_code == status, answer.text[:300]
    return answer.text


def test_analytics_page_lists_bureaus_with_their_measures(client):
    page = _html(client, "/analytics", government=GOV)
    assert "区体育局" in page and "介数" in page and f'<option value="{GOV}" selected>' in page


def test_analytics_page_with_an_unknown_government_says_so_in_chinese(client):
    page = _html(client, "/analytics", 422, government="长宁区政府")
    assert "图中没有“长宁区政府”这个政府" in page and GOV in page


def test_analytics_csv_has_a_row_per_bureau_of_the_page(client):
    answer = client.get("/analytics.csv", params={"government": GOV})
    rows = list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))
    api = client.get("/api/analytics/bureaus", params={"government": GOV}).json()
    assert answer.headers["content-disposition"].endswith('"bureau-network.csv"')
    assert [r["bureau_id"] for r in rows] == [b["bureau"]["id"] for b in api["bureaus"]]


def test_find_meetings_page_by_date_links_the_meeting(client):
    page = _html(client, "/meetings", date="2024-04-24")
    assert page_url("meetings", MEETING) in page


def test_find_meetings_page_by_ordinal_and_government(client):
    assert page_url("meetings", MEETING) in _html(client, "/meetings", ordinal="73", government=GOV)


def test_find_meetings_page_blank_form_asks_nothing(client):
    page = _html(client, "/meetings", date="", doc_number="", ordinal="", government="")
    assert "没有符合条件" not in page and "无法查找" not in page


def test_find_meetings_page_with_no_match_says_so(client):
    assert "没有符合条件的会议" in _html(client, "/meetings", date="1999-01-01")


def test_path_page_between_two_names_shows_each_step_with_evidence(client):
    page = _html(client, "/path", **{"from": "区体育局", "to": "区民政局", "government": GOV})
    assert "最短相隔 2 步" in page and page_url("nodes", SPORTS) in page and "evidence" in page


def test_path_page_names_the_unknown_end_in_chinese(client):
    page = _html(client, "/path", 422, **{"from": "区体育局", "to": "区无此局", "government": GOV})
    assert "终点“区无此局”不在图中" in page


def test_path_page_explains_an_empty_answer(client):
    page = _html(client, "/path", **{"from": "区体育局", "to": "区民政局", "government": GOV,
                                     "max_hops": 1})  # fmt: skip
    assert "1 步以内没有联系" in page
