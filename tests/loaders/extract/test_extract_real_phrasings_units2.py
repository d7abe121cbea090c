"""Phrasings of the rn pages of the real corpus: units named in more ways, and page furniture.

Each text is invented for the test, in the shape a real page used.
"""

import pytest
from invented_minutes import addressees, extract_text, report_pairs


def test_extract_another_page_s_headline_gives_no_ordinal(tmp_path):
    body = "一、会议听取了甲局关于乙工作的汇报。\n二、会议研究了丙事项。\n- 下一篇:十五届政府第二十七次常务会议\n"
    result = extract_text(tmp_path, body, opening="〔2011〕28号\n某市人民政府办公室\n")
    assert result.meeting.ordinal is None


def test_extract_a_date_stamp_written_day_first_dates_the_meeting(tmp_path):
    opening = "某县人民政府召开常务会专题研究甲工作\n10.04.2015 19:26\n4月3日，某县人民政府召开第十六届第29次常务会议。"
    assert extract_text(tmp_path, "会议研究了甲工作。", opening).meeting.date == "2015-04-03"


def test_extract_the_issuing_date_in_chinese_numerals_dates_the_meeting(tmp_path):
    opening = "某 县 人 民 政 府 办 公 室 二O一O年四月六日\n3月24日，县长张三主持召开了县人民政府第32次常务会议。"
    assert extract_text(tmp_path, "会议研究了甲工作。", opening).meeting.date == "2010-03-24"


def test_extract_the_issuing_date_alone_is_not_the_meeting_s_date(tmp_path):
    opening = "某县人民政府办公室 二〇一〇年四月六日\n县长张三主持召开了县人民政府第32次常务会议。"
    assert extract_text(tmp_path, "会议研究了甲工作。", opening).meeting.date is None


def test_extract_a_unit_with_its_person_named_without_a_title_reported(tmp_path):
    body = "一、会议听取了水利局陈某关于甲工作实施意见制定情况的汇报。\n二、会议听取了市府办应某关于乙问题的情况汇报。\n"
    pairs = report_pairs(extract_text(tmp_path, body))
    assert ("水利局", "甲工作实施意见制定情况") in pairs
    assert {bureau for bureau, _ in pairs} == {"水利局", "市府办"}


def test_extract_a_word_after_a_unit_is_no_person_without_a_surname(tmp_path):
    body = "会议听取了区住建局今年关于甲工作的汇报。"
    assert not report_pairs(extract_text(tmp_path, body))


def test_extract_a_paragraph_opened_by_a_sequence_word_and_a_reporter_is_an_item(tmp_path):
    body = (
        "\n会议审议了《甲办法》。会议原则通过后要求，各有关部门要严格执行。"
        "\n随后，区财政局负责人汇报了《乙办法》的起草情况。会议予以原则通过。"
    )
    result = extract_text(tmp_path, body)
    assert ("区财政局", "乙办法") in report_pairs(result)
    assert {(a.item, a.plan) for a in result.approved} == {(1, "甲办法"), (2, "乙办法")}


def test_extract_a_unit_going_over_aspects_reports_each_title_named(tmp_path):
    body = (
        "\n会上，区资投公司负责人围绕起草过程、退出机制等方面，汇报了《甲办法》和《乙方案》。"
        "会议原则通过后要求，区资投公司要抓紧实施。"
    )
    result = extract_text(tmp_path, body)
    assert report_pairs(result) == {("区资投公司", "甲办法"), ("区资投公司", "乙方案")}
    assert {a.plan for a in result.approved} == {"甲办法", "乙方案"}


def test_extract_an_approval_after_titles_named_apart_approves_none(tmp_path):
    body = (
        "纪要如下：\n一、审议两个文件\n会议审议了《甲办法》。区民政局对《乙方案》作了说明。会议原则通过。"
        "\n二、研究丙工作\n会议研究了丙工作。"
    )
    assert not extract_text(tmp_path, body).approved


def test_extract_a_decision_agreeing_to_a_title_approves_it(tmp_path):
    body = "一、关于甲工作\n议定：同意《某县甲工作实施意见》，请县财政局修改完善。\n二、关于乙工作\n议定：原则同意乙方案。"
    result = extract_text(tmp_path, body)
    assert [a.plan for a in result.approved] == ["某县甲工作实施意见"]


def test_extract_a_unit_s_document_approved_after_its_name_is_its_report(tmp_path):
    body = "会议讨论并原则通过了区卫生局关于《甲若干意见》。会议指出，要抓好落实。"
    result = extract_text(tmp_path, body)
    assert report_pairs(result) == {("区卫生局", "甲若干意见")}
    assert [a.plan for a in result.approved] == ["甲若干意见"]


