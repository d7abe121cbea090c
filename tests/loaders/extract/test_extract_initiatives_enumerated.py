"""Lines of work a directive or a stressed point enumerates, each in a small invented text.

The annotation guide's convention: each topic the meeting asks to carry out as a line of work
(要统筹抓好A、B、C等工作, 要做好A和B工作, 把A、B等工作抓实) is an initiative; a unit's own task, a
step of one procedure, a way of working, a time, a slogan or a generic word is not. The texts are
written for the tests, not taken from pages.
"""

import pytest
from invented_minutes import extract_text

from loaders.models import Extraction

# An item heard on one line of work, so that what the meeting asks after it is read as its directives.
HEARD = "会议听取了区农业农村局关于春季植保工作情况的汇报。"


def names(result: Extraction) -> set[str]:
    return {initiative.name for initiative in result.initiatives}


def extracted(tmp_path, directive: str) -> set[str]:
    """The initiatives of an item heard on 春季植保 followed by ``directive``, less 春季植保."""
    return names(extract_text(tmp_path, HEARD + directive)) - {"春季植保"}


@pytest.mark.parametrize(
    ("directive", "expected"),
    [
        ("会议要求，要统筹抓好渔船管控、水库巡查、林区防火等工作。", {"渔船管控", "水库巡查", "林区防火"}),
        ("会议强调，各镇街要做好耕地流转、农机补贴等当前重点工作。", {"耕地流转", "农机补贴"}),
        ("会议要求，要统筹抓好集市整治、老街改造两项工作。", {"集市整治", "老街改造"}),
        ("会议要求，要统筹抓好乡村集市、渠道清淤等工作。", {"乡村集市", "渠道清淤"}),
        ("会议指出，要把菜价监测、冬储供应等工作抓实抓细。", {"菜价监测", "冬储供应"}),
    ],
)  # fmt: skip
def test_extract_topics_a_directive_enumerates_are_one_initiative_each(
    tmp_path, directive, expected
):
    assert extracted(tmp_path, directive) == expected


def test_extract_one_line_of_work_a_directive_asks_for(tmp_path):
    assert extracted(tmp_path, "会议要求，要认真做好候鸟迁徙保护工作。") == {"候鸟迁徙保护"}


def test_extract_a_pair_in_a_list_of_work_is_two_topics(tmp_path):
    directive = "会议要求，要一刻不放松地抓好燃气安全检查和河道防汛巡查各项工作。"
    assert extracted(tmp_path, directive) == {"燃气安全检查", "河道防汛巡查"}


def test_extract_a_pair_inside_one_topic_stays_whole(tmp_path):
    directive = "会议要求，全区要认真做好甲型病毒和乙型病毒联合筛查工作。"
    assert extracted(tmp_path, directive) == {"甲型病毒和乙型病毒联合筛查"}


def test_extract_a_short_pair_in_a_list_is_one_topic(tmp_path):
    directive = "会议要求，要把民宿和农家乐、乡村集市等工作抓实。"
    assert extracted(tmp_path, directive) == {"民宿和农家乐", "乡村集市"}


def test_extract_a_time_before_the_topic_is_no_part_of_it(tmp_path):
    directive = "会议要求，要扎实做好岁末年初的电梯安全工作。"
    assert extracted(tmp_path, directive) == {"电梯安全"}


def test_extract_aspects_of_one_thing_after_its_name_are_one_topic(tmp_path):
    directive = "会议要求，要把古村落的保护、修缮和利用工作做好。"
    assert extracted(tmp_path, directive) == {"古村落保护修缮利用"}


def test_extract_a_pair_sharing_its_head_gives_the_head_to_both(tmp_path):
    directive = "会议要求，要统筹抓好文明、卫生创城两项工作。"
    assert extracted(tmp_path, directive) == {"文明创城", "卫生创城"}


def test_extract_a_list_summed_up_as_events_is_one_initiative_each(tmp_path):
    directive = "会议要求，要精心筹备好第三届湖畔读书节、第五届环湖徒步大会等活动，确保安全。"
    assert extracted(tmp_path, directive) == {"第三届湖畔读书节", "第五届环湖徒步大会"}


