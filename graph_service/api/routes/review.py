"""Curation over HTTP: the review queue and curators' decisions (merge, split, rename, withdraw).

Decisions change the graph, so they need the API key when ``MKG_API_KEY`` is set, like uploads
(checked before the body is read, in :mod:`graph_service.api.guard`).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field, ValidationError

from graph_service.api.deps import IdPath, StoreDep
from graph_service.curation import review
from graph_service.curation.review import BureauChoice, ReviewQueue
from graph_service.curation.rewrite import DecisionResult
from graph_service.errors import NotFoundError
from graph_service.loading import decisions as curated
from graph_service.loading.decisions import Decision, DecisionError, explain

router = APIRouter(prefix="/api/review", tags=["review"])
Date = Annotated[str | None, Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]


class _Request(BaseModel):
    government: str = Field(min_length=1, max_length=100, description="e.g. 长宁区人民政府")
    valid_from: Date = None
    valid_to: Date = None
    by: str | None = Field(None, max_length=100, description="who decides")
    note: str | None = Field(None, max_length=2000)


class MergeRequest(_Request):
    """This name, as written, is that bureau (from ``valid_from`` to ``valid_to``, if given)."""

    name: str = Field(min_length=1, max_length=100, description="the name as written")
    into: str = Field(min_length=1, max_length=100, description="the bureau's canonical name")


class SplitRequest(_Request):
    """This name is a unit of its own (named ``as_name``, by default the name itself)."""

    name: str = Field(min_length=1, max_length=100, description="the name as written")
    as_name: str | None = Field(None, max_length=100, description="its canonical name")


class RenameRequest(_Request):
    """This bureau has a new canonical name (from ``valid_from``: a reorganisation)."""

    bureau: str = Field(min_length=1, max_length=100, description="its name in the graph")
    to: str = Field(min_length=1, max_length=100, description="the new name")


def _decide(store: Any, **fields: Any) -> DecisionResult:
    try:
        decision = Decision(**fields)
    except ValidationError as error:
        raise DecisionError(explain(error)) from error
    return review.decide(store, decision)


@router.get("")
def queue(
    store: StoreDep,
    government: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> ReviewQueue:
    """Bureau names the registry could not resolve, with their sentences and likely bureaus."""
    return review.review_queue(store, government=government, limit=limit)


@router.get("/bureaus")
def bureaus(
    store: StoreDep, government: Annotated[str, Query(min_length=1, max_length=100)]
) -> list[BureauChoice]:
    """The bureaus of a government, by name: the targets a name may be merged into."""
    return review.bureau_choices(store, government)


@router.post("/merge", response_model=DecisionResult)
def merge(body: MergeRequest, store: StoreDep) -> DecisionResult:
    """Resolve a name to a bureau from now on and at once, in every document that wrote it."""
    fields = body.model_dump(exclude={"into"})
    return _decide(store, kind="merge", target=body.into, **fields)


@router.post("/split", response_model=DecisionResult)
def split(body: SplitRequest, store: StoreDep) -> DecisionResult:
    """Make a name a unit of its own (or confirm an unresolved name as one)."""
    fields = body.model_dump(exclude={"as_name"})
    return _decide(store, kind="split", target=body.as_name or body.name,
                   **fields)  # fmt: skip


@router.post("/rename", response_model=DecisionResult)
def rename(body: RenameRequest, store: StoreDep) -> DecisionResult:
    """Give a bureau a new name, everywhere or from a date (a reorganisation)."""
    fields = body.model_dump(exclude={"bureau", "to"})
    return _decide(store, kind="rename", name=body.bureau, target=body.to,
                   **fields)  # fmt: skip


@router.get("/decisions")
def decisions(store: StoreDep) -> list[Decision]:
    """Every decision taken, oldest first; the export a team shares (POST it to /import)."""
    return curated.decisions(store)


@router.post("/decisions/{decision_id}/withdraw", response_model=DecisionResult)
def withdraw(decision_id: IdPath, store: StoreDep) -> DecisionResult:
    """Withdraw a decision; the documents it touched are resolved again without it."""
    done = review.withdraw(store, decision_id)
    if done is None:
        raise NotFoundError(
            f"no decision with id {decision_id!r}; list them with GET /api/review/decisions"
        )
    return done


@router.post("/import", response_model=list[DecisionResult])
def import_(body: list[Decision], store: StoreDep) -> list[DecisionResult]:
    """Take the decisions exported from another graph; those already here are skipped."""
    return review.import_decisions(store, body)