def test_extract_a_headquarters_person_by_rank_reports_for_it(tmp_path):
    body = "\n县森林防火指挥部常务副指挥长李某就进入防火期以来的工作开展情况做了汇报。"
    result = extract_text(
        tmp_path, body, opening="4月3日，县政府召开第29次常务会议，专题研究森林防火工作。"
    )
    assert {r.bureau for r in result.reported} == {"县森林防火指挥部"}


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("清明节期间县防火办要进行明查暗访", ("县防火办", False)),
        ("春节前夕县防火办要进行明查暗访", ("县防火办", False)),
        ("国庆前夕县防火办要进行明查暗访", ("县防火办", False)),
        ("大龙山镇、北部新城建设管理局要加速安置进度", ("北部新城建设管理局", False)),
        ("专业扑火队、半专业扑火队要严阵以待", ("专业扑火队、半专业扑火队", True)),
    ],
)
def test_extract_addressees_after_a_time_with_a_place_s_name_or_by_kind(tmp_path, told, expected):
    body = f"会议研究了甲工作。会议要求，{told}。"
    assert expected in addressees(extract_text(tmp_path, body))


def test_extract_a_qualified_verb_is_never_part_of_the_reporter_s_name(tmp_path):
    body = "会议专题听取区教育局关于创建甲强区存在的主要问题的情况汇报。"
    assert {b.name for b in extract_text(tmp_path, body).bureaus} == {"区教育局"}


def test_extract_enterprises_of_a_kind_told_to_act_are_a_collective(tmp_path):
    body = "会议研究了公交补贴问题。会议要求，新能源公交企业要加大投入力度，提高服务质量。"
    assert addressees(extract_text(tmp_path, body)) == {("新能源公交企业", True)}


def test_extract_enterprises_acted_upon_are_no_addressee(tmp_path):
    body = "会议研究了工业运行。会议要求，区工信局要建立服务台账，推动企业应产尽产、满产达产。"
    assert addressees(extract_text(tmp_path, body)) == {("区工信局", False)}


@pytest.mark.parametrize("heading", ["热点新闻", "部门动态", "最新动态 更多>>", "楼主热帖"])
def test_extract_headlines_listed_under_a_heading_after_the_minutes_direct_nobody(
    tmp_path, heading
):
    body = (
        f"会议研究了甲工作。会议要求，各街道要做好防汛。\n{heading}\n"
        "区教育局：各学校要做好开学准备\n区城管局开展市容整治\n区住建局关于乙工作的汇报会召开\n"
    )
    result = extract_text(tmp_path, body)
    assert addressees(result) == {("各街道", True)}
    assert not result.bureaus


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("区直单位要带头落实", ("区直单位", True)),
        ("区防指成员单位要加强值守", ("区防指成员单位", True)),
        ("市直部门和各县区要密切配合", ("市直部门和各县区", True)),
    ],
)
def test_extract_collectives_by_category_and_listed_together(tmp_path, told, expected):
    body = f"会议研究了甲工作。会议要求，{told}。"
    assert addressees(extract_text(tmp_path, body)) == {expected}


def test_extract_what_the_meeting_said_after_a_report_is_not_its_subject(tmp_path):
    body = "会议听取了区住建局汇报后指出，要加快进度。会议听取区城管局关于市容整治的汇报后强调，要抓好落实。"
    assert report_pairs(extract_text(tmp_path, body)) == {("区城管局", "市容整治")}


@pytest.mark.parametrize(
    "told", ["区应急管理部门", "区教育系统", "区直机关", "驻区单位", "区级领导"]
)
def test_extract_more_collectives_by_category_are_told_to_act(tmp_path, told):
    body = f"会议研究了甲工作。会议要求，{told}要加强落实。"
    assert addressees(extract_text(tmp_path, body)) == {(told, True)}


@pytest.mark.parametrize("told", ["各级应急部门", "全区应急救援队伍", "相关单位应急队伍"])
def test_extract_the_ying_of_yingji_is_no_modal(tmp_path, told):
    body = f"会议研究了甲工作。会议要求，{told}要加强值守。"
    assert addressees(extract_text(tmp_path, body)) == {(told, True)}


