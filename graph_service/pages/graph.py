"""What the web pages show, gathered from the named questions: one function per page.

Pages are for people: a graph view holds at most ``cap`` nodes (about 300 by default) and says
what it left out and how to see more. The templates under ``viz/templates`` render these models.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from pydantic import BaseModel, Field

from graph_service.graph_models import GraphStats, Node
from graph_service.loading import history
from graph_service.loading.history import Freshness
from graph_service.pages.text import MinutesText, minutes_text
from graph_service.questions import finding
from graph_service.questions import graph as questions
from graph_service.questions import meetings as questions_meetings
from graph_service.questions import owners as questions_owners
from graph_service.questions.answers import (
    Approval,
    BureauPartners,
    CollectiveDirective,
    Directive,
    InitiativeBureaus,
    MeetingAnswer,
    NodeAnswer,
    Report,
    SearchAnswer,
    SubgraphAnswer,
    Timeline,
)
from graph_service.questions.asking import QuestionError, ask
from graph_service.questions.governments import governments
from graph_service.stores.protocol import GraphStore

DEFAULT_CAP = 300
MAX_CAP = 2000
# How far past the cap the left-out nodes are counted; beyond it the page says "at least".
COUNT_LIMIT = 5000
RECENT_MEETINGS = 10
SEARCH_SHOWN = 50
"""Search hits the home page lists; it says when there are more, and how to narrow them."""


class LeftOut(BaseModel):
    """Nodes within reach that a capped view does not show."""

    count: int = Field(description="nodes in reach not shown")
    at_least: bool = Field(False, description="the count stopped at the counting limit")
    by_label: dict[str, int] = Field(default_factory=dict)


class GraphView(BaseModel):
    """A capped subgraph for a page, with what the cap left out."""

    subgraph: SubgraphAnswer
    cap: int
    left_out: LeftOut | None = None
    as_of: str | None = Field(None, description="the date the view is limited to, if any")


class HomePage(BaseModel):
    """Counts, search hits and the latest meetings."""

    stats: GraphStats
    search: SearchAnswer | None = None
    more_hits: bool = Field(False, description="the search has more hits than the page lists")
    error: str | None = Field(None, description="why the search could not run")
    governments: list[str] = Field(default_factory=list, description="the search's choices")
    government: str | None = Field(None, description="the government searched in, if any")
    meetings: list[Node] = Field(default_factory=list)
    freshness: Freshness = Field(default_factory=Freshness)
    as_of: str | None = None


class NodePage(BaseModel):
    """Everything the page of one node shows."""

    detail: NodeAnswer
    timeline: Timeline | None = None
    owners: InitiativeBureaus | None = None
    partners: BureauPartners | None = None
    graph: GraphView


class MeetingPage(BaseModel):
    """A meeting's items with their sentences, and the minutes text they come from."""

    answer: MeetingAnswer
    text: MinutesText


def graph_view(
    store: GraphStore,
    center: str,
    depth: int = 1,
    cap: int = DEFAULT_CAP,
    as_of: str | None = None,
) -> GraphView | None:
    """Return the subgraph around ``center`` cut at ``cap`` nodes, or ``None`` when missing.

    Its edges carry what the page draws (``fields="drawn"``), not their sentences.

    Raises:
        QuestionError: ``cap`` is out of range.
    """
    if not 1 <= cap <= MAX_CAP:
        raise QuestionError(f"limit {cap}: show 1 to {MAX_CAP} nodes")
    # The edges come without their sentences: the page fetches an edge's when it is opened.
    shown = questions.subgraph(store, center, depth=depth, limit=cap, as_of=as_of, fields="drawn")
    if shown is None:
        return None
    left = _left_out(store, shown, as_of) if shown.truncated else None
    return GraphView(subgraph=shown, cap=cap, left_out=left, as_of=as_of)


def _left_out(store: GraphStore, shown: SubgraphAnswer, as_of: str | None) -> LeftOut:
    # Counting needs the ids in reach and their labels, not the nodes' properties or the edges.
    ids, at_least = questions.reach(store, shown.center, shown.depth, COUNT_LIMIT, as_of)
    kept = {node.id for node in shown.nodes}
    labels = Counter(questions.labels_by_id(store, sorted(ids - kept), as_of).values())
    return LeftOut(count=sum(labels.values()), at_least=at_least,
                   by_label=dict(sorted(labels.items())))  # fmt: skip


