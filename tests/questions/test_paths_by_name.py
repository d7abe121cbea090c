"""Paths asked by name: each end an id or a name with its government, the unknown end named,
an empty answer explained. Each store holds the seed and the development set."""

from __future__ import annotations

from collections import defaultdict

import pytest

from graph_service.questions import graph as questions
from graph_service.questions.governments import UnknownGovernmentError
from graph_service.questions.paths import AmbiguousEndError, UnknownEndError, path_between

GOV = "长宁区人民政府"
SPORTS = f"bureau:{GOV}:区体育局"
CIVIL = f"bureau:{GOV}:区民政局"
GOV_OFFICE = f"bureau:{GOV}:区政府办公室"


def _shared_name(store) -> str:
    """A bureau name that two governments of the graph both have."""
    governments = defaultdict(set)
    for hit in questions.search(store, "局", label="Bureau", limit=200).hits:
        governments[hit.name].add(hit.government)
    return next(name for name, govs in sorted(governments.items()) if len(govs) > 1)


def test_path_by_names_with_government_is_the_path_by_ids(each):
    by_name = path_between(each, "区体育局", "区民政局", government=GOV)
    assert by_name == questions.paths(each, SPORTS, CIVIL)


def test_path_by_alias_finds_the_canonical_bureau(each):
    answer = path_between(each, "区府办", SPORTS, government=GOV)
    assert answer.source.id == GOV_OFFICE


def test_path_mixes_an_id_and_a_name(each):
    assert path_between(each, SPORTS, "区民政局", government=GOV).target.id == CIVIL


@pytest.mark.parametrize("ends, unknown", [(("区体育", "区民政局"), "from '区体育'"),
                                           (("区体育局", "区无此局"), "to '区无此局'")])  # fmt: skip
def test_path_says_which_end_is_unknown(each, ends, unknown):
    with pytest.raises(UnknownEndError, match=unknown):
        path_between(each, *ends, government=GOV)


def test_path_name_of_several_governments_asks_for_one(each):
    name = _shared_name(each)
    with pytest.raises(AmbiguousEndError, match="government"):
        path_between(each, name, SPORTS)


def test_path_unknown_government_is_refused(each):
    with pytest.raises(UnknownGovernmentError):
        path_between(each, "区体育局", "区民政局", government="长宁区政府")


def test_path_empty_answer_says_within_how_many_hops(each):
    answer = path_between(each, SPORTS, GOV_OFFICE, max_hops=3)
    assert answer.paths == [] and answer.explanation.startswith("no connection within 3 hops")


def test_path_found_has_no_explanation(each):
    assert path_between(each, SPORTS, CIVIL).explanation is None
