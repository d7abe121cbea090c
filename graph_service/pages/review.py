"""What the review page shows: the unresolved names, the decisions taken, and the recent loads."""

from __future__ import annotations

from pydantic import BaseModel, Field

from graph_service.curation import review
from graph_service.curation.review import ReviewQueue
from graph_service.loading import history
from graph_service.loading.decisions import Decision, decisions
from graph_service.loading.history import Freshness, LoadRecord
from graph_service.settings import Settings
from graph_service.stores.protocol import GraphStore

RECENT_LOADS = 20


class ReviewPage(BaseModel):
    """The curator's page."""

    queue: ReviewQueue
    decisions: list[Decision] = Field(default_factory=list, description="newest first")
    loads: list[LoadRecord] = Field(default_factory=list, description="newest first")
    freshness: Freshness
    government: str | None = None
    needs_key: bool = Field(description="decisions need the API key (MKG_API_KEY is set)")


def review_page(store: GraphStore, settings: Settings, government: str | None = None) -> ReviewPage:
    """Return the review page of one government (of all, by default)."""
    return ReviewPage(
        queue=review.review_queue(store, government=government),
        decisions=list(reversed(decisions(store))),
        loads=history.loads(store, limit=RECENT_LOADS),
        freshness=history.freshness(store),
        government=government,
        needs_key=settings.api_key is not None,
    )