def test_extract_a_list_built_gives_the_head_to_each_topic(tmp_path):
    directive = "会议要求，要加强蔬菜加工园、冷链物流园建设。"
    assert extracted(tmp_path, directive) == {"蔬菜加工园建设", "冷链物流园建设"}


def test_extract_battles_summed_up_by_a_count_are_each_named_with_the_head(tmp_path):
    directive = "会议要求，要打好打赢河湖、山林两大攻坚战。"
    assert extracted(tmp_path, directive) == {"河湖攻坚战", "山林攻坚战"}


@pytest.mark.parametrize(
    "directive",
    [
        "会议要求，区民政局要做好门牌更换工作。",  # a named unit's own task
        "会议要求，各街道要配合做好入户登记工作。",  # helping with another's work
        "会议要求，要做好项目可研、预审、评审等工作。",  # the steps of one procedure
        "会议要求，要做好宣传解释工作。",  # a way of working
        "会议要求，要抓好当前各项重点工作。",  # a generic word
        "会议要求，要依法依规做好相关工作。",
        "会议要求，要毫不松懈抓好“外防输入、内防反弹”各项工作。",  # a slogan
        "会议要求，要统筹做好招生划片和学位保障工作。",  # one task of the item coordinated
        "会议要求，要做好监测预警、疫苗接种和医疗救治。",  # the measures of the item's work
        "会议要求，要加强形势分析、市场调研和资源调配。",  # ways of working
        "会议要求，要把农资保供当作常态化工作抓在手上。",  # a role given to the work
        "会议指出，今年以来，全区抓好了农资保供、渠道清淤等工作。",  # what was done, not asked
    ],
)
def test_extract_what_is_no_line_of_work_of_its_own_gives_no_initiative(tmp_path, directive):
    assert extracted(tmp_path, directive) == set()


def test_extract_a_topic_the_document_names_already_is_not_named_again(tmp_path):
    directive = "会议要求，要统筹抓好春季植保、秸秆禁烧等工作。"
    assert names(extract_text(tmp_path, HEARD + directive)) == {"春季植保", "秸秆禁烧"}


def test_extract_each_topic_of_a_point_opening_with_its_verb(tmp_path):
    body = "会议研究了近期重点工作。会议强调，一是抓好道路扬尘治理、餐饮油烟治理；二是推进老旧管网更新。"
    assert {"道路扬尘治理", "餐饮油烟治理", "老旧管网更新"} <= names(extract_text(tmp_path, body))


def test_extract_a_point_listing_actions_names_no_line_of_work(tmp_path):
    body = "会议研究了近期重点工作。会议强调，三要加强监督、依法开展统计。"
    assert not {"监督", "依法开展统计"} & names(extract_text(tmp_path, body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "会议传达了全省河湖清淤工作推进会精神，研究我县贯彻意见。",
            {"河湖清淤"},
        ),
        (
            "会议传达了全市冬春消防工作会议及全市粮食收储工作会议精神及研究我县贯彻意见。",
            {"冬春消防", "粮食收储"},
        ),
        (
            "会议学习了全省乡村医生培训现场会主要精神，研究我市贯彻意见。",
            {"乡村医生培训"},
        ),
    ],
)
def test_extract_a_conveyed_meeting_whose_carrying_out_is_studied_names_its_work(
    tmp_path, body, expected
):
    assert expected <= names(extract_text(tmp_path, body))


def test_extract_a_conveyed_meeting_left_without_local_views_names_no_work(tmp_path):
    body = "会议传达了全省河湖清淤工作推进会精神。会议审议了《甲乙方案》。"
    assert "河湖清淤" not in names(extract_text(tmp_path, body))


def ties(result: Extraction) -> set[tuple[str, str]]:
    return {(r.from_, r.to) for r in result.related if r.kind == "combined_with"}


@pytest.mark.parametrize(
    ("directive", "programme"),
    [
        ("会议要求，要结合实施“稳岗位、扩就业”行动，做细帮扶。", "“稳岗位、扩就业”行动"),
        ("会议要求，要结合抓好河湖治理攻坚战“春季攻势”，清理河道。", "河湖治理攻坚战“春季攻势”"),
        ("会议要求，要结合“一次办好”，简化流程。", "一次办好"),
        ("会议要求，要结合“十五五”规划编制，谋划项目。", "“十五五”规划编制"),
    ],
)
def test_extract_a_programme_a_directive_combines_with_is_tied_to_the_item(
    tmp_path, directive, programme
):
    result = extract_text(tmp_path, HEARD + directive)
    assert programme in names(result)
    assert ("春季植保", programme) in ties(result)


