"""Scoring one document and a folder, field by field, with exact expected counts and P/R/F1."""

from __future__ import annotations

import pytest

from loaders.eval.scoring import Counts, FolderScore, score_document


def _fields(gold: dict, pred: dict) -> dict[str, Counts]:
    return score_document(gold, pred).fields


def _counts(counts: Counts) -> tuple[int, int, int]:
    return counts.tp, counts.fp, counts.fn


def test_counts_precision_recall_f1():
    c = Counts(tp=2, fp=1, fn=3)
    assert (c.precision, c.recall, c.f1) == (2 / 3, 2 / 5, 0.5)


def test_counts_nothing_to_find_and_nothing_found_is_perfect():
    c = Counts()
    assert (c.precision, c.recall, c.f1) == (1.0, 1.0, 1.0)


def test_counts_nothing_predicted_scores_zero():
    c = Counts(fn=4)
    assert (c.precision, c.recall, c.f1) == (0.0, 0.0, 0.0)


def test_counts_spurious_predictions_score_zero():
    c = Counts(fp=2)
    assert (c.precision, c.recall, c.f1) == (0.0, 0.0, 0.0)


def test_score_document_bureaus_are_sets_of_names():
    gold = {"bureaus": [{"name": "区府办"}, {"name": "区外事办"}, {"name": "区民政局"}]}
    pred = {
        "bureaus": [
            {"name": "区府办"},
            {"name": "区府办"},
            {"name": "区外事办"},
            {"name": "区体育局"},
        ]
    }
    c = _fields(gold, pred)["bureaus"]
    assert _counts(c) == (2, 1, 1)
    assert (c.precision, c.recall, c.f1) == (2 / 3, 2 / 3, 2 / 3)


def test_score_document_bureaus_traditional_matches_simplified():
    gold = {"bureaus": [{"name": "區應急管理局", "simplified": "区应急管理局"}]}
    pred = {"bureaus": [{"name": "区应急管理局"}]}
    assert _counts(_fields(gold, pred)["bureaus"]) == (1, 0, 0)


def test_score_document_bureaus_ignore_inserted_pinyin():
    gold = {"bureaus": [{"name": "区应急管理局"}]}
    pred = {"bureaus": [{"name": "區(qū)應(yīng)急管理局"}]}
    assert _counts(_fields(gold, pred)["bureaus"]) == (1, 0, 0)


def test_score_document_bureaus_need_the_exact_name():
    gold = {"bureaus": [{"name": "区民政局"}]}
    pred = {"bureaus": [{"name": "民政局"}]}
    assert _counts(_fields(gold, pred)["bureaus"]) == (0, 1, 1)


def test_score_document_plans_need_the_exact_title():
    gold = {"plans": [{"title": "甲区安全生产工作方案（送审稿）"}, {"title": "甲区招商引资办法"}]}
    pred = {"plans": [{"title": "甲区安全生产工作方案"}, {"title": "甲区招商引资办法"}]}
    c = _fields(gold, pred)["plans"]
    assert _counts(c) == (1, 1, 1)
    assert c.f1 == 0.5


def test_score_document_initiatives_match_by_overlap_or_containment():
    gold = {
        "initiatives": [{"name": "重点投资项目建设"}, {"name": "招商引资"}, {"name": "政务公开"}]
    }
    pred = {
        "initiatives": [
            {"name": "区政府重点投资项目建设推进情况"},
            {"name": "招商引资工作"},
            {"name": "消防安全"},
        ]
    }
    c = _fields(gold, pred)["initiatives"]
    assert _counts(c) == (2, 1, 1)
    assert (c.precision, c.recall) == (2 / 3, 2 / 3)


def test_score_document_initiatives_duplicate_prediction_is_false_positive():
    gold = {"initiatives": [{"name": "招商引资"}]}
    pred = {"initiatives": [{"name": "招商引资"}, {"name": "招商引资工作"}]}
    c = _fields(gold, pred)["initiatives"]
    assert _counts(c) == (1, 1, 0)
    assert (c.precision, c.recall, c.f1) == (0.5, 1.0, 2 / 3)


