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


def test_header_date_on_the_line_after_the_time_field_is_the_meeting_s():
    text = "图文回放：某区政府召开第5次常务会议\n\n会议时间：\n\n2023年11月20日（星期一）上午9:30\n\n会议主持人：\n\n区长王明"
    assert parse_header(text).date == "2023-11-20"


def test_header_date_that_lost_its_day_mark_before_a_comma_is_read():
    text = "2020-03-09 08:00:00来源：某县政府网站\n3月8，县长王明主持召开县政府第二次常务会议。"
    assert parse_header(text).date == "2020-03-08"


def test_header_date_glued_month_and_day_read_as_the_one_before_the_page_s_date():
    text = "发布时间：2020-11-10\n\n117日，市长王明主持召开市政府第五十三次常务会议。"
    assert parse_header(text).date == "2020-11-07"


def test_header_date_written_month_dash_day_takes_the_year_of_the_office_line():
    text = "某县人民政府办公室2016-4-13\n\n3-24，县长王明主持召开县人民政府第21次常务会议。"
    assert parse_header(text).date == "2016-03-24"


def test_header_today_after_a_dated_dateline_is_the_dateline_s_day():
    text = "更新时间：2020-04-29 08:27:43\n\n某某网4月28日讯（记者张三）今天下午，区政府召开第16次常务会议，区长王明主持。"
    assert parse_header(text).date == "2020-04-28"


def test_header_day_alone_outside_the_year_the_meeting_s_name_gives_is_null():
    text = "发布日期：2026-01-09 14:48\n\n14日，旗长王明主持召开某旗政府2026年第1次常务会议。"
    assert parse_header(text).date is None


def test_header_year_of_another_body_s_meeting_is_not_the_meeting_s():
    text = "6月14日上午，区长王明主持召开区政府第60次常务会议，传达学习省安委会2024年度第三次全体会议精神。"
    assert parse_header(text).date is None


def test_header_chair_with_one_character_before_the_middle_dot():
    assert parse_header("12月12日，市长奇·达某某主持召开市政府常务会议。").chair == "奇·达某某"


def test_header_chair_is_not_the_rule_that_the_mayor_convenes():
    text = (
        "常务会议制度：由市长召集并主持。\n会议摘要：1月31日下午，市长王明主持召开市政府常务会议。"
    )
    assert parse_header(text).chair == "王明"


def test_header_chair_with_the_date_between_the_name_and_chaired():
    meeting = parse_header("县委副书记、县长王明11月4日主持召开县政府第51次常务会议。")
    assert (meeting.chair, meeting.chair_title) == ("王明", "县长")


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("9月6日，县长王明主持召开县十七届人民政府第171、172次常务会议。", 171),
        ("4月8日下午，区长王明主持召开区第六届人民政府第7次常务（扩大）会。", 7),
        ("5月23日上午，区长王明主持召开区政府2024年第6次（5届51次）常务会议。", 6),
    ],
)
def test_header_ordinal_in_other_forms_of_the_meeting_s_name(text, ordinal):
    assert parse_header(text).ordinal == ordinal


def test_header_doc_number_alone_on_its_line_is_the_minutes_number():
    text = "〔2011〕28号\n某某市人民政府办公室\n一、会议听取了市水务局的汇报。"
    assert parse_header(text).doc_number == "〔2011〕28号"


def test_header_doc_number_listed_by_the_page_when_it_numbers_minutes():
    text = "3月5日，区长王明主持召开区政府第12次常务会议。"
    assert (
        parse_header(text, listed="长府会议纪要〔2023〕39号").doc_number
        == "长府会议纪要〔2023〕39号"
    )


def test_header_doc_number_listed_for_another_document_is_not_the_meeting_s():
    text = "3月5日，区长王明主持召开区政府第12次常务会议。"
    assert parse_header(text, listed="某教规字〔2024〕1号").doc_number is None


