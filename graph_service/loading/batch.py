"""Turn one document's :class:`~loaders.models.Extraction` into a :class:`GraphBatch`.

Ids are readable and deterministic, so re-loading a document yields the same batch:

- bureau: ``bureau:<government>:<canonical name>``
- policy plan: ``plan:<government>:<title>``; initiative: ``initiative:<government>:<name>``
- meeting: ``meeting:<government>:<date>:<ordinal>``, or ``meeting:<government>:doc:<hash[:16]>``
  when the date or the ordinal is unknown
- edge: ``<type>:<hash[:16]>:<digest of its endpoints and key fields>``: edges belong to one
  document, so replacing that document replaces exactly its edges.

An unknown government is written ``?``. Names are NFKC-normalised, and the simplified form is
used when the document wrote a traditional one, so mirror sites land on the same nodes.

Only nodes that some edge of the document touches enter the batch: a node's ``docs`` is then
exactly the documents of its edges, which is what lets a store drop a replaced document's nodes.

What a meeting decided is kept on the item's plan or initiative, since the graph has no node
for a collective: an approval is a ``RELATED_TO`` edge of kind ``approved`` from the meeting to
the plan; a directive to a collective addressee (各相关部门, 工作专班 …) is a ``DIRECTED`` edge
from the meeting to the item's initiative (its plan when it has none), ``group`` true and the
addressee as written in ``to``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from graph_service.graph_models import Edge, EdgeProps, GraphBatch, Node, NodeProps
from graph_service.loading.ids import (
    HASH_PREFIX,
    UNKNOWN_GOVERNMENT,
    clean_name,
    keyed_edge,
    make_id,
    meeting_id,
)
from loaders.models import (
    Approved,
    Directed,
    Document,
    Extraction,
    Fact,
    Initiative,
    Plan,
    Related,
    Reported,
)

SUBJECT_SHARE = 0.6
"""Least share of a plan's characters in an agenda subject for the subject to be about it."""


def provenance(fact: Fact, doc: str, source: str, date: str | None) -> EdgeProps:
    """Return the provenance properties every edge carries, without unknown values.

    Args:
        fact: the extracted fact (its ``span`` and ``evidence``).
        doc: the document's content hash.
        source: the file the document was read from.
        date: the meeting date.

    Returns:
        ``doc``, ``file``, and ``span``/``evidence``/``date`` where known.

    >>> provenance(Fact(span=(3, 9), evidence="会议听取汇报"), "h", "a.txt", None)
    {'doc': 'h', 'file': 'a.txt', 'span': [3, 9], 'evidence': '会议听取汇报'}
    """
    props: EdgeProps = {"doc": doc, "file": source}
    if fact.span:
        props["span"] = list(fact.span)
    if fact.evidence is not None:
        props["evidence"] = fact.evidence
    if date is not None:
        props["date"] = date
    return props


def to_batch(extraction: Extraction, document: Document) -> GraphBatch:
    """Return the nodes and edges one document contributes to the graph.

    Args:
        extraction: the facts extracted from ``document``.
        document: the document they were extracted from (its hash and source path).

    Returns:
        A batch with deterministic ids; facts that cannot be placed are listed in ``warnings``.

    >>> from loaders.models import Meeting
    >>> doc = Document(source="a.txt", doc="ab" * 32, format="text", text="", simplified="")
    >>> to_batch(Extraction(meeting=Meeting(issuer="长宁区人民政府")), doc).nodes
    []
    """
    return _Builder(extraction, document).build()


