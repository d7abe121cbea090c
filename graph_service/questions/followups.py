"""Follow-up questions for analysts: what went quiet, and since when.

- **stale initiatives**: initiatives whose last report (on the initiative or on a plan
  implementing it) or agenda entry is ``months`` or more before the reference date;
- **plans seen once**: plans on the agenda of exactly one meeting and never again, each saying
  whether that meeting approved it (原则同意, 审议通过 …): "approved, then never reported on";
- **unanswered directives**: directives that no later report on the same plan or initiative
  answered: a directive is about the plans and initiatives of its meeting item; a report by the
  bureau directed (by any bureau, for a directive to a collective such as 各相关部门) at a later
  meeting, on one of them or on a plan implementing one of those initiatives, answers it. A later
  report by the same bureau on something else does not.

The reference date ``as_of`` defaults to the newest meeting date of the government asked about
(of the whole graph when none is), not today's date,
so the same graph always gives the same answer; facts dated after ``as_of`` are ignored, and
undated facts cannot tell when work stopped, so they are left out.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from graph_service.graph_models import Edge, Node
from graph_service.questions.answers import NodeRef
from graph_service.questions.answers_followups import (
    FollowupFact,
    FollowupQuery,
    Followups,
    PlanSeenOnce,
    PlansSeenOnce,
    StaleInitiative,
    StaleInitiatives,
    UnansweredDirective,
    UnansweredDirectives,
)
from graph_service.questions.asking import QuestionError, ask
from graph_service.questions.governments import check_government
from graph_service.stores.protocol import GraphReader

DEFAULT_MONTHS = 6
MAX_MONTHS = 240
DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def months_before(day: str, months: int) -> str:
    """Return the date ``months`` calendar months before ``day``, kept within the month's end.

    Args:
        day: an ISO date (YYYY-MM-DD).
        months: how many months to go back.

    Returns:
        The ISO date.

    >>> months_before("2024-06-30", 6)
    '2023-12-30'
    >>> months_before("2024-03-31", 1)
    '2024-02-29'
    >>> months_before("0001-03-01", 6)  # before the calendar starts: the first day it has
    '0001-01-01'
    """
    start = date.fromisoformat(day)
    index = start.year * 12 + start.month - 1 - months
    if index < 12:
        return date.min.isoformat()
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last)).isoformat()


def months_between(earlier: str, later: str) -> int:
    """Return the whole calendar months from ``earlier`` to ``later`` (ISO dates).

    >>> months_between("2023-12-30", "2024-06-30"), months_between("2023-12-31", "2024-06-30")
    (6, 5)
    """
    first, last = date.fromisoformat(earlier), date.fromisoformat(later)
    months = (last.year - first.year) * 12 + last.month - first.month
    return months - 1 if last.day < first.day else months


def check_day(value: str) -> str:
    """Return ``value`` when it is a real YYYY-MM-DD date.

    Raises:
        QuestionError: it is not.

    >>> check_day("2024-02-29")
    '2024-02-29'
    """
    try:
        if _DAY.fullmatch(value):
            return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise QuestionError(f"as_of {value!r}: not a date; write it as YYYY-MM-DD, e.g. 2024-06-30")


def followup_query(
    store: GraphReader,
    months: int = DEFAULT_MONTHS,
    as_of: str | None = None,
    government: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> FollowupQuery:
    """Return the checked parameters, ``as_of`` defaulting to the newest meeting date (of
    ``government``, when given).

    Raises:
        QuestionError: ``months`` or ``limit`` is out of range, or ``as_of`` is not a date.
        UnknownGovernmentError: the graph holds no such government.
    """
    if not 0 <= months <= MAX_MONTHS:
        raise QuestionError(f"months {months}: use 0 to {MAX_MONTHS}")
    if not 1 <= limit <= MAX_LIMIT:
        raise QuestionError(f"limit {limit}: use 1 to {MAX_LIMIT}")
    gov = check_government(store, government)
    day = (
        check_day(as_of) if as_of else ask(store, "q_followup_newest", government=gov)[0]["newest"]
    )
    cutoff = months_before(day, months) if day else None
    return FollowupQuery(months=months, as_of=day, cutoff=cutoff,
                         government=gov, limit=limit)  # fmt: skip


def _params(query: FollowupQuery) -> dict[str, object]:
    return {"as_of": query.as_of, "cutoff": query.cutoff, "government": query.government,
            "limit": query.limit}  # fmt: skip


def _facts(edges: list[Edge]) -> list[FollowupFact]:
    """Return the facts of ``edges``, each once, in an order every store gives alike."""
    unique = {edge.id: FollowupFact.of(edge) for edge in edges}
    return sorted(unique.values(), key=lambda f: (f.kind, f.meeting or "", f.item or 0, f.edge))


def _stale(query: FollowupQuery, store: GraphReader) -> list[StaleInitiative]:
    rows = ask(store, "q_followup_stale_initiatives", **_params(query))
    return [_stale_one(row["i"], row["last"], row["latest"], query) for row in rows]


def _stale_one(
    initiative: Node, last: str, latest: list[Edge], query: FollowupQuery
) -> StaleInitiative:
    return StaleInitiative(initiative=NodeRef.of(initiative),
                           government=initiative.known.get("government"), last_date=last,
                           months_since=_since(last, query), facts=_facts(latest))  # fmt: skip


def _plans(query: FollowupQuery, store: GraphReader) -> list[PlanSeenOnce]:
    rows = ask(store, "q_followup_plans_once", **_params(query))
    return [_plan(row["p"], row["m"], row["reports"] + row["agenda"], query) for row in rows]


def _plan(plan: Node, meeting: Node, edges: list[Edge], query: FollowupQuery) -> PlanSeenOnce:
    day = meeting.known["date"]
    return PlanSeenOnce(plan=NodeRef.of(plan), government=plan.known.get("government"),
                        meeting=NodeRef.of(meeting), date=day,
                        approved=any(e.known.get("kind") == "approved" for e in edges),
                        months_since=_since(day, query),
                        facts=_facts(edges))  # fmt: skip


def _directives(query: FollowupQuery, store: GraphReader) -> list[UnansweredDirective]:
    rows = ask(store, "q_followup_unanswered_directives", **_params(query))
    return [_directive(row["m"], row["d"], row["x"], row["subjects"], query) for row in rows]


def _directive(
    meeting: Node, edge: Edge, addressee: Node, subjects: list[Node], query: FollowupQuery
) -> UnansweredDirective:
    collective = addressee.label != "Bureau"
    day = edge.known["date"]
    return UnansweredDirective(bureau=None if collective else NodeRef.of(addressee),
                               to=edge.known.get("to"), collective=collective,
                               subjects=sorted((NodeRef.of(s) for s in subjects), key=_by_id),
                               meeting=NodeRef.of(meeting), date=day, fact=FollowupFact.of(edge),
                               months_since=_since(day, query))  # fmt: skip


def _since(day: str, query: FollowupQuery) -> int:
    """Months from ``day`` to ``as_of``, which is set whenever there are rows to date."""
    return months_between(day, query.as_of or day)


def _by_id(ref: NodeRef) -> str:
    return ref.id


def stale_initiatives(
    store: GraphReader,
    months: int = DEFAULT_MONTHS,
    as_of: str | None = None,
    government: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> StaleInitiatives:
    """Initiatives without a report or agenda entry for ``months`` months before ``as_of``.

    Args:
        store: the graph store.
        months: months without news that make a follow-up.
        as_of: the reference date (YYYY-MM-DD); the newest meeting date when ``None``.
        government: only this government's initiatives, when given.
        limit: the most rows returned, longest silent first.

    Raises:
        QuestionError: a parameter is out of range.
    """
    query = followup_query(store, months, as_of, government, limit)
    return StaleInitiatives(query=query, rows=_stale(query, store) if query.as_of else [])


def plans_seen_once(
    store: GraphReader,
    months: int = DEFAULT_MONTHS,
    as_of: str | None = None,
    government: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> PlansSeenOnce:
    """Plans on the agenda of one meeting only, that meeting ``months`` or more before ``as_of``.

    Arguments as for :func:`stale_initiatives`.

    Raises:
        QuestionError: a parameter is out of range.
    """
    query = followup_query(store, months, as_of, government, limit)
    return PlansSeenOnce(query=query, rows=_plans(query, store) if query.as_of else [])


def unanswered_directives(
    store: GraphReader,
    months: int = DEFAULT_MONTHS,
    as_of: str | None = None,
    government: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> UnansweredDirectives:
    """Directives ``months`` or more before ``as_of`` never reported back on (same subject).

    Arguments as for :func:`stale_initiatives`.

    Raises:
        QuestionError: a parameter is out of range.
    """
    query = followup_query(store, months, as_of, government, limit)
    return UnansweredDirectives(query=query, rows=_directives(query, store) if query.as_of else [])


def followups(
    store: GraphReader,
    months: int = DEFAULT_MONTHS,
    as_of: str | None = None,
    government: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> Followups:
    """All three follow-up lists with the same parameters (arguments as for the others).

    Raises:
        QuestionError: a parameter is out of range.
    """
    query = followup_query(store, months, as_of, government, limit)
    if query.as_of is None:
        return Followups(query=query)
    return Followups(query=query, stale_initiatives=_stale(query, store),
                     plans_seen_once=_plans(query, store),
                     unanswered_directives=_directives(query, store))  # fmt: skip
