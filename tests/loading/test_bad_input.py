"""Bad files mixed into batches of good minutes, loaded into both stores and through the CLI.

Each bad file gets a failed entry naming it and the problem, the good files of the batch still
load, and what the graph held before stays. Also: Chinese encodings and traditional characters
landing on the same nodes, the same file under two names, a file renamed after loading, a file
that vanishes mid-load, a 100 MB text, and 10,000 files in one folder (embedded store only, to
keep it near half a minute).
"""

from __future__ import annotations

import shutil
import time
import tracemalloc
from pathlib import Path

import pytest
from minutes_factory import (
    bad_files,
    meeting_id,
    minutes_text,
    scripts_page,
    traditional,
    write_minutes,
)
from typer.testing import CliRunner

from graph_service.cli.app import app
from graph_service.graph_models import GraphStats
from graph_service.loading import steps
from graph_service.loading.run import load_paths
from loaders.read.readers import MAX_FILE_MB, MAX_TEXT_CHARS

BAD = bad_files()
EARLIER = 900  # minutes loaded before each batch, whose facts must survive it


def _size(stats: GraphStats) -> int:
    return sum(stats.nodes.values()) + sum(stats.edges.values())


def _batch(tmp_path: Path, bad_name: str) -> Path:
    """A folder of two good minutes and one bad file."""
    folder = tmp_path / "batch"
    write_minutes(folder, range(2))
    (folder / bad_name).write_bytes(BAD[bad_name][0])
    return folder


def _column(store, query: str) -> list:
    """The values of the query's one column ``value``, row by row."""
    return [row["value"] for row in store.run_read(query, timeout_s=10, max_rows=100).dicts()]


@pytest.mark.parametrize("bad_name", sorted(BAD))
def test_load_paths_bad_file_fails_alone_naming_the_file_and_the_problem(store, tmp_path, bad_name):
    report = load_paths(store, [_batch(tmp_path, bad_name)])
    (failed,) = report.failed
    assert (Path(failed.file).name, bad_name in failed.error, BAD[bad_name][1] in failed.error) == (
        bad_name,
        True,
        True,
    )


@pytest.mark.parametrize("bad_name", sorted(BAD))
def test_load_paths_bad_file_keeps_the_batch_and_what_was_loaded_before(store, tmp_path, bad_name):
    load_paths(store, write_minutes(tmp_path / "earlier", range(EARLIER, EARLIER + 1)))
    before = _size(store.stats())
    report = load_paths(store, [_batch(tmp_path, bad_name)])
    assert (report.documents["added"], report.elements["removed"]) == (2, 0)
    assert _size(store.stats()) == before + report.elements["added"]
    assert store.node(meeting_id(EARLIER)) is not None


def test_load_paths_gbk_big5_and_traditional_copies_land_on_the_same_nodes(store, tmp_path):
    load_paths(store, write_minutes(tmp_path / "utf8", range(3, 4)))
    nodes = store.stats().nodes
    copies = tmp_path / "copies"
    write_minutes(copies / "gbk", range(3, 4), encoding="gbk")
    (copies / "big5.txt").write_bytes(traditional(minutes_text(3)).encode("big5"))
    (copies / "hk.html").write_text(scripts_page(traditional(minutes_text(3))), encoding="utf-8")
    report = load_paths(store, [copies])
    assert (report.documents["added"], store.stats().nodes) == (3, nodes)


