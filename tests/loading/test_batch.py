"""to_batch: an extraction becomes nodes and edges with deterministic ids and provenance."""

from __future__ import annotations

from itertools import permutations

import pytest

from graph_service.graph_models import EdgeProps, NodeProps
from graph_service.loading.batch import to_batch
from graph_service.loading.ids import keyed_edge, rekey
from loaders.extract.minutes import extract
from loaders.models import Document, Extraction

GOV = "长宁区人民政府"
DOC = "ab" * 32
FIELDS = {
    "REPORTED": {"item": 2, "role": "lead", "bureau": "区体育局", "alias": "区体育局",
                 "subject": "全民健身", "meeting": "meeting:x"},
    "DIRECTED": {"item": 1, "directive": "抓紧推进", "to": "区民政局", "alias": None},
}  # fmt: skip


def _edges(batch, edge_type, **props):
    return [
        edge
        for edge in batch.edges
        if edge.type == edge_type and all(edge.props.get(k) == v for k, v in props.items())
    ]


def test_to_batch_bureau_id_is_government_and_canonical_name(seed_extraction, seed_document):
    batch = to_batch(seed_extraction, seed_document)
    assert f"bureau:{GOV}:区应急管理局" in {node.id for node in batch.nodes}


def test_to_batch_bureau_keeps_the_name_as_written(seed_extraction, seed_document):
    batch = to_batch(seed_extraction, seed_document)
    bureau = next(node for node in batch.nodes if node.id == f"bureau:{GOV}:区应急管理局")
    assert bureau.props["aliases"] == ["区应急局"]


def test_to_batch_meeting_id_is_government_date_and_ordinal(seed_extraction, seed_document):
    batch = to_batch(seed_extraction, seed_document)
    meetings = [node.id for node in batch.nodes if node.label == "Meeting"]
    assert meetings == [f"meeting:{GOV}:2024-04-24:73"]


def test_to_batch_meeting_without_ordinal_uses_document_hash(seed_extraction, seed_document):
    seed_extraction.meeting.ordinal = None
    batch = to_batch(seed_extraction, seed_document)
    meetings = [node.id for node in batch.nodes if node.label == "Meeting"]
    assert meetings == [f"meeting:{GOV}:doc:{seed_document.doc[:16]}"]


def test_to_batch_reported_plan_title_goes_to_the_plan(seed_extraction, seed_document):
    batch = to_batch(seed_extraction, seed_document)
    (edge,) = _edges(batch, "REPORTED", item=3)
    assert edge.target == f"plan:{GOV}:长宁区关于开展电动自行车安全治理攻坚行动工作方案"


def test_to_batch_reported_subject_without_plan_goes_to_initiative(seed_extraction, seed_document):
    batch = to_batch(seed_extraction, seed_document)
    targets = {edge.target for edge in _edges(batch, "REPORTED", item=7)}
    assert targets == {f"initiative:{GOV}:重点投资项目建设"}


def test_to_batch_supplementary_reporters_keep_their_role(seed_extraction, seed_document):
    batch = to_batch(seed_extraction, seed_document)
    roles = {edge.source: edge.props["role"] for edge in _edges(batch, "REPORTED", item=7)}
    assert roles[f"bureau:{GOV}:区体育局"] == "supplementary"


def test_to_batch_directives_to_named_units_go_to_bureaus(seed_extraction, seed_document):
    batch = to_batch(seed_extraction, seed_document)
    addressees = sorted(e.props["to"] for e in _edges(batch, "DIRECTED") if "group" not in e.props)
    assert addressees == ["区外事办", "区投促办", "区重大办"]


def test_to_batch_directive_to_a_collective_goes_to_the_item_initiative(seed_document):
    batch = to_batch(extract(seed_document), seed_document)
    group = _edges(batch, "DIRECTED", group=True)
    on_item = {(e.props["to"], e.target) for e in group if e.props["item"] == 3}
    assert len(group) == 8
    assert on_item == {(to, f"initiative:{GOV}:电动自行车安全治理攻坚行动")
                       for to in ("各位副区长", "各相关部门", "工作专班")}  # fmt: skip


def test_to_batch_directive_to_a_collective_without_item_subject_is_a_warning(
    seed_extraction, seed_document
):
    # The gold file numbers no plan or initiative by item: a collective has nothing to sit on.
    batch = to_batch(seed_extraction, seed_document)
    assert _edges(batch, "DIRECTED", group=True) == []
    assert sum("directive to '各相关部门' (item 3) is not loaded" in w for w in batch.warnings) == 1


def test_to_batch_approval_goes_from_meeting_to_plan(seed_document):
    extraction = Extraction.model_validate({
        "meeting": {"issuer": GOV, "date": "2024-04-24", "ordinal": 73},
        "plans": [{"title": "甲方案", "item": 1}],
        "approved": [{"item": 1, "plan": "甲方案", "verb": "原则同意", "span": [0, 12],
                      "evidence": "会议原则同意该方案。"}]})  # fmt: skip
    (edge,) = _edges(to_batch(extraction, seed_document), "RELATED_TO", kind="approved")
    assert (edge.type, edge.source, edge.target) == (
        "RELATED_TO",
        f"meeting:{GOV}:2024-04-24:73",
        f"plan:{GOV}:甲方案",
    )
    assert (edge.props["kind"], edge.props["verb"], edge.props["evidence"]) == (
        "approved", "原则同意", "会议原则同意该方案。")  # fmt: skip


