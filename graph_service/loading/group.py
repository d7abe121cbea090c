"""The group step of a load: files in load order, written (or, in a dry run, compared) together.

A :class:`Group` collects slots until :func:`~graph_service.loading.writing.group_full`; then
:func:`write_files` writes its prepared files a group at a time (:mod:`.writing`), or
:func:`compare_files` asks the store what writing them would change. Either returns a
:class:`Done`: a result per file, and what the store said when it became unavailable.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph_service.errors import StoreUnavailableError
from graph_service.graph_models import WriteResult
from graph_service.loading import history
from graph_service.loading.plan import Planned
from graph_service.loading.report import FileResult, failed, written
from graph_service.loading.steps import Prepared, Slot
from graph_service.loading.writing import group_full, write_group
from graph_service.stores.protocol import GraphStore
from loaders.errors import MinutesKGError


@dataclass
class Group:
    """Files waiting to be written together, in load order; failed ones keep their place."""

    prepared: list[Prepared] = field(default_factory=list)
    failures: dict[int, FileResult] = field(default_factory=dict)
    """Results of the files that failed before the store, by their place in the group."""

    def add(self, slot: Slot) -> None:
        """Add a file's slot at the end of the group."""
        if slot.prepared is None:
            self.failures[len(self)] = failed(slot.source, slot.error or "failed")
        else:
            self.prepared.append(slot.prepared)

    def __len__(self) -> int:
        return len(self.prepared) + len(self.failures)

    def full(self) -> bool:
        """Whether the group's documents are enough to be written now."""
        return group_full([item.batch for item in self.prepared])

    def in_order(self, results: list[FileResult]) -> list[FileResult]:
        """Return the failures and ``results`` (of :attr:`prepared`, in order) in load order."""
        done = iter(results)
        return [self.failures[k] if k in self.failures else next(done) for k in range(len(self))]


@dataclass
class Done:
    """What a group step did: each prepared file's result, the facts each write replaced, and
    the store's message if it became unavailable (the files after it are failed with it)."""

    results: list[FileResult] = field(default_factory=list)
    replaced: dict[str, list[history.Fact]] = field(default_factory=dict)
    lost: str | None = None


def write_files(store: GraphStore, files: list[Prepared], stamp: history.LoadRecord) -> Done:
    """Write ``files`` (a group at a time, each whole), their facts stamped with the load.

    Never raises for a file: one the store refuses is failed with the reason.
    """
    done = Done()
    batches = [history.stamp(item.batch, stamp) for item in files]
    for item, outcome in zip(files, write_group(store, batches), strict=True):
        done.replaced[item.source] = outcome.replaced
        if outcome.result is not None:
            done.results.append(written(*item, outcome.result))
            continue
        done.results.append(failed(item.source, str(outcome.error)))
        if isinstance(outcome.error, StoreUnavailableError):
            done.lost = done.lost or str(outcome.error)
    return done


def compare_files(store: GraphStore, planned: Planned, files: list[Prepared]) -> Done:
    """Return what writing ``files`` one after another would do; nothing is written."""
    done = Done()
    for item in files:
        try:
            change: WriteResult = planned.apply(item.batch, store.diff(item.batch))
        except StoreUnavailableError as error:
            done.lost = done.lost or str(error)
            done.results.append(failed(item.source, str(error)))
        except MinutesKGError as error:
            done.results.append(failed(item.source, str(error)))
        else:
            done.results.append(written(*item, change))
    return done


def lost_all(files: list[Prepared], error: StoreUnavailableError) -> Done:
    """Return every file of ``files`` failed with ``error``: the store went before their write."""
    return Done(results=[failed(item.source, str(error)) for item in files], lost=str(error))
