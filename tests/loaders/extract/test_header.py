"""The meeting header: date, ordinal, chair, doc number, issuer; null when unknown."""

import pytest

from loaders.extract.header import parse_header


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("2024年4月24日下午，区长王明主持召开区政府第73次常务会议。", None, "2024-04-24"),
        ("会议时间：2024315\n主持人：区长王明", None, "2024-03-15"),
        ("区五届68次政府常务会议于2019年1030日召开，区长王明主持会议。", None, "2019-10-30"),
        ("二〇二三年十一月六日，县长赵亮主持召开县政府第5次常务会议。", None, "2023-11-06"),
        ("3月18日上午，县长程刚主持召开县政府第15次常务会议。", "2021-03-19", "2021-03-18"),
        ("3月18日上午，县长程刚主持召开县政府第15次常务会议。", "2021-09-30", None),
        ("3月18日上午，县长程刚主持召开县政府第15次常务会议。", None, None),
        ("会议时间：2024111\n主持人：区长王明", None, None),
    ],
)
def test_header_date_is_read_or_left_null(text, published, date):
    assert parse_header(text, published).date == date


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("区长王明主持召开区政府第 32 次常务会议。", 32),
        ("区长王明主持召开区政府五届68次常务会议。", 68),
        ("县长刘洋主持召开县政府二届四十七次常务会议。", 47),
        ("2017年度第1次县政府常务会议于3月5日召开，县长王建国主持。", 1),
        ("会议传达学习了市政府第163次常务会议精神。县长刘洋主持召开县政府第12次常务会议。", 12),
    ],
)
def test_header_ordinal_is_this_meetings_number(text, ordinal):
    assert parse_header(text).ordinal == ordinal


def test_header_chair_is_the_person_who_actually_chaired():
    meeting = parse_header("受区长委托，副区长李四主持召开区政府第9次常务会议。")
    assert (meeting.chair, meeting.chair_title) == ("李四", "副区长")


def test_header_chair_from_a_timeline_field():
    meeting = parse_header("时间：2023年8月9日15:00\n主持人：区长林书衡\n出席：区政府领导")
    assert (meeting.chair, meeting.chair_title) == ("林书衡", "区长")


def test_header_doc_number_is_the_minutes_number_not_an_index_number():
    text = "索引号：11310105002-2024-00013\n长府会议纪要〔2024〕13号\n2024年4月24日，区长王明主持召开区政府第73次常务会议。"
    assert parse_header(text).doc_number == "长府会议纪要〔2024〕13号"


def test_header_issuer_from_the_text_drops_the_province_or_city():
    text = "上海市长宁区人民政府常务会议纪要\n区长王明主持召开区政府第73次常务会议。"
    meeting = parse_header(text)
    assert (meeting.issuer, meeting.title) == ("长宁区人民政府", "长宁区人民政府第73次常务会议")


def test_header_issuer_from_the_portal_when_the_text_has_none():
    meeting = parse_header(
        "县长刘洋主持召开县政府第12次常务会议。", portal="平阳县人民政府门户网站"
    )
    assert meeting.issuer == "平阳县人民政府"


def test_header_unknown_fields_are_null():
    meeting = parse_header("今天天气很好，我们去公园散步。")
    assert meeting.model_dump() == dict.fromkeys(meeting.model_dump())
