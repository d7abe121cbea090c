"""Phrasings of real news releases and minutes, each in a small invented text.

Each test names the shape it covers; the texts are written for the tests, not taken from pages.
"""

import pytest
from invented_minutes import addressees, extract_text, report_pairs

from loaders.extract.matching import similar
from loaders.models import Extraction


def _reported(reports: set[tuple[str, str]], unit: str, subject: str) -> bool:
    """Whether ``unit`` reported ``subject`` as the scorer counts it (similar subjects)."""
    return any(u == unit and similar(s, subject) for u, s in reports)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议同意区发改局提出的《甲方案》。", ("区发改局", "甲方案")),
        ("会议原则同意区住建局提交的《乙办法》。", ("区住建局", "乙办法")),
        ("会议审议了区审批局《关于丙事项的请示》。", ("区审批局", "关于丙事项的请示")),
        ("会议讨论了区财政局送审的《丁计划》。", ("区财政局", "丁计划")),
        (
            "会议听取了区统计局二级调研员李四同志《关于戊的报告》的汇报。",
            ("区统计局", "关于戊的报告"),
        ),
        ("区卫健委负责人就《己方案》作了汇报，会议原则通过。", ("区卫健委", "己方案")),
        ("会议认真研究了市工信委报请的《庚决定》。", ("市工信委", "庚决定")),
        ("会议审议了县林业局报请审定的《辛计划》。", ("县林业局", "辛计划")),
    ],
)
def test_extract_submission_verbs_name_the_reporter(tmp_path, body, expected):
    assert expected in report_pairs(extract_text(tmp_path, body))


def test_extract_one_unit_reporting_several_titles_reports_each(tmp_path):
    result = extract_text(
        tmp_path, "会议听取了区教育局关于《甲方案》《乙办法》和《丙规划》的汇报。"
    )
    assert {("区教育局", t) for t in ("甲方案", "乙办法", "丙规划")} <= report_pairs(result)


def test_extract_one_unit_with_several_about_clauses_reports_each(tmp_path):
    body = "会议听取区开发区管委会关于甲地块收储情况的汇报、关于乙项目咨询服务的汇报。"
    reports = report_pairs(extract_text(tmp_path, body))
    assert {unit for unit, _ in reports} == {"区开发区管委会"}
    assert len(reports) == 2


def test_extract_parallel_reporters_each_with_their_own_about(tmp_path):
    body = "会议分别听取区府办关于重点工作目标进展情况、区发展改革委关于专项指标考核情况的汇报。"
    reports = report_pairs(extract_text(tmp_path, body))
    assert _reported(reports, "区府办", "重点工作目标进展情况")
    assert _reported(reports, "区发展改革委", "专项指标考核情况")
    assert len(reports) == 2


def test_extract_background_opening_keeps_the_agenda_clauses_after_it(tmp_path):
    body = "会议传达学习了《某会议精神》，审议《城市更新行动方案》，听取区商务局关于消费提振工作的汇报。"
    result = extract_text(tmp_path, body)
    assert [p.title for p in result.plans] == ["城市更新行动方案"]
    assert ("区商务局", "消费提振工作") in report_pairs(result)


def test_extract_plans_approved_later_in_a_paragraph_with_a_report(tmp_path):
    body = "会议听取了区民政局的汇报。会议原则通过《甲规划》和《乙规划》。"
    assert [p.title for p in extract_text(tmp_path, body).plans] == ["甲规划", "乙规划"]


def test_extract_conveyed_documents_and_their_authors_are_background(tmp_path):
    body = "会议传达学习了市纪委《关于典型问题的通报》精神。会议听取了区林业局关于森林防火的汇报。"
    result = extract_text(tmp_path, body)
    assert result.plans == []
    assert report_pairs(result) == {("区林业局", "森林防火")}


def test_extract_timeline_speaker_and_person_stand_for_their_unit(tmp_path):
    body = "\n14:00\n【区审计局局长王五发言】\n区审计局局长王五汇报审计整改情况。\n"
    assert ("区审计局", "审计整改情况") in report_pairs(extract_text(tmp_path, body))


def test_extract_bare_unit_names_in_a_list_with_a_placed_one(tmp_path):
    body = "会议听取了县农业局、林业局、水利局关于春耕生产的汇报。"
    reports = report_pairs(
        extract_text(tmp_path, body, "3月5日，县长张三主持召开县政府第12次常务会议。")
    )
    assert {unit for unit, _ in reports} == {"县农业局", "林业局", "水利局"}


def test_extract_a_place_named_in_a_topic_is_not_a_reporter(tmp_path):
    body = "会议听取了东湖区近期防汛工作情况汇报。"
    assert report_pairs(extract_text(tmp_path, body)) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议要求，各级各部门一要压实责任，二要加强调度。", ("各级各部门", True)),
        ("张三要求各级各部门进一步做好防汛准备。", ("各级各部门", True)),
        (
            "会议强调，公安、应急、市场监管等部门要加强联合检查。",
            ("公安、应急、市场监管等部门", True),
        ),
        ("会议强调，县政府班子成员要带头落实。", ("县政府班子成员", True)),
        ("会议强调，各街道及相关单位要做好排查。", ("各街道及相关单位", True)),
        ("会议指出，由住建局牵头，相关部门参与。", ("住建局", False)),
        ("区绿化市容局要依据《专项规划》推进相关工作。", ("区绿化市容局", False)),
    ],
)
def test_extract_directive_addressees(tmp_path, body, expected):
    body = "会议听取了区财政局关于预算执行的汇报。" + body
    assert expected in addressees(extract_text(tmp_path, body))


def test_extract_named_units_summed_up_by_a_collective_give_one_edge_each(tmp_path):
    body = "会议听取了区财政局关于预算的汇报。会议要求，区委组织部、财政局、自然资源局等有关部门要抓好落实。"
    found = addressees(extract_text(tmp_path, body))
    assert {("区委组织部", False), ("区财政局", False), ("自然资源局", False)} <= found


def test_extract_directives_in_a_paragraph_before_the_first_item(tmp_path):
    body = "传达学习了某重要讲话精神。\n会议强调，各乡镇、各部门要抓好安全生产。\n会议听取了区财政局关于预算的汇报。"
    assert ("各乡镇、各部门", True) in addressees(extract_text(tmp_path, body))


def test_extract_enumerated_topics_give_one_initiative_each(tmp_path):
    body = "会议研究了城市公交优先发展、海岸带保护、农村公路建设等事项。"
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert {"城市公交优先发展", "海岸带保护", "农村公路建设"} <= names


def test_extract_conveyed_speeches_give_no_initiative(tmp_path):
    body = "会议传达学习了市政府第22次常务会议精神。会议听取了区应急局关于燃气安全的汇报。"
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert not any("常务会议" in name or "精神" in name for name in names)


