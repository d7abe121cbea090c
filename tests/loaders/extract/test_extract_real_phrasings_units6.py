"""Units in phrasings of news releases: a county's government reporting at a city's meeting, a
unit given its role in a numbered point, a unit that takes up its share (主动对接), collectives of
cadres and a collective with a scope note in brackets.

Each text is invented for the test, in the shape real pages use.
"""

from invented_minutes import addressees, extract_text, report_pairs

CITY = "3月5日，市长张三主持召开甲市人民政府第12次常务会议。"
COUNTY = "3月5日，县长张三主持召开乙县人民政府第12次常务会议。"


def test_extract_a_county_government_reports_at_its_city_s_meeting(tmp_path):
    body = "会议听取了乙县人民政府关于乡村振兴示范片区建设情况的汇报。"
    assert report_pairs(extract_text(tmp_path, body, CITY)) == {
        ("乙县人民政府", "乡村振兴示范片区建设情况")
    }


def test_extract_a_county_government_submitting_a_plan_reported_it(tmp_path):
    body = "会议审议了乙县政府报送的《乙县国土空间总体规划》。"
    assert report_pairs(extract_text(tmp_path, body, CITY)) == {
        ("乙县政府", "乙县国土空间总体规划")
    }


def test_extract_the_meeting_s_own_government_neither_reports_nor_is_told(tmp_path):
    body = "会议听取了乙县政府关于乡村振兴工作的汇报。会议要求，乙县人民政府要抓紧修改完善。"
    result = extract_text(tmp_path, body, COUNTY)
    assert (result.reported, result.directed) == ([], [])


def test_extract_the_meeting_s_own_government_reports_nothing_on_a_traditional_page(tmp_path):
    opening = "3月5日，縣長張三主持召開乙縣人民政府第12次常務會議。"
    body = "會議聽取了乙縣政府關於鄉村振興工作的匯報。"
    assert extract_text(tmp_path, body, opening).reported == []


def test_extract_a_unit_given_its_role_in_a_numbered_point_is_told_to_act(tmp_path):
    body = "会议强调，一是区应急局作为主管部门，要加强督导检查；（二）区公安分局，要严厉打击。"
    assert addressees(extract_text(tmp_path, body)) == {
        ("区应急局", False),
        ("区公安分局", False),
    }


def test_extract_a_unit_taking_up_its_share_after_the_lead_is_told_to_act(tmp_path):
    body = "会议要求，区发改局牵头抓好项目申报，区自然资源局主动对接上级部门。"
    assert addressees(extract_text(tmp_path, body)) == {
        ("区发改局", False),
        ("区自然资源局", False),
    }


def test_extract_cadres_of_every_unit_are_a_collective_not_a_bureau(tmp_path):
    result = extract_text(tmp_path, "会议要求，市级包保领导和包保干部要深入一线。")
    assert (addressees(result), result.bureaus) == ({("市级包保领导和包保干部", True)}, [])


def test_extract_a_collective_with_a_scope_note_in_brackets_is_told_to_act(tmp_path):
    body = "会议要求，各镇（含街道，下同）要抓好秋粮收购工作。"
    assert addressees(extract_text(tmp_path, body)) == {("各镇（含街道，下同）", True)}


def test_extract_a_unit_that_sent_a_request_up_reported_it(tmp_path):
    body = (
        "会议研究了县交通局报来的关于农村公路养护的请示。会议审议了县卫健局报审的《县医疗规划》。"
    )
    assert report_pairs(extract_text(tmp_path, body, COUNTY)) == {
        ("县交通局", "农村公路养护的请示"),
        ("县卫健局", "县医疗规划"),
    }


def test_extract_reporter_fields_under_topic_headings_report_each_topic(tmp_path):
    body = (
        "\n议题一：关于县物业管理办法的汇报\n汇报人：县住建局局长李四\n会议原则同意。\n"
        "议题二：关于防汛工作的汇报\n汇报单位：县水利局\n会议要求，各乡镇要落实责任。\n"
    )
    assert report_pairs(extract_text(tmp_path, body, COUNTY)) == {
        ("县住建局", "县物业管理办法"),
        ("县水利局", "防汛工作"),
    }


