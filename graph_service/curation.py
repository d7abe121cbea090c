"""Curators' decisions about bureau identity, stored as data and applied to every load.

A decision says what a name means within one government, optionally between two dates:

- ``merge``: the name as written is that bureau (an alias row: 区重大办 → 区重大工程建设推进办公室);
- ``split``: the name is a unit of its own, not the bureau the registry maps it to (an alias row
  to itself or to a new name); splitting an unresolved name into itself confirms it;
- ``rename``: a bureau has a new canonical name (a rename row; dated, it is a reorganisation: its
  meetings before the date keep the old unit, later ones the new).

Decisions are laid over the registry files (:meth:`loaders.extract.registry.Registry.overlay`) for every
load, so they survive reloading any document. Taking one rewrites at once every file it touches:
each file's batch is read back from the graph, its bureau edges resolved again, and the batch
written in one transaction, with the edge ids a fresh load of the file would give.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from graph_service.graph_models import Edge, GraphBatch, Node
from graph_service.store import GraphStore, cypher
from loaders.batch import KEY_FIELDS, UNKNOWN_GOVERNMENT, clean_name, make_id, rekey
from loaders.errors import MinutesKGError
from loaders.extract.registry import Alias, Registry, load_registry

Kind = Literal["merge", "split", "rename"]
# Kept by the stores as they write; a batch read back must not carry them into the next write.
MAINTAINED = ("first", "last", "aliases", "resolved")


class DecisionError(MinutesKGError):
    """A decision cannot be taken as given; the message says what to change."""


class Decision(BaseModel):
    """One curator's decision about what a bureau name means."""

    id: str = Field(default_factory=lambda: f"decision:{secrets.token_hex(6)}")
    kind: Kind
    government: str = Field(description="the government's full name, e.g. 长宁区人民政府")
    name: str = Field(description="merge/split: the name as written; rename: the bureau's name")
    target: str = Field(
        description="merge: the bureau it is; split: its own name; rename: new name"
    )
    valid_from: str | None = Field(None, description="first meeting date it applies to")
    valid_to: str | None = Field(None, description="last meeting date it applies to")
    by: str | None = Field(None, description="who decided")
    at: str = Field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    note: str | None = None

    @field_validator("*")
    @classmethod
    def _no_nul(cls, value: Any) -> Any:
        # FalkorDB cannot carry a NUL in a query parameter; refused here, it is a 422, not a 503.
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("must not hold a NUL character")
        return value

    @field_validator("government", "name", "target")
    @classmethod
    def _named(cls, value: str) -> str:
        value = clean_name(value)
        if not value:
            raise ValueError("must not be empty")
        return value

    @field_validator("valid_from", "valid_to")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise ValueError(f"{value!r} is not a date; write YYYY-MM-DD") from None
        return value or None

    @model_validator(mode="after")
    def _ordered(self) -> Decision:
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValueError(f"valid_to {self.valid_to} is before valid_from {self.valid_from}")
        if self.kind != "split" and self.name == self.target:
            raise ValueError(f"{self.kind} of {self.name!r} into itself changes nothing")
        return self

    def row(self) -> Alias:
        """Return the registry row this decision stands for."""
        return Alias(self.government, self.name, self.target, self.valid_from or "",
                     self.valid_to or "")  # fmt: skip


def explain(error: ValidationError) -> str:
    """Return what is wrong with a decision, field by field, for people."""
    return "; ".join(
        f"{'.'.join(map(str, e['loc'])) or 'decision'}: {e['msg'].removeprefix('Value error, ')}"
        for e in error.errors()
    )


class DecisionResult(BaseModel):
    """A decision taken (or withdrawn) and the files rewritten to apply it."""

    decision: Decision
    withdrawn: bool = False
    load: str | None = Field(None, description="the load record of the rewrite")
    files: dict[str, str] = Field(default_factory=dict, description="file → added/replaced/…")


def decisions(store: GraphStore) -> list[Decision]:
    """Return every stored decision, oldest first."""
    rows = store.read(cypher("q_decisions", store.dialect), {})
    return [Decision.model_validate(row[0]) for row in rows]