def home_page(
    store: GraphStore,
    q: str | None = None,
    label: str | None = None,
    as_of: str | None = None,
    government: str | None = None,
) -> HomePage:
    """Return the home page: counts, the hits of ``q`` when given, and the latest meetings.

    A search that cannot run (no letter or digit in ``q``, an unknown government) is reported on
    the page.
    """
    government = (government or "").strip() or None
    found, more_hits, error = None, False, None
    if q:
        try:
            found, more_hits = _listed_hits(store, q, label, as_of, government)
        except QuestionError as failed:
            error = str(failed)
    choices = [g.government for g in governments(store).governments]
    latest = ask(store, "q_recent_meetings", limit=RECENT_MEETINGS, as_of=as_of)
    recent = latest.column("m")
    return HomePage(stats=store.stats(), search=found, more_hits=more_hits, error=error, meetings=recent,
                    governments=choices, government=government,
                    freshness=history.freshness(store), as_of=as_of)  # fmt: skip


def _listed_hits(
    store: GraphStore, q: str, label: str | None, as_of: str | None, government: str | None
) -> tuple[SearchAnswer, bool]:
    """Return the hits the home page lists for ``q``, and whether the search has more."""
    # One hit more than the page lists tells whether there are more.
    found = questions.search(store, q, label=label, limit=SEARCH_SHOWN + 1, as_of=as_of,
                             government=government)  # fmt: skip
    more = found.more or len(found.hits) > SEARCH_SHOWN
    return found.model_copy(update={"hits": found.hits[:SEARCH_SHOWN]}), more


def node_page(
    store: GraphStore,
    node_id: str,
    depth: int = 1,
    cap: int = DEFAULT_CAP,
    as_of: str | None = None,
) -> NodePage | None:
    """Return a node's page: properties, edges, timeline, co-owners or partners, its subgraph."""
    detail = questions.node_detail(store, node_id, as_of)
    view = detail and graph_view(store, node_id, depth=depth, cap=cap, as_of=as_of)
    if detail is None or view is None:
        return None
    label = detail.node.label
    return NodePage(
        detail=detail,
        graph=view,
        timeline=questions_meetings.timeline(store, node_id, as_of)
        if label in questions_meetings.TIMELINE_LABELS
        else None,
        owners=questions_owners.initiative_bureaus(store, node_id, as_of)
        if label == "Initiative"
        else None,
        partners=questions_owners.bureau_partners(store, node_id, as_of)
        if label == "Bureau"
        else None,
    )


def meeting_page(
    store: GraphStore, meeting_id: str, as_of: str | None = None
) -> MeetingPage | None:
    """Return a meeting's page, its sentences marked in the minutes text, or ``None``."""
    answer = questions_meetings.meeting(store, meeting_id, as_of)
    detail = questions.node_detail(store, meeting_id) if answer else None
    if answer is None or detail is None:
        return None
    text = minutes_text(answer.meeting, [view.edge for view in detail.edges], _sentences(answer))
    return MeetingPage(answer=answer, text=text)


def _sentences(answer: MeetingAnswer) -> list[str]:
    """Return the sentence of each fact of the meeting's items, in order."""
    facts: list[Report | Directive | CollectiveDirective | Approval] = []
    for item in answer.items:
        facts += [*item.reported, *item.directed, *item.collective, *item.approved]
    return [fact.evidence for fact in facts if fact.evidence]


def sentences_page(store: GraphStore, q: str | None, government: str | None) -> dict[str, Any]:
    """Return what the sentences page shows: the answer (or why none), the governments."""
    answer, error = None, None
    if q:
        try:
            answer = finding.search_sentences(store, q, government)
        except QuestionError as failed:
            error = str(failed)
    choices = [g.government for g in governments(store).governments]
    return {"answer": answer, "error": error, "governments": choices, "government": government}
