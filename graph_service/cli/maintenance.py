"""``minutes-kg doctor``, ``backup`` and ``restore``: keeping the store's data safe.

Registered on the command line in :mod:`graph_service.cli.app`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from graph_service.settings import Settings
from graph_service.stores.backup import backup as backup_graph
from graph_service.stores.backup import restore as restore_graph
from graph_service.stores.falkor_check import Problem, check_folder
from graph_service.stores.open import opened_store

NOT_EMBEDDED = 2
"""Exit status of ``doctor`` when the settings name Neo4j, whose files it does not check."""


def doctor(
    repair: Annotated[
        bool, typer.Option("--repair", help="Back the folder up, then mend what can be mended.")
    ] = False,
) -> None:
    """Check the embedded store's folder (MKG_DATA_DIR): write log, snapshot, disk space.

    Exits 0 when healthy, 1 with one line per problem otherwise.

    Example: minutes-kg doctor --repair
    """
    settings = Settings()
    if settings.store != "falkordb":
        typer.echo("doctor checks the embedded store's folder; Neo4j keeps its own files: use "
                   "`neo4j-admin database check`", err=True)  # fmt: skip
        raise typer.Exit(NOT_EMBEDDED)
    folder = settings.data_dir
    if not folder.is_dir():
        typer.echo(f"{folder}: no store yet (it is made on first use); nothing to check")
        raise typer.Exit(0)
    if repair:
        _repair(folder)
    problems = check_folder(folder)
    _print_problems(folder, problems)
    raise typer.Exit(1 if problems else 0)


def _repair(folder: Path) -> None:
    from graph_service.stores.falkor_repair import repair

    report = repair(folder)
    if report.backup is None:
        typer.echo("nothing to repair")
        return
    typer.echo(f"backed up {folder} to {report.backup}")
    for done in report.done:
        typer.echo(f"repaired: {done}")


def _print_problems(folder: Path, problems: list[Problem]) -> None:
    if not problems:
        typer.echo(f"{folder}: healthy (write log, snapshot and disk space checked)")
    for problem in problems:
        typer.echo(f"- {problem}")


def backup(
    out: Annotated[Path, typer.Argument(help="The backup file to write (JSON lines).")],
) -> None:
    """Write every node, edge, load record and decision of the store the settings name to OUT.

    The file restores into either store. Run it while no load runs.

    Example: minutes-kg backup minutes-kg.backup.jsonl
    """
    with opened_store(Settings()) as store:
        done = backup_graph(store, out)
    typer.echo(f"wrote {done.path}: {done.nodes} nodes, {done.edges} edges")


def restore(
    backup_file: Annotated[Path, typer.Argument(help="A file written by `minutes-kg backup`.")],
    force: Annotated[
        bool, typer.Option("--force", help="Delete everything in the store first.")
    ] = False,
) -> None:
    """Restore a backup into the store the settings name, which must be empty (or --force).

    Example: minutes-kg restore minutes-kg.backup.jsonl
    """
    with opened_store(Settings()) as store:
        done = restore_graph(store, backup_file, force=force)
    typer.echo(f"restored {done.nodes} nodes and {done.edges} edges from {done.path}")
