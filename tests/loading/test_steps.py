"""Each step of a load alone: read, extract, batch, the group write or comparison, the record."""

from __future__ import annotations

from pathlib import Path

from minutes_factory import meeting_id, minutes_text, write_minutes

from graph_service.loading import history, record, steps
from graph_service.loading.group import Group, compare_files, write_files
from graph_service.loading.plan import Planned
from graph_service.loading.report import FileResult, LoadReport
from graph_service.loading.run import load_paths
from graph_service.loading.steps import FileSource, Slot, UploadSource, prepare, prepared


def _prepared(folder: Path, numbers: range) -> list[steps.Prepared]:
    slots = [prepare(FileSource(path), None) for path in write_minutes(folder, numbers)]
    return [slot.prepared for slot in slots if slot.prepared is not None]


def test_read_source_upload_is_normalised_text():
    document = steps.read_source(UploadSource("upload/a.txt", minutes_text(1).encode("gbk")))
    assert document.source == "upload/a.txt" and "常务会议" in document.text


def test_extract_then_batch_gives_the_meeting_node(tmp_path):
    (path,) = write_minutes(tmp_path, range(1, 2))
    document = steps.read_source(FileSource(path))
    batch = steps.batch_of(steps.extract_document(document, None), document)
    assert meeting_id(1) in [node.id for node in batch.nodes if node.label == "Meeting"]


def test_prepare_unreadable_file_is_a_slot_naming_it(tmp_path):
    slot = prepare(FileSource(tmp_path / "gone.txt"), None)
    assert (slot.prepared, str(tmp_path / "gone.txt") in (slot.error or "")) == (None, True)


def test_prepare_upload_read_lazily_only_when_prepared():
    calls = []
    source = UploadSource("upload/a.txt", lambda: calls.append(1) or minutes_text(2).encode())
    assert calls == []
    assert prepare(source, None).prepared is not None and calls == [1]


def test_prepared_in_worker_processes_keeps_order_and_results(tmp_path, monkeypatch):
    paths = write_minutes(tmp_path, range(12))
    paths.insert(5, tmp_path / "missing.txt")
    sources = [FileSource(path) for path in paths]
    monkeypatch.setattr(steps, "POOL_MIN_FILES", 0)
    monkeypatch.setattr(steps, "FILES_PER_TASK", 3)
    alone = list(prepared(sources, None, processes=1))
    pooled = list(prepared(sources, None, processes=2))
    assert [(s.source, s.error, s.prepared and s.prepared.batch) for s in pooled] == [
        (s.source, s.error, s.prepared and s.prepared.batch) for s in alone
    ]


def test_group_in_order_puts_failures_back_in_place(tmp_path):
    one, two = _prepared(tmp_path, range(2))
    group = Group()
    for slot in (Slot(one.source, one), Slot("bad.txt", error="bad"), Slot(two.source, two)):
        group.add(slot)
    results = [FileResult(file=item.source, status="added") for item in group.prepared]
    assert [r.file for r in group.in_order(results)] == [one.source, "bad.txt", two.source]


def test_group_full_once_enough_documents(tmp_path, monkeypatch):
    from graph_service.loading import writing

    monkeypatch.setattr(writing, "GROUP_DOCUMENTS", 2)
    group = Group()
    for item in _prepared(tmp_path, range(2)):
        assert not group.full()
        group.add(Slot(item.source, item))
    assert group.full()


def test_write_files_adds_then_finds_unchanged(store, tmp_path):
    files = _prepared(tmp_path, range(3))
    load = history.new_load("cli", by="test")
    first = write_files(store, files, load)
    again = write_files(store, files, load)
    statuses = [[r.status for r in done.results] for done in (first, again)]
    assert statuses == [["added"] * 3, ["unchanged"] * 3] and first.lost is None


def test_write_files_stamps_the_facts_with_the_load(store, tmp_path):
    load = history.new_load("cli", by="test")
    write_files(store, _prepared(tmp_path, range(1)), load)
    query = "MATCH ()-[e:REPORTED]->() RETURN DISTINCT e.load AS load"
    assert store.run_read(query, timeout_s=30, max_rows=10).rows == [[load.id]]


def test_compare_files_predicts_and_writes_nothing(store, tmp_path):
    done = compare_files(store, Planned(), _prepared(tmp_path, range(2)))
    assert [r.status for r in done.results] == ["added", "added"]
    assert sum(store.stats().nodes.values()) == 0


def test_record_completed_lists_each_file():
    load = history.new_load("cli", by="test")
    report = LoadReport(files=[FileResult(file="a.txt", status="failed", error="bad")])
    done = record.completed(load, report, {})
    assert ([f.file for f in done.files], done.documents["failed"]) == (["a.txt"], 1)


def test_record_begin_stores_an_incomplete_record(store):
    load = history.new_load("cli", by="test")
    record.begin(store, load)
    stored = history.load(store, load.id)
    assert stored is not None and stored.complete is False


def test_record_finish_stores_the_complete_record(store):
    load = history.new_load("cli", by="test")
    record.begin(store, load)
    record.finish(store, load, LoadReport(files=[FileResult(file="a", status="added")]), {})
    stored = history.load(store, load.id)
    assert stored is not None and (stored.complete, len(stored.files)) == (True, 1)


def test_load_paths_in_worker_processes_reports_each_file_in_order(store, tmp_path, monkeypatch):
    paths = write_minutes(tmp_path, range(5))
    monkeypatch.setattr(steps, "POOL_MIN_FILES", 0)
    report = load_paths(store, [tmp_path])
    assert [(Path(f.file).name, f.status) for f in report.files] == [
        (path.name, "added") for path in paths
    ]
