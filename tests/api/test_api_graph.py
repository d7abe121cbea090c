"""The graph routes over HTTP, on an app backed by embedded FalkorDB and by Neo4j."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from graph_service.loading.batch import to_batch
from graph_service.questions import searching
from loaders.pipeline import extract_file
from loaders.read.readers import read_document

SEED = Path(__file__).resolve().parents[1] / "data" / "scoring" / "000_7b27b0e132a07cd2.txt"
GOV = "长宁区人民政府"
INVESTMENT = f"initiative:{GOV}:重点投资项目建设"
SPORTS = f"bureau:{GOV}:区体育局"
CIVIL = f"bureau:{GOV}:区民政局"
MEETING = f"meeting:{GOV}:2024-04-24:73"


@pytest.fixture(scope="module", autouse=True)
def seeded(client: TestClient) -> None:
    """The seed minutes, written once per store."""
    client.app.state.store.write(to_batch(extract_file(SEED), read_document(SEED)))


def _get(client, path, **params):
    return client.get(path, params=params)


def test_api_search_finds_the_bureau_by_alias(client):
    hits = _get(client, "/api/search", q="区建设管理委").json()["hits"]
    assert (hits[0]["name"], hits[0]["match"]) == ("区建设和管理委员会", "alias")


def test_api_search_hits_have_id_label_name(client):
    hit = _get(client, "/api/search", q="体育", label="Bureau").json()["hits"][0]
    assert {k: hit[k] for k in ("id", "label", "name")} == {
        "id": SPORTS,
        "label": "Bureau",
        "name": "区体育局",
    }


def test_api_search_without_letters_is_400_with_message(client):
    response = _get(client, "/api/search", q="《》")
    assert (response.status_code, response.json()["error"]) == (400, "bad_request")


def test_api_search_limit_out_of_range_is_422(client):
    response = _get(client, "/api/search", q="局", limit=0)
    assert (response.status_code, "limit" in response.json()["message"]) == (422, True)


def _search_ids(client, **params):
    return [hit["id"] for hit in _get(client, "/api/search", q="局", **params).json()["hits"]]


def test_api_search_says_more_when_the_bound_was_met(client, monkeypatch):
    whole = _get(client, "/api/search", q="局", limit=200).json()
    monkeypatch.setattr(searching, "SEARCH_BOUND", 3)
    bounded = _get(client, "/api/search", q="局", limit=200, label="Bureau").json()
    assert (whole["more"], bounded["more"], len(bounded["hits"])) == (False, True, 3)


def test_api_search_documents_more_in_its_schema(client):
    answer = client.get("/openapi.json").json()["components"]["schemas"]["SearchAnswer"]
    assert "government" in answer["properties"]["more"]["description"]


def test_api_search_offset_gives_the_next_page(client):
    whole = _search_ids(client, limit=4)
    assert len(whole) == 4 and _search_ids(client, limit=2, offset=2) == whole[2:]


def test_api_node_has_aliases_and_edges(client):
    body = client.get(f"/api/nodes/{quote(f'bureau:{GOV}:区建设和管理委员会')}").json()
    assert (body["node"]["props"]["aliases"], body["edges"][0]["edge"]["type"]) == (
        ["区建设管理委"],
        "REPORTED",
    )


def test_api_node_other_keeps_only_the_edges_between_the_two_nodes(client):
    whole = client.get(f"/api/nodes/{quote(MEETING)}").json()["edges"]
    between = _get(client, f"/api/nodes/{quote(MEETING)}", other=INVESTMENT).json()["edges"]
    assert len(whole) > len(between) > 0
    assert between == [view for view in whole if view["other"]["id"] == INVESTMENT]
    assert all(view["edge"]["props"]["evidence"] for view in between)


def test_api_node_other_not_linked_gives_the_node_without_edges(client):
    body = _get(client, f"/api/nodes/{quote(SPORTS)}", other="bureau:nowhere:nobody").json()
    assert (body["node"]["id"], body["edges"]) == (SPORTS, [])


def test_api_node_missing_is_404_json(client):
    response = client.get(f"/api/nodes/{quote('bureau:nowhere:nobody')}")
    assert (response.status_code, response.json()["error"]) == (404, "not_found")


def test_api_initiative_bureaus_roles_and_evidence(client):
    body = client.get(f"/api/initiatives/{quote(INVESTMENT)}/bureaus").json()
    owners = [(o["bureau"]["name"], o["role"], o["facts"][0]["evidence"]) for o in body["bureaus"]]
    assert owners[:3] == [
        (
            "区建设和管理委员会",
            "lead",
            "会议听取区建设管理委关于区政府重点投资项目建设推进情况的汇报。",
        ),
        ("区体育局", "supplementary", "区体育局、区民政局补充汇报。"),
        ("区民政局", "supplementary", "区体育局、区民政局补充汇报。"),
    ]


def test_api_initiative_bureaus_pages_and_counts(client):
    url = f"/api/initiatives/{quote(INVESTMENT)}/bureaus"
    every, page = client.get(url).json(), client.get(url + "?facts=0&limit=2&offset=1").json()
    assert (page["total"], [o["bureau"] for o in page["bureaus"]], page["bureaus"][0]["facts"]) == (
        every["total"], [o["bureau"] for o in every["bureaus"][1:3]], [])  # fmt: skip


def test_api_bureau_partners_pages_and_counts(client):
    url = f"/api/bureaus/{quote(SPORTS)}/partners"
    page = client.get(url + "?shared=0&limit=1").json()
    assert (page["total"] >= 1, len(page["partners"]), page["partners"][0]["shared"]) == (
        True, 1, [])  # fmt: skip


def test_api_initiative_bureaus_of_a_bureau_is_404(client):
    assert client.get(f"/api/initiatives/{quote(SPORTS)}/bureaus").status_code == 404


def test_api_bureau_partners_ranked_with_shared_initiatives(client):
    body = client.get(f"/api/bureaus/{quote(SPORTS)}/partners").json()
    shared = {p["bureau"]["name"]: [s["initiative"]["name"] for s in p["shared"]]
              for p in body["partners"]}  # fmt: skip
    assert shared["区建设和管理委员会"] == ["重点投资项目建设"]


def test_api_meeting_government_office_reported_two_plans(client):
    body = client.get(f"/api/meetings/{quote(MEETING)}").json()
    plans = [r["subject"]["name"] for item in body["items"] for r in item["reported"]
             if r["written"] == "区府办"]  # fmt: skip
    assert len(plans) == 2


def test_api_meeting_missing_is_404(client):
    assert client.get(f"/api/meetings/{quote('meeting:nowhere')}").status_code == 404


def test_api_path_edges_carry_evidence(client):
    body = _get(client, "/api/path", **{"from": SPORTS, "to": CIVIL}).json()
    evidence = {edge["props"]["evidence"] for edge in body["paths"][0]["edges"]}
    assert (body["length"], evidence) == (2, {"区体育局、区民政局补充汇报。"})


def test_api_path_same_node_is_400(client):
    response = _get(client, "/api/path", **{"from": SPORTS, "to": SPORTS})
    assert (response.status_code, "itself" in response.json()["message"]) == (400, True)


def test_api_path_max_hops_out_of_range_is_422(client):
    response = _get(client, "/api/path", **{"from": SPORTS, "to": CIVIL, "max_hops": 7})
    assert response.status_code == 422


@pytest.mark.parametrize("depth", [0, 4])
def test_api_subgraph_depth_out_of_range_is_422(client, depth):
    assert _get(client, "/api/subgraph", node=SPORTS, depth=depth).status_code == 422


def test_api_subgraph_limit_truncates(client):
    body = _get(client, "/api/subgraph", node=MEETING, depth=2, limit=4).json()
    assert (len(body["nodes"]), body["truncated"]) == (4, True)


def test_api_subgraph_drawn_edges_carry_what_a_page_draws(client):
    every = _get(client, "/api/subgraph", node=MEETING, depth=2).json()
    drawn = _get(client, "/api/subgraph", node=MEETING, depth=2, fields="drawn").json()
    cut = [{**e, "props": {k: v for k, v in e["props"].items() if k in ("role", "kind", "date")}}
           for e in every["edges"]]  # fmt: skip
    assert every["edges"] and drawn["edges"] == cut and drawn["nodes"] == every["nodes"]
    assert all("evidence" in e["props"] for e in every["edges"])


def test_api_subgraph_unknown_fields_is_422(client):
    assert _get(client, "/api/subgraph", node=MEETING, fields="evidence").status_code == 422


def test_api_subgraph_missing_node_is_404(client):
    assert _get(client, "/api/subgraph", node="bureau:nowhere").status_code == 404


def test_api_timeline_events_are_dated(client):
    body = _get(client, "/api/timeline", node=INVESTMENT).json()
    assert {event["date"] for event in body["events"]} == {"2024-04-24"}


def test_api_timeline_of_a_meeting_is_400(client):
    assert _get(client, "/api/timeline", node=MEETING).status_code == 400


def test_api_analytics_bureaus_lists_metrics(client):
    body = client.get("/api/analytics/bureaus").json()
    sports = next(b for b in body["bureaus"] if b["bureau"]["id"] == SPORTS)
    assert (sports["degree"], body["links"]) == (3, 6)


@pytest.mark.parametrize(
    ("fmt", "media_type", "filename"),
    [
        ("json", "application/json", "minutes-kg.json"),
        ("graphml", "application/graphml+xml", "minutes-kg.graphml"),
        ("csv", "application/zip", "minutes-kg.zip"),
    ],
)
def test_api_export_media_type_and_filename(client, fmt, media_type, filename):
    response = _get(client, "/api/export", format=fmt)
    assert (
        response.headers["content-type"].split(";")[0],
        response.headers["content-disposition"],
    ) == (
        media_type,
        f'attachment; filename="{filename}"',
    )


def test_api_export_csv_subgraph_includes_evidence(client):
    response = _get(client, "/api/export", format="csv", node=SPORTS, depth=1)
    edges = zipfile.ZipFile(io.BytesIO(response.content)).read("edges.csv").decode("utf-8-sig")
    assert "区体育局、区民政局补充汇报。" in edges


def test_api_export_unknown_format_is_422(client):
    assert _get(client, "/api/export", format="xml").status_code == 422


def test_api_export_missing_node_is_404(client):
    assert _get(client, "/api/export", node="bureau:nowhere").status_code == 404


def test_api_governments_lists_the_choices(client):
    found = _get(client, "/api/governments").json()["governments"]
    assert [(g["government"], g["meetings"]) for g in found] == [(GOV, 1)]


def test_api_search_hits_name_their_government(client):
    hit = _get(client, "/api/search", q="体育", label="Bureau", government=GOV).json()["hits"][0]
    assert (hit["id"], hit["government"]) == (SPORTS, GOV)


@pytest.mark.parametrize("route", ["/api/search", "/api/analytics/bureaus",
                                   "/api/followups/stale-initiatives"])  # fmt: skip
def test_api_unknown_government_is_422_naming_near_matches(client, route):
    response = client.get(route, params={"q": "体育", "government": "长宁区政府"})
    body = response.json()
    assert (response.status_code, body["error"]) == (422, "unknown_government")
    assert GOV in body["message"]


def test_api_path_by_names_with_government(client):
    body = _get(client, "/api/path", **{"from": "区体育局", "to": "区民政局", "government": GOV})
    assert (body.json()["source"]["id"], body.json()["target"]["id"]) == (SPORTS, CIVIL)


def test_api_path_unknown_end_is_404_naming_it(client):
    response = _get(client, "/api/path", **{"from": SPORTS, "to": "区无此局"})
    assert response.status_code == 404 and "to '区无此局'" in response.json()["message"]


def test_api_path_none_found_is_explained(client):
    body = _get(client, "/api/path", **{"from": SPORTS, "to": CIVIL, "max_hops": 1}).json()
    assert body["paths"] == [] and "within 1 hop;" in body["explanation"]


def test_api_meetings_found_by_date_and_ordinal(client):
    body = _get(client, "/api/meetings", date="2024-04-24", ordinal=73).json()
    assert [m["id"] for m in body["meetings"]] == [MEETING]


def test_api_meetings_without_a_criterion_is_400(client):
    assert _get(client, "/api/meetings").status_code == 400


def test_api_sentences_highlight_the_words(client):
    found = _get(client, "/api/sentences", q="补充汇报").json()["sentences"]
    assert found and all(
        s["evidence"][a:b] == "补充汇报" for s in found for a, b in s["highlights"]
    )
