"""The cheap tests that spare a pattern most of its calls must let through all it can match."""

from __future__ import annotations

import itertools
import random
import re
from collections import Counter
from pathlib import Path
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest

from loaders.extract import (
    agenda_verbs,
    approvals,
    chair,
    dates,
    directives,
    header,
    items,
    minutes_end,
    naming,
    numerals,
    places,
    related,
    report_subjects,
    reports,
    stressed,
    subjects,
    submissions,
    unit_lists,
)
from loaders.extract.naming import _TRAILING, _TRAILING_LAST
from loaders.extract.reports import _TOPIC_TAIL, _TOPIC_TAIL_LAST
from loaders.read.readers import read_document


def _last_chars(items) -> tuple[set[str], bool]:
    """The characters a sequence of parsed pattern items can end with, and whether it can be empty."""
    chars: set[str] = set()
    for op, av in reversed(list(items)):
        found, empty = _item_last_chars(op, av)
        chars |= found
        if not empty:
            return chars, False
    return chars, True


def _item_last_chars(op, av) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True
    if op is sre.IN:
        chars = set()
        for kind, value in av:
            assert kind in (sre.LITERAL, sre.RANGE), f"a class ends the pattern: {kind}"
            span = (value, value) if kind is sre.LITERAL else value
            chars |= {chr(code) for code in range(span[0], span[1] + 1)}
        return chars, False
    if op is sre.SUBPATTERN:
        return _last_chars(av[-1])
    if op is sre.BRANCH:
        found = [_last_chars(alternative) for alternative in av[1]]
        return set().union(*(c for c, _ in found)), any(e for _, e in found)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        chars, empty = _last_chars(av[2])
        return chars, empty or av[0] == 0
    raise AssertionError(f"an item this test does not read ends the pattern: {op}")


def test_trailing_last_holds_every_character_trailing_words_end_with() -> None:
    chars, empty = _last_chars(sre_parse.parse(_TRAILING.pattern))
    assert not empty
    assert chars <= _TRAILING_LAST, "".join(sorted(chars - _TRAILING_LAST))


def test_trailing_last_is_no_wider_than_needed() -> None:
    chars, _ = _last_chars(sre_parse.parse(_TRAILING.pattern))
    assert chars >= _TRAILING_LAST, "".join(sorted(_TRAILING_LAST - chars))
    assert re.search(_TRAILING, "招商引资工作") and "作" in _TRAILING_LAST


def test_topic_tail_last_holds_every_character_topic_tails_end_with() -> None:
    chars, empty = _last_chars(sre_parse.parse(_TOPIC_TAIL.pattern))
    assert not empty
    assert chars == set(_TOPIC_TAIL_LAST)


def _first_chars(items) -> tuple[set[str], bool]:
    """Examples of every character a sequence of parsed items can start with (a class gives its
    ends and a few members), and whether it can be empty."""
    chars: set[str] = set()
    for op, av in items:
        found, empty = _item_first_chars(op, av)
        chars |= found
        if not empty:
            return chars, False
    return chars, True


_CATEGORY_EXAMPLES = {sre.CATEGORY_DIGIT: "09٣", sre.CATEGORY_SPACE: " \t\n\u3000"}