def test_extract_the_yao_of_yaohai_is_no_modal(tmp_path):
    body = "会议研究了甲工作。会议要求，各镇要害部位要加强巡查。"
    assert ("各镇", True) not in addressees(extract_text(tmp_path, body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议研究了甲改造工作，区住建局就甲改造工作作专题汇报。", {("区住建局", "甲改造工作")}),
        ("会议研究了甲改造工作。区住建局负责同志介绍了甲改造情况。", {("区住建局", "甲改造情况")}),
        ("会议审议了区住建局牵头起草的《甲方案》。", {("区住建局", "甲方案")}),
        ("会议审议了区住建局提交会议审议的《甲方案》。", {("区住建局", "甲方案")}),
        (
            "会议审议了区住建局会同区财政局起草的《甲方案》。",
            {("区住建局", "甲方案"), ("区财政局", "甲方案")},
        ),
        (
            "会议听取了区住建局、区财政局联合起草的《甲方案》的说明。",
            {("区住建局", "甲方案"), ("区财政局", "甲方案")},
        ),
    ],
)
def test_extract_reporters_in_other_words(tmp_path, body, expected):
    assert report_pairs(extract_text(tmp_path, body)) == expected


def test_extract_a_reporter_field_names_the_item_s_reporter(tmp_path):
    body = "纪要如下：\n一、听取甲改造情况汇报\n汇报人：区住建局局长张三\n会议要求，要加快进度。\n二、研究乙工作\n会议研究了乙工作。"
    assert {r.bureau for r in extract_text(tmp_path, body).reported} == {"区住建局"}


@pytest.mark.parametrize(
    "body",
    [
        "《甲方案》经会议审议原则通过。",
        "《甲方案》获会议原则通过。",
        "会议决定原则通过《甲方案》。",
        "会议一致同意《甲方案》。",
        "会议同意出台《甲方案》。",
        "会议同意印发《甲方案》。",
        "会议原则同意按程序印发《甲方案》。",
        "会议审议了《甲方案》，原则同意按程序报区委审定。",
        "会议审议了《甲方案》，同意以区政府名义印发。",
    ],
)
def test_extract_approvals_in_other_words(tmp_path, body):
    assert [a.plan for a in extract_text(tmp_path, body).approved] == ["甲方案"]


@pytest.mark.parametrize(
    "body",
    [
        "会议传达了省政府印发的《乙意见》。会议要求，要抓好落实。",
        "会议审议了《甲方案》。会议同意区住建局按程序报批。",
    ],
)
def test_extract_a_document_issued_elsewhere_or_a_unit_s_request_is_no_approval(tmp_path, body):
    assert not extract_text(tmp_path, body).approved


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("住建、城管部门要加强执法", {("住建、城管部门", True)}),
        ("由区住建局牵头，各街道具体实施", {("区住建局", False), ("各街道", True)}),
    ],
)
def test_extract_domains_sharing_one_head_and_parties_carrying_out_the_work(
    tmp_path, told, expected
):
    body = f"会议研究了甲工作。会议要求，{told}。"
    assert addressees(extract_text(tmp_path, body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会上，区住建局主要负责人就甲改造工作进行了汇报。", {("区住建局", "甲改造")}),
        ("会议听取了区住建局有关甲改造工作的情况汇报。", {("区住建局", "甲改造工作")}),
        ("会议听取了区住建局有关负责人关于甲改造的汇报。", {("区住建局", "甲改造")}),
        (
            "会议听取了区住建局局长张三、区城管局局长李四的工作汇报。",
            {("区住建局", "工作"), ("区城管局", "工作")},
        ),
    ],
)
def test_extract_more_reporters_with_their_people(tmp_path, body, expected):
    assert report_pairs(extract_text(tmp_path, body)) == expected


def test_extract_a_paragraph_opening_with_its_reporter_in_other_words_is_an_item(tmp_path):
    # No 汇报了 anywhere: the paragraph's 就…进行了汇报 alone opens the second item.
    body = (
        "会议审议了《某区老旧小区改造实施方案》。\n"
        "随后，区财政局负责人就《某区政府投资项目管理办法》进行了汇报。会议原则同意。\n"
    )
    result = extract_text(tmp_path, body)
    assert report_pairs(result) == {("区财政局", "某区政府投资项目管理办法")}
    assert [(p.title, p.item) for p in result.plans] == [
        ("某区老旧小区改造实施方案", 1),
        ("某区政府投资项目管理办法", 2),
    ]


def test_extract_a_subject_ending_in_a_word_on_ju_is_a_line_of_work_not_a_unit(tmp_path):
    # 布局 ends in 局 like a bureau: the subject reported on is still the item's line of work.
    body = "会议听取区民政局关于本区社区养老服务设施布局情况的汇报。区民政局要抓紧推进。"
    result = extract_text(tmp_path, body)
    assert [i.name for i in result.initiatives] == ["社区养老服务设施布局"]
