"""The graph vocabulary: typed nodes, edges, batches and answers shared by every store.

Nothing a database driver returns leaves the store layer: stores turn their records into these
models, and loaders build :class:`GraphBatch` objects out of them.
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict, cast

from pydantic import BaseModel, Field

NodeLabel = Literal["Meeting", "Bureau", "PolicyPlan", "Initiative"]
RecordLabel = Literal["Decision", "Load", "GraphVersion"]
EdgeType = Literal["REPORTED", "DIRECTED", "RELATED_TO"]

NODE_LABELS: tuple[str, ...] = ("Meeting", "Bureau", "PolicyPlan", "Initiative")
EDGE_TYPES: tuple[str, ...] = ("REPORTED", "DIRECTED", "RELATED_TO")
RECORD_LABELS: tuple[str, ...] = ("Decision", "Load", "GraphVersion")
"""Labels of the service's own records (curators' decisions, loads, the graph's version), kept beside the graph."""


class NodeProps(TypedDict, total=False):
    """The properties of a graph node beyond its id, name and documents (``Node.props``).

    Every label has ``government`` (``?`` when unknown) and the dates of its documents' meetings
    (``first``, ``last``); a meeting has its header (``title`` … ``chair_title``, ``date`` and
    ``ordinal``), a bureau its ``aliases`` and whether the registry knew it (``resolved``).
    A service record (``Decision``, ``Load``) read by an analyst query has properties of its own.
    """

    government: str
    first: str
    last: str
    title: str
    doc_number: str
    date: str
    ordinal: int
    chair: str
    chair_title: str
    aliases: list[str]
    resolved: bool


class EdgeProps(TypedDict, total=False):
    """The properties of a fact (``Edge.props``).

    Every edge has its provenance (``doc``, ``file``, and ``span``, ``evidence`` and ``date``
    when known), its end ids (``source``, ``target``) and the load that first wrote it
    (``load``, ``loaded_at``); then, by type: ``REPORTED`` its ``item``, ``role``, the bureau as
    written (``bureau``, ``alias``), the ``subject`` and the ``meeting``; ``DIRECTED`` its
    ``item``, ``directive``, addressee as written (``to``, ``alias``) and ``group`` for a
    collective; ``RELATED_TO`` its ``kind``, with ``item`` and ``verb`` (approvals) or ``why``.
    """

    doc: str
    file: str
    span: list[int]
    evidence: str
    date: str
    source: str
    target: str
    load: str
    loaded_at: str
    item: int
    role: str
    bureau: str
    alias: str
    subject: str
    meeting: str
    directive: str
    to: str
    group: bool
    kind: str
    verb: str
    why: str


class Node(BaseModel):
    """A meeting, bureau, policy plan or initiative (or, in analyst results, a service record).

    ``id`` is deterministic (see :mod:`graph_service.loading.batch`); ``docs`` lists the content hashes of the
    documents that mention the node; ``props`` holds the rest (``aliases`` for bureaus, ``date``
    and ``ordinal`` for meetings, ``government`` for all).

    >>> Node(id="bureau:长宁区人民政府:区应急管理局", label="Bureau", name="区应急管理局").label
    'Bureau'
    """

    id: str
    label: NodeLabel | RecordLabel = Field(
        description="a graph label, or Decision and Load for the service's own records"
    )
    name: str
    docs: list[str] = Field(default_factory=list)
    # Any: a service record read by an analyst query carries properties of its own.
    props: dict[str, Any] = Field(default_factory=dict)

    @property
    def known(self) -> NodeProps:
        """Return ``props`` typed by the graph's vocabulary: the same dict, not a copy.

        >>> Node(id="b", label="Bureau", name="区应急局", props={"government": "长宁区"}).known.get("government")
        '长宁区'
        """
        return cast(NodeProps, self.props)


class Edge(BaseModel):
    """A fact between two nodes, with its provenance.

    ``props`` always carries ``doc`` (content hash), ``file`` (the source path), ``evidence``,
    ``span`` and ``date`` when known, plus what the type needs: ``item`` and ``role`` for
    ``REPORTED``, ``directive`` for ``DIRECTED``, ``kind`` for ``RELATED_TO``.

    >>> Edge(id="e1", type="RELATED_TO", source="a", target="b", props={"kind": "agenda"}).type
    'RELATED_TO'
    """

    id: str
    type: EdgeType
    source: str = Field(description="id of the start node")
    target: str = Field(description="id of the end node")
    # Any: a relationship an analyst query reads may carry properties written by other means.
    props: dict[str, Any] = Field(default_factory=dict)

    @property
    def known(self) -> EdgeProps:
        """Return ``props`` typed by the graph's vocabulary: the same dict, not a copy.

        >>> Edge(id="e", type="DIRECTED", source="m", target="b", props={"item": 2}).known.get("item")
        2
        """
        return cast(EdgeProps, self.props)


class GraphBatch(BaseModel):
    """Everything one document adds to the graph; stores write it in one transaction."""

    doc: str = Field(description="content hash of the source document")
    source: str = Field(description="the file the document was read from")
    date: str | None = Field(None, description="the meeting date (YYYY-MM-DD), when known")
    load: str | None = Field(
        None, description="id of the load writing it (see graph_service.loading.history)"
    )
    loaded_at: str | None = Field(None, description="when that load ran (UTC, ISO 8601)")
    nodes: list[Node] = Field(default_factory=list)
    edges: list[Edge] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class Subgraph(BaseModel):
    """Nodes and the edges between them, as answers and pages use them."""

    nodes: list[Node] = Field(default_factory=list)
    edges: list[Edge] = Field(default_factory=list)


class WriteResult(BaseModel):
    """What writing one batch did: graph elements (nodes plus edges) added, kept, removed."""

    doc: str
    added: int = 0
    unchanged: int = 0
    removed: int = 0


class GraphStats(BaseModel):
    """How many nodes per label and edges per type the graph holds."""

    nodes: dict[str, int] = Field(default_factory=dict)
    edges: dict[str, int] = Field(default_factory=dict)


class ReadResult(BaseModel):
    """Rows of a read query; nodes and edges in them are :class:`Node` and :class:`Edge`."""

    columns: list[str] = Field(default_factory=list)
    rows: list[list[Any]] = Field(default_factory=list)
    truncated: bool = Field(False, description="more rows existed than max_rows allowed")

    def dicts(self) -> list[dict[str, Any]]:
        """Return the rows as dicts from column name to value.

        >>> ReadResult(columns=["label", "count"], rows=[["Bureau", 2]]).dicts()
        [{'label': 'Bureau', 'count': 2}]
        """
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


class BatchDiff(BaseModel):
    """What writing a batch would do, computed without writing: ids added and removed.

    >>> BatchDiff(doc="h", added_nodes=["m"], unchanged=2, removed_edges=["e"]).result()
    WriteResult(doc='h', added=1, unchanged=2, removed=1)
    """

    doc: str
    added_nodes: list[str] = Field(default_factory=list)
    added_edges: list[str] = Field(default_factory=list)
    unchanged: int = Field(0, description="nodes and edges of the batch already in the graph")
    removed_nodes: list[str] = Field(default_factory=list)
    removed_edges: list[str] = Field(default_factory=list)

    def result(self) -> WriteResult:
        """Return the counts the write itself would report."""
        added = len(self.added_nodes) + len(self.added_edges)
        removed = len(self.removed_nodes) + len(self.removed_edges)
        return WriteResult(doc=self.doc, added=added, unchanged=self.unchanged, removed=removed)
