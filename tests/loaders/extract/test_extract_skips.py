"""Searches started where a match can first be find what a search from the start finds."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from loaders.extract import (
    agenda_verbs,
    bureaus,
    directives,
    header,
    items,
    report_slots,
    reports,
    stressed,
    subjects,
    unit_lists,
)


def _doc_number_from_the_start(head: str) -> str | None:
    for match in header._DOC_NUMBER_RE.finditer(head):
        if not re.search(r"索引|文号[：:]", head[max(0, match.start() - 6) : match.start()]):
            return re.sub(r"\s+", "", match["num"])
    return None


def test_doc_number_is_found_as_from_the_start_of_the_head() -> None:
    rnd = random.Random(7)
    pieces = ["区政府常务会议纪要", "长府会议纪要", "府常", "纪", "会议", "索引号：", "文号：", "〔2024〕",
              "（2023）", "[2022]", "第", "13号", "5期", " ", "\n", "，", "甲乙丙丁戊己庚辛壬癸"]  # fmt: skip
    for _ in range(20_000):
        head = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        assert header._doc_number(head) == _doc_number_from_the_start(head), head


@given(
    st.text(alphabet="区市县发改局办", max_size=24), st.sampled_from(["发改局", "市市", "办办办"])
)
@example("发市市市", "市市")
def test_prefixed_forms_are_what_the_prefixed_pattern_matches(text, name):
    expected = [m.group() for m in re.finditer(rf"[区县市旗區縣]{re.escape(name)}", text)]
    assert list(bureaus._prefixed(text, name)) == expected


# Patterns rewritten to open with their first characters, and the patterns they were.
_REWRITTEN = [
    (
        subjects._MORE_HEARD,
        r"(?=[汇情])(?:汇报|(?<=工作)情况)[，、；;](?!会议|听取|审议|研究|讨论|并|还)"
        r"(?P<t>[^，。；;《\n]{2,60}?)的?(?=汇报)",
        ["汇报", "工作情况", "情况", "，", "、", "会议", "安全生产", "的", "。"],
    ),
    (
        subjects._ABOUT_LISTED,
        r"(?=[关])(?<=[、，；和及])关于(?P<x>[^《》、，。；;\n]{2,60}?)(?:的)?(?:有关|相关)?(?:事项)?"
        r"(?:工作)?(?:情况)?(?:的)?(?:汇报|说明|(?:(?<=有关|相关)|(?<=的))(?:问题|事项|事宜)"
        r"|(?<=工作)(?=[、；]))",
        [
            "关于",
            "、",
            "，",
            "和",
            "防汛",
            "工作",
            "的",
            "有关",
            "问题",
            "说明",
            "汇报",
            "；",
            "甲",
        ],
    ),
    (
        directives._POINT,
        r"(?=[\n \t一二三四五六七八九十（(])(?:\n(?=[^\n])|(?:^|(?<=[。；：，]))[ \t]*"
        r"(?:[一二三四五六七八九十]{1,2}(?:是|要)|[（(][一二三四五六七八九十]{1,2}[）)]))",
        ["\n", " ", "\t", "一", "十", "是", "要", "（", "(", "）", "。", "；", "：", "，", "甲"],
    ),
    (
        agenda_verbs._OPENING,
        r"(?:召开|举行)[^。\n]{0,40}?(?:常务会议|常务会|会议)[，,。]"
        r"|(?:常务会议|常务会)[^。\n]{0,40}?(?:召开|举行)[，,]",
        ["召开", "举行", "常务会议", "常务会", "会议", "区政府", "，", "。", "\n", "议"],
    ),
    (
        reports._AGREED,
        r"(?=[原同])(?:原则)?同意(?:了)?(?!该|此|上述)(?P<x>[^，。；\n]{4,60})",
        ["原则", "同意", "原", "了", "该", "上述", "区住建局", "方案", "，", "。", "\n"],
    ),
    (
        stressed._MUST_POINTS,
        r"(?=[一二三四五六七八九十])(?<![^。；;！\n，：:])[一二三四五六七八九十](?:是要|是|要)"
        r"(?:认真|切实|扎实|全力|持续)?(?:抓好|加快|做好|推进|保障|守住|加强|抓实|强化|推动|深化|统筹"
        r"|落实|开展)(?P<t>[^，。；：\n]{4,40}?)[，；。]",
        [
            "一",
            "二是",
            "要",
            "是要",
            "认真",
            "抓好",
            "春耕生产",
            "河道",
            "，",
            "。",
            "；",
            "\n",
            "甲",
        ],
    ),
]


@pytest.mark.parametrize(("pattern", "was", "pieces"), _REWRITTEN, ids=lambda p: str(p)[:20])
def test_rewritten_pattern_matches_as_it_did(pattern, was, pieces) -> None:
    rnd = random.Random(7)
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 16)))
        start = rnd.randint(0, len(text))
        old = [(m.span(), m.groups()) for m in re.compile(was).finditer(text, start)]
        assert [(m.span(), m.groups()) for m in pattern.finditer(text, start)] == old, text


@pytest.mark.parametrize(
    ("pattern", "at_line_start"),
    [
        (items._SPEAKER, r"(?m)^【[^】\n]{1,30}】\s*\d{1,2}[:：]\d{2}"),
        (items._SPEAKER_NAME, r"(?m)^【(?P<who>[^】\n]{1,30})】"),
    ],
)
def test_speaker_lines_are_found_as_at_a_line_start(pattern, at_line_start) -> None:
    rnd = random.Random(7)
    pieces = ["【", "】", "\n", "区长张三", "1", "09:30", "：", " ", "甲"]
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        start = rnd.randint(0, len(text))
        expected = [m.span() for m in re.compile(at_line_start).finditer(text, start)]
        assert [m.span() for m in pattern.finditer(text, start)] == expected, (text, start)


def test_units_after_verb_readers_find_none_where_no_name_can_end() -> None:
    rnd = random.Random(11)
    pieces = ["区", "县财政局", "财政局", "代表", "局长张三", "张三", "关于", "听取", "收听了", "和",
              "、", "，", "（", "）", "委", "等", "的汇报", "加快", " ", "1", "同志"]  # fmt: skip
    for _ in range(4_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10)))
        for pos in range(len(text)):
            if not unit_lists.may_start_units(text, pos):
                assert not unit_lists.ON_BEHALF.match(text, pos), (text, pos)
                assert unit_lists.units_at(text, pos) == ([], pos), (text, pos)
                assert report_slots._after_slot(text, pos) == ([], pos), (text, pos)