def test_extract_a_tie_binds_the_work_the_rest_of_its_sentence_lists(tmp_path):
    directive = "会议要求，要结合实施“邻里和睦”工程，统筹抓好文明、卫生创城两项工作。"
    assert ("文明创城", "“邻里和睦”工程") in ties(extract_text(tmp_path, HEARD + directive))


def test_extract_a_tie_in_an_item_of_several_lines_of_work_names_no_partner(tmp_path):
    body = "会议审议了《甲乙方案》和《丙丁办法》。会议要求，要结合实施“邻里和睦”工程，做细帮扶。"
    result = extract_text(tmp_path, body)
    assert "“邻里和睦”工程" in names(result)
    assert not ties(result)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "会议听取了甲乙工作汇报，通报了上半年工业投资、外贸进出口完成情况。",
            {"工业投资", "外贸进出口"},
        ),
        ("会议听取了甲乙工作汇报，通报了全区燃气隐患排查情况。", {"燃气隐患排查"}),
        ("会议听取了甲乙工作汇报，安排部署我县当前秸秆禁烧工作。", {"秸秆禁烧"}),
        ("会议听取了甲乙工作汇报，布置冬季森林防火工作。", {"冬季森林防火"}),
    ],
)
def test_extract_work_notified_or_arranged_in_the_agenda_is_an_initiative(tmp_path, body, expected):
    assert expected <= names(extract_text(tmp_path, body))


@pytest.mark.parametrize(
    "body",
    [
        "会议听取了甲乙工作汇报，通报了甲县、乙县新增病例情况。",  # places, not work
        "会议听取了甲乙工作汇报，安排部署各项重点工作。",  # a generic word
        "会议听取了甲乙工作汇报，安排部署下一步工作。",
    ],
)
def test_extract_places_and_generic_words_in_the_agenda_are_no_initiatives(tmp_path, body):
    assert names(extract_text(tmp_path, body)) <= {"甲乙"}


def test_extract_a_clause_after_a_tie_word_is_no_programme(tmp_path):
    directive = "会议要求，要结合区情抓好下半年重点工作。"
    assert extracted(tmp_path, directive) == set()


def test_extract_a_speech_on_a_line_of_work_taken_up_again_names_it(tmp_path):
    body = "会议传达学习了关于秸秆禁烧工作的重要指示精神。会议要求，要把秸秆禁烧责任压实。"
    assert "秸秆禁烧" in names(extract_text(tmp_path, body))


@pytest.mark.parametrize(
    "body",
    [
        "会议传达学习了关于秸秆禁烧工作的重要指示精神。会议审议了《甲乙方案》。",  # left
        "会议传达学习了关于某地仓库火灾事故的重要指示精神。会议要求，要吸取某地仓库火灾事故教训。",
    ],
)
def test_extract_a_speech_left_or_on_an_event_names_no_line_of_work(tmp_path, body):
    assert not {"秸秆禁烧", "某地仓库火灾事故"} & names(extract_text(tmp_path, body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "会议传达学习了某负责同志在全省河湖清淤工作会议上的讲话精神。会议要求，要抓实河湖清淤。",
            "河湖清淤",
        ),
        (
            "会议传达了全市渔港整治专班会议精神，听取并审议我区贯彻意见。",
            "渔港整治",
        ),
    ],
)
def test_extract_a_speech_at_a_meeting_or_a_task_force_meeting_names_its_work(
    tmp_path, body, expected
):
    assert expected in names(extract_text(tmp_path, body))


def test_extract_a_title_before_a_conveyed_meeting_is_no_level_of_it(tmp_path):
    body = "会议传达学习了某副市长在全市河湖清淤工作会议上的讲话精神。会议要求，要抓实河湖清淤。"
    assert "河湖清淤" in names(extract_text(tmp_path, body))
