"""``minutes-kg bench``: benchmarks that print figures and ratios (never pass or fail)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from graph_service.bench.synth.corpus import generate

bench_app = typer.Typer(
    help="Benchmarks that print figures (never pass/fail).", no_args_is_help=True
)


@bench_app.command("extract")
def bench_extract(
    folder: Annotated[Path, typer.Argument(help="Folder of minutes to repeat.")] = Path(
        "tests/data/minutes"
    ),
    megabytes: Annotated[
        float, typer.Option(help="Repeat the folder to at least this much text.")
    ] = 10.0,
) -> None:
    """Print extraction throughput (documents/s, MB/s) on one core.

    Example: minutes-kg bench extract tests/data/minutes --megabytes 10
    """
    from loaders.eval.bench import bench_extract as run

    typer.echo(run(folder, megabytes).render())


@bench_app.command("pages")
def bench_pages(
    nodes: Annotated[int, typer.Option(help="Nodes in the graph page to build.")] = 300,
    runs: Annotated[int, typer.Option(help="How many builds to time.")] = 15,
) -> None:
    """Print the build time of a graph page and the weight of each page.

    Example: minutes-kg bench pages --nodes 300
    """
    from graph_service.bench.pages import bench_pages as run

    typer.echo(run(nodes, runs).render())


StoresOpt = Annotated[str, typer.Option(help="falkordb, neo4j, both, or a comma-separated list.")]
SizesOpt = Annotated[
    str | None, typer.Option(help="Meetings loaded at each stage, e.g. 1000,10000,100000.")
]
CorpusOpt = Annotated[
    Path | None, typer.Option(help="A corpus from `synth` (default: made for the run).")
]
Neo4jUriOpt = Annotated[
    str | None,
    typer.Option(envvar="MKG_BENCH_NEO4J_URI", help="A Neo4j to use (its data is wiped!); "
                 "default: start one with .ci/neo4j.sh."),
]  # fmt: skip
WritersOpt = Annotated[int, typer.Option(min=1, help="Parallel writer threads, a document each.")]
QuickOpt = Annotated[bool, typer.Option("--quick", help="A small run, under a minute.")]
RoundsOpt = Annotated[
    int | None,
    typer.Option(min=1, help="Pairs of the load and its ceiling, timed in turn (default 3)."),
]
JsonOpt = Annotated[Path | None, typer.Option(help="Also write the figures to this JSON file.")]
KeepOpt = Annotated[
    Path | None,
    typer.Option(help="Keep the extraction cache and the embedded store of each stage in this "
                 "folder, to ask again with --kept (default: a temporary folder, removed at the "
                 "end)."),
]  # fmt: skip


def _run_bench(parts: set[str], quick: bool, json_out: Path | None, keep: Path | None = None,
               **given: Any) -> None:  # fmt: skip
    import tempfile

    from graph_service.bench.render import machine, render
    from graph_service.bench.run import as_json, bench_options, run_bench

    try:
        options = bench_options(parts, quick, keep=keep is not None, **given)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--stores") from error
    started_on = machine()
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        figures = run_bench(options, keep)
    else:
        with tempfile.TemporaryDirectory(prefix="mkg-bench-") as workdir:
            figures = run_bench(options, Path(workdir))
    typer.echo(render(figures, started_on))
    if json_out is not None:
        json_out.write_text(json.dumps(as_json(figures), indent=1, ensure_ascii=False), "utf-8")


@bench_app.command("all")
def bench_all(quick: QuickOpt = False, stores: StoresOpt = "both", sizes: SizesOpt = None,
              corpus: CorpusOpt = None, neo4j_uri: Neo4jUriOpt = None, writers: WritersOpt = 2,
              rounds: RoundsOpt = None, json_out: JsonOpt = None) -> None:  # fmt: skip
    """Print load, re-load, baseline, question latency, API and memory figures for the stores.

    Example: minutes-kg bench all --quick
    """
    _run_bench({"load", "ceiling", "questions", "api"}, quick, json_out, stores=stores,
               sizes=sizes, corpus=corpus, neo4j_uri=neo4j_uri, writers=writers,
               rounds=rounds)  # fmt: skip


@bench_app.command("load")
def bench_load(quick: QuickOpt = False, stores: StoresOpt = "both", sizes: SizesOpt = None,
               corpus: CorpusOpt = None, neo4j_uri: Neo4jUriOpt = None, writers: WritersOpt = 2,
               rounds: RoundsOpt = None, json_out: JsonOpt = None) -> None:  # fmt: skip
    """Print extraction MB/s, load throughput per stage and beside its ceiling (timed in turn,
    at the largest size), re-loading and the naive baseline.

    Example: minutes-kg bench load --stores neo4j --sizes 1000,10000 --rounds 3
    """
    _run_bench({"load", "ceiling"}, quick, json_out, stores=stores, sizes=sizes, corpus=corpus,
               neo4j_uri=neo4j_uri, writers=writers, rounds=rounds)  # fmt: skip


KeptOpt = Annotated[
    Path | None,
    typer.Option(help="Ask the stores a run with --keep left in this folder, one per stage, "
                 "without loading; only --rounds, --only and --json-out apply then."),
]  # fmt: skip
KeptRoundsOpt = Annotated[
    int, typer.Option(min=1, help="With --kept: rounds of every size in turn (up, down, up, …).")
]
OnlyOpt = Annotated[
    str | None, typer.Option(help="With --kept: ask only these questions, e.g. search,subgraph-2.")
]


@bench_app.command("questions")
def bench_questions(quick: QuickOpt = False, stores: StoresOpt = "both", sizes: SizesOpt = None,
                    corpus: CorpusOpt = None, neo4j_uri: Neo4jUriOpt = None,
                    writers: WritersOpt = 2, json_out: JsonOpt = None, keep: KeepOpt = None,
                    kept: KeptOpt = None, rounds: KeptRoundsOpt = 3,
                    only: OnlyOpt = None) -> None:  # fmt: skip
    """Load in stages and print p50/p95/p99 of every named question at each stage.

    With --keep, the embedded store as each stage left it stays in that folder
    (``falkordb-<meetings>/``, beside the extraction cache); --kept asks them again, without
    loading, with the same anchors, and prints each question's p50/p95 at each size and how its
    p50 grew.

    Example: minutes-kg bench questions --stores falkordb --sizes 1000,10000 --keep /tmp/kept

    Example: minutes-kg bench questions --kept /tmp/kept --rounds 3 --only search
    """
    if kept is not None:
        _ask_kept(kept, rounds, only, json_out)
        return
    _run_bench({"load", "questions"}, quick, json_out, keep, stores=stores, sizes=sizes,
               corpus=corpus, neo4j_uri=neo4j_uri, writers=writers)  # fmt: skip


def _ask_kept(folder: Path, rounds: int, only: str | None, json_out: Path | None) -> None:
    from dataclasses import asdict

    from graph_service.bench.kept import ask_kept, render_kept
    from graph_service.bench.questions import QUESTIONS
    from graph_service.bench.render import machine

    chosen = frozenset(only.split(",")) if only else None
    if chosen and not chosen <= set(QUESTIONS):
        raise typer.BadParameter(f"give some of {', '.join(QUESTIONS)}", param_hint="--only")
    started_on = machine()
    try:
        figures = ask_kept(folder, rounds, only=chosen)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--kept") from error
    typer.echo(render_kept(figures, started_on, machine()))
    if json_out is not None:
        data = asdict(figures) | {"folder": str(folder)}
        json_out.write_text(json.dumps(data, indent=1, ensure_ascii=False), "utf-8")


@bench_app.command("api")
def bench_api(quick: QuickOpt = False, stores: StoresOpt = "both", sizes: SizesOpt = None,
              corpus: CorpusOpt = None, neo4j_uri: Neo4jUriOpt = None, writers: WritersOpt = 2,
              json_out: JsonOpt = None) -> None:  # fmt: skip
    """Load, then print API requests/s on the co-owners route with 1 and 2 uvicorn workers.

    Example: minutes-kg bench api --stores falkordb --sizes 10000
    """
    _run_bench({"load", "api"}, quick, json_out, stores=stores, sizes=sizes, corpus=corpus,
               neo4j_uri=neo4j_uri, writers=writers)  # fmt: skip


def synth(
    meetings: Annotated[int, typer.Option(min=1, help="How many meetings in all.")] = 1000,
    governments: Annotated[int, typer.Option(min=1, help="How many invented governments.")] = 50,
    seed: Annotated[
        int, typer.Option(help="Random seed; the same seed writes the same bytes.")
    ] = 1,
    out: Annotated[Path, typer.Option(help="Folder to write into.")] = Path("synthetic"),
) -> None:
    """Write a synthetic corpus of minutes with a gold file beside each.

    Example: minutes-kg synth --meetings 10000 --governments 300 --seed 1 --out /tmp/corpus
    """
    written = generate(out, meetings, governments, seed)
    typer.echo(f"wrote {meetings} minutes ({written / 1e6:.1f} MB of text) and gold under {out}")
