"""Phrasings of the three oldest test parts once they joined the development part (ra–ri pages):
approvals, plans, reports and the units that make them.

Each text is invented for the test, in the shape a real page used.
"""

from invented_minutes import extract_text, report_pairs


def approved(result):
    return [a.plan for a in result.approved]


def plans(result):
    return [p.title for p in result.plans]


def test_extract_a_verb_inside_a_title_does_not_make_the_next_titles_background(tmp_path):
    body = "会议研究了《关于印发〈甲目录〉的通知》、《乙管理办法》、《丙实施意见》等。"
    assert plans(extract_text(tmp_path, body))[1:] == ["乙管理办法", "丙实施意见"]


def test_extract_agreeing_to_a_unit_s_proposed_document_approves_it(tmp_path):
    body = "会议听取了区甲局的汇报。会议同意区甲局提出的《乙工作方案》，作进一步修改完善后实施。"
    assert approved(extract_text(tmp_path, body)) == ["乙工作方案"]


def test_extract_agreeing_to_a_document_a_unit_drafted_and_had_checked_approves_it(tmp_path):
    body = (
        "会议审议了《乙管理办法》。会议同意区甲局拟草并经合法性审查的《乙管理办法》，报区委审定。"
    )
    assert approved(extract_text(tmp_path, body)) == ["乙管理办法"]


def test_extract_agreeing_after_the_meeting_studied_it_approves_the_titles(tmp_path):
    body = "会议听取《甲事项目录》和《乙文件目录》编制情况汇报。经会议研究，同意《甲事项目录》和《乙文件目录》。"
    assert approved(extract_text(tmp_path, body)) == ["甲事项目录", "乙文件目录"]


def test_extract_passing_a_title_later_in_the_meeting_s_sentence_approves_it(tmp_path):
    body = "会议还研究讨论了全区河道治理等工作方案，通过了《某区空气质量考评办法》。"
    assert approved(extract_text(tmp_path, body)) == ["某区空气质量考评办法"]


def test_extract_a_counted_back_reference_approves_that_many_plans(tmp_path):
    body = (
        "会议听取了区甲局、区乙局关于《丙报告（草案）》《丁报告》的说明。"
        "与会人员对两个报告提出了意见。会议原则上通过了这两个报告。"
    )
    assert approved(extract_text(tmp_path, body)) == ["丙报告（草案）", "丁报告"]


def test_extract_a_counted_back_reference_of_another_number_approves_nothing(tmp_path):
    body = "会议听取了关于《丙报告》《丁报告》的说明。会议原则通过了这三个报告。"
    assert approved(extract_text(tmp_path, body)) == []


def test_extract_approved_documents_listed_unit_by_unit_are_each_approved(tmp_path):
    body = (
        "会议讨论并原则通过了区甲局提交的《关于乙事项的请示》，区丙局、区丁局提交的《关于戊问题的报告》，"
        "区己公司《关于借款的请示》。"
    )
    result = extract_text(tmp_path, body)
    assert approved(result) == ["关于乙事项的请示", "关于戊问题的报告", "关于借款的请示"]


def test_extract_a_short_name_approved_later_approves_the_item_s_plan(tmp_path):
    body = (
        "会议听取了区城管局关于《某区市容提升三年行动方案（送审稿）》（以下简称《行动方案》）的汇报。"
        "会议议定，原则通过《行动方案》，请区城管局修改完善。"
    )
    result = extract_text(tmp_path, body)
    assert plans(result) == ["某区市容提升三年行动方案（送审稿）"]
    assert approved(result) == ["某区市容提升三年行动方案（送审稿）"]


def test_extract_a_unit_s_document_drafted_and_checked_is_its_report(tmp_path):
    body = "会议原则同意区财政局拟草并经合法性审查的《甲资金管理办法》，修改完善后印发实施。"
    assert report_pairs(extract_text(tmp_path, body)) == {("区财政局", "甲资金管理办法")}


