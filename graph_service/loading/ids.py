"""Ids from content: the same document always gives the same node and edge ids.

Node ids are readable (``bureau:<government>:<canonical name>``); an edge id is its type, its
document and a digest of its ends and its key fields (:data:`KEY_FIELDS`), taken by name, so
curators' decisions (:func:`rekey`) and a fresh load agree on every edge.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Mapping

from graph_service.graph_models import Edge

UNKNOWN_GOVERNMENT = "?"
HASH_PREFIX = 16
"""Hex characters of a SHA-256 digest kept in ids: a document's hash, an edge's key digest."""


def clean_name(text: str) -> str:
    """Return ``text`` NFKC-normalised with all whitespace removed.

    Args:
        text: a name as written.

    Returns:
        The form used inside ids and for matching names.

    >>> clean_name("区应急 管理局")
    '区应急管理局'
    """
    return "".join(unicodedata.normalize("NFKC", text).split())


def make_id(kind: str, government: str | None, key: str) -> str:
    """Return the readable id of a node.

    Args:
        kind: ``bureau``, ``plan``, ``initiative`` or ``meeting``.
        government: the government's full name, ``None`` when unknown.
        key: the canonical name, title, or ``date:ordinal`` of the node.

    Returns:
        ``kind:government:key``.

    >>> make_id("bureau", "长宁区人民政府", "区应急管理局")
    'bureau:长宁区人民政府:区应急管理局'
    >>> make_id("plan", None, "工作方案")
    'plan:?:工作方案'
    """
    return f"{kind}:{government or UNKNOWN_GOVERNMENT}:{clean_name(key)}"


def meeting_id(government: str | None, date: str | None, ordinal: int | None, doc: str) -> str:
    """Return the meeting id, falling back to the document hash when date or ordinal is unknown.

    Args:
        government: the issuing government, ``None`` when unknown.
        date: the ISO meeting date.
        ordinal: the meeting's number (第73次 → 73).
        doc: the document's content hash.

    Returns:
        The meeting's id.

    >>> meeting_id("长宁区人民政府", "2024-04-24", 73, "ab" * 32)
    'meeting:长宁区人民政府:2024-04-24:73'
    >>> meeting_id(None, None, 73, "ab" * 32)
    'meeting:?:doc:abababababababab'
    """
    key = f"{date}:{ordinal}" if date and ordinal is not None else f"doc:{doc[:HASH_PREFIX]}"
    return make_id("meeting", government, key)


def edge_id(kind: str, doc: str, *parts: object) -> str:
    """Return a deterministic edge id, unique within one document.

    Args:
        kind: the edge type.
        doc: the document's content hash.
        *parts: endpoints and the fields that tell two edges of one document apart.

    Returns:
        ``TYPE:doc[:16]:digest``.

    >>> edge_id("REPORTED", "ab" * 32, "bureau:x", "plan:y", 1, "lead")[:26]
    'REPORTED:abababababababab:'
    """
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:HASH_PREFIX]
    return f"{kind}:{doc[:HASH_PREFIX]}:{digest}"


# The fields, besides its ends, that tell two edges of one document apart, in the order their
# values enter the id (see edge_id). These are the bureau edges, which curators' decisions move.
KEY_FIELDS = {
    "REPORTED": ("item", "role", "bureau", "alias", "subject", "meeting"),
    "DIRECTED": ("item", "directive", "to", "alias"),
}
# A RELATED_TO edge is an agenda entry or an approval (told apart by its item) or a relation
# (by its reason).
RELATED_KEY_FIELDS = {"agenda": ("kind", "item"), "approved": ("kind", "item")}
RELATION_KEY_FIELDS = ("kind", "why")


def key_fields(edge_type: str, kind: str | None = None) -> tuple[str, ...]:
    """Return the names of the fields that, with its ends, make an edge's id.

    >>> key_fields("DIRECTED"), key_fields("RELATED_TO", "agenda")
    (('item', 'directive', 'to', 'alias'), ('kind', 'item'))
    """
    if edge_type in KEY_FIELDS:
        return KEY_FIELDS[edge_type]
    return RELATED_KEY_FIELDS.get(kind or "", RELATION_KEY_FIELDS)


def keyed_edge(
    edge_type: str,
    doc: str,
    source: str,
    target: str,
    props: Mapping[str, object],
    **fields: str | int | None,
) -> Edge:
    """Return an edge whose id comes from its ends and its key fields, taken by name.

    The order the fields are given in does not matter; a field left out counts as unknown.

    Raises:
        ValueError: a field is not one of the edge's key fields.

    >>> a = keyed_edge("DIRECTED", "ab" * 32, "m", "b", {}, item=1, to="区体育局")
    >>> a.id == keyed_edge("DIRECTED", "ab" * 32, "m", "b", {}, to="区体育局", item=1).id
    True
    """
    kind = fields.get("kind")
    names = key_fields(edge_type, None if kind is None else str(kind))
    if unknown := sorted(set(fields) - set(names)):
        raise ValueError(f"{edge_type}: {unknown} are not key fields; use {list(names)}")
    values = [fields.get(name) for name in names]
    known = {key: value for key, value in fields.items() if value is not None}
    return Edge(id=edge_id(edge_type, doc, source, target, *values), type=edge_type,
                source=source, target=target, props={**props, **known})  # fmt: skip


def rekey(edge: Edge, source: str, target: str) -> Edge:
    """Return ``edge`` moved to new ends, with the id a fresh load of its document would give it.

    Curators' decisions move bureau edges this way; the ids must match, so that loading the
    document again later finds every edge in place.

    Args:
        edge: a ``REPORTED`` or ``DIRECTED`` edge as stored.
        source: the new start node id.
        target: the new end node id.

    Returns:
        The moved edge.

    >>> e = Edge(id="x", type="DIRECTED", source="m", target="b1", props={"doc": "ab" * 32, "item": 1})
    >>> rekey(e, "m", "b2").id == edge_id("DIRECTED", "ab" * 32, "m", "b2", 1, None, None, None)
    True
    """
    names = key_fields(edge.type, edge.known.get("kind"))
    new_id = edge_id(edge.type, edge.known["doc"], source, target,
                     *(edge.props.get(name) for name in names))  # fmt: skip
    return edge.model_copy(update={"id": new_id, "source": source, "target": target})