def test_extract_a_reporter_field_in_brackets_after_the_item_reported_it(tmp_path):
    body = (
        "\n一、审议《县物业管理办法》（汇报单位：县住建局）\n会议原则通过。\n"
        "二、听取全县防汛工作准备情况汇报（汇报单位：县水利局）\n会议要求，各乡镇要落实责任。\n"
        "三、审议《县停车管理办法》（县城管局汇报）\n会议原则通过。\n"
    )
    assert report_pairs(extract_text(tmp_path, body, COUNTY)) == {
        ("县住建局", "县物业管理办法"),
        ("县水利局", "全县防汛工作准备"),
        ("县城管局", "县停车管理办法"),
    }


def test_extract_units_opening_arabic_numbered_items_reported_them(tmp_path):
    body = "\n1.县住建局汇报县物业管理办法起草情况；\n2.县水利局就防汛工作准备情况作了汇报。\n"
    assert report_pairs(extract_text(tmp_path, body, COUNTY)) == {
        ("县住建局", "县物业管理办法起草情况"),
        ("县水利局", "防汛工作准备"),
    }


def test_extract_domains_summed_up_by_their_kind_of_department_are_one_collective(tmp_path):
    body = "会议要求，发改、自然资源、水务等职能部门要把项目向东郭镇倾斜。"
    assert addressees(extract_text(tmp_path, body)) == {("发改、自然资源、水务等职能部门", True)}


def test_extract_a_fire_station_or_health_centre_named_is_a_unit(tmp_path):
    body = "会议要求，新兴路消防救援站要尽快满足功能需求；城关卫生院要提升服务。"
    assert addressees(extract_text(tmp_path, body)) == {
        ("新兴路消防救援站", False),
        ("城关卫生院", False),
    }


def test_extract_the_local_station_of_each_area_is_no_named_unit(tmp_path):
    result = extract_text(tmp_path, "会议要求，辖区卫生院要提升服务。")
    assert result.bureaus == []


def test_extract_units_each_putting_forward_a_list_or_plan_reported_it(tmp_path):
    body = "会议原则同意区人社局提出“甲奖”推荐方案和区发改局提出的“乙奖”建议名单。"
    assert report_pairs(extract_text(tmp_path, body)) == {
        ("区人社局", "“甲奖”推荐方案"),
        ("区发改局", "“乙奖”建议名单"),
    }


def test_extract_a_person_named_without_a_title_is_no_subject_of_the_unit_s_report(tmp_path):
    body = "县发改局李四汇报了重点项目推进情况。"
    assert report_pairs(extract_text(tmp_path, body, COUNTY)) == {("县发改局", "重点项目推进情况")}


def test_extract_units_named_in_a_decision_s_role_field_are_told_the_decision(tmp_path):
    body = "会议同意实施老旧小区改造。（责任单位：县住建局、县财政局）"
    result = extract_text(tmp_path, body, COUNTY)
    assert {(d.to, d.directive) for d in result.directed} == {
        ("县住建局", "同意实施老旧小区改造"),
        ("县财政局", "同意实施老旧小区改造"),
    }


def test_extract_units_named_in_a_lead_department_field_are_told_the_decision(tmp_path):
    body = "会议同意实施老旧小区改造。牵头部门：县住建局；配合部门：县财政局。"
    assert addressees(extract_text(tmp_path, body, COUNTY)) == {
        ("县住建局", False),
        ("县财政局", False),
    }


def test_extract_a_role_field_inside_a_task_names_no_addressee(tmp_path):
    body = "会议要求，县住建局要明确责任单位：县城管局。"
    assert addressees(extract_text(tmp_path, body, COUNTY)) == {("县住建局", False)}


def test_extract_named_units_summed_up_by_their_kind_of_department_each_report(tmp_path):
    body = "会议听取了县发改局、县财政局等职能部门关于重点项目的汇报。"
    assert report_pairs(extract_text(tmp_path, body, COUNTY)) == {
        ("县发改局", "重点项目"),
        ("县财政局", "重点项目"),
    }


