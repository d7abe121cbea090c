"""Checking the embedded store's folder before a server loads it; saying what is wrong.

The folder holds the snapshot ``graph.db`` (written at each clean stop) and the write log
``graph.db.aof/`` (every acknowledged write). A server loads the log when it exists, else the
snapshot, and writes the snapshot again when it stops. Loading a damaged log would serve part of
the graph and then overwrite the complete snapshot with it, so :func:`refuse_damage` stops a
start first, naming the file, what was found and what to run (``minutes-kg doctor``).

>>> [p.cause for p in check_folder(Path("/nonexistent/folder"))]
[]
"""

from __future__ import annotations

import errno
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from graph_service.errors import StoreUnavailableError
from graph_service.stores.falkor_log import (
    LogFile,
    ManifestError,
    read_manifest,
    scan_log,
    snapshot_error,
)

DATA_FILE = "graph.db"
LOG_DIR = DATA_FILE + ".aof"
LOW_DISK_BYTES = 1024**2
"""Below this much free space on the data folder's disk, the folder counts as full."""
DOCTOR = "minutes-kg doctor"
REPAIR = "minutes-kg doctor --repair"
NEW_FOLDER = ("Move the folder aside, then restore a backup into a new one (`minutes-kg restore "
              "FILE`) or load the minutes again")  # fmt: skip


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the store's folder.

    Attributes:
        cause: what kind of damage: ``truncated log``, ``damaged log``, ``garbage manifest``,
            ``missing log file``, ``damaged snapshot``, ``empty snapshot``, ``unwritable folder``
            or ``disk full``.
        path: the file or folder concerned.
        found: what was found, in a sentence.
        recover: how to recover, in a sentence.
        blocks_start: whether a server must not start on the folder as it is.
        cut_at: for a log ``--repair`` can shorten: the byte it is cut at.
        dropped: the commands such a cut drops.
    """

    cause: str
    path: Path
    found: str
    recover: str
    blocks_start: bool = True
    cut_at: int | None = None
    dropped: int = 0

    def __str__(self) -> str:
        return f"{self.cause}: {self.path}: {self.found}. {self.recover}"


def check_folder(folder: Path) -> list[Problem]:
    """Return every problem of the store folder ``folder`` (none for a missing folder)."""
    if not folder.is_dir():
        return []
    return [*check_files(folder), *check_space(folder)]


def check_files(folder: Path) -> list[Problem]:
    """Return the problems of the snapshot and the write log in ``folder``."""
    log_dir, snapshot = folder / LOG_DIR, folder / DATA_FILE
    problems = check_log(log_dir, snapshot) if log_dir.is_dir() else []
    if snapshot.is_file():
        problems += _check_snapshot(snapshot, used=not log_dir.is_dir())
    return problems


def refuse_damage(data_file: Path) -> None:
    """Raise if a server must not start on ``data_file``'s folder as it is.

    Raises:
        StoreUnavailableError: names each problem, what was found and how to recover.
    """
    blocking = [problem for problem in check_files(data_file.parent) if problem.blocks_start]
    if blocking:
        listed = "\n".join(f"- {problem}" for problem in blocking)
        raise StoreUnavailableError(
            f"{data_file.parent}: the embedded store did not start on a damaged folder (it would "
            f"serve part of the graph, then save that over the whole one):\n{listed}\n"
            f"Run `{DOCTOR}` for the full report."
        )


def check_log(log_dir: Path, snapshot: Path) -> list[Problem]:
    """Return the problems of the write log folder ``log_dir``."""
    manifests = sorted(log_dir.glob("*.manifest"))
    if not manifests:
        return _no_manifest(log_dir, snapshot)
    try:
        files = read_manifest(manifests[0])
    except ManifestError as exc:
        return [Problem("garbage manifest", manifests[0], f"it is not a log manifest: {exc}",
                        _from_snapshot(snapshot))]  # fmt: skip
    live = [f for f in files if f.kind != "history"]
    missing = [f for f in live if not (log_dir / f.name).is_file()]
    if missing:
        return [Problem("missing log file", log_dir / missing[0].name,
                        f"the manifest {manifests[0].name} names it, but it is not there",
                        _from_snapshot(snapshot))]  # fmt: skip
    return [p for k, f in enumerate(live) for p in _check_log_file(log_dir, f, k == len(live) - 1)]


def _no_manifest(log_dir: Path, snapshot: Path) -> list[Problem]:
    """An empty log folder starts an empty graph: a problem only if a snapshot holds one."""
    if not snapshot.is_file() or snapshot.stat().st_size == 0:
        return []
    return [Problem("missing log file", log_dir, "the log folder has no manifest, so the "
                    "store would start empty and then save that over the snapshot",
                    _from_snapshot(snapshot))]  # fmt: skip


def _check_log_file(log_dir: Path, file: LogFile, last: bool) -> list[Problem]:
    path = log_dir / file.name
    if path.suffix == ".rdb":
        error = snapshot_error(path)
        return [] if error is None else [_damaged_base(path, error, log_dir)]
    scan = scan_log(path)
    if scan.problem is None:
        return []
    if scan.problem == "truncated":
        ending = (
            f"last {scan.incomplete} commands are" if scan.incomplete > 1 else "last command is"
        )
        found = (f"it is truncated at byte {scan.good:,} of {scan.size:,}: the {ending} "
                 f"incomplete ({scan.detail})")  # fmt: skip
    else:
        found = (f"at byte {scan.good:,} of {scan.size:,} it holds no command ({scan.detail}); "
                 f"the {scan.size - scan.good:,} bytes from there cannot be read")  # fmt: skip
    if not last:
        return [Problem("damaged log", path, found + "; later log files depend on it",
                        _from_snapshot(log_dir.parent / DATA_FILE))]  # fmt: skip
    cause = "truncated log" if scan.problem == "truncated" else "damaged log"
    recover = (f"`{REPAIR}` backs the folder up, then cuts the log at byte {scan.good:,}, "
               f"after its last complete command ({scan.commands:,} kept"
               f"{'' if scan.problem == 'truncated' else '; what follows stays in the backup'})")  # fmt: skip
    return [Problem(cause, path, found, recover, cut_at=scan.good, dropped=scan.incomplete)]


def _damaged_base(path: Path, error: str, log_dir: Path) -> Problem:
    return Problem("damaged snapshot", path, f"the log's base snapshot: {error}",
                   _from_snapshot(log_dir.parent / DATA_FILE))  # fmt: skip


def _from_snapshot(snapshot: Path) -> str:
    """How to recover when the log cannot be used: from a backup, or from the snapshot."""
    if not snapshot.is_file() or snapshot_error(snapshot) is not None:
        return f"The log cannot be repaired and {snapshot.name} cannot stand in: {NEW_FOLDER}"
    return (f"Run `{REPAIR}`: it backs the folder up and moves the log aside, so the store "
            f"starts from {snapshot.name}, the graph as of its last clean stop (writes after "
            "that are lost: load those minutes again, or restore a newer backup with "
            "`minutes-kg restore FILE --force`)")  # fmt: skip


def _check_snapshot(snapshot: Path, *, used: bool) -> list[Problem]:
    error = snapshot_error(snapshot)
    if error is None:
        return []
    cause = "empty snapshot" if snapshot.stat().st_size == 0 else "damaged snapshot"
    if not used:
        return [Problem(cause, snapshot, f"{error}; it is not loaded while the write log is "
                        "there, and the next clean stop writes it again",
                        f"`{REPAIR}` moves it into a backup", blocks_start=False)]  # fmt: skip
    return [Problem(cause, snapshot, f"{error}; there is no write log to load instead",
                    NEW_FOLDER)]  # fmt: skip


def failure_cause(folder: Path, said: str) -> str:
    """Say why the server on ``folder`` failed to start, from the end of its log (``said``)."""
    full = disk_full(folder, said)
    if full:
        return f"{full}; free space there, then try again"
    found = check_folder(folder)
    if found:
        return "; ".join(map(str, found)) + f" (`{DOCTOR}` for the full report)"
    last = [line.split(" # ", 1)[-1] for line in said.splitlines() if " # " in line]
    return f"the server said: {last[-1]}" if last else f"run `{DOCTOR}` to check the folder"


def disk_full_error(data_file: Path, said: str) -> StoreUnavailableError | None:
    """Return the error for a write the server refused because the disk is full (``said``: its
    error reply), ``None`` for any other refusal."""
    if not any(sign in said for sign in DISK_FULL_SIGNS):
        return None
    return StoreUnavailableError(
        f"{data_file}: the write was refused: {disk_full(data_file.parent, said)}; free space "
        "there, then run the same command again"
    )


def check_space(folder: Path) -> list[Problem]:
    """Return a problem if ``folder`` cannot be written, or its disk is (nearly) full."""
    probe = folder / f".minutes-kg-probe-{uuid.uuid4().hex}"
    try:
        probe.write_bytes(b"probe")
        probe.unlink()
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            return [Problem("unwritable folder", folder, f"a file cannot be created there: "
                            f"{exc.strerror}", "Make the folder writable by this user (or mount "
                            "it read-write), or set MKG_DATA_DIR to one that is",
                            blocks_start=False)]  # fmt: skip
    if free_bytes(folder) < LOW_DISK_BYTES:
        return [Problem("disk full", folder, f"its disk has {free_text(folder)}", "Free space "
                        "on that disk (or move the folder to a larger one and set MKG_DATA_DIR)",
                        blocks_start=False)]  # fmt: skip
    return []


def free_bytes(folder: Path) -> int:
    """Return the bytes this user may still write on ``folder``'s disk."""
    stat = os.statvfs(folder)
    return stat.f_bavail * stat.f_frsize


def free_text(folder: Path) -> str:
    """Return ``folder``'s free space in words, e.g. ``24 KB free``."""
    free = free_bytes(folder)
    for unit, size in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if free >= size:
            return f"{free / size:.{0 if free >= 10 * size else 1}f} {unit} free"
    return f"{free} bytes free"


def disk_full(folder: Path, said: str = "") -> str | None:
    """Return "disk full …" if ``folder``'s disk is full or ``said`` (a server's log or error
    reply) reports it; ``None`` otherwise.

    >>> said = "MISCONF Errors writing to the AOF file: No space left on device"
    >>> disk_full(Path("/"), said).startswith("disk full: / has ")
    True
    """
    reported = any(sign in said for sign in DISK_FULL_SIGNS)
    if not reported and free_bytes(folder) >= LOW_DISK_BYTES:
        return None
    return f"disk full: {folder} has {free_text(folder)} on its disk"


DISK_FULL_SIGNS = ("No space left on device", "Short write while writing to the AOF",
                   "Disk quota exceeded")  # fmt: skip
"""What a Redis log or error reply says when a write did not fit on the disk: a short write is
how a nearly full disk shows (the part that fit is written, the rest refused)."""
