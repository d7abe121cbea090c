"""Typed answers of the named questions: what the API returns and the library functions give back.

Nodes and edges inside answers are the graph vocabulary of :mod:`graph_service.graph_models`;
every fact keeps its evidence sentence, its document and its date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

from pydantic import BaseModel, Field

from graph_service.graph_models import Edge, Node, NodeLabel, Subgraph

Role = Literal["lead", "supplementary", "directed"]
T = TypeVar("T")


@dataclass(frozen=True)
class Page:
    """Which part of a long list an answer holds: ``limit`` items from ``offset``.

    >>> Page(offset=1, limit=2).of(["a", "b", "c", "d"])
    ['b', 'c']
    """

    offset: int = 0
    limit: int = 50

    def of(self, items: Sequence[T]) -> list[T]:
        """Return the items of this page."""
        return list(items[self.offset : self.offset + self.limit])


COLLECTIVES_NOTE = (
    "Directives to collective addressees (各相关部门, 各街道（镇）, 工作专班 …) are listed under "
    "collective, each on the item's initiative (or plan): a collective is not a bureau."
)


class NodeRef(BaseModel):
    """A node named by its id, label and name.

    >>> NodeRef.of(Node(id="b", label="Bureau", name="区体育局")).name
    '区体育局'
    """

    id: str
    label: NodeLabel
    name: str
    government: str | None = Field(
        None, description="the node's government, e.g. 长宁区人民政府 (``?`` when unknown)"
    )

    @classmethod
    def of(cls, node: Node) -> NodeRef:
        """Return the reference to ``node``, with its government."""
        gov = node.known.get("government")
        return cls(id=node.id, label=node.label, name=node.name, government=gov)


class SearchHit(NodeRef):
    """A node whose name or alias matches a search."""

    match: Literal["name", "alias", "terms"] = Field(
        description="exact name, exact alias, or shared characters and bigrams"
    )
    score: float = Field(description="share of the query's bigrams (or characters) the node has")


class SearchAnswer(BaseModel):
    """Search hits, best first: every exact hit, then nodes holding every term, then half of them."""

    query: str
    more: bool = Field(
        False,
        description=(
            "true when more nodes hold every character pair of the query than the search ranked: "
            "after the exact hits (all of them, always first), it ranks the first 300 such nodes "
            "the index gives, so other nodes as good as the last ones shown may be left out; "
            "narrow it with government, label or a longer query to rank them all"
        ),
    )
    hits: list[SearchHit] = Field(default_factory=list)


class EdgeView(BaseModel):
    """An edge seen from one node: its direction and the node at its other end."""

    direction: Literal["out", "in"]
    other: NodeRef
    edge: Edge


class NodeAnswer(BaseModel):
    """A node with its properties (aliases included) and every edge, evidence included."""

    node: Node
    edges: list[EdgeView] = Field(default_factory=list)


class OwnerFact(BaseModel):
    """One fact making a bureau a co-owner of an initiative."""

    role: Role
    subject: NodeRef = Field(description="the plan or initiative reported on, or the initiative")
    written: str | None = Field(None, description="the bureau's name as the minutes wrote it")
    meeting: str | None = Field(None, description="id of the meeting")
    item: int | None = None
    date: str | None = None
    evidence: str | None = None
    directive: str | None = None
    doc: str | None = Field(None, description="content hash of the source document")
    edge: str = Field(description="id of the edge holding the fact")


class CoOwner(BaseModel):
    """A bureau co-owning an initiative, with its strongest role and every fact."""

    bureau: NodeRef
    aliases: list[str] = Field(default_factory=list)
    role: Role = Field(description="the strongest role: lead, then supplementary, then directed")
    fact_count: int = Field(0, description="how many facts make the bureau a co-owner")
    facts: list[OwnerFact] = Field(
        default_factory=list, description="the latest facts, as many as the `facts` parameter"
    )


class InitiativeBureaus(BaseModel):
    """The co-owners of an initiative, strongest role first, then most facts."""

    initiative: NodeRef
    total: int = Field(0, description="how many co-owners there are; `bureaus` holds one page")
    bureaus: list[CoOwner] = Field(default_factory=list)


class SharedInitiative(BaseModel):
    """An initiative two bureaus both co-own, with each one's roles in it."""

    initiative: NodeRef
    roles: list[Role] = Field(description="the partner's roles")
    own_roles: list[Role] = Field(description="the asking bureau's roles")


class Partner(BaseModel):
    """A bureau co-owning initiatives with the asking bureau."""

    bureau: NodeRef
    count: int = Field(0, description="how many initiatives the two bureaus share")
    shared: list[SharedInitiative] = Field(
        default_factory=list,
        description="the shared initiatives last on an agenda most recently, as many as `shared`",
    )