def test_extract_government_work_report_is_its_own_initiative(tmp_path):
    body = "会议审议了《政府工作报告（送审稿）》。"
    assert [i.name for i in extract_text(tmp_path, body).initiatives] == ["政府工作报告"]


@pytest.mark.parametrize(
    ("opening", "chair"),
    [
        ("3月5日，王五区长主持召开区政府第12次常务会议。", "王五"),
        ("3月5日，区政府召开第12次常务会议，会议由区委副书记、区长王五主持。", "王五"),
        ("区政府第12次常务会议\n会议主持人：区委副书记、区长王五\n", "王五"),
        ("3月5日，区长王五通过视频连线方式主持召开区政府第12次常务会议。", "王五"),
    ],
)
def test_extract_chair_phrasings(tmp_path, opening, chair):
    result = extract_text(tmp_path, "会议听取了区财政局关于预算的汇报。", opening)
    assert result.meeting.chair == chair


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        (
            "来源：区融媒体中心 2024-03-08 10:21\n3月5日，区长张三主持召开区政府第12次常务会议。",
            "2024-03-05",
        ),
        ("东湖网3月9日讯 3月5日，区长张三主持召开区政府第12次常务会议。", None),
        ("3月5日，区长张三主持召开区政府2023年第12次常务会议。", "2023-03-05"),
        ("3月5日，区长张三主持召开区政府第12次常务会议，审议2021年度工作报告。", None),
        ("发布时间：2024-06-20\n3月5日，区长张三主持召开区政府第12次常务会议。", None),
    ],
)
def test_extract_dates_without_year_take_it_only_from_near_or_own_sources(tmp_path, opening, date):
    result = extract_text(tmp_path, "会议听取了区财政局关于预算的汇报。", opening)
    assert result.meeting.date == date


def test_extract_mojibake_indents_do_not_hide_items_or_directives(tmp_path):
    body = "\n???会议听取了区财政局关于预算的汇报。\n???会议要求，区财政局要抓好落实。"
    result = extract_text(tmp_path, body)
    assert report_pairs(result) == {("区财政局", "预算")}
    assert ("区财政局", False) in addressees(result)


def test_extract_ordinal_of_an_enlarged_meeting(tmp_path):
    opening = "3月5日，区长张三主持召开区政府第26次政府常务（扩大）会议。"
    assert (
        extract_text(tmp_path, "会议听取了区财政局关于预算的汇报。", opening).meeting.ordinal == 26
    )


@pytest.mark.parametrize(
    ("opening", "issuer"),
    [
        ("4月2日，常山县委副书记、县长张三主持召开县政府第8次常务会议。", "常山县人民政府"),
        ("4月2日，县长张三主持召开2023年伊州区人民政府第9次常务会议。", "伊州区人民政府"),
        ("4月2日，县长张三主持召开十七届县人民政府第9次常务会议。", None),
    ],
)
def test_extract_issuer_is_a_place_not_the_words_before_it(tmp_path, opening, issuer):
    result = extract_text(tmp_path, "会议听取了县财政局关于预算的汇报。", opening)
    assert result.meeting.issuer == issuer


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "区住建局、竟成镇、各街道及相关单位要加快改造。",
            {("区住建局", False), ("竟成镇", False), ("各街道及相关单位", True)},
        ),
        ("生态环境局和住建局要认真研判。", {("生态环境局", False), ("住建局", False)}),
        ("区政府系统干部职工要尽快进入工作状态。", {("区政府系统干部职工", True)}),
        ("会议分析了经济运行情况，要求各地区各部门坚持稳中求进。", {("各地区各部门", True)}),
        ("由纪检监察部门和组织部门共同参与。", {("纪检监察部门和组织部门", True)}),
    ],
)
def test_extract_addressee_lists(tmp_path, body, expected):
    found = addressees(extract_text(tmp_path, "会议听取了区财政局关于预算的汇报。" + body))
    assert expected <= found


def test_extract_bare_units_heard_on_their_work_without_about(tmp_path):
    body = "会议认真学习有关精神，听取了区农业农村局、水利局、发改委工作情况汇报，审议了相关议题。"
    result = extract_text(tmp_path, body)
    assert report_pairs(result) == {(u, "工作情况") for u in ("区农业农村局", "水利局", "发改委")}
    assert not {"水利局", "发改委"} & {i.name for i in result.initiatives}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "区政府各部门、竟成镇、各街道、区直有关单位要抓紧传达。",
            {("区政府各部门", True), ("竟成镇", False), ("各街道", True), ("区直有关单位", True)},
        ),
        (
            "区分管领导以及各部门、各单位主要领导要加强关心推动。",
            {("区分管领导以及各部门、各单位主要领导", True)},
        ),
        ("各战线领导及相关部门负责人要高度重视。", {("各战线领导及相关部门负责人", True)}),
        ("会议强调，全区要提高站位，抓好源头管控。", {("全区", True)}),
        (
            "会议强调，要抓紧疫情防控。各查验站、社区及县汽车站，要保持警觉。",
            {("各查验站", True), ("社区", True), ("县汽车站", False)},
        ),
    ],
)
def test_extract_collectives_listed_with_units_and_by_rank(tmp_path, body, expected):
    found = addressees(extract_text(tmp_path, "会议听取了区财政局关于预算执行的汇报。" + body))
    assert expected <= found


@pytest.mark.parametrize(
    "body",
    [
        "会议强调，各街道是具体实施主体，要压实责任。",
        "会议指出，年度投资计划关系县域经济发展全局，要抓紧落实。",
        "会议要求，某镇作为疫区乡镇，要加强管控。",
    ],
)
def test_extract_a_statement_before_the_comma_is_not_an_addressee(tmp_path, body):
    found = addressees(extract_text(tmp_path, "会议听取了区财政局关于预算执行的汇报。" + body))
    assert not any("是" in to or "作为" in to or "关系" in to for to, _ in found)


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        (
            "市政府召开第10次常务会议\n时间：2022年04月21日来源：某日报\n"
            "4月20日，市长张三主持召开市政府第10次常务会议。",
            "2022-04-20",
        ),
        (
            "作者：  日期： 2019-12-26    浏览量： 166\n\n"
            "25日，市长张三主持召开第十六届人民政府第32次常务会议。",
            "2019-12-25",
        ),
        ("日期： 2019-12-02  浏览量： 16\n\n28日，市长张三主持召开市政府常务会议。", "2019-11-28"),
        (
            "发布时间：2016-05-11　某某网\n某某网讯 昨天下午，市长张三主持召开市政府第9次常务会议。",
            "2016-05-10",
        ),
        (
            "来源：市政府办  时间：2021年06月20日\n2021年68日，市长张三主持召开市政府第9次常务会议。",
            "2021-06-08",
        ),
        (
            "2018-09-12 10:20\n本报讯 11日，市长张三主持召开市政府常务会议。",
            "2018-09-11",
        ),
        ("发布时间：2017-03-02\n市长张三昨天主持召开市政府第5次常务会议。", "2017-03-01"),
        (
            "县政府召开第9次常务会议\nhttp://news.example.cn/2019年05月06日 10:12:40\n"
            "会议听取了县水利局的汇报。县政府召开第9次常务会议。",
            None,
        ),
    ],
)
def test_extract_date_of_a_release_dated_by_its_page(tmp_path, opening, date):
    result = extract_text(tmp_path, "会议听取了区财政局关于预算的汇报。", opening)
    assert result.meeting.date == date


