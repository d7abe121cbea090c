"""Phrasings of the rn pages of the real corpus: units named in more ways, and page furniture.

Each text is invented for the test, in the shape a real page used.
"""

from invented_minutes import extract_text


def test_extract_another_page_s_headline_gives_no_ordinal(tmp_path):
    body = "一、会议听取了甲局关于乙工作的汇报。\n二、会议研究了丙事项。\n- 下一篇:十五届政府第二十七次常务会议\n"
    result = extract_text(tmp_path, body, opening="〔2011〕28号\n某市人民政府办公室\n")
    assert result.meeting.ordinal is None


def test_extract_a_date_stamp_written_day_first_dates_the_meeting(tmp_path):
    opening = "某县人民政府召开常务会专题研究甲工作\n10.04.2015 19:26\n4月3日，某县人民政府召开第十六届第29次常务会议。"
    assert extract_text(tmp_path, "会议研究了甲工作。", opening).meeting.date == "2015-04-03"


def test_extract_the_issuing_date_in_chinese_numerals_dates_the_meeting(tmp_path):
    opening = "某 县 人 民 政 府 办 公 室 二O一O年四月六日\n3月24日，县长张三主持召开了县人民政府第32次常务会议。"
    assert extract_text(tmp_path, "会议研究了甲工作。", opening).meeting.date == "2010-03-24"


def test_extract_the_issuing_date_alone_is_not_the_meeting_s_date(tmp_path):
    opening = "某县人民政府办公室 二〇一〇年四月六日\n县长张三主持召开了县人民政府第32次常务会议。"
    assert extract_text(tmp_path, "会议研究了甲工作。", opening).meeting.date is None
