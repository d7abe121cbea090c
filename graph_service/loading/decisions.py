"""Curators' decisions about bureau identity: the model, the stored list, and the registry they make.

A decision says what a name means within one government, optionally between two dates:

- ``merge``: the name as written is that bureau (an alias row: 区重大办 → 区重大工程建设推进办公室);
- ``split``: the name is a unit of its own, not the bureau the registry maps it to (an alias row
  to itself or to a new name); splitting an unresolved name into itself confirms it;
- ``rename``: a bureau has a new canonical name (a rename row; dated, it is a reorganisation: its
  meetings before the date keep the old unit, later ones the new).

Decisions are laid over the registry files (:meth:`loaders.extract.registry.Registry.overlay`)
for every load, so they survive reloading any document. Taking one
(:mod:`graph_service.curation.review`) rewrites the files it touches
(:mod:`graph_service.curation.rewrite`).
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from graph_service.loading.ids import clean_name
from graph_service.settings import Settings
from graph_service.stores.protocol import GraphStore
from loaders.errors import MinutesKGError
from loaders.extract.registry import Alias, Registry, load_registry

Kind = Literal["merge", "split", "rename"]
MAX_NAME_CHARS = 100
"""Longest government or bureau name a decision takes (the longest real ones are under 40)."""
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class DecisionError(MinutesKGError):
    """A decision cannot be taken as given; the message says what to change."""


class Decision(BaseModel):
    """One curator's decision about what a bureau name means."""

    id: str = Field(default_factory=lambda: f"decision:{secrets.token_hex(6)}")
    kind: Kind
    government: str = Field(
        max_length=MAX_NAME_CHARS, description="the government's full name, e.g. 长宁区人民政府"
    )
    name: str = Field(
        max_length=MAX_NAME_CHARS,
        description="merge/split: the name as written; rename: the bureau's name",
    )
    target: str = Field(
        max_length=MAX_NAME_CHARS,
        description="merge: the bureau it is; split: its own name; rename: new name",
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
            # Strictly YYYY-MM-DD: date.fromisoformat alone also takes weeks (2024W011) and 20240101.
            try:
                if not _ISO_DAY.fullmatch(value):
                    raise ValueError
                date.fromisoformat(value)
            except ValueError:
                raise ValueError(f"{value[:40]!r} is not a date; write YYYY-MM-DD") from None
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


def decisions(store: GraphStore) -> list[Decision]:
    """Return every stored decision, oldest first."""
    rows = store.read_named("q_decisions")
    return [Decision.model_validate(decision) for decision in rows.column("decision")]


def overlay(registry: Registry, taken: Iterable[Decision]) -> Registry:
    """Return ``registry`` with the decisions on top, later decisions winning.

    >>> d = Decision(kind="merge", government="甲区人民政府", name="区重大办", target="区重大工程办公室")
    >>> overlay(Registry([]), [d]).resolve("区重大办", "甲区人民政府")
    Resolution(canonical='区重大工程办公室', known=True)
    """
    taken = list(taken)
    aliases = [d.row() for d in taken if d.kind != "rename"]
    return registry.overlay(aliases, [d.row() for d in taken if d.kind == "rename"])


def curated_registry(store: GraphStore, registry: str | None = None) -> Registry:
    """Return the registry files' aliases with the store's decisions on top.

    Args:
        store: the store holding the decisions.
        registry: extra registry files (``os.pathsep``-separated); the ``MKG_REGISTRY`` setting
            by default.
    """
    extra = Settings().registry if registry is None else registry
    return overlay(load_registry(extra), decisions(store))
