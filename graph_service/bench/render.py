"""The benchmark's figures as text: one block per store, and how costs grow with the graph."""

from __future__ import annotations

import os

from graph_service.bench.pairs import turns
from graph_service.bench.questions import QUESTIONS
from graph_service.bench.routes import render_routes
from graph_service.bench.run import BenchFigures, StoreFigures


def machine() -> str:
    """Return the cores, memory and load average of this machine, for the record.

    >>> "cores" in machine()
    True
    """
    total = 0.0
    try:
        with open("/proc/meminfo") as info:
            total = int(info.readline().split()[1]) / 1024**2
    except OSError:
        pass
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return f"{os.cpu_count()} cores, {total:.0f} GB, load average {load}"


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.1f}×" if b else "n/a"


def _stages(figures: StoreFigures) -> list[str]:
    lines = ["  load (a group of documents per transaction, as a load writes; only the writes timed)",
             "    meetings      docs  nodes+edges   seconds  nodes+edges/s  retries"]  # fmt: skip
    for size, w in figures.stages:
        lines.append(f"    {size:>8} {w.documents:>9} {w.elements:>12} {w.seconds:>9.1f} "
                     f"{w.rate:>14,.0f} {w.retries:>8}")  # fmt: skip
    total = sum(w.seconds for _, w in figures.stages)
    lines.append(f"    to {figures.stages[-1][0]} meetings: {total:.1f} s in all")
    return lines


def _baseline(figures: StoreFigures) -> list[str]:
    naive, first = figures.naive, figures.stages[0][1] if figures.stages else None
    if naive is None or first is None:
        return []
    return [f"  naive baseline (one MERGE per entity, one transaction each): {naive.documents} docs,"
            f" {naive.elements} nodes+edges in {naive.seconds:.1f} s = {naive.rate:,.0f}/s;"
            f" batched write path {_ratio(first.rate, naive.rate)} faster"]  # fmt: skip


def _ceiling(figures: StoreFigures) -> list[str]:
    """The load beside its ceiling (the same rows by plain batched merges), timed in turn."""
    p = figures.pairs
    if p is None or not p.loads:
        return []
    order = " ".join("C" if name == "ceiling" else "L" for name in turns(p.rounds))
    ratios = p.ratios
    return [f"  load beside its ceiling (the same rows by a plain batched UNWIND … MERGE, same"
            f" groups and writers), {p.size} documents, in turn ({order}), each on a fresh"
            f" store (FalkorDB: graph deleted, schema made again; Neo4j: emptied), after an"
            f" untimed warm-up of both:",
            "    ceiling nodes+edges/s: " + "  ".join(f"{c.rate:,.0f}" for c in p.ceilings),
            "    load nodes+edges/s:    " + "  ".join(f"{w.rate:,.0f}" for w in p.loads),
            "    load / ceiling:        " + "  ".join(f"{r:.2f}" for r in ratios),
            f"    median {p.median:.2f} of the ceiling (spread {min(ratios):.2f}–{max(ratios):.2f},"
            f" {len(ratios)} pairs)"]  # fmt: skip


def _reload(figures: StoreFigures) -> list[str]:
    r = figures.reload
    if r is None:
        return []
    return [f"  re-load of {r.documents} unchanged documents: added {r.added}, removed {r.removed};"
            f" writes {r.seconds:.1f} s ({r.documents / r.seconds:,.0f} docs/s),"
            f" read+extract+write {figures.reload_pipeline_s:.1f} s"]  # fmt: skip


def _questions(figures: StoreFigures) -> list[str]:
    if not figures.questions:
        return []
    sizes = sorted(figures.questions)
    head = "".join(f"{size:>24}" for size in sizes)
    lines = ["  questions, ms p50/p95/p99 at each size (meetings)", f"    {'question':<17}{head}"]
    for name in QUESTIONS:
        cells = ""
        for size in sizes:
            f = figures.questions[size].get(name)
            cells += f"{f['p50']:>8.1f}{f['p95']:>8.1f}{f['p99']:>8.1f}" if f else f"{'-':>24}"
        lines.append(f"    {name:<17}{cells}")
    return lines


def _growth(figures: StoreFigures) -> list[str]:
    """How the cost per document of loading and each question's p95 grew from first to last size."""
    if len(figures.stages) < 2:
        return []
    (small, first), (big, last) = figures.stages[0], figures.stages[-1]
    per_doc = [w.seconds / w.documents * 1000 for w in (first, last)]
    lines = [f"  growth {small} → {big} meetings: load ms/document {per_doc[0]:.2f} → "
             f"{per_doc[1]:.2f} ({_ratio(per_doc[1], per_doc[0])})"]  # fmt: skip
    if small in figures.questions and big in figures.questions:
        for name in QUESTIONS:
            a, b = figures.questions[small].get(name), figures.questions[big].get(name)
            if a and b:
                lines.append(f"    {name:<17} p95 {a['p95']:.1f} → {b['p95']:.1f} ms "
                             f"({_ratio(b['p95'], a['p95'])})")  # fmt: skip
    return lines


def _api(figures: StoreFigures) -> list[str]:
    lines = []
    for a in figures.api:
        peaks = ", ".join(f"{mb:.0f}" for mb in a.worker_peak_mb)
        lines.append(f"  API co-owners, {a.workers} worker(s): {a.requests_per_s:,.0f} requests/s"
                     f" ({a.errors} errors, load from {a.generator}); worker peak MB: {peaks}")  # fmt: skip
    lines += render_routes(figures.routes) if figures.routes else []
    if figures.server_peak_mb:
        lines.append(f"  database server peak memory: {figures.server_peak_mb:,.0f} MB")
    return lines


def render(figures: BenchFigures, started_on: str) -> str:
    """Return the report of a benchmark run."""
    e = figures.extraction
    lines = [f"machine at start: {started_on}", f"machine at end:   {machine()}",
             f"corpus: {figures.corpus}",
             f"extraction: {e.documents} documents, {e.megabytes:.1f} MB in {e.seconds:.1f} s with "
             f"{e.processes} processes = {e.mb_per_s:.2f} MB/s "
             f"({e.megabytes / e.cpu_seconds if e.cpu_seconds else 0:.2f} MB/s per busy core)"]  # fmt: skip
    for store in figures.stores:
        lines += ["", f"{store.store} ({store.writers} writer threads)"]
        lines += _stages(store) + _ceiling(store) + _baseline(store) + _reload(store)
        lines += _questions(store) + _growth(store) + _api(store)
    lines += ["", f"benchmark process peak memory: {figures.bench_peak_mb:,.0f} MB"]
    return "\n".join(lines)
