"""Atom feeds of a bureau's or an initiative's reports and directives, newest meeting first.

A bureau's feed holds what it reported and what meetings directed it to do; an initiative's feed
holds the reports on it and on the plans implementing it, and the directives given in the meeting
items about it, to bureaus and to collectives (各乡镇, 各相关部门 …). Each entry's id is the edge id as a ``tag:`` URI, so it never changes when the
feed is fetched again; ``updated`` is the meeting date and the content is the sentence of the
minutes. Undated facts cannot be placed in a feed and are left out; a feed holds at most
:data:`MAX_ENTRIES` entries. The XML is written by ``feedgen``, which escapes every value.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from typing import Literal
from urllib.parse import quote

from feedgen.feed import FeedGenerator
from pydantic import BaseModel, Field

from graph_service.graph_models import Edge, Node
from graph_service.questions.answers import NodeRef
from graph_service.questions.asking import ask
from graph_service.questions.graph import find_node
from graph_service.stores.protocol import GraphReader

FeedKind = Literal["bureau", "initiative"]
LABELS: dict[str, str] = {"bureau": "Bureau", "initiative": "Initiative"}
QUERIES: dict[str, str] = {"bureau": "q_feed_bureau", "initiative": "q_feed_initiative"}
TAG_AUTHORITY = "minutes-kg,2024"
MAX_ENTRIES = 200
# Meetings are dated in Chinese local time; the minutes give no hour.
CHINA = timezone(timedelta(hours=8))
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class FeedEntry(BaseModel):
    """One report or directive in a feed."""

    id: str = Field(description="the edge id as a tag: URI")
    title: str
    date: str = Field(description="the meeting date")
    meeting: str | None = Field(None, description="id of the meeting")
    item: int | None = Field(None, description="the agenda item of that meeting")
    kind: Literal["reported", "directed"]
    content: str = Field(description="the sentence of the minutes")


class Feed(BaseModel):
    """The feed of one bureau or initiative."""

    kind: FeedKind
    node: NodeRef
    entries: list[FeedEntry] = Field(default_factory=list)


def xml_text(text: str) -> str:
    """Return ``text`` without the control characters XML cannot hold.

    >>> xml_text("区体育局\\x01汇报")
    '区体育局汇报'
    """
    return _NOT_XML.sub("", text)


def tag_uri(key: str) -> str:
    """Return a stable ``tag:`` URI for ``key`` (percent-encoded where a URI needs it).

    >>> tag_uri("REPORTED:ab:cd")
    'tag:minutes-kg,2024:REPORTED:ab:cd'
    >>> tag_uri("feed:bureau:区体育局")
    'tag:minutes-kg,2024:feed:bureau:%E5%8C%BA%E4%BD%93%E8%82%B2%E5%B1%80'
    """
    return f"tag:{TAG_AUTHORITY}:{quote(key, safe=':/')}"


def named(ref: NodeRef) -> str:
    """Return a bureau's name with its government (every district has a 区应急管理局), else the name.

    >>> named(NodeRef(id="b", label="Bureau", name="区体育局", government="长宁区人民政府"))
    '区体育局（长宁区人民政府）'
    """
    if ref.label == "Bureau" and ref.government:
        return f"{ref.name}（{ref.government}）"
    return ref.name


def _entry(bureau: Node | None, edge: Edge, subject: Node) -> FeedEntry:
    """One entry; ``bureau`` is ``None`` for a directive to a collective, named by its ``to``."""
    props = edge.known
    meeting: str | None
    if edge.type == "DIRECTED":
        what, meeting = f"部署：{props.get('directive') or subject.name}", edge.source
    else:
        what, meeting = f"汇报：{subject.name}", props.get("meeting")
    who = named(NodeRef.of(bureau)) if bureau is not None else props.get("to") or "有关方面"
    title, kind = f"{who} — {what}", edge.type.lower()
    return FeedEntry(id=tag_uri(edge.id), title=title, date=props["date"], meeting=meeting,
                     item=props.get("item"), kind=kind,
                     content=(props.get("evidence") or title).strip())  # fmt: skip


def feed(store: GraphReader, kind: FeedKind, node_id: str) -> Feed | None:
    """Return the feed of a bureau or an initiative, or ``None`` when no such node exists."""
    node = find_node(store, node_id, LABELS[kind])
    if node is None:
        return None
    rows = ask(store, QUERIES[kind], id=node_id)
    facts: list[tuple[Node | None, Edge, Node]] = [
        (row["bureau"], row["fact"], row["subject"]) for row in rows
    ]
    entries = {fact.id: _entry(bureau, fact, subject)
               for bureau, fact, subject in facts if fact.known.get("date")}  # fmt: skip
    # Within a meeting, items in order and each item's report before its directives.
    ordered = sorted(entries.values(), key=lambda e: (e.meeting or "", e.item or 0,
                                                      e.kind != "reported", e.id))  # fmt: skip
    ordered.sort(key=lambda e: e.date, reverse=True)
    return Feed(kind=kind, node=NodeRef.of(node), entries=ordered[:MAX_ENTRIES])


def _moment(day: str) -> datetime:
    return datetime.combine(date.fromisoformat(day), datetime.min.time(), CHINA)


def to_atom(found: Feed, base_url: str) -> bytes:
    """Return the feed as Atom XML; links are absolute, under ``base_url``."""
    base = base_url.rstrip("/")
    page = f"{base}/nodes/{quote(found.node.id, safe='')}"
    gen = FeedGenerator()
    gen.id(tag_uri(f"feed:{found.node.id}"))
    gen.title(xml_text(f"{named(found.node)} · 汇报与部署"))
    gen.author({"name": "会议纪要知识图谱"})
    gen.link(href=page, rel="alternate")
    gen.link(href=f"{base}/feeds/{found.kind}/{quote(found.node.id, safe='')}.atom", rel="self")
    gen.language("zh-CN")
    gen.updated(_moment(found.entries[0].date if found.entries else "1970-01-01"))
    for item in found.entries:
        entry = gen.add_entry(order="append")
        entry.id(item.id)
        entry.title(xml_text(item.title))
        entry.updated(_moment(item.date))
        entry.content(xml_text(item.content), type="text")
        if item.meeting:
            entry.link(href=f"{base}/meetings/{quote(item.meeting, safe='')}")
    atom: bytes = gen.atom_str(pretty=True)
    return atom
