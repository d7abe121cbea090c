"""Numbered 纪要 and news releases of county governments: items a published 纪要 left out, a page
that kept one item, numbered and singled-out addressees, a person with two posts, a document
number glued to the title, sessions of other bodies, and an approval after a comma.

Each text is invented for the test, in the shape real pages use.
"""

from invented_minutes import addressees, extract_text, report_pairs

from loaders.extract.header import parse_header

_JIYAO_OPENING = "2020年6月22日，县长王明主持召开县政府第4次常务会议。现将会议议定事项纪要如下：\n"


def test_extract_an_item_after_a_number_the_page_left_out_keeps_its_plan(tmp_path):
    body = (
        "一、研究修建机动车检测站事宜\n会议认为，暂不研究个人申请。\n"
        "三、研究《甲县双拥活动方案》事宜\n会议决定，原则同意《甲县双拥活动方案》。\n"
    )
    result = extract_text(tmp_path, body, opening=_JIYAO_OPENING)
    assert [(p.title, p.item) for p in result.plans] == [("甲县双拥活动方案", 3)]


def test_extract_a_page_that_kept_one_numbered_item_reads_it(tmp_path):
    body = (
        "一、听取县甲局《甲县森防工作报告》\n会议要求，县政府各组成部门要持续做好公共安全工作。\n"
    )
    result = extract_text(tmp_path, body, opening=_JIYAO_OPENING)
    assert addressees(result) == {("县政府各组成部门", True)}


def test_extract_numbered_points_of_a_request_each_name_their_unit(tmp_path):
    body = (
        "会议要求，一是县甲局进一步修改完善《方案》；二是经费须有依据；"
        "三是县乙中心负责相关设备采购事宜。"
    )
    assert addressees(extract_text(tmp_path, body)) == {("县甲局", False), ("县乙中心", False)}


def test_extract_units_singled_out_after_a_request_are_told_to_act(tmp_path):
    body = (
        "会议要求，县政府各组成部门要持续做好公共安全工作。"
        "特别是县应急局、林草局聚焦森林防火工作，持续发力。"
    )
    assert addressees(extract_text(tmp_path, body)) == {
        ("县政府各组成部门", True),
        ("县应急局", False),
        ("林草局", False),
    }


def test_extract_a_sentence_singling_out_units_without_a_request_before_tells_nobody(tmp_path):
    body = "会议听取了县甲局的汇报。特别是县乙局、丙局聚焦森林防火工作，成效明显。"
    assert addressees(extract_text(tmp_path, body)) == set()


def test_extract_a_person_with_two_posts_reports_for_the_unit_named_before_the_person(tmp_path):
    body = "会上，县甲办主任、县乙局局长张三汇报了食品安全工作情况。"
    assert report_pairs(extract_text(tmp_path, body)) == {("县乙局", "食品安全工作情况")}


def test_extract_a_trip_to_a_national_bureau_in_a_heard_list_is_no_unit(tmp_path):
    body = "会议听取了甲项目进展、赴国家文物局工作会商、乙改造等情况汇报。"
    assert [b.name for b in extract_text(tmp_path, body).bureaus] == []


def test_extract_agreeing_after_a_comma_to_a_unit_s_document_approves_it(tmp_path):
    body = "会议研究了《县甲方案》。会议同意，县甲局提交的《县甲方案》按程序印发实施。"
    assert [a.plan for a in extract_text(tmp_path, body).approved] == ["县甲方案"]


def test_header_a_document_number_glued_to_the_title_is_the_number_not_the_government():
    text = (
        "〔2020〕4号朗县人民政府2020第四次政府常务会议纪要\n2020年6月22日，县长王明主持召开会议。"
    )
    meeting = parse_header(text)
    assert (meeting.doc_number, meeting.issuer) == ("〔2020〕4号", "朗县人民政府")


def test_header_a_session_of_the_people_s_congress_is_no_ordinal():
    text = "3月5日，市长王明主持召开市政府常务会议，讨论拟提交市四届人大六次会议审议的文件。"
    assert parse_header(text).ordinal is None


def test_extract_a_release_whose_items_give_lines_of_work_only_is_no_suspect_page(tmp_path):
    body = "会议研究了创建城乡客运一体化示范县工作。会议还研究了自然资源工作。"
    result = extract_text(tmp_path, body)
    assert ([i.name for i in result.initiatives], result.warnings) == (
        ["创建城乡客运一体化示范县", "自然资源"],
        [],
    )


def test_extract_a_title_the_meeting_is_told_of_is_a_plan_and_one_from_above_is_not(tmp_path):
    body = "会议通报了《甲县考核任务完成情况》，通报了《国务院安委会关于乙事故的通报》。"
    assert [p.title for p in extract_text(tmp_path, body).plans] == ["甲县考核任务完成情况"]


def test_header_a_day_in_the_held_sentence_comes_before_a_time_line_of_the_page():
    text = (
        "某某主持召开市政府常务会议\n时间：2024-06-12\n来源：某市融媒体中心\n"
        "6月11日，市长某某主持召开市政府常务会议。"
    )
    assert parse_header(text).date == "2024-06-11"


def test_header_a_stamp_glued_to_the_title_before_its_source_is_the_page_s_date():
    text = "区政府召开常务会议审议《甲预案》2025年12月22日来源：某报\n12月17日，区长某某主持召开区政府常务会议。"
    assert parse_header(text).date == "2025-12-17"


def test_header_a_dateline_s_day_alone_falls_in_the_page_s_month():
    text = (
        "《某日报》2013年12月13日\n本网讯（记者某某）12日，州长某某主持召开州政府第13次常务会议。"
    )
    assert parse_header(text).date == "2013-12-12"


def test_extract_every_party_and_the_units_undertaking_a_matter_are_collectives(tmp_path):
    body = "会议要求，有关各方要加强协作，重大决策事项承办单位要认真组织实施。"
    assert addressees(extract_text(tmp_path, body)) == {
        ("有关各方", True),
        ("重大决策事项承办单位", True),
    }


def test_extract_the_meeting_s_own_government_and_the_centre_are_told_nothing(tmp_path):
    opening = "3月5日，区长张三主持召开龙湖区政府第12次常务会议。"
    body = (
        "会议指出，总书记要求中央和国家有关部门要全力支持特区发展。"
        "龙湖区作为中心城区，要立足打造核心城区。各部门要抓好落实。"
    )
    result = extract_text(tmp_path, body, opening=opening)
    assert addressees(result) == {("各部门", True)}


def test_header_a_chair_named_without_a_title_on_a_news_page_is_read():
    meeting = parse_header("11月11日上午，朱民主持召开市政府第22次常务会议，研究有关工作。")
    assert (meeting.chair, meeting.chair_title) == ("朱民", None)
