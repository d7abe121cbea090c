"""Approvals (审议通过, 原则同意, 原则通过) of an item's plan, on short minutes written for the test."""

import pytest
from test_extract_shapes import run


def approved(extraction):
    return [(a.item, a.plan) for a in extraction.approved]


def test_extract_approval_of_a_title_named_after_the_words():
    e = run("会议审议并原则通过了《安平区夜间经济发展实施方案》。区商务委要抓好落实。")
    assert approved(e) == [(1, "安平区夜间经济发展实施方案")]
    assert e.approved[0].evidence == "会议审议并原则通过了《安平区夜间经济发展实施方案》。"


def test_extract_approval_by_back_reference_is_the_item_plan():
    e = run("一、审议《安平区夜间经济发展实施方案》\n会议听取了区商务委关于方案起草情况的汇报，"
            "原则同意该实施方案。\n\n二、听取区财政局关于预算执行情况的汇报\n会议原则同意该方案。")  # fmt: skip
    # Item 2 has no plan: 该方案 there names nothing the graph has.
    assert approved(e) == [(1, "安平区夜间经济发展实施方案")]
    assert e.approved[0].verb == "原则同意"


def test_extract_approval_without_object_is_the_item_plan():
    e = run("县住建局汇报了《安平县老旧小区改造三年行动方案》的起草情况，会议审议并原则通过。")
    assert approved(e) == [(1, "安平县老旧小区改造三年行动方案")]


def test_extract_approval_of_something_else_is_no_fact():
    e = run("一、审议《安平区夜间经济发展实施方案》\n会议原则同意撤并3个生源不足的教学点。")
    assert approved(e) == []


def test_extract_approval_of_several_titles_gives_one_each():
    e = run("会议原则通过《安平区甲工作方案》和《安平区乙管理办法》。")
    assert approved(e) == [(1, "安平区甲工作方案"), (1, "安平区乙管理办法")]


@pytest.mark.parametrize("comma", ["，", ","])
def test_extract_approval_of_titles_listed_by_commas_gives_one_each(comma):
    e = run(f"会议原则同意《安平区甲合作协议》{comma}《安平区乙合作协议》。")
    assert approved(e) == [(1, "安平区甲合作协议"), (1, "安平区乙合作协议")]


def test_extract_reviewing_without_approving_is_no_approval():
    e = run("一、审议《安平区夜间经济发展实施方案》\n会议听取了区商务委关于方案起草情况的汇报。")
    assert approved(e) == []


@pytest.mark.parametrize(
    "words",
    [
        "讨论通过了",
        "审定通过了",
        "审议并大体通过了",
        "审议并同意",
        "研究同意",
        "原则上同意",
        "会议通过了",
    ],
)
def test_extract_other_approving_words_approve_the_title(words):
    e = run(f"会议听取了区住建局关于甲工作的汇报，{words}《安平区甲工作方案》。")
    assert [plan for _, plan in approved(e)] == ["安平区甲工作方案"]


@pytest.mark.parametrize(
    "text",
    [
        "会议审议了《安平区夜间经济发展实施方案》，同意提交区委常委会审议。",
        "会议经过认真讨论，原则通过了《安平区夜间经济发展实施方案》。",
        "会议审议了《安平区夜间经济发展实施方案》，会议认为方案可行，予以通过。",
    ],
)
def test_extract_approval_in_more_words_is_the_item_plan(text):
    assert approved(run(text)) == [(1, "安平区夜间经济发展实施方案")]


def test_extract_agreeing_to_a_report_is_no_approval():
    assert approved(run("会议审议了《安平区夜间经济发展实施方案》，同意报告中提出的意见。")) == []


@pytest.mark.parametrize("after", ["相关事宜", "的请示"])
def test_extract_the_issuing_of_a_title_put_before_the_meeting_is_its_plan(after):
    e = run(f"会议研究审议了关于印发《安平区城市管理办法》{after}。")
    assert [p.title for p in e.plans] == ["安平区城市管理办法"]


def test_extract_a_notice_issuing_a_title_conveyed_is_no_plan():
    e = run("会议传达了关于印发《安平区城市管理办法》的通知。会议审议了《安平区乙方案》。")
    assert [p.title for p in e.plans] == ["安平区乙方案"]


def test_extract_the_drafts_put_together_for_an_item_are_its_plans():
    e = run(
        "会议研究讨论了《安平区甲报告（讨论稿）》。会议指出，几经修改，形成了《安平区甲报告（讨论）》、"
        "《安平区乙计划（讨论稿）》和《安平区丙预算报告（讨论稿）》3个文件。"
    )
    assert [p.title for p in e.plans] == [
        "安平区甲报告（讨论稿）",
        "安平区乙计划（讨论稿）",
        "安平区丙预算报告（讨论稿）",
    ]


def test_extract_a_title_whose_closing_mark_was_lost_ends_with_its_draft_mark():
    e = run("会议审定了《安平区甲方案（送审稿）《安平区乙协议（送审稿）》。")
    assert [p.title for p in e.plans] == ["安平区甲方案（送审稿）", "安平区乙协议（送审稿）"]