def test_extract_lines_of_work_taken_up_later_in_an_item(tmp_path):
    body = (
        "会议听取了区财政局关于预算执行的汇报。会议还就经济指标、安全生产、防洪防汛等工作进行安排部署。"
        "会议还对疫情防控、信访维稳等工作作出安排部署。"
    )
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert {"经济指标", "安全生产", "防洪防汛", "疫情防控", "信访维稳"} <= names


def test_extract_about_clauses_listed_after_titles_are_topics(tmp_path):
    body = "会议研究讨论了《甲计划》、关于民生实事票决候选项目的情况说明、关于电网整体移交相关事项的情况说明。"
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert {"民生实事票决候选项目", "电网整体移交"} <= names


def test_extract_a_regional_facility_is_a_topic_not_a_unit(tmp_path):
    body = "会议研究了大运河保护整改、区域性养老服务中心建设等事项。"
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert "区域性养老服务中心建设" in names


@pytest.mark.parametrize(
    ("body", "titles"),
    [
        ("会议对《甲报告（送审稿）》和《乙计划》进行了认真审议。", {"甲报告（送审稿）", "乙计划"}),
        ("会议学习了有关精神，审核了《丙考核方案》，听取了丁工作汇报。", {"丙考核方案"}),
    ],
)
def test_extract_titles_reviewed_in_other_words_are_plans(tmp_path, body, titles):
    assert titles <= {p.title for p in extract_text(tmp_path, body).plans}


def test_extract_agenda_in_the_sentence_after_the_opening(tmp_path):
    opening = "11月9日上午，县长张三主持召开县政府党组第16次会议、县人民政府第28次常务会议。"
    body = "传达学习有关会议精神，审议相关文件；听取《甲事项》情况汇报，审定《乙工作方案（送审稿）》等文件。"
    result = extract_text(tmp_path, body, opening)
    assert result.meeting.ordinal == 28
    assert {"甲事项", "乙工作方案（送审稿）"} <= {p.title for p in result.plans}


def test_extract_collectives_given_their_share_without_a_modal(tmp_path):
    body = "会议要求，相关单位各负其责，把上级要求贯彻到位。由区住建局牵头，相关镇街各负其责。"
    found = addressees(extract_text(tmp_path, "会议听取了区财政局关于预算执行的汇报。" + body))
    assert {("相关单位", True), ("相关镇街", True), ("区住建局", False)} <= found


def test_extract_ways_of_working_tied_together_are_not_initiatives(tmp_path):
    body = (
        "会议审议了《老旧小区改造实施方案》。会议强调，要把吃透上情和立足市情结合起来、把目标引领和问题导向结合起来。"
        "要把老旧小区改造和城市燃气管道老化更新改造一体推进，把修缮和业态引入结合起来。"
    )
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert not {"立足市情", "问题导向"} & names
    assert {"城市燃气管道老化更新改造", "业态引入"} <= names


def test_extract_a_festival_is_a_time_not_an_initiative(tmp_path):
    body = "会议研究部署端午节前有关工作，强调各级各部门要走进企业。"
    assert "端午节前" not in {i.name for i in extract_text(tmp_path, body).initiatives}


@pytest.mark.parametrize(
    ("opening", "body", "issuer"),
    [
        (
            "2月16日，县委副书记、县长张三主持召开十九届县政府第21次常务会议。",
            "会议听取了县财政局关于预算的汇报。会议要求，要把盐亭县城更新抓实，推动盐亭县高质量发展。",
            "盐亭县人民政府",
        ),
        (
            "4月7日，县长张三主持召开2020年第6次县政府常务会议。",
            "会议听取了县财政局关于预算的汇报。会议要求，各乡镇要建立县级储备，建立县级台账。",
            None,
        ),
        (
            "会议由县委副书记、县长张三主持。3月5日县政府召开第12次常务会议。",
            "会议听取了县财政局关于预算的汇报，同意提交县人大常委会审议。",
            None,
        ),
    ],
)
def test_extract_issuer_from_the_places_a_release_names(tmp_path, opening, body, issuer):
    assert extract_text(tmp_path, body, opening).meeting.issuer == issuer


def test_extract_named_partners_of_a_directive_share_it_collectives_do_not(tmp_path):
    body = (
        "会议要求，市发展改革委要会同市国土资源局、市规划局开辟审批绿色通道。"
        "区民政局要会同有关部门开展地名清理。"
    )
    found = addressees(extract_text(tmp_path, "会议听取了区财政局关于预算执行的汇报。" + body))
    assert {("市发展改革委", False), ("市国土资源局", False), ("市规划局", False)} <= found
    assert ("有关部门", True) not in found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("谭家街道作为拆迁任务最重的街道，要加快签约进度。", {("谭家街道", False)}),
        ("防火检查站要严格落实进山登记。", {("防火检查站", True)}),
        ("煤矿企业和煤炭集运站要落实源头管理。", {("煤矿企业和煤炭集运站", True)}),
        ("各乡镇（街道）、各国有林场要配齐扑火队伍。", {("各乡镇（街道）、各国有林场", True)}),
        (
            "县消防救援大队和各乡镇（街道）要开展隐患排查。",
            {("县消防救援大队", False), ("各乡镇（街道）", True)},
        ),
    ],
)
def test_extract_addressees_by_role_and_by_kind(tmp_path, body, expected):
    found = addressees(extract_text(tmp_path, "会议听取了区财政局关于预算执行的汇报。" + body))
    assert expected <= found


@pytest.mark.parametrize(
    ("title", "initiative"),
    [
        ("西安市雁塔区人民政府工作报告（送审稿）", "政府工作报告"),
        ("东丽区人民政府工作规则", "政府工作规则"),
        ("关于区人民政府工作报告", "政府工作报告"),
    ],
)
def test_extract_a_government_s_own_report_or_rules_is_one_initiative(title, initiative):
    from loaders.extract.naming import initiative_name

    assert initiative_name(title, ("雁塔区", "西安市", "东丽区")) == initiative


def test_extract_agenda_topics_summed_up_as_work_and_about_lists(tmp_path):
    body = (
        "会议研究部署疫情防控、重点项目建设、融资控债等工作。"
        "会议还研究了关于调整客运票价有关问题、关于渣土消纳场清算工作、关于西门湖公园项目建设有关问题。"
    )
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert {"疫情防控", "重点项目建设", "融资控债", "渣土消纳场清算", "西门湖公园项目建设"} <= names


