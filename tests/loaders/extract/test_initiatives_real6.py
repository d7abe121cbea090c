"""Lines of work in more shapes of real releases, each in a small invented text.

The annotation guide's Initiatives part: the sentence saying the meeting was held lists its agenda
(when it is no summary of the items), and the topics of that agenda are initiatives. The texts are
written for the tests, not taken from pages.
"""

from invented_minutes import extract_text

from loaders.models import Extraction


def names(result: Extraction) -> set[str]:
    return {initiative.name for initiative in result.initiatives}


def test_initiatives_read_from_a_held_sentence_before_the_first_item(tmp_path):
    opening = (
        "3月2日，区政府召开第5次常务会议，就河道清淤疏浚、老旧小区改造提升等议题进行审议讨论。"
        "区长某某主持会议。\n"
    )
    body = "会议重点审议了《关于春季植保有关情况的汇报》。\n"
    found = names(extract_text(tmp_path, body, opening))
    assert {"河道清淤疏浚", "老旧小区改造提升"} <= found


def test_initiatives_part_an_agenda_list_at_yiji(tmp_path):
    body = "会议听取了全区河道清淤疏浚以及老旧小区改造提升、春季植保等工作情况汇报。\n"
    found = names(extract_text(tmp_path, body, "3月2日，区长某某主持召开区政府第5次常务会议。\n"))
    assert {"河道清淤疏浚", "老旧小区改造提升"} <= found


def test_initiatives_take_a_list_the_meeting_calls_work(tmp_path):
    body = (
        "会议听取了区农业农村局关于春季植保工作情况的汇报。"
        "会议强调，创文、创卫、河湖长制是长期性的工作，各相关部门要常抓不懈。\n"
    )
    found = names(extract_text(tmp_path, body, "3月2日，区长某某主持召开区政府第5次常务会议。\n"))
    assert {"创文", "创卫", "河湖长制"} <= found


def test_initiatives_read_a_comma_list_whose_part_lists_topics(tmp_path):
    body = (
        "会议听取了全县农村公路建设计划，城关东片区及南湖周边片区城市更新项目、组建产业引导基金、老旧供水管网改造、"
        "财政存量资金清理等工作情况汇报。\n"
    )
    found = names(extract_text(tmp_path, body, "3月2日，县长某某主持召开县政府第5次常务会议。\n"))
    assert {"组建产业引导基金", "财政存量资金清理"} <= found


def test_initiatives_read_a_list_closed_by_deng_qingkuang(tmp_path):
    body = (
        "会议听取讨论了《甲乙方案》；听取讨论了移址新建区妇幼保健中心、北环路拓宽改造等情况；"
        "听取并原则通过了丙丁集团组建情况。\n"
    )
    found = names(extract_text(tmp_path, body, "3月2日，市长某某主持召开市政府第5次常务会议。\n"))
    assert "北环路拓宽改造" in found


def test_initiatives_leave_out_the_aims_of_a_slogan(tmp_path):
    body = (
        "会议听取了区农业农村局关于春季植保工作情况的汇报。"
        "会议要求，要全力做好保供应、促增收、稳就业、强基础各项工作。\n"
    )
    found = names(extract_text(tmp_path, body, "3月2日，区长某某主持召开区政府第5次常务会议。\n"))
    assert found == {"春季植保"}


def test_initiatives_leave_out_the_weighty_work_of_a_time(tmp_path):
    body = "会议研究了月度重点工作，听取了区农业农村局关于春季植保工作情况的汇报。\n"
    found = names(extract_text(tmp_path, body, "3月2日，区长某某主持召开区政府第5次常务会议。\n"))
    assert found == {"春季植保"}


def test_initiatives_name_the_work_done_in_the_fields_a_list_names(tmp_path):
    body = "会议听取了全区交通、水利、住建等重点领域安全生产工作情况汇报。\n"
    found = names(extract_text(tmp_path, body, "3月2日，区长某某主持召开区政府第5次常务会议。\n"))
    assert found == {"重点领域安全生产"}


def test_initiatives_leave_out_a_list_of_names_approved(tmp_path):
    body = (
        "会议听取了区农业农村局关于春季植保工作情况的汇报。\n"
        "会议审议并原则通过了2022年度区级文明村、文明家庭、文明集市名单。\n"
    )
    found = names(extract_text(tmp_path, body, "3月2日，区长某某主持召开区政府第5次常务会议。\n"))
    assert found == {"春季植保"}


def test_initiatives_part_two_works_joined_after_gongzuo(tmp_path):
    body = "会议听取了上半年春耕工作和防汛工作情况汇报。\n"
    found = names(extract_text(tmp_path, body, "3月2日，区长某某主持召开区政府第5次常务会议。\n"))
    assert found == {"春耕", "防汛"}


def test_initiatives_take_a_programme_combined_in_an_item_naming_no_work(tmp_path):
    body = (
        "会议传达学习了上级有关会议精神。会议要求，各部门要增强开放意识，"
        "结合湖滨康养小镇建设，把物流中心的功能进一步用好。\n"
    )
    found = names(extract_text(tmp_path, body, "3月2日，区长某某主持召开区政府第5次常务会议。\n"))
    assert "湖滨康养小镇建设" in found
