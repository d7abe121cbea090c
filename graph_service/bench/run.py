"""``minutes-kg bench``: scale figures for both stores on a synthetic corpus (never a test).

One run extracts the corpus once, then for each store: the naive baseline on a sample, the load
in stages (1k, 10k, 100k meetings by default) with every named question timed after each stage,
re-loading the unchanged corpus, API requests/s with 1 and 2 workers, and peak memory.
"""

from __future__ import annotations

import os
import sys
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph_service.bench.api import ApiFigures, api_throughput, peak_mb
from graph_service.bench.kept import stage_folder
from graph_service.bench.load import (
    ExtractFigures,
    Written,
    cached_chunks,
    extract_to_cache,
    load_stage,
    minutes_files,
    timed_writes,
    write_groups,
)
from graph_service.bench.naive import naive_load
from graph_service.bench.pairs import Pairs, paired
from graph_service.bench.questions import draw_anchors, time_questions
from graph_service.bench.routes import RouteFigures, heaviest, route_throughput
from graph_service.bench.stores import Server, bench_store, neo4j_server
from graph_service.loading.run import load_paths
from graph_service.stores.falkor import FalkorStore
from graph_service.stores.protocol import GraphStore

MEETINGS_PER_GOVERNMENT = 36  # ten years of a county's meetings is a few hundred; 100k / 2,800


@dataclass
class BenchOptions:
    """What to run and how big."""

    sizes: list[int]
    stores: list[str]
    corpus: Path | None = None
    writers: int = 2
    samples: int = 200
    api_seconds: float = 10.0
    api_workers: tuple[int, ...] = (1, 2)
    naive_docs: int = 100
    reload_docs: int = 1000
    neo4j_uri: str | None = None
    processes: int = 2
    rounds: int = 3
    parts: frozenset[str] = frozenset({"load", "ceiling", "questions", "api"})
    quick: bool = False
    keep: bool = False
    """Copy the embedded store after each stage into ``falkordb-<meetings>`` of the folder."""


@dataclass
class StoreFigures:
    """The figures of one store."""

    store: str
    writers: int
    stages: list[tuple[int, Written]] = field(default_factory=list)
    questions: dict[int, dict[str, dict[str, float]]] = field(default_factory=dict)
    naive: Written | None = None
    pairs: Pairs | None = None
    reload: Written | None = None
    reload_pipeline_s: float | None = None
    api: list[ApiFigures] = field(default_factory=list)
    routes: RouteFigures | None = None
    server_peak_mb: float | None = None


@dataclass
class BenchFigures:
    """Everything one run measured."""

    options: BenchOptions
    corpus: str
    extraction: ExtractFigures
    stores: list[StoreFigures] = field(default_factory=list)
    bench_peak_mb: float = 0.0


def run_store(kind: str, options: BenchOptions, cache: Path, files: list[Path],
              workdir: Path, uri: str | None, pid: int | None) -> StoreFigures:  # fmt: skip
    """Measure one store: naive baseline, staged load with questions, re-load, API, memory."""
    figures = StoreFigures(store=kind, writers=options.writers)
    with bench_store(kind, workdir, uri) as (store, env):
        sample = next(cached_chunks(cache, 0, min(options.naive_docs, len(files))))
        figures.naive = naive_load(store, sample)
        store.wipe()
        if "ceiling" in options.parts:
            figures.pairs = _pairs(store, cache, max(options.sizes), options)
        loaded = 0
        for size in options.sizes:
            figures.stages.append((size, load_stage(store, cache, loaded, size, options.writers)))
            loaded = size
            _progress(f"{kind}: {size} meetings loaded at {figures.stages[-1][1].rate:,.0f}/s")
            if "questions" in options.parts:
                anchors = draw_anchors(cache, loaded, options.samples)
                figures.questions[size] = time_questions(store, anchors)
                p95 = ", ".join(f"{q} {f['p95']:.1f}" for q, f in figures.questions[size].items())
                _progress(f"{kind}: questions at {size}, p95 ms: {p95}")
            if options.keep and isinstance(store, FalkorStore):
                store.save_copy(workdir / stage_folder(size))
        _reload(store, figures, cache, files[: min(options.reload_docs, loaded)])
        done = figures.reload
        assert done is not None  # set by _reload
        _progress(f"{kind}: re-load of {done.documents} documents added {done.added}, removed "
                  f"{done.removed}; writes {done.seconds:.1f} s, whole load "
                  f"{figures.reload_pipeline_s:.1f} s")  # fmt: skip
        if "api" in options.parts:
            _api(figures, store, env, cache, loaded, options)
        server = getattr(store, "server_pid", pid)
        figures.server_peak_mb = peak_mb(server) if server else None
    return figures


def _api(figures: StoreFigures, store: GraphStore, env: dict, cache: Path, loaded: int,
         options: BenchOptions) -> None:  # fmt: skip
    """Measure the co-owners route with each number of workers, then every route; a quick run
    takes the co-owners figure from the routes' server instead of starting one of its own."""
    if not options.quick:
        initiatives = draw_anchors(cache, loaded, options.samples, seed=2).initiatives
        for workers in options.api_workers:
            figures.api.append(api_throughput(env, initiatives, workers, options.api_seconds))
    figures.routes = _routes(store, env, cache, loaded, options)
    figures.api += [figures.routes.co_owners()] if options.quick else []
    for api in figures.api:
        _progress(f"{figures.store}: API with {api.workers} worker(s): "
                  f"{api.requests_per_s:,.0f} requests/s, {api.errors} errors")  # fmt: skip


