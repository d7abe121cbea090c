"""The follow-up questions on both stores, over minutes written for them (tests/data/followups).

青岚县 held four meetings: 古镇保护利用 was reported on in 2022 and then never again; the smart
farming plan came to one meeting only, which approved it; the directive to 县交通运输局 was never
answered; those to 县水利局 and to 各乡镇 on 河道综合治理 (2022-03-15) were answered by 县水利局's
report on it at the 2023-06-12 meeting; the one to 各乡镇 on 财政收支 (2022-09-20) never was;
县教育局, directed on 河道综合治理 on 2023-06-12, later reported on another subject only.
白沙县 held one meeting in 2021.
"""

from __future__ import annotations

import pytest
from followup_data import (
    BS,
    FARM_PLAN,
    HOSTILE_MEETING,
    M5,
    M9,
    M14,
    QL,
    TOWN,
    TRANSPORT,
    WATER,
    load_followups,
)

from graph_service.questions import followups as fu
from graph_service.questions import meetings
from graph_service.questions.graph import QuestionError


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
    only = {
        r.government for r in fu.stale_initiatives(loaded, as_of="2024-05-28", government=BS).rows
    }
    assert (every, only) == ({QL, BS}, {BS})


def test_plans_seen_once_lists_the_plan_of_one_meeting(loaded):
    answer = fu.plans_seen_once(loaded, government=QL)
    rows = [(r.plan.id, r.meeting.id, r.date, r.months_since) for r in answer.rows]
    assert rows == [(FARM_PLAN, M5, "2022-03-15", 26)]
    assert [f.kind for f in answer.rows[0].facts] == ["agenda", "approved", "reported"]


def test_plans_seen_once_say_whether_the_meeting_approved_the_plan(loaded):
    (row,) = fu.plans_seen_once(loaded, government=QL).rows
    approval = next(f for f in row.facts if f.kind == "approved")
    assert row.approved and "审议并原则通过该实施方案" in approval.evidence


def test_plans_seen_once_as_of_before_the_second_meeting(loaded):
    # As of 2024-01-01 the pre-school plan had come to one meeting (2023-06-12) only.
    answer = fu.plans_seen_once(loaded, months=6, as_of="2024-01-01", government=QL)
    assert [r.plan.name for r in answer.rows] == ["青岚县智慧农业示范园建设实施方案",
                                                  "青岚县学前教育普惠发展行动方案"]  # fmt: skip


def _addressee(row):
    return row.bureau.name if row.bureau else row.to


def test_unanswered_directives_leave_out_answered_ones(loaded):
    answer = fu.unanswered_directives(loaded, government=QL)
    rows = [(r.meeting.id, _addressee(r), r.months_since) for r in answer.rows]
    assert rows == [(M5, "县交通运输局", 26), (M5, "县农业农村局", 26), (M9, "县文化和旅游局", 20),
                    (M9, "县财政局", 20), (M9, "各乡镇", 20), (M14, "县教育局", 11),
                    (M14, "县水利局", 11)]  # fmt: skip


def test_unanswered_directive_answered_by_a_later_report_on_the_same_initiative(loaded):
    # 2022-03-15 item 3 (河道综合治理): 县水利局 and 各乡镇 were directed; 县水利局 reported on
    # 河道综合治理 on 2023-06-12, which answers both.
    rows = fu.unanswered_directives(loaded, government=QL).rows
    assert [(r.fact.item, _addressee(r)) for r in rows if r.meeting.id == M5] == [
        (1, "县交通运输局"), (2, "县农业农村局")]  # fmt: skip


def test_unanswered_directive_answered_only_by_an_unrelated_report_of_the_bureau_stays(loaded):
    # 2023-06-12: 县教育局 was directed on 河道综合治理 (item 1) and on the pre-school plan
    # (item 2); on 2024-05-28 it reported on the pre-school plan only.
    rows = fu.unanswered_directives(loaded, government=QL).rows
    education = [(r.fact.item, [s.name for s in r.subjects]) for r in rows
                 if r.meeting.id == M14 and _addressee(r) == "县教育局"]  # fmt: skip
    assert education == [(1, ["河道综合治理"])]


def test_unanswered_directive_to_a_collective_sits_on_the_item_initiative(loaded):
    (row,) = [r for r in fu.unanswered_directives(loaded, government=QL).rows if r.collective]
    assert (row.bureau, row.to, row.meeting.id, row.fact.item) == (None, "各乡镇", M9, 2)
    assert ([row.fact.subject], [s.id for s in row.subjects]) == (
        [f"initiative:{QL}:财政收支"],
    ) * 2
    assert "各乡镇要从严控制" in row.fact.evidence


def test_unanswered_directives_carry_directive_and_sentence(loaded):
    row = fu.unanswered_directives(loaded, government=QL).rows[0]
    assert row.bureau.id == TRANSPORT and row.fact.meeting == M5 and row.fact.item == 1
    assert row.fact.directive == "在六月底前拿出古镇周边停车和接驳线路方案，缓解节假日拥堵"
    assert "县交通运输局要在六月底前" in row.fact.evidence


def test_unanswered_directives_ignore_reports_after_as_of(loaded):
    # On 2023-01-01 县水利局 had not yet reported back on the 2022-03-15 directive.
    answer = fu.unanswered_directives(loaded, as_of="2023-01-01", government=QL)
    assert [r.bureau.id if r.bureau else r.to for r in answer.rows if r.meeting.id == M5] == [
        TRANSPORT, f"bureau:{QL}:县农业农村局", WATER, "各乡镇"]  # fmt: skip


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


# Writes the whole development set to both stores.
@pytest.mark.slow
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


def test_followup_query_defaults_to_newest_meeting_of_the_government_asked(loaded):
    assert fu.followup_query(loaded, government=BS).as_of == "2021-11-08"


def test_timeline_of_an_initiative_has_its_directives_to_collectives(loaded):
    events = meetings.timeline(loaded, f"initiative:{QL}:财政收支").events
    assert [(e.kind, e.date, e.meeting.id, e.to, e.directive) for e in events
            if e.kind == "collective"] == [
        ("collective", "2022-09-20", M9, "各乡镇", "从严控制“三公”经费")]  # fmt: skip