def test_extract_a_unit_s_document_the_meeting_finalised_is_its_report(tmp_path):
    body = "会议审定了县编办送审的《关于开展甲试点工作的实施意见（送审稿）》。"
    pairs = report_pairs(extract_text(tmp_path, body))
    assert pairs == {("县编办", "关于开展甲试点工作的实施意见（送审稿）")}


def test_extract_a_report_heard_to_its_end_names_its_unit(tmp_path):
    body = "在听取完区生态环境局近期工作情况汇报后，区长要求，要补齐基础设施短板。"
    [(bureau, subject)] = report_pairs(extract_text(tmp_path, body))
    assert bureau == "区生态环境局"
    assert subject.startswith("近期")


def test_extract_a_report_asked_for_soon_is_still_no_report(tmp_path):
    body = "会议听取了甲工作情况汇报。会议要求，区生态环境局近期汇报乙项目进展。"
    assert not report_pairs(extract_text(tmp_path, body))


def test_extract_the_report_a_branch_made_names_the_branch(tmp_path):
    body = "会议审议并原则同意市生态环境局某某分局所作的关于大气污染防治工作的情况汇报。"
    [(bureau, _)] = report_pairs(extract_text(tmp_path, body))
    assert bureau == "市生态环境局某某分局"


def test_extract_a_station_that_makes_a_report_keeps_its_own_suo(tmp_path):
    body = "会议听取了县公安局城关派出所作的关于辖区治安工作的汇报。"
    [(bureau, _)] = report_pairs(extract_text(tmp_path, body))
    assert bureau == "县公安局城关派出所"


def test_extract_a_statement_with_shi_before_a_unit_like_word_names_no_unit(tmp_path):
    body = "会议听取了甲工作情况汇报。会议指出，甲现场会是省委省政府站在全局为我市描绘的蓝图。"
    assert not extract_text(tmp_path, body).bureaus


def test_extract_bodies_whose_deployment_is_followed_are_told_nothing(tmp_path):
    body = "会议听取了甲工作情况汇报。区长要求，要按照中央要求和省委、省政府部署，抓好整改。"
    assert not extract_text(tmp_path, body).bureaus


def test_extract_a_company_commissioned_earlier_is_told_nothing(tmp_path):
    body = "会议听取了甲工作情况汇报。乙园区计划实施相关项目，前期已委托第三方编制公司完成可研。"
    assert not extract_text(tmp_path, body).bureaus


def test_extract_a_document_studied_after_a_speech_s_occasion_is_no_plan(tmp_path):
    body = (
        "会议集中学习了总书记在研究部署秋冬季经济工作时的讲话及《中华人民共和国甲法》等内容。"
        "会议审议了《乙工作方案》。"
    )
    assert plans(extract_text(tmp_path, body)) == ["乙工作方案"]


def test_extract_an_article_named_with_a_speech_given_where_reports_were_heard_is_no_plan(
    tmp_path,
):
    body = (
        "会议传达学习了总书记在某座谈会和听取某省工作汇报时的重要讲话精神、重要文章《甲文章》。"
        "会议审议了《乙工作方案》。"
    )
    assert plans(extract_text(tmp_path, body)) == ["乙工作方案"]


def test_extract_a_law_explained_in_the_study_before_the_meeting_is_no_plan(tmp_path):
    body = "会议审议了《乙工作方案》。会前进行了集体学法，邀请某大学教授就《甲条例》作了解读。"
    assert plans(extract_text(tmp_path, body)) == ["乙工作方案"]


def test_extract_titles_discussed_after_the_study_before_the_meeting_are_plans(tmp_path):
    body = "会前学习了《中华人民共和国甲法》，讨论了《乙工作方案》、《丙实施办法》。"
    assert plans(extract_text(tmp_path, body)) == ["乙工作方案", "丙实施办法"]


def test_extract_an_agenda_opened_by_hui_shang_and_a_comma_is_read(tmp_path):
    body = "会上，听取了关于《甲工作报告》起草情况的汇报。会议要求，要把报告修改好。"
    assert plans(extract_text(tmp_path, body)) == ["甲工作报告"]