def _routes(store: GraphStore, env: dict, cache: Path, loaded: int,
            options: BenchOptions) -> RouteFigures:  # fmt: skip
    """Measure each question route beside the minimal route, with 2 workers."""
    anchors = draw_anchors(cache, loaded, options.samples, seed=3)
    heavy = {} if options.quick else heaviest(store)
    figures = route_throughput(env, anchors, heavy, 2, options.api_seconds, options.quick)
    shares = ", ".join(f"{r.route} {r.nodes} {figures.share(r.requests_per_s):.3f}"
                       for r in figures.routes)  # fmt: skip
    _progress(f"API routes, share of the minimal route's {figures.ceiling:,.0f}/s: {shares}; "
              f"one store round trip {figures.share(figures.one_trip):.3f}")  # fmt: skip
    return figures


def _progress(line: str) -> None:
    """Report a finished step on stderr, so a long run shows where it is (and what it measured)."""
    print(f"[{time.strftime('%H:%M:%S')}] {line}", file=sys.stderr, flush=True)


def _pairs(store: GraphStore, cache: Path, size: int, options: BenchOptions) -> Pairs:
    """Time the load and its ceiling in turn on ``size`` documents; report the ratios."""
    pairs = paired(store, cache, size, options.writers, options.rounds)
    ratios = " ".join(f"{ratio:.2f}" for ratio in pairs.ratios)
    _progress(f"{store.dialect}: load / ceiling at {size} documents, pair by pair: {ratios}")
    return pairs


def _reload(store: GraphStore, figures: StoreFigures, cache: Path, files: list[Path]) -> None:
    """Write the first documents again (must change nothing), then time the whole pipeline."""
    write = lambda part: write_groups(store, part)  # noqa: E731
    figures.reload = timed_writes(write, cached_chunks(cache, 0, len(files)), figures.writers)
    started = time.perf_counter()
    report = load_paths(store, files)
    figures.reload_pipeline_s = time.perf_counter() - started
    if report.elements["added"] or report.elements["removed"]:
        raise RuntimeError(f"re-loading an unchanged corpus changed the graph: {report.elements}")


def run_bench(options: BenchOptions, workdir: Path) -> BenchFigures:
    """Run the benchmark in ``workdir`` (corpus, cache, embedded data) and return its figures."""
    with ExitStack() as stack:
        # Neo4j boots (half a minute) while the corpus is written and extracted.
        server = None
        if "neo4j" in options.stores:
            server = stack.enter_context(neo4j_server(options.neo4j_uri))
        return _run_stores(options, workdir, server)


def _run_stores(options: BenchOptions, workdir: Path, server: Server | None) -> BenchFigures:
    corpus = options.corpus
    if corpus is None:
        from graph_service.bench.synth.corpus import generate

        corpus = workdir / "corpus"
        meetings = max(options.sizes)
        generate(corpus, meetings, max(1, meetings // MEETINGS_PER_GOVERNMENT), seed=1)
    files = minutes_files(corpus)
    options.sizes = sorted({min(size, len(files)) for size in options.sizes})
    extraction = extract_to_cache(files[: max(options.sizes)], workdir / "cache", options.processes)
    result = BenchFigures(options=options, corpus=str(corpus), extraction=extraction)
    for kind in options.stores:
        uri, pid = server() if kind == "neo4j" and server else (None, None)
        result.stores.append(run_store(kind, options, workdir / "cache", files, workdir, uri, pid))
    result.bench_peak_mb = peak_mb(os.getpid())
    return result


# Under a minute with a warm Neo4j: the API with 2 workers only, on the routes' server (each
# server start costs seconds), typical nodes only, warm-ups of a few requests; one pair of the
# load and its ceiling (at 200 documents a ratio is noise, however many pairs); a re-load too
# small to start extraction workers for.
QUICK = {"sizes": [200], "samples": 10, "api_seconds": 1.0, "api_workers": (2,), "naive_docs": 10,
         "reload_docs": 50, "rounds": 1, "quick": True}  # fmt: skip


def bench_options(parts: set[str], quick: bool, **given: Any) -> BenchOptions:
    """Return the options of a run: ``--quick`` sizes, then what the command line gave.

    >>> bench_options({"load"}, True, stores="falkordb", sizes=None).sizes
    [200]
    >>> bench_options({"load"}, False, stores="both", sizes="1000,10000").stores
    ['falkordb', 'neo4j']
    >>> bench_options({"load"}, False, stores="neo4j,falkordb", sizes=None).stores
    ['neo4j', 'falkordb']
    >>> bench_options({"load"}, False, stores="redis", sizes=None)
    Traceback (most recent call last):
    ...
    ValueError: unknown store 'redis': give falkordb, neo4j, both, or a comma-separated list
    """
    stores = given.pop("stores")
    sizes = given.pop("sizes")
    values: dict[str, Any] = dict(QUICK) if quick else {"sizes": [1000, 10000, 100000]}
    if sizes:
        values["sizes"] = [int(size) for size in str(sizes).split(",")]
    values |= {key: value for key, value in given.items() if value is not None}
    chosen = ["falkordb", "neo4j"] if stores == "both" else str(stores).split(",")
    for kind in chosen:
        if kind not in ("falkordb", "neo4j"):
            raise ValueError(
                f"unknown store {kind!r}: give falkordb, neo4j, both, or a comma-separated list"
            )
    return BenchOptions(stores=chosen, parts=frozenset(parts), **values)


def as_json(figures: BenchFigures) -> dict[str, Any]:
    """Return the figures as plain JSON values."""
    from dataclasses import asdict

    data = asdict(figures)
    data["options"]["parts"] = sorted(figures.options.parts)
    data["options"]["corpus"] = str(figures.options.corpus) if figures.options.corpus else None
    return data
