"""Phrasings of directives met on the pages of the three oldest test parts (ra–ri).

Each text is invented for the test, in the shape a real page used.
"""

from invented_minutes import addressees, extract_text

_HEARD = "会议听取了全区甲工作情况汇报。"


def test_extract_a_statement_opening_with_is_names_no_unit(tmp_path):
    body = _HEARD + "会议明确了三项任务，是省委省政府站在全局高度作出的部署。"
    assert not addressees(extract_text(tmp_path, body))


def test_extract_a_company_hired_in_the_past_is_told_nothing(tmp_path):
    body = _HEARD + "园区计划实施乙项目，前期已委托第三方咨询公司完成可行性研究。"
    assert not addressees(extract_text(tmp_path, body))


def test_extract_the_chair_after_you_is_told_nothing(tmp_path):
    body = _HEARD + "（会议由甲市委副书记、市长张三主持，研究了丙、丁等工作。）"
    assert not addressees(extract_text(tmp_path, body))


def test_extract_requirements_as_a_noun_name_no_addressee(tmp_path):
    body = _HEARD + "会议要求，要按照上级督察整改要求和省委、省政府部署，抓好整改。"
    assert not addressees(extract_text(tmp_path, body))


def test_extract_a_collective_after_asked_stops_before_its_verb(tmp_path):
    body = _HEARD + "会议传达了有关精神，要求各级各部门、单位看清眼下形势，守住防控成果。"
    assert addressees(extract_text(tmp_path, body)) == {("各级各部门、单位", True)}


def test_extract_a_collective_after_asked_stops_before_its_adverb(tmp_path):
    body = _HEARD + "会议要求各相关部门认真组织实施，加大征收力度。"
    assert addressees(extract_text(tmp_path, body)) == {("各相关部门", True)}


def test_extract_a_season_drawing_near_is_no_part_of_the_addressee(tmp_path):
    body = _HEARD + "会议指出，国庆临近各级各部门要抓好安全生产。"
    assert addressees(extract_text(tmp_path, body)) == {("各级各部门", True)}


def test_extract_a_mechanism_set_up_names_no_addressee(tmp_path):
    body = _HEARD + "会议要求，要把认识提上去，建立行业主管部门牵头、街道托底的联动机制，合力推进。"
    assert not addressees(extract_text(tmp_path, body))


def test_extract_one_official_in_charge_is_no_collective(tmp_path):
    body = _HEARD + "区乙局要修改完善协议，并由分管副区长组织财政、审计等相关部门人员把关后签订。"
    assert addressees(extract_text(tmp_path, body)) == {("区乙局", False)}


def _told(result, to):
    return [d for d in result.directed if d.to == to]


def test_extract_two_sentences_of_one_paragraph_are_one_point(tmp_path):
    body = _HEARD + "会议强调，全区上下要抓好甲工作。会议要求，全区上下要抓好乙工作。"
    assert len(_told(extract_text(tmp_path, body), "全区上下")) == 1


def test_extract_a_collective_told_twice_in_one_sentence_keeps_one_edge(tmp_path):
    body = _HEARD + "会议强调，各部门要抓好甲工作，各部门要抓好乙工作。"
    assert len(_told(extract_text(tmp_path, body), "各部门")) == 1


def test_extract_the_government_s_leaders_are_a_collective(tmp_path):
    body = _HEARD + "会议要求，区政府领导要对照任务清单逐项盘点。"
    assert addressees(extract_text(tmp_path, body)) == {("区政府领导", True)}


def test_extract_the_government_s_team_is_a_collective(tmp_path):
    body = _HEARD + "区政府班子要坚持以上率下，到一线开展调研。"
    assert addressees(extract_text(tmp_path, body)) == {("区政府班子", True)}


def test_extract_team_members_and_party_group_members_are_one_collective(tmp_path):
    body = _HEARD + "会议要求，区政府班子成员和党组成员要认真学习《条例》。"
    assert addressees(extract_text(tmp_path, body)) == {("区政府班子成员和党组成员", True)}


def test_extract_a_drafting_group_is_a_collective(tmp_path):
    body = _HEARD + "会议要求，报告起草组要认真吸收各方意见，修改完善后提交审议。"
    assert addressees(extract_text(tmp_path, body)) == {("报告起草组", True)}


def test_extract_every_locality_is_a_collective(tmp_path):
    body = _HEARD + "各地要依托各自优势，找准招引路径。"
    assert addressees(extract_text(tmp_path, body)) == {("各地", True)}


def test_extract_a_collective_asked_to_go_on_without_a_modal_is_directed(tmp_path):
    body = _HEARD + "会议要求，各相关部门继续巩固来之不易的稳定局面。"
    assert addressees(extract_text(tmp_path, body)) == {("各相关部门", True)}