def test_extract_numbered_points_name_lines_of_work_not_addressees(tmp_path):
    body = (
        "会议听取了区财政局关于预算的汇报。会议强调，一是在建设现代化产业体系方面，要依托龙头企业；"
        "二是消费活力要不断激发；三是各预算单位要严控支出。"
    )
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert {"建设现代化产业体系", "消费活力"} <= names
    assert "各预算单位" not in names


def test_extract_a_summary_of_the_agenda_does_not_repeat_the_items(tmp_path):
    body = (
        "会议研究了海岸带保护、农村公路建设等事项。\n\n"
        "会议审议了《海岸带保护与利用规划》。\n\n会议听取了市交通运输局关于农村公路四好建设的汇报。"
    )
    names = [i.name for i in extract_text(tmp_path, body).initiatives]
    assert "海岸带保护与利用" in names
    assert "海岸带保护" not in names


@pytest.mark.parametrize(
    ("opening", "chair", "title"),
    [
        (
            "3月3日，区长亚迪卡尔·吐尔洪同志主持召开区政府第三次常务会议。",
            "亚迪卡尔·吐尔洪",
            "区长",
        ),
        ("6月26日上午，陈耀忠同志主持召开2025年第5次县政府常务会议。", "陈耀忠", None),
    ],
)
def test_extract_chairs_with_a_middle_dot_or_without_a_title(tmp_path, opening, chair, title):
    meeting = extract_text(tmp_path, "会议听取了区财政局关于预算的汇报。", opening).meeting
    assert (meeting.chair, meeting.chair_title) == (chair, title)


def test_extract_a_long_agenda_parted_by_semicolons(tmp_path):
    body = (
        "会议研究讨论了县开发区管委会关于绩效工资总量核定；建立县级成品粮油应急储备；"
        "县城供水改扩建项目等相关事宜；听取了高速连接线改造工程进展情况汇报。"
    )
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert {"绩效工资总量核定", "建立县级成品粮油应急储备", "县城供水改扩建项目"} <= names


def test_extract_points_after_other_business_and_a_colon_stay_with_the_item(tmp_path):
    body = (
        "会议听取了县水务局工作情况汇报，审议了相关议题。\n\n"
        "会议对近期工作作出安排部署：一是春季造林要抓紧推进。二是集市秩序要持续规范。"
    )
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert {"春季造林", "集市秩序"} <= names


def test_extract_reports_heard_one_after_another_each_give_a_topic(tmp_path):
    opening = "5月8日上午，县长王五主持召开县政府第9次常务会，"
    body = "听取关于秸秆禁烧情况的汇报，农机补贴发放情况及渔船检修情况的汇报，安排近期工作。"
    names = {i.name for i in extract_text(tmp_path, body, opening).initiatives}
    assert {"秸秆禁烧", "农机补贴发放", "渔船检修"} <= names


def test_extract_a_report_and_a_plan_joined_stay_one_topic(tmp_path):
    body = "会议听取了全县河道保洁工作开展情况及下一步工作打算的汇报。"
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert len(names) == 1
    assert names.pop().startswith("河道保洁")


def test_extract_a_collective_told_to_act_in_several_points_gets_one_edge_each(tmp_path):
    body = (
        "会议研究部署近期工作，强调，一要抓好春耕备耕，各级各部门要深入田间地头。"
        "二要做好防汛准备，各级各部门要排查隐患。\n\n会议要求，区水务局要加强巡查。区水务局要储备物资。"
    )
    directed = [(d.to, d.group) for d in extract_text(tmp_path, body).directed]
    assert directed.count(("各级各部门", True)) == 2
    assert directed.count(("区水务局", False)) == 1


def test_extract_a_bare_unit_written_elsewhere_with_its_prefix_takes_it(tmp_path):
    body = (
        "会议听取了县农业局、林业局、水务局关于春耕的汇报。"
        "会议还听取了县水务局关于河道清淤的汇报。会议要求，由水务局牵头做好清淤。"
    )
    result = extract_text(tmp_path, body)
    assert {b.name for b in result.bureaus} == {"县农业局", "林业局", "县水务局"}
    assert ("县水务局", False) in addressees(result)


def test_extract_agenda_sentences_opening_with_a_bare_verb_are_items(tmp_path):
    body = (
        "会议传达学习了全省春耕视频会议精神。审议了《县农机补贴办法》。"
        "听取了乡村道路养护情况汇报；集贸市场改造推进情况汇报。"
    )
    result = extract_text(tmp_path, body)
    names = {i.name for i in result.initiatives}
    assert {"乡村道路养护", "集贸市场改造"} <= names
    assert "县农机补贴办法" in {p.title for p in result.plans}


def test_extract_matters_listed_after_the_first_are_topics(tmp_path):
    body = (
        "会议学习了《基层治理读本》，研究污水管网改造有关问题、体育公园运营有关问题、"
        "粮库搬迁等有关问题。"
    )
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert {"污水管网改造", "体育公园运营", "粮库搬迁"} <= names


def test_extract_a_topic_about_a_unit_is_a_line_of_work_not_a_reporter(tmp_path):
    body = (
        "会议研究了区体育中心场馆托管等事宜。\n\n会议听取了区商务局关于夜市规范的汇报，区城管局作补充。"
        "\n\n会议研究了某某集团战略合作协议有关问题。"
    )
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert {"区体育中心场馆托管", "某某集团战略合作协议"} <= names
    assert not any("城管局" in name for name in names)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("各科室主要负责人作为第一责任人，要亲自督办。", ("各科室主要负责人", True)),
        ("会议强调，要盯紧全年目标。扛标单位要做好入统工作。", ("扛标单位", True)),
        ("包保单位要落实巡查责任。", ("包保单位", True)),
    ],
)
def test_extract_collectives_by_role_before_a_comma_or_by_duty(tmp_path, body, expected):
    body = "会议听取了区财政局关于预算执行的汇报。" + body
    assert expected in addressees(extract_text(tmp_path, body))


@pytest.mark.parametrize("who", ["各乡镇人民政府", "各县（市、区）政府"])
def test_extract_the_governments_below_as_a_collective(tmp_path, who):
    body = f"会议听取了市财政局关于预算执行的汇报。{who}要落实属地责任。"
    assert (who, True) in addressees(extract_text(tmp_path, body))


@pytest.mark.parametrize(
    "body",
    [
        "会议听取县林业局、县水务局分别关于护林防火、河道清淤工作的汇报。",
        "会议听取县林业局、县水务局分别就护林防火、河道清淤工作作的汇报。",
    ],
)
def test_extract_units_reporting_by_position_with_fenbie_after_them(tmp_path, body):
    reports = report_pairs(extract_text(tmp_path, body))
    assert _reported(reports, "县林业局", "护林防火")
    assert _reported(reports, "县水务局", "河道清淤")
    assert not _reported(reports, "县林业局", "河道清淤")


