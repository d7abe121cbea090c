"""Two processes loading into the same embedded data folder at once lose and corrupt nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import psutil
import pytest

from graph_service.stores.falkor import FalkorStore

pytestmark = pytest.mark.faults

DEV = Path(__file__).parents[1] / "data" / "minutes"
FIRST = [DEV / "a01_xuhui_paragraph_abbrev.txt", DEV / "a17_xuhui_2021_fullnames.txt"]
SECOND = [DEV / "a03_wuhou_numbered_lue.txt", DEV / "b09_qingxi_2023_abbrev.txt"]


def _load(data_dir: Path, files: list[Path]) -> subprocess.Popen:
    env = os.environ | {"MKG_STORE": "falkordb", "MKG_DATA_DIR": str(data_dir), "COLUMNS": "120"}
    args = [sys.executable, "-m", "graph_service", "load", *map(str, files)]
    return subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def _stats(data_dir: Path):
    store = FalkorStore(data_dir)
    try:
        return store.stats()
    finally:
        store.close()


@pytest.fixture(scope="module")
def serial_stats(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("serial")
    assert _load(data_dir, FIRST + SECOND).wait(timeout=300) == 0
    return _stats(data_dir)


def test_falkor_two_concurrent_loaders_give_the_serial_graph(tmp_path, serial_stats):
    loaders = [_load(tmp_path, FIRST), _load(tmp_path, SECOND)]
    assert [loader.wait(timeout=300) for loader in loaders] == [0, 0]
    assert _stats(tmp_path) == serial_stats


def test_falkor_no_server_outlives_the_loaders(tmp_path):
    assert _load(tmp_path, FIRST).wait(timeout=300) == 0
    data_file = str(tmp_path / "graph.db")
    servers = [
        p
        for p in psutil.process_iter(["cmdline"])
        if data_file in " ".join(p.info["cmdline"] or [])
    ]
    assert servers == []


def test_falkor_store_joins_a_server_that_answers_after_redis_default_wait(tmp_path):
    # A server reading a large graph at its start (about 45 s for 100,000 meetings) answers
    # nothing meanwhile; stopped here for 12 s, past redis-py's default reply wait of 5 s even
    # with the store's one retry.
    first = FalkorStore(tmp_path)
    try:
        server = psutil.Process(first.server_pid)
        server.suspend()
        resume = threading.Timer(12.0, server.resume)
        resume.start()
        try:
            second = FalkorStore(tmp_path)
        finally:
            resume.join()
            server.resume()
        try:
            assert (second.server_pid, second.stats().nodes) == (first.server_pid, {})
        finally:
            second.close()
    finally:
        first.close()