def test_extract_a_matter_between_the_addressee_and_its_modal_is_no_part_of_it(tmp_path):
    body = _HEARD + "各乡镇（街道）、相关部门对于重大事项要逐级请示报告。"
    assert addressees(extract_text(tmp_path, body)) == {("各乡镇（街道）、相关部门", True)}


def test_extract_collectives_told_to_work_together_keep_their_phrase(tmp_path):
    body = _HEARD + "会议要求，各部门、镇街之间要搞好配合，共同完成考核指标。"
    assert addressees(extract_text(tmp_path, body)) == {("各部门、镇街", True)}


def test_extract_a_domain_asked_to_act_with_others_is_a_collective(tmp_path):
    body = _HEARD + "请国土会同发改、财政等部门，在半个月内制定收费标准。"
    assert addressees(extract_text(tmp_path, body)) == {("国土", True)}


def test_extract_departments_between_themselves_name_no_addressee(tmp_path):
    body = _HEARD + "会议指出，部门之间要加强沟通、密切协作。"
    assert not addressees(extract_text(tmp_path, body))


def _titles(result):
    return {plan.title for plan in result.plans}


def test_extract_titles_discussed_after_a_study_before_the_meeting_are_plans(tmp_path):
    body = "会前学习了《某某保护法》，讨论了《甲县政府工作报告（草案）》、《甲县财政预算（草案）的报告》。"
    assert _titles(extract_text(tmp_path, body)) == {
        "甲县政府工作报告（草案）",
        "甲县财政预算（草案）的报告",
    }


def test_extract_an_agenda_field_opens_the_items_it_lists(tmp_path):
    opening = "某区政府第36次常务会议\n\n会议议题开展会前学法，传达学习有关文件精神，审议《某区乙工作实施方案》等。\n\n"
    body = "5月22日，区长张三主持召开区政府第36次常务会议。会议强调，要抓好落实。"
    assert _titles(extract_text(tmp_path, body, opening)) == {"某区乙工作实施方案"}


def test_extract_work_done_in_a_sentence_that_adapts_asks_no_line_of_work(tmp_path):
    body = (
        _HEARD
        + "会议指出，过去一年，全区主动适应新常态，把稳增长、调结构、惠民生各项工作统筹抓好。"
    )
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert not names & {"稳增长", "调结构", "惠民生"}


def test_extract_a_study_sentence_does_not_hide_the_reports_after_it(tmp_path):
    body = (
        "会议学习了有关讲话精神。学习市纪委《关于开展纪律教育的工作方案》，"
        "听取了全区重点民生实事进展情况、乙学校开学筹备工作有关事宜的情况汇报。"
    )
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert {"重点民生实事", "乙学校开学筹备"} <= names


def _initiatives(result):
    return {i.name for i in result.initiatives}


def test_extract_a_point_listing_actions_names_no_line_of_work(tmp_path):
    body = _HEARD + "会议要求，一是抓好甲工作。二是加强队伍建设、提升服务能力，配齐专业干部。"
    assert not _initiatives(extract_text(tmp_path, body)) & {"队伍建设", "提升服务能力"}


def test_extract_a_point_on_a_requirement_names_no_line_of_work(tmp_path):
    body = _HEARD + "会议要求，一是严格执行“三个不得”要求，持续提高效能。"
    assert not any("三个不得" in name for name in _initiatives(extract_text(tmp_path, body)))


def test_extract_the_government_s_departments_are_no_line_of_work(tmp_path):
    body = "会议传达学习了有关讲话精神，研究市政府系统贯彻落实意见。"
    assert not any("系统" in name for name in _initiatives(extract_text(tmp_path, body)))


def test_extract_what_follows_is_no_line_of_work(tmp_path):
    body = "会议议定以下意见\n\n一、听取了全区甲工作情况汇报。"
    assert "以下" not in _initiatives(extract_text(tmp_path, body))


def test_extract_the_groundwork_is_no_line_of_work(tmp_path):
    body = _HEARD + "会议要求，要把各项基础工作抓实抓细。"
    assert not any("基础" in name for name in _initiatives(extract_text(tmp_path, body)))


def test_extract_a_sentence_the_meeting_opens_with_notified_names_its_work(tmp_path):
    body = (
        "会议研究了甲工作。会议通报1-10月全市固定资产投资、招商引资完成情况。会议指出，要巩固成果。"
    )
    assert {"固定资产投资", "招商引资"} <= _initiatives(extract_text(tmp_path, body))


def test_extract_places_the_meeting_notified_name_no_line_of_work(tmp_path):
    body = "会议研究了甲工作。会议通报了甲县、乙县新增病例情况。"
    assert _initiatives(extract_text(tmp_path, body)) <= {"甲"}