def test_extract_partners_of_please_and_led_by_share_the_directive(tmp_path):
    body = (
        "会议研究了停车收费改革事项。请县发改局会同县财政局测算收费标准。"
        "由县住建局会同有关部门负责道路改造。"
    )
    found = addressees(extract_text(tmp_path, body))
    assert {("县发改局", False), ("县财政局", False), ("县住建局", False)} <= found
    assert not any("会同" in name for name, _ in found)


def test_extract_a_time_between_the_chair_and_zhuchi_is_not_the_name(tmp_path):
    opening = "发布时间：2017-03-02\n市长张三昨天下午主持召开市政府第5次常务会议。"
    meeting = extract_text(tmp_path, "会议听取了市财政局关于预算的汇报。", opening).meeting
    assert (meeting.chair, meeting.chair_title) == ("张三", "市长")


@pytest.mark.parametrize(
    ("body", "initiative"),
    [
        ("会议安排部署了近期秸秆禁烧工作。", "秸秆禁烧"),
        ("会议部署安排了春季植树工作。", "春季植树"),
        ("会议研究讨论了全县农村饮水安全工程建设有关事宜。", "农村饮水安全工程建设"),
        ("会议研究讨论了县开发区管委会关于标准厂房租金减免。", "标准厂房租金减免"),
    ],
)
def test_extract_compound_agenda_verbs_name_their_topic(tmp_path, body, initiative):
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert initiative in names
    assert not any(name.startswith(("了", "县开发区")) for name in names)


def test_extract_the_next_stage_is_a_time_not_an_initiative(tmp_path):
    body = "会议听取了全县森林防火工作情况汇报，部署了下一阶段工作。"
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert names == {"森林防火"}


def test_extract_the_meeting_analysing_a_topic_takes_it_up(tmp_path):
    body = "会议分析了全区前两个月外贸运行情况。会议分析认为，总体形势平稳。"
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert any("外贸运行" in name for name in names)
    assert len(names) == 1


def test_extract_units_that_each_reported_pair_by_position(tmp_path):
    body = "会议研究了社会保障工作，县人社局、县医保局分别汇报了就业帮扶、医保基金监管工作情况。"
    reports = report_pairs(extract_text(tmp_path, body))
    assert _reported(reports, "县人社局", "就业帮扶")
    assert _reported(reports, "县医保局", "医保基金监管")
    assert not _reported(reports, "县人社局", "医保基金监管")


def test_extract_a_person_before_suo_zuo_is_no_unit(tmp_path):
    body = "会议听取了县财政局局长张三所作的关于预算执行情况的汇报。"
    result = extract_text(tmp_path, body)
    assert {b.name for b in result.bureaus} == {"县财政局"}


def test_extract_named_units_listed_with_an_action_and_not_attendees(tmp_path):
    opening = "3月5日，县长张三主持召开县政府第12次常务会议，县司法局、县审计局负责同志列席会议。"
    body = "会议审议了《县城区停车管理办法》。会议要求，县住建局牵头，县公安局、县城管局配合，做好宣传。"
    found = addressees(extract_text(tmp_path, body, opening))
    assert {("县住建局", False), ("县公安局", False), ("县城管局", False)} <= found
    assert not {("县司法局", False), ("县审计局", False)} & found


def test_extract_work_plans_of_units_as_a_whole_drop_the_units(tmp_path):
    body = "会议听取了相关部门单位2025年工作谋划情况汇报。"
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert names == {"工作谋划"}


def test_extract_a_unit_after_heard_and_broadly_agreed_is_the_reporter(tmp_path):
    result = extract_text(tmp_path, "会议听取并基本同意区住建局关于《甲计划》的报告。")
    assert {b.name for b in result.bureaus} == {"区住建局"}
    assert report_pairs(result) == {("区住建局", "甲计划")}


def test_extract_the_chair_calling_on_a_unit_to_report_is_no_directive(tmp_path):
    body = "首先进行第一项议题，请区统计局汇报一季度经济运行情况。会议要求，区发改局要做好监测。"
    result = extract_text(tmp_path, body)
    assert addressees(result) == {("区发改局", False)}
    assert _reported(report_pairs(result), "区统计局", "一季度经济运行情况")


def test_extract_a_unit_asked_to_act_and_then_report_is_directed(tmp_path):
    body = "会议要求，请区财政局会同区审计局做好资金监管并汇报。"
    found = addressees(extract_text(tmp_path, body))
    assert {("区财政局", False), ("区审计局", False)} <= found


def test_extract_a_bare_kind_listed_after_each_is_under_its_each(tmp_path):
    body = "会议强调，要抓实疫情防控。各检查站、村组、社区及县客运站，要保持警觉，做好查验。"
    found = addressees(extract_text(tmp_path, body))
    assert found == {("各检查站、村组、社区", True), ("县客运站", False)}


def test_extract_a_news_story_without_a_meeting_directs_nobody(tmp_path):
    body = (
        "区乒乓球联赛圆满落幕\n\n本届联赛由区文体局主办，历时一个月。"
        "比赛期间，区卫健委安排医护人员驻场保障，区交警大队做好场馆周边交通疏导。"
    )
    result = extract_text(tmp_path, body, opening="")
    assert result.directed == []
    assert result.bureaus == []


@pytest.mark.parametrize("lead", ["会议分别听取了", "29日的会议分别听取了"])
def test_extract_units_each_heard_on_two_joined_topics_pair_by_position(tmp_path, lead):
    body = lead + "区卫健局、区城管局关于近期流感防控和开展病媒消杀情况的汇报。近来，全区组织消杀。"
    reports = report_pairs(extract_text(tmp_path, body))
    assert len(reports) == 2
    assert _reported(reports, "区卫健局", "近期流感防控")
    assert _reported(reports, "区城管局", "开展病媒消杀情况")


@pytest.mark.parametrize(
    ("body", "unit", "subject"),
    [
        (
            "会议研究讨论了县开发区管委会关于编制总量核定；建设乡镇污水处理项目。",
            "县开发区管委会",
            "编制总量核定",
        ),
        ("会议审议了区发改局关于重点项目调整有关事项。", "区发改局", "重点项目调整"),
    ],
)
def test_extract_a_unit_matter_studied_without_a_report_word_is_its_report(
    tmp_path, body, unit, subject
):
    reports = report_pairs(extract_text(tmp_path, body))
    assert len(reports) == 1
    assert _reported(reports, unit, subject)


def test_extract_a_unit_matter_ending_in_a_comma_is_no_report(tmp_path):
    body = "会议研究了区交通局关于道路维修的几点建议，要求抓好落实。"
    assert report_pairs(extract_text(tmp_path, body)) == set()


@pytest.mark.parametrize(
    ("phrase", "initiative"),
    [
        ("开展“清河净岸”百日行动", "“清河净岸”百日行动"),
        ("“甲乙丙丁”", "甲乙丙丁"),
        ("推进丙丁”戊己庚辛建设", "丙丁戊己庚辛建设"),
    ],
)
def test_extract_an_initiative_keeps_the_quotes_written_inside_it(phrase, initiative):
    from loaders.extract.naming import initiative_name

    assert initiative_name(phrase) == initiative


