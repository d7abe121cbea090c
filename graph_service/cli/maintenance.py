"""``minutes-kg doctor``: checking and repairing the embedded store's folder.

Registered on the command line in :mod:`graph_service.cli.app`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from graph_service.settings import Settings
from graph_service.stores.falkor_check import Problem, check_folder

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
