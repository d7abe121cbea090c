"""Writing documents a group at a time: the graph and the per-document counts of one at a time.

Both stores. The documents come from a synthetic corpus (bureaus, plans and initiatives shared
between meetings, aliases, dates) and from the bundled samples, with new versions of some files
in the same run, so that groups hold shared nodes, replacements and a file twice.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_service.bench.synth.corpus import generate
from graph_service.export.graph import graph_of
from graph_service.graph_models import Edge, GraphBatch, Node
from graph_service.loading import writing
from graph_service.loading.batch import to_batch
from graph_service.loading.run import load_paths
from graph_service.loading.writing import groups, write_group
from graph_service.stores._rows import search_terms
from loaders.extract.minutes import extract
from loaders.read.readers import read_document

SAMPLES = Path(__file__).resolve().parents[2] / "loaders" / "data" / "samples"
STAMP = {"load": "load:test", "loaded_at": "2026-01-02T03:04:05+00:00"}


def _batch(path: Path) -> GraphBatch:
    document = read_document(path)
    return to_batch(extract(document), document).model_copy(update=STAMP)


@pytest.fixture(scope="module")
def sequence(tmp_path_factory: pytest.TempPathFactory) -> list[GraphBatch]:
    """Documents in load order: 40 synthetic meetings, the samples, then new versions of files."""
    corpus = tmp_path_factory.mktemp("corpus")
    generate(corpus, meetings=40, governments=2, seed=7)
    files = sorted(p for p in corpus.rglob("*.txt"))
    samples = sorted(SAMPLES.glob("*.txt"))
    batches = [_batch(path) for path in [*files, *samples]]
    # A later version of three synthetic files (another meeting's text under the same name), one
    # of them twice: the first lands in the same group as its earlier version.
    later = []
    for target, donor in ((files[3], files[30]), (files[10], files[31]), (files[3], files[32])):
        original = target.read_bytes()
        target.write_bytes(donor.read_bytes())
        later.append(_batch(target))
        target.write_bytes(original)
    return [*batches[:6], later[0], *batches[6:], *later[1:]]


def _snapshot(store) -> tuple[list[dict], list[dict]]:
    """The whole graph; a node's documents and aliases as sets (a replacement gathers them from
    the remaining edges, in no particular order)."""
    graph = graph_of(store)
    nodes = sorted((node.model_dump() for node in graph.nodes), key=lambda n: n["id"])
    for node in nodes:
        node["docs"] = sorted(node["docs"])
        if "aliases" in node["props"]:
            node["props"]["aliases"] = sorted(node["props"]["aliases"])
    edges = sorted((edge.model_dump() for edge in graph.edges), key=lambda e: e["id"])
    return nodes, edges


# Writes the whole sequence twice, one document and then one group at a time.
@pytest.mark.slow
def test_groups_give_the_graph_and_counts_of_one_document_at_a_time(store, sequence, monkeypatch):
    one_by_one = [store.write(batch) for batch in sequence]
    expected = _snapshot(store)
    store.wipe()
    # Small groups: several groups, each broken into runs by the replacements.
    monkeypatch.setattr(writing, "GROUP_DOCUMENTS", 5)
    outcomes = [outcome for group in groups(sequence) for outcome in write_group(store, group)]
    assert [outcome.error for outcome in outcomes] == [None] * len(sequence)
    assert [outcome.result for outcome in outcomes] == one_by_one
    assert _snapshot(store) == expected
    assert any(result.removed for result in one_by_one)  # the sequence does replace files


def test_replacing_files_gives_aliases_to_bureaus_only(store, sequence):
    for batch in sequence:
        store.write(batch)
    nodes, _ = _snapshot(store)
    assert [n["id"] for n in nodes if n["label"] != "Bureau" and n["props"].get("aliases")] == []
    assert any(n["props"].get("aliases") for n in nodes if n["label"] == "Bureau")


def test_a_group_notes_the_facts_each_new_version_replaces(store, sequence):
    first_version = sequence[3]
    store.write(first_version)
    [outcome] = write_group(store, [sequence[6]])  # its later version
    assert outcome.batch.source == first_version.source
    gone = {edge.id for edge in first_version.edges} - {edge.id for edge in outcome.batch.edges}
    assert gone and {fact.id for fact in outcome.replaced} == gone
    assert outcome.result.removed >= len(gone)


def test_a_document_the_store_refuses_fails_alone_and_the_rest_of_its_group_is_written(
    store, sequence
):
    # A property no store can hold (a map) makes the group's transaction fail as a whole.
    refused = GraphBatch(doc="refused", source="refused.txt", nodes=[
        Node(id="meeting:x", label="Meeting", name="会议", props={"bad": {"a": 1}})])  # fmt: skip
    group = [*sequence[:3], refused, *sequence[7:9]]
    outcomes = write_group(store, group)
    assert [outcome.error is None for outcome in outcomes] == [True, True, True, False, True, True]
    assert str(outcomes[3].error).startswith("refused.txt: not written, graph unchanged")
    assert store.node("meeting:x") is None
    written = {node.id for batch in group if batch is not refused for node in batch.nodes}
    assert all(store.node(node_id) is not None for node_id in written)


def test_load_reports_each_file_in_order_with_failures_in_place(store, tmp_path, monkeypatch):
    monkeypatch.setattr(writing, "GROUP_DOCUMENTS", 2)
    names = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"]
    samples = sorted(SAMPLES.glob("*.txt"))
    for name, sample in zip(names, samples, strict=False):
        (tmp_path / name).write_bytes(sample.read_bytes())
    (tmp_path / "c.txt").write_bytes(b"")  # unreadable: fails while a and b wait to be written
    report = load_paths(store, [tmp_path])
    assert [Path(f.file).name for f in report.files] == names
    assert [f.status for f in report.files] == ["added", "added", "failed", "added", "added"]
    assert "c.txt" in report.files[2].error


def test_a_group_finds_a_document_the_graph_holds_under_another_file_name(store, sequence):
    first = sequence[0]
    store.write(first)
    [outcome] = write_group(store, [first.model_copy(update={"source": "copy.txt"})])
    elements = len(first.nodes) + len(first.edges)
    assert (outcome.result.added, outcome.result.unchanged) == (0, elements)


def test_a_group_loaded_again_is_unchanged_and_new_files_added(store, sequence):
    old, new = sequence[:4], sequence[4:6]
    for outcome in write_group(store, old):
        assert outcome.error is None
    outcomes = write_group(store, [*old, *new])
    one_by_one_added = [len(b.nodes) + len(b.edges) for b in old]
    assert [o.result.added for o in outcomes[:4]] == [0, 0, 0, 0]
    assert [o.result.unchanged for o in outcomes[:4]] == one_by_one_added
    assert all(o.result.added for o in outcomes[4:])


def test_merges_write_the_search_terms_the_bureau_merge_writes(store):
    name = "区应急管理局"
    meeting = Node(id="meeting:t", label="Meeting", name=name)
    bureau = Node(id="bureau:t", label="Bureau", name=name)
    edge = Edge(id="e:t", type="DIRECTED", source=meeting.id, target=bureau.id)
    store.write(GraphBatch(doc="h", source="t.txt", nodes=[meeting, bureau], edges=[edge]))
    query = "MATCH (n) WHERE n.id IN ['meeting:t', 'bureau:t'] RETURN n.id AS id, n.terms AS t"
    terms = dict(store.run_read(query, timeout_s=30, max_rows=10).rows)
    assert terms["meeting:t"] == terms["bureau:t"] == search_terms([name])


def test_bureau_terms_keep_the_aliases_the_graph_holds_and_the_new_document_lacks(store):
    name, first, second = "区应急管理局", "区应急局", "应急局"
    for doc, alias in (("h1", first), ("h2", second)):
        meeting = Node(id=f"meeting:{doc}", label="Meeting", name=doc)
        bureau = Node(id="bureau:a", label="Bureau", name=name, props={"aliases": [alias]})
        edge = Edge(id=f"e:{doc}", type="DIRECTED", source=meeting.id, target=bureau.id)
        store.write_together([GraphBatch(doc=doc, source=f"{doc}.txt", nodes=[meeting, bureau],
                                         edges=[edge])])  # fmt: skip
    query = "MATCH (n:Bureau {id: 'bureau:a'}) RETURN n.terms AS t, n.aliases AS a"
    terms, aliases = store.run_read(query, timeout_s=30, max_rows=1).rows[0]
    assert aliases == [first, second]
    assert terms == search_terms([name, first, second])


def test_bulk_writes_are_in_the_graph_once_done(store, sequence):
    with store.bulk_writes():
        outcomes = write_group(store, sequence[:3])
    assert [o.error for o in outcomes] == [None] * 3
    assert store.node(sequence[0].nodes[0].id) is not None
