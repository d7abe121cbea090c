"""A dry run's plan: what the earlier files of the run would have done to the graph."""

from __future__ import annotations

from graph_service.graph_models import BatchDiff, GraphBatch, WriteResult


class Planned:
    """What the earlier files of a dry run would have done, so later files are predicted as the
    real load would find the graph: a bureau two new files share is added once, not twice.

    Not followed: a node that only two replaced files of the same run mention, which the store
    still sees attached to the second file's old edges.
    """

    def __init__(self) -> None:
        self.added: set[str] = set()
        self.removed: set[str] = set()
        self.touched: set[str] = set()

    def apply(self, batch: GraphBatch, diff: BatchDiff) -> WriteResult:
        """Return what writing ``batch`` would do after the earlier files, and remember it."""
        ids = {node.id for node in batch.nodes} | {edge.id for edge in batch.edges}
        in_store = ids - set(diff.added_nodes) - set(diff.added_edges)
        present = (in_store - self.removed) | (ids & self.added)
        added = ids - present
        removed = set(diff.removed_edges) | (set(diff.removed_nodes) - self.touched)
        removed -= self.removed
        self.added = (self.added | added) - removed
        self.removed = (self.removed | removed) - added
        self.touched |= {node.id for node in batch.nodes}
        return WriteResult(
            doc=batch.doc, added=len(added), unchanged=len(present), removed=len(removed)
        )