def _report(bureau: str, subject: str, item: int = 1, role: str = "lead") -> dict:
    return {"item": item, "bureau": bureau, "subject": subject, "role": role}


def test_score_document_reported_needs_the_same_bureau():
    gold = {"reported": [_report("区府办", "政务公开工作要点")]}
    pred = {"reported": [_report("区外事办", "政务公开工作要点")]}
    assert _counts(_fields(gold, pred)["reported"]) == (0, 1, 1)


def test_score_document_reported_subject_matches_by_containment():
    gold = {"reported": [_report("区投促办", "2024年一季度招商引资工作完成情况")]}
    pred = {"reported": [_report("区投促办", "招商引资工作")]}
    assert _counts(_fields(gold, pred)["reported"]) == (1, 0, 0)


def test_score_document_reported_ignores_role_and_item():
    gold = {"reported": [_report("区体育局", "重点投资项目建设", item=7, role="supplementary")]}
    pred = {"reported": [_report("区体育局", "重点投资项目建设", item=6, role="lead")]}
    assert _counts(_fields(gold, pred)["reported"]) == (1, 0, 0)


def test_score_document_reported_matches_each_gold_once():
    subject = "区政府重点投资项目建设推进情况"
    gold = {"reported": [_report("区建设管理委", subject), _report("区体育局", subject)]}
    pred = {"reported": [_report("区建设管理委", subject), _report("区建设管理委", subject)]}
    c = _fields(gold, pred)["reported"]
    assert _counts(c) == (1, 1, 1)
    assert c.f1 == 0.5


def _directive(to: str, group: bool) -> dict:
    return {"item": 1, "to": to, "group": group, "directive": "抓好落实"}


def test_score_document_directed_named_and_group_scored_apart():
    gold = {"directed": [_directive("区外事办", False), _directive("各相关部门", True)]}
    pred = {"directed": [_directive("区外事办", True), _directive("各相关部门", True)]}
    fields = _fields(gold, pred)
    assert _counts(fields["directed_named"]) == (0, 0, 1)
    assert _counts(fields["directed_group"]) == (1, 1, 0)


def test_score_document_directed_addressee_is_exact():
    gold = {"directed": [_directive("各相关部门和街道（镇）", True)]}
    pred = {"directed": [_directive("各相关部门", True)]}
    assert _counts(_fields(gold, pred)["directed_group"]) == (0, 1, 1)


def test_score_document_directed_same_addressee_in_two_items_counts_twice():
    gold = {"directed": [_directive("区投促办", False), _directive("区投促办", False)]}
    pred = {"directed": [_directive("区投促办", False)]}
    assert _counts(_fields(gold, pred)["directed_named"]) == (1, 0, 1)


def test_score_document_approved_plan_title_is_exact_in_any_script():
    gold = {
        "approved": [{"item": 2, "plan": "南岸区课后服务实施方案"}, {"item": 3, "plan": "乙办法"}]
    }
    pred = {"approved": [{"item": 1, "plan": "南岸區課後服務實施方案"}, {"item": 3, "plan": "乙"}]}
    assert _counts(_fields(gold, pred)["approved"]) == (1, 1, 1)


def test_score_document_approved_not_scored_where_the_gold_predates_it():
    pred = {"approved": [{"item": 1, "plan": "甲方案"}]}
    assert _counts(_fields({"plans": []}, pred)["approved"]) == (0, 0, 0)
    assert _counts(_fields({"approved": []}, pred)["approved"]) == (0, 1, 0)


def _rel(source: str, target: str, kind: str) -> dict:
    return {"from": source, "to": target, "kind": kind}


def test_score_document_related_needs_the_same_kind():
    gold = {"related": [_rel("消防安全集中除患行动", "安全生产治本攻坚三年行动", "combined_with")]}
    pred = {"related": [_rel("消防安全集中除患行动", "安全生产治本攻坚三年行动", "implements")]}
    assert _counts(_fields(gold, pred)["related"]) == (0, 1, 1)


