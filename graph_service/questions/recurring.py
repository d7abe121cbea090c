"""Recurring initiatives: which initiatives come back to the agenda across meetings, how often,
and over what span."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from graph_service.questions.answers import NodeRef
from graph_service.questions.asking import QuestionError, ask
from graph_service.questions.governments import check_government
from graph_service.stores.protocol import GraphReader


class RecurringInitiative(BaseModel):
    """An initiative on the agenda of several meetings."""

    initiative: NodeRef
    meetings: int = Field(description="meetings whose agenda had it")
    first: str | None = Field(None, description="the first dated agenda entry")
    last: str | None = Field(None, description="the last dated agenda entry")
    span_days: int | None = Field(None, description="days from first to last")


class RecurringInitiatives(BaseModel):
    """Initiatives on the agenda of at least ``min_meetings`` meetings, most meetings first."""

    min_meetings: int
    government: str | None = None
    rows: list[RecurringInitiative] = Field(default_factory=list)


def span_days(first: str | None, last: str | None) -> int | None:
    """Return the days from ``first`` to ``last`` (ISO dates), ``None`` when either is missing.

    >>> span_days("2023-01-01", "2023-03-01"), span_days(None, "2023-03-01")
    (59, None)
    """
    if not (first and last):
        return None
    return (date.fromisoformat(last) - date.fromisoformat(first)).days


def recurring_initiatives(
    store: GraphReader, min_meetings: int = 2, government: str | None = None, limit: int = 100,
    as_of: str | None = None,
) -> RecurringInitiatives:  # fmt: skip
    """Return the initiatives on the agenda of at least ``min_meetings`` meetings.

    Raises:
        QuestionError: ``min_meetings`` is below 2.
        UnknownGovernmentError: the graph holds no such government.
    """
    if min_meetings < 2:
        raise QuestionError(f"min_meetings {min_meetings}: recurring means 2 meetings or more")
    gov = check_government(store, government)
    rows = ask(store, "q_recurring_initiatives", min_meetings=min_meetings, government=gov,
               limit=limit, as_of=as_of)  # fmt: skip
    found = [RecurringInitiative(initiative=NodeRef.of(row["i"]), meetings=row["meetings"],
                                 first=row["first"], last=row["last"],
                                 span_days=span_days(row["first"], row["last"]))
             for row in rows]  # fmt: skip
    return RecurringInitiatives(min_meetings=min_meetings, government=gov, rows=found)
