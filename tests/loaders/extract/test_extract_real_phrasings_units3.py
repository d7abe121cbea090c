"""Phrasings of the rn12–rn24 pages of the real corpus: who did not report, and page furniture.

Each text is invented for the test, in the shape a real page used.
"""

from invented_minutes import addressees, extract_text, report_pairs


def test_extract_the_meeting_s_own_place_with_a_partner_is_no_reporter(tmp_path):
    body = "会议听取了甲县与某某学院校地合作项目推进工作情况汇报。会议听取了我县与某大学共建研究院工作情况汇报。"
    result = extract_text(tmp_path, body)
    assert not report_pairs(result)
    assert not result.bureaus


def test_extract_a_unit_named_with_and_in_its_head_still_reports(tmp_path):
    body = "会议听取了县科技与工信局关于甲工作的汇报。"
    assert report_pairs(extract_text(tmp_path, body)) == {("县科技与工信局", "甲工作")}


def test_extract_a_report_another_meeting_heard_is_conveyed_not_reported(tmp_path):
    body = (
        "会议传达学习了市政府第20次常务会议听取市甲局关于乙工作情况汇报时的讲话精神。"
        "会议听取了县丙局关于丁工作的汇报。"
    )
    assert report_pairs(extract_text(tmp_path, body)) == {("县丙局", "丁工作")}


def test_extract_headlines_after_the_page_s_tools_are_no_reports(tmp_path):
    body = (
        "会议听取了全县甲工作情况汇报。会议要求，各乡镇要抓好落实。\n【打印】【关闭】\n"
        "县乙局关于丙工作的通知\n县消防救援大队关于冬春火灾防控的汇报\n"
    )
    result = extract_text(tmp_path, body)
    assert not report_pairs(result)
    assert not result.bureaus


def test_extract_headlines_after_a_print_and_share_line_are_no_reports(tmp_path):
    body = (
        "会议听取了全县甲工作情况汇报。\n打印 | 收藏 | 发给好友\n县教育局关于秋季招生工作的汇报\n"
    )
    assert not report_pairs(extract_text(tmp_path, body))


def test_extract_units_praised_for_their_work_are_not_told_to_act(tmp_path):
    body = (
        "会议听取了全县甲工作情况汇报。会议认为，县乙局、县丙中心在旅游宣传推介中积极作为。"
        "会议要求，县乙局要策划好节庆活动。"
    )
    assert addressees(extract_text(tmp_path, body)) == {("县乙局", False)}


def test_extract_a_submitted_document_named_again_by_its_kind_reports_the_item_s_topic(tmp_path):
    body = (
        "会议听取关于背街小巷环境整治有关情况汇报。原则同意区城管局提交的整治方案，"
        "要求进一步修改完善后抓好实施。"
    )
    [(bureau, subject)] = report_pairs(extract_text(tmp_path, body))
    assert bureau == "区城管局"
    assert subject.startswith("背街小巷环境整治")


def test_extract_a_title_that_is_only_a_document_s_kind_is_no_plan(tmp_path):
    body = "会议听取了全县“十五五”规划《纲要》（草案）及专项规划编制工作情况汇报。会议审议了《甲县乙工作实施方案》。"
    titles = {plan.title for plan in extract_text(tmp_path, body).plans}
    assert titles == {"甲县乙工作实施方案"}


def test_extract_titles_an_opening_lists_before_numbered_items_are_plans(tmp_path):
    opening = (
        "5月6日，副区长张三主持召开区政府第40次常务会议。审议《甲区乙工作报告》；"
        "审议《甲区丙工作实施方案》；审议《甲区丁管理办法》。区财政局局长李四列席会议。\n"
    )
    body = "一、审议《甲区乙工作报告》\n会议审议并原则通过了《甲区乙工作报告》。\n二、审议《甲区丙工作实施方案》\n会议审议并原则通过了《甲区丙工作实施方案》。\n"
    result = extract_text(tmp_path, body, opening)
    titles = {plan.title for plan in result.plans}
    assert titles == {"甲区乙工作报告", "甲区丙工作实施方案", "甲区丁管理办法"}
    assert not result.reported


def test_extract_units_inside_what_a_report_was_about_are_no_reporters(tmp_path):
    body = "会议听取了关于县财政局、县国资局联合开展国有资产清查工作的情况汇报。"
    assert not report_pairs(extract_text(tmp_path, body))


def test_extract_a_unit_after_a_title_s_own_about_still_reports(tmp_path):
    body = "会议传达学习了《国务院办公厅关于甲工作的通知》，审议了县乙局《关于丙经费的请示》。"
    assert report_pairs(extract_text(tmp_path, body)) == {("县乙局", "关于丙经费的请示")}


