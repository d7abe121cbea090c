"""Curators' decisions on both stores: applied at once, kept through reloads, dated, withdrawable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph_service.curation.review import abbreviation_score, decide, review_queue, withdraw
from graph_service.curation.rewrite import file_batch, resolve_batch
from graph_service.loading import history
from graph_service.loading.decisions import Decision, curated_registry
from graph_service.loading.ids import KEY_FIELDS, rekey
from graph_service.loading.run import load_paths

DATA = Path(__file__).resolve().parents[1] / "data" / "curation"
GOV = "云岭县人民政府"
FORESTRY = f"bureau:{GOV}:县林业局"
SHANLIN = f"bureau:{GOV}:县山林办"
RENAMED = f"bureau:{GOV}:县自然资源和林业局"


@pytest.fixture
def minutes(tmp_path):
    """A copy of the three 云岭县 minutes (2022, 2023, 2024) that tests may change."""
    folder = tmp_path / "minutes"
    shutil.copytree(DATA, folder)
    return folder


@pytest.fixture
def loaded(store, minutes):
    report = load_paths(store, [minutes], by="tester")
    assert report.documents["added"] == 3
    return store


def _bureau_of(store, edge_type, meeting_date):
    """The bureau ids of the ``edge_type`` edges from meetings on ``meeting_date``."""
    query = "MATCH (a)-[e]->(b) WHERE type(e) = $t AND e.date = $d RETURN a.id AS a, b.id AS b"
    found = store.run_read(query, {"t": edge_type, "d": meeting_date}, timeout_s=10, max_rows=1000)
    return {row["a" if edge_type == "REPORTED" else "b"] for row in found.dicts()}


def _reload_changes(store, minutes):
    report = load_paths(store, [minutes])
    return report.documents, report.elements


def test_rekey_gives_the_ids_of_a_fresh_load(batches):
    edges = [e for batch in batches for e in batch.edges if e.type in KEY_FIELDS]
    assert edges and all(rekey(e, e.source, e.target).id == e.id for e in edges)


def test_file_batch_resolved_again_is_the_batch_written(loaded, minutes):
    registry = curated_registry(loaded)
    for path in sorted(minutes.iterdir()):
        batch = file_batch(loaded, str(path.resolve()))
        again = resolve_batch(batch, registry)
        assert sorted(e.id for e in again.edges) == sorted(e.id for e in batch.edges)


def test_review_queue_lists_unresolved_name_with_sentences_and_candidates(loaded):
    queue = review_queue(loaded, government=GOV)
    assert [item.bureau.id for item in queue.items] == [SHANLIN]
    item = queue.items[0]
    assert len(item.sentences) == 5 and all(
        "县山林办" in e.props["evidence"] for e in item.sentences
    )
    assert FORESTRY in [c.id for c in item.candidates]
    scores = [c.score for c in item.candidates]
    assert scores == sorted(scores, reverse=True) and min(scores) >= 0.5


def test_abbreviation_score_prefers_the_full_name_in_order():
    assert abbreviation_score("区重大办", "区重大工程建设推进办公室") > abbreviation_score(
        "区重大办", "区大重办"
    )


def test_merge_moves_edges_at_once_and_survives_reloading_every_document(loaded, minutes):
    before = loaded.stats()
    result = decide(
        loaded, Decision(kind="merge", government=GOV, name="县山林办", target="县林业局")
    )
    assert set(result.files) == {str(p.resolve()) for p in minutes.iterdir()}
    assert loaded.node(SHANLIN) is None
    assert "县山林办" in loaded.node(FORESTRY).props["aliases"]
    assert loaded.stats().edges == before.edges
    assert review_queue(loaded, government=GOV).items == []
    documents, elements = _reload_changes(loaded, minutes)
    assert documents["unchanged"] == 3 and elements["added"] == elements["removed"] == 0


def test_merge_survives_a_changed_document(loaded, minutes):
    decide(loaded, Decision(kind="merge", government=GOV, name="县山林办", target="县林业局"))
    changed = minutes / "yunling-2024-33.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n会议要求，县山林办要按季度报送进展。\n",
                       encoding="utf-8")  # fmt: skip
    documents, _ = _reload_changes(loaded, minutes)
    assert documents["replaced"] == 1
    assert loaded.node(SHANLIN) is None
    assert FORESTRY in _bureau_of(loaded, "DIRECTED", "2024-02-20")


def test_dated_rename_resolves_each_side_of_the_date(loaded, minutes):
    rename = Decision(kind="rename", government=GOV, name="县林业局", target="县自然资源和林业局",
                      valid_from="2023-01-01")  # fmt: skip
    decide(loaded, rename)
    assert FORESTRY in _bureau_of(loaded, "REPORTED", "2022-03-10")
    assert RENAMED in _bureau_of(loaded, "REPORTED", "2023-05-12")
    assert RENAMED not in _bureau_of(loaded, "REPORTED", "2022-03-10")
    assert loaded.node(RENAMED).props["first"] == "2023-05-12"
    documents, elements = _reload_changes(loaded, minutes)
    assert documents["unchanged"] == 3 and elements["added"] == elements["removed"] == 0


def test_split_makes_an_abbreviation_its_own_unit(loaded):
    emergency = f"bureau:{GOV}:县应急管理局"
    assert loaded.node(emergency) is not None
    decide(loaded, Decision(kind="split", government=GOV, name="县应急局", target="县应急局"))
    assert loaded.node(emergency) is None
    assert loaded.node(f"bureau:{GOV}:县应急局").props["resolved"] is True


def test_withdraw_restores_what_the_registry_says(loaded):
    taken = decide(
        loaded, Decision(kind="merge", government=GOV, name="县山林办", target="县林业局")
    )
    undone = withdraw(loaded, taken.decision.id)
    assert undone is not None and undone.withdrawn
    assert loaded.node(SHANLIN).props["resolved"] is False
    assert withdraw(loaded, taken.decision.id) is None


def test_decision_rejects_a_backwards_date_range():
    with pytest.raises(ValueError, match="before valid_from"):
        Decision(kind="merge", government=GOV, name="a", target="b", valid_from="2024-01-01",
                 valid_to="2023-01-01")  # fmt: skip


def test_history_records_each_load_and_what_it_removed(loaded, minutes):
    changed = minutes / "yunling-2023-21.txt"
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("县农业农村局要做好技术指导", "县农业农村局要加强服务"),
                       encoding="utf-8")  # fmt: skip
    report = load_paths(loaded, [minutes], by="editor")
    records = history.loads(loaded)
    assert [r.by for r in records][:2] == ["editor", "tester"]
    diff = history.diff(loaded, report.load)
    assert any("技术指导" in (fact.evidence or "") for fact in diff.removed)
    assert any("加强服务" in (fact.evidence or "") for fact in diff.added)
    assert all(fact.date == "2023-05-12" for fact in diff.added)


def test_freshness_names_the_newest_meeting_and_last_load(loaded):
    fresh = history.freshness(loaded)
    assert fresh.newest_meeting == "2024-02-20" and fresh.last_by == "tester"


def test_as_of_before_a_bureau_first_meeting_hides_it(loaded):
    from graph_service.questions import graph as questions

    rename = Decision(kind="rename", government=GOV, name="县林业局", target="县自然资源和林业局",
                      valid_from="2023-01-01")  # fmt: skip
    decide(loaded, rename)
    assert questions.node_detail(loaded, RENAMED, as_of="2022-12-31") is None
    assert questions.node_detail(loaded, RENAMED, as_of="2023-05-12") is not None
    hits = questions.search(loaded, "自然资源", as_of="2022-12-31").hits
    assert RENAMED not in [hit.id for hit in hits]
    assert RENAMED in [hit.id for hit in questions.search(loaded, "自然资源").hits]


def test_as_of_limits_edges_subgraphs_and_timelines(loaded):
    from graph_service.questions import graph as questions
    from graph_service.questions import meetings as questions_meetings

    line = questions_meetings.timeline(loaded, SHANLIN, as_of="2023-12-31")
    assert {event.date for event in line.events} == {"2022-03-10", "2023-05-12"}
    assert line.first_meeting.id.endswith("2022-03-10:5")
    assert line.last_meeting.id.endswith("2023-05-12:21")
    whole = questions_meetings.timeline(loaded, SHANLIN)
    assert whole.last_meeting.id.endswith("2024-02-20:33")
    sub = questions.subgraph(loaded, SHANLIN, depth=2, as_of="2022-12-31")
    assert sub.edges and all(edge.props["date"] <= "2022-12-31" for edge in sub.edges)
    assert all(node.props.get("first", "") <= "2022-12-31" for node in sub.nodes)
    assert (
        questions_meetings.meeting(loaded, f"meeting:{GOV}:2024-02-20:33", as_of="2023-12-31")
        is None
    )


def test_as_of_must_be_a_date(loaded):
    from graph_service.questions import graph as questions

    with pytest.raises(questions.QuestionError, match="YYYY-MM-DD"):
        questions.node_detail(loaded, SHANLIN, as_of="2023/01/01")


def test_edges_keep_when_the_graph_learned_them(loaded, minutes):
    query = "MATCH ()-[e:REPORTED]->() RETURN e.id AS id, e.loaded_at AS at, e.load AS load"
    first = loaded.run_read(query, timeout_s=10, max_rows=10_000).dicts()
    load_paths(loaded, [minutes])
    again = loaded.run_read(query, timeout_s=10, max_rows=10_000).dicts()
    assert sorted(first, key=lambda r: r["id"]) == sorted(again, key=lambda r: r["id"])
    assert all(row["at"] and row["load"].startswith("load:") for row in first)


def test_two_bureaus_merged_by_a_reorganisation_resolve_by_date(loaded):
    merged = f"bureau:{GOV}:县农林局"
    for old in ("县林业局", "县农业农村局"):
        decide(loaded, Decision(kind="rename", government=GOV, name=old, target="县农林局",
                                valid_from="2023-01-01"))  # fmt: skip
    assert _bureau_of(loaded, "REPORTED", "2022-03-10") == {SHANLIN, FORESTRY}
    assert _bureau_of(loaded, "REPORTED", "2023-05-12") == {SHANLIN, merged}
    # 由县司法局按程序审核后印发 directs 县司法局 too, which no decision touches.
    justice = f"bureau:{GOV}:县司法局"
    assert _bureau_of(loaded, "DIRECTED", "2023-05-12") == {SHANLIN, merged, justice}
    assert set(loaded.node(merged).props["aliases"]) == {"县林业局", "县农业农村局"}


@pytest.fixture
def dated_registry(tmp_path, monkeypatch):
    """A registry file saying 县山林办 means 县林业局 from 2023 on."""
    from loaders.extract.registry import load_registry

    path = tmp_path / "registry.tsv"
    path.write_text(f"{GOV}\t县山林办\t县林业局\t2023-01-01\t\n", encoding="utf-8")
    monkeypatch.setenv("MKG_REGISTRY", str(path))
    load_registry.cache_clear()
    yield path
    load_registry.cache_clear()


def test_registry_file_with_a_dated_alias_resolves_by_meeting_date(store, minutes, dated_registry):
    load_paths(store, [minutes])
    assert _bureau_of(store, "REPORTED", "2022-03-10") == {SHANLIN, FORESTRY}
    assert _bureau_of(store, "REPORTED", "2023-05-12") == {FORESTRY}
    assert store.node(SHANLIN).props["last"] == "2022-03-10"


def test_resolving_again_leaves_directives_to_collectives_on_their_initiative(store):
    seed = DATA.parent / "scoring" / "000_7b27b0e132a07cd2.txt"
    load_paths(store, [seed])
    batch = file_batch(store, str(seed.resolve()))
    again = resolve_batch(batch, curated_registry(store))

    def group(b):
        return sorted((e.id, e.target) for e in b.edges if e.props.get("group"))

    assert len(group(batch)) == 8 and group(again) == group(batch)
