"""For the terminal: a load's progress bar and summary, and the rows of a query."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from rich.console import Console, Group
from rich.progress import MofNCompleteColumn, Progress, TextColumn
from rich.table import Table
from rich.text import Text

from graph_service.graph_models import ReadResult
from graph_service.loading.run import FileResult, LoadReport, load_paths
from graph_service.stores.protocol import GraphStore


def summary_table(report: LoadReport) -> Table:
    """Return the totals of a load: documents per status, nodes plus edges per change.

    >>> summary_table(LoadReport(dry_run=True)).title
    'Dry run, nothing written: what loading would do'
    """
    title = "Dry run, nothing written: what loading would do" if report.dry_run else "Loaded"
    table = Table(title=title)
    for column in ("", "added", "replaced", "unchanged", "empty", "removed", "failed"):
        table.add_column(column, justify="left" if not column else "right")
    docs, elements = report.documents, report.elements
    table.add_row("documents", *(str(docs[k]) for k in ("added", "replaced", "unchanged", "empty")),
                  "", str(docs["failed"]))  # fmt: skip
    table.add_row("nodes + edges", str(elements["added"]), "", str(elements["unchanged"]), "",
                  str(elements["removed"]), "")  # fmt: skip
    return table


def files_table(report: LoadReport) -> Table:
    """Return one row per file: its status and the nodes plus edges it adds, keeps, removes.

    >>> files_table(LoadReport(files=[FileResult(file="/m/a.txt", status="failed")])).row_count
    1
    """
    table = Table(title="Per file")
    # A long path wraps rather than ending in an ellipsis (the path is what tells files apart),
    # and takes the width the other columns, kept whole, leave.
    table.add_column("file", overflow="fold")
    for column in ("status", "meeting date"):
        table.add_column(column, no_wrap=True, min_width=len(column))
    for column in ("added", "unchanged", "removed"):
        table.add_column(column, justify="right", no_wrap=True, min_width=len(column))
    for result in report.files:
        meeting = (result.meeting and result.meeting.date) or ""
        table.add_row(shown_path(result.file), result.status, meeting, str(result.added),
                      str(result.unchanged), str(result.removed))  # fmt: skip
    return table


def shown_path(file: str, base: Path | None = None) -> str:
    """Return ``file`` relative to ``base`` (the working folder) when inside it, else as it is.

    Files loaded are recorded with absolute paths; relative ones are what a user types, and
    unlike base names they tell apart files of the same name in different folders.

    >>> shown_path("/work/minutes/2024/a.txt", Path("/work"))
    'minutes/2024/a.txt'
    >>> shown_path("/elsewhere/a.txt", Path("/work"))
    '/elsewhere/a.txt'
    """
    path = Path(file)
    try:
        return str(path.relative_to(base or Path.cwd()))
    except ValueError:
        return file


WARNINGS_SHOWN = 20
"""Warnings printed under a load's summary; the rest are counted (``--json`` gives them all)."""


def render_report(report: LoadReport, *, per_file: bool | None = None) -> Group:
    """Return the summary of a load, the per-file table (dry runs), each failure's reason and
    the first :data:`WARNINGS_SHOWN` warnings (each names its file).

    Args:
        report: the load's report.
        per_file: show a row per file; by default only for dry runs.

    Returns:
        Something ``rich`` prints.
    """
    parts: list[Any] = []
    if report.dry_run if per_file is None else per_file:
        parts.append(files_table(report))
    parts.append(summary_table(report))
    parts += [Text(f"failed: {result.error}", style="red") for result in report.failed]
    warnings = [warning for result in report.files for warning in result.warnings]
    parts += [Text(f"warning: {warning}", style="yellow") for warning in warnings[:WARNINGS_SHOWN]]
    if len(warnings) > WARNINGS_SHOWN:
        more = len(warnings) - WARNINGS_SHOWN
        parts.append(Text(f"… and {more} more warnings (--json lists them all)", style="yellow"))
    return Group(*parts)


def rows_table(result: ReadResult) -> Table:
    """Return the rows of a read query as a table; nodes and edges shown as compact JSON.

    >>> rows_table(ReadResult(columns=["name"], rows=[["区应急管理局"]], truncated=True)).caption
    'truncated: more rows exist'
    """
    table = Table(*result.columns, caption="truncated: more rows exist" if result.truncated else "")
    for row in result.rows:
        table.add_row(*(cell_text(value) for value in row))
    return table


def cell_text(value: Any) -> str:
    """Return a result value as text: strings as they are, anything else as JSON.

    >>> cell_text("区应急管理局"), cell_text(3), cell_text(None)
    ('区应急管理局', '3', 'null')
    """
    if isinstance(value, str):
        return value
    return json.dumps(_plain(value), ensure_ascii=False)


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(exclude_defaults=True)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def load_with_progress(
    store: GraphStore, paths: list[Path], *, dry_run: bool, by: str | None = None
) -> LoadReport:
    """Load ``paths`` with a progress bar on stderr; see :func:`~graph_service.loading.run.load_paths`.

    The bar moves as each file is read and extracted; files are written a group at a time, and
    the files written so far are counted beside it.
    """
    columns = (
        *Progress.get_default_columns(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[written]} written  {task.fields[file]}"),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("loading", total=None, file="", written=0)

        def read(file: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, file=shown_path(file))

        def written(result: FileResult, done: int, total: int) -> None:
            bar.update(task, written=done)

        return load_paths(store, paths, dry_run=dry_run, progress=written, by=by, on_read=read)
