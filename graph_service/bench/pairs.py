"""The load beside its ceiling, written in turn: ceiling, load, load, ceiling … on a fresh store.

A ratio of two passes timed one after the other says as much about the machine between them as
about the load: the first pass on a server meets its cold caches (Neo4j plans its queries and
warms its JIT compiler then), and other work on a shared machine comes and goes. So both passes
are warmed up first, untimed, then written in turn (ABBA, and again for more rounds), each on a
store prepared the same way, and each pair gives a ratio: their median says how the load compares
with its ceiling, their spread how far to trust it.

An emptied FalkorDB graph is not a new one: its indexes and tables keep what the passes before
wrote, and passes on it slow down one after another. So before each pass the FalkorDB graph is
deleted and its schema made again (:func:`fresh`); Neo4j, which can only drop a database in its
Enterprise edition, is emptied.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from pathlib import Path

from graph_service.bench.ceiling import ceiling_groups, transactions
from graph_service.bench.load import (
    CHUNK,
    Written,
    bulk_timed,
    cached_chunks,
    load_stage,
    timed_writes,
)
from graph_service.stores.falkor import FalkorStore
from graph_service.stores.protocol import GraphStore

PASSES = ("ceiling", "load")


@dataclass
class Pairs:
    """The passes of one store, in pairs: ``loads[k]`` and ``ceilings[k]`` ran next to each other."""

    size: int
    rounds: int
    loads: list[Written] = field(default_factory=list)
    ceilings: list[Written] = field(default_factory=list)

    @property
    def ratios(self) -> list[float]:
        """Each pair's load rate as a share of its ceiling's.

        >>> Pairs(1, 1, [Written(elements=8, seconds=1)], [Written(elements=10, seconds=1)]).ratios
        [0.8]
        """
        return [load.rate / ceiling.rate if ceiling.rate else 0.0
                for load, ceiling in zip(self.loads, self.ceilings, strict=True)]  # fmt: skip

    @property
    def median(self) -> float:
        """The median of :attr:`ratios` (0 when none were measured)."""
        return statistics.median(self.ratios) if self.loads else 0.0


def turns(rounds: int) -> list[str]:
    """Return the order of the passes: each round a pair, every other round the other way round.

    >>> turns(3)
    ['ceiling', 'load', 'load', 'ceiling', 'ceiling', 'load']
    """
    return [name for k in range(rounds) for name in (PASSES if k % 2 == 0 else PASSES[::-1])]


def fresh(store: GraphStore) -> None:
    """Prepare ``store`` for a pass: FalkorDB's graph deleted and its schema made again,
    Neo4j emptied."""
    if isinstance(store, FalkorStore):
        store.drop()
    else:
        store.wipe()


def ceiling_pass(store: GraphStore, cache: Path, size: int, writers: int) -> Written:
    """Write the first ``size`` documents by plain merges, in the load's groups and writers."""
    chunks = cached_chunks(cache, 0, size)
    with transactions(store) as write:
        return bulk_timed(store, lambda: timed_writes(lambda part: ceiling_groups(write, part),
                                                      chunks, writers))  # fmt: skip


def load_pass(store: GraphStore, cache: Path, size: int, writers: int) -> Written:
    """Load the first ``size`` documents as ``minutes-kg load`` writes them."""
    return load_stage(store, cache, 0, size, writers)


def paired(store: GraphStore, cache: Path, size: int, writers: int, rounds: int) -> Pairs:
    """Time the ceiling and the load of ``size`` documents in turn, ``rounds`` pairs of them.

    Args:
        store: a store; it is made fresh (:func:`fresh`) before every pass, so each starts
            alike, and once more after the last, which leaves it empty.
        cache: the extracted documents (:func:`~graph_service.bench.load.extract_to_cache`).
        size: documents written by each pass.
        writers: writer threads of each pass.
        rounds: pairs of passes; the order flips every round (:func:`turns`).

    Returns:
        The passes, paired.
    """
    for run in (ceiling_pass, load_pass):  # warm-up: plans and caches, untimed
        fresh(store)
        run(store, cache, min(size, CHUNK), writers)
    pairs = Pairs(size=size, rounds=rounds)
    for name in turns(rounds):
        fresh(store)
        if name == "ceiling":
            pairs.ceilings.append(ceiling_pass(store, cache, size, writers))
        else:
            pairs.loads.append(load_pass(store, cache, size, writers))
    fresh(store)
    return pairs
