"""Typed answers of the follow-up questions: what analysts should chase, and why.

Every row carries the dates that make it a follow-up and the facts behind them, each with its
meeting id and evidence sentence, so every row can be checked against the minutes.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from graph_service.graph_models import Edge
from graph_service.questions.answers import NodeRef


class FollowupFact(BaseModel):
    """A dated fact behind a follow-up: a report, a directive, an agenda entry or an approval.

    >>> edge = Edge(id="e", type="DIRECTED", source="meeting:x", target="bureau:y",
    ...             props={"date": "2024-01-05", "directive": "报送方案"})
    >>> FollowupFact.of(edge).meeting, FollowupFact.of(edge).bureau
    ('meeting:x', 'bureau:y')
    """

    kind: Literal["reported", "directed", "agenda", "approved"]
    date: str | None = None
    meeting: str | None = Field(None, description="id of the meeting the fact comes from")
    item: int | None = Field(None, description="the agenda item of that meeting")
    bureau: str | None = Field(None, description="id of the bureau reporting or directed")
    subject: str | None = Field(
        None, description="id of the plan or initiative (a directive to a collective sits on it)"
    )
    directive: str | None = None
    evidence: str | None = Field(None, description="the sentence of the minutes")
    edge: str = Field(description="id of the edge holding the fact")

    @classmethod
    def of(cls, edge: Edge) -> FollowupFact:
        """Return the fact an edge holds (``REPORTED``, ``DIRECTED``, an agenda or approval edge)."""
        props = edge.known
        if edge.type == "REPORTED":
            ends = {"kind": "reported", "meeting": props.get("meeting"), "bureau": edge.source,
                    "subject": edge.target}  # fmt: skip
        elif edge.type == "DIRECTED" and props.get("group"):
            ends = {"kind": "directed", "meeting": edge.source, "subject": edge.target}
        elif edge.type == "DIRECTED":
            ends = {"kind": "directed", "meeting": edge.source, "bureau": edge.target}
        else:
            kind = "approved" if props.get("kind") == "approved" else "agenda"
            ends = {"kind": kind, "meeting": edge.source, "subject": edge.target}
        return cls(date=props.get("date"), item=props.get("item"), edge=edge.id,
                   directive=props.get("directive"), evidence=props.get("evidence"),
                   **ends)  # fmt: skip


class FollowupQuery(BaseModel):
    """The parameters a follow-up list was computed with, defaults filled in."""

    months: int = Field(description="how many months without news make a follow-up")
    as_of: str | None = Field(
        None,
        description="the reference date (YYYY-MM-DD); null when the graph has no dated meeting",
    )
    cutoff: str | None = Field(None, description="as_of minus months: facts on or before it count")
    government: str | None = Field(None, description="only this government, when given")
    limit: int


class StaleInitiative(BaseModel):
    """An initiative nobody reported on, or put on an agenda, for ``months_since`` months."""

    initiative: NodeRef
    government: str | None = None
    last_date: str = Field(description="the date of the last report or agenda entry")
    months_since: int = Field(description="whole months from last_date to as_of")
    facts: list[FollowupFact] = Field(default_factory=list, description="the facts of last_date")


class PlanSeenOnce(BaseModel):
    """A plan that came to one meeting and never came back."""

    plan: NodeRef
    government: str | None = None
    meeting: NodeRef
    date: str = Field(description="the date of that meeting")
    approved: bool = Field(False, description="that meeting approved it (原则同意, 审议通过 …)")
    months_since: int = Field(description="whole months from date to as_of")
    facts: list[FollowupFact] = Field(
        default_factory=list, description="reports, agenda entries and the approval"
    )


class UnansweredDirective(BaseModel):
    """A directive that no later report on its plan or initiative answered (by the bureau
    directed; by any bureau for a directive to a collective)."""

    bureau: NodeRef | None = Field(None, description="the bureau directed; null for a collective")
    to: str | None = Field(None, description="the addressee as the minutes wrote it")
    collective: bool = Field(False, description="the addressee is a collective (各相关部门 …)")
    subjects: list[NodeRef] = Field(
        default_factory=list, description="the plans and initiatives of the directive's item"
    )
    meeting: NodeRef
    date: str = Field(description="the date of the directing meeting")
    months_since: int = Field(description="whole months from date to as_of")
    fact: FollowupFact


class StaleInitiatives(BaseModel):
    """Initiatives without news for ``query.months`` months, longest silent first."""

    query: FollowupQuery
    rows: list[StaleInitiative] = Field(default_factory=list)


class PlansSeenOnce(BaseModel):
    """Plans on the agenda of one meeting only, oldest first."""

    query: FollowupQuery
    rows: list[PlanSeenOnce] = Field(default_factory=list)


class UnansweredDirectives(BaseModel):
    """Directives never reported back on, oldest first."""

    query: FollowupQuery
    rows: list[UnansweredDirective] = Field(default_factory=list)


class Followups(BaseModel):
    """The three follow-up lists, computed with the same parameters (for the page)."""

    query: FollowupQuery
    stale_initiatives: list[StaleInitiative] = Field(default_factory=list)
    plans_seen_once: list[PlanSeenOnce] = Field(default_factory=list)
    unanswered_directives: list[UnansweredDirective] = Field(default_factory=list)
