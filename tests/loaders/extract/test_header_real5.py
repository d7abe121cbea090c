"""Meeting fields on real pages: chairs without a title or 主持, dates without 月日, the issuer
read from the page's furniture, and a prefecture a county-level city's page only conveys."""

import pytest

from loaders.extract.header import parse_header


def test_header_chair_with_comrade_and_the_room_before_chaired():
    meeting = parse_header(
        "9月22日上午，王小明同志在区府301会议室主持召开区政府五届四十八次常务会议。"
    )
    assert (meeting.chair, meeting.chair_title) == ("王小明", None)


def test_header_chair_who_convened_the_meeting_without_chaired():
    meeting = parse_header(
        "8月3日下午，区委副书记、区长李大成于区机关会议室召开区政府第12次常务会议。"
    )
    assert (meeting.chair, meeting.chair_title) == ("李大成", "区长")


def test_header_chair_is_not_read_from_a_meeting_convened_about_another():
    meeting = parse_header("区长李大成召开防汛调度会。县政府常务会议由副县长王五主持召开。")
    assert meeting.chair == "王五"


def test_header_date_of_the_summary_line_not_of_the_page_s_time_stamp():
    text = (
        "首页>新闻>正文\n\n区政府常务会议召开\n\n2020年04月15日13:49\n\n"
        "摘要：4月14日，区委副书记、区长王明主持召开区政府第90次常务会议。"
    )
    assert parse_header(text).date == "2020-04-14"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("712区委副书记、区长田明主持召开区政府2023年第10常务会议。", "2023-07-12"),
        ("1108，县长田明主持召开县政府2023年第10次常务会议。", "2023-11-08"),
        # 1/11 or 11/1: no guess
        ("111区委副书记、区长田明主持召开区政府2023年第10次常务会议。", None),
        # no year anywhere: no guess
        ("712区委副书记、区长田明主持召开区政府第10次常务会议。", None),
    ],
)
def test_header_date_that_lost_its_month_and_day_marks_at_the_sentence_start(text, date):
    assert parse_header(text).date == date


# A county-level city's page names its prefecture (衡阳市, 德州市, 成都市) only where it follows or
# conveys the prefecture's documents and meetings: that names no government of the meeting.
@pytest.mark.parametrize(
    "text",
    [
        "12月2日，市委副书记、市长王明主持召开市政府第8次常务会议。会议研究了停车场建设，"
        "收费标准拟按《衡阳市机动车停放服务收费管理实施细则》执行。",
        "1月6日，市委副书记、市长王明主持召开市政府常务会议。会议传达学习省、德州市“两会”精神、"
        "德州市委常委会精神。会议要求各部门抓好落实。",
        "1月7日，市委副书记、市长王明主持召开市政府第95次常务会议。会议强调，要把中央、省、"
        "成都市的各项重大决策部署落到实处。",
    ],
)
def test_header_issuer_is_no_prefecture_the_page_only_conveys(text):
    assert parse_header(text).issuer is None


def test_header_issuer_is_the_prefecture_whose_own_plan_the_meeting_reviews():
    text = (
        "12月2日，市委副书记、市长王明主持召开市政府第8次常务会议。会议传达学习了省委全会精神。"
        "会议审议并原则通过《衡阳市机动车停放服务收费管理实施细则》。"
    )
    assert parse_header(text).issuer == "衡阳市人民政府"


def test_header_issuer_of_an_autonomous_prefecture_written_short():
    text = "11月5日，黔西南州人民政府州长张三主持召开十二届州人民政府第8次常务会议。"
    assert parse_header(text).issuer == "黔西南州人民政府"


def test_header_issuer_level_is_not_read_from_a_higher_meeting_conveyed():
    text = (
        "4月7日，县委副书记、县长王明主持召开2020年第6次县政府常务会议。\n会议传达学习了"
        "省委全会精神；市政府五届四次全体（扩大）会议精神。审议了《通城县森林防火指挥部2020年重点工作安排》。"
    )
    assert parse_header(text).issuer == "通城县人民政府"


