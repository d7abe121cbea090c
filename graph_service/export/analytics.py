"""The bureau network's measures as CSV: one row per bureau, UTF-8 with a byte-order mark."""

from __future__ import annotations

import csv
import io

from graph_service.export.cells import safe_row
from graph_service.questions.answers import BureauNetwork

COLUMNS = ("bureau_id", "bureau", "government", "initiatives", "degree", "strength",
           "betweenness", "community")  # fmt: skip


def to_csv(answer: BureauNetwork) -> bytes:
    """Return each bureau's degree, strength, betweenness and community as CSV.

    >>> to_csv(BureauNetwork()).decode("utf-8-sig").strip()
    'bureau_id,bureau,government,initiatives,degree,strength,betweenness,community'
    """
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in answer.bureaus:
        writer.writerow(safe_row({"bureau_id": row.bureau.id, "bureau": row.bureau.name,
                                  "government": row.bureau.government or "",
                                  "initiatives": row.initiatives, "degree": row.degree,
                                  "strength": row.strength,
                                  "betweenness": round(row.betweenness, 4),
                                  "community": row.community}))  # fmt: skip
    return ("\ufeff" + out.getvalue()).encode()
