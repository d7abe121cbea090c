"""Which government: the choice list, the government beside every bureau, the filters.

Each store holds the seed (长宁区人民政府) and the development set (several other governments).
"""

from __future__ import annotations

import pytest

from graph_service.export import feeds
from graph_service.questions import followups, searching
from graph_service.questions import graph as questions
from graph_service.questions import meetings as questions_meetings
from graph_service.questions import network as analytics
from graph_service.questions.governments import UnknownGovernmentError, governments

GOV = "长宁区人民政府"
SPORTS = f"bureau:{GOV}:区体育局"
INVESTMENT = f"initiative:{GOV}:重点投资项目建设"


def _names(store):
    return [g.government for g in governments(store).governments]


def test_governments_lists_each_with_its_meetings_and_newest_date(each):
    found = {g.government: g for g in governments(each).governments}
    assert (found[GOV].meetings, found[GOV].newest) == (1, "2024-04-24")
    assert len(found) > 2 and _names(each) == sorted(_names(each))


def test_governments_search_hits_carry_their_government(each):
    hits = questions.search(each, "应急").hits
    assert hits and all(hit.government for hit in hits)
    assert len({hit.government for hit in hits}) > 1


def test_governments_search_filter_keeps_one_government(each):
    hits = questions.search(each, "应急", government=GOV).hits
    assert hits and {hit.government for hit in hits} == {GOV}


@pytest.mark.parametrize("q", ["局", "管理局", "区政府", "工作"])
def test_governments_search_in_one_ranks_all_its_hits_whatever_the_bound(each, monkeypatch, q):
    # A government's nodes are read through its index and all ranked, as a search of the whole
    # graph with no bound ranks them.
    monkeypatch.setattr(searching, "SEARCH_BOUND", 1_000_000)
    whole = [hit.id for hit in questions.search(each, q, limit=10_000).hits
             if hit.government == GOV]  # fmt: skip
    monkeypatch.setattr(searching, "SEARCH_BOUND", 1)
    one = questions.search(each, q, government=GOV, limit=10_000)
    assert not one.more and [hit.id for hit in one.hits] == whole
    assert len(whole) > 1


def test_governments_unknown_one_is_refused_with_near_matches(each):
    with pytest.raises(UnknownGovernmentError, match="长宁区人民政府"):
        questions.search(each, "应急", government="长宁区政府")


@pytest.mark.parametrize("ask", [
    lambda store, gov: analytics.bureau_network(store, government=gov),
    lambda store, gov: followups.followups(store, government=gov),
])  # fmt: skip
def test_governments_unknown_one_is_refused_by_analytics_and_followups(each, ask):
    with pytest.raises(UnknownGovernmentError, match="did you mean"):
        ask(each, "长宁区政府")


def test_governments_analytics_filter_keeps_that_governments_bureaus(each):
    bureaus = analytics.bureau_network(each, government=GOV).bureaus
    assert bureaus and {m.bureau.government for m in bureaus} == {GOV}
    assert len(analytics.bureau_network(each).bureaus) > len(bureaus)


def test_governments_timeline_names_the_bureaus_government(each):
    events = questions_meetings.timeline(each, INVESTMENT).events
    assert {e.other.government for e in events if e.other.label == "Bureau"} == {GOV}


def test_governments_feed_titles_name_the_government(each):
    entries = feeds.feed(each, "bureau", SPORTS).entries
    assert entries and all(e.title.startswith(f"区体育局（{GOV}）") for e in entries)