def test_extract_the_last_pair_of_a_list_gives_two_topics(tmp_path):
    body = "会议研究了河道清淤、道路养护及路灯维修改造等有关事项。"
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert {"河道清淤", "道路养护", "路灯维修改造"} <= names


def test_extract_a_short_pair_in_a_list_stays_one_topic(tmp_path):
    body = "会议研究了河道清淤、文旅和文物等有关事项。"
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert "文旅和文物" in names


def test_extract_a_topic_closed_by_its_work_word_parts_the_next(tmp_path):
    body = "会议研究了全区粮食储备轮换工作和老旧管网更新项目立项工作。"
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert {"粮食储备轮换", "老旧管网更新项目立项"} <= names


def test_extract_a_conveyed_meeting_on_work_taken_up_again_is_an_initiative(tmp_path):
    body = (
        "会议传达学习了全省河湖长制工作推进电视电话会议精神。"
        "会议要求，要压实责任，把河湖长制落到实处。"
    )
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert "河湖长制" in names


@pytest.mark.parametrize(
    "body",
    [
        "会议传达学习了全省河湖长制工作推进电视电话会议精神，研究了其他事项。",
        "会议传达学习了市政府第22次常务会议精神和全市领导干部会议精神。要抓好落实，常务会议精神要传达到位。",
    ],
)
def test_extract_a_meeting_named_once_or_by_its_body_is_no_initiative(tmp_path, body):
    assert extract_text(tmp_path, body).initiatives == []


def test_extract_the_work_discussed_when_the_chair_spoke_is_an_initiative(tmp_path):
    body = "会议研究了近期工作。在研究部署秋冬季防火工作时，张三强调，各部门要压实责任。"
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert "秋冬季防火" in names


def test_extract_numbered_must_points_and_aspects_name_lines_of_work(tmp_path):
    body = (
        "会议研究部署近期工作，强调，一要抓好物资储备调度，各部门要各司其职；二要加快项目建设，"
        "主动对接；三是要认真开展节约型机关创建，务求实效。校园安全体系建设要加强，落实人防物防。"
        "在安全生产方面，各镇要严格监管。"
    )
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert {"物资储备调度", "项目建设", "节约型机关创建", "校园安全体系建设", "安全生产"} <= names


def test_extract_must_points_of_a_reviewed_plan_are_its_measures(tmp_path):
    body = "会议审议并原则通过《智慧停车三年行动方案》。会议要求，一要加强人才引育，建立机制；二要加快平台建设。"
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert names == {"智慧停车三年行动"}


def test_extract_a_pair_closed_by_deng_gives_two_topics(tmp_path):
    body = "会议研究了近期工作。会议还对城区管网改造和开发区扩区申报等事项进行了研究。"
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert {"城区管网改造", "开发区扩区申报"} <= names


def test_extract_an_agenda_conveyed_in_writing_opens_an_item(tmp_path):
    body = "会议书面传达了上级有关会议精神，听取了风电储能一体化项目情况汇报。"
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert "风电储能一体化项目" in names


def test_extract_a_report_after_a_work_situation_is_heard_too(tmp_path):
    body = "会议听取了危桥改造工作情况，铜像广场扩建项目情况汇报。"
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert {"危桥改造", "铜像广场扩建项目"} <= names


def _relations(result: Extraction) -> list[tuple[str, str, str]]:
    return [(r.from_, r.to, r.kind) for r in result.related]


def test_extract_a_plan_named_again_implements_its_initiative_once(tmp_path):
    opening = "3月5日，区长张三主持召开区政府第12次常务会议，审议《河道保洁管理办法》。"
    body = "\n\n会议审议并原则通过《河道保洁管理办法》。"
    relations = _relations(extract_text(tmp_path, body, opening))
    assert relations.count(("河道保洁管理办法", "河道保洁", "implements")) == 1


def test_extract_a_line_of_work_tied_with_he_and_jiehe_is_combined(tmp_path):
    body = "会议听取了区农业农村局关于高标准农田建设的汇报。会议要求，要把农田水利配套和乡村振兴示范带建设紧密结合。"
    relations = _relations(extract_text(tmp_path, body))
    assert ("高标准农田建设", "乡村振兴示范带建设", "combined_with") in relations


def test_extract_a_document_to_combine_with_names_its_programme(tmp_path):
    body = "会议听取了区商务局关于餐饮业发展的汇报。会议要求，要结合国家《提振消费专项行动方案》有关部署，抓好落实。"
    relations = _relations(extract_text(tmp_path, body))
    assert ("餐饮业发展", "提振消费专项行动", "combined_with") in relations


def test_extract_a_conveyed_spirit_to_match_is_no_line_of_work(tmp_path):
    body = "会议讨论了政府工作报告。会议要求，报告要与省市发展战略和县委全会精神相衔接。"
    assert [r for r in extract_text(tmp_path, body).related if r.kind == "combined_with"] == []


def test_extract_a_paragraph_on_work_the_meeting_took_up_opens_an_item(tmp_path):
    body = (
        "\n\n会议对元旦、春节前消防安全工作进行了部署，强调要压实责任。"
        "\n\n会议对河湖排污口整治情况进行了推进，强调要按期清零。"
    )
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert {"春节前消防安全", "河湖排污口整治"} <= names


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (
            "3月5日，区长张三主持召开区政府第12次常务会议，传达学习上级会议精神，研究全区夜间经济发展工作。",
            {"夜间经济发展"},
        ),
        (
            "3月5日，区长张三主持召开区政府第12次常务会议，传达学习上级会议精神，研究下阶段工作措施。",
            set(),
        ),
        ("3月5日，区长张三主持召开区政府第12次常务会议，研究部署下一步工作。", set()),
    ],
)
def test_extract_an_opening_may_study_a_line_of_work_without_le(tmp_path, opening, expected):
    names = {i.name for i in extract_text(tmp_path, "", opening).initiatives}
    assert names == expected


def test_extract_an_about_clause_closed_by_work_is_a_topic(tmp_path):
    body = "会议研究讨论了民政工作，关于调整客运票价有关问题、关于渣土消纳场清算工作、关于路灯改造有关问题。"
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert "渣土消纳场清算" in names


def test_extract_two_short_lines_of_work_tied_with_yu_are_combined(tmp_path):
    body = "会议研究了部门预算编制工作。会议要求，区财政局要把预算编制与绩效管理结合起来。"
    relations = _relations(extract_text(tmp_path, body))
    assert ("部门预算编制", "绩效管理", "combined_with") in relations


def test_extract_a_conveyed_meeting_named_with_a_verb_names_the_work(tmp_path):
    body = "会议传达学习了全市深化营商环境改革推进会精神。会议要求，要以营商环境改革促进发展。"
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert "营商环境改革" in names