def _item_first_chars(op, av) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE:
                chars |= {chr(value[0]), chr(value[1]), chr((value[0] + value[1]) // 2)}
            else:
                chars |= set(_CATEGORY_EXAMPLES[value])
        return chars, False
    if op is sre.SUBPATTERN:
        return _first_chars(av[-1])
    if op is sre.BRANCH:
        found = [_first_chars(alternative) for alternative in av[1]]
        return set().union(*(c for c, _ in found)), any(e for _, e in found)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        chars, empty = _first_chars(av[2])
        return chars, empty or av[0] == 0
    raise AssertionError(f"an item this test does not read opens the pattern: {op}")


_LOOKAHEAD_FIRST = [
    dates._NAMED_YEAR,
    header._ORDINAL_RE,
    dates._DATE_NO_YEAR,
    naming._YEARS,
    naming._TRAILING,
    related._COMBINE,
    approvals.APPROVAL,
    subjects._AGENDA_CLAUSE,
    items._HEADINGS[0],
]


@pytest.mark.parametrize("pattern", _LOOKAHEAD_FIRST, ids=lambda p: p.pattern[:24])
def test_leading_lookahead_admits_every_first_character(pattern: re.Pattern[str]) -> None:
    parsed = list(sre_parse.parse(pattern.pattern, pattern.flags))
    assert parsed[0][0] is sre.ASSERT, "the pattern opens with its (?=[…])"
    lookahead = re.compile(pattern.pattern[: pattern.pattern.index("]") + 2])
    chars, empty = _first_chars(parsed[1:])
    assert not empty
    assert chars
    assert not [c for c in chars if not lookahead.match(c)]


# A look-ahead set before what follows a lazy part of a pattern, and that part.
_GUARDED = [
    (subjects._AGENDA_CUE_FIRST, subjects._AGENDA_CUE, subjects._AGENDA_CLAUSE),
    (subjects._DONE_CUE_FIRST, subjects._DONE_CUE, subjects._AGENDA_CLAUSE),
    (reports._ON_FIRST, reports._ON, reports._HEARD),
    (reports._REPORT_WORD_FIRST, reports._REPORT_WORD, reports._HEARD),
    (report_subjects._ABOUT_CUE_FIRST, report_subjects._ABOUT_CUE, report_subjects._ABOUT),
    (report_subjects._BARE_CUE_FIRST, report_subjects._BARE_CUE, report_subjects._ABOUT),
    (dates._FURNITURE_FIRST, f"(?:{dates._FURNITURE_WORD})", dates.FURNITURE_LINE),
]


@pytest.mark.parametrize(("lookahead", "guarded", "pattern"), _GUARDED, ids=lambda p: str(p)[:24])
def test_lookahead_admits_every_first_character_of_what_it_guards(
    lookahead: str, guarded: str, pattern: re.Pattern[str]
) -> None:
    chars, empty = _first_chars(sre_parse.parse(guarded))
    assert not empty
    assert chars
    assert not [c for c in chars if not re.match(lookahead, c)]
    assert lookahead + guarded in pattern.pattern


def test_triggered_tells_what_the_trigger_pattern_would() -> None:
    words = "由请责成要求应须需务必不得严禁负牵头对在向加快抓紧做好落实协调区局会议的了 \u3000\t"
    rnd = random.Random(7)
    clauses = ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 90))) for _ in range(50_000)]
    clauses += ["由区住建局牵头", "  各街道要做好", "安全生产形势平稳", " " * 3 + "甲" * 60 + "要"]
    clauses += [
        "甲" * n + word for n in range(70) for word in ("请", "要求", "务必", "加快", "牵头")
    ]
    differ = [c for c in clauses if directives._triggered(c) != bool(directives._TRIGGER.match(c))]
    assert not differ, differ[:5]
    assert any(directives._triggered(c) for c in clauses)
    assert not all(directives._triggered(c) for c in clauses)


def test_a_sentence_without_a_directive_word_is_skipped_without_losing_a_directive(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """find_directives reads a sentence's clauses only when it holds a word of _MAY_DIRECT."""
    words = ["由", "请", "要求", "责成", "要", "应", "须", "务必", "牵头", "负责", "对", "做好"]
    words += ["各", "分工", "各负其责", "区住建局", "各街道", "县财政局", "会议", "和", "切实"]
    words += ["积极参与", "配合", "推进", "工作", "了", "，", "。", "；", "、", "\n", " "]
    rnd = random.Random(7)
    texts = ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 40))) for _ in range(5_000)]
    folder = Path(__file__).parents[2] / "data" / "minutes"
    texts += [read_document(path).simplified for path in sorted(folder.glob("*.txt"))]

    def found(text: str) -> list[object]:
        return list(directives.find_directives(text, items.Item(1, 0, len(text), 0, "")))

    sentences = [s for t in texts for s in directives._SENTENCE.findall(t)]
    assert any(not directives._MAY_DIRECT.search(s) for s in sentences)
    kept = [found(text) for text in texts]
    monkeypatch.setattr(directives, "_MAY_DIRECT", re.compile(""))
    assert [found(text) for text in texts] == kept
    assert sum(map(len, kept)) > 100