def test_load_paths_html_scripts_never_reach_the_graph(store, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(scripts_page(minutes_text(5)), encoding="utf-8")
    load_paths(store, [page])
    evidence = " ".join(_column(store, "MATCH ()-[e]->() RETURN e.evidence AS value"))
    assert ("会议听取" in evidence, "alert" in evidence or "<" in evidence) == (True, False)


def test_load_paths_same_file_under_two_names_adds_its_facts_once(store, tmp_path):
    (first,) = write_minutes(tmp_path, range(7, 8))
    load_paths(store, [first])
    once = store.stats()
    shutil.copyfile(first, tmp_path / "copy-of-minutes.txt")
    report = load_paths(store, [tmp_path])
    assert ([f.status for f in report.files], store.stats()) == (["unchanged", "unchanged"], once)


def test_load_paths_same_file_under_two_names_records_the_last_name_loaded(store, tmp_path):
    (first,) = write_minutes(tmp_path, range(7, 8))
    twin = tmp_path / "twin.txt"
    shutil.copyfile(first, twin)
    load_paths(store, [first, twin])
    assert _column(store, "MATCH ()-[e]->() RETURN DISTINCT e.file AS value") == [
        str(twin.resolve())
    ]


def test_load_paths_same_file_under_two_names_changing_the_other_keeps_the_facts(store, tmp_path):
    (first,) = write_minutes(tmp_path, range(7, 8))
    twin = tmp_path / "twin.txt"
    shutil.copyfile(first, twin)
    load_paths(store, [first, twin])
    first.write_text(minutes_text(8), encoding="utf-8")  # the first name now holds other minutes
    load_paths(store, [first])
    assert (store.node(meeting_id(7)) is None, store.node(meeting_id(8)) is None) == (False, False)


def test_load_paths_same_file_under_two_names_reloading_the_copy_restores_facts(store, tmp_path):
    (first,) = write_minutes(tmp_path, range(7, 8))
    twin = tmp_path / "twin.txt"
    shutil.copyfile(first, twin)
    load_paths(store, [first, twin])
    twin.write_text(minutes_text(8), encoding="utf-8")  # the name the facts carry changes
    load_paths(store, [twin])
    gone = store.node(meeting_id(7)) is None
    load_paths(store, [first])
    assert (gone, store.node(meeting_id(7)) is not None) == (True, True)


def test_load_paths_renamed_file_moves_its_facts_to_the_new_name(store, tmp_path):
    (old,) = write_minutes(tmp_path, range(9, 10))
    load_paths(store, [tmp_path])
    loaded = store.stats()
    new = old.rename(tmp_path / "renamed.txt")
    report = load_paths(store, [tmp_path])
    files = _column(store, "MATCH ()-[e]->() RETURN DISTINCT e.file AS value")
    assert (report.files[0].status, store.stats(), files) == (
        "unchanged",
        loaded,
        [str(new.resolve())],
    )


def test_load_paths_renamed_file_then_changed_leaves_nothing_under_the_old_name(store, tmp_path):
    (old,) = write_minutes(tmp_path, range(9, 10))
    load_paths(store, [old])
    new = old.rename(tmp_path / "renamed.txt")
    load_paths(store, [new])
    new.write_text(minutes_text(10), encoding="utf-8")
    load_paths(store, [new])
    assert (store.node(meeting_id(9)), store.node(meeting_id(10)) is not None) == (None, True)


def test_load_paths_file_that_vanishes_mid_load_fails_alone(store, tmp_path, monkeypatch):
    paths = write_minutes(tmp_path, range(3))
    read = steps.read_document

    def delete_next(path):  # the second file goes once the folder is listed and the first read
        if path.name == paths[0].name:
            paths[1].unlink()
        return read(path)

    monkeypatch.setattr(steps, "read_document", delete_next)
    report = load_paths(store, [tmp_path])
    assert [f.status for f in report.files] == ["added", "failed", "added"]
    assert paths[1].name in report.failed[0].error and "cannot read" in report.failed[0].error


def hundred_megabytes(folder: Path) -> Path:
    """Write a 100 MB text of minutes paragraphs, 1 MB at a time."""
    block = (minutes_text(11) * 1000).encode("utf-8")
    megabyte = block[: 2**20 - 2**20 % 3]  # whole characters: each is 3 bytes in UTF-8
    path = folder / "huge.txt"
    with path.open("wb") as file:
        for _ in range(100 * 2**20 // len(megabyte)):
            file.write(megabyte)
    return path


def load_tracing_memory(store, path: Path) -> tuple:
    """Load ``path``; return the report and the peak memory Python allocated meanwhile (bytes)."""
    tracemalloc.start()
    try:
        report = load_paths(store, [path])
        return report, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_load_paths_100_mb_text_is_refused_naming_the_file_and_the_limit(falkor_store, tmp_path):
    falkor_store.wipe()
    huge = hundred_megabytes(tmp_path)
    write_minutes(tmp_path, range(2))
    report, peak = load_tracing_memory(falkor_store, tmp_path)
    print(f"\n100 MB text refused; peak Python memory of the load: {peak / 2**20:.2f} MB")
    (failed,) = report.failed
    assert (huge.name in failed.error, f"{MAX_FILE_MB} MB limit" in failed.error) == (True, True)
    assert (report.documents["added"], peak < 16 * 2**20) == (2, True)


def test_load_paths_text_of_many_meetings_over_the_character_limit_is_refused(
    falkor_store, tmp_path
):
    falkor_store.wipe()
    many = tmp_path / "a-year-in-one-file.txt"
    many.write_text("\n".join(minutes_text(n) for n in range(12_000)), encoding="utf-8")  # 4 MB
    report, peak = load_tracing_memory(falkor_store, many)
    print(f"\n4 MB of minutes in one file refused; peak Python memory: {peak / 2**20:.0f} MB")
    error = report.failed[0].error
    assert (many.name in error, f"limit of {MAX_TEXT_CHARS:,}" in error) == (True, True)


@pytest.mark.bulk
def test_load_paths_ten_thousand_files_in_one_folder(falkor_store, tmp_path):
    falkor_store.wipe()
    folder = tmp_path / "many"
    write_minutes(folder, range(9_900))
    junk = sorted(BAD)
    for k in range(100):  # junk spread through the folder's order
        name = junk[k % len(junk)]
        (folder / f"minutes-{k * 99:05d}-{name}").write_bytes(BAD[name][0])
    started = time.perf_counter()
    report = load_paths(falkor_store, [folder])
    seconds = time.perf_counter() - started
    print(f"\n10,000 files in one folder: {seconds:.1f} s, {report.documents}")
    assert (len(report.files), report.documents["added"], report.documents["failed"]) == (
        10_000,
        9_900,
        100,
    )
    assert falkor_store.stats().nodes["Meeting"] == 9_900


def _cli_load(store, neo4j_uri_or_none, folder: Path):
    if neo4j_uri_or_none is None:
        env = {"MKG_STORE": "falkordb", "MKG_DATA_DIR": str(store.path.parent)}
    else:
        env = {"MKG_STORE": "neo4j", "NEO4J_URI": neo4j_uri_or_none, "NEO4J_PASSWORD": ""}
    env |= {"COLUMNS": "1000"}
    return CliRunner().invoke(app, ["load", str(folder)], env=env)


@pytest.fixture
def cli_target(store, request):
    """The wiped store and the Neo4j URI when it is Neo4j (``None`` for the embedded one)."""
    uri = request.getfixturevalue("neo4j_uri") if store.dialect == "neo4j" else None
    return store, uri


def test_cli_load_names_every_bad_file_and_loads_the_rest(cli_target, tmp_path):
    store, uri = cli_target
    folder = tmp_path / "batch"
    write_minutes(folder, range(2))
    for name, (data, _) in BAD.items():
        (folder / name).write_bytes(data)
    result = _cli_load(store, uri, folder)
    failures = [line for line in result.output.splitlines() if line.startswith("failed: ")]
    named = sorted(Path(line.split(": ")[1]).name for line in failures)
    assert (result.exit_code, named, store.stats().nodes["Meeting"]) == (1, sorted(BAD), 2)
    assert "Traceback" not in result.output


def test_load_paths_link_to_a_missing_file_fails_alone_naming_the_link(store, tmp_path):
    [good] = write_minutes(tmp_path, range(1))
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted-long-ago.txt")
    report = load_paths(store, [tmp_path])
    assert [(Path(f.file).name, f.status) for f in report.files] == [
        ("gone.txt", "failed"),
        (good.name, "added"),
    ]
    assert "gone.txt" in report.failed[0].error and "cannot read" in report.failed[0].error
