"""Two processes loading into the same embedded data folder at once lose and corrupt nothing."""

from __future__ import annotations

import os
import subprocess
import sys
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