@pytest.mark.parametrize(
    ("pattern", "word"),
    [
        (subjects._MORE_HEARD, "汇报"),
        (subjects._MORE_MATTERS, "、"),
        (subjects._ABOUT_LISTED, "关于"),
        (subjects._NOTIFIED, "通报"),
    ],
)
def test_a_lead_pattern_matches_only_where_its_word_is(pattern: re.Pattern[str], word: str) -> None:
    """subjects.agenda_topics tries these patterns only on a lead holding their word (the
    semicolon list gives topics only from a match holding ；, which its lead holds then too)."""
    words = ["汇报", "汇", "报", "工作情况", "情况", "、", "，", "；", "关于", "关", "于", "通报"]
    words += ["通", "有关", "相关", "问题", "事项", "事宜", "安全生产", "甲乙", "的", "和", "及"]
    words += ["会议", "听取", "等", "完成", "进展"]
    rnd = random.Random(7)
    texts = ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 30))) for _ in range(50_000)]
    matched = [text for text in texts if pattern.search(text)]
    assert len(matched) > 10
    assert not [text for text in matched if word not in text]


def test_a_clause_without_a_modal_has_none_in_its_first_characters() -> None:
    """directives._clause_directives reads the modals in a clause's first 42 characters only when
    the clause holds one or is longer (a 要 cut from its 求 there would pass its look-ahead)."""
    words = ["要", "求", "应", "急", "须", "负责", "人", "牵头", "的", "各街道", "做好", "甲", "，"]
    rnd = random.Random(7)
    clauses = ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 60))) for _ in range(50_000)]
    clauses += ["甲" * 41 + "要求", "甲" * 40 + "要求"]
    skipped = [c for c in clauses if not directives._MODAL.search(c) and len(c) <= 42]
    assert len(skipped) > 100
    assert not [c for c in skipped if list(directives._MODAL.finditer(c, 2, 42))]
    assert list(directives._MODAL.finditer("甲" * 41 + "要求", 2, 42))  # why the longer are read


def test_a_title_approved_holds_its_cue() -> None:
    """agenda_verbs.verb_starts looks for a title approved (《A》经会议审议通过) only where its cue is."""
    words = [
        "《",
        "》",
        "（",
        "）",
        "(",
        ")",
        "经",
        "获",
        "会议",
        "审议",
        "原则",
        "通过",
        "同意",
        "甲乙方案",
    ]
    words += ["送审稿", "（送审稿）", "(草案)", "。", "\n", " "]
    rnd = random.Random(7)
    texts = ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 30))) for _ in range(50_000)]
    texts += [
        "《甲方案》经会议审议原则通过。",
        "《甲办法》（送审稿）获原则同意",
        "《乙规划》(草案)经通过",
    ]
    approved = [t for t in texts if agenda_verbs._TITLE_APPROVED.search(t)]
    assert len(approved) > 10
    assert not [t for t in approved if not agenda_verbs._TITLE_APPROVED_CUE.search(t)]


def test_a_report_made_in_a_sentence_holds_its_cue() -> None:
    """agenda_verbs.verb_starts looks for a sentence opened by its reporter (县住建局汇报了…) only in a
    text holding 汇报了 or 进行汇报."""
    words = ["。", "\n", "，", " ", "会上", "随后", "区住建局", "局长", "汇报", "汇报了", "进行"]
    words += ["了", "作", "就", "围绕", "方面", "甲乙", "等", "《", "》"]
    rnd = random.Random(7)
    texts = ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 30))) for _ in range(50_000)]
    texts += ["区住建局汇报了城区供暖情况。", "随后，区财政局就预算进行了汇报", "区审计局进行汇报"]
    reported = [t for t in texts if agenda_verbs._SENTENCE_REPORT.search(t)]
    assert len(reported) > 10
    assert not [t for t in reported if not agenda_verbs._SENTENCE_REPORT_CUE.search(t)]


def test_topics_joined_hold_a_joining_character() -> None:
    """subjects.topics runs its patterns of joined topics only on a phrase holding 和, 及 or 与."""
    words = [
        "情况",
        "工作",
        "汇报",
        "和",
        "及",
        "以及",
        "与",
        "、",
        "，",
        "贯彻",
        "学习",
        "甲乙丙丁",
        "等",
    ]
    rnd = random.Random(7)
    phrases = ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 12))) for _ in range(50_000)]
    phrases += ["甲情况及乙丙情况", "安全生产工作和防汛", "城市更新以及老旧小区改造"]
    patterns = [subjects._REPORTS_JOINED, subjects._WORK_JOINED, subjects._LAST_PAIR]
    joined = [p for p in phrases if any(pattern.search(p) for pattern in patterns)]
    assert len(joined) > 10
    assert not [p for p in joined if subjects._JOINERS.isdisjoint(p)]


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match else None


