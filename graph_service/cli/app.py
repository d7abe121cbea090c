"""The ``minutes-kg`` command line: thin commands over the library.

The benchmark commands (``bench``, ``synth``) join it in :mod:`graph_service.__main__`, since they
sit above the service they measure.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer
from rich.console import Console

from graph_service.cli import maintenance, reading
from graph_service.cli.review import JsonOpt, loads_app, print_json, review_app
from graph_service.settings import Settings
from graph_service.stores.open import opened_store
from loaders.errors import MinutesKGError
from loaders.models import Extraction

if TYPE_CHECKING:
    from graph_service.loading.run import LoadReport
    from loaders.extract.registry import Registry

app = typer.Typer(
    help="Minutes KG: government executive-meeting minutes (常务会议纪要) as a knowledge graph.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(review_app, name="review")
app.add_typer(loads_app, name="loads")

FilesArg = Annotated[
    list[Path], typer.Argument(help="Minutes files or folders.", show_default=False)
]
HostOpt = Annotated[str, typer.Option(help="Address to listen on; 0.0.0.0 for every interface.")]
PortOpt = Annotated[int, typer.Option(help="Port to listen on.")]
SAMPLES = resources.files("loaders") / "data" / "samples"


def _fail(message: str) -> None:
    typer.echo(f"minutes-kg: {message}", err=True)


def _version(shown: bool) -> None:
    if shown:
        typer.echo(f"minutes-kg {metadata.version('minutes-kg')}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Minutes KG: government executive-meeting minutes (常务会议纪要) as a knowledge graph."""


@app.command()
def extract(
    files: FilesArg,
    format: Annotated[
        Literal["json", "summary"], typer.Option("--format", "-f", help="What to print.")
    ] = "json",
    out: Annotated[
        Path | None,
        typer.Option(help="Write OUT/<stem>.json per file instead, mirroring folders' subfolders."),
    ] = None,
) -> None:
    """Extract meetings, bureaus, plans, initiatives and edges from minutes files.

    Example: minutes-kg extract minutes/2024-13.txt --format json
    """
    from graph_service.cli.outputs import output_paths
    from loaders.extract_many import extract_paths

    targets = output_paths(files, out) if out is not None else None  # refuses collisions up front
    results, failures = extract_paths(files, on_error=_fail, registry=_registry())
    _emit(results, files, format, targets)
    raise typer.Exit(1 if failures else 0)


def _emit(
    results: list[Extraction], files: list[Path], format: str, targets: dict[str, Path] | None
) -> None:
    from loaders.summary import render_summary

    if targets is not None:
        from graph_service.cli.outputs import write_outputs

        for path in write_outputs(results, targets):
            typer.echo(f"wrote {path}", err=True)
    elif format == "summary":
        typer.echo("\n\n".join(render_summary(r) for r in results))
    else:
        docs = [r.to_json_dict() for r in results]
        single = len(files) == 1 and files[0].is_file()
        typer.echo(json.dumps(docs[0] if single and docs else docs, ensure_ascii=False, indent=1))


CopyKind = Literal["places", "words", "both", "unseen"]


@app.command("eval")
def evaluate(
    folder: Annotated[Path, typer.Argument(help="A folder of minutes with X.gold.json beside X.")],
    worst: Annotated[int, typer.Option(help="How many of the worst documents to list.")] = 5,
    baseline: Annotated[
        bool, typer.Option(help="Also score the plain jieba/《》 baseline.")
    ] = True,
    copies: Annotated[
        CopyKind | None,
        typer.Option(help="Score copies of the pages as copying sites make them instead, beside "
                     "the pages: place names replaced by advertising (places), common words "
                     "swapped for synonyms (words), both, or synonyms no rule was written for "
                     "(unseen). The folder or its parent needs a sources table."),
    ] = None,
    share: Annotated[
        float, typer.Option(min=0, max=1, help="With --copies: the chance each occurrence changes.")
    ] = 1.0,
    as_json: JsonOpt = False,
) -> None:  # fmt: skip
    """Score the extractor against gold files: precision, recall and F1 per field.

    Example: minutes-kg eval tests/data/minutes
    """
    if copies is not None:
        _eval_copies(folder, copies, share, as_json)
        return
    from loaders.eval import baseline as plain
    from loaders.eval.evaluate import evaluate as run
    from loaders.eval.evaluate import render

    report = run(folder, _extractor())
    reference = run(folder, plain.extract_file) if baseline else None
    if as_json:
        print_json(
            {"extractor": report.model_dump(), "baseline": reference and reference.model_dump()}
        )
    else:
        Console(width=120).print(render(report, reference, worst=worst))


def _extractor() -> Callable[[Path], dict[str, Any]]:
    """The extractor as ``eval`` scores it: the registry's units, a gold-shaped dict per file."""
    from loaders.pipeline import extract_file

    registry = _registry()
    return lambda path: extract_file(path, registry).to_json_dict()


