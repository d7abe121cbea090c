"""Lines of work an item's agenda names where the item splitter or the clause patterns left them,
each in a small invented text (written for the tests, not taken from pages)."""

from invented_minutes import extract_text

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
    opening = "3月5日，区长张三主持召开区政府第12次常务会议，通报一季度全区工业投资、外贸出口、主要经济指标完成情况，"
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