def test_the_trailer_without_a_date_is_found_without_the_dated_headline() -> None:
    """minutes_end._trailer tries the headline with its date only where a date stands after ``start``."""
    words = [
        "\n",
        "  ",
        "县教育局关于招生的汇报",
        "2024-02-28",
        "2024.2.8",
        "(2023/11/05)",
        "上一篇：",
    ]
    words += ["会议要求", "。", "出席：", "12", "2024", "-", "【打印】", "本报讯", "热点新闻"]
    rnd = random.Random(7)
    texts = ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 25))) for _ in range(20_000)]
    by_date = 0
    for text in texts:
        start = rnd.randint(0, len(text))
        trailer = _span(minutes_end._TRAILER.search(text, start))
        assert _span(minutes_end._trailer(text, start)) == trailer, text
        undated = _span(minutes_end._TRAILER_UNDATED.search(text, start))
        assert undated == trailer or minutes_end._DATE.search(text, start), text
        by_date += undated != trailer
    assert by_date > 100  # the dated headline did end some texts


def test_longest_trigger_word_is_the_longest_word() -> None:
    longest = max(
        len(word) for words, _, _ in directives._TRIGGER_WORDS for word in words.pattern.split("|")
    )
    assert longest == directives._LONGEST_TRIGGER_WORD


# Patterns searched over whole sentences or items whose every match opens with a fixed character or
# a class: ``re`` skips to those characters only while the pattern's first item shows them.
_SKIPPING = [
    submissions._CUE,
    stressed._CUES,
    stressed._POINT_CUE,
    directives._MODAL,
    reports._AGREED,
    stressed._MUST_POINTS,
    agenda_verbs._OPENING,
    subjects._MORE_HEARD,
    subjects._ABOUT_LISTED,
    directives._POINT,
]


@pytest.mark.parametrize("pattern", _SKIPPING, ids=lambda p: p.pattern[:24])
def test_pattern_opens_with_the_characters_re_skips_to(pattern: re.Pattern[str]) -> None:
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    assert sre_compile._get_charset_prefix(parsed, pattern.flags), "no first characters re can use"


def _cn2an_value(numeral: str) -> int | None:
    """What :func:`loaders.extract.numerals.to_int` gave when every numeral went to cn2an."""
    import cn2an

    mode = "direct" if "十" not in numeral and "百" not in numeral and len(numeral) > 2 else "smart"
    try:
        return int(cn2an.cn2an(numeral, mode))
    except (ValueError, KeyError, TypeError):
        return None


def test_usual_numerals_read_as_cn2an_reads_them() -> None:
    alphabet = "〇零一二两三四五六七八九十百廿"
    read = 0
    for length in range(1, 4):
        for chars in itertools.product(alphabet, repeat=length):
            numeral = "".join(chars)
            if (value := numerals._usual_numeral(numeral)) is not None:
                read += 1
                assert value == _cn2an_value(numeral), numeral
    assert read > 900  # 十 to 九百九十九 and the years' digits
    for numeral in ("二〇二四", "一九九八", "四十七", "一百零三", "九百九十九", "二〇〇八〇"):
        assert numerals._usual_numeral(numeral) == _cn2an_value(numeral) is not None


def _places_by_every_length(text: str) -> Counter[str]:
    """:func:`loaders.extract.places.places_in` trying every length of name at each level character."""
    names = places.division_names()
    longest = max(len(name) for name in names)
    found: Counter[str] = Counter()
    for level in places._LEVEL_CHAR.finditer(text):
        at = level.start()
        if text[at + 1 : at + 2] in places._WORD_AFTER:
            continue
        for length in range(min(longest, at + 1), 1, -1):
            name = text[at + 1 - length : at + 1]
            if name in names:
                before = text[at - 2 : at - 1] or " "
                if (
                    length == 2
                    and re.match(r"[一-龥]", before)
                    and before not in "日月号的了在和与及于对由要将为是请向从等各本全我该"
                ):
                    break
                if length == 2 and text[at - 1] == "代" and text[at + 1 : at + 2] == "长":
                    break
                found[name] += 1
                break
    return found