def test_extract_a_title_in_single_angle_brackets_is_a_plan(tmp_path):
    body = (
        "会议审议并原则通过了〈甲县农村供水管理办法〉。会议审议了《关于提请审议〈乙要点〉的请示》。"
    )
    result = extract_text(tmp_path, body)
    assert {plan.title for plan in result.plans} == {
        "甲县农村供水管理办法",
        "关于提请审议〈乙要点〉的请示",
    }
    assert "甲县农村供水管理办法" in {approval.plan for approval in result.approved}


def test_extract_a_reporter_after_a_comma_and_a_conjunction_keeps_its_own_name(tmp_path):
    body = "会议听取了县甲局关于乙工作的汇报，以及县丙局、县丁局关于戊建设情况的联合汇报。"
    bureaus = {bureau for bureau, _ in report_pairs(extract_text(tmp_path, body))}
    assert bureaus == {"县甲局", "县丙局", "县丁局"}


def test_extract_units_that_wrote_the_document_reviewed_are_told_nothing(tmp_path):
    body = "会议审议了由县发改局、县财政局联合起草的《甲县乙办法》。"
    result = extract_text(tmp_path, body)
    assert not addressees(result)
    assert {bureau for bureau, _ in report_pairs(result)} == {"县发改局", "县财政局"}


def test_extract_headlines_of_other_pages_with_their_dates_are_no_reports(tmp_path):
    body = (
        "会议听取了全县甲工作情况汇报。会议要求，各乡镇要抓好落实。\n\n"
        "县住建局关于城区供暖情况的汇报 2024-03-01\n\n县教育局关于秋季招生工作的汇报 2024-02-28\n"
    )
    result = extract_text(tmp_path, body)
    assert not report_pairs(result)
    assert not result.bureaus


def test_extract_a_title_heard_later_in_an_item_is_a_plan(tmp_path):
    body = (
        "会议听取了全县甲工作情况汇报。会议要求，各乡镇要抓好落实。\n"
        "会议在听取《某市推动乙工作三年行动实施方案（2023—2025年）》起草情况后指出，要紧盯目标。"
    )
    titles = {plan.title for plan in extract_text(tmp_path, body).plans}
    assert "某市推动乙工作三年行动实施方案（2023—2025年）" in titles


def test_extract_a_title_explained_to_the_meeting_is_a_plan(tmp_path):
    body = (
        "会议讨论并原则通过了《关于甲县2017年财政预算执行情况的报告》。\n\n"
        "工作人员对《政府工作报告》（讨论稿）的框架及撰写过程作了说明和解读。与会人员提出了修改意见。"
    )
    titles = {plan.title for plan in extract_text(tmp_path, body).plans}
    assert "政府工作报告" in titles


def test_extract_a_title_the_meeting_read_through_is_a_plan(tmp_path):
    body = "会议听取了全县甲工作情况汇报。\n会议审阅了《甲县乙工作实施方案》。"
    assert "甲县乙工作实施方案" in {plan.title for plan in extract_text(tmp_path, body).plans}


def test_extract_a_sentence_opening_with_the_title_decided_on_names_a_plan(tmp_path):
    body = "会议听取了全县甲工作情况汇报。\n关于《甲县乙工作实施方案》，会议同意印发实施。"
    assert "甲县乙工作实施方案" in {plan.title for plan in extract_text(tmp_path, body).plans}


def test_extract_another_story_of_the_newspaper_page_is_not_the_minutes(tmp_path):
    body = (
        "会议听取了全县甲工作情况汇报。会议要求，各乡镇要抓好落实。\n"
        "县住建局召开城区供暖工作推进会\n"
        "本报讯（记者 李四）3月6日，县住建局召开城区供暖工作推进会，听取了县热力公司关于供暖运行情况的汇报。\n"
        "另讯 3月7日，副县长赵五到县人民医院调研，听取了县卫健局关于医共体建设情况的汇报。\n"
    )
    result = extract_text(tmp_path, body)
    assert not report_pairs(result)
    assert not result.bureaus


def test_extract_a_report_asked_for_later_is_a_task_not_a_report(tmp_path):
    body = "会议听取了全县甲工作情况汇报。请县发改局下次会议汇报乙项目进展情况，县住建局于月底前汇报丙工作进展。"
    result = extract_text(tmp_path, body)
    assert not report_pairs(result)
    assert ("县发改局", False) in addressees(result)