def test_extract_a_unit_joined_by_another_after_the_request_directs_both(tmp_path):
    body = "会议要求，县教育局联合县公安局开展校园周边治理。"
    assert addressees(extract_text(tmp_path, body, COUNTY)) == {
        ("县教育局", False),
        ("县公安局", False),
    }


def test_extract_an_issue_number_alone_under_the_title_is_the_minutes_number(tmp_path):
    opening = "甲区政府2022年度第1次常务会议纪要\n〔2022〕第1期\n1月26日，区长张三主持召开区政府常务会议。"
    result = extract_text(tmp_path, "会议听取了区住建局关于物业管理的汇报。", opening)
    assert result.meeting.doc_number == "〔2022〕第1期"


def test_extract_units_each_with_their_own_guanyu_after_a_comma_each_report(tmp_path):
    body = "会议听取了县发改局关于规上企业培育工作，县住建局关于消防救援站建设的汇报。"
    assert report_pairs(extract_text(tmp_path, body, COUNTY)) == {
        ("县发改局", "规上企业培育工作"),
        ("县住建局", "消防救援站建设"),
    }


def test_extract_a_leader_listed_before_a_unit_leaves_the_unit_told_alone(tmp_path):
    body = "会议要求，分管副县长和县住建局要加强调度。"
    assert addressees(extract_text(tmp_path, body, COUNTY)) == {("县住建局", False)}


def test_extract_a_lead_named_as_a_duty_tells_no_one(tmp_path):
    body = "会议强调，部门牵头、街镇属地的责任要压紧压实。"
    assert extract_text(tmp_path, body, CITY).directed == []


def test_extract_the_ways_of_the_work_are_no_collective(tmp_path):
    body = "会议强调，要把指示要求落到实处，从政策、技术、管理、服务各方面抓紧补课。"
    assert extract_text(tmp_path, body, CITY).directed == []


def test_extract_units_whose_untitled_papers_are_approved_each_reported_theirs(tmp_path):
    body = (
        "会议审议并原则通过市农委关于落实菜篮子工作实施意见、市审计局关于修改审计监督办法等议题。"
    )
    assert report_pairs(extract_text(tmp_path, body, CITY)) == {
        ("市农委", "落实菜篮子工作实施意见"),
        ("市审计局", "修改审计监督办法"),
    }


def test_extract_a_verb_before_the_city_s_government_is_no_unit(tmp_path):
    body = "会议强调，制定甲市人民政府关于实施菜篮子工作的指导意见，有助于保供。"
    assert extract_text(tmp_path, body, CITY).bureaus == []


def test_extract_a_collective_summed_up_as_grassroots_units_is_told_to_act(tmp_path):
    body = "会议要求，镇街等基层单位要压实责任。"
    assert addressees(extract_text(tmp_path, body)) == {("镇街等基层单位", True)}


def test_extract_town_and_country_in_a_meeting_s_name_is_no_township(tmp_path):
    body = "会议听取了全省环保工作会议、住房城乡建设工作会议精神及贯彻落实意见的汇报。"
    result = extract_text(tmp_path, body, CITY)
    assert (result.bureaus, result.reported) == ([], [])


def test_extract_heard_and_agreed_without_principle_approves_the_plan(tmp_path):
    body = "会议听取并同意县住建局关于制定《县物业管理办法》的情况汇报。"
    result = extract_text(tmp_path, body, COUNTY)
    assert [a.plan for a in result.approved] == ["县物业管理办法"]


def test_extract_a_copying_site_s_date_line_gives_no_meeting_year(tmp_path):
    opening = "市政府召开常务会议\n\n2020-05-01 某某装修公司\n\n本报讯（记者）3月25日，市长张三主持召开市政府常务会议。"
    result = extract_text(tmp_path, "会议听取了市住建局关于物业管理的汇报。", opening)
    assert result.meeting.date is None


def test_extract_a_unit_called_on_to_explain_a_document_is_told_nothing(tmp_path):
    body = "下面进行第二项议题，请县财政局就《县预算管理办法》作说明。"
    result = extract_text(tmp_path, body, COUNTY)
    assert (report_pairs(result), result.directed) == ({("县财政局", "县预算管理办法")}, [])
