"""Lines of work named in more of the shapes real releases use, each in a small invented text.

The annotation guide's Initiatives part: what the meeting asks to carry out, the programmes it
names in quotes and the lines of work its agenda lists are initiatives; a period, a verb before a
name and the measures of an item's own work are not. The texts are written for the tests, not
taken from pages.
"""

from invented_minutes import extract_text

from loaders.models import Extraction

OPENING = "1月5日，区长某某主持召开区政府第9次常务会议。"


def names(result: Extraction) -> set[str]:
    return {initiative.name for initiative in result.initiatives}


def test_initiatives_before_the_first_item_are_read_from_directives(tmp_path):
    body = (
        "会议指出，要抓紧抓细抓实渔船管控、林区防火等各项工作。\n"
        "会议听取了区农业农村局关于春季植保工作情况的汇报。\n"
    )
    assert {"渔船管控", "林区防火"} <= names(extract_text(tmp_path, body, OPENING))


def test_initiatives_leave_out_a_period_named_as_work(tmp_path):
    body = "会议听取了区发改局关于春季植保工作情况的汇报。会议要求，要谋划好今年和“十四五”工作。"
    assert names(extract_text(tmp_path, body, OPENING)) == {"春季植保"}


def test_initiatives_take_a_programme_asked_for_in_quotes(tmp_path):
    body = (
        "会议听取了区农业农村局关于春季植保工作情况的汇报。"
        "会议要求，要精心组织开展“百花迎春”行动，让群众得到实惠。"
    )
    assert "“百花迎春”行动" in names(extract_text(tmp_path, body, OPENING))


def test_initiatives_leave_out_a_campaign_of_the_items_own_work(tmp_path):
    body = (
        "会议听取了区商务局关于家电以旧换新工作情况的汇报。"
        "会议要求，各街道要组织开展“以旧换新进小区”活动，让群众得到实惠。"
    )
    assert names(extract_text(tmp_path, body, OPENING)) == {"家电以旧换新"}


def heard(tmp_path, directive: str) -> set[str]:
    """The initiatives of an item heard on 春季植保 followed by ``directive``, less 春季植保."""
    body = "会议听取了区农业农村局关于春季植保工作情况的汇报。" + directive
    return names(extract_text(tmp_path, body, OPENING)) - {"春季植保"}


def test_initiatives_leave_out_the_objects_of_one_kind_of_work(tmp_path):
    assert heard(tmp_path, "会议要求，要做好仓库、晒场等防火检查工作。") == set()


def test_initiatives_leave_out_a_duty_rota(tmp_path):
    assert heard(tmp_path, "会议要求，要做好春灌值班值守工作。") == set()


def test_initiatives_leave_out_capacities_built(tmp_path):
    assert heard(tmp_path, "会议强调，要加强监测预警、物资储备和抢险保障能力建设。") == set()


def test_initiatives_leave_out_projects_pushed_in_a_list(tmp_path):
    assert heard(tmp_path, "会议要求，要重点推进东湖大道、北环大道和农田水利项目建设。") == set()


def test_initiatives_leave_out_a_person_named_as_work(tmp_path):
    body = "【区长某某发言】请区水务局同志汇报关于河道清淤工作有关情况。\n"
    assert "同志" not in names(extract_text(tmp_path, body, OPENING))


def test_initiatives_of_a_conveyed_meeting_on_listed_work_studied_locally(tmp_path):
    body = "会议传达学习了全省春耕备耕、水库安全及河湖清淤工作视频会议精神，研究了我区贯彻意见。"
    found = names(extract_text(tmp_path, body, OPENING))
    assert {"春耕备耕", "水库安全", "河湖清淤"} <= found


def test_initiatives_of_a_conveyed_meeting_reported_on_locally(tmp_path):
    body = "会议传达学习全市秸秆禁烧工作会议精神，并听取全区有关工作情况汇报。"
    assert "秸秆禁烧" in names(extract_text(tmp_path, body, OPENING))


def test_initiatives_of_short_lines_of_work_arranged_in_the_agenda(tmp_path):
    body = "会议审议《某区河道管理办法》，安排部署教育、生态环保等工作。"
    assert {"教育", "生态环保"} <= names(extract_text(tmp_path, body, OPENING))


def test_initiatives_of_work_arranged_without_deploying(tmp_path):
    body = "会议还审议了学校布局规划等议题，安排了党风廉政建设等工作。"
    assert "党风廉政建设" in names(extract_text(tmp_path, body, OPENING))


def test_initiatives_of_a_report_on_work_and_an_event(tmp_path):
    body = "会议听取了区教育局关于教育工作及“敬老月”活动安排的汇报。"
    assert {"教育", "“敬老月”活动"} <= names(extract_text(tmp_path, body, OPENING))


def test_initiatives_leave_out_a_document_only_studied_twice(tmp_path):
    body = (
        "会议议题：学习《某省河湖长制工作规定》。\n"
        "会议学习了《某省河湖长制工作规定》，听取了区水务局关于河道清淤工作情况的汇报。"
    )
    assert names(extract_text(tmp_path, body, OPENING)) == {"河道清淤"}


def test_initiatives_of_a_list_closed_by_what_the_work_touches(tmp_path):
    found = heard(tmp_path, "会议要求要抓好渔船管控、林区防火等与群众切身利益相关的工作。")
    assert found == {"渔船管控", "林区防火"}


def test_initiatives_of_an_instruction_on_work_taken_up_again(tmp_path):
    body = (
        "会议传达学习了总书记对秸秆禁烧工作重要指示精神。会议要求，各镇要把秸秆禁烧责任压实到村组。"
    )
    assert "秸秆禁烧" in names(extract_text(tmp_path, body, OPENING))


def test_initiatives_leave_out_carrying_out_with_no_work_named(tmp_path):
    body = "会议传达学习了省政府常务会议精神，研究了下步贯彻落实工作。"
    assert names(extract_text(tmp_path, body, OPENING)) == set()


def test_initiatives_are_named_without_the_meetings_verb(tmp_path):
    body = "会议研究通过了我区乡村振兴示范行动方案。"
    assert names(extract_text(tmp_path, body, OPENING)) == {"乡村振兴示范行动"}


def test_initiatives_of_work_deployed_or_dispatched_in_the_agenda(tmp_path):
    body = "会议通报了全区节前安全检查情况，调度了全区重点项目建设工作。"
    assert "重点项目建设" in names(extract_text(tmp_path, body, OPENING))


def test_initiatives_leave_out_a_list_of_the_places_the_work_reaches(tmp_path):
    found = heard(tmp_path, "会议要求，要抓好重点人群筛查、发热门诊管理、敬老院等重点工作。")
    assert found == set()