def test_extract_a_title_brought_before_the_meeting_is_a_plan_it_approves(tmp_path):
    body = "会议听取了全县甲工作情况汇报。\n《甲县乙工作实施方案》提请会议审议，会议原则同意。"
    result = extract_text(tmp_path, body)
    assert "甲县乙工作实施方案" in {plan.title for plan in result.plans}
    assert "甲县乙工作实施方案" in {approval.plan for approval in result.approved}


def test_extract_a_title_the_meeting_revised_is_a_plan(tmp_path):
    body = "会议听取了全县甲工作情况汇报。\n会议对《甲县乙工作实施方案》作了修改完善。"
    assert "甲县乙工作实施方案" in {plan.title for plan in extract_text(tmp_path, body).plans}


def test_extract_a_plan_named_again_without_its_draft_suffix_is_one_plan_approved_once(tmp_path):
    body = (
        "会议审议了《甲区乙工作实施意见（企业型）（送审稿）》。"
        "原则同意区管委会提交的《甲区乙工作实施意见（企业型）》，要求修改完善后印发实施。"
    )
    result = extract_text(tmp_path, body)
    assert [plan.title for plan in result.plans] == ["甲区乙工作实施意见（企业型）（送审稿）"]
    assert [approval.plan for approval in result.approved] == [
        "甲区乙工作实施意见（企业型）（送审稿）"
    ]


def test_extract_a_title_heard_before_decisions_numbered_in_figures_is_a_plan(tmp_path):
    opening = "3月2日，区长张三主持召开区政府第63次常务会议。\n会议听取了：关于《甲区乙工作任务分解方案（征求意见稿）》\n会议确定：\n"
    body = "1、原则同意该《方案》，区政府办公室要修改完善后印发实施。\n2、要主动担责，各职能部门要逐一认领任务。\n"
    result = extract_text(tmp_path, body, opening)
    assert "甲区乙工作任务分解方案（征求意见稿）" in {plan.title for plan in result.plans}


def test_extract_a_report_already_made_at_a_time_is_still_a_report(tmp_path):
    body = "会议听取了全县甲工作情况汇报。县财政局月底前汇报了乙工作进展情况。"
    assert "县财政局" in {bureau for bureau, _ in report_pairs(extract_text(tmp_path, body))}


def test_extract_a_report_on_studying_a_report_after_a_conveyed_meeting_is_still_a_report(tmp_path):
    body = (
        "会议传达学习了省政府常务会议精神，听取了县发改局关于学习《政府工作报告》精神情况的汇报。"
    )
    assert "县发改局" in {bureau for bureau, _ in report_pairs(extract_text(tmp_path, body))}


def test_extract_headlines_listed_under_no_heading_after_the_minutes_are_no_reports(tmp_path):
    body = (
        "会议听取了全县甲工作情况汇报。会议要求，各乡镇要抓好落实。\n"
        "县住建局关于城区供暖情况的汇报\n县教育局关于秋季招生工作的通知\n县财政局关于预算执行情况的报告\n"
    )
    result = extract_text(tmp_path, body)
    assert not report_pairs(result)
    assert not result.bureaus


def test_extract_a_numbered_item_headed_by_a_unit_s_report_still_reports(tmp_path):
    body = "一、县住建局关于城区供暖情况的汇报\n会议原则同意。\n二、县教育局关于秋季招生工作的汇报\n会议要求，县教育局要做好准备。\n"
    bureaus = {bureau for bureau, _ in report_pairs(extract_text(tmp_path, body))}
    assert bureaus == {"县住建局", "县教育局"}


def test_extract_a_chair_named_before_the_title_after_the_government_chaired(tmp_path):
    opening = "2023年5月24日下午，市政府温某某市长主持召开市政府常务会议。"
    result = extract_text(tmp_path, "会议审议了《甲市乙规划（送审稿）》。", opening)
    assert (result.meeting.chair, result.meeting.chair_title) == ("温某某", "市长")


def test_extract_a_unit_told_to_report_later_is_an_addressee(tmp_path):
    body = "会议听取了全县甲工作情况汇报。会议要求，县住建局要及时汇报工作进展，县财政局要作出书面说明。"
    result = extract_text(tmp_path, body)
    assert {("县住建局", False), ("县财政局", False)} <= addressees(result)
    assert not report_pairs(result)


def test_extract_a_surname_like_a_modal_in_a_heard_report_directs_nobody(tmp_path):
    body = "会议听取了市府办应某关于甲村建设规划问题的情况汇报。"
    assert not addressees(extract_text(tmp_path, body))
