"""The stores ``minutes-kg bench questions --keep DIR`` kept, one per stage, asked again.

A kept folder holds the extraction cache (``cache/``) and the embedded store as each stage left
it (``falkordb-1000/``, ``falkordb-10000/``, …). Asking them again needs no loading, so a figure
can be measured again, by anyone, on the same graphs and with the same anchors as the run that
loaded them (:func:`~graph_service.bench.questions.draw_anchors`, same seed). Rounds ask the
sizes in turn, smallest first, then largest first, so that a machine getting busier or quieter
during the run weighs on every size alike.
"""

from __future__ import annotations

import os
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from graph_service.bench.questions import QUESTIONS, draw_anchors, percentile, question_times
from graph_service.stores.protocol import GraphStore

STAGE_PREFIX = "falkordb-"


def stage_folder(size: int) -> str:
    """Return the name of the folder that keeps the embedded store of a stage.

    >>> stage_folder(10000)
    'falkordb-10000'
    """
    return f"{STAGE_PREFIX}{size}"


def kept_sizes(folder: Path) -> list[int]:
    """Return the meetings of each stage kept in ``folder``, smallest first."""
    names = (path.name.removeprefix(STAGE_PREFIX) for path in folder.glob(f"{STAGE_PREFIX}*"))
    return sorted(int(name) for name in names if name.isdigit())


def round_orders(sizes: list[int], rounds: int) -> list[list[int]]:
    """Return the order of the sizes in each round: up, then down, then up again.

    >>> round_orders([1000, 10000, 100000], 3)
    [[1000, 10000, 100000], [100000, 10000, 1000], [1000, 10000, 100000]]
    """
    return [sizes if turn % 2 == 0 else sizes[::-1] for turn in range(rounds)]


@dataclass
class KeptFigures:
    """What asking the kept stores measured."""

    folder: Path
    sizes: list[int]
    anchors: int
    times: dict[str, dict[int, list[float]]] = field(default_factory=dict)
    """Milliseconds per question and size, every anchor of every round."""
    round_p50: list[dict[str, dict[int, float]]] = field(default_factory=list)
    loads: list[float] = field(default_factory=list)
    """The 1-minute load average at the start and after each round."""


def ask_kept(
    folder: Path, rounds: int, samples: int = 200, only: frozenset[str] | None = None
) -> KeptFigures:
    """Ask every question (or ``only`` those) on each kept store, ``rounds`` times in turn.

    Raises:
        ValueError: ``folder`` holds no store kept by stage, or no extraction cache.
    """
    sizes = kept_sizes(folder)
    if not sizes or not (folder / "cache").is_dir():
        raise ValueError(f"{folder} holds no stores kept by stage: run `minutes-kg bench "
                         f"questions --stores falkordb --keep {folder}` first")  # fmt: skip
    anchors = {size: draw_anchors(folder / "cache", size, samples) for size in sizes}
    figures = KeptFigures(folder, sizes, samples, loads=[os.getloadavg()[0]])
    with ExitStack() as stack:
        stores = {size: _opened(stack, folder / stage_folder(size)) for size in sizes}
        for order in round_orders(sizes, rounds):
            medians: dict[str, dict[int, float]] = {}
            for size in order:
                for name, times in question_times(stores[size], anchors[size], only).items():
                    figures.times.setdefault(name, {}).setdefault(size, []).extend(times)
                    medians.setdefault(name, {})[size] = percentile(times, 0.5)
            figures.round_p50.append(medians)
            figures.loads.append(os.getloadavg()[0])
    return figures


def _opened(stack: ExitStack, folder: Path) -> GraphStore:
    """Open the embedded store in ``folder``, to be closed with ``stack``."""
    from graph_service.stores.falkor import FalkorStore

    store = FalkorStore(folder)
    stack.callback(store.close)
    return store


def render_kept(figures: KeptFigures, started_on: str, ended_on: str) -> str:
    """Return the figures as text: p50 / p95 per question and size, and how the p50 grew."""
    small, big = figures.sizes[0], figures.sizes[-1]
    orders = ", then ".join(" ".join(f"{s:,}" for s in o) for o in round_orders(figures.sizes, 2))
    loads = " → ".join(f"{load:.1f}" for load in figures.loads)
    head = " | ".join(f"{size:,} meetings" for size in figures.sizes)
    lines = [f"kept stores in {figures.folder}, up to {figures.anchors} anchors of each kind at each size; "
             f"{len(figures.round_p50)} round(s), sizes in turn ({orders}, …)",
             f"machine at start: {started_on}", f"machine at end:   {ended_on}",
             f"load average (1 min) at the start and after each round: {loads}", "",
             f"| question, p50 / p95 ms | {head} | p50 growth {small:,} → {big:,} (each round) |",
             "| --- |" + " ---: |" * (len(figures.sizes) + 1)]  # fmt: skip
    for name in (q for q in QUESTIONS if q in figures.times):
        lines.append(f"| {name} | {_cells(figures.times[name], figures.sizes)} | "
                     f"{_growth(figures, name, small, big)} |")  # fmt: skip
    return "\n".join(lines)


def _cells(times: dict[int, list[float]], sizes: list[int]) -> str:
    cells = (times.get(size) for size in sizes)
    return " | ".join(
        f"{percentile(t, 0.5):.1f} / {percentile(t, 0.95):.1f}" if t else "—" for t in cells
    )


def _growth(figures: KeptFigures, name: str, small: int, big: int) -> str:
    """The pooled p50's growth from the smallest size to the largest, and each round's."""
    times = figures.times[name]
    if small == big or not times.get(small) or not times.get(big):
        return "—"
    pooled = percentile(times[big], 0.5) / percentile(times[small], 0.5)
    rounds = [m[name][big] / m[name][small] for m in figures.round_p50 if m[name].get(small)]
    return f"{pooled:.1f}× ({' '.join(f'{r:.1f}' for r in rounds)})"