def overlay(registry: Registry, taken: Iterable[Decision]) -> Registry:
    """Return ``registry`` with the decisions on top, later decisions winning.

    >>> d = Decision(kind="merge", government="甲区人民政府", name="区重大办", target="区重大工程办公室")
    >>> overlay(Registry([]), [d]).resolve("区重大办", "甲区人民政府")
    Resolution(canonical='区重大工程办公室', known=True)
    """
    taken = list(taken)
    aliases = [d.row() for d in taken if d.kind != "rename"]
    return registry.overlay(aliases, [d.row() for d in taken if d.kind == "rename"])


def curated_registry(store: GraphStore) -> Registry:
    """Return the registry files' aliases with the store's decisions on top."""
    return overlay(load_registry(), decisions(store))


def affected_files(store: GraphStore, decision: Decision) -> list[str]:
    """Return the files with an edge the decision may move, in order."""
    gov = decision.government
    ask = store.read
    files = ask(cypher("q_alias_files", store.dialect), {"government": gov, "name": decision.name})
    ids = [make_id("bureau", gov, name) for name in (decision.name, decision.target)]
    files += ask(cypher("q_bureau_files", store.dialect), {"ids": ids})
    return sorted({file for (file,) in files if file})


def file_batch(store: GraphStore, file: str) -> GraphBatch | None:
    """Return the batch the graph holds for ``file`` (as its last write left it), or ``None``."""
    rows = store.read(cypher("q_file_facts", store.dialect), {"file": file})
    if not rows:
        return None
    nodes: dict[str, Node] = {}
    edges: list[Edge] = []
    for start, edge, end in rows:
        nodes |= {node.id: _as_written(node) for node in (start, end)}
        edges.append(_as_written_edge(edge))
    dates = [edge.props["date"] for edge in edges if edge.props.get("date")]
    return GraphBatch(doc=edges[0].props["doc"], source=file, date=min(dates, default=None),
                      nodes=list(nodes.values()), edges=edges)  # fmt: skip


def _as_written(node: Node) -> Node:
    props = {key: value for key, value in node.props.items() if key not in MAINTAINED}
    return node.model_copy(update={"docs": [], "props": props})


def _as_written_edge(edge: Edge) -> Edge:
    props = {key: value for key, value in edge.props.items() if key not in ("load", "loaded_at")}
    return edge.model_copy(update={"props": props})


def resolve_batch(batch: GraphBatch, registry: Registry) -> GraphBatch:
    """Return ``batch`` with every bureau edge resolved again by ``registry``.

    Each bureau edge keeps the name as written (``alias``); the bureau it points to is what that
    name means in the government on the edge's date, exactly as a fresh load would find it.
    """
    nodes = {node.id: node for node in batch.nodes if node.label != "Bureau"}
    old = {node.id: node for node in batch.nodes}
    edges = []
    for edge in batch.edges:
        if edge.type not in KEY_FIELDS:
            edges.append(edge)
            continue
        end = edge.source if edge.type == "REPORTED" else edge.target
        bureau = _resolved(old[end], edge, registry, nodes)
        ends = (bureau, edge.target) if edge.type == "REPORTED" else (edge.source, bureau)
        edges.append(rekey(edge, *ends))
    return batch.model_copy(update={"nodes": list(nodes.values()), "edges": edges})


def _resolved(old: Node, edge: Edge, registry: Registry, nodes: dict[str, Node]) -> str:
    """Return the id of the bureau ``edge`` names, adding or updating its node in ``nodes``."""
    gov = old.props.get("government") or UNKNOWN_GOVERNMENT
    written = edge.props.get("alias") or old.name
    known_gov = None if gov == UNKNOWN_GOVERNMENT else gov
    resolution = registry.resolve(written, known_gov, edge.props.get("date"))
    name = clean_name(resolution.canonical)
    node_id = make_id("bureau", known_gov, name)
    props: dict[str, Any] = {"government": gov, "aliases": [], "resolved": False}
    node = nodes.setdefault(node_id, Node(id=node_id, label="Bureau", name=name, props=props))
    node.props["aliases"] = sorted({*node.props["aliases"], written})
    node.props["resolved"] = node.props["resolved"] or resolution.known
    return node_id
