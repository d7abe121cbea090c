"""Lines of work an item's agenda names where the item splitter or the clause patterns left them,
each in a small invented text (written for the tests, not taken from pages)."""

import pytest
from invented_minutes import extract_text

from loaders.extract.naming import initiative_name
from loaders.models import Extraction


def names(result: Extraction) -> set[str]:
    return {initiative.name for initiative in result.initiatives}


def test_extract_an_agenda_no_item_opens_still_names_its_work(tmp_path):
    body = (
        "会议主要传达市长在市人代会闭幕时的讲话精神；讨论我区有关意见；"
        "听取东湖绿道二期工程进展情况汇报。"
    )
    assert names(extract_text(tmp_path, body)) == {"东湖绿道二期工程"}


def test_extract_an_agenda_no_item_opens_names_no_place_or_unit(tmp_path):
    body = "会议主要传达省长讲话精神；听取南岗、北岗园区建设情况汇报。"
    assert names(extract_text(tmp_path, body)) == {"北岗园区建设"}


def test_extract_the_opening_sentence_names_work_before_the_first_item(tmp_path):
    opening = (
        "3月5日，区长张三主持召开区政府第12次常务会议，通报一季度全区工业投资、外贸出口完成情况，"
    )
    body = "审议并原则通过《关于开展菜市场提升行动的实施方案》。"
    found = names(extract_text(tmp_path, body, opening))
    assert found == {"工业投资", "外贸出口", "菜市场提升行动"}


def test_extract_a_clause_listing_a_title_and_topics_names_the_topics(tmp_path):
    body = "会议研究审议《某区全民健身实施计划》、全区冬季供暖保障、背街小巷整治等议题。"
    found = names(extract_text(tmp_path, body))
    assert {"冬季供暖保障", "背街小巷整治"} <= found


def test_extract_the_ordinals_of_earlier_meetings_are_no_topics(tmp_path):
    body = "会议听取了区政府第八、第九次常务会议纪要落实、全区河道保洁等情况的汇报。"
    assert names(extract_text(tmp_path, body)) == {"河道保洁"}


def test_extract_work_the_lead_deploys_after_a_report_is_a_topic(tmp_path):
    body = "会议听取了区林业局关于林长制工作情况的汇报，并就春季造林绿化工作作出部署。"
    assert names(extract_text(tmp_path, body)) == {"林长制", "春季造林绿化"}


def test_extract_an_agenda_list_parted_by_commas_names_each_topic(tmp_path):
    body = "会议研究了城区停车场建设方案，社区食堂运营补助办法，老旧电梯更新、背街小巷整治工作方案等事项。"
    found = names(extract_text(tmp_path, body))
    assert found == {"城区停车场建设", "社区食堂运营补助", "老旧电梯更新", "背街小巷整治"}


def test_extract_a_clause_past_a_comma_that_opens_another_is_no_list(tmp_path):
    body = "会议研究了城区停车场建设，强调要加快进度，确保年底前投用等事项。"
    assert names(extract_text(tmp_path, body)) == {"城区停车场建设"}


# Fourteen topics of ten to fourteen characters: a list longer than most clauses.
LONG_LIST = [
    "城东片区老旧小区雨污分流改造",
    "城区公共停车设施建设运营",
    "乡村公益性岗位补贴资金调剂",
    "中小学校园食堂陪餐制度落实",
    "农村饮水安全巩固提升工程",
    "森林防火瞭望监控系统升级",
    "城乡公交一体化线路优化调整",
    "农贸市场标准化改造提升",
    "河道两岸绿化带养护管理",
    "高标准农田建设项目验收",
    "退役军人服务站点规范化建设",
    "夜间经济街区业态培育",
    "城市生活垃圾分类收运体系建设",
    "社区居家养老服务中心运营补贴",
]