def test_places_are_found_by_the_endings_of_their_names() -> None:
    rng = random.Random(7)
    names = sorted(places.division_names())
    fillers = ["，", "会议听取", "县域", "各区", "市", "湖南", "自治", "的", "\n", "了", "代", "长"]
    for _ in range(300):
        text = "".join(rng.choice(names if rng.random() < 0.4 else fillers) for _ in range(12))
        assert places.places_in(text) == _places_by_every_length(text), text


def _holds_word(pattern: re.Pattern[str], word: str) -> bool:
    """Whether every match of ``pattern`` holds ``word``: the word stands outside any group,
    repeat or branch of the pattern, character after character."""
    chars = [chr(av) if op is sre.LITERAL else None for op, av in sre_parse.parse(pattern.pattern)]
    return any(chars[i : i + len(word)] == list(word) for i in range(len(chars)))


@pytest.mark.parametrize("pattern", chair.CHAIR_RES)
def test_every_chair_pattern_holds_the_word_chair_skips_to(pattern: re.Pattern[str]) -> None:
    assert _holds_word(pattern, "主持")
    assert chair.read_chair("区长张三主持召开区政府常务会议") == ("区长", "张三")


def test_day_first_stamp_holds_a_colon() -> None:
    assert ":" in dates._DATE_DMY.pattern.split("(?=")[-1]
    assert dates.published_in_text("10.04.2015 19:26") == "2015-04-10"
    assert dates.published_in_text("10.04.2015") is None


def test_a_unit_name_ends_as_a_party_does() -> None:
    """directives_without_modal.unit_acts skips a subject that could be no party before asking
    unit_of, and unit_lists._unit_name_at tries no name past a character that no name holds."""
    from loaders.extract.collectives import could_be_party
    from loaders.extract.unit_names import bare_unit, unit_of

    rng = random.Random(11)
    samples = Path(__file__).parents[3] / "loaders" / "data" / "samples"
    text = "".join(read_document(path).simplified for path in sorted(samples.glob("*.txt")))
    units = 0
    for _ in range(20000):
        start = rng.randrange(len(text) - 12)
        phrase = text[start : start + rng.randint(2, 12)]
        if unit_of(phrase) == phrase:
            units += 1
            assert could_be_party(phrase), phrase
        if unit_of(phrase) == phrase or bare_unit(phrase) == phrase:
            assert unit_lists._NAME_CHARS.fullmatch(phrase), phrase  # read by _unit_name_at
    assert units > 20
    assert bare_unit("林业局") == "林业局"
    assert bare_unit("林业局 ") != "林业局 " and unit_of("区财政局 ") != "区财政局 "


def test_furniture_lines_are_the_same_without_the_lookaheads_that_speed_them() -> None:
    pattern = dates.FURNITURE_LINE.pattern
    lookaheads = [
        rf"(?=[^\n]{{0,60}}?{dates._FURNITURE_FIRST}(?:{dates._FURNITURE_WORD}))",
        rf"(?=[^\n]{{0,40}}?{dates._CN_YEAR}年)",
    ]
    assert all(lookahead in pattern for lookahead in lookaheads)
    plain = re.compile(pattern.replace(lookaheads[0], "").replace(lookaheads[1], ""))
    folder = Path(__file__).parents[2] / "data" / "minutes"
    texts = [read_document(path).simplified for path in sorted(folder.glob("*.txt"))]
    texts += [
        "来源：区政府办公室 发布时间：2021-04-09\n正文",
        "区政府召开常务会议 来源：某报\n  2023-08-31 10:20\n时间：2022年04月21日来源：沈阳日报",
        "区人民政府办公室 二〇一〇年四月六日\n二〇一〇年四月六日召开会议",
    ]
    found = 0
    for text in texts:
        spans = [m.span() for m in dates.FURNITURE_LINE.finditer(text)]
        assert spans == [m.span() for m in plain.finditer(text)]
        found += len(spans)
    assert found > 5
