"""Recurring initiatives on both stores, over the follow-up minutes (青岚县, three meetings)."""

from __future__ import annotations

import csv
import io

import pytest
from followup_data import QL, TOWN

from graph_service.export.recurring import to_csv
from graph_service.questions.asking import QuestionError
from graph_service.questions.governments import UnknownGovernmentError
from graph_service.questions.recurring import recurring_initiatives


def _rows(answer):
    return {row.initiative.id: row for row in answer.rows}


def test_recurring_initiative_counts_its_meetings_and_span(loaded):
    row = _rows(recurring_initiatives(loaded, government=QL))[TOWN]
    assert (row.meetings, row.first, row.last, row.span_days) == (
        2,
        "2022-03-15",
        "2022-09-20",
        189,
    )


def test_recurring_initiatives_most_meetings_first_and_none_seen_once(loaded):
    rows = recurring_initiatives(loaded).rows
    assert rows and all(row.meetings >= 2 for row in rows)
    assert [row.meetings for row in rows] == sorted((row.meetings for row in rows), reverse=True)


def test_recurring_initiatives_min_meetings_cuts(loaded):
    assert TOWN not in _rows(recurring_initiatives(loaded, min_meetings=3))


def test_recurring_initiatives_below_two_meetings_is_refused(loaded):
    with pytest.raises(QuestionError, match="2 meetings"):
        recurring_initiatives(loaded, min_meetings=1)


def test_recurring_initiatives_unknown_government_is_refused(loaded):
    with pytest.raises(UnknownGovernmentError):
        recurring_initiatives(loaded, government="青岚县政府")


def test_recurring_initiatives_csv_has_a_row_each(loaded):
    answer = recurring_initiatives(loaded)
    rows = list(csv.DictReader(io.StringIO(to_csv(answer).decode("utf-8-sig"))))
    assert [r["initiative_id"] for r in rows] == [row.initiative.id for row in answer.rows]