def test_header_issuer_by_a_short_name_unique_at_the_chair_s_level():
    text = (
        "11月29日，州委副书记、州长张三主持召开州政府第33次常务会议。省属驻甘南有关单位列席会议。"
        "会议指出，天津对口援建甘南以来，成效明显。"
    )
    assert parse_header(text).issuer == "甘南藏族自治州人民政府"


def test_header_issuer_is_no_county_whose_short_name_a_prefecture_shares():
    text = (
        "3月2日，县委副书记、县长张三主持召开县政府第3次常务会议。会议要求推进临夏州供水保障工程，"
        "全力配合临夏州重点项目建设。"
    )
    assert parse_header(text).issuer is None


_HELD = "7月1日，区长王明主持召开区政府第5次常务会议。会议听取了区财政局的汇报。"


@pytest.mark.parametrize(
    ("portal", "issuer"),
    [
        ("五通桥区政府办", "五通桥区人民政府"),
        ("四川省乐山市五通桥区人民政府", "五通桥区人民政府"),
        # an abbreviation no gazetteer knows, in an office's name
        ("阜蒙区人民政府办公室", None),
        # a city's site on a district's page
        ("乐山市人民政府", None),
    ],
)
def test_header_issuer_from_the_government_the_page_furniture_names(portal, issuer):
    assert parse_header(_HELD, portal=portal).issuer == issuer


def test_header_issuer_whose_name_opens_with_the_characters_of_a_verb():
    text = "开原市人民政府第47次常务会议\n\n5月6日，市长王明主持召开会议。"
    assert parse_header(text).issuer == "开原市人民政府"


def test_header_issuer_from_the_news_page_s_source_line():
    text = (
        "区政府召开第50次常务会议\n\n来源：蓟州区融媒体中心发布时间：2023-07-10 08:51\n\n"
        "7月7日下午，区政府召开第50次常务会议。区长王明主持会议。会议要求，学习借鉴通州区、"
        "平谷区的经验。"
    )
    assert parse_header(text).issuer == "蓟州区人民政府"


def test_header_issuer_is_not_the_source_line_s_government_at_another_level():
    text = "来源：乐山市人民政府\n\n7月7日下午，区长王明主持召开区政府第50次常务会议。"
    assert parse_header(text).issuer is None


@pytest.mark.parametrize(
    ("words", "issuer"),
    [
        ("会议强调，要立足盱眙实际，抓好各项工作落实。", "盱眙县人民政府"),
        ("会议要求，加快把盱眙建成生态宜居的幸福家园。", "盱眙县人民政府"),
        # a short name inside a person's name (副县长王益群) is none
        ("副县长王益群、李四出席会议。", None),
    ],
)
def test_header_issuer_by_a_short_name_the_page_speaks_of_as_its_own(words, issuer):
    text = "3月2日，县委副书记、县长张三主持召开县政府第3次常务会议。" + words
    assert parse_header(text).issuer == issuer


def test_header_issuer_by_the_dateline_of_its_own_paper_after_page_junk():
    text = (
        "市政府第64次常务会议召开" + "＃" * 150 + "\n\n随州日报讯（记者张三）10月22日，"
        "市政府第64次常务会议召开。市长李四出席会议并讲话。"
    )
    assert parse_header(text).issuer == "随州市人民政府"


def test_header_issuer_is_the_city_whose_districts_the_page_tells_to_act():
    text = (
        "10月2日上午，市委副书记、市长王明主持召开市政府第38次常务会议。会议指出，美兰区和"
        "桂林洋经济开发区要落实属地责任，龙华区要做好配合。"
    )
    assert parse_header(text).issuer == "海口市人民政府"


def test_header_issuer_is_no_city_when_the_districts_named_are_of_two():
    text = "10月2日，市长王明主持召开市政府第38次常务会议。会议要求学习美兰区、通州区的经验。"
    assert parse_header(text).issuer is None


def test_header_issuer_of_an_autonomous_prefecture_the_page_names_short_once():
    text = (
        "8月9日，州委副书记、州长何东主持召开十六届州人民政府第15次常务会议。会议要求扎实推进"
        "临夏州供水保障生态保护水源置换工程等重点项目。"
    )
    assert parse_header(text).issuer == "临夏州人民政府"