def test_extract_a_long_agenda_list_names_every_topic(tmp_path):
    body = f"会议研究了{'、'.join(LONG_LIST)}等事项。"
    assert len(body) > 190
    found = names(extract_text(tmp_path, body))
    assert len(found) == len(LONG_LIST)
    assert all(any(name in topic for topic in LONG_LIST) for name in found)


def test_extract_the_about_clauses_of_a_list_of_questions_are_topics(tmp_path):
    body = (
        "会议审议了《某市河道管理办法》、关于城区渣土运输管理的问题、"
        "关于新能源公交运营补贴的问题等议题。"
    )
    found = names(extract_text(tmp_path, body))
    assert {"城区渣土运输管理", "新能源公交运营补贴"} <= found


def test_extract_a_later_sentence_studying_listed_work_names_each_topic(tmp_path):
    body = (
        "会议传达学习了全市文旅工作会议精神。研究全区城区绿道贯通、街巷照明改造等工作。"
        "会议强调，要加快进度。"
    )
    assert names(extract_text(tmp_path, body)) == {"城区绿道贯通", "街巷照明改造"}


def test_extract_a_clause_of_how_in_an_agenda_list_is_no_line_of_work(tmp_path):
    body = "会议研究了城区污水管网改造、采用代建模式公开招标等事项。"
    assert names(extract_text(tmp_path, body)) == {"城区污水管网改造"}


def test_extract_an_agenda_no_item_opens_ends_before_the_page_furniture(tmp_path):
    body = (
        "会议主要传达市长讲话精神；听取东湖绿道二期工程进展情况汇报。\n"
        "上一篇：县政府召开常务会议听取春耕生产情况汇报\n"
    )
    assert names(extract_text(tmp_path, body)) == {"东湖绿道二期工程"}


def test_extract_a_statement_a_directive_holds_is_no_line_of_work(tmp_path):
    body = (
        "会议听取了区商务局关于年货节筹备工作情况的汇报。"
        "会议要求，要充分认识办好年货节既是经济工作也是民生工作。"
    )
    assert names(extract_text(tmp_path, body)) == {"年货节筹备"}


def test_extract_an_agenda_heard_and_studied_names_its_topics_whole(tmp_path):
    body = "会议听取研究了城区停车场建设、背街小巷整治等事项。"
    assert names(extract_text(tmp_path, body)) == {"城区停车场建设", "背街小巷整治"}


def test_extract_the_rules_for_a_programme_implement_that_programme(tmp_path):
    body = "会议审议了《创建全国文明城区实施方案》和《创建全国文明城区工作考核问责办法》。"
    result = extract_text(tmp_path, body)
    assert names(result) == {"创建全国文明城区"}
    assert {(r.from_, r.to) for r in result.related if r.kind == "implements"} == {
        ("创建全国文明城区实施方案", "创建全国文明城区"),
        ("创建全国文明城区工作考核问责办法", "创建全国文明城区"),
    }


def test_extract_a_plan_going_on_to_other_work_names_its_own(tmp_path):
    body = "会议审议了《直管公房管理办法》和《直管公房清理处置实施方案》。"
    assert len(names(extract_text(tmp_path, body))) == 2


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("加强保障房配租配售和管理", "保障房配租配售和管理"),
        ("强化城中村自建房安全管理", "城中村自建房安全管理"),
        ("加强和规范公共资源交易管理", "加强和规范公共资源交易管理"),
        ("某市气象灾害防御条例（草案）", "气象灾害防御"),
        ("ab8彩票网app下载·进一步规范事业单位管理的意见", "规范事业单位管理"),
        ("某某手机官网入口·(中国)官方网站2021年食品安全重点工作安排", "食品安全重点"),
        ("县彩票发行管理中心改革", "县彩票发行管理中心改革"),
    ],
)
def test_initiative_name_drops_a_leading_verb_a_regulation_and_advertising_but_not_coordinated_verbs(
    phrase, name
):
    # The same line of work is one initiative whether a meeting writes 加强 before it or not, and
    # whether a copying site put advertising where the government's name stood.
    assert initiative_name(phrase, ("某市",)) == name
