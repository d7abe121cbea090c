"""More phrasings of real releases: units with their people, agendas in other words, addressees.

Each text is invented for the test, in the shape a real page used.
"""

import pytest
from invented_minutes import addressees, extract_text, report_pairs


def test_extract_a_qualified_verb_right_after_the_opening_opens_the_agenda(tmp_path):
    opening = (
        "3月5日，区政府召开第十二次常务会议，专题讨论拟提请区人大会议审议的《甲报告》、《乙报告》。"
    )
    result = extract_text(tmp_path, "会议由区长张三主持。", opening)
    assert {p.title for p in result.plans} == {"甲报告", "乙报告"}


def test_extract_units_each_with_their_person_pair_with_titles_by_position(tmp_path):
    body = "区财政局长王五和发改局副局长赵六分别对《甲报告》、《乙报告》作了说明。"
    assert report_pairs(extract_text(tmp_path, body)) == {
        ("区财政局", "甲报告"),
        ("发改局", "乙报告"),
    }


def test_extract_a_heard_subject_is_not_cut_inside_a_title(tmp_path):
    body = "会议听取了区财政局局长王五和区统计局副局长赵六分别就《甲报告》、《乙报告》作的说明。"
    assert report_pairs(extract_text(tmp_path, body)) == {
        ("区财政局", "甲报告"),
        ("区统计局", "乙报告"),
    }


def test_extract_a_deputy_s_title_is_not_taken_into_the_unit(tmp_path):
    body = "会议听取了区发改局副局长赵六关于项目储备情况的汇报。"
    assert {b.name for b in extract_text(tmp_path, body).bureaus} == {"区发改局"}


def test_extract_a_decision_paragraph_names_the_reporter_of_the_item_before_it(tmp_path):
    body = (
        "\n会议听取关于甲河道清理整治工作方案编制情况的汇报。"
        "\n会议议定，原则同意区水利局的汇报，责成区水利局完善后组织实施。"
        "\n会议听取关于申请编制《乙规划》的汇报。"
        "\n会议议定，原则同意区自然资源局的汇报。"
    )
    result = extract_text(tmp_path, body)
    assert len(result.plans) == 1
    assert {(r.bureau, r.item) for r in result.reported} == {("区水利局", 1), ("区自然资源局", 2)}
    assert ("区自然资源局", "乙规划") in report_pairs(result)


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("新闻媒体要加大宣传力度", ("新闻媒体", True)),
        ("市、区两级要共同做好规划", ("市、区两级", True)),
        ("县乡两级要压实责任", ("县乡两级", True)),
        ("学校配建公司要实地调研", ("学校配建公司", True)),
        ("各级、各部门在对甲镇建设的认识上一定要到位", ("各级、各部门", True)),
        ("区住建局在项目推进中要加强协调", ("区住建局", False)),
    ],
)
def test_extract_addressees_by_kind_level_or_with_a_setting_before_the_modal(
    tmp_path, told, expected
):
    body = f"会议听取了区住建局关于甲工作的汇报。会议要求，{told}。"
    assert addressees(extract_text(tmp_path, body)) == {expected}


def test_extract_a_company_with_its_own_name_is_still_a_unit(tmp_path):
    body = "会议听取了区住建局关于甲工作的汇报。会议要求，乙半岛开发建设公司要做好保障。"
    assert addressees(extract_text(tmp_path, body)) == {("乙半岛开发建设公司", False)}


def test_extract_a_two_digit_day_that_lost_its_month_takes_the_year_of_the_meeting_s_name(
    tmp_path,
):
    opening = "张三主持召开区政府2024年第22次常务会议\n99日，区长张三主持召开区政府常务会议。"
    meeting = extract_text(tmp_path, "会议听取了区财政局关于预算执行的汇报。", opening).meeting
    assert (meeting.date, meeting.ordinal) == ("2024-09-09", 22)


def test_extract_a_two_digit_day_that_can_be_a_day_stays_a_day(tmp_path):
    opening = "张三主持召开区政府2024年第22次常务会议\n19日，区长张三主持召开区政府常务会议。"
    meeting = extract_text(tmp_path, "会议听取了区财政局关于预算执行的汇报。", opening).meeting
    assert meeting.date != "2024-01-09"


def test_extract_a_short_name_calling_back_a_title_is_no_plan_of_its_own(tmp_path):
    body = "会议原则同意《某区推进农业高质量发展行动方案》并指出，要把《行动方案》提出的任务抓实。"
    result = extract_text(tmp_path, body)
    assert {p.title for p in result.plans} == {"某区推进农业高质量发展行动方案"}


@pytest.mark.parametrize(
    ("title", "initiative"),
    [
        ("关于报请审议<某区支持项目加快建设的实施意见(审议稿)>的请示", "支持项目加快建设"),
        ("某区贯彻落实<法治政府建设实施纲要(2021-2025年)>的实施方案", "法治政府建设"),
        ("关于加快推进本市旧住房更新改造工作的若干意见", "旧住房更新改造"),
        ("关于印发某区第三次全国经济普查主要工作计划的通知", "第三次全国经济普查"),
    ],
)
def test_extract_a_request_about_a_document_or_its_many_opinions_name_the_work(title, initiative):
    from loaders.extract.naming import initiative_name

    assert initiative_name(title, ("某区",)) == initiative