def test_extract_a_conveyed_meeting_with_its_local_implementation_names_the_work(tmp_path):
    body = "会议书面传达了全省农村供水保障工作会议精神及我县贯彻落实情况。"
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert "农村供水保障" in names


def test_extract_a_conveyed_title_whose_work_is_taken_up_again_names_it(tmp_path):
    body = (
        "会议传达学习了《甲乙省河湖长制工作规定》。会议要求，各部门要落实河湖长制，压实责任。"
        "会议还传达学习了《丙丁省殡葬管理条例》。"
    )
    names = {i.name for i in extract_text(tmp_path, body).initiatives}
    assert "河湖长制" in names
    assert not any("殡葬" in name for name in names)


def test_extract_guests_invited_to_the_meeting_are_not_told_to_act(tmp_path):
    body = (
        "区委宣传部、区委网信办、区检察院有关负责同志应邀参加了会议。"
        "会议听取了区民政局关于养老服务的汇报。"
    )
    result = extract_text(tmp_path, body)
    assert addressees(result) == set()
    assert {b.name for b in result.bureaus} == {"区民政局"}


def test_extract_a_clause_stating_what_something_is_names_no_addressee(tmp_path):
    body = "会议指出，做好防汛工作是全区的头等大事，也是各职能部门必须担起的责任。"
    assert addressees(extract_text(tmp_path, body)) == set()


def test_extract_a_collective_told_what_it_must_do_with_wubi(tmp_path):
    body = "会议听取了全县经济运行情况的汇报。会议强调，全县上下务必绷紧安全这根弦。"
    assert ("全县上下", True) in addressees(extract_text(tmp_path, body))


def test_extract_a_branch_named_after_its_place_keeps_the_place_in_its_name(tmp_path):
    body = "会议听取了市公安局会同分局关于辖区治安形势的汇报。"
    assert _reported(report_pairs(extract_text(tmp_path, body)), "市公安局会同分局", "辖区治安形势")


def test_extract_a_heard_unit_after_a_verb_that_lost_its_first_character(tmp_path):
    body = "会议取了区城管局关于市容整治情况的汇报。会议要求，要持续整治。"
    reports = report_pairs(extract_text(tmp_path, body))
    assert {unit for unit, _ in reports} == {"区城管局"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "会议要求，区民政局、殡葬服务中心等部门及相关镇街要做好清明祭扫服务。",
            {("区民政局", False), ("殡葬服务中心", False), ("相关镇街", True)},
        ),
        (
            "会议要求，区水务局、河道管理中心等部门、单位及各街道，要抓好汛前检查。",
            {("区水务局", False), ("河道管理中心", False), ("各街道", True)},
        ),
        (
            "会议要求，旅管会、青龙乡、拆迁中心、住房保障等部门要依法开展征收。",
            {("旅管会", False), ("青龙乡", False), ("拆迁中心", False), ("住房保障等部门", True)},
        ),
    ],
)
def test_extract_units_summed_up_by_a_group_noun_are_each_told_to_act(tmp_path, body, expected):
    assert addressees(extract_text(tmp_path, "会议审议了《甲方案》。" + body)) == expected


def _approved(result: Extraction) -> set[tuple[str, str]]:
    return {(a.plan, a.verb) for a in result.approved}


def test_extract_titles_studied_and_approved_are_approved(tmp_path):
    body = "会议研究通过了《甲管理办法》和《乙实施细则》。会议要求，要抓好落实。"
    assert _approved(extract_text(tmp_path, body)) == {
        ("甲管理办法", "研究通过了"),
        ("乙实施细则", "研究通过了"),
    }


def test_extract_a_plan_agreed_to_on_a_page_of_no_told_apart_items_is_approved(tmp_path):
    body = (
        "副区长李四、王五出席会议。\n\n"
        "（1）会议听取并原则同意区文旅局关于制订《丙行动方案》的情况汇报。会议指出，要抓紧推进。\n\n"
        "会议还研究了其他事项。"
    )
    result = extract_text(tmp_path, body)
    assert _reported(report_pairs(result), "区文旅局", "丙行动方案")
    assert ("丙行动方案", "听取并原则同意") in _approved(result)


def test_extract_a_meeting_held_in_recent_days_has_no_date(tmp_path):
    opening = (
        "时间：2024-05-20  来源：某某日报  作者：\n"
        "近日，区长张三主持召开区政府常务会议，传达学习了在5月8日国务院常务会议上的讲话精神。"
    )
    result = extract_text(tmp_path, "会议听取了区商务局关于消费市场的汇报。", opening)
    assert result.meeting.date is None
    assert result.meeting.chair == "张三"


def test_extract_the_time_line_of_a_page_is_not_the_meeting_date(tmp_path):
    opening = "时间：2024-05-20  来源：某某日报  作者：\n区长张三主持召开区政府常务会议。"
    result = extract_text(tmp_path, "会议听取了区商务局关于消费市场的汇报。", opening)
    assert result.meeting.date is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "会议要求，住建部门牵头，发改、财政等部门积极参与、密切配合，抓紧推进旧城改造。",
            {("住建部门", True), ("发改、财政等部门", True)},
        ),
        (
            "会议要求，由区城管局牵头，各街道配合，做好垃圾分类宣传。",
            {("区城管局", False), ("各街道", True)},
        ),
        (
            "会议认为，由区城管局牵头，相关部门及物业企业参与，做好垃圾分类宣传。",
            {("区城管局", False)},
        ),
    ],
)
def test_extract_parties_told_to_take_part_after_the_lead_was_given(tmp_path, body, expected):
    assert addressees(extract_text(tmp_path, "会议审议了《甲方案》。" + body)) == expected


def test_extract_a_pledge_signed_at_the_meeting_is_no_plan(tmp_path):
    body = (
        "会议听取了全区消防安全工作情况，各街道签订并递交了《2024年消防安全工作责任状》。"
        "会议要求，各街道要压实责任。"
    )
    assert [p.title for p in extract_text(tmp_path, body).plans] == []


def test_extract_units_a_work_involves_are_not_told_to_act(tmp_path):
    body = "会议审议了《甲方案》。会议指出，这项工作涉及区民政局、区人社局等多个部门，要加强协调。"
    result = extract_text(tmp_path, body)
    assert addressees(result) == set()
    assert [b.name for b in result.bureaus] == []