def _eval_copies(folder: Path, kind: CopyKind, share: float, as_json: bool) -> None:
    """Print the scores on the folder's pages and on their copies, side by side."""
    from loaders.eval.copies import render_table, score_copies

    original, copied = score_copies(folder, _extractor(), kind, share)
    if as_json:
        print_json({"originals": original.model_dump(), "copies": copied.model_dump()})
    else:
        typer.echo(render_table(original, copied, f"copies ({kind}, share {share})"))


@app.command()
def load(
    paths: FilesArg,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Print what would be added and removed; write nothing."),
    ] = False,
    by: Annotated[
        str | None, typer.Option(help="Who loads, for the load's record (default: user name).")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Load minutes files and folders into the graph store the settings name.

    Exits 1 if some files failed, 3 if the store went away (run the same command again).

    Example: minutes-kg load minutes/ --dry-run
    """
    from graph_service.cli.summary import load_with_progress, render_report

    with opened_store(Settings()) as store:
        report = load_with_progress(store, paths, dry_run=dry_run, by=by)
    if as_json:
        typer.echo(report.model_dump_json(indent=1))
    else:
        Console().print(render_report(report))
    if report.stopped:
        _fail(_stopped_message(report))
        raise typer.Exit(STORE_WENT_AWAY)
    raise typer.Exit(1 if report.failed else 0)


STORE_WENT_AWAY = 3
"""Exit status of a load stopped because the store became unavailable."""


def _stopped_message(report: LoadReport) -> str:
    """Say why a load stopped, which files it loaded and which not, and what to run."""
    loaded = [result.file for result in report.files if result.status != "failed"]
    cut = [r.file for r in report.files if r.status == "failed" and r.error == report.stopped]
    missing = [*cut, *report.not_loaded]
    if not missing:
        return (
            f"the store became unavailable once all {len(loaded)} files were loaded, before the "
            "load's record was saved (the reason is above). Once the store is back, run the same "
            "command again to record it: every file comes back unchanged."
        )
    shown = ", ".join(Path(name).name for name in missing[:10])
    more = f" and {len(missing) - 10} more" if len(missing) > 10 else ""
    return (
        f"the load stopped: the store became unavailable while loading {Path(missing[0]).name} "
        "(the reason is above).\n"
        f"{len(loaded)} files were loaded; {len(missing)} were not: {shown}{more}\n"
        "Once the store is back, run the same command again: files already loaded come back "
        "unchanged and the others are added."
    )


@app.command()
def serve(host: HostOpt = "127.0.0.1", port: PortOpt = 8000) -> None:
    """Serve the pages (at /) and the API (reference at /docs) on the store the settings name.

    Example: minutes-kg serve --host 127.0.0.1 --port 8000
    """
    _serve(Settings(), host, port)


@app.command()
def demo(host: HostOpt = "127.0.0.1", port: PortOpt = 8000) -> None:
    """Load the bundled sample minutes into the embedded store, then serve them.

    Example: minutes-kg demo --port 8000
    """
    from graph_service.cli.summary import render_report
    from graph_service.loading.run import load_paths

    settings = Settings()
    # The demo's own pages may write (the review page) without a key: same-origin requests only.
    settings = settings.model_copy(update={"store": "falkordb", "open_writes": True})
    with opened_store(settings) as store, resources.as_file(SAMPLES) as samples:
        report = load_paths(store, [samples])
    Console(stderr=True).print(render_report(report, per_file=True))
    _serve(settings, host, port)


# After the commands above, so that --help lists loading and serving first.
for _command in (reading.query, reading.export,
                 maintenance.doctor, maintenance.backup, maintenance.restore):  # fmt: skip
    app.command()(_command)


def _registry() -> Registry:
    """The bundled bureau registry with the files of the ``MKG_REGISTRY`` setting."""
    from loaders.extract.registry import load_registry

    return load_registry(Settings().registry)


def _serve(settings: Settings, host: str, port: int) -> None:
    import uvicorn

    from graph_service.api.app import create_app

    if settings.store == "neo4j":
        with opened_store(settings):
            pass  # an unreachable server is reported in one line here, not by a server traceback
    open_writes = settings.api_key is None and settings.open_writes
    if open_writes and host not in ("127.0.0.1", "localhost", "::1"):
        _fail("warning: MKG_OPEN_WRITES is set without MKG_API_KEY, so anyone who reaches this "
              "address can upload")  # fmt: skip
    typer.echo(f"Minutes KG ({settings.store}) at http://{host}:{port}/ "
               f"(API reference at http://{host}:{port}/docs)", err=True)  # fmt: skip
    # Bounded: an upload that never ends must not keep a stopping server (and its store) alive.
    # uvicorn types the grace as int but waits with asyncio.wait_for, which takes any seconds.
    uvicorn.run(create_app(settings), host=host, port=port,
                timeout_graceful_shutdown=settings.shutdown_grace_s)  # type: ignore[arg-type]  # fmt: skip


def main() -> None:
    """Entry point that turns expected errors into one-line messages instead of tracebacks."""
    try:
        app()
    except MinutesKGError as error:
        _fail(str(error))
        sys.exit(1)
