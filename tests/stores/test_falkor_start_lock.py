"""The embedded store's start lock: a lock left in the name of a process that is gone is taken
over, with a message, and a live holder is waited for a bounded time, then named."""

from __future__ import annotations

import fcntl
import logging
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from graph_service.errors import StoreUnavailableError
from graph_service.stores import falkor_server
from graph_service.stores.falkor import FalkorStore
from graph_service.stores.falkor_server import lock_path, start_lock

# Each case starts embedded servers of its own, waiting out a start lock.
pytestmark = pytest.mark.slow


@contextmanager
def _held(data_file: Path, pid: int) -> Iterator[None]:
    """Hold the start lock of ``data_file`` in the name of ``pid``, from another open file."""
    with open(lock_path(data_file), "wb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        handle.write(str(pid).encode())
        handle.flush()
        yield


def _dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def test_falkor_stale_start_lock_is_taken_over_and_said(tmp_path, caplog):
    dead = _dead_pid()
    with _held(tmp_path / "graph.db", dead), caplog.at_level(logging.WARNING):
        store = FalkorStore(tmp_path)
        store.close()
    assert f"process {dead}, which is gone" in caplog.text


def test_falkor_start_lock_of_a_live_process_is_named_after_the_wait(tmp_path, monkeypatch):
    monkeypatch.setattr(falkor_server, "LOCK_WAIT_S", 3.0)
    held = _held(tmp_path / "graph.db", os.getpid())
    with held, pytest.raises(StoreUnavailableError) as error, start_lock(tmp_path / "graph.db"):
        pass
    assert f"process {os.getpid()} has held the start lock" in str(error.value)
