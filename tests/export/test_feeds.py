"""Atom feeds of bureaus and initiatives on both stores, over the follow-up minutes."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from urllib.parse import quote

import feedparser
import pytest
from followup_data import (
    HOSTILE_BUREAU,
    HOSTILE_GOV,
    M5,
    M9,
    M14,
    QL,
    TOWN,
    WATER,
    load_followups,
)

from graph_service.export import feeds

ATOM = "{http://www.w3.org/2005/Atom}"
BASE = "http://testserver/"


def test_feed_bureau_newest_meeting_first(loaded):
    found = feeds.feed(loaded, "bureau", WATER)
    assert [(e.meeting, e.kind) for e in found.entries] == [
        (M14, "reported"), (M14, "directed"), (M5, "reported"), (M5, "directed")]  # fmt: skip


def test_feed_bureau_entry_titles_and_sentences(loaded):
    entry = feeds.feed(loaded, "bureau", WATER).entries[1]
    assert entry.title == f"县水利局（{QL}） — 部署：继续做好下游河段的清淤疏浚"
    assert (entry.date, entry.content) == ("2023-06-12", "县水利局要继续做好下游河段的清淤疏浚。")


def test_feed_initiative_has_reports_and_directives_of_its_items(loaded):
    found = feeds.feed(loaded, "initiative", TOWN)
    titles = [(e.meeting, e.title.split(" — ")[0], e.kind) for e in found.entries]
    culture, transport = f"县文化和旅游局（{QL}）", f"县交通运输局（{QL}）"
    assert titles == [(M9, culture, "reported"), (M9, culture, "directed"),
                      (M5, culture, "reported"), (M5, transport, "directed"),
                      (M5, culture, "directed")]  # fmt: skip


def test_feed_initiative_includes_reports_on_implementing_plans(loaded):
    found = feeds.feed(loaded, "initiative", f"initiative:{QL}:学前教育普惠发展行动")
    assert [e.title for e in found.entries if e.kind == "reported"] == [
        f"县教育局（{QL}） — 汇报：青岚县学前教育普惠发展行动方案"] * 2  # fmt: skip


def test_feed_initiative_has_directives_to_collectives(loaded):
    found = feeds.feed(loaded, "initiative", f"initiative:{QL}:河道综合治理")
    collective = [e for e in found.entries if e.title.startswith("各乡镇")]
    assert [(e.meeting, e.kind, e.title, e.content) for e in collective] == [
        (M5, "directed", "各乡镇 — 部署：配合做好河道清淤和沿河巡查",
         "各乡镇要配合做好河道清淤和沿河巡查。")]  # fmt: skip


@pytest.mark.parametrize(("kind", "node_id"), [("bureau", "bureau:nowhere:x"),
                                               ("initiative", WATER)])  # fmt: skip
def test_feed_unknown_or_other_label_is_none(loaded, kind, node_id):
    assert feeds.feed(loaded, kind, node_id) is None


def test_to_atom_parses_with_edge_ids_as_tag_uris(loaded):
    found = feeds.feed(loaded, "bureau", WATER)
    parsed = feedparser.parse(feeds.to_atom(found, BASE))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert [e.id for e in parsed.entries] == [e.id for e in found.entries]
    assert all(e.id.startswith("tag:minutes-kg,2024:") and e.id.split(":", 2)[2].count(":") == 2
               for e in parsed.entries)  # fmt: skip


def test_to_atom_links_entries_to_meeting_pages(loaded):
    parsed = feedparser.parse(feeds.to_atom(feeds.feed(loaded, "bureau", WATER), BASE))
    assert parsed.entries[0].link == f"http://testserver/meetings/{quote(M14, safe='')}"
    assert parsed.entries[0].updated == "2023-06-12T00:00:00+08:00"


def test_to_atom_is_well_formed_with_hostile_names(loaded):
    root = ET.fromstring(feeds.to_atom(feeds.feed(loaded, "bureau", HOSTILE_BUREAU), BASE))
    entry = root.find(f"{ATOM}entry")
    assert root.find(f"{ATOM}title").text == f"<script>&局（{HOSTILE_GOV}） · 汇报与部署"
    assert (
        entry.find(f"{ATOM}title").text
        == f"<script>&局（{HOSTILE_GOV}） — 部署：<img src=x onerror=alert(1)>&amp;"
    )
    assert entry.find(f"{ATOM}content").text == "<script>&局要</script>]]>按期报送。"


def test_feeds_parity_between_stores(falkor_store, neo4j_store, written):
    answers = []
    for chosen in (falkor_store, neo4j_store):
        chosen.wipe()
        load_followups(chosen, written)
        answers.append([feeds.feed(chosen, kind, node).model_dump()
                        for kind, node in (("bureau", WATER), ("initiative", TOWN))])  # fmt: skip
    assert answers[0] == answers[1]
