"""Recurring initiatives as CSV: one row per initiative, UTF-8 with a byte-order mark."""

from __future__ import annotations

import csv
import io

from graph_service.export.cells import safe_row
from graph_service.questions.recurring import RecurringInitiatives

COLUMNS = ("initiative_id", "initiative", "government", "meetings", "first", "last", "span_days")


def to_csv(answer: RecurringInitiatives) -> bytes:
    """Return the rows as CSV, UTF-8 with a byte-order mark (as the follow-up lists)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS)
    writer.writeheader()
    for row in answer.rows:
        ref = row.initiative
        writer.writerow(safe_row({"initiative_id": ref.id, "initiative": ref.name,
                                  "government": ref.government or "", "meetings": row.meetings,
                                  "first": row.first or "", "last": row.last or "",
                                  "span_days": row.span_days}))  # fmt: skip
    return ("\ufeff" + out.getvalue()).encode()