class BureauPartners(BaseModel):
    """Partners of a bureau, most shared initiatives first."""

    bureau: NodeRef
    initiatives: int = Field(0, description="how many initiatives the bureau co-owns")
    total: int = Field(0, description="how many partners there are; `partners` holds one page")
    partners: list[Partner] = Field(default_factory=list)


class Report(BaseModel):
    """A bureau reporting on a plan or initiative at a meeting."""

    bureau: NodeRef
    written: str | None = None
    role: str | None = None
    subject: NodeRef
    evidence: str | None = None


class Directive(BaseModel):
    """A meeting telling a bureau to act."""

    bureau: NodeRef
    written: str | None = None
    directive: str | None = None
    evidence: str | None = None


class CollectiveDirective(BaseModel):
    """A meeting telling a collective (各相关部门, 各街道（镇）…) to act on an item's subject."""

    to: str = Field(description="the collective addressee as the minutes wrote it")
    subject: NodeRef = Field(description="the item's initiative, or its plan when it has none")
    directive: str | None = None
    evidence: str | None = None


class Approval(BaseModel):
    """A meeting approving a plan (审议通过, 原则同意, 原则通过)."""

    plan: NodeRef
    verb: str | None = Field(None, description="the approving words as written, e.g. 原则同意")
    evidence: str | None = None


class MeetingItem(BaseModel):
    """One agenda item of a meeting; ``number`` is ``None`` for facts without an item."""

    number: int | None = None
    plans: list[NodeRef] = Field(default_factory=list)
    initiatives: list[NodeRef] = Field(default_factory=list)
    reported: list[Report] = Field(default_factory=list)
    directed: list[Directive] = Field(default_factory=list)
    collective: list[CollectiveDirective] = Field(default_factory=list)
    approved: list[Approval] = Field(default_factory=list)


class MeetingAnswer(BaseModel):
    """A meeting, its items, who reported what, whom it directed to do what, what it approved."""

    meeting: Node
    items: list[MeetingItem] = Field(default_factory=list)
    note: str = COLLECTIVES_NOTE


class GraphPath(BaseModel):
    """One path: its nodes in order and the edges between them, evidence included."""

    nodes: list[NodeRef]
    edges: list[Edge]


class PathAnswer(BaseModel):
    """The shortest paths between two nodes, or none within the hop limit."""

    source: NodeRef
    target: NodeRef
    length: int | None = Field(None, description="edges on each path; null when none was found")
    paths: list[GraphPath] = Field(default_factory=list)
    explanation: str | None = Field(None, description="why no path came back, when none did")


class SubgraphAnswer(Subgraph):
    """The nodes around a center node and the edges between them."""

    center: str
    depth: int
    truncated: bool = Field(False, description="more nodes were in reach than the limit allowed")


class TimelineEvent(BaseModel):
    """A dated fact about a bureau or initiative."""

    date: str | None = None
    kind: Literal["reported", "directed", "collective", "agenda"] = Field(
        description="collective: a directive to a collective (各乡镇 …) named in `to`, on an initiative"
    )
    meeting: NodeRef | None = None
    item: int | None = None
    other: NodeRef = Field(description="the node at the edge's other end")
    role: str | None = None
    directive: str | None = None
    to: str | None = Field(None, description="the collective addressed, as written")
    evidence: str | None = None
    doc: str | None = None
    edge: str


class Timeline(BaseModel):
    """The dated events of a bureau or initiative, oldest first (undated last)."""

    node: NodeRef
    first_meeting: NodeRef | None = Field(None, description="the earliest dated meeting")
    last_meeting: NodeRef | None = Field(None, description="the latest dated meeting")
    events: list[TimelineEvent] = Field(default_factory=list)


class BureauMetrics(BaseModel):
    """A bureau's place in the co-ownership network."""

    bureau: NodeRef
    initiatives: int = Field(description="initiatives the bureau co-owns")
    degree: int = Field(description="bureaus it co-owns at least one initiative with")
    strength: int = Field(description="shared initiatives summed over its partners")
    betweenness: float = Field(description="normalised betweenness centrality")
    community: int = Field(description="community number (largest community is 0)")


class BureauNetwork(BaseModel):
    """The bureau co-ownership network: bureaus linked by the initiatives they share."""

    bureaus: list[BureauMetrics] = Field(default_factory=list)
    links: int = Field(0, description="pairs of bureaus sharing an initiative")
    communities: list[list[str]] = Field(default_factory=list)