def test_extract_headlines_of_other_pages_after_the_minutes_direct_nobody(tmp_path):
    body = (
        "会议听取了全区安全生产工作情况汇报。会议要求，各街道要压实属地责任。\n相关链接：\n"
        "区应急管理局要求各企业落实主体责任\n上一篇：区市场监管局要加强食品安全抽检\n"
        "下一篇：区财政局关于预算执行情况的汇报\n主办单位：某区人民政府办公室"
    )
    result = extract_text(tmp_path, body)
    assert addressees(result) == {("各街道", True)}
    assert not result.reported


@pytest.mark.parametrize(
    "said",
    [
        "区住建局牵头的老旧小区改造工作要加快推进",
        "区卫健委牵头组织的培训要注重实效",
        "区住建局负责实施的项目要按期完工",
        "区应急局提出的整改意见要逐项落实",
    ],
)
def test_extract_a_unit_named_inside_the_subject_of_a_must_is_neither_told_nor_reporting(
    tmp_path, said
):
    result = extract_text(tmp_path, f"会议听取了全区安全生产工作情况汇报。会议强调，{said}。")
    assert not result.directed
    assert not result.reported


def test_extract_a_team_set_up_and_described_by_its_lead_is_no_directive(tmp_path):
    body = "会议听取了全区安全生产工作情况汇报。会议决定，成立由区发改局牵头的工作专班。"
    assert not extract_text(tmp_path, body).directed


def test_extract_a_plan_approved_in_the_opening_and_again_in_its_item_is_one_approval(tmp_path):
    opening = (
        "3月5日，区长张三主持召开区政府第12次常务会议，审议并原则通过《甲方案》、《乙办法》等文件。"
    )
    body = "\n会议审议并原则通过《甲方案》。会议要求，要抓好落实。\n会议审议并原则通过《乙办法》。"
    approved = extract_text(tmp_path, body, opening).approved
    assert sorted(a.plan for a in approved) == ["乙办法", "甲方案"]


def test_extract_studied_reviewed_and_approved_is_one_verb_before_its_topic(tmp_path):
    body = "会议研究审议并原则通过烟花爆竹禁放区域调整等事项。"
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert names == {"烟花爆竹禁放区域调整"}


@pytest.mark.parametrize(
    "said",
    [
        "区应急管理局局长王五要求，各街道要加强隐患排查",
        "据区住建局介绍，各街道要在月底前完成摸排",
        "区住建局要求，各街道要加强排查",
    ],
)
def test_extract_what_a_unit_or_its_person_said_directs_nobody(tmp_path, said):
    result = extract_text(tmp_path, f"会议听取了全区安全生产工作情况汇报。{said}。")
    assert not result.directed


def test_extract_what_the_chair_said_still_directs(tmp_path):
    result = extract_text(
        tmp_path, "会议听取了全区安全生产工作情况汇报。张三要求，各街道要加强排查。"
    )
    assert addressees(result) == {("各街道", True)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("市住建局就全市城镇燃气安全排查整治工作作了汇报。", {("市住建局", "城镇燃气")}),
        (
            "会议审议了《甲办法》，由市自然资源局对《甲办法》作起草说明。",
            {("市自然资源局", "甲办法")},
        ),
        ("会议听取了市统计局有关负责人所作的经济运行情况汇报。", {("市统计局", "经济运行")}),
        ("会议听取了区住建局相关负责人就老旧小区改造作的汇报。", {("区住建局", "老旧小区改造")}),
    ],
)
def test_extract_reporters_with_a_preposition_or_a_person_after_them(tmp_path, body, expected):
    result = extract_text(tmp_path, body)
    reports = report_pairs(result)
    assert {unit for unit, _ in reports} == {unit for unit, _ in expected}
    assert all(any(part in s for u, s in reports) for _, part in expected)
    assert not result.directed


def test_extract_units_heard_on_joined_topics_report_one_each_once(tmp_path):
    body = "会议听取市教育局、市卫健委关于秋季开学和疫情防控工作的汇报。"
    assert {u for u, _ in report_pairs(extract_text(tmp_path, body))} == {"市教育局", "市卫健委"}
    assert len(extract_text(tmp_path, body).reported) == 2


@pytest.mark.parametrize(
    "body",
    [
        "区财政局在会上就预算执行情况作了汇报。",
        "区财政局向会议汇报了预算执行情况。",
        "区财政局局长王五在会上对预算执行情况作了说明。",
        "区财政局围绕预算执行情况作了汇报。",
    ],
)
def test_extract_where_or_to_whom_a_unit_reported_is_not_its_subject(tmp_path, body):
    assert report_pairs(extract_text(tmp_path, body)) == {("区财政局", "预算执行情况")}
