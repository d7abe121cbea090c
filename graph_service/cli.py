"""The ``minutes-kg`` command line: thin commands over the library."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from loaders.errors import MinutesKGError
from loaders.models import Extraction

app = typer.Typer(
    help="Minutes KG: government executive-meeting minutes (常务会议纪要) as a knowledge graph.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
bench_app = typer.Typer(
    help="Benchmarks that print figures (never pass/fail).", no_args_is_help=True
)
app.add_typer(bench_app, name="bench")

FilesArg = Annotated[
    list[Path], typer.Argument(help="Minutes files or folders.", show_default=False)
]


def _fail(message: str) -> None:
    typer.echo(f"minutes-kg: {message}", err=True)


@app.command()
def extract(
    files: FilesArg,
    format: Annotated[str, typer.Option("--format", "-f", help="json or summary.")] = "json",
    out: Annotated[
        Path | None, typer.Option(help="Write DIR/<stem>.json per file instead.")
    ] = None,
) -> None:
    """Extract meetings, bureaus, plans, initiatives and edges from minutes files.

    Example: minutes-kg extract minutes/2024-13.txt --format json
    """
    from loaders.extract_many import extract_paths

    if format not in ("json", "summary"):
        raise typer.BadParameter("use json or summary", param_hint="--format")
    results, failures = extract_paths(files, on_error=_fail)
    _emit(results, files, format, out)
    raise typer.Exit(1 if failures else 0)


def _emit(results: list[Extraction], files: list[Path], format: str, out: Path | None) -> None:
    from loaders.summary import render_summary

    if out is not None:
        from loaders.extract_many import write_outputs

        for path in write_outputs(results, out):
            typer.echo(f"wrote {path}", err=True)
    elif format == "summary":
        typer.echo("\n\n".join(render_summary(r) for r in results))
    else:
        docs = [r.to_json_dict() for r in results]
        single = len(files) == 1 and files[0].is_file()
        typer.echo(json.dumps(docs[0] if single and docs else docs, ensure_ascii=False, indent=1))


@app.command("eval")
def evaluate(
    folder: Annotated[Path, typer.Argument(help="A folder of minutes with X.gold.json beside X.")],
    worst: Annotated[int, typer.Option(help="How many of the worst documents to list.")] = 5,
    baseline: Annotated[
        bool, typer.Option(help="Also score the plain jieba/《》 baseline.")
    ] = True,
) -> None:
    """Score the extractor against gold files: precision, recall and F1 per field.

    Example: minutes-kg eval tests/data/minutes
    """
    from rich.console import Console

    from loaders import baseline as plain
    from loaders.evaluate import evaluate as run
    from loaders.evaluate import render
    from loaders.pipeline import extract_file

    report = run(folder, lambda path: extract_file(path).to_json_dict())
    reference = run(folder, plain.extract_file) if baseline else None
    Console(width=120).print(render(report, reference, worst=worst))


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
    from loaders.bench import bench_extract as run

    typer.echo(run(folder, megabytes).render())


@app.command()
def demo() -> None:
    """Extract the bundled sample minutes and print what was found.

    Example: minutes-kg demo
    """
    from loaders.pipeline import extract_file
    from loaders.summary import render_summary

    samples = resources.files("loaders") / "data" / "samples"
    for sample in sorted(samples.iterdir(), key=lambda p: p.name):
        with resources.as_file(sample) as path:
            typer.echo(render_summary(extract_file(path)) + "\n")


def main() -> None:
    """Entry point that turns expected errors into one-line messages instead of tracebacks."""
    try:
        app()
    except MinutesKGError as error:
        _fail(str(error))
        sys.exit(1)