def test_score_document_related_matches_both_ends_fuzzily():
    gold = {
        "related": [
            _rel("甲区电动自行车安全治理攻坚行动工作方案", "电动自行车安全治理", "implements")
        ]
    }
    pred = {
        "related": [
            _rel(
                "甲区电动自行车安全治理攻坚行动工作方案", "电动自行车安全治理攻坚行动", "implements"
            )
        ]
    }
    assert _counts(_fields(gold, pred)["related"]) == (1, 0, 0)


@pytest.mark.parametrize(
    ("kind", "expected"), [("combined_with", (1, 0, 0)), ("implements", (0, 1, 1))]
)
def test_score_document_related_swapped_ends_match_only_for_symmetric_kinds(kind, expected):
    gold = {"related": [_rel("白玉兰纪念奖推荐", "虹桥友谊联盟建设", kind)]}
    pred = {"related": [_rel("虹桥友谊联盟建设", "白玉兰纪念奖推荐", kind)]}
    assert _counts(_fields(gold, pred)["related"]) == expected


def test_score_document_meeting_skips_fields_null_in_gold():
    gold = {"meeting": {"date": "2024-04-24", "ordinal": None, "chair": None, "doc_number": None}}
    pred = {"meeting": {"date": "2024-04-24", "ordinal": 73, "chair": "张三", "doc_number": "x"}}
    meeting = score_document(gold, pred).meeting
    assert [(a.correct, a.total) for a in meeting.values()] == [(1, 1), *[(0, 0)] * 4]


def test_score_document_meeting_null_prediction_is_wrong():
    gold = {"meeting": {"chair": "侯继军", "ordinal": 73}}
    pred = {"meeting": {"chair": None, "ordinal": "73"}}
    meeting = score_document(gold, pred).meeting
    assert (meeting["chair"].value, meeting["ordinal"].value) == (0.0, 1.0)


def test_score_document_missing_prediction_keys_count_as_empty():
    gold = {"bureaus": [{"name": "区府办"}], "related": [_rel("甲方案", "甲行动", "implements")]}
    fields = _fields(gold, {})
    assert (_counts(fields["bureaus"]), _counts(fields["related"])) == ((0, 0, 1), (0, 0, 1))


def test_score_document_misshapen_prediction_values_count_as_empty():
    gold = {"bureaus": [{"name": "区府办"}], "meeting": {"ordinal": 73}}
    pred = {"bureaus": 5, "meeting": ["73"]}
    score = score_document(gold, pred)
    assert (_counts(score.fields["bureaus"]), score.meeting["ordinal"].value) == ((0, 0, 1), 0.0)


def test_folder_score_micro_averages_counts():
    one = score_document(
        {"bureaus": [{"name": "区府办"}]}, {"bureaus": [{"name": "区府办"}]}, "one"
    )
    gold, pred = {"bureaus": [{"name": "区外事办"}]}, {"bureaus": [{"name": n} for n in "甲乙丙"]}
    two = score_document(gold, pred, "two")
    total = FolderScore.of([one, two]).fields["bureaus"]
    # micro: 1 / (1 + 3) precision; the mean of per-document precisions would be 0.5
    assert (_counts(total), total.precision, total.recall) == ((1, 3, 1), 0.25, 0.5)


def test_folder_score_worst_lists_lowest_overall_first():
    gold = {"bureaus": [{"name": "区府办"}], "plans": [{"title": "甲方案"}]}
    perfect = score_document(gold, gold, "perfect")
    half = score_document(gold, {"bureaus": [{"name": "区府办"}]}, "half")
    folder = FolderScore.of([perfect, half])
    assert [d.name for d in folder.worst(5)] == ["half", "perfect"]
    assert half.lowest() == [("plans", 0.0)]


def test_score_document_issuer_is_the_government_without_the_levels_above_it():
    gold = {"meeting": {"issuer": "天津市和平区人民政府"}}
    right = score_document(gold, {"meeting": {"issuer": "和平区人民政府"}}).meeting["issuer"]
    wrong = score_document(gold, {"meeting": {"issuer": "天津市人民政府"}}).meeting["issuer"]
    assert ((right.correct, right.total), (wrong.correct, wrong.total)) == ((1, 1), (0, 1))
