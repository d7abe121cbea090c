"""Curation, history and as-of over HTTP on both stores: the review queue, decisions with the API
key, export and import, load records and diffs, freshness."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

DATA = Path(__file__).resolve().parents[1] / "data" / "curation"
GOV = "云岭县人民政府"
SHANLIN = f"bureau:{GOV}:县山林办"
FORESTRY = f"bureau:{GOV}:县林业局"
KEY = "test-review-key"
AUTH = {"X-API-Key": KEY}
MERGE = {"government": GOV, "name": "县山林办", "into": "县林业局", "by": "王分析"}


API_SETTINGS = {"api_key": KEY}


@pytest.fixture
def api(client: TestClient) -> TestClient:
    """The API over the three 云岭县 minutes, uploaded again for each test."""
    client.app.state.store.wipe()
    files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in sorted(DATA.iterdir())]
    assert client.post("/api/documents", files=files, headers=AUTH).status_code == 200
    return client


def test_api_review_lists_the_unresolved_name(api):
    items = api.get("/api/review", params={"government": GOV}).json()["items"]
    assert [item["bureau"]["id"] for item in items] == [SHANLIN]
    assert FORESTRY in [c["id"] for c in items[0]["candidates"]]


def test_api_review_merge_needs_the_key(api):
    response = api.post("/api/review/merge", json=MERGE)
    assert response.status_code == 401 and api.get(f"/api/nodes/{SHANLIN}").status_code == 200


def test_api_review_merge_applies_at_once(api):
    answer = api.post("/api/review/merge", json=MERGE, headers=AUTH).json()
    assert answer["decision"]["by"] == "王分析" and len(answer["files"]) == 3
    assert api.get(f"/api/nodes/{SHANLIN}").status_code == 404
    assert api.get("/api/review", params={"government": GOV}).json()["items"] == []
    record = api.get(f"/api/loads/{answer['load']}").json()
    assert record["via"] == "review" and record["by"] == "王分析"


def test_api_review_bad_dates_and_unknown_bureaus_are_refused(api):
    backwards = {**MERGE, "valid_from": "2024-01-01", "valid_to": "2023-01-01"}
    assert api.post("/api/review/merge", json=backwards, headers=AUTH).status_code == 422
    assert api.post("/api/review/merge", json={**MERGE, "valid_from": "2024-1-1"},
                       headers=AUTH).status_code == 422  # fmt: skip
    rename = {"government": GOV, "bureau": "县不存在局", "to": "县新局"}
    response = api.post("/api/review/rename", json=rename, headers=AUTH)
    assert response.status_code == 422 and "县不存在局" in response.json()["message"]


def test_api_review_merge_into_an_unknown_bureau_is_refused_with_near_names(api):
    response = api.post("/api/review/merge", json={**MERGE, "into": "县林业屋"}, headers=AUTH)
    assert response.status_code == 422 and response.json()["error"] == "unknown_target"
    assert "县林业局" in response.json()["message"]
    assert api.get(f"/api/nodes/{SHANLIN}").status_code == 200


def test_api_review_misspelt_government_is_refused_with_near_governments(api):
    response = api.post("/api/review/merge", json={**MERGE, "government": "云岭县政府"},
                        headers=AUTH)  # fmt: skip
    assert response.status_code == 422 and GOV in response.json()["message"]


def test_api_review_bureaus_lists_the_targets_of_a_government(api):
    names = [b["name"] for b in api.get("/api/review/bureaus", params={"government": GOV}).json()]
    assert {"县林业局", "县山林办"} <= set(names) and names == sorted(names)
    unknown = api.get("/api/review/bureaus", params={"government": "云岭县政府"})
    assert unknown.status_code == 422 and GOV in unknown.json()["message"]


def test_api_review_withdraw_restores_and_unknown_is_404(api):
    taken = api.post("/api/review/merge", json=MERGE, headers=AUTH).json()["decision"]
    url = f"/api/review/decisions/{taken['id']}/withdraw"
    assert api.post(url, headers=AUTH).json()["withdrawn"] is True
    assert api.get(f"/api/nodes/{SHANLIN}").status_code == 200
    assert api.post(url, headers=AUTH).status_code == 404


def test_api_review_export_then_import_gives_the_same_graph(api):
    api.post("/api/review/merge", json=MERGE, headers=AUTH)
    exported = api.get("/api/review/decisions").json()
    merged = api.get("/api/stats").json()
    api.post(f"/api/review/decisions/{exported[0]['id']}/withdraw", headers=AUTH)
    assert api.get("/api/stats").json() != merged
    taken = api.post("/api/review/import", json=exported, headers=AUTH).json()
    assert len(taken) == 1 and api.get("/api/stats").json() == merged
    assert api.post("/api/review/import", json=exported, headers=AUTH).json() == []


def test_api_loads_list_record_and_diff(api):
    (upload,) = api.get("/api/loads").json()
    assert upload["via"] == "api" and upload["documents"]["added"] == 3 and upload["files"] == []
    record = api.get(f"/api/loads/{upload['id']}").json()
    assert len(record["files"]) == 3
    diff = api.get(f"/api/loads/{upload['id']}/diff").json()
    assert diff["removed"] == [] and all(fact["evidence"] for fact in diff["added"])
    assert api.get("/api/loads/load:nope/diff").status_code == 404


def test_api_upload_of_a_page_without_facts_is_empty_in_the_answer_and_the_loads_table(api):
    page = ("files", ("notice.txt", "本周全县气温回升，请注意防暑。\n".encode(), "text/plain"))
    answer = api.post("/api/documents", files=[page], headers=AUTH).json()
    assert ([f["status"] for f in answer["files"]], answer["documents"]["empty"]) == (["empty"], 1)
    table = api.get("/review").text.split("<h2>载入记录</h2>", 1)[1]
    header, first_row = table.split("</thead>", 1)[0], table.split("<tbody>", 1)[1]
    cells = [cell.split("</td>")[0] for cell in first_row.split("<td>")[4:9]]
    assert "<th>无内容</th>" in header and cells == ["0", "0", "0", "1", "0"]


def test_api_freshness_and_as_of(api):
    assert api.get("/api/freshness").json()["newest_meeting"] == "2024-02-20"
    meeting = f"meeting:{GOV}:2024-02-20:33"
    assert api.get(f"/api/meetings/{meeting}", params={"as_of": "2023-12-31"}).status_code == 404
    assert api.get(f"/api/meetings/{meeting}", params={"as_of": "2024-02-20"}).status_code == 200
    assert api.get(f"/api/nodes/{SHANLIN}", params={"as_of": "yesterday"}).status_code == 422


def test_pages_home_shows_freshness_and_takes_a_blank_as_of(api):
    page = api.get("/", params={"q": "", "as_of": ""})
    assert page.status_code == 200 and "2024-02-20" in page.text and "载入记录" in page.text
    limited = api.get(f"/nodes/{SHANLIN}", params={"as_of": "2022-12-31"})
    assert limited.status_code == 200 and "只显示 2022-12-31 及以前" in limited.text
    assert "扩大示范范围" not in limited.text  # a 2024 directive
    assert "扩大示范范围" in api.get(f"/nodes/{SHANLIN}").text


def test_api_export_as_of_leaves_later_meetings_out(api):
    whole = api.get("/api/export", params={"format": "json"}).json()
    early = api.get("/api/export", params={"format": "json", "as_of": "2022-12-31"}).json()
    assert {e["props"]["date"] for e in early["edges"]} == {"2022-03-10"}
    assert len(early["nodes"]) < len(whole["nodes"]) and len(early["edges"]) < len(whole["edges"])