class _Builder:
    """Collects nodes and edges for one document; each ``add_*`` handles one kind of fact."""

    def __init__(self, extraction: Extraction, document: Document) -> None:
        self.x = extraction
        self.doc = document.doc
        self.source = document.source
        self.gov = extraction.meeting.issuer
        self.date = extraction.meeting.date
        self.nodes: dict[str, Node] = {}
        self.edges: dict[str, Edge] = {}
        self.warnings: list[str] = []
        self.meeting = self._meeting_node()
        self.plans = {clean_name(p.simplified or p.title): p for p in extraction.plans}
        self.initiatives = {clean_name(i.simplified or i.name): i for i in extraction.initiatives}
        self.bureaus = {b.name: b for b in extraction.bureaus}

    def build(self) -> GraphBatch:
        for reported in self.x.reported:
            self.add_reported(reported)
        for directed in self.x.directed:
            (self.add_group_directed if directed.group else self.add_directed)(directed)
        for approved in self.x.approved:
            self.add_approved(approved)
        for related in self.x.related:
            self.add_related(related)
        self.add_agenda()
        return GraphBatch(
            doc=self.doc,
            source=self.source,
            date=self.date,
            nodes=list(self.nodes.values()),
            edges=list(self.edges.values()),
            warnings=self.warnings,
        )

    def _meeting_node(self) -> Node:
        m = self.x.meeting
        node_id = meeting_id(self.gov, m.date, m.ordinal, self.doc)
        fields = {
            "title": m.title,
            "doc_number": m.doc_number,
            "date": m.date,
            "ordinal": m.ordinal,
        }
        fields |= {"chair": m.chair, "chair_title": m.chair_title, "government": self.gov}
        props = {key: value for key, value in fields.items() if value is not None}
        name = m.title or f"{self.gov or UNKNOWN_GOVERNMENT} {m.date or self.doc[:HASH_PREFIX]}"
        return Node(id=node_id, label="Meeting", name=name, docs=[self.doc], props=props)

    def _use(self, node: Node) -> str:
        """Put ``node`` in the batch (merging bureau aliases) and return its id."""
        seen = self.nodes.get(node.id)
        if seen is None:
            self.nodes[node.id] = node.model_copy(update={"docs": [self.doc]})
        elif "aliases" in node.props:
            props, more = seen.known, node.known
            props["aliases"] = sorted({*props.get("aliases", []), *more["aliases"]})
            props["resolved"] = props["resolved"] or more["resolved"]
        return node.id

    def _bureau(self, written: str, canonical: str | None) -> str:
        listed = self.bureaus.get(written)
        name = clean_name(canonical or (listed and listed.canonical) or written)
        gov = (listed and listed.government) or self.gov
        props: NodeProps = {
            "government": gov or UNKNOWN_GOVERNMENT,
            "aliases": [self._alias(written)],
            "resolved": bool(listed and listed.resolved),
        }
        node = Node(id=make_id("bureau", gov, name), label="Bureau", name=name, props=dict(props))
        return self._use(node)

    def _alias(self, written: str) -> str:
        """Return the bureau name as written (simplified); edges keep it so stores can
        recompute a bureau's aliases when a document goes."""
        listed = self.bureaus.get(written)
        return clean_name((listed and listed.simplified) or written)

    def _plan(self, key: str) -> str:
        title = clean_name(key)
        props = {"government": self.gov or UNKNOWN_GOVERNMENT}
        node = Node(
            id=make_id("plan", self.gov, title), label="PolicyPlan", name=title, props=props
        )
        return self._use(node)

    def _initiative(self, key: str) -> str:
        name = clean_name(key)
        props = {"government": self.gov or UNKNOWN_GOVERNMENT}
        node_id = make_id("initiative", self.gov, name)
        return self._use(Node(id=node_id, label="Initiative", name=name, props=props))

    def _target(self, name: str, initiative_first: bool = False) -> str | None:
        """Return the plan or initiative node a name refers to, ``None`` when neither.

        A plan may carry its initiative's very name (《防汛抗旱应急预案》): ``initiative_first``
        says which of the two the name means where both exist.
        """
        key = clean_name(name)
        kinds: list[tuple[Mapping[str, object], Callable[[str], str]]] = [
            (self.plans, self._plan),
            (self.initiatives, self._initiative),
        ]
        for names, node in reversed(kinds) if initiative_first else kinds:
            if key in names:
                return node(key)
        return None

    def _subject(self, subject: str, item: int) -> str | None:
        """Return the node a reported subject is about: its plan, else its item's initiative."""
        found = self._target(subject)
        if found:
            return found
        key = clean_name(subject)
        of_item = [k for k, i in self.initiatives.items() if i.item == item]
        candidates = of_item or list(self.initiatives)
        best = max(candidates, key=lambda k: _overlap(k, key), default=None)
        if best is None or (not of_item and _overlap(best, key) < SUBJECT_SHARE):
            return None
        return self._initiative(best)

    def _edge(
        self,
        type_: str,
        source: str,
        target: str,
        fact: Fact,
        more: EdgeProps | None = None,
        **fields: str | int | None,
    ) -> None:
        """Add an edge whose id comes from ``fields``; ``more`` are properties outside its id."""
        props = provenance(fact, self.doc, self.source, self.date) | (more or {})
        edge = keyed_edge(type_, self.doc, source, target, props, **fields)
        self.edges[edge.id] = edge

    def add_reported(self, r: Reported) -> None:
        target = self._subject(r.subject, r.item)
        if target is None:
            self.warnings.append(
                f"{self.source}: the report of {r.bureau!r} on {r.subject!r} (item {r.item}) is "
                "not loaded: no plan or initiative of the minutes matches its subject"
            )
            return
        bureau = self._bureau(r.bureau, r.canonical)
        self._edge("REPORTED", bureau, target, r, item=r.item, role=r.role, bureau=r.bureau,
                   alias=self._alias(r.bureau), subject=r.subject, meeting=self.meeting.id)  # fmt: skip

    def add_directed(self, d: Directed) -> None:
        meeting = self._use(self.meeting)
        bureau = self._bureau(d.to, d.canonical)
        alias = self._alias(d.to)
        self._edge("DIRECTED", meeting, bureau, d, item=d.item, directive=d.directive, to=d.to,
                   alias=alias)  # fmt: skip

    def add_group_directed(self, d: Directed) -> None:
        """A directive to a collective: on the item's initiative, else on its plan."""
        target = self._item_subject(d.item)
        if target is None:
            self.warnings.append(
                f"{self.source}: the directive to {d.to!r} (item {d.item}) is not loaded: its item "
                "has no plan or initiative to hold a directive to a collective"
            )
            return
        meeting = self._use(self.meeting)
        self._edge("DIRECTED", meeting, target, d, {"group": True}, item=d.item,
                   directive=d.directive, to=d.to)  # fmt: skip

    def _item_subject(self, item: int) -> str | None:
        """Return the node an item is about: its first initiative, else its first plan."""
        initiatives = [key for key, i in self.initiatives.items() if i.item == item]
        if initiatives:
            return self._initiative(initiatives[0])
        plans = [key for key, p in self.plans.items() if p.item == item]
        return self._plan(plans[0]) if plans else None

    def add_approved(self, a: Approved) -> None:
        key = next((k for k, p in self.plans.items() if p.title == a.plan), None)
        if key is None:
            self.warnings.append(f"{self.source}: approved plan {a.plan!r} is not a plan")
            return
        meeting = self._use(self.meeting)
        more: EdgeProps | None = {"verb": a.verb} if a.verb else None
        self._edge("RELATED_TO", meeting, self._plan(key), a, more, kind="approved", item=a.item)

    def add_related(self, r: Related) -> None:
        # implements: plan → initiative; the other kinds link two initiatives.
        source = self._target(r.from_, initiative_first=r.kind != "implements")
        target = self._target(r.to, initiative_first=True)
        if source is None or target is None:
            self.warnings.append(f"{self.source}: unknown end of {r.kind} {r.from_!r} → {r.to!r}")
            return
        self._edge("RELATED_TO", source, target, r, kind=r.kind, why=r.why)

    def add_agenda(self) -> None:
        things: list[tuple[str, Plan | Initiative]] = [
            (self._plan(k), p) for k, p in self.plans.items()
        ]
        things += [(self._initiative(k), i) for k, i in self.initiatives.items()]
        for target, fact in things:
            meeting = self._use(self.meeting)
            self._edge("RELATED_TO", meeting, target, fact, kind="agenda", item=fact.item)


def _overlap(name: str, subject: str) -> float:
    """Return the share of ``name``'s characters found in ``subject``.

    >>> _overlap("招商引资", "2024年一季度招商引资工作完成情况")
    1.0
    """
    chars = set(name)
    return len(chars & set(subject)) / len(chars) if chars else 0.0
