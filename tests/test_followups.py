"""The follow-up questions on both stores, over minutes written for them (tests/data/followups).

青岚县 held four meetings: 古镇保护利用 was reported on in 2022 and then never again; the smart
farming plan came to one meeting only; the directive to 县交通运输局 was never answered; the one to
县水利局 (2022-03-15) was answered at the 2023-06-12 meeting. 白沙县 held one meeting in 2021.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_service import questions_followups as fu
from graph_service.graph_models import Edge, GraphBatch, Node
from graph_service.questions import QuestionError
from graph_service.store import GraphStore
from loaders.batch import to_batch
from loaders.extract.minutes import extract
from loaders.read.readers import read_document

FOLLOWUPS = Path(__file__).resolve().parent / "data" / "followups"
QL = "青岚县人民政府"
BS = "白沙县人民政府"
M5, M9, M14 = (
    f"meeting:{QL}:2022-03-15:5",
    f"meeting:{QL}:2022-09-20:9",
    f"meeting:{QL}:2023-06-12:14",
)
TOWN = f"initiative:{QL}:古镇保护利用"
FARM_PLAN = f"plan:{QL}:青岚县智慧农业示范园建设实施方案"
TRANSPORT, WATER = f"bureau:{QL}:县交通运输局", f"bureau:{QL}:县水利局"
HOSTILE_GOV = "测试县人民政府"
HOSTILE_BUREAU = f"bureau:{HOSTILE_GOV}:<script>&局"
HOSTILE_MEETING = f"meeting:{HOSTILE_GOV}:2020-01-02:1"


def followup_batches() -> list[GraphBatch]:
    """The batches of the follow-up minutes, read and extracted like any loaded document."""
    documents = [read_document(path) for path in sorted(FOLLOWUPS.glob("*.txt"))]
    return [to_batch(extract(document), document) for document in documents]


def hostile_batch() -> GraphBatch:
    """A meeting directing a bureau whose name, directive and sentence carry markup and ``&``."""
    doc = "e" * 64
    meeting = Node(id=HOSTILE_MEETING, label="Meeting", name="<b>会议</b>&",
                   props={"government": HOSTILE_GOV, "date": "2020-01-02"})  # fmt: skip
    bureau = Node(id=HOSTILE_BUREAU, label="Bureau", name="<script>&局",
                  props={"government": HOSTILE_GOV, "aliases": ["<script>&局"]})  # fmt: skip
    props = {"doc": doc, "file": "hostile.txt", "date": "2020-01-02", "item": 1,
             "directive": "<img src=x onerror=alert(1)>&amp;",
             "evidence": "<script>&局要</script>]]>\x01按期报送。"}  # fmt: skip
    edge = Edge(id="DIRECTED:hostile:1", type="DIRECTED", source=meeting.id, target=bureau.id,
                props=props)  # fmt: skip
    return GraphBatch(doc=doc, source="hostile.txt", nodes=[meeting, bureau], edges=[edge])


def load_followups(store: GraphStore, batches: list[GraphBatch]) -> None:
    """Write the follow-up minutes and the hostile batch into ``store``."""
    for batch in [*batches, hostile_batch()]:
        store.write(batch)


@pytest.fixture(scope="module")
def written() -> list[GraphBatch]:
    """The follow-up minutes' batches, extracted once for the module."""
    return followup_batches()


@pytest.fixture
def loaded(store, written):
    load_followups(store, written)
    return store


def test_followup_batches_are_extracted_without_warnings(written):
    assert [b.warnings for b in written] == [[]] * 5


def test_followup_query_defaults_to_newest_meeting(loaded):
    query = fu.followup_query(loaded)
    assert (query.as_of, query.cutoff, query.months) == ("2024-05-28", "2023-11-28", 6)


def test_stale_initiatives_lists_initiatives_silent_for_months(loaded):
    answer = fu.stale_initiatives(loaded, government=QL)
    rows = [(r.initiative.name, r.last_date, r.months_since) for r in answer.rows]
    assert rows == [("智慧农业示范园建设", "2022-03-15", 26), ("业态引入", "2022-09-20", 20),
                    ("古镇保护利用", "2022-09-20", 20), ("财政收支", "2022-09-20", 20),
                    ("河道综合治理", "2023-06-12", 11)]  # fmt: skip


def test_stale_initiatives_facts_are_those_of_the_last_date(loaded):
    row = next(r for r in fu.stale_initiatives(loaded, government=QL).rows
               if r.initiative.id == TOWN)  # fmt: skip
    assert [(f.kind, f.meeting, f.date) for f in row.facts] == [
        ("agenda", M9, "2022-09-20"), ("reported", M9, "2022-09-20")]  # fmt: skip
    assert "听取县文化和旅游局关于古镇保护利用工作进展情况的汇报" in row.facts[1].evidence


