"""The record step of a load: its record stored before the first write, completed at the end.

The record is stored marked incomplete before the first write, and the facts carry its id from
their first write on: a load killed midway (kill -9) still has a record to show for them, saying
it did not complete. At the end the record is stored again with every file's result.
"""

from __future__ import annotations

from graph_service.loading import history
from graph_service.loading.history import LoadRecord
from graph_service.loading.report import LoadReport
from graph_service.stores.protocol import GraphStore


def begin(store: GraphStore, record: LoadRecord) -> None:
    """Store ``record`` marked incomplete; raises ``StoreUnavailableError`` if the store is gone."""
    history.save(store, record.model_copy(update={"complete": False}))


def completed(
    record: LoadRecord, report: LoadReport, replaced: dict[str, list[history.Fact]]
) -> LoadRecord:
    """Return ``record`` completed with the report's per-file results and the facts replaced.

    >>> record = history.new_load("cli", by="analyst")
    >>> completed(record, LoadReport(), {}).documents["added"]
    0
    """
    files = [
        history.FileRecord(
            file=result.file, status=result.status, doc=result.doc, added=result.added,
            removed=result.removed, error=result.error,
            removed_facts=replaced.get(result.file, [])[: history.MAX_REMOVED_KEPT]
            if result.removed else [],
        )
        for result in report.files
    ]  # fmt: skip
    return record.model_copy(
        update={"documents": report.documents, "elements": report.elements, "files": files}
    )


def finish(
    store: GraphStore, record: LoadRecord, report: LoadReport,
    replaced: dict[str, list[history.Fact]],
) -> None:  # fmt: skip
    """Store the completed record; raises ``StoreUnavailableError`` if the store is gone."""
    history.save(store, completed(record, report, replaced))
