"""A full disk or a read-only folder is named as such, with the path and the free space.

The classifier is tested on the words Redis uses. The real case needs a small filesystem:
as root, each test mounts a tmpfs of a few hundred KB (unmounted afterwards), loads the sample
minutes into a store on it, and loads more until the embedded server exits on a write that does
not fit. Without root (or where mounting is not allowed) those tests are skipped.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph_service.loading.run import load_paths
from graph_service.stores.falkor import FalkorStore
from graph_service.stores.falkor_check import check_folder, disk_full, disk_full_error

SAMPLES = Path(__file__).resolve().parents[2] / "loaders" / "data" / "samples"
DEV = Path(__file__).resolve().parents[1] / "data" / "minutes"
# The samples' log and snapshot take about 310 KB; the development minutes do not fit after them.
TMPFS_SIZE = "340k"
SHORT_WRITE = "# Short write while writing to the AOF file: (nwritten=16613, expected=200107)"


def test_disk_full_names_the_folder_and_its_free_space_from_a_short_write(tmp_path):
    said = disk_full(tmp_path, SHORT_WRITE)
    assert said is not None
    assert said.startswith(f"disk full: {tmp_path} has ")
    assert said.endswith(" free on its disk")


def test_disk_full_is_none_for_other_failures_on_a_roomy_disk(tmp_path):
    assert disk_full(tmp_path, "# Error opening the RDB file: Permission denied") is None


def test_disk_full_error_for_a_refused_write_names_the_disk(tmp_path):
    said = "MISCONF Errors writing to the AOF file: No space left on device"
    error = disk_full_error(tmp_path / "graph.db", said)
    assert error is not None
    assert f"disk full: {tmp_path} has " in str(error)


def test_disk_full_error_is_none_for_any_other_refusal(tmp_path):
    assert disk_full_error(tmp_path / "graph.db", "ERR syntax error") is None


def _mount(point: Path, *options: str) -> None:
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs", str(point)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.strip()}")


@pytest.fixture
def small_disk(tmp_path) -> Iterator[Path]:
    """A folder on a tmpfs of :data:`TMPFS_SIZE`, unmounted after the test."""
    if os.geteuid() != 0:
        pytest.skip("a small filesystem needs root to mount (tmpfs)")
    point = tmp_path / "small"
    point.mkdir()
    _mount(point, f"size={TMPFS_SIZE}")
    try:
        yield point / "store"
    finally:
        subprocess.run(["umount", "--lazy", str(point)], check=False)


@pytest.fixture
def filled(small_disk) -> Iterator[tuple[Path, FalkorStore, object, dict]]:
    """The samples loaded on the small disk, then the development minutes, which do not fit."""
    store = FalkorStore(small_disk)
    try:
        load_paths(store, [SAMPLES])
        before = store.stats().model_dump()
        yield small_disk, store, load_paths(store, [DEV]), before
    finally:
        store.close()


@pytest.mark.faults
def test_falkor_load_on_a_full_disk_stops_saying_disk_full_with_the_path(filled):
    folder, _, report, _ = filled
    assert report.stopped is not None
    assert f"disk full: {folder} has " in report.stopped
    assert "free space there" in report.stopped


@pytest.mark.faults
def test_falkor_full_disk_loses_no_acknowledged_write(filled):
    _, store, _, before = filled
    assert store.stats().model_dump() == before


@pytest.mark.faults
def test_doctor_check_on_a_full_disk_reports_disk_full(filled):
    folder = filled[0]
    assert [p.cause for p in check_folder(folder)] == ["disk full"]


@pytest.mark.faults
def test_doctor_check_on_a_read_only_folder_reports_unwritable_folder(small_disk):
    small_disk.mkdir()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk.parent)], check=True)
    problems = check_folder(small_disk)
    assert [p.cause for p in problems] == ["unwritable folder"]
    assert "Read-only file system" in problems[0].found
