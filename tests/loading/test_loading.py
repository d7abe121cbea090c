"""Loading files into both stores: idempotent, replacing, failure-tolerant, and the dry run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph_service.loading.batch import to_batch
from graph_service.loading.run import load_paths, load_uploads
from loaders.extract.minutes import extract
from loaders.read.readers import read_document

SAMPLES = Path(__file__).resolve().parents[2] / "loaders" / "data" / "samples"
SEED = SAMPLES / "changning-2024-73.txt"
XUHUI_2024 = SAMPLES / "xuhui-2024-96.txt"
XUHUI_2021 = SAMPLES / "xuhui-2021-128.txt"
SEED_MEETING = "meeting:长宁区人民政府:2024-04-24:73"
XUHUI_MEETING = "meeting:徐汇区人民政府:2024-06-12:96"


def _copy(source: Path, folder: Path, name: str | None = None) -> Path:
    target = folder / (name or source.name)
    shutil.copyfile(source, target)
    return target


def _outcome(report) -> list[tuple[str, int, int, int]]:
    return [(f.status, f.added, f.unchanged, f.removed) for f in report.files]


def _batch(path: Path):
    document = read_document(path.resolve())
    return to_batch(extract(document), document)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for sample in (SEED, XUHUI_2024, XUHUI_2021):
        _copy(sample, tmp_path)
    return tmp_path


def test_load_paths_adds_every_document_of_a_folder(store, folder):
    report = load_paths(store, [folder])
    stats = store.stats()
    assert report.documents == {"added": 3, "replaced": 0, "unchanged": 0, "empty": 0, "failed": 0}
    assert report.elements["added"] == sum(stats.nodes.values()) + sum(stats.edges.values())


def test_load_paths_shared_bureau_is_one_node(store, folder):
    report = load_paths(store, [folder])
    # The two Xuhui meetings share bureaus: the later file finds them already there.
    assert [f.unchanged > 0 for f in report.files] == [False, False, True]


def test_load_paths_twice_changes_nothing(store, folder):
    load_paths(store, [folder])
    before = store.stats()
    again = load_paths(store, [folder])
    assert again.documents["unchanged"] == 3
    assert (again.elements["added"], again.elements["removed"], store.stats()) == (0, 0, before)


def test_load_paths_same_file_by_another_path_is_the_same_document(store, folder, monkeypatch):
    load_paths(store, [folder / SEED.name])
    monkeypatch.chdir(folder)
    assert load_paths(store, [Path(SEED.name)]).documents["unchanged"] == 1


def test_load_paths_changed_file_replaces_its_facts(store, folder):
    load_paths(store, [folder])
    _copy(XUHUI_2024, folder, SEED.name)  # a new version of the file: other minutes entirely
    report = load_paths(store, [folder / SEED.name])
    assert report.files[0].status == "replaced"
    assert store.node(SEED_MEETING) is None


def test_load_paths_replacing_keeps_other_documents_facts(store, folder):
    load_paths(store, [folder / XUHUI_2024.name])
    alone = store.stats()
    load_paths(store, [folder / SEED.name])
    (folder / SEED.name).write_text("会议纪要\n", encoding="utf-8")  # its facts all go
    load_paths(store, [folder / SEED.name])
    assert store.stats() == alone


def test_load_paths_page_without_facts_is_empty_on_every_load(store, tmp_path):
    page = tmp_path / "notice.txt"
    page.write_text("本周全区气温回升，请市民注意补水防晒。\n", encoding="utf-8")
    first, again = load_paths(store, [page]), load_paths(store, [page])
    assert ([f.status for f in first.files], [f.status for f in again.files]) == (
        ["empty"],
        ["empty"],
    )
    assert (first.documents["unchanged"], sum(store.stats().nodes.values())) == (0, 0)


def test_load_paths_file_emptied_after_loading_is_replaced(store, folder):
    load_paths(store, [folder / SEED.name])
    (folder / SEED.name).write_text("本周全区气温回升，请市民注意补水防晒。\n", encoding="utf-8")
    report = load_paths(store, [folder / SEED.name])
    assert (report.files[0].status, report.files[0].removed > 0) == ("replaced", True)
    assert store.node(SEED_MEETING) is None


def test_load_paths_failed_file_is_named_and_others_load(store, folder):
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    report = load_paths(store, [empty, folder / SEED.name])
    assert [f.status for f in report.files] == ["failed", "added"]
    assert "empty.txt" in report.failed[0].error and "empty" in report.failed[0].error


def test_load_paths_failed_file_keeps_what_the_graph_had(store, folder):
    load_paths(store, [folder / SEED.name])
    before = store.stats()
    (folder / SEED.name).write_bytes(bytes(range(256)) * 64)  # now unreadable
    report = load_paths(store, [folder / SEED.name])
    assert (report.documents["failed"], store.stats()) == (1, before)


def test_load_paths_dry_run_writes_nothing(store, folder):
    load_paths(store, [folder / SEED.name])
    before = store.stats()
    load_paths(store, [folder], dry_run=True)
    assert store.stats() == before


def test_load_paths_dry_run_predicts_a_first_load(store, folder):
    predicted = load_paths(store, [folder], dry_run=True)
    assert _outcome(predicted) == _outcome(load_paths(store, [folder]))


def test_load_paths_dry_run_predicts_a_replacement(store, folder):
    load_paths(store, [folder / SEED.name, folder / XUHUI_2021.name])
    _copy(XUHUI_2024, folder, SEED.name)
    predicted = load_paths(store, [folder], dry_run=True)
    assert _outcome(predicted) == _outcome(load_paths(store, [folder]))


def test_load_uploads_records_the_file_name_under_upload(store):
    report = load_uploads(store, [("纪要/长宁.txt", SEED.read_bytes())])
    assert (report.files[0].file, report.files[0].meeting.id) == ("upload/长宁.txt", SEED_MEETING)


def test_store_diff_of_a_new_batch_adds_everything(store):
    batch = _batch(SEED)
    diff = store.diff(batch)
    assert (len(diff.added_nodes), len(diff.added_edges)) == (len(batch.nodes), len(batch.edges))


def test_store_diff_of_a_written_batch_is_all_unchanged(store):
    batch = _batch(SEED)
    store.write(batch)
    assert store.diff(batch).result() == store.write(batch)


def test_store_diff_of_a_replacement_equals_the_write(store, folder):
    store.write(_batch(folder / SEED.name))
    _copy(XUHUI_2024, folder, SEED.name)
    changed = _batch(folder / SEED.name)
    predicted = store.diff(changed)
    assert (predicted.result(), SEED_MEETING in predicted.removed_nodes) == (
        store.write(changed),
        True,
    )