def test_extract_the_executive_meeting_s_part_of_a_joint_meeting_is_read(tmp_path):
    body = (
        "在党组会议上，与会人员集中学习了《甲通知》。"
        "在常务会议上，听取了乙工作情况汇报。研究讨论了《丙工作方案》和《丁通告》。"
    )
    assert plans(extract_text(tmp_path, body)) == ["丙工作方案", "丁通告"]


def test_extract_a_regulation_a_unit_led_the_study_of_is_no_plan(tmp_path):
    body = "会议听取了区财政局关于甲工作的汇报，区司法局领学了《某省行政应诉工作规定》。"
    assert plans(extract_text(tmp_path, body)) == []


def test_extract_a_regulation_a_unit_explained_is_no_plan(tmp_path):
    body = "会议听取了区司法局关于《某省行政应诉工作规定》的解读。"
    assert plans(extract_text(tmp_path, body)) == []


def test_extract_the_chair_giving_the_floor_to_a_unit_s_person_is_its_report(tmp_path):
    body = "会议听取防汛工作汇报。区长请区应急局王五同志就防汛备汛工作作汇报。"
    assert report_pairs(extract_text(tmp_path, body)) == {("区应急局", "防汛备汛")}


def test_extract_a_town_s_government_reports_as_a_unit(tmp_path):
    body = "会议听取了某某镇人民政府关于美丽乡村建设的汇报。"
    assert report_pairs(extract_text(tmp_path, body)) == {("某某镇人民政府", "美丽乡村建设")}


def test_extract_the_science_association_reports_as_a_unit(tmp_path):
    body = "会议听取了区科协关于科普工作的汇报。"
    assert report_pairs(extract_text(tmp_path, body)) == {("区科协", "科普工作")}


def test_extract_the_red_cross_reports_as_a_unit(tmp_path):
    body = "会议听取了区红十字会关于应急救护培训工作的汇报。"
    assert report_pairs(extract_text(tmp_path, body)) == {("区红十字会", "应急救护培训工作")}


def test_extract_agreeing_to_the_documents_above_approves_every_plan_of_the_item(tmp_path):
    body = "会议审议了《甲方案》和《乙办法》。会议原则同意上述文件。"
    assert approved(extract_text(tmp_path, body)) == ["甲方案", "乙办法"]


def test_extract_the_meeting_agreeing_to_the_plan_named_back_approves_it(tmp_path):
    body = "会议研究了《甲方案》，会议同意该方案。"
    assert approved(extract_text(tmp_path, body)) == ["甲方案"]


def test_extract_approving_in_principle_before_the_review_verb_approves(tmp_path):
    body = "会议原则审议通过《甲方案》。"
    assert approved(extract_text(tmp_path, body)) == ["甲方案"]


def test_extract_a_second_unit_s_document_in_a_list_is_its_report(tmp_path):
    body = "会议研究审议了区发改局起草的《某区甲方案》和区财政局起草的《某区乙办法》。"
    pairs = report_pairs(extract_text(tmp_path, body))
    assert pairs == {("区发改局", "某区甲方案"), ("区财政局", "某区乙办法")}


def test_extract_a_community_committee_reports_as_a_unit(tmp_path):
    body = "会议听取了某某社区居委会关于物业管理的汇报。"
    assert report_pairs(extract_text(tmp_path, body)) == {("某某社区居委会", "物业管理")}


def test_extract_a_deputy_in_charge_stands_for_the_unit(tmp_path):
    body = "会议听取了县住建局副局长（主持工作）郑一关于燃气安全的汇报。"
    assert report_pairs(extract_text(tmp_path, body)) == {("县住建局", "燃气安全")}


def test_extract_a_member_of_the_party_group_stands_for_the_unit(tmp_path):
    body = "会议听取了县发改局党组成员、副局长冯二关于项目申报的汇报。"
    assert report_pairs(extract_text(tmp_path, body)) == {("县发改局", "项目申报")}
