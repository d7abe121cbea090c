"""The follow-up lists as CSV: one row per follow-up, a header row, UTF-8 with a byte-order mark.

Cells a spreadsheet would run as a formula get an apostrophe in front (:mod:`.cells`).

The byte-order mark is what makes spreadsheet programs read the Chinese text as UTF-8. Where a row
rests on several facts, their meeting ids, edge ids and sentences are joined, one per line.
"""

from __future__ import annotations

import csv
import io

from graph_service.export.cells import Cell, safe_row
from graph_service.questions.answers_followups import (
    FollowupFact,
    PlansSeenOnce,
    StaleInitiatives,
    UnansweredDirectives,
)

FollowupAnswer = StaleInitiatives | PlansSeenOnce | UnansweredDirectives
STALE_COLUMNS = ("initiative_id", "initiative", "government", "last_date", "months_since",
                 "as_of", "meetings", "evidence", "edges")  # fmt: skip
PLAN_COLUMNS = ("plan_id", "plan", "government", "meeting_id", "meeting", "date", "months_since",
                "as_of", "evidence", "edges", "approved")  # fmt: skip
DIRECTIVE_COLUMNS = ("bureau_id", "bureau", "meeting_id", "meeting", "date", "item",
                     "months_since", "as_of", "directive", "evidence", "edge", "collective",
                     "subjects")  # fmt: skip


def joined(facts: list[FollowupFact], field: str) -> str:
    """Return the distinct non-empty values of ``field`` in ``facts``, stripped, one per line.

    >>> facts = [FollowupFact(kind="agenda", meeting="m1", edge="e1"),
    ...          FollowupFact(kind="reported", meeting="m1", edge="e2")]
    >>> joined(facts, "meeting"), joined(facts, "edge")
    ('m1', 'e1\\ne2')
    """
    values = [str(getattr(fact, field) or "").strip() for fact in facts]
    return "\n".join(dict.fromkeys(value for value in values if value))


def _stale_rows(answer: StaleInitiatives) -> list[dict[str, Cell]]:
    return [{"initiative_id": row.initiative.id, "initiative": row.initiative.name,
             "government": row.government, "last_date": row.last_date,
             "months_since": row.months_since, "as_of": answer.query.as_of,
             "meetings": joined(row.facts, "meeting"), "evidence": joined(row.facts, "evidence"),
             "edges": joined(row.facts, "edge")} for row in answer.rows]  # fmt: skip


def _plan_rows(answer: PlansSeenOnce) -> list[dict[str, Cell]]:
    return [{"plan_id": row.plan.id, "plan": row.plan.name, "government": row.government,
             "meeting_id": row.meeting.id, "meeting": row.meeting.name, "date": row.date,
             "months_since": row.months_since, "as_of": answer.query.as_of,
             "evidence": joined(row.facts, "evidence"), "edges": joined(row.facts, "edge"),
             "approved": "yes" if row.approved else ""} for row in answer.rows]  # fmt: skip


def _directive_rows(answer: UnansweredDirectives) -> list[dict[str, Cell]]:
    # A collective (各相关部门 …) is no bureau: its name as written, without an id.
    return [{"bureau_id": row.bureau.id if row.bureau else "",
             "bureau": row.bureau.name if row.bureau else row.to, "meeting_id": row.meeting.id,
             "meeting": row.meeting.name, "date": row.date, "item": row.fact.item,
             "months_since": row.months_since, "as_of": answer.query.as_of,
             "directive": row.fact.directive, "evidence": row.fact.evidence,
             "edge": row.fact.edge, "collective": "yes" if row.collective else "",
             "subjects": "\n".join(s.name for s in row.subjects)}
            for row in answer.rows]  # fmt: skip


def to_csv(answer: FollowupAnswer) -> bytes:
    """Return a follow-up list as CSV bytes (UTF-8 with a byte-order mark, header row first).

    >>> from graph_service.questions.answers_followups import FollowupQuery
    >>> empty = StaleInitiatives(query=FollowupQuery(months=6, limit=10))
    >>> to_csv(empty).decode("utf-8-sig").splitlines()[0].split(",")[:2]
    ['initiative_id', 'initiative']
    """
    columns: tuple[str, ...]
    if isinstance(answer, StaleInitiatives):
        columns, rows = STALE_COLUMNS, _stale_rows(answer)
    elif isinstance(answer, PlansSeenOnce):
        columns, rows = PLAN_COLUMNS, _plan_rows(answer)
    else:
        columns, rows = DIRECTIVE_COLUMNS, _directive_rows(answer)
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(safe_row(row) for row in rows)
    return text.getvalue().encode("utf-8-sig")
