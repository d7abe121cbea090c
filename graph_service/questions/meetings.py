"""What a meeting covered, and the dated events of a bureau or an initiative."""

from __future__ import annotations

from collections import defaultdict

from graph_service.graph_models import Edge, Node
from graph_service.questions.answers import (
    Approval,
    CollectiveDirective,
    Directive,
    MeetingAnswer,
    MeetingItem,
    NodeRef,
    Report,
    Timeline,
    TimelineEvent,
)
from graph_service.questions.asking import QuestionError, ask, ask_many
from graph_service.questions.graph import find_node, nodes_by_id
from graph_service.stores.protocol import GraphReader
from graph_service.stores.records import Row

TIMELINE_LABELS = ("Bureau", "Initiative")
Event = tuple[str, Edge, Node]
"""A timeline's event as its queries return it: its kind, the fact, and the node at its other end."""


def meeting(store: GraphReader, meeting_id: str, as_of: str | None = None) -> MeetingAnswer | None:
    """Return a meeting with its items, reports, directives (to bureaus and to collectives) and
    approvals, or ``None`` when missing (or, with ``as_of``, held after that date)."""
    # The three are sent together (one round trip); the facts of a meeting held after ``as_of``
    # are read for nothing.
    found, facts, decided = ask_many(store, ("q_meeting_node", {"id": meeting_id, "as_of": as_of}),
                                     ("q_meeting_facts", {"id": meeting_id}),
                                     ("q_meeting_decided", {"id": meeting_id}))  # fmt: skip
    if not found:
        return None
    node: Node = found[0]["n"]
    items: dict[int | None, MeetingItem] = defaultdict(MeetingItem)
    for row in facts:
        _add_fact(items[row["item"]], row)
    for row in decided:
        edge: Edge = row["r"]
        _add_decided(items[edge.known.get("item")], edge, row["t"])
    for number, item in items.items():
        item.number = number
        item.plans.sort(key=lambda ref: ref.id)
        item.initiatives.sort(key=lambda ref: ref.id)
        # Copies of one set of minutes give facts equal but for their wording: order by all fields.
        item.reported.sort(key=lambda r: (r.role != "lead", r.bureau.id, r.model_dump_json()))
        item.directed.sort(key=lambda d: (d.bureau.id, d.model_dump_json()))
        item.collective.sort(key=lambda d: ((d.evidence or ""), d.model_dump_json()))
        item.approved.sort(key=lambda a: (a.plan.id, a.model_dump_json()))
    ordered = sorted(items.values(), key=lambda item: (item.number is None, item.number or 0))
    return MeetingAnswer(meeting=node, items=ordered)


def _add_fact(item: MeetingItem, row: Row) -> None:
    """Add one row of ``q_meeting_facts`` (an agenda entry, a report or a directive) to ``item``."""
    kind = row["kind"]
    subject = row["subject"] and NodeRef(id=row["subject"], label=row["subject_label"],
                                         name=row["subject_name"],
                                         government=row["subject_government"])  # fmt: skip
    bureau = row["bureau"] and NodeRef(id=row["bureau"], label="Bureau", name=row["bureau_name"],
                                       government=row["government"])  # fmt: skip
    if kind == "agenda":
        (item.plans if row["subject_label"] == "PolicyPlan" else item.initiatives).append(subject)
    elif kind == "reported":
        item.reported.append(Report(bureau=bureau, written=row["written"], role=row["role"],
                                    subject=subject, evidence=row["evidence"]))  # fmt: skip
    else:
        item.directed.append(Directive(bureau=bureau, written=row["written"],
                                       directive=row["directive"], evidence=row["evidence"]))  # fmt: skip


def _add_decided(item: MeetingItem, edge: Edge, subject: Node) -> None:
    """Add a directive to a collective or an approval (see ``q_meeting_decided``) to ``item``."""
    props = edge.known
    if edge.type == "DIRECTED":
        item.collective.append(CollectiveDirective(
            to=props.get("to") or "", subject=NodeRef.of(subject),
            directive=props.get("directive"), evidence=props.get("evidence")))  # fmt: skip
    else:
        item.approved.append(Approval(plan=NodeRef.of(subject), verb=props.get("verb"),
                                      evidence=props.get("evidence")))  # fmt: skip


def timeline(store: GraphReader, node_id: str, as_of: str | None = None) -> Timeline | None:
    """Return the dated events of a bureau or an initiative, oldest first, or ``None``.

    Raises:
        QuestionError: the node is a meeting or a plan.
    """
    node = find_node(store, node_id, as_of=as_of)
    if node is None:
        return None
    if node.label not in TIMELINE_LABELS:
        raise QuestionError(
            f"{node_id}: timelines are for bureaus and initiatives, not {node.label}"
        )
    name = "q_timeline_bureau" if node.label == "Bureau" else "q_timeline_agenda"
    rows = ask(store, name, id=node_id, as_of=as_of)
    found: list[Event] = [(row["kind"], row["fact"], row["other"]) for row in rows]
    if node.label != "Bureau":
        found += _owner_events(store, node_id, as_of)
    meetings = nodes_by_id(store, sorted({m for _, fact, _ in found if (m := _meeting_of(fact))}))
    events = [_event(kind, fact, other, meetings) for kind, fact, other in found]
    events.sort(key=lambda e: (e.date is None, e.date or "", e.meeting.id if e.meeting else "",
                               e.item or 0, e.kind, e.other.id, e.edge))  # fmt: skip
    dated = [event.meeting for event in events if event.date and event.meeting]
    return Timeline(node=NodeRef.of(node), events=events, first_meeting=dated[0] if dated else None,
                    last_meeting=dated[-1] if dated else None)  # fmt: skip


def _owner_events(store: GraphReader, initiative_id: str, as_of: str | None) -> list[Event]:
    """Return the reports and directives that make bureaus co-owners of the initiative."""
    rows = ask(store, "q_initiative_bureaus", ids=[initiative_id], as_of=as_of)
    return [("directed" if row["role"] == "directed" else "reported", row["fact"], row["bureau"])
            for row in rows]  # fmt: skip


def _meeting_of(edge: Edge) -> str | None:
    """Return the meeting id of a fact: the source of directives and agenda edges."""
    return edge.known.get("meeting") if edge.type == "REPORTED" else edge.source


def _event(kind: str, edge: Edge, other: Node, meetings: dict[str, Node]) -> TimelineEvent:
    meeting_node = meetings.get(_meeting_of(edge) or "")
    props = edge.known
    return TimelineEvent(
        date=props.get("date"),
        kind=kind,
        meeting=NodeRef.of(meeting_node) if meeting_node else None,
        item=props.get("item"),
        other=NodeRef.of(other),
        role=props.get("role"),
        directive=props.get("directive"),
        to=props.get("to") if kind == "collective" else None,
        evidence=props.get("evidence"),
        doc=props.get("doc"),
        edge=edge.id,
    )