def test_stale_initiatives_count_reports_on_implementing_plans(loaded):
    # With no months to wait, every initiative is listed with its latest facts.
    row = next(r for r in fu.stale_initiatives(loaded, months=0).rows
               if r.initiative.name == "学前教育普惠发展行动")  # fmt: skip
    assert [(f.kind, f.subject) for f in row.facts] == [
        ("agenda", row.initiative.id),
        ("reported", f"plan:{QL}:青岚县学前教育普惠发展行动方案"),
    ]


def test_stale_initiatives_government_filter_keeps_one_government(loaded):
    every = {r.government for r in fu.stale_initiatives(loaded).rows}
    only = {r.government for r in fu.stale_initiatives(loaded, government=BS).rows}
    assert (every, only) == ({QL, BS}, {BS})


def test_plans_seen_once_lists_the_plan_of_one_meeting(loaded):
    answer = fu.plans_seen_once(loaded, government=QL)
    rows = [(r.plan.id, r.meeting.id, r.date, r.months_since) for r in answer.rows]
    assert rows == [(FARM_PLAN, M5, "2022-03-15", 26)]
    assert [f.kind for f in answer.rows[0].facts] == ["agenda", "reported"]


def test_plans_seen_once_as_of_before_the_second_meeting(loaded):
    # As of 2024-01-01 the pre-school plan had come to one meeting (2023-06-12) only.
    answer = fu.plans_seen_once(loaded, months=6, as_of="2024-01-01", government=QL)
    assert [r.plan.name for r in answer.rows] == ["青岚县智慧农业示范园建设实施方案",
                                                  "青岚县学前教育普惠发展行动方案"]  # fmt: skip


def test_unanswered_directives_leave_out_answered_ones(loaded):
    answer = fu.unanswered_directives(loaded, government=QL)
    rows = [(r.meeting.id, r.bureau.name, r.months_since) for r in answer.rows]
    assert rows == [(M5, "县交通运输局", 26), (M5, "县农业农村局", 26), (M9, "县文化和旅游局", 20),
                    (M9, "县财政局", 20), (M14, "县水利局", 11)]  # fmt: skip


def test_unanswered_directives_carry_directive_and_sentence(loaded):
    row = fu.unanswered_directives(loaded, government=QL).rows[0]
    assert row.bureau.id == TRANSPORT and row.fact.meeting == M5 and row.fact.item == 1
    assert row.fact.directive == "在六月底前拿出古镇周边停车和接驳线路方案，缓解节假日拥堵"
    assert "县交通运输局要在六月底前" in row.fact.evidence


def test_unanswered_directives_ignore_reports_after_as_of(loaded):
    # On 2023-01-01 县水利局 had not yet reported back on the 2022-03-15 directive.
    answer = fu.unanswered_directives(loaded, as_of="2023-01-01", government=QL)
    assert [r.bureau.id for r in answer.rows if r.meeting.id == M5] == [
        TRANSPORT, f"bureau:{QL}:县农业农村局", WATER]  # fmt: skip


def test_followups_limit_cuts_oldest_first(loaded):
    rows = fu.unanswered_directives(loaded, limit=2).rows
    assert [r.meeting.id for r in rows] == [HOSTILE_MEETING, f"meeting:{BS}:2021-11-08:30"]


def test_followups_empty_graph_has_no_reference_date(store):
    answer = fu.followups(store)
    assert (answer.query.as_of, answer.stale_initiatives, answer.unanswered_directives) == (
        None,
        [],
        [],
    )


@pytest.mark.parametrize("params", [{"as_of": "2024-13-01"}, {"as_of": "24-1-1"},
                                    {"months": -1}, {"limit": 0}])  # fmt: skip
def test_followup_query_rejects_bad_parameters(store, params):
    with pytest.raises(QuestionError):
        fu.followup_query(store, **params)


def test_followups_parity_between_stores(falkor_store, neo4j_store, written):
    answers = []
    for chosen in (falkor_store, neo4j_store):
        chosen.wipe()
        load_followups(chosen, written)
        answers.append(fu.followups(chosen, months=3).model_dump())
    assert answers[0] == answers[1]


def test_followups_parity_on_the_development_set(falkor_store, neo4j_store, batches):
    answers = []
    for chosen in (falkor_store, neo4j_store):
        chosen.wipe()
        for batch in batches:
            chosen.write(batch)
        answers.append(fu.followups(chosen, as_of="2025-12-31", limit=1000).model_dump())
    assert answers[0] == answers[1]
    assert min(len(answers[0][key]) for key in ("stale_initiatives", "plans_seen_once",
                                                "unanswered_directives")) > 10  # fmt: skip