def test_to_batch_approval_of_an_unknown_plan_is_a_warning(seed_document):
    extraction = Extraction.model_validate(
        {"meeting": {"issuer": GOV}, "approved": [{"item": 1, "plan": "乙方案"}]})  # fmt: skip
    batch = to_batch(extraction, seed_document)
    assert (batch.edges, batch.warnings[-1].endswith("'乙方案' is not a plan")) == ([], True)


def test_to_batch_directed_goes_from_meeting_to_bureau(seed_extraction, seed_document):
    batch = to_batch(seed_extraction, seed_document)
    (edge,) = _edges(batch, "DIRECTED", item=7)
    assert (edge.source, edge.target) == (f"meeting:{GOV}:2024-04-24:73", f"bureau:{GOV}:区重大办")


def test_to_batch_related_kinds_match_the_extraction(seed_extraction, seed_document):
    batch = to_batch(seed_extraction, seed_document)
    kinds = sorted(
        edge.props["kind"] for edge in _edges(batch, "RELATED_TO") if edge.props["kind"] != "agenda"
    )
    assert kinds == ["combined_with"] * 2 + ["implements"] * 5 + ["shared_requirement"]


def test_to_batch_meeting_has_every_plan_and_initiative_on_its_agenda(
    seed_extraction, seed_document
):
    batch = to_batch(seed_extraction, seed_document)
    assert len(_edges(batch, "RELATED_TO", kind="agenda")) == 5 + 10


def test_to_batch_every_edge_carries_doc_file_and_date(seed_extraction, seed_document):
    batch = to_batch(seed_extraction, seed_document)
    provenance = {(e.props["doc"], e.props["file"], e.props["date"]) for e in batch.edges}
    assert provenance == {(seed_document.doc, seed_document.source, "2024-04-24")}


def test_to_batch_edge_carries_span_and_evidence(seed_extraction, seed_document):
    seed_extraction.reported[0].span = (10, 20)
    seed_extraction.reported[0].evidence = seed_document.text[10:20]
    batch = to_batch(seed_extraction, seed_document)
    (edge,) = _edges(batch, "REPORTED", item=1)
    assert (edge.props["span"], edge.props["evidence"]) == ([10, 20], seed_document.text[10:20])


def test_to_batch_every_node_is_an_end_of_an_edge(seed_extraction, seed_document):
    batch = to_batch(seed_extraction, seed_document)
    ends = {edge.source for edge in batch.edges} | {edge.target for edge in batch.edges}
    assert {node.id for node in batch.nodes} == ends


def test_to_batch_same_input_gives_same_batch(seed_extraction, seed_document):
    first = to_batch(seed_extraction, seed_document)
    assert to_batch(seed_extraction.model_copy(deep=True), seed_document) == first


def test_to_batch_edge_ids_differ_between_documents(seed_extraction, seed_document):
    other = seed_document.model_copy(update={"doc": "0" * 64, "source": "copy.txt"})
    first, second = to_batch(seed_extraction, seed_document), to_batch(seed_extraction, other)
    assert not {e.id for e in first.edges} & {e.id for e in second.edges}


def test_to_batch_unplaceable_subject_is_a_warning(seed_extraction, seed_document):
    seed_extraction.reported[0].subject = "完全无关的事项"
    seed_extraction.reported[0].item = 99
    batch = to_batch(seed_extraction, seed_document)
    bureau = seed_extraction.reported[0].bureau
    expected = f"the report of {bureau!r} on '完全无关的事项' (item 99) is not loaded"
    assert any(expected in warning for warning in batch.warnings)


def test_to_batch_empty_extraction_gives_no_nodes():
    document = Document(source="a.txt", doc="ab" * 32, format="text", text="", simplified="")
    assert to_batch(Extraction(), document).nodes == []


def test_to_batch_nodes_list_the_document(seed_extraction, seed_document):
    batch = to_batch(seed_extraction, seed_document)
    assert {tuple(node.docs) for node in batch.nodes} == {(seed_document.doc,)}


@pytest.mark.parametrize("edge_type", sorted(FIELDS))
def test_keyed_edge_id_is_the_same_whatever_order_its_fields_come_in(edge_type):
    fields = FIELDS[edge_type]
    ids = {keyed_edge(edge_type, DOC, "a", "b", {}, **{name: fields[name] for name in order}).id
           for order in permutations(fields)}  # fmt: skip
    assert len(ids) == 1


def test_keyed_edge_refuses_a_field_that_is_not_a_key():
    with pytest.raises(ValueError, match="not key fields"):
        keyed_edge("DIRECTED", DOC, "m", "b", {}, colour="red")


def test_to_batch_every_edge_keeps_its_id_when_rekeyed_to_its_own_ends(
    seed_extraction, seed_document
):
    batch = to_batch(seed_extraction, seed_document)
    assert [rekey(e, e.source, e.target).id for e in batch.edges] == [e.id for e in batch.edges]


def test_to_batch_writes_only_the_declared_properties(batches):
    node_keys = {key for batch in batches for node in batch.nodes for key in node.props}
    edge_keys = {key for batch in batches for edge in batch.edges for key in edge.props}
    assert node_keys - NodeProps.__annotations__.keys() == set()
    assert edge_keys - EdgeProps.__annotations__.keys() == set()