def test_extract_units_praised_for_what_they_did_are_not_told_to_act(tmp_path):
    body = (
        "会议审议了《甲方案》。会议指出，区城管局、区住建局在前期工作中积极作为，值得肯定。"
        "会议要求，区卫健委对学校食堂开展全覆盖检查。"
    )
    assert addressees(extract_text(tmp_path, body)) == {("区卫健委", False)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "会议听取了全区经济运行情况汇报。会上，区发改局、区财政局分别汇报了重点项目推进和预算执行情况。",
            {("区发改局", "重点项目推进"), ("区财政局", "预算执行情况")},
        ),
        (
            "会议听取了区商务局局长李四关于外贸形势的汇报和区文旅局副局长王五关于旅游旺季准备工作的汇报。",
            {("区商务局", "外贸形势"), ("区文旅局", "旅游旺季准备")},
        ),
        (
            "会议听取了区住建局关于城中村改造和区城管局关于市容整治的情况汇报。",
            {("区住建局", "城中村改造"), ("区城管局", "市容整治")},
        ),
    ],
)
def test_extract_reporters_joined_after_their_reports_each_report_their_own(
    tmp_path, body, expected
):
    reports = report_pairs(extract_text(tmp_path, body))
    assert len(reports) == len(expected)
    assert all(_reported(reports, unit, subject) for unit, subject in expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "会议要求：一、各部门要提高认识；二、各街道要压实责任。",
            {("各部门", True), ("各街道", True)},
        ),
        ("会议要求，各相关单位切实履行职责，确保按期完成。", {("各相关单位", True)}),
        ("会议指出，各地各部门一定要提高认识。", {("各地各部门", True)}),
        ("会议要求，全年目标任务切实完成，项目建设进一步加快。", set()),
        ("会议要求，区文旅局要抓好落地，每个景区都要明确责任人。", {("区文旅局", False)}),
    ],
)
def test_extract_addressees_of_numbered_and_unmarked_requests(tmp_path, body, expected):
    assert addressees(extract_text(tmp_path, "会议审议了《甲方案》。" + body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议听取了县林业局等单位关于森林防火工作的汇报。", {("县林业局", "森林防火工作")}),
        (
            "会议听取了县林业局、县应急局等部门关于森林防火工作的汇报。",
            {("县林业局", "森林防火工作"), ("县应急局", "森林防火工作")},
        ),
        (
            "会议听取县财政局作的《关于2024年预算调整方案的报告》。",
            {("县财政局", "关于2024年预算调整方案的报告")},
        ),
        (
            "会议听取了区委组织部、区人社局关于人才引进工作的联合汇报。",
            {("区委组织部", "人才引进工作"), ("区人社局", "人才引进工作")},
        ),
    ],
)
def test_extract_reporters_summed_up_or_reporting_jointly(tmp_path, body, expected):
    reports = report_pairs(extract_text(tmp_path, body))
    assert len(reports) == len(expected)
    assert all(_reported(reports, unit, subject) for unit, subject in expected)


def test_extract_a_unit_heard_under_a_numbered_about_heading_reported_the_heading(tmp_path):
    body = (
        "\n一、关于老旧小区改造工作。会议听取了区住建局的汇报，原则同意改造计划。\n"
        "二、关于养老服务工作。会议听取了区民政局的情况汇报。会议要求，要抓好落实。\n"
    )
    reports = report_pairs(extract_text(tmp_path, body))
    assert len(reports) == 2
    assert _reported(reports, "区住建局", "老旧小区改造工作")
    assert _reported(reports, "区民政局", "养老服务工作")


def test_extract_a_partner_after_huitong_ends_before_the_action(tmp_path):
    body = "会议审议了《甲方案》。会议要求区市场监管局会同区公安分局开展联合执法。"
    assert addressees(extract_text(tmp_path, body)) == {
        ("区市场监管局", False),
        ("区公安分局", False),
    }


def test_extract_parties_given_their_share_after_the_lead(tmp_path):
    body = (
        "会议审议了《甲方案》。会议要求，由区住建局牵头，区财政局负责资金保障，各街道做好群众工作。"
    )
    assert addressees(extract_text(tmp_path, body)) == {
        ("区住建局", False),
        ("区财政局", False),
        ("各街道", True),
    }


def test_extract_a_unit_named_as_lead_of_a_work_in_passing_is_not_told_to_act(tmp_path):
    body = "会议审议了《甲方案》。会议指出，区教育局牵头的课后服务工作成效明显。"
    assert addressees(extract_text(tmp_path, body)) == set()


@pytest.mark.parametrize(
    "subject",
    ["特色小镇", "重点镇", "工业园区", "旅游景区", "数据中心", "党群服务中心"],
)
def test_extract_a_kind_of_place_is_not_a_named_unit(tmp_path, subject):
    body = f"会议审议了《甲方案》。会议要求，{subject}要抓好安全管理。"
    result = extract_text(tmp_path, body)
    assert addressees(result) == set()
    assert [b.name for b in result.bureaus] == []


def test_extract_towns_and_centres_with_their_own_names_are_units(tmp_path):
    body = "会议审议了《甲方案》。会议要求，州城镇、东港区、殡葬服务中心要抓好落实。"
    opening = "3月5日，市长张三主持召开市政府第12次常务会议。"  # a city's districts are told to act
    assert addressees(extract_text(tmp_path, body, opening=opening)) == {
        ("州城镇", False),
        ("东港区", False),
        ("殡葬服务中心", False),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议强调，广大干部群众要树牢安全意识。", {("广大干部群众", True)}),
        ("会议要求，相关部门既要各司其职，又要加强协作。", {("相关部门", True)}),
        ("会议要求，要让人民群众得到实惠。", set()),
    ],
)
def test_extract_collectives_of_people_and_a_paired_modal(tmp_path, body, expected):
    assert addressees(extract_text(tmp_path, "会议审议了《甲方案》。" + body)) == expected


def test_extract_a_deputy_who_chaired_on_the_head_s_behalf_is_the_chair(tmp_path):
    opening = "3月5日，副区长李四受区长张三委托主持召开区政府第12次常务会议。"
    meeting = extract_text(tmp_path, "会议听取了区财政局关于预算执行的汇报。", opening).meeting
    assert (meeting.chair, meeting.chair_title) == ("李四", "副区长")


@pytest.mark.parametrize(
    ("opening", "date", "ordinal"),
    [
        ("2024年3月5日，区长张三主持召开区政府常务会议（第十二次）。", "2024-03-05", 12),
        ("2024年3月5日，区长张三主持召开区政府第12次常务（扩大）会议。", "2024-03-05", 12),
        (
            "2024年3月5日，区长张三主持召开区政府常务会议，传达学习市政府第163次常务会议精神。",
            "2024-03-05",
            None,
        ),
    ],
)
def test_extract_the_meeting_s_own_number_and_date(tmp_path, opening, date, ordinal):
    meeting = extract_text(tmp_path, "会议听取了区财政局关于预算执行的汇报。", opening).meeting
    assert (meeting.date, meeting.ordinal) == (date, ordinal)


def test_extract_places_named_like_kinds_of_area_or_with_na_are_units(tmp_path):
    body = "会议审议了《甲方案》。会议要求，那坡县、那大镇、东城区、神农架林区要抓好落实。"
    assert addressees(extract_text(tmp_path, body)) == {
        ("那坡县", False),
        ("那大镇", False),
        ("东城区", False),
        ("神农架林区", False),
    }