def test_header_issuer_is_no_time_of_day_before_the_party_committee():
    text = "2026119下午区委副书记、区长王明主持召开区政府常务会议。"
    assert parse_header(text, portal="上海市闵行区人民政府").issuer == "闵行区人民政府"


@pytest.mark.parametrize(
    ("text", "portal", "issuer"),
    [
        # words glued before the name on a portal's banner
        (
            "区长王明主持召开区政府第5次常务会议。",
            "欢迎访问台江区人民政府门户网站",
            "台江区人民政府",
        ),
        # the county named only by its short name, twice
        (
            "县长王明主持召开县政府第5次常务会议。会议指出，常山要抓住机遇，常山各部门要…",
            None,
            "常山县人民政府",
        ),
        # an autonomous county written short keeps the name the page gives it
        ("县长王明主持召开江华县人民政府第5次常务会议。", None, "江华县人民政府"),
        # a county-level city's page naming its prefecture as often as itself
        (
            "市长王明主持召开市政府第5次常务会议。会议研究了镇江市交办问题的整改，句容要抓好落实，句容市各部门要…",
            None,
            "句容市人民政府",
        ),
    ],
)
def test_header_issuer_read_through_the_names_of_divisions(text, portal, issuer):
    assert parse_header(text, portal=portal).issuer == issuer


@pytest.mark.parametrize(
    ("text", "not_issuer"),
    [
        ("县委副书记、代县长王明主持召开县政府第5次常务会议。", "代县人民政府"),
        (
            "市长王明主持召开市政府第5次常务会议。会议强调，要深化合作，加强合作交流。",
            "合作市人民政府",
        ),
        (
            "区长王明主持召开区政府第5次常务会议，审议《丰台区人民政府 西青区人民政府合作协议》。",
            "丰台区人民政府",
        ),
        (
            "县委常委、负责县政府常务工作副县长王明出席会议。县长李四主持召开县政府常务会议。",
            "负责县人民政府",
        ),
    ],
)
def test_header_issuer_is_no_place_read_out_of_other_words(text, not_issuer):
    assert parse_header(text).issuer != not_issuer


def test_header_issuer_of_a_prefecture_naming_its_county_once_stays_the_prefecture():
    text = "市长王明主持召开镇江市人民政府第5次常务会议。会议要求镇江市各部门…句容市要…"
    assert parse_header(text).issuer == "镇江市人民政府"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a higher government named as the issuer of a document conveyed
        (
            "市长王明主持召开市政府第5次常务会议。会议传达了平顶山市人民政府办公室关于值班工作的通知，"
            "要求汝州各部门落实，汝州市…",
            "汝州市人民政府",
        ),
        # a meeting of the higher level's party committee conveyed
        (
            "市长王明主持召开市政府第5次常务会议。会议传达学习了德州市委常委会精神，禹城要…，禹城市…",
            "禹城市人民政府",
        ),
    ],
)
def test_header_issuer_is_not_the_higher_level_a_page_conveys(text, issuer):
    assert parse_header(text).issuer == issuer


@pytest.mark.parametrize("government", ["和东区人民政府", "和南区人民政府", "和平区人民政府"])
def test_header_issuer_keeps_a_place_that_opens_with_a_function_word(government):
    text = f"{government}常务会议纪要\n区长李青主持召开区政府第1次常务会议。"
    assert parse_header(text).issuer == government


def test_header_issuer_is_the_place_written_before_the_chairs_title():
    text = (
        "5月6日，长安区区长王明主持召开区政府第9次常务会议。会议传达学习了对某市白塔区火灾事故"
        "作出的重要指示精神。"
    )
    assert parse_header(text).issuer == "长安区人民政府"


def test_header_issuer_is_no_place_before_the_title_that_no_gazetteer_knows():
    text = "中心城区区长王明主持召开区政府第9次常务会议。"
    assert parse_header(text).issuer is None
