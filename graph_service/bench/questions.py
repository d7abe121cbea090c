"""Latency of every named question on a loaded graph: p50, p95 and p99 over sampled anchors.

Anchors are drawn (with a fixed seed) from the batches that were loaded, so every question asks
about nodes that exist: initiatives for co-owners, bureaus for partners, subgraphs and timelines,
meetings, two bureaus of one government for paths, and parts of names for search, each with the
government of the name it was cut from for a search in one government.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph_service.bench.load import cached_chunks
from graph_service.graph_models import GraphBatch, Node
from graph_service.questions.graph import paths, search, subgraph
from graph_service.questions.meetings import meeting, timeline
from graph_service.questions.owners import bureau_partners, initiative_bureaus
from graph_service.stores.protocol import GraphStore

QUESTIONS = ("co-owners", "partners", "meeting", "path", "subgraph-2", "subgraph-2-drawn", "search",
             "search-government", "timeline")  # fmt: skip
"""The questions timed; ``subgraph-2-drawn`` is the depth-2 subgraph as a graph page asks for it,
``search-government`` the search of the same text in the government of the name it came from."""


@dataclass
class Anchors:
    """Ids and search text to ask about, drawn from loaded documents."""

    initiatives: list[str] = field(default_factory=list)
    bureaus: list[str] = field(default_factory=list)
    meetings: list[str] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    governments: list[str] = field(default_factory=list)
    """The government of the initiative each text was cut from, in the order of ``texts``."""


def percentile(values: list[float], share: float) -> float:
    """Return the value below which ``share`` of ``values`` lie (nearest rank).

    >>> percentile([5.0, 1.0, 3.0, 2.0, 4.0], 0.5)
    3.0
    """
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[rank]


def draw_anchors(cache: Path, loaded: int, count: int, seed: int = 1) -> Anchors:
    """Return ``count`` anchors of each kind from the first ``loaded`` documents of the cache."""
    rng = random.Random(seed)
    picks = sorted(rng.sample(range(loaded), min(count, loaded)))
    anchors, previous = Anchors(), None
    for pick in picks:
        batch = next(cached_chunks(cache, pick, pick + 1))[0]
        previous = _add_anchors(anchors, batch, previous, rng) or previous
    return anchors


def _add_anchors(
    anchors: Anchors, batch: GraphBatch, previous: Node | None, rng: random.Random
) -> Node | None:
    """Add one document's anchors; return its first bureau, the next document's path start."""
    by_label: dict[str, list[Node]] = {}
    for node in batch.nodes:
        by_label.setdefault(node.label, []).append(node)
    bureaus, initiatives = by_label.get("Bureau", []), by_label.get("Initiative", [])
    anchors.meetings += [node.id for node in by_label.get("Meeting", [])[:1]]
    if initiatives:
        anchors.initiatives.append(rng.choice(initiatives).id)
        named = rng.choice(initiatives)
        start = rng.randrange(max(len(named.name) - 3, 1))
        anchors.texts.append(named.name[start : start + 4])
        anchors.governments.append(str(named.props.get("government", "?")))
    if not bureaus:
        return None
    anchors.bureaus.append(rng.choice(bureaus).id)
    government = bureaus[0].props.get("government")
    if previous is not None and previous.props.get("government") == government:
        anchors.pairs.append((previous.id, rng.choice(bureaus).id))
    return bureaus[0]


def drawn(store: GraphStore, bureau: str) -> Any:
    """Ask the depth-2 subgraph of ``bureau`` as a graph page asks for it."""
    return subgraph(store, bureau, depth=2, fields="drawn")


def question_calls(store: GraphStore, anchors: Anchors) -> dict[str, list[Callable[[], Any]]]:
    """Return, per question, one call per anchor."""
    return {
        "co-owners": [lambda i=i: initiative_bureaus(store, i) for i in anchors.initiatives],
        "partners": [lambda b=b: bureau_partners(store, b) for b in anchors.bureaus],
        "meeting": [lambda m=m: meeting(store, m) for m in anchors.meetings],
        "path": [lambda p=p: paths(store, *p) for p in anchors.pairs if p[0] != p[1]],
        "subgraph-2": [lambda b=b: subgraph(store, b, depth=2) for b in anchors.bureaus],
        "subgraph-2-drawn": [lambda b=b: drawn(store, b) for b in anchors.bureaus],
        "search": [lambda t=t: search(store, t) for t in anchors.texts],
        "search-government": [
            lambda t=t, g=g: search(store, t, government=g)
            for t, g in zip(anchors.texts, anchors.governments, strict=True)
        ],
        "timeline": [lambda b=b: timeline(store, b) for b in anchors.bureaus],
    }


def time_questions(store: GraphStore, anchors: Anchors) -> dict[str, dict[str, float]]:
    """Return p50, p95 and p99 in milliseconds (and the count) of each question over its anchors.

    Each question is asked once about its first anchor before timing, so that plans are cached.
    """
    return {name: summary(times) for name, times in question_times(store, anchors).items()}


def question_times(
    store: GraphStore, anchors: Anchors, only: frozenset[str] | None = None
) -> dict[str, list[float]]:
    """Return each question's time in milliseconds for each of its anchors, in their order.

    Each question is asked once about its first anchor before timing, so that plans are cached;
    with ``only``, the other questions are not asked.
    """
    times: dict[str, list[float]] = {}
    for name, calls in question_calls(store, anchors).items():
        if not calls or (only is not None and name not in only):
            continue
        calls[0]()
        times[name] = []
        for call in calls:
            started = time.perf_counter()
            call()
            times[name].append((time.perf_counter() - started) * 1000)
    return times


def summary(times: list[float]) -> dict[str, float]:
    """Return the count and the p50, p95 and p99 of ``times``.

    >>> summary([4.0, 1.0, 2.0, 3.0])
    {'n': 4, 'p50': 2.0, 'p95': 4.0, 'p99': 4.0}
    """
    return {"n": len(times), **{f"p{q}": percentile(times, q / 100) for q in (50, 95, 99)}}
