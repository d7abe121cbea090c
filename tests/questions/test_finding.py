"""Finding a meeting by date, 文号 or ordinal, and sentences by their words, on each store.

Each store holds the seed (长宁区人民政府) and the development set (other governments).
"""

from __future__ import annotations

import pytest

from graph_service.questions.finding import find_meetings, search_sentences
from graph_service.questions.graph import QuestionError, find_node

GOV = "长宁区人民政府"
MEETING = f"meeting:{GOV}:2024-04-24:73"
SPORTS = f"bureau:{GOV}:区体育局"
CIVIL = f"bureau:{GOV}:区民政局"


def _ids(found):
    return [m.id for m in found.meetings]


def test_find_meetings_by_date(each):
    assert _ids(find_meetings(each, date="2024-04-24")) == [MEETING]


def test_find_meetings_by_ordinal_and_government(each):
    assert _ids(find_meetings(each, ordinal=73, government=GOV)) == [MEETING]


def test_find_meetings_by_part_of_the_doc_number(each):
    number = find_node(each, MEETING).props.get("doc_number")
    assert number and MEETING in _ids(find_meetings(each, doc_number=number[-4:]))


def test_find_meetings_without_a_criterion_says_what_to_give(each):
    with pytest.raises(QuestionError, match="ordinal"):
        find_meetings(each)


def test_sentences_span_governments(each):
    found = search_sentences(each, "汇报").sentences
    assert len({s.government for s in found}) > 1


def test_sentences_highlight_each_occurrence(each):
    found = search_sentences(each, "补充汇报", government=GOV).sentences
    assert found and all(s.evidence[a:b] == "补充汇报" for s in found for a, b in s.highlights)


def test_sentences_list_a_sentence_once_with_all_its_facts(each):
    found = search_sentences(each, "区体育局、区民政局补充汇报", government=GOV).sentences
    assert len(found) == 1 and {SPORTS, CIVIL} <= {ref.id for ref in found[0].nodes}
