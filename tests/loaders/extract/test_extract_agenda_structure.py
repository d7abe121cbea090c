"""Agenda clauses read by their shape: a title for the object of a verb no list holds.

Each text is invented for the test. The verbs 研审, 审阅 and 核议 stand for any verb the rules were
not written for: what makes the clause an agenda item is a title right after its verb, in a
sentence the meeting opens or in a clause of the opening sentence.
"""

from invented_minutes import extract_text

# An opening sentence held by a verb no list holds: the meeting it names anchors the agenda.
HELD_OTHERWISE = "3月5日，区长张三主持召集区政府第十二次常务会议，"


def _plans(result: object) -> set[str]:
    return {p.title for p in result.plans}  # type: ignore[attr-defined]


def test_extract_the_opening_sentence_anchors_on_the_meeting_whatever_verb_held_it(tmp_path):
    result = extract_text(tmp_path, "", HELD_OTHERWISE + "审议《甲区乙方案》《甲区丙办法》。")
    assert _plans(result) == {"甲区乙方案", "甲区丙办法"}


def test_extract_an_unlisted_verb_with_a_title_opens_an_item(tmp_path):
    result = extract_text(tmp_path, "会议研审了《甲区乙方案》。会议指出，要抓好落实。")
    assert _plans(result) == {"甲区乙方案"}


def test_extract_an_unlisted_verb_in_a_clause_of_the_opening_sentence(tmp_path):
    opening = HELD_OTHERWISE.replace("召集", "召开") + "研究了甲工作，核议《甲区乙办法》。"
    assert _plans(extract_text(tmp_path, "", opening)) == {"甲区乙办法"}


def test_extract_titles_after_a_conveying_clause_are_reviewed_when_their_own_clause_says_so(
    tmp_path,
):
    opening = (
        HELD_OTHERWISE.replace("召集", "召开")
        + "传达学习了有关会议精神，审阅《甲区乙方案》《丙办法》。"
    )
    assert _plans(extract_text(tmp_path, "", opening)) == {"甲区乙方案", "丙办法"}


def test_extract_a_unit_may_stand_between_the_unlisted_verb_and_its_title(tmp_path):
    body = "会议研审了区城管局送审的《关于甲项目的请示》。会议同意。"
    assert _plans(extract_text(tmp_path, body)) == {"关于甲项目的请示"}


def test_extract_other_words_between_the_unlisted_verb_and_a_title_open_no_item(tmp_path):
    body = "会议研审了全年的《甲区乙方案》。"
    assert _plans(extract_text(tmp_path, body)) == set()


def test_extract_a_document_explained_or_listed_after_background_stays_background(tmp_path):
    body = "会议解读了《某省丁条例》。会议传达学习了戊会议精神，以及《某省己通知》。"
    assert _plans(extract_text(tmp_path, body)) == set()


def test_extract_a_modal_before_a_title_is_no_verb_of_the_agenda(tmp_path):
    body = "会议审议了《甲区乙方案》。会议指出，要把《丁办法》落实到位，须按《戊规定》执行。"
    assert _plans(extract_text(tmp_path, body)) == {"甲区乙方案"}
