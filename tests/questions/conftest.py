"""The one store fixture the question tests share: each store in turn, holding every batch."""

import pytest


@pytest.fixture(scope="module", params=["falkor_store", "neo4j_store"])
def each(request, batches):
    """Each store in turn, holding every batch (Neo4j is skipped where it cannot run)."""
    store = request.getfixturevalue(request.param)
    store.wipe()
    # New documents into an empty graph: one transaction for all, as a load writes a group.
    store.write_together(batches)
    return store
