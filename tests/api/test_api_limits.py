"""Over-long ids and names, and dates that are not strictly YYYY-MM-DD, refused with 422 on both
stores before any question reaches the store."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from pydantic import ValidationError

from graph_service.loading.decisions import Decision

KEY = "limits-key"
AUTH = {"X-API-Key": KEY}
API_SETTINGS = {"api_key": KEY}
LONG = "局" * 100_000
LONG_ID = "局" * 2_000  # a URL holds no more than 64 KB (httpx), so ids are shorter here
DECISION = {"kind": "merge", "government": "长宁区人民政府", "name": "区应急局",
            "target": "区应急管理局"}  # fmt: skip


@pytest.mark.parametrize(
    "url",
    [
        f"/api/nodes/{quote('bureau:' + LONG_ID)}",
        f"/api/meetings/{quote(LONG_ID)}",
        f"/api/loads/{quote(LONG_ID)}",
        f"/feeds/bureau/{quote(LONG_ID)}.atom",
        f"/nodes/{quote(LONG_ID)}",
        f"/api/followups/stale-initiatives?government={quote(LONG_ID)}",
        f"/api/review?government={quote(LONG_ID)}",
    ],
)
def test_api_over_long_id_or_government_is_422(client, url):
    answer = client.get(url)
    assert (answer.status_code, answer.json()["error"]) == (422, "invalid_request")


@pytest.mark.parametrize("field", ["government", "name", "target"])
def test_api_review_import_over_long_name_is_422(client, field):
    answer = client.post("/api/review/import", json=[{**DECISION, field: LONG}], headers=AUTH)
    assert answer.status_code == 422


@pytest.mark.parametrize("day", ["2024W011", "2024-W01-1", "20240101", "2024-1-1"])
def test_api_review_import_date_not_yyyy_mm_dd_is_422(client, day):
    answer = client.post("/api/review/import", json=[{**DECISION, "valid_from": day}], headers=AUTH)
    assert answer.status_code == 422


def test_decision_valid_from_week_date_is_refused():
    with pytest.raises(ValidationError, match="write YYYY-MM-DD"):
        Decision(**DECISION, valid_from="2024W011")
